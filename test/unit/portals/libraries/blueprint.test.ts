import { describe, expect, it } from 'vitest';
import { field, mapped, read, page, units } from '../read';

/**
 * Blueprint v5 (bp5- prefix) as it renders: FormGroup (`.bp5-form-group > label.bp5-label[for]`
 * with an optional `.bp5-text-muted` label info, `.bp5-form-content` and `.bp5-form-helper-text`),
 * InputGroup (`.bp5-input-group > input.bp5-input` and a rightElement in `span.bp5-input-action`,
 * here a minimal Tag "kg"), HTMLSelect (`.bp5-html-select > select` + caret icon), Select from
 * @blueprintjs/select (Popover target `div.bp5-popover-target[role=combobox][aria-haspopup=listbox]
 * [aria-controls]` around the user's Button whose `.bp5-button-text` shows the chosen item), TagInput
 * (`.bp5-input.bp5-tag-input > .bp5-tag-input-values > span.bp5-tag.bp5-tag-removable` with
 * `button.bp5-tag-remove[aria-label="Remove tag"]`, then `input.bp5-input-ghost`), DateInput3
 * (@blueprintjs/datetime2: a popover target around an InputGroup holding the formatted date).
 */

const caret = `<span aria-hidden="true" tabindex="-1" class="bp5-icon bp5-icon-double-caret-vertical"><svg data-icon="double-caret-vertical" height="16" role="img" viewBox="0 0 16 16" width="16"><path d="M5 7h6a1.003 1.003 0 00.71-1.71l-3-3C8.53 2.11 8.28 2 8 2s-.53.11-.71.29l-3 3A1.003 1.003 0 005 7zm6 2H5a1.003 1.003 0 00-.71 1.71l3 3c.18.18.43.29.71.29s.53-.11.71-.29l3-3A1.003 1.003 0 0011 9z" fill-rule="evenodd"></path></svg></span>`;
const cross = `<span aria-hidden="true" tabindex="-1" class="bp5-icon bp5-icon-small-cross"><svg data-icon="small-cross" height="16" role="img" viewBox="0 0 16 16" width="16"><path d="M9.41 8l2.29-2.29c.19-.18.3-.43.3-.71a1.003 1.003 0 00-1.71-.71L8 6.59l-2.29-2.3a1.003 1.003 0 00-1.42 1.42L6.59 8 4.3 10.29c-.19.18-.3.43-.3.71a1.003 1.003 0 001.71.71L8 9.41l2.29 2.29c.18.19.43.3.71.3a1.003 1.003 0 00.71-1.71L9.41 8z" fill-rule="evenodd"></path></svg></span>`;

const formGroup = (label: string, labelFor: string | null, content: string, helper = '', info = '') => `
  <div class="bp5-form-group">
    <label class="bp5-label"${labelFor ? ` for="${labelFor}"` : ''}>${label}${info ? ` <span class="bp5-text-muted">${info}</span>` : ''}</label>
    <div class="bp5-form-content">${content}${helper ? `<div class="bp5-form-helper-text">${helper}</div>` : ''}</div>
  </div>`;

const inputGroup = (id: string, value: string, opts: { tag?: string; placeholder?: string } = {}) => `
  <div class="bp5-input-group">
    <input type="text" autocomplete="off" id="${id}" class="bp5-input"${opts.placeholder ? ` placeholder="${opts.placeholder}"` : ''} value="${value}"${opts.tag ? ' style="padding-right: 40px;"' : ''}>
    ${opts.tag ? `<span class="bp5-input-action"><span class="bp5-tag bp5-minimal"><span class="bp5-text-overflow-ellipsis bp5-fill">${opts.tag}</span></span></span>` : ''}
  </div>`;

const htmlSelect = (id: string, options: [string, string][], chosen: string) => `
  <div class="bp5-html-select bp5-fill">
    <select id="${id}">${options.map(([v, t]) => `<option value="${v}"${v === chosen ? ' selected' : ''}>${t}</option>`).join('')}</select>${caret}
  </div>`;

const select = (n: number, shown: string) => `
  <div aria-controls="listbox-${n}" aria-haspopup="listbox" class="bp5-popover-target" aria-expanded="false" role="combobox">
    <button type="button" class="bp5-button"><span class="bp5-button-text">${shown}</span>${caret}</button>
  </div>`;

const tagInput = (id: string, tags: string[], placeholder = '') => `
  <div class="bp5-input bp5-tag-input">
    <div class="bp5-tag-input-values">
      ${tags.map((t) => `<span class="bp5-tag bp5-tag-removable"><span class="bp5-text-overflow-ellipsis bp5-fill">${t}</span><button aria-label="Remove tag" type="button" class="bp5-tag-remove">${cross}</button></span>`).join('')}
      <input id="${id}" class="bp5-input-ghost" placeholder="${tags.length ? '' : placeholder}" value="">
    </div>
  </div>`;

const dateInput = (id: string, value: string) => `
  <div aria-haspopup="true" class="bp5-popover-target">
    <div class="bp5-input-group">
      <input type="text" autocomplete="off" id="${id}" placeholder="MM/DD/YYYY" class="bp5-input" value="${value}">
    </div>
  </div>`;

