import { describe, expect, it } from 'vitest';
import { mapped, read, page, units } from '../read';

/**
 * Kendo UI (current unified rendering, Angular and React) as it renders:
 * - Form: `form.k-form > fieldset.k-form-fieldset > legend.k-form-legend`, fields in `.k-form-field`
 *   with `label.k-label` (Angular's kendo-label: `for` an input, else an id the widget's
 *   `aria-labelledby` names) and `.k-form-field-wrap` (+ `.k-form-hint`).
 * - DropDownList: `span.k-dropdownlist.k-picker[role=combobox][aria-haspopup=listbox]` with
 *   `span.k-input-inner > span.k-input-value-text` and a `button.k-input-button[aria-label=Select]`
 *   (React adds a hidden `<select>` with one text-less option for validation).
 * - ComboBox: `span.k-combobox.k-input > input.k-input-inner[role=combobox][aria-autocomplete=list]`,
 *   `span.k-clear-value[role=button][title=clear]`, toggle button.
 * - MultiSelect: `.k-multiselect > .k-input-values > .k-chip-list[role=listbox] > .k-chip[role=option]`
 *   (`.k-chip-label` + `.k-chip-remove-action[aria-label=delete]`) then the search `input.k-input-inner[role=combobox]`.
 * - DatePicker: `span.k-datepicker.k-input > input.k-input-inner[role=combobox][aria-haspopup=grid]`
 *   holding "3/14/1988", or the wide format placeholder "month/day/year" as its value when empty,
 *   and a `button[aria-label="Toggle calendar"]`.
 * - NumericTextBox: `span.k-numerictextbox.k-input > input.k-input-inner[role=spinbutton][aria-valuenow]`,
 *   an InputSuffix `span.k-input-suffix.k-input-suffix-horizontal` ("kg"), the spinner buttons.
 */

const svgIcon = (name: string) =>
  `<span class="k-icon k-svg-icon k-svg-i-${name} k-button-icon" aria-hidden="true"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" focusable="false"><path d="M256 352 128 160h256z"></path></svg></span>`;
const iconButton = (label: string, icon: string) =>
  `<button type="button" tabindex="-1" aria-label="${label}" title="${label}" class="k-input-button k-button k-icon-button k-button-md k-button-solid k-button-solid-base">${svgIcon(icon)}</button>`;

const formField = (label: string, labelAttrs: string, control: string, hint = '') => `
  <div class="k-form-field">
    <label class="k-label" ${labelAttrs}>${label}</label>
    <div class="k-form-field-wrap">${control}${hint ? `<div class="k-form-hint">${hint}</div>` : ''}</div>
  </div>`;

const textBox = (id: string, label: string, value: string, hint = '') =>
  formField(
    label,
    `for="${id}"`,
    `<span class="k-textbox k-input k-input-md k-rounded-md k-input-solid"><input id="${id}" class="k-input-inner" autocomplete="off" value="${value}"></span>`,
    hint,
  );

const numeric = (id: string, label: string, value: string, suffix = '') =>
  formField(
    label,
    `for="${id}"`,
    `<span class="k-numerictextbox k-input k-input-md k-rounded-md k-input-solid">
      <input id="${id}" tabindex="0" role="spinbutton" aria-valuenow="${value}" autocomplete="off" autocorrect="off" type="text" class="k-input-inner" value="${value}">
      ${suffix ? `<span class="k-input-suffix k-input-suffix-horizontal">${suffix}</span>` : ''}
      <span class="k-input-spinner k-spin-button"><button type="button" tabindex="-1" aria-label="Increase value" title="Increase value" class="k-spinner-increase k-button k-icon-button k-button-md k-button-solid k-button-solid-base">${svgIcon('caret-alt-up')}</button><button type="button" tabindex="-1" aria-label="Decrease value" title="Decrease value" class="k-spinner-decrease k-button k-icon-button k-button-md k-button-solid k-button-solid-base">${svgIcon('caret-alt-down')}</button></span>
    </span>`,
  );

