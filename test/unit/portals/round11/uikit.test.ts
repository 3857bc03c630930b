import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths } from '../round5/request';

/**
 * UIkit 3.25 (uikit/uikit at 9f0b35d, tests/form.html for the markup, src/js/core/form-custom.js):
 * - `form.uk-form-horizontal` / `form.uk-form-stacked` > `div.uk-margin` > `label.uk-form-label[for]`
 *   (a `span.uk-form-label` over radio or checkbox groups) + `div.uk-form-controls
 *   [.uk-form-controls-text]` > `input.uk-input` / `select.uk-select` / `label > input.uk-radio`
 *   + text, separated by `br`; sections as `fieldset.uk-fieldset > legend.uk-legend`.
 * - `div.uk-inline` > `span.uk-form-icon[uk-icon]` (the icon component fills it with an `svg`) + input.
 * - uk-form-custom (the component adds class `uk-form-custom`; CSS lays the native control over
 *   its target, transparent): the native `select` (or `input[type=file]`) first, then the target
 *   whose `textContent` (or `value`, for an input) it sets on change to the chosen option's text (or
 *   the file name): `target: true` is the select's next sibling (`span`, or a disabled `input.uk-input`
 *   for a file), `target: > * > span:first-child` a span inside a `button.uk-button[tabindex=-1]`.
 */

const icon = (name: string) =>
  `<span class="uk-form-icon uk-icon" uk-icon="icon: ${name}"><svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true"><circle fill="none" stroke="#000" stroke-width="1.1" cx="9.9" cy="6.4" r="4.4"></circle></svg></span>`;

const row = (id: string, label: string, control: string) =>
  `<div class="uk-margin"><label class="uk-form-label" for="${id}">${label}</label><div class="uk-form-controls">${control}</div></div>`;
const input = (id: string, value: string, o: { placeholder?: string; icon?: string } = {}) => {
  const el = `<input class="uk-input uk-form-width-large" id="${id}" type="text"${o.placeholder ? ` placeholder="${o.placeholder}"` : ''} value="${value}">`;
  return o.icon ? `<div class="uk-inline">${icon(o.icon)}${el}</div>` : el;
};
const text = (id: string, label: string, value: string, o: { placeholder?: string; icon?: string } = {}) =>
  row(id, label, input(id, value, o));
const options = (chosen: string, opts: string[], placeholder?: string) =>
  `${placeholder ? `<option value="">${placeholder}</option>` : ''}${opts.map((v) => `<option value="${v}"${v === chosen ? ' selected=""' : ''}>${v}</option>`).join('')}`;
const select = (id: string, label: string, chosen: string, opts: string[], placeholder?: string) =>
  row(id, label, `<select class="uk-select uk-form-width-large" id="${id}">${options(chosen, opts, placeholder)}</select>`);

/** uk-form-custom="target: true": the select and the span it writes the chosen text into */
const customSelect = (id: string, label: string, chosen: string, opts: string[], placeholder?: string) =>
  row(
    id,
    label,
    `<div uk-form-custom="target: true" class="uk-form-custom"><select id="${id}" aria-label="${label}">${options(chosen, opts, placeholder)}</select><span>${chosen || placeholder || ''}</span></div>`,
  );

/** uk-form-custom="target: > * > span:first-child": the select over a button showing the text */
const customButtonSelect = (id: string, label: string, chosen: string, opts: string[], placeholder?: string) =>
  row(
    id,
    label,
    `<div uk-form-custom="target: > * > span:first-child" class="uk-form-custom"><select id="${id}" aria-label="${label}">${options(chosen, opts, placeholder)}</select><button class="uk-button uk-button-default" type="button" tabindex="-1"><span>${chosen || placeholder || ''}</span><span uk-icon="icon: chevron-down" class="uk-icon"><svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true"><polyline fill="none" stroke="#000" stroke-width="1.03" points="16 7 10 13 4 7"></polyline></svg></span></button></div>`,
  );

const radios = (name: string, label: string, chosen: string, opts: string[]) =>
  `<div class="uk-margin"><span class="uk-form-label">${label}</span><div class="uk-form-controls uk-form-controls-text">${opts
    .map((v) => `<label><input class="uk-radio" type="radio" name="${name}" value="${v}"${v === chosen ? ' checked=""' : ''}> ${v}</label>`)
    .join('<br>')}</div></div>`;

const upload = (label: string, file: string) =>
  `<div class="uk-margin"><span class="uk-form-label">${label}</span><div class="uk-form-controls"><div uk-form-custom="target: true" class="uk-form-custom"><input type="file" aria-label="${label}"><input class="uk-input uk-form-width-medium" type="text" placeholder="Select file" disabled="" value="${file}"></div></div></div>`;

const fieldset = (legend: string, body: string) =>
  `<fieldset class="uk-fieldset"><legend class="uk-legend">${legend}</legend>${body}</fieldset>`;
