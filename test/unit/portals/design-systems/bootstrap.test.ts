import { describe, expect, it } from 'vitest';
import { field, read, page } from '../read';

/**
 * Bootstrap 5.3 markup as its docs write it (there is no JavaScript behind these): floating
 * labels (`.form-floating`: the control first, its `<label for>` after it, a placeholder
 * required), input groups (`.input-group-text` addons, a `.form-select` inside the group,
 * `.btn-check` radio toggles), `.form-check` radios with a legend in a horizontal fieldset,
 * selects whose first option is the docs' "Open this select menu" (no value attribute).
 */

const floating = (id: string, label: string, value: string, type = 'text') => `
  <div class="form-floating mb-3">
    <input type="${type}" class="form-control" id="${id}" placeholder="${label}" value="${value}">
    <label for="${id}">${label}</label>
  </div>`;

const floatingSelect = (id: string, label: string, options: string[], chosen: string | null) => `
  <div class="form-floating mb-3">
    <select class="form-select" id="${id}" aria-label="${label}">
      <option${chosen ? '' : ' selected'}>Open this select menu</option>
      ${options.map((o, i) => `<option value="${i + 1}"${o === chosen ? ' selected' : ''}>${o}</option>`).join('')}
    </select>
    <label for="${id}">${label}</label>
  </div>`;

const addon = (id: string, label: string, value: string, after: string, before = '') => `
  <div class="mb-3">
    <label for="${id}" class="form-label">${label}</label>
    <div class="input-group">
      ${before ? `<span class="input-group-text" id="${id}-pre">${before}</span>` : ''}
      <input type="text" class="form-control" id="${id}" value="${value}" aria-describedby="${id}-addon">
      ${after ? `<span class="input-group-text" id="${id}-addon">${after}</span>` : ''}
    </div>
  </div>`;

const yesNo = (name: string, legend: string, checked: 'Yes' | 'No') => `
  <fieldset class="row mb-3">
    <legend class="col-form-label col-sm-6 pt-0">${legend}</legend>
    <div class="col-sm-6">
      ${['Yes', 'No']
        .map(
          (o) => `<div class="form-check form-check-inline">
        <input class="form-check-input" type="radio" name="${name}" id="${name}-${o}" value="${o.toLowerCase()}"${o === checked ? ' checked' : ''}>
        <label class="form-check-label" for="${name}-${o}">${o}</label></div>`,
        )
        .join('')}
    </div>
  </fieldset>`;

describe('Bootstrap floating labels', () => {
  it('reads inputs whose label follows them', () => {
    page(`<form>
      ${floating('patientName', 'Patient name', 'Jane Q Doe')}
      ${floating('memberId', 'Member ID', 'U1234567801')}
      ${floating('dob', 'Date of birth', '1980-04-15', 'date')}
      ${floating('npi', 'Prescriber NPI', '1234567893')}
      ${floatingSelect('freq', 'Frequency', ['Every 4 weeks', 'Every 8 weeks'], 'Every 4 weeks')}</form>`);
    expect(read()).toEqual({
      'patient.name': 'Jane Q Doe',
      'patient.memberId': 'U1234567801',
      'patient.dob': '1980-04-15',
      'prescriber.npi': '1234567893',
      'drug.frequency': 'Every 4 weeks',
    });
  });

  it('reads a select still on "Open this select menu" (an option without a value) as empty', () => {
    page(`<form>${floatingSelect('pos', 'Place of service', ['Physician office', 'Home infusion'], null)}</form>`);
    expect(read()).toEqual({ 'drug.placeOfService': '' });
  });
});