/** DropDownList: Angular's `kendo-dropdownlist` element, or React's span with its hidden validation select. */
const dropDownList = (id: string, label: string, shown: string, name: string, react = false) =>
  formField(
    label,
    `id="${id}-label"`,
    `<${react ? 'span' : 'kendo-dropdownlist'} class="k-dropdownlist k-picker k-picker-md k-rounded-md k-picker-solid" tabindex="0" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="${id}-label" aria-describedby="${id}-accessibility-id" aria-activedescendant="" id="${id}" dir="ltr">
      <span id="${id}-accessibility-id" class="k-input-inner"><span class="k-input-value-text">${shown}</span></span>
      ${iconButton(react ? 'select' : 'Select', 'caret-alt-down')}
      ${react ? `<select name="${name}" tabindex="-1" aria-hidden="true" title="${label}" style="opacity: 0; width: 1px; border: 0px; z-index: -1; position: absolute; left: 50%;"><option value="${shown}"></option></select>` : ''}
    </${react ? 'span' : 'kendo-dropdownlist'}>`,
  );

/** Angular ComboBox (kendo-label names the input by `for`). */
const comboBox = (id: string, label: string, value: string, placeholder = '') =>
  formField(
    label,
    `for="${id}"`,
    `<kendo-combobox class="k-input k-combobox k-input-md k-rounded-md k-input-solid" dir="ltr">
      <kendo-searchbar><input id="${id}" class="k-input-inner" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-autocomplete="list" autocomplete="off" placeholder="${placeholder}" tabindex="0" value="${value}"></kendo-searchbar>
      ${value ? `<span class="k-clear-value" title="clear" role="button" tabindex="-1">${svgIcon('x')}</span>` : ''}
      ${iconButton('Select', 'caret-alt-down')}
    </kendo-combobox>`,
  );

/** Angular MultiSelect with a tag list. */
const multiSelect = (id: string, label: string, tags: string[], placeholder = '') =>
  formField(
    label,
    `for="${id}"`,
    `<kendo-multiselect class="k-input k-multiselect k-input-md k-rounded-md k-input-solid" dir="ltr">
      <div class="k-input-values">
        <kendo-taglist class="k-chip-list k-selection-list k-chip-list-md" role="listbox" id="${id}-taglist" aria-orientation="horizontal">
          ${tags
            .map(
              (t, i) =>
                `<div class="k-chip k-chip-md k-rounded-md k-chip-solid k-chip-solid-base" role="option" aria-selected="true" id="${id}-tag-${i}"><span class="k-chip-content"><span class="k-chip-label">${t}</span></span><span class="k-chip-actions"><span aria-label="delete" class="k-chip-action k-chip-remove-action">${svgIcon('x-circle')}</span></span></div>`,
            )
            .join('')}
        </kendo-taglist>
        <kendo-searchbar><input id="${id}" class="k-input-inner" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-autocomplete="list" aria-describedby="${id}-taglist" autocomplete="off" placeholder="${tags.length ? '' : placeholder}" tabindex="0" value=""></kendo-searchbar>
      </div>
      ${tags.length ? `<span class="k-clear-value" title="clear" role="button" tabindex="-1">${svgIcon('x')}</span>` : ''}
    </kendo-multiselect>`,
  );

/** DatePicker: an empty one shows the wide format placeholder as its input's value. */
const datePicker = (id: string, label: string, value: string) =>
  formField(
    label,
    `for="${id}"`,
    `<span class="k-datepicker k-input k-input-md k-rounded-md k-input-solid" dir="ltr">
      <input id="${id}" role="combobox" aria-haspopup="grid" aria-expanded="false" autocomplete="off" autocorrect="off" autocapitalize="off" spellcheck="false" class="k-input-inner" value="${value || 'month/day/year'}">
      ${iconButton('Toggle calendar', 'calendar')}
    </span>`,
  );

const form = (legend: string, body: string) =>
  `<form class="k-form k-form-md"><fieldset class="k-form-fieldset"><legend class="k-form-legend">${legend}</legend>${body}</fieldset></form>`;

const noDuplicatePaths = () => {
  const paths = mapped().map((m) => m.path);
  expect(paths.length).toBe(new Set(paths).size);
};

describe('Kendo NumericTextBox, DatePicker, TextBox', () => {
  it('reads the patient block with a "kg" InputSuffix', () => {
    page(
      form(
        'Patient',
        `${datePicker('dob', 'Date of birth', '3/14/1988')}
        ${numeric('weight', 'Weight', '70', 'kg')}
        ${textBox('npi', 'Prescriber NPI', '1234567893', '10 digits')}`,
      ),
    );
    expect(read()).toEqual({ 'patient.dob': '3/14/1988', 'patient.weight': '70', 'prescriber.npi': '1234567893' });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg' });
    noDuplicatePaths();
  });

  it('reads an empty DatePicker showing "month/day/year" as empty', () => {
    page(form('Request', datePicker('service', 'Date of service', '')));
    expect(read()).toEqual({ 'request.serviceDate': '' });
  });
});

