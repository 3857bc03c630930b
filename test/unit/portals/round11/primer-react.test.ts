import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths } from '../round5/request';

/**
 * Primer React 37 (@primer/react, CSS modules; primer/react packages/react/src: Token/Token.tsx at
 * f992263 and TokenBase.tsx, TextInputWithTokens/TextInputWithTokens.tsx at 0d9fb48, TextInput,
 * internal/components/TextInputWrapper + TextInputInnerVisualSlot, FormControl, Select,
 * internal/components/CheckboxOrRadioGroup, Autocomplete/AutocompleteInput). The repository is too big
 * to fetch whole: I read those files one by one; the hashed CSS-module class names
 * (`prc-…-xxxx`) are stand-ins, and the aria-hidden / aria-describedby of the visual slots are from
 * memory of the rendered page, less sure than the structure.
 * - FormControl (vertical): `div.prc-FormControl-ControlVerticalLayout` > `label[for][id]` (required:
 *   the text then `span[aria-hidden=true]` "*") + the input + `span#<id>-caption` (Caption) /
 *   `div#<id>-validationMessage` (Validation, with an alert svg).
 * - TextInput: `span.TextInput-wrapper[data-leading-visual][data-trailing-visual]` > leading
 *   `span.TextInput-icon[aria-hidden=true]` + `input[data-component=input]` + trailing
 *   `span.TextInput-icon` (here the text "mg" or "kg").
 * - TextInputWithTokens: the wrapper > `div.Container` > `div.InputWrapper > input` FIRST (CSS order
 *   moves it after the tokens), then one Token per token: `span.Token[tabindex=0][data-is-selected]
 *   [data-is-remove-btn=true]` > `span.TokenTextContainer` holding the text and a VisuallyHidden
 *   " (press backspace or delete to remove)", then `button[tabindex=-1][aria-label="Remove token"]
 *   [aria-hidden=true]` > svg.octicon-x (aria-hidden because the token itself is focusable).
 * - Autocomplete.Input: `input[role=combobox][aria-autocomplete=both][aria-expanded=false]
 *   [aria-haspopup=listbox][aria-controls=<id>-listbox][autocomplete=off]`; the menu is rendered in
 *   an overlay portal only while open.
 * - Select: the wrapper > `select` (placeholder `option[value=""][disabled][hidden]`) + arrow svg.
 * - RadioGroup / CheckboxGroup: `fieldset` > `legend` + `div.Body` of horizontal FormControls:
 *   `div.ControlChoiceInputs > input[type=radio|checkbox]` + `div.LabelContainer > label[for]`.
 */

const h = (n: string) => `${n}-a1b2c`;
const calendar =
  '<svg aria-hidden="true" focusable="false" class="octicon octicon-calendar" viewBox="0 0 16 16" width="16" height="16" fill="currentColor" style="display: inline-block; user-select: none; vertical-align: text-bottom; overflow: visible;"><path d="M4.75 0a.75.75 0 0 1 .75.75V2h5V.75a.75.75 0 0 1 1.5 0V2h1.25c.966 0 1.75.784 1.75 1.75v10.5A1.75 1.75 0 0 1 13.25 16H2.75A1.75 1.75 0 0 1 1 14.25V3.75C1 2.784 1.784 2 2.75 2H4V.75A.75.75 0 0 1 4.75 0Z"></path></svg>';
const person =
  '<svg aria-hidden="true" focusable="false" class="octicon octicon-person" viewBox="0 0 16 16" width="16" height="16" fill="currentColor"><path d="M10.561 8.073a6.005 6.005 0 0 1 3.432 5.142.75.75 0 1 1-1.498.07 4.5 4.5 0 0 0-8.99 0 .75.75 0 0 1-1.498-.07 6.004 6.004 0 0 1 3.431-5.142 3.999 3.999 0 1 1 5.123 0Z"></path></svg>';
