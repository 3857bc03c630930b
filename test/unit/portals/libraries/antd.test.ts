import { describe, expect, it } from 'vitest';
import { field, mapped, read, page, units } from '../read';

/**
 * Ant Design v5 as it renders inside `<Form name="pa" layout="vertical">`:
 * Form.Item `.ant-form-item > .ant-row.ant-form-item-row > .ant-col.ant-form-item-label > label[for=pa_<name>][title]`
 * and `.ant-form-item-control > .ant-form-item-control-input > .ant-form-item-control-input-content`
 * (+ `.ant-form-item-extra`); the control takes the id `pa_<name>`.
 * - Input: `input.ant-input.ant-input-outlined`.
 * - InputNumber with addonAfter: `.ant-input-number-group-wrapper > .ant-input-number-wrapper.ant-input-number-group >`
 *   `.ant-input-number` (handler-wrap with role=button "Increase Value"/"Decrease Value" spans and
 *   `input.ant-input-number-input[role=spinbutton][aria-valuenow]`) then `.ant-input-number-group-addon` "mg".
 * - Select (single): `.ant-select > .ant-select-selector > span.ant-select-selection-search > input[type=search][role=combobox][readonly]`
 *   (opacity 0) and `span.ant-select-selection-item[title]` (or `.ant-select-selection-placeholder`).
 * - Select multiple / tags: `.ant-select-selection-overflow > .ant-select-selection-overflow-item > span.ant-select-selection-item`
 *   (`.ant-select-selection-item-content` + `.ant-select-selection-item-remove[aria-hidden]` close icon), the
 *   search input in the last overflow item with an aria-hidden mirror span.
 * - DatePicker: `.ant-picker > .ant-picker-input > input[placeholder="Select date"]` + calendar suffix icon, clear button.
 * - Radio.Group: `div#pa_<name>.ant-radio-group > label.ant-radio-wrapper > span.ant-radio > input.ant-radio-input[type=radio]`
 *   (no `name` unless given) + `<span>text</span>`.
 * No popup (dropdown, calendar) is in the DOM until first opened.
 */

const icon = (name: string) =>
  `<span role="img" aria-label="${name}" class="anticon anticon-${name}"><svg viewBox="64 64 896 896" focusable="false" data-icon="${name}" width="1em" height="1em" fill="currentColor" aria-hidden="true"><path d="M884 256h-75c-5.1 0-9.9 2.5-12.9 7L512 654.2 227.9 263c-3-4.5-7.8-7-12.9-7h-75c-6.5 0-10.3 7.4-6.5 12.7l352.6 486.1c12.8 17.6 39 17.6 51.7 0l352.6-486.1c3.9-5.3.1-12.7-6.4-12.7z"></path></svg></span>`;

const item = (name: string, label: string, control: string, extra = '') => `
  <div class="ant-form-item css-dev-only-do-not-override-1x0dypw">
    <div class="ant-row ant-form-item-row css-dev-only-do-not-override-1x0dypw">
      <div class="ant-col ant-form-item-label css-dev-only-do-not-override-1x0dypw"><label for="pa_${name}" class="ant-form-item-required" title="${label}">${label}</label></div>
      <div class="ant-col ant-form-item-control css-dev-only-do-not-override-1x0dypw">
        <div class="ant-form-item-control-input"><div class="ant-form-item-control-input-content">${control}</div></div>
        ${extra ? `<div id="pa_${name}_extra" class="ant-form-item-extra">${extra}</div>` : ''}
      </div>
    </div>
  </div>`;

const input = (name: string, value: string, placeholder = '') =>
  `<input${placeholder ? ` placeholder="${placeholder}"` : ''} id="pa_${name}" aria-required="true" class="ant-input ant-input-outlined css-dev-only-do-not-override-1x0dypw" type="text" value="${value}">`;

const inputNumber = (name: string, value: string, addonAfter = '') => {
  const inner = `<div class="ant-input-number ant-input-number-outlined css-dev-only-do-not-override-1x0dypw">
      <div class="ant-input-number-handler-wrap"><span unselectable="on" role="button" aria-label="Increase Value" aria-disabled="false" class="ant-input-number-handler ant-input-number-handler-up">${icon('up')}</span><span unselectable="on" role="button" aria-label="Decrease Value" aria-disabled="false" class="ant-input-number-handler ant-input-number-handler-down">${icon('down')}</span></div>
      <div class="ant-input-number-input-wrap"><input autocomplete="off" role="spinbutton" aria-valuemin="0" aria-valuenow="${value}" step="1" id="pa_${name}" aria-required="true" class="ant-input-number-input" value="${value}"></div>
    </div>`;
  return addonAfter
    ? `<div class="ant-input-number-group-wrapper ant-input-number-group-wrapper-outlined css-dev-only-do-not-override-1x0dypw"><div class="ant-input-number-wrapper ant-input-number-group css-dev-only-do-not-override-1x0dypw">${inner}<div class="ant-input-number-group-addon">${addonAfter}</div></div></div>`
    : inner;
};

