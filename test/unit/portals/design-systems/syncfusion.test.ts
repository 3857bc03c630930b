import { describe, expect, it } from 'vitest';
import { field, read, page } from '../read';

/**
 * Syncfusion Essential JS 2 as it renders: TextBox and NumericTextBox in `.e-input-group`
 * (NumericTextBox adds `input.e-numeric-hidden` type=text with the field's name right after
 * the visible input, hidden by CSS), DropDownList (ej2-dropdowns drop-down-list.ts: the wrapper
 * span is role=combobox aria-labelledby a hidden `select.e-ddl-hidden` (aria-hidden, the
 * field's name, one option with the chosen text) prepended to it; the original input stays, readonly,
 * role=combobox, showing the text), MultiSelect in Box mode (multi-select.ts: `span.e-chips`
 * with `span.e-chipcontent` in `span.e-chips-collection`, a new `input.e-dropdownbase` in
 * `span.e-searcher`, the original input kept there with display:none, a `select.e-multi-hidden`
 * (aria-hidden, multiple) with the values), DatePicker (input role=combobox + icon).
 */

const textBox = (id: string, label: string, value: string) => `
  <div class="form-group">
    <label for="${id}" class="e-form-label">${label}</label>
    <div class="e-input-group e-control-wrapper e-valid-input"><input class="e-control e-textbox e-lib e-input" id="${id}" name="${id}" aria-labelledby="label_${id}" value="${value}"><span class="e-float-line"></span></div>
  </div>`;

const numeric = (id: string, label: string, value: string) => `
  <div class="form-group">
    <label for="${id}" id="label_${id}" class="e-form-label">${label}</label>
    <span class="e-input-group e-control-wrapper e-numeric e-valid-input ">
      <input class="e-control e-numerictextbox e-lib e-input" role="spinbutton" type="text" id="${id}" tabindex="0" aria-live="assertive" aria-valuemin="0" aria-valuemax="1000" aria-valuenow="${parseFloat(value)}" autocomplete="off" value="${value}">
      <input type="text" data-validatehidden="true" aria-label="hidden" class="e-numeric-hidden" name="${id}" value="${parseFloat(value)}">
      <span class="e-input-group-icon e-spin-down" title="Decrement value" aria-label="Decrement value"></span>
      <span class="e-input-group-icon e-spin-up" title="Increment value" aria-label="Increment value"></span>
    </span>
  </div>`;

const dropDownList = (id: string, label: string, value: string, text: string, placeholder = '') => `
  <div class="form-group">
    <label for="${id}" class="e-form-label">${label}</label>
    <span class="e-input-group e-control-wrapper e-ddl e-lib e-keyboard${text ? ' e-valid-input' : ''}" style="width: 100%;" tabindex="0" aria-disabled="false" role="combobox" aria-expanded="false" aria-labelledby="${id}_hidden" aria-describedby="${id}">
      <select aria-hidden="true" tabindex="-1" class="e-ddl-hidden" aria-label="dropdownlist" name="${id}" id="${id}_hidden">${text ? `<option selected value="${value}">${text}</option>` : ''}</select>
      <input class="e-control e-dropdownlist e-lib e-input" role="combobox" type="text" aria-expanded="false" readonly${placeholder ? ` placeholder="${placeholder}"` : ''} id="${id}" aria-labelledby="${id}_hidden" aria-disabled="false" tabindex="-1" value="${text}">
      <span class="e-input-group-icon e-ddl-icon e-search-icon"></span>
    </span>
  </div>`;

const multiSelect = (id: string, label: string, values: string[]) => `
  <div class="form-group">
    <label for="${id}" class="e-form-label">${label}</label>
    <div class="e-multiselect e-input-group e-control-wrapper e-valid-input" style="width: 100%;">
      <div class="e-multi-select-wrapper">
        <span class="e-delim-values e-hide-value" style="display: none;"></span>
        <span class="e-chips-collection" id="${id}_chips" style="display: block;">
          ${values.map((v) => `<span class="e-chips" data-value="${v}" title="${v}"><span class="e-chipcontent">${v}</span><span class="e-chips-close"></span></span>`).join('')}
        </span>
        <span class="e-searcher e-zero-size e-multiselect-box">
          <input class="e-dropdownbase" type="text" autocomplete="off" tabindex="0" aria-describedby="${id}_chips" aria-disabled="false" aria-owns="${id}_options" role="listbox" aria-multiselectable="true" aria-activedescendant="null" aria-haspopup="true" aria-expanded="false" spellcheck="false" value="">
          <input type="text" id="${id}" class="e-control e-multiselect e-lib" aria-disabled="false" style="display: none;" value="">
        </span>
        <span class="e-chips-close e-close-hooker"></span>
        <select aria-hidden="true" class="e-multi-hidden" tabindex="-1" multiple name="${id}">${values.map((v) => `<option selected value="${v}">${v}</option>`).join('')}</select>
      </div>
      <span class="e-input-group-icon e-ddl-icon"></span>
    </div>
  </div>`;

