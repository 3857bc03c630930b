import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { field, mapped, page, read, units } from '../read';
import { ILARIS, noDuplicatePaths } from './ilaris';

/**
 * Bootstrap 4.6 forms: `div.form-row > div.form-group.col-md-N` grids with the `<label for>` above
 * each control; `div.input-group` with `div.input-group-append > span.input-group-text` units (or a
 * `select.custom-select` in the append); `select.custom-select`; custom controls
 * `div.custom-control.custom-radio(.custom-control-inline) > input.custom-control-input +
 * label.custom-control-label[for]` under a `legend.col-form-label` in a `fieldset.form-group`;
 * `custom-checkbox` the same; `small.form-text.text-muted` help linked by `aria-describedby`;
 * `div.invalid-feedback` after every validated control (display:none until the control is
 * `.is-invalid`, by Bootstrap's CSS, which the page carries here).
 * Written from the Bootstrap 4.6 documentation's examples as remembered.
 */

const BS_CSS = '.invalid-feedback{display:none}.is-invalid~.invalid-feedback{display:block}';
let style: HTMLStyleElement;
beforeEach(() => {
  style = document.createElement('style');
  style.textContent = BS_CSS;
  document.head.append(style);
});
afterEach(() => style.remove());

type Opts = { col?: number; append?: string; help?: string; invalid?: string; feedback?: string };
const control = (id: string, label: string, value: string, o: Opts = {}) => {
  const input = `<input type="text" class="form-control${o.invalid ? ' is-invalid' : ''}" id="${id}" name="${id}" value="${value}"${o.help ? ` aria-describedby="${id}Help"` : ''} required>`;
  const fb = `<div class="invalid-feedback">${o.invalid ?? o.feedback ?? `Please enter the ${label.toLowerCase()}.`}</div>`;
  return `<div class="form-group col-md-${o.col ?? 4}">
    <label for="${id}">${label}</label>
    ${o.append ? `<div class="input-group">${input}<div class="input-group-append">${o.append}</div>${fb}</div>` : `${input}${fb}`}
    ${o.help ? `<small id="${id}Help" class="form-text text-muted">${o.help}</small>` : ''}
  </div>`;
};
const text = (u: string) => `<span class="input-group-text">${u}</span>`;
const customSelect = (id: string, label: string | null, options: [string, string][], chosen: string, col = 4) => {
  const sel = `<select class="custom-select" id="${id}" name="${id}"${label === null ? ' aria-label="Unit"' : ''}>${options
    .map(([v, t]) => `<option value="${v}"${v === chosen ? ' selected' : ''}>${t}</option>`)
    .join('')}</select>`;
  return label === null ? sel : `<div class="form-group col-md-${col}"><label for="${id}">${label}</label>${sel}</div>`;
};
const radios = (name: string, question: string, options: [string, string][], chosen: string) =>
  `<fieldset class="form-group"><div class="row"><legend class="col-form-label col-sm-4 pt-0">${question}</legend><div class="col-sm-8">${options
    .map(
      ([v, t]) =>
        `<div class="custom-control custom-radio custom-control-inline"><input type="radio" id="${name}-${v}" name="${name}" class="custom-control-input" value="${v}"${v === chosen ? ' checked' : ''}><label class="custom-control-label" for="${name}-${v}">${t}</label></div>`,
    )
    .join('')}</div></div></fieldset>`;
const row = (...cols: string[]) => `<div class="form-row">${cols.join('')}</div>`;
const card = (title: string, body: string) =>
  `<div class="card mb-3"><div class="card-header">${title}</div><div class="card-body">${body}</div></div>`;

const therapies = (rows: string[][]) =>
  card(
    'Prior therapies',
    `<table class="table table-sm"><thead class="thead-light"><tr><th scope="col">Drug</th><th scope="col">Dose</th><th scope="col">Start date</th><th scope="col">Stop date</th><th scope="col">Outcome</th></tr></thead><tbody>${rows
      .map(
        (r, i) =>
          `<tr>${r
            .slice(0, 4)
            .map(
              (v, c) =>
                `<td><input type="text" class="form-control form-control-sm" name="therapies[${i}][${['drug', 'dose', 'start', 'stop'][c]}]" value="${v}"></td>`,
            )
            .join('')}<td><select class="custom-select custom-select-sm" name="therapies[${i}][outcome]">${[
            '',
            'inadequate response',
            'intolerance',
            'contraindication',
          ]
            .map((o) => `<option value="${o}"${o === r[4] ? ' selected' : ''}>${o || 'Choose...'}</option>`)
            .join('')}</select></td></tr>`,
      )
      .join('')}</tbody></table>`,
  );