const select = (name: string, shown: string, placeholder = 'Please select') => `
  <div class="ant-select ant-select-outlined css-dev-only-do-not-override-1x0dypw ant-select-single ant-select-show-arrow">
    <div class="ant-select-selector">
      <span class="ant-select-selection-search"><input type="search" id="pa_${name}" autocomplete="off" class="ant-select-selection-search-input" role="combobox" aria-expanded="false" aria-haspopup="listbox" aria-owns="pa_${name}_list" aria-autocomplete="list" aria-controls="pa_${name}_list" aria-required="true" readonly="" unselectable="on" value="" style="opacity: 0;"></span>
      ${shown ? `<span class="ant-select-selection-item" title="${shown}">${shown}</span>` : `<span class="ant-select-selection-placeholder">${placeholder}</span>`}
    </div>
    <span class="ant-select-arrow" unselectable="on" aria-hidden="true" style="user-select: none;">${icon('down')}</span>
  </div>`;

const selectMultiple = (name: string, items: string[], mode: 'multiple' | 'tags', placeholder = 'Please select') => `
  <div class="ant-select ant-select-outlined css-dev-only-do-not-override-1x0dypw ant-select-multiple ant-select-allow-clear ant-select-show-search">
    <div class="ant-select-selector">
      <div class="ant-select-selection-overflow">
        ${items
          .map(
            (i) =>
              `<div class="ant-select-selection-overflow-item" style="opacity: 1;"><span class="ant-select-selection-item" title="${i}"><span class="ant-select-selection-item-content">${i}</span><span class="ant-select-selection-item-remove" unselectable="on" aria-hidden="true" style="user-select: none;">${icon('close')}</span></span></div>`,
          )
          .join('')}
        <div class="ant-select-selection-overflow-item ant-select-selection-overflow-item-suffix" style="opacity: 1;"><div class="ant-select-selection-search" style="width: 3px;"><input type="search" id="pa_${name}" autocomplete="off" class="ant-select-selection-search-input" role="combobox" aria-expanded="false" aria-haspopup="listbox" aria-owns="pa_${name}_list" aria-autocomplete="list" aria-controls="pa_${name}_list" aria-required="true" value=""><span class="ant-select-selection-search-mirror" aria-hidden="true">&nbsp;</span></div></div>
      </div>
      ${items.length ? '' : `<span class="ant-select-selection-placeholder">${placeholder}</span>`}
    </div>
    ${mode === 'tags' ? '' : `<span class="ant-select-arrow" unselectable="on" aria-hidden="true" style="user-select: none;">${icon('down')}</span>`}
  </div>`;

const datePicker = (name: string, value: string) => `
  <div class="ant-picker ant-picker-outlined css-dev-only-do-not-override-1x0dypw">
    <div class="ant-picker-input">
      <input id="pa_${name}" aria-required="true" autocomplete="off" size="12" placeholder="Select date" value="${value}">
      <span class="ant-picker-suffix">${icon('calendar')}</span>
      ${value ? `<span class="ant-picker-clear" role="button">${icon('close-circle')}</span>` : ''}
    </div>
  </div>`;

const radioGroup = (name: string, options: [string, string][], checked: string) => `
  <div id="pa_${name}" class="ant-radio-group ant-radio-group-outline css-dev-only-do-not-override-1x0dypw">
    ${options
      .map(
        ([v, t]) =>
          `<label class="ant-radio-wrapper${v === checked ? ' ant-radio-wrapper-checked' : ''} ant-radio-wrapper-in-form-item css-dev-only-do-not-override-1x0dypw"><span class="ant-radio ant-wave-target${v === checked ? ' ant-radio-checked' : ''}"><input class="ant-radio-input" type="radio" value="${v}"${v === checked ? ' checked=""' : ''}><span class="ant-radio-inner"></span></span><span>${t}</span></label>`,
      )
      .join('')}
  </div>`;

const form = (body: string) => `<form id="pa" class="ant-form ant-form-vertical css-dev-only-do-not-override-1x0dypw">${body}</form>`;

const noDuplicatePaths = () => {
  const paths = mapped().map((m) => m.path);
  expect(paths.length).toBe(new Set(paths).size);
};

