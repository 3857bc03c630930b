import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, noDuplicatePaths } from '../round5/request';

/**
 * Flutter web (flutter/flutter, engine/src/flutter/lib/web_ui/lib/src/engine/semantics in the code index:
 * text_field.dart at 006298e (SemanticTextField: an `input` (textarea when multiline) appended inside the
 * node's `flt-semantics`, `spellcheck=false autocorrect=off autocomplete=off data-semantics-role=text-field`,
 * absolutely placed; `aria-label` = the node's label (InputDecoration's labelText), `aria-required`,
 * `aria-description` = its hint (validation errors passed as hint), `aria-invalid`; NO value is written
 * into an unfocused field: the text lives on Flutter's canvas, and only the field being edited gets its
 * editing state through SemanticsTextEditingStrategy), label_and_value.dart at a5a83ea (labels as
 * `aria-label`, a DOM text node, or a sized `span` for plain text), checkable.dart / tappable.dart
 * (checkbox and radio nodes `role=checkbox|radio` + `aria-checked`, labelled by `aria-label`; buttons
 * `role=button` + `flt-tappable`, their label as DOM text), heading.dart (`role=heading` + `aria-level`),
 * form.dart (a `form` element labelled by aria-label)). The semantics tree sits in `flutter-view >
 * flt-semantics-host`, nodes `flt-semantics#flt-semantic-node-<id>` nested through
 * `flt-semantics-container`; with semantics off there is only the `flt-semantics-placeholder` button
 * "Enable accessibility" and, while a field is edited, Flutter's own `input` in `flt-text-editing-host`
 * (unlabelled). Dropdowns are left out: how the framework merges a DropdownButtonFormField's label and
 * shown item into one button node is not something I could confirm from the engine source.
 */

let id = 0;
const pos = (top: number) =>
  `position: absolute; pointer-events: none; width: 360px; height: 56px; transform-origin: 0px 0px 0px; transform: translate(16px, ${top}px);`;
let top = 0;
const node = (inner: string, attrs = '') =>
  `<flt-semantics id="flt-semantic-node-${++id}" style="${pos((top += 64))}"${attrs}>${inner}</flt-semantics>`;

type T = { value?: string; focused?: boolean; required?: boolean; error?: string; disabled?: boolean };
/** a TextField's node: the input carries the label; its value is there only while it is being edited */
const textField = (label: string, o: T = {}) =>
  node(
    `<input spellcheck="false" autocorrect="off" autocomplete="off" data-semantics-role="text-field" type="text" aria-label="${label}"${o.required ? ' aria-required="true"' : ''}${o.error ? ` aria-description="${o.error}" aria-invalid="true"` : ''}${o.disabled ? ' disabled' : ''} style="position: absolute; top: 0px; left: 0px; width: 360px; height: 56px;"${o.focused ? ` value="${o.value ?? ''}"` : ''}>`,
  );
const text = (t: string) =>
  node(
    `<span style="display: inline-block; white-space: nowrap; transform-origin: 0px 0px 0px; pointer-events: none; transform: scale(1.2, 1.1);">${t}</span>`,
  );
const heading = (t: string, level = 2) => node(t, ` role="heading" aria-level="${level}"`);
const button = (t: string, extra = '') => node(t, ` role="button" tabindex="0" flt-tappable=""${extra}`);
const checkable = (role: 'checkbox' | 'radio', label: string, checked: boolean) =>
  node('', ` role="${role}" aria-checked="${checked}" aria-label="${label}" tabindex="0" flt-tappable=""`);
const group = (children: string, label?: string) =>
  node(
    `<flt-semantics-container style="position: absolute; pointer-events: none; top: 0px; left: 0px;">${children}</flt-semantics-container>`,
    label ? ` aria-label="${label}"` : '',
  );

const flutterView = (semantics: string, editing = '') =>
  `<flutter-view flt-view-id="0" tabindex="0" style="position: absolute; inset: 0px; overflow: hidden; touch-action: none;"><flt-glass-pane style="position: absolute; inset: 0px;"></flt-glass-pane><flt-text-editing-host>${editing}</flt-text-editing-host><flt-semantics-host style="position: absolute; transform-origin: 0px 0px 0px; pointer-events: none;">${
    semantics
      ? `<flt-semantics id="flt-semantic-node-0" style="position: absolute; overflow: visible; width: 412px; height: 915px; transform-origin: 0px 0px 0px; pointer-events: none;"><flt-semantics-container style="position: absolute; pointer-events: none; top: 0px; left: 0px;">${semantics}</flt-semantics-container></flt-semantics>`
      : ''
  }</flt-semantics-host></flutter-view><flt-announcement-host><flt-announcement-polite aria-live="polite" style="position: fixed; overflow: hidden; transform: translate(-99999px, -99999px); width: 1px; height: 1px;"></flt-announcement-polite><flt-announcement-assertive aria-live="assertive" style="position: fixed; overflow: hidden; transform: translate(-99999px, -99999px); width: 1px; height: 1px;"></flt-announcement-assertive></flt-announcement-host>`;