const xIcon =
  '<svg aria-hidden="true" focusable="false" class="octicon octicon-x" viewBox="0 0 16 16" width="16" height="16" fill="currentColor"><path d="M3.72 3.72a.75.75 0 0 1 1.06 0L8 6.94l3.22-3.22a.749.749 0 0 1 1.275.326.749.749 0 0 1-.215.734L9.06 8l3.22 3.22a.749.749 0 0 1-.326 1.275.749.749 0 0 1-.734-.215L8 9.06l-3.22 3.22a.751.751 0 0 1-1.042-.018.751.751 0 0 1-.018-1.042L6.94 8 3.72 4.78a.75.75 0 0 1 0-1.06Z"></path></svg>';

type Extra = { caption?: string; validation?: string; required?: boolean };

const control = (id: string, label: string, inner: string, o: Extra = {}) =>
  `<div class="${h('prc-FormControl-ControlVerticalLayout')}" data-has-leading-visual="false"><label for="${id}" id="${id}-label" class="${h('prc-FormControl-InputLabel')}">${
    o.required ? `<span>${label}</span><span aria-hidden="true">*</span>` : label
  }</label>${inner}${o.validation ? `<div class="${h('prc-FormControl-ValidationMessage')}" id="${id}-validationMessage" data-validation-status="error"><span class="${h('prc-FormControl-ValidationIcon')}" aria-hidden="true"><svg aria-hidden="true" class="octicon octicon-alert-fill" viewBox="0 0 12 12" width="12" height="12"><path d="M4.855.708c.5-.896 1.79-.896 2.29 0l4.675 8.351a1.312 1.312 0 0 1-1.146 1.954H1.33A1.313 1.313 0 0 1 .183 9.058Z"></path></svg></span>${o.validation}</div>` : ''}${
    o.caption ? `<span class="${h('prc-FormControl-Caption')}" id="${id}-caption">${o.caption}</span>` : ''
  }</div>`;

const describedBy = (id: string, o: Extra, extra: string[] = []) => {
  const ids = [...(o.validation ? [`${id}-validationMessage`] : []), ...(o.caption ? [`${id}-caption`] : []), ...extra];
  return ids.length ? ` aria-describedby="${ids.join(' ')}"` : '';
};

type Vis = { leading?: string; trailing?: string };
const wrapper = (inner: string, v: Vis = {}, cls = '') =>
  `<span class="TextInput-wrapper ${h('prc-components-TextInputWrapper')} ${h('prc-components-TextInputBaseWrapper')}${cls}"${v.leading ? ' data-leading-visual="true"' : ''}${v.trailing ? ' data-trailing-visual="true"' : ''} aria-busy="false">${inner}</span>`;

const textInput = (id: string, label: string, value: string, o: Extra & Vis & { placeholder?: string; combobox?: boolean } = {}) =>
  control(
    id,
    label,
    wrapper(
      `${o.leading ? `<span class="TextInput-icon" id="${id}-leading" aria-hidden="true">${o.leading}</span>` : ''}<input type="text" id="${id}"${o.placeholder ? ` placeholder="${o.placeholder}"` : ''}${
        o.combobox
          ? ` role="combobox" aria-autocomplete="both" aria-expanded="false" aria-haspopup="listbox" aria-controls="${id}-listbox" autocomplete="off"`
          : ''
      }${describedBy(id, o, o.trailing ? [`${id}-trailing`] : [])} data-component="input" class="${h('prc-components-Input')}" value="${value}">${o.trailing ? `<span class="TextInput-icon" id="${id}-trailing" aria-hidden="true">${o.trailing}</span>` : ''}`,
      o,
    ),
    o,
  );

