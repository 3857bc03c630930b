import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths } from '../round5/request';

/**
 * Pure CSS 3.0 (pure-css/pure; CSS only, no script: markup as its Forms and Grids docs write it):
 * - `form.pure-form.pure-form-aligned > fieldset > div.pure-control-group` > `label[for]` + control +
 *   `span.pure-form-message-inline` (the message AFTER the control); `div.pure-controls` holds the
 *   checkbox (`label.pure-checkbox[for] > input[type=checkbox]` + text) and the buttons.
 * - `form.pure-form.pure-form-stacked > fieldset > legend` + `div.pure-g > div.pure-u-1.pure-u-md-1-3`
 *   > `label[for]` + `input.pure-u-23-24` / `select.pure-input-1-2`.
 * - grouped inputs `fieldset.pure-group` > inputs named only by their placeholders.
 * - radios `label.pure-radio[for] > input[type=radio]` + text; messages `span.pure-form-message`.
 * - tables `table.pure-table.pure-table-bordered`.
 */

const group = (id: string, label: string, control: string, message?: string) =>
  `<div class="pure-control-group"><label for="${id}">${label}</label>${control}${message ? `<span class="pure-form-message-inline">${message}</span>` : ''}</div>`;
const inp = (id: string, value: string, placeholder?: string) =>
  `<input type="text" id="${id}"${placeholder ? ` placeholder="${placeholder}"` : ''} value="${value}">`;
const sel = (id: string, chosen: string, opts: string[], cls = '') =>
  `<select id="${id}"${cls ? ` class="${cls}"` : ''}>${opts.map((v) => `<option${v === chosen ? ' selected=""' : ''}>${v}</option>`).join('')}</select>`;
const text = (id: string, label: string, value: string, o: { placeholder?: string; message?: string } = {}) =>
  group(id, label, inp(id, value, o.placeholder), o.message);

const aligned = (body: string) =>
  `<div class="content"><form class="pure-form pure-form-aligned">${body}<div class="pure-controls"><label for="attest" class="pure-checkbox"><input type="checkbox" id="attest" checked=""> I attest the information above is accurate</label><button type="submit" class="pure-button pure-button-primary">Submit</button></div></form></div>`;
const fieldset = (legend: string, body: string) => `<fieldset><legend>${legend}</legend>${body}</fieldset>`;

/** one stacked grid cell */
const cell = (id: string, label: string, control: string, span = '1-3') =>
  `<div class="pure-u-1 pure-u-md-${span}"><label for="${id}">${label}</label>${control}</div>`;

const therapyTable = () =>
  `<table class="pure-table pure-table-bordered"><thead><tr><th>Drug</th><th>Dose</th><th>Start date</th><th>Stop date</th><th>Outcome</th></tr></thead><tbody>${THERAPY_ROWS.map(
    (r) => `<tr>${r.map((v) => `<td><input type="text" class="pure-input-1" value="${v}"></td>`).join('')}</tr>`,
  ).join('')}</tbody></table>`;