describe('Ant Design Form.Item, Input, InputNumber, DatePicker', () => {
  it('reads the patient block: DatePicker dob, InputNumber weight with a "kg" addon', () => {
    page(
      form(`${item('dob', 'Date of birth', datePicker('dob', '03/14/1988'))}
      ${item('weight', 'Weight', inputNumber('weight', '70', 'kg'))}
      ${item('npi', 'Prescriber NPI', input('npi', '1234567893'))}`),
    );
    expect(read()).toEqual({ 'patient.dob': '03/14/1988', 'patient.weight': '70', 'prescriber.npi': '1234567893' });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg' });
    noDuplicatePaths();
  });

  it('reads the drug block: dose InputNumber with addonAfter "mg", units, codes', () => {
    page(
      form(`${item('drug', 'Drug name', input('drug', 'Ilaris (canakinumab)'))}
      ${item('hcpcs', 'HCPCS', input('hcpcs', 'J0638'))}
      ${item('ndc', 'NDC', input('ndc', '00078-0734-61', '12345-6789-01'), 'Format 5-4-2')}
      ${item('dose', 'Dose', inputNumber('dose', '150', 'mg'))}
      ${item('units', 'Billing units', inputNumber('units', '150'))}`),
    );
    expect(read()).toEqual({
      'drug.name': 'Ilaris (canakinumab)',
      'drug.hcpcs': 'J0638',
      'drug.ndc': '00078-0734-61',
      'drug.dose': '150',
      'drug.units': '150',
    });
    expect(units()).toEqual({ 'drug.doseUnit': 'mg' });
    noDuplicatePaths();
  });

  it('reads a unit Select used as InputNumber addonAfter as the weight unit', () => {
    const unitSelect = select('weightUnit', 'lb')
      .replace('id="pa_weightUnit"', 'id="rc_select_1"')
      .replaceAll('pa_weightUnit_list', 'rc_select_1_list');
    page(form(item('weight', 'Weight', inputNumber('weight', '154', unitSelect))));
    expect(read()).toEqual({ 'patient.weight': '154', 'patient.weightUnit': 'lb' });
  });

  it('reads an empty DatePicker as empty, not "Select date"', () => {
    page(form(item('serviceDate', 'Date of service', datePicker('serviceDate', ''))));
    expect(read()).toEqual({ 'request.serviceDate': '' });
  });
});

describe('Ant Design Select', () => {
  it('reads single Selects by their selection item', () => {
    page(
      form(`${item('frequency', 'Frequency', select('frequency', 'Every 4 weeks'))}
      ${item('pos', 'Place of service', select('pos', '11 - Office'))}`),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks', 'drug.placeOfService': '11 - Office' });
    noDuplicatePaths();
  });

  it('reads a single Select showing its placeholder as empty', () => {
    page(form(item('pos', 'Place of service', select('pos', '', 'Select place of service'))));
    expect(read()).toEqual({ 'drug.placeOfService': '' });
  });

  it('reads a multiple Select of diagnosis codes', () => {
    page(form(item('dx', 'ICD-10 codes', selectMultiple('dx', ['M04.1', 'M04.2'], 'multiple'))));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M04.2' });
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 codes');
  });

  it('reads a tags Select of diagnosis codes, and an empty one as empty', () => {
    page(
      form(`${item('dx', 'ICD-10 codes', selectMultiple('dx', ['M04.1'], 'tags'))}
      <h4>Prior therapies</h4>
      ${item('pt0drug', 'Drug', selectMultiple('pt0drug', ['colchicine'], 'tags'))}
      ${item('pt0outcome', 'Outcome', select('pt0outcome', 'Inadequate response'))}`),
    );
    expect(read()).toEqual({
      'diagnosis.codes.0': 'M04.1',
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.0.outcome': 'Inadequate response',
    });
  });
});

describe('Ant Design Radio.Group', () => {
  it('reads the checked radio of a Radio.Group labelled by its Form.Item (radios without a name)', () => {
    page(
      form(
        item(
          'requestType',
          'Request type',
          radioGroup(
            'requestType',
            [
              ['new', 'New authorization request'],
              ['ext', 'Extension of existing authorization'],
            ],
            'new',
          ),
        ),
      ),
    );
    expect(read()).toEqual({ 'request.type': 'New authorization request' });
  });

  it('reads a yes/no Radio.Group question', () => {
    page(
      form(`${item(
        'nsaid',
        'Are NSAIDs contraindicated or not tolerated?',
        radioGroup(
          'nsaid',
          [
            ['yes', 'Yes'],
            ['no', 'No'],
          ],
          'yes',
        ),
      )}
      ${item(
        'hosp',
        'Has the patient been hospitalized for a disease flare?',
        radioGroup(
          'hosp',
          [
            ['yes', 'Yes'],
            ['no', 'No'],
          ],
          'no',
        ),
      )}`),
    );
    expect(read()).toEqual({ 'clinical.nsaidContraindicated': 'Yes', 'clinical.hospitalization': 'No' });
  });
});