const datePicker = (id: string, label: string, value: string) => `
  <div class="form-group">
    <label for="${id}" class="e-form-label">${label}</label>
    <span class="e-input-group e-control-wrapper e-date-wrapper e-valid-input">
      <input class="e-control e-datepicker e-lib e-input e-keyboard" type="text" id="${id}" role="combobox" aria-expanded="false" aria-haspopup="true" aria-autocomplete="list" aria-invalid="false" autocomplete="off" name="${id}" placeholder="Choose a date" aria-placeholder="Choose a date" value="${value}">
      <span class="e-clear-icon e-clear-icon-hide" aria-label="close" role="button"></span>
      <span class="e-input-group-icon e-date-icon e-icons" aria-label="select" role="button"></span>
    </span>
  </div>`;

const radios = (name: string, question: string, options: string[], checked: string) => `
  <div class="form-group"><span class="e-form-label">${question}</span>
    ${options
      .map(
        (o) =>
          `<div class="e-radio-wrapper e-wrapper"><input id="${name}-${o}" class="e-control e-radio e-lib" type="radio" name="${name}" value="${o.toLowerCase()}"${o === checked ? ' checked' : ''}><label for="${name}-${o}"><span class="e-label">${o}</span></label></div>`,
      )
      .join('')}
  </div>`;

describe('Syncfusion TextBox, NumericTextBox, DatePicker, RadioButton', () => {
  it('reads text and numeric boxes, never the numeric box’s hidden twin', () => {
    page(`<form>
      ${textBox('memberId', 'Member ID', 'U1234567801')}
      ${numeric('weight', 'Weight (kg)', '70.00')}
      ${numeric('units', 'Billing units', '150')}
      ${datePicker('crpDate', 'CRP collection date', '4/15/2026')}
      ${radios('hosp', 'Has the patient been hospitalized for gout in the past 12 months?', ['Yes', 'No'], 'No')}</form>`);
    expect(read()).toEqual({
      'patient.memberId': 'U1234567801',
      'patient.weight': '70.00',
      'drug.units': '150',
      'labs.crpDate': '4/15/2026',
      'clinical.hospitalization': 'No',
    });
    expect(field('patient.weight')?.field.element.classList.contains('e-numeric-hidden')).toBe(false);
  });
});

describe('Syncfusion DropDownList', () => {
  it('reads the frequency and the dose unit by their shown text', () => {
    page(`<form><div class="row">
      ${numeric('dose', 'Dose', '150')}
      ${dropDownList('doseUnit', 'Unit', 'mg', 'mg')}</div>
      ${dropDownList('frequency', 'Frequency', 'q4w', 'Every 4 weeks')}</form>`);
    expect(read()).toEqual({ 'drug.dose': '150', 'drug.doseUnit': 'mg', 'drug.frequency': 'Every 4 weeks' });
  });

  it('maps the visible input, not the aria-hidden select prepended to it', () => {
    page(`<form>${dropDownList('frequency', 'Frequency', 'q4w', 'Every 4 weeks')}</form>`);
    expect(field('drug.frequency')?.field.element.id).toBe('frequency');
  });

  it('reads an empty DropDownList as empty', () => {
    page(`<form>${dropDownList('pos', 'Place of service', '', '', 'Select a place of service')}</form>`);
    expect(read()).toEqual({ 'drug.placeOfService': '' });
  });
});

describe('Syncfusion MultiSelect (Box mode)', () => {
  it('reads the chips as the diagnosis codes, once', () => {
    page(`<form>${multiSelect('diagnosisCodes', 'ICD-10 codes', ['M04.1', 'R50.9'])}</form>`);
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, R50.9' });
  });
});