const noDuplicatePaths = () => {
  const paths = mapped().map((m) => m.path);
  expect(paths.length).toBe(new Set(paths).size);
};

describe('Blueprint InputGroup and HTMLSelect', () => {
  it('reads inputs in form groups, the weight with a "kg" tag, and a native HTMLSelect', () => {
    page(`<form class="bp5-dark">
      ${formGroup('Date of birth', 'dob', dateInput('dob', '03/14/1988'), '', '(required)')}
      ${formGroup('Weight', 'weight', inputGroup('weight', '70', { tag: 'kg' }), 'Current weight')}
      ${formGroup('Prescriber NPI', 'npi', inputGroup('npi', '1234567893'), '10 digits')}
      ${formGroup(
        'Place of service',
        'pos',
        htmlSelect(
          'pos',
          [
            ['', 'Choose…'],
            ['11', '11 - Office'],
            ['22', '22 - Outpatient hospital'],
          ],
          '11',
        ),
      )}
      </form>`);
    expect(read()).toEqual({
      'patient.dob': '03/14/1988',
      'patient.weight': '70',
      'prescriber.npi': '1234567893',
      'drug.placeOfService': '11 - Office',
    });
    expect(field('patient.weight')?.impliedUnit).toEqual({ path: 'patient.weightUnit', unit: 'kg' });
    noDuplicatePaths();
  });

  it('labels the date of birth without the FormGroup’s labelInfo "(required)"', () => {
    page(`<form>${formGroup('Date of birth', 'dob', dateInput('dob', '03/14/1988'), '', '(required)')}</form>`);
    expect(field('patient.dob')?.label).toBe('Date of birth');
  });

  it('reads the drug block with a dose "mg" tag', () => {
    page(`<form>
      ${formGroup('Drug name', 'drug', inputGroup('drug', 'Ilaris (canakinumab)'))}
      ${formGroup('HCPCS', 'hcpcs', inputGroup('hcpcs', 'J0638'))}
      ${formGroup('NDC', 'ndc', inputGroup('ndc', '00078-0734-61', { placeholder: '12345-6789-01' }))}
      ${formGroup('Dose', 'dose', inputGroup('dose', '150', { tag: 'mg' }))}
      ${formGroup('Billing units', 'units', inputGroup('units', '150'))}
      </form>`);
    expect(read()).toEqual({
      'drug.name': 'Ilaris (canakinumab)',
      'drug.hcpcs': 'J0638',
      'drug.ndc': '00078-0734-61',
      'drug.dose': '150',
      'drug.units': '150',
    });
    expect(field('drug.dose')?.impliedUnit).toEqual({ path: 'drug.doseUnit', unit: 'mg' });
  });
});

describe('Blueprint Select (popover combobox around a button)', () => {
  it('reads the frequency from the Select button’s text', () => {
    page(`<form>${formGroup('Frequency', null, select(1, 'Every 4 weeks'))}
      ${formGroup('CRP unit', null, select(2, 'mg/L'))}</form>`);
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks', 'labs.crpUnit': 'mg/L' });
  });

  it('reads a Select with nothing chosen ("(No selection)") as empty', () => {
    page(`<form>${formGroup('Frequency', null, select(1, '(No selection)'))}</form>`);
    expect(read()).toEqual({ 'drug.frequency': '' });
  });
});

describe('Blueprint TagInput and DateInput', () => {
  it('reads diagnosis codes from the TagInput’s tags', () => {
    page(`<form>${formGroup('ICD-10 codes', 'dx', tagInput('dx', ['M04.1', 'M04.2'], 'Add codes…'))}</form>`);
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M04.2' });
  });

  it('reads an empty TagInput as empty, not as its placeholder', () => {
    page(`<form>${formGroup('ICD-10 codes', 'dx', tagInput('dx', [], 'Add codes…'))}</form>`);
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });

  it('reads CRP value, date and a prior therapy', () => {
    page(`<form><h4 class="bp5-heading">Labs</h4>
      ${formGroup('CRP (mg/L)', 'crp', inputGroup('crp', '12.4'))}
      ${formGroup('CRP collection date', 'crpDate', dateInput('crpDate', '04/15/2026'))}
      <h4 class="bp5-heading">Prior therapies</h4>
      ${formGroup('Drug', 'ptDrug', inputGroup('ptDrug', 'colchicine'))}
      ${formGroup(
        'Outcome',
        'ptOutcome',
        htmlSelect(
          'ptOutcome',
          [
            ['', 'Choose…'],
            ['fail', 'Inadequate response'],
            ['int', 'Intolerance'],
          ],
          'fail',
        ),
      )}
      </form>`);
    expect(read()).toEqual({
      'labs.crpValue': '12.4',
      'labs.crpDate': '04/15/2026',
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.0.outcome': 'Inadequate response',
    });
    expect(units()).toEqual({ 'labs.crpUnit': 'mg/L' });
  });
});