/** Autocomplete.Input as TextInputWithTokens */
const tokens = (id: string, label: string, texts: string[], o: Extra = {}) =>
  control(
    id,
    label,
    wrapper(
      `<div class="${h('prc-TextInputWithTokens-Container')}"><div class="${h('prc-TextInputWithTokens-InputWrapper')}"><input type="text" id="${id}" role="combobox" aria-autocomplete="both" aria-expanded="false" aria-haspopup="listbox" aria-controls="${id}-listbox" autocomplete="off" aria-invalid="false"${describedBy(id, o)} class="${h('prc-TextInputWithTokens-UnstyledTextInput')}" value=""></div>${texts
        .map(
          (t, i) =>
            `<span id="${i}" tabindex="0" data-is-selected="false" data-is-remove-btn="true" data-size="medium" class="${h('prc-Token-TokenBase')} ${h('prc-Token-Token')}" style="border-width: 1px;"><span class="${h('prc-Token-TokenTextContainer')}">${t}<span class="${h('prc-src-VisuallyHidden')}"> (press backspace or delete to remove)</span></span><button tabindex="-1" type="button" aria-label="Remove token" aria-hidden="true" data-size="medium" class="${h('prc-Token-RemoveTokenButton')}">${xIcon}</button></span>`,
        )
        .join('')}</div>`,
      {},
      ` ${h('prc-TextInputWithTokens-TextInputWrapper')}`,
    ),
    o,
  );

const select = (id: string, label: string, chosen: string, opts: string[], placeholder?: string, o: Extra = {}) =>
  control(
    id,
    label,
    wrapper(
      `<select id="${id}"${describedBy(id, o)} class="${h('prc-Select-Select')}">${placeholder ? `<option value="" disabled="" hidden=""${chosen ? '' : ' selected=""'}>${placeholder}</option>` : ''}${opts
        .map((v) => `<option value="${v}"${v === chosen ? ' selected=""' : ''}>${v}</option>`)
        .join(
          '',
        )}</select><svg aria-hidden="true" focusable="false" class="${h('prc-Select-ArrowIndicator')}" width="16" height="16" viewBox="0 0 16 16" fill="currentColor"><path d="m4.074 9.427 3.396 3.396a.25.25 0 0 0 .354 0l3.396-3.396A.25.25 0 0 0 11.043 9H4.251a.25.25 0 0 0-.177.427Z"></path></svg>`,
      {},
      ` ${h('prc-Select-TextInputWrapper')}`,
    ),
    o,
  );

/** RadioGroup / CheckboxGroup */
const group = (type: 'radio' | 'checkbox', name: string, legend: string, chosen: string[], opts: string[], caption?: string) =>
  `<div><fieldset class="${h('prc-CheckboxOrRadioGroup-GroupFieldset')}"${caption ? ` aria-describedby="${name}-caption"` : ''}><legend class="${h('prc-CheckboxOrRadioGroup-GroupLegend')}">${legend}</legend>${
    caption ? `<span class="${h('prc-CheckboxOrRadioGroup-Caption')}" id="${name}-caption">${caption}</span>` : ''
  }<div class="${h('prc-CheckboxOrRadioGroup-Body')}">${opts
    .map(
      (v, i) =>
        `<div class="${h('prc-FormControl-ControlHorizontalLayout')}"><div class="${h('prc-FormControl-ControlChoiceInputs')}"><input type="${type}" id="${name}-${i}" name="${name}" value="${v}" class="${h(type === 'radio' ? 'prc-Radio-Radio' : 'prc-Checkbox-Checkbox')}"${chosen.includes(v) ? ' checked=""' : ''}></div><div class="${h('prc-FormControl-LabelContainer')}"><label for="${name}-${i}" class="${h('prc-FormControl-InputLabel')}">${v}</label></div></div>`,
    )
    .join('')}</div></fieldset></div>`;

const box = (title: string, body: string) =>
  `<div class="Box mb-3"><div class="Box-header"><h3 class="Box-title">${title}</h3></div><div class="Box-body d-flex flex-column gap-3">${body}</div></div>`;
const form = (body: string) =>
  `<div data-portal-root="true" data-color-mode="light"><form class="container-md p-4">${body}<button type="submit" data-variant="primary" data-size="medium" class="${h('prc-Button-ButtonBase')}"><span data-component="buttonContent" class="${h('prc-Button-ButtonContent')}"><span data-component="text" class="${h('prc-Button-Label')}">Submit request</span></span></button></form></div>`;

