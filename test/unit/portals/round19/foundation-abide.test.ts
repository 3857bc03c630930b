import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Foundation for Sites 6 forms with Abide validation (foundation/foundation-sites at 337be7a,
 * docs/pages/abide.md, docs/pages/forms.md, js/foundation.abide.js, scss/forms/_error.scss):
 * - `form[data-abide][novalidate]` holding a global `div.alert.callout[data-abide-error]` (display: none
 *   until a submit fails, then given `aria-live`), inputs in `div.grid-x > div.cell`.
 * - A `label` WRAPPING its text, the input and the `span.form-error` (hidden by CSS until Abide adds
 *   `is-visible`); the `p.help-text[id]` after the label, the input's `aria-describedby` naming it.
 *   At init Abide (a11yAttributes) gives each form error `role="alert"`; on a failed validation it adds
 *   `is-invalid-label` to the label, `is-visible` to the error, `is-invalid-input`, `data-invalid` and
 *   `aria-invalid="true"` to the input.
 * - Input groups: `label[for]` above a `div.input-group` of `input.input-group-field` and
 *   `span.input-group-label` (the unit), the error tied by `label.form-error[data-form-error-for]`.
 * - Reveal (js/foundation.reveal.js): `div.reveal[role=dialog][aria-hidden][tabindex]` moved into a
 *   `div.reveal-overlay` at the end of body; closed again it keeps aria-hidden="true", the overlay display: none.
 * - `fieldset > legend` checkbox/radio lists of `input[id] + label[for]`; native selects inside labels.
 */

type Opts = { value?: string; placeholder?: string; error?: string; hint?: string; invalid?: boolean; attrs?: string };
let hid = 0;
/** a label wrapping its text, the input and its form error, with help text after it */
function text(label: string, o: Opts = {}): string {
  const hint = o.hint ? `h${++hid}` : '';
  const inv = o.invalid;
  return `<div class="cell medium-6"><label${inv ? ' class="is-invalid-label"' : ''}>${label}
    <input type="text"${inv ? ' class="is-invalid-input" data-invalid="" aria-invalid="true"' : ''} placeholder="${o.placeholder ?? ''}" value="${o.value ?? ''}"${hint ? ` aria-describedby="${hint}"` : ''} required${o.attrs ?? ''}>
    <span class="form-error${inv ? ' is-visible' : ''}" role="alert">${o.error ?? `${label} is required.`}</span>
  </label>${hint ? `<p class="help-text" id="${hint}">${o.hint}</p>` : ''}</div>`;
}

/** label[for] above an input group whose trailing label is the unit */
const group = (id: string, label: string, value: string, unit: string) =>
  `<div class="cell medium-6"><label for="${id}">${label}</label><div class="input-group"><input class="input-group-field" id="${id}" type="number" value="${value}" required><span class="input-group-label">${unit}</span></div><label class="form-error" data-form-error-for="${id}" role="alert">${label} is required.</label></div>`;

const select = (label: string, chosen: string, options: string[]) =>
  `<div class="cell medium-6"><label>${label}
    <select required><option value=""></option>${options.map((v) => `<option value="${v}"${v === chosen ? ' selected' : ''}>${v}</option>`).join('')}</select>
    <span class="form-error" role="alert">Choose one.</span></label></div>`;

const checks = (legend: string, ticked: string[], options: string[]) =>
  `<fieldset class="cell medium-6"><legend>${legend}</legend>${options
    .map(
      (v, i) =>
        `<input id="code${i}" type="checkbox" value="${v}"${ticked.includes(v) ? ' checked' : ''}><label for="code${i}">${v}</label>`,
    )
    .join('')}</fieldset>`;

const cells = (body: string) => `<div class="grid-container"><div class="grid-x grid-margin-x">${body}</div></div>`;
const form = (body: string) =>
  `<form data-abide novalidate><div data-abide-error class="alert callout" style="display: none;"><p><i class="fi-alert"></i> There are some errors in your form.</p></div>${body}<button class="button" type="submit" value="Submit">Submit</button></form>`;

const therapyTable = () =>
  `<table class="hover"><thead><tr><th>Drug</th><th>Dose</th><th>Start date</th><th>Stop date</th><th>Outcome</th></tr></thead><tbody>${THERAPY_ROWS.map(
    (r) => `<tr>${r.map((v) => `<td><input type="text" value="${v}"></td>`).join('')}</tr>`,
  ).join('')}</tbody></table>`;