const wholeRequest = () => `<form class="needs-validation was-validated" novalidate>
  ${card(
    'Patient',
    row(
      control('dob', 'Date of birth', '03/02/1980', { help: 'MM/DD/YYYY' }),
      control('weight', 'Weight', '70', {
        append: customSelect(
          'weightUnit',
          null,
          [
            ['kg', 'kg'],
            ['lb', 'lb'],
          ],
          'kg',
        ),
      }),
    ),
  )}
  ${card('Diagnosis', row(control('icd1', 'Primary ICD-10 code', 'M04.1', { col: 6 }), control('icd2', 'Secondary ICD-10 code', 'M04.2', { col: 6, help: 'Optional' })))}
  ${card(
    'Medication',
    row(
      control('drug', 'Drug name', 'Ilaris (canakinumab)', { col: 6 }),
      control('hcpcs', 'HCPCS', 'J0638', { col: 3 }),
      control('ndc', 'NDC', '00078-0734-61', { col: 3, help: '11 digits (5-4-2); not the dose' }),
    ) +
      row(
        control('dose', 'Dose', '150', { append: text('mg') }),
        control('units', 'Billing units', '150', { feedback: 'Enter the dose in mg first' }),
        control('frequency', 'Frequency', 'every 4 weeks'),
      ) +
      row(
        customSelect(
          'pos',
          'Place of service',
          [
            ['', 'Choose...'],
            ['11', '11 - Office'],
            ['22', '22 - Outpatient hospital'],
          ],
          '11',
          6,
        ),
      ) +
      radios(
        'requestType',
        'Request type',
        [
          ['new', 'New authorization request'],
          ['ext', 'Extension of existing authorization'],
        ],
        'new',
      ),
  )}
  ${card('Laboratory', row(control('crp', 'CRP', '4.5', { append: text('mg/L') }), control('crpDate', 'CRP collection date', '11/12/2026')))}
  ${card(
    'Clinical',
    radios(
      'colch',
      'Will the patient continue colchicine?',
      [
        ['yes', 'Yes'],
        ['no', 'No'],
      ],
      'yes',
    ),
  )}
  ${therapies([['colchicine', '0.6 mg twice daily', '01/05/2026', '03/20/2026', 'inadequate response']])}
  ${card('Prescriber', row(control('npi', 'Prescriber NPI', '1234567893', { feedback: 'NPI must be 10 digits' })))}
  <div class="custom-control custom-checkbox mb-3"><input type="checkbox" class="custom-control-input" id="attest" checked required><label class="custom-control-label" for="attest">I attest that this information is accurate</label><div class="invalid-feedback">You must attest before submitting.</div></div>
  <button class="btn btn-primary" type="submit">Submit</button>
</form>`;

describe('Bootstrap 4 forms', () => {
  it('reads the whole Ilaris request, each path once', () => {
    page(wholeRequest());
    expect(read()).toMatchObject({
      ...ILARIS,
      'patient.weightUnit': 'kg',
      'diagnosis.codes.0': 'M04.1',
      'diagnosis.codes.1': 'M04.2',
      'drug.placeOfService': '11 - Office',
      'request.type': 'New authorization request',
      'clinical.colchicineContinuing': 'Yes',
    });
    const paths = Object.keys(read()).filter((p) => !(p in ILARIS));
    expect(paths.sort()).toEqual(
      [
        'clinical.colchicineContinuing',
        'diagnosis.codes.0',
        'diagnosis.codes.1',
        'drug.placeOfService',
        'patient.weightUnit',
        'request.type',
      ].sort(),
    );
    noDuplicatePaths();
  });

  it('implies the dose and CRP units from the input-group-append texts', () => {
    page(wholeRequest());
    expect(units()).toMatchObject({ 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
  });

  it('reads a custom-select unit in the append as the weight unit', () => {
    page(wholeRequest());
    expect(field('patient.weightUnit')?.field.element.id).toBe('weightUnit');
  });

  it('keeps form-text help and hidden invalid-feedback out of labels and values', () => {
    page(wholeRequest());
    expect(field('drug.ndc')?.label).toBe('NDC');
    expect(field('drug.units')?.label).toBe('Billing units');
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads a field shown invalid as empty, its message not the next field’s label', () => {
    page(
      `<form class="was-validated">${row(
        control('dose', 'Dose', '', { append: text('mg'), invalid: 'Billing units are required' }),
        control('frequency', 'Frequency', 'every 4 weeks'),
      )}</form>`,
    );
    expect(read()).toEqual({ 'drug.dose': '', 'drug.frequency': 'every 4 weeks' });
  });

  it('reads custom-control radios by their legend and checked label', () => {
    page(
      `<form>${radios(
        'colch',
        'Will the patient continue colchicine?',
        [
          ['yes', 'Yes'],
          ['no', 'No'],
        ],
        'no',
      )}</form>`,
    );
    expect(read()).toEqual({ 'clinical.colchicineContinuing': 'No' });
    expect(mapped()).toHaveLength(1);
  });

  it('numbers therapy rows from 0, the outcome custom-select by its text', () => {
    page(
      `<form>${therapies([
        ['colchicine', '0.6 mg twice daily', '01/05/2026', '03/20/2026', 'inadequate response'],
        ['anakinra', '100 mg daily', '04/01/2026', '06/30/2026', 'intolerance'],
      ])}</form>`,
    );
    expect(read()).toMatchObject({
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.0.outcome': 'inadequate response',
      'priorTherapies.1.drug': 'anakinra',
      'priorTherapies.1.stop': '06/30/2026',
      'priorTherapies.1.outcome': 'intolerance',
    });
    noDuplicatePaths();
  });
});