describe('Primer React: FormControl, TextInput visuals, Autocomplete with TextInputWithTokens, Select, RadioGroup, CheckboxGroup', () => {
  it('reads the full Ilaris request', () => {
    const therapy = (i: 0 | 1) =>
      box(
        `Prior therapy ${i + 1}`,
        (['drug', 'dose', 'start', 'stop', 'outcome'] as const)
          .map((k) =>
            textInput(
              `t${i}${k}`,
              { drug: 'Drug', dose: 'Dose', start: 'Start date', stop: 'Stop date', outcome: 'Outcome' }[k],
              THERAPIES[`priorTherapies.${i}.${k}`],
            ),
          )
          .join(''),
      );
    page(
      form(
        `${box(
          'Member',
          `${textInput('memberId', 'Member ID', ILARIS['patient.memberId'], { leading: person, required: true })}${textInput('dob', 'Date of birth', ILARIS['patient.dob'], { leading: calendar, caption: 'MM/DD/YYYY' })}${textInput('weight', 'Weight', '72', { trailing: 'kg' })}`,
        )}
        ${box('Diagnosis', tokens('codes', 'ICD-10 codes', ['M04.1', 'M06.1'], { caption: 'Type a code and press Enter' }))}
        ${box(
          'Medication',
          `${textInput('drugName', 'Drug name', ILARIS['drug.name'], { combobox: true })}${textInput('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${textInput('ndc', 'NDC', ILARIS['drug.ndc'], { caption: '11 digits, 5-4-2' })}${textInput('dose', 'Dose', '150', { trailing: 'mg' })}${textInput('units', 'Billing units', '150')}${group('radio', 'frequency', 'Frequency', ['Every 4 weeks'], ['Every 4 weeks', 'Every 8 weeks', 'Once'])}`,
        )}
        ${box('Labs', `${textInput('crp', 'CRP', '24', { trailing: 'mg/L' })}${textInput('crpDate', 'CRP collection date', ILARIS['labs.crpDate'], { leading: calendar })}`)}
        ${therapy(0)}${therapy(1)}
        ${box('Prescriber', textInput('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true }))}`,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('names a required TextInput by its label without the asterisk, not the validation message before it', () => {
    page(
      form(
        `${textInput('memberId', 'Member ID', '', { required: true, validation: 'Member ID is required' })}${textInput('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true, leading: person })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads trailing-visual units ("mg", "kg") as the units of their inputs', () => {
    page(form(`${textInput('weight', 'Weight', '72', { trailing: 'kg' })}${textInput('dose', 'Dose', '150', { trailing: 'mg' })}`));
    expect(read()).toEqual({ 'patient.weight': '72', 'drug.dose': '150' });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg' });
  });

  it('reads TextInputWithTokens tokens (after the empty input) without their visually hidden "press backspace" hints', () => {
    page(form(tokens('codes', 'ICD-10 codes', ['M04.1', 'M06.1'])));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 codes');
  });

  it('reads TextInputWithTokens with no tokens as empty', () => {
    page(form(tokens('codes', 'ICD-10 codes', [], { caption: 'Type a code and press Enter' })));
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });

  it('reads a Select left at its hidden placeholder as empty, and a chosen one by its option', () => {
    page(
      form(
        `${select('drugName', 'Drug name', '', ['Ilaris (canakinumab)', 'Kineret (anakinra)'], 'Choose a drug')}${select('frequency', 'Frequency', 'Every 8 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once'], 'Choose a frequency', { caption: 'Per the label' })}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': '', 'drug.frequency': 'Every 8 weeks' });
  });

  it('reads a RadioGroup by its legend and checked radio', () => {
    page(
      form(group('radio', 'frequency', 'Frequency', ['Once'], ['Every 4 weeks', 'Every 8 weeks', 'Once'], 'How often the drug is given')),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Once' });
  });

  it('reads a CheckboxGroup by its legend as the checked codes', () => {
    page(form(group('checkbox', 'codes', 'ICD-10 codes', ['M04.1', 'M06.1'], ['M04.1', 'M06.1', 'M04.8'])));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });
});