describe('Kendo React FloatingLabel and DateInput', () => {
  it('reads inputs named by a floating label written after them, and a standalone DateInput', () => {
    const floating = (id: string, label: string, input: string, empty: boolean) => `
      <div class="k-form-field"><span class="k-floating-label-container${empty ? ' k-empty' : ''}" dir="ltr">${input}<label for="${id}" class="k-floating-label">${label}</label></span></div>`;
    page(
      form(
        'Patient',
        `${floating('weight', 'Weight (kg)', '<span class="k-textbox k-input k-input-md k-rounded-md k-input-solid"><input id="weight" class="k-input-inner" value="70"></span>', false)}
        ${floating('dob', 'Date of birth', '<span class="k-dateinput k-input k-input-md k-rounded-md k-input-solid"><input id="dob" type="text" role="spinbutton" autocomplete="off" autocorrect="off" spellcheck="false" class="k-input-inner" value="3/14/1988"></span>', false)}
        ${floating('svc', 'Date of service', '<span class="k-dateinput k-input k-input-md k-rounded-md k-input-solid"><input id="svc" type="text" role="spinbutton" autocomplete="off" autocorrect="off" spellcheck="false" class="k-input-inner" value="month/day/year"></span>', true)}`,
      ),
    );
    expect(read()).toEqual({ 'patient.weight': '70', 'patient.dob': '3/14/1988', 'request.serviceDate': '' });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg' });
  });
});

describe('Kendo ComboBox, DropDownList, MultiSelect', () => {
  it('reads the drug block: ComboBox drug, numeric dose with "mg", DropDownLists', () => {
    page(
      form(
        'Medication',
        `${comboBox('drug', 'Drug name', 'Ilaris (canakinumab)', 'Search drugs')}
        ${textBox('hcpcs', 'HCPCS', 'J0638')}
        ${textBox('ndc', 'NDC', '00078-0734-61')}
        ${numeric('dose', 'Dose', '150', 'mg')}
        ${numeric('units', 'Billing units', '150')}
        ${dropDownList('freq', 'Frequency', 'Every 4 weeks', 'frequency')}
        ${dropDownList('pos', 'Place of service', '11 - Office', 'pos')}`,
      ),
    );
    expect(read()).toEqual({
      'drug.name': 'Ilaris (canakinumab)',
      'drug.hcpcs': 'J0638',
      'drug.ndc': '00078-0734-61',
      'drug.dose': '150',
      'drug.units': '150',
      'drug.frequency': 'Every 4 weeks',
      'drug.placeOfService': '11 - Office',
    });
    expect(units()).toEqual({ 'drug.doseUnit': 'mg' });
    noDuplicatePaths();
  });

  it('reads React DropDownLists (with their hidden validation select)', () => {
    page(
      form(
        'Medication',
        `${dropDownList('freq', 'Frequency', 'Every 4 weeks', 'frequency', true)}
        ${dropDownList('pos', 'Place of service', '11 - Office', 'pos', true)}`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks', 'drug.placeOfService': '11 - Office' });
  });

  it('reads an empty ComboBox as empty, not its placeholder', () => {
    page(form('Medication', comboBox('drug', 'Drug name', '', 'Search drugs')));
    expect(read()).toEqual({ 'drug.name': '' });
  });

  it('reads diagnosis codes from a MultiSelect’s tag list', () => {
    page(form('Diagnosis', multiSelect('dx', 'ICD-10 codes', ['M04.1', 'M04.2'], 'Add codes')));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M04.2' });
    noDuplicatePaths();
  });

  it('reads the CRP block and a prior therapy under their legends', () => {
    page(
      form(
        'C-reactive protein',
        `${numeric('crp', 'Result', '12.4')}${dropDownList('crpUnit', 'Unit', 'mg/L', 'crpUnit')}${datePicker('crpDate', 'Date collected', '4/15/2026')}`,
      ) +
        form(
          'Prior therapies',
          `${comboBox('pt0drug', 'Drug', 'colchicine')}${dropDownList('pt0outcome', 'Outcome', 'Inadequate response', 'outcome')}`,
        ),
    );
    expect(read()).toEqual({
      'labs.crpValue': '12.4',
      'labs.crpUnit': 'mg/L',
      'labs.crpDate': '4/15/2026',
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.0.outcome': 'Inadequate response',
    });
  });
});