describe('Flutter web: the semantics tree (flt-semantics), text fields labelled by aria-label', () => {
  it('reads the request the semantics tree holds: choices, the edited field, and every other text field empty', () => {
    page(
      flutterView(
        `${heading('Prior authorization request', 1)}${group(
          `${heading('Member')}${textField('Member ID', { required: true })}${textField('Date of birth')}${textField('Weight (kg)')}${heading('Diagnosis')}${text('ICD-10 codes')}${group(
            `${checkable('checkbox', 'M04.1', true)}${checkable('checkbox', 'M06.1', true)}${checkable('checkbox', 'M04.8', false)}`,
          )}${heading('Medication')}${textField('Drug name')}${textField('HCPCS code')}${textField('NDC')}${textField('Dose (mg)')}${textField('Billing units')}${text('Frequency')}${group(
            `${checkable('radio', 'Every 4 weeks', true)}${checkable('radio', 'Every 8 weeks', false)}${checkable('radio', 'Once', false)}`,
          )}${heading('Labs')}${textField('CRP (mg/L)')}${textField('CRP collection date')}${heading('Prescriber')}${textField('Prescriber NPI', { focused: true, value: ILARIS['prescriber.npi'], required: true })}${button('Submit')}`,
          'PA request form',
        )}`,
      ),
    );
    expect(read()).toEqual({
      'patient.memberId': '',
      'patient.dob': '',
      'patient.weight': '',
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.name': '',
      'drug.hcpcs': '',
      'drug.ndc': '',
      'drug.dose': '',
      'drug.units': '',
      'drug.frequency': 'Every 4 weeks',
      'labs.crpValue': '',
      'labs.crpDate': '',
      'prescriber.npi': ILARIS['prescriber.npi'],
    });
    noDuplicatePaths();
  });

  it('names a semantic text field by its aria-label alone, not by the error in its aria-description', () => {
    page(
      flutterView(
        `${textField('Member ID', { required: true, error: 'Member ID is required' })}${textField('Prescriber NPI', { focused: true, value: ILARIS['prescriber.npi'] })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('patient.memberId')?.label).toBe('Member ID');
  });

  it('reads the value of the field being edited (its editing state is the only text in the DOM)', () => {
    page(flutterView(`${textField('Member ID', { focused: true, value: ILARIS['patient.memberId'] })}${textField('NDC')}`));
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'drug.ndc': '' });
  });

  it('reads checkbox nodes (role=checkbox, aria-label) under their caption as the ticked codes', () => {
    page(
      flutterView(
        `${text('ICD-10 codes')}${group(`${checkable('checkbox', 'M04.1', true)}${checkable('checkbox', 'M06.1', true)}${checkable('checkbox', 'M04.8', false)}`)}`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads radio nodes under their caption by the checked one', () => {
    page(
      flutterView(
        `${text('Frequency')}${group(`${checkable('radio', 'Every 4 weeks', false)}${checkable('radio', 'Every 8 weeks', true)}${checkable('radio', 'Once', false)}`)}`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks' });
  });

  it('reads a disabled text field as empty, named by its aria-label', () => {
    page(flutterView(`${textField('HCPCS code', { disabled: true })}`));
    expect(read()).toEqual({ 'drug.hcpcs': '' });
  });

  it("takes nothing from a page with semantics off: the placeholder button and Flutter's unlabelled editing input", () => {
    page(
      `<flt-semantics-placeholder role="button" aria-live="polite" aria-label="Enable accessibility" tabindex="0" style="position: absolute; left: -1px; top: -1px; width: 1px; height: 1px;"></flt-semantics-placeholder>${flutterView(
        '',
        `<input class="flt-text-editing transparentTextEditing" autocorrect="off" autocomplete="off" spellcheck="false" type="text" style="white-space: pre; position: absolute; top: 0px; left: 0px; opacity: 0; transform: matrix(1, 0, 0, 1, 16, 120);" value="${ILARIS['patient.memberId']}">`,
      )}`,
    );
    expect(read()).toEqual({});
  });
});