describe('Pure CSS 3: aligned and stacked forms, grouped inputs, pure-table', () => {
  it('reads the full Ilaris request (aligned form)', () => {
    page(
      aligned(
        `${fieldset(
          'Member',
          `${text('memberId', 'Member ID', ILARIS['patient.memberId'], { message: 'This is a required field.' })}${text('dob', 'Date of birth', ILARIS['patient.dob'], { placeholder: 'MM/DD/YYYY', message: 'MM/DD/YYYY' })}${text('weight', 'Weight (kg)', '72')}`,
        )}
        ${fieldset('Diagnosis', text('icd', 'ICD-10 codes', 'M04.1, M06.1', { message: 'Separate codes with commas' }))}
        ${fieldset(
          'Medication',
          `${group('drugName', 'Drug name', sel('drugName', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)']))}${text('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${text('ndc', 'NDC', ILARIS['drug.ndc'], { message: '11 digits, 5-4-2' })}${text('dose', 'Dose (mg)', '150')}${text('units', 'Billing units', '150')}${group('frequency', 'Frequency', sel('frequency', 'Every 4 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once']))}`,
        )}
        ${fieldset('Labs', `${text('crp', 'CRP (mg/L)', '24')}${text('crpDate', 'CRP collection date', ILARIS['labs.crpDate'], { message: 'MM/DD/YYYY' })}`)}
        ${fieldset('Prior therapies', therapyTable())}
        ${fieldset('Prescriber', text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { message: '10 digits' }))}`,
      ),
    );
    expect(read()).toEqual({
      ...ILARIS,
      ...THERAPIES,
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.frequency': 'Every 4 weeks',
    });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('names a control by its label, not the inline message of the group before it', () => {
    page(
      aligned(
        fieldset(
          'Member',
          `${text('memberId', 'Member ID', '', { message: 'This is a required field.' })}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads a stacked pure-g form, three cells a row', () => {
    page(
      `<form class="pure-form pure-form-stacked"><fieldset><legend>Medication</legend><div class="pure-g">${cell('hcpcs', 'HCPCS code', `<input type="text" id="hcpcs" class="pure-u-23-24" value="${ILARIS['drug.hcpcs']}">`)}${cell('dose', 'Dose', `<input type="text" id="dose" class="pure-u-23-24" value="150">`)}${cell('doseUnit', 'Dose unit', sel('doseUnit', 'mg', ['mg', 'mg/kg'], 'pure-input-1-2'))}${cell('ndc', 'NDC', `<input type="text" id="ndc" class="pure-u-23-24" value="${ILARIS['drug.ndc']}">`)}${cell('units', 'Billing units', `<input type="text" id="units" class="pure-u-23-24" value="150">`)}${cell('frequency', 'Frequency', sel('frequency', 'Every 8 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once'], 'pure-input-1-2'))}</div><button type="submit" class="pure-button pure-button-primary">Submit</button></fieldset></form>`,
    );
    expect(read()).toEqual({
      'drug.hcpcs': ILARIS['drug.hcpcs'],
      'drug.dose': '150',
      'drug.doseUnit': 'mg',
      'drug.ndc': ILARIS['drug.ndc'],
      'drug.units': '150',
      'drug.frequency': 'Every 8 weeks',
    });
  });

  it('reads grouped inputs named only by their placeholders', () => {
    page(
      `<form class="pure-form"><fieldset class="pure-group"><input type="text" class="pure-input-1-2" placeholder="Member ID" value="${ILARIS['patient.memberId']}"><input type="text" class="pure-input-1-2" placeholder="Date of birth (MM/DD/YYYY)" value="${ILARIS['patient.dob']}"><input type="text" class="pure-input-1-2" placeholder="Prescriber NPI" value="${ILARIS['prescriber.npi']}"></fieldset><button type="submit" class="pure-button pure-input-1-2 pure-button-primary">Sign in</button></form>`,
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.dob': ILARIS['patient.dob'],
      'prescriber.npi': ILARIS['prescriber.npi'],
    });
  });

  it('reads pure-radio buttons in an aligned group by the checked one', () => {
    page(
      aligned(
        `<fieldset><div class="pure-control-group"><label>Frequency</label></div><div class="pure-controls">${[
          'Every 4 weeks',
          'Every 8 weeks',
          'Once',
        ]
          .map(
            (v, i) =>
              `<label for="freq-${i}" class="pure-radio"><input type="radio" id="freq-${i}" name="frequency" value="${v}"${i === 0 ? ' checked=""' : ''}> ${v}</label>`,
          )
          .join('')}</div></fieldset>`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks' });
  });

  it('reads a pure-table of prior therapies by its header cells', () => {
    page(aligned(fieldset('Prior therapies', therapyTable())));
    expect(read()).toEqual({ ...THERAPIES });
  });
});