const form = (body: string, layout = 'uk-form-horizontal') =>
  `<div class="uk-container"><form class="${layout}">${body}<div class="uk-margin"><button class="uk-button uk-button-primary" type="submit">Submit request</button></div></form></div>`;

const therapyTable = () =>
  `<div class="uk-overflow-auto"><table class="uk-table uk-table-small uk-table-divider"><thead><tr><th>Drug</th><th>Dose</th><th>Start date</th><th>Stop date</th><th>Outcome</th></tr></thead><tbody>${THERAPY_ROWS.map(
    (r) => `<tr>${r.map((v) => `<td><input class="uk-input uk-form-small" type="text" value="${v}"></td>`).join('')}</tr>`,
  ).join('')}</tbody></table></div>`;

describe('UIkit 3: uk-form-horizontal/stacked, uk-fieldset, uk-inline icons, uk-form-custom', () => {
  it('reads the full Ilaris request', () => {
    page(
      form(
        `${fieldset('Member', `${text('memberId', 'Member ID', ILARIS['patient.memberId'], { icon: 'user' })}${text('dob', 'Date of birth', ILARIS['patient.dob'], { placeholder: 'MM/DD/YYYY', icon: 'calendar' })}${text('weight', 'Weight', '72')}${customButtonSelect('weightUnit', 'Weight unit', 'kg', ['kg', 'lb'])}`)}
        ${fieldset('Diagnosis', text('icd', 'ICD-10 codes', 'M04.1, M06.1', { placeholder: 'Comma-separated' }))}
        ${fieldset(
          'Medication',
          `${select('drugName', 'Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'], 'Please select...')}${text('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${text('ndc', 'NDC', ILARIS['drug.ndc'])}${text('dose', 'Dose', '150')}${customSelect('doseUnit', 'Dose unit', 'mg', ['mg', 'mg/kg'])}${text('units', 'Billing units', '150')}${radios('frequency', 'Frequency', 'Every 4 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once'])}`,
        )}
        ${fieldset('Labs', `${text('crp', 'CRP (mg/L)', '24')}${text('crpDate', 'CRP collection date', ILARIS['labs.crpDate'], { placeholder: 'MM/DD/YYYY' })}`)}
        ${fieldset('Prior therapies', therapyTable())}
        ${fieldset('Prescriber', `${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}${upload('Chart notes', 'ilaris-chart-notes.pdf')}`)}`,
      ),
    );
    expect(read()).toEqual({
      ...ILARIS,
      ...THERAPIES,
      'patient.weightUnit': 'kg',
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.doseUnit': 'mg',
      'drug.frequency': 'Every 4 weeks',
    });
    expect(units()).toMatchObject({ 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('names inputs inside uk-inline by their uk-form-label, past the icon svg', () => {
    page(
      form(
        `${text('memberId', 'Member ID', ILARIS['patient.memberId'], { icon: 'user' })}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { icon: 'lock' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads a uk-form-custom select once (target: true span), by the chosen option', () => {
    page(form(customSelect('frequency', 'Frequency', 'Every 8 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once'], 'Please select...')));
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks' });
    expect(field('drug.frequency')?.label).toBe('Frequency');
  });

  it('reads a uk-form-custom select over a button, left at its "Please select..." option, as empty', () => {
    page(
      form(
        `${customButtonSelect('drugName', 'Drug name', '', ['Ilaris (canakinumab)', 'Kineret (anakinra)'], 'Please select...')}${customButtonSelect('frequency', 'Frequency', 'Once', ['Every 4 weeks', 'Every 8 weeks', 'Once'], 'Please select...')}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': '', 'drug.frequency': 'Once' });
  });

  it('reads a radio group under a span.uk-form-label by its checked radio', () => {
    page(form(radios('frequency', 'Frequency', 'Every 8 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once'])));
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks' });
  });

  it('reads a radio group under a span.uk-form-label inside a uk-fieldset by its checked radio', () => {
    page(form(fieldset('Medication', radios('frequency', 'Frequency', 'Every 8 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once']))));
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks' });
  });

  it('reads a stacked form, and takes no request field from a uk-form-custom file upload', () => {
    page(
      form(
        `${text('memberId', 'Member ID', ILARIS['patient.memberId'])}${upload('Member ID card (scan)', 'card-front.png')}${text('dob', 'Date of birth', ILARIS['patient.dob'])}`,
        'uk-form-stacked',
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'patient.dob': ILARIS['patient.dob'] });
  });

  it('reads selects labelled only by aria-label in a uk-grid row', () => {
    page(
      form(
        `<div class="uk-margin"><label class="uk-form-label" for="dose">Dose</label><div class="uk-form-controls"><div class="uk-grid-small" uk-grid=""><div class="uk-width-1-2 uk-first-column">${input('dose', '150')}</div><div class="uk-width-1-2"><select class="uk-select" aria-label="Dose unit">${options('mg', ['mg', 'mg/kg'])}</select></div></div></div></div>`,
      ),
    );
    expect(read()).toEqual({ 'drug.dose': '150', 'drug.doseUnit': 'mg' });
  });
});