const codes = ['M04.1', 'M06.1', 'M04.8'];
const member = () =>
  `${text('Member ID', { value: ILARIS['patient.memberId'], hint: 'As printed on the member card.' })}${text('Date of birth', { value: ILARIS['patient.dob'], placeholder: 'mm/dd/yyyy' })}${group('weight', 'Weight', '72', 'kg')}`;

describe('Foundation 6 forms with Abide: wrapping labels, form errors, input groups, fieldsets', () => {
  it('reads the full Ilaris request', () => {
    page(
      form(
        `${cells(member())}${cells(checks('ICD-10 codes', ['M04.1', 'M06.1'], codes))}${cells(
          `${select('Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}${text('HCPCS code', { value: 'J0638' })}${text('NDC', { value: ILARIS['drug.ndc'] })}${group('dose', 'Dose', '150', 'mg')}${text('Billing units', { value: '150' })}${select('Frequency', 'Every 4 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once'])}`,
        )}${cells(`${group('crp', 'CRP', '24', 'mg/L')}${text('CRP collection date', { value: ILARIS['labs.crpDate'] })}`)}<h4>Prior therapies</h4>${therapyTable()}${cells(text('Prescriber NPI', { value: ILARIS['prescriber.npi'], hint: 'Ten digits.' }))}`,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  it('names a wrapped input by its label text, not the hidden form error inside the label or the help text', () => {
    page(
      form(
        cells(
          text('Member ID', { value: ILARIS['patient.memberId'], hint: 'As printed on the member card.', error: 'Enter the member ID.' }),
        ),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'] });
    expect(field('patient.memberId')?.label).toBe('Member ID');
  });

  it('reads an invalid field showing its form error as empty, and takes no field from the global error callout', () => {
    page(
      form(
        cells(
          `${text('Prescriber NPI', { invalid: true, error: 'NPI must be ten digits.' })}${text('Date of birth', { invalid: true, placeholder: 'mm/dd/yyyy' })}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'prescriber.npi': '', 'patient.dob': '' });
    nothingFrom('[data-abide-error]');
  });

  it('takes the unit from the input-group label beside the field', () => {
    page(form(cells(`${group('weight', 'Weight', '72', 'kg')}${group('dose', 'Dose', '150', 'mg')}${group('crp', 'CRP', '24', 'mg/L')}`)));
    expect(read()).toEqual({ 'patient.weight': '72', 'drug.dose': '150', 'labs.crpValue': '24' });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
  });

  it('reads the fieldset checkbox list as the ticked codes, under its legend', () => {
    page(form(cells(checks('ICD-10 codes', ['M04.1', 'M06.1'], codes))));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads an unchosen select (blank first option) as empty, and a read-only input by its value', () => {
    page(
      form(
        cells(
          `${select('Frequency', '', ['Every 4 weeks', 'Every 8 weeks', 'Once'])}${text('Member ID', { value: ILARIS['patient.memberId'], attrs: ' readonly' })}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': '', 'patient.memberId': ILARIS['patient.memberId'] });
  });
  it('reads the prescriber fields inside an open Reveal modal, and nothing from a closed one left in body', () => {
    const reveal = (id: string, open: boolean, body: string) =>
      `<div class="reveal-overlay" style="display: ${open ? 'block' : 'none'};"><div class="reveal" id="${id}" data-reveal="" role="dialog" aria-hidden="${!open}" data-yeti-box="${id}" data-resize="${id}" tabindex="-1"${open ? ' style="display: block; top: 96px;"' : ''}><h4>${id === 'prescriber' ? 'Prescriber' : 'Member'}</h4>${body}<button class="close-button" data-close="" aria-label="Close modal" type="button"><span aria-hidden="true">&times;</span></button></div></div>`;
    page(
      `${form(cells(text('Drug name', { value: ILARIS['drug.name'] })))}${reveal('prescriber', true, cells(text('Prescriber NPI', { value: ILARIS['prescriber.npi'] })))}${reveal('member', false, cells(text('Member ID', { value: 'U0000000000' })))}`,
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('#member');
  });
});