describe('Bootstrap input groups', () => {
  it('takes an .input-group-text after a field as its unit', () => {
    page(`<form>
      <h5>Patient</h5>${addon('weight', 'Weight', '70', 'kg')}
      <h5>Labs</h5>${addon('crp', 'CRP', '12.4', 'mg/L')}
      <h5>Request</h5>${addon('dose', 'Dose', '150', 'mg')}${addon('hcpcs', 'HCPCS', 'J0638', '', '<i class="bi bi-upc"></i>')}</form>`);
    expect(read()).toEqual({ 'patient.weight': '70', 'labs.crpValue': '12.4', 'drug.dose': '150', 'drug.hcpcs': 'J0638' });
    expect(field('patient.weight')?.impliedUnit).toEqual({ path: 'patient.weightUnit', unit: 'kg' });
    expect(field('labs.crpValue')?.impliedUnit).toEqual({ path: 'labs.crpUnit', unit: 'mg/L' });
    expect(field('drug.dose')?.impliedUnit).toEqual({ path: 'drug.doseUnit', unit: 'mg' });
  });

  it('pairs a unit select inside the input group with its quantity, also one whose prompt option has no value', () => {
    page(`<form>
      <label for="w" class="form-label">Weight</label>
      <div class="input-group mb-3">
        <input type="text" class="form-control" id="w" value="154">
        <select class="form-select" id="wu" style="max-width: 6rem"><option value="kg">kg</option><option value="lb" selected>lb</option></select>
      </div>
      <label for="d" class="form-label">Dose</label>
      <div class="input-group mb-3">
        <input type="text" class="form-control" id="d" value="150">
        <select class="form-select" id="du" aria-label="Unit"><option>Choose...</option><option value="mg" selected>mg</option><option value="mcg">mcg</option></select>
      </div></form>`);
    expect(read()).toEqual({ 'patient.weight': '154', 'patient.weightUnit': 'lb', 'drug.dose': '150', 'drug.doseUnit': 'mg' });
  });

  it('reads .btn-check radio toggles in an input group as the unit of the dose', () => {
    page(`<form>
      <label for="d" class="form-label">Dose</label>
      <div class="input-group mb-3">
        <input type="text" class="form-control" id="d" value="150">
        <input type="radio" class="btn-check" name="doseUnit" id="du-mg" autocomplete="off" value="mg" checked>
        <label class="btn btn-outline-secondary" for="du-mg">mg</label>
        <input type="radio" class="btn-check" name="doseUnit" id="du-ml" autocomplete="off" value="mL">
        <label class="btn btn-outline-secondary" for="du-ml">mL</label>
      </div>
      <label for="u" class="form-label">Billing units</label><input type="text" class="form-control" id="u" value="150"></form>`);
    expect(read()).toEqual({ 'drug.dose': '150', 'drug.doseUnit': 'mg', 'drug.units': '150' });
  });
});

describe('Bootstrap form-check radios and a prior therapies table', () => {
  it('reads yes/no radios by their legend', () => {
    page(`<form>
      ${yesNo('colch', 'Is colchicine contraindicated or not tolerated?', 'Yes')}
      ${yesNo('ult', 'Is the patient on urate-lowering therapy?', 'No')}</form>`);
    expect(read()).toEqual({ 'clinical.colchicineContraindicated': 'Yes', 'clinical.urateLoweringTherapy': 'No' });
  });

  it('reads each table row as a prior therapy, the outcome select by its text', () => {
    const row = (drug: string, start: string, stop: string, outcome: string) => `<tr>
      <td><input type="text" class="form-control form-control-sm" aria-label="Drug" value="${drug}"></td>
      <td><input type="date" class="form-control form-control-sm" aria-label="Start date" value="${start}"></td>
      <td><input type="date" class="form-control form-control-sm" aria-label="Stop date" value="${stop}"></td>
      <td><select class="form-select form-select-sm" aria-label="Outcome"><option selected>Choose...</option>${[
        'Inadequate response',
        'Intolerance',
        'Contraindicated',
      ]
        .map((o) => `<option${o === outcome ? ' selected' : ''}>${o}</option>`)
        .join('')}</select></td></tr>`;
    page(`<form><div class="card"><div class="card-header">Prior therapies</div><div class="card-body">
      <table class="table table-sm align-middle"><thead><tr><th scope="col">Drug</th><th scope="col">Start date</th><th scope="col">Stop date</th><th scope="col">Outcome</th></tr></thead>
      <tbody>${row('colchicine', '2024-01-02', '2024-06-30', 'Intolerance')}${row('prednisone', '2024-07-01', '2024-09-01', 'Inadequate response')}</tbody></table>
    </div></div></form>`);
    expect(read()).toEqual({
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.0.start': '2024-01-02',
      'priorTherapies.0.stop': '2024-06-30',
      'priorTherapies.0.outcome': 'Intolerance',
      'priorTherapies.1.drug': 'prednisone',
      'priorTherapies.1.start': '2024-07-01',
      'priorTherapies.1.stop': '2024-09-01',
      'priorTherapies.1.outcome': 'Inadequate response',
    });
  });
});
