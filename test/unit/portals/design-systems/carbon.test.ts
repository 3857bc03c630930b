import { describe, expect, it } from 'vitest';
import { field, mapped, read, page } from '../read';

/**
 * Carbon v11 (@carbon/react) as it renders (cds- prefix): TextInput, Select, ComboBox
 * (ComboBox.tsx: input role=combobox, ListBoxSelection clear button, ListBoxTrigger), Dropdown
 * (downshift useSelect: button role=combobox aria-haspopup=listbox), MultiSelect and
 * FilterableMultiSelect (MultiSelect.tsx / FilterableMultiSelect.tsx: a tag showing how many
 * items are chosen, never which; the menu's items exist only while it is open), NumberInput
 * with its −/+ buttons, DatePicker (flatpickr input), RadioButtonGroup (fieldset + legend).
 */

const close = `<svg focusable="false" preserveAspectRatio="xMidYMid meet" fill="currentColor" width="16" height="16" viewBox="0 0 32 32" aria-hidden="true" xmlns="http://www.w3.org/2000/svg"><path d="M17.4141 16L24 9.4141 22.5859 8 16 14.5859 9.4143 8 8 9.4141 14.5859 16 8 22.5859 9.4143 24 16 17.4141 22.5859 24 24 22.5859 17.4141 16z"></path></svg>`;
const chevron = `<svg focusable="false" preserveAspectRatio="xMidYMid meet" fill="currentColor" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" xmlns="http://www.w3.org/2000/svg"><path d="M8 11L3 6 3.7 5.3 8 9.6 12.3 5.3 13 6z"></path></svg>`;

const textInput = (id: string, label: string, value: string, helper = '') => `
  <div class="cds--form-item cds--text-input-wrapper">
    <div class="cds--text-input__label-wrapper"><label for="${id}" class="cds--label">${label}</label></div>
    <div class="cds--text-input__field-outer-wrapper"><div class="cds--text-input__field-wrapper">
      <input id="${id}" class="cds--text-input cds--layout--size-md" type="text"${helper ? ` aria-describedby="${id}-helper-text"` : ''} value="${value}"></div></div>
    ${helper ? `<div id="${id}-helper-text" class="cds--form__helper-text">${helper}</div>` : ''}
  </div>`;

const select = (id: string, label: string, options: string[], chosen: string) => `
  <div class="cds--form-item"><div class="cds--select">
    <label for="${id}" class="cds--label">${label}</label>
    <div class="cds--select-input__wrapper">
      <select id="${id}" class="cds--select-input">
        <option class="cds--select-option" disabled value="" hidden${chosen ? '' : ' selected'}>Choose an option</option>
        ${options.map((o) => `<option class="cds--select-option" value="${o}"${o === chosen ? ' selected' : ''}>${o}</option>`).join('')}
      </select>${chevron.replace('aria-hidden="true"', 'class="cds--select__arrow" aria-hidden="true"')}
    </div></div></div>`;

const comboBox = (id: string, label: string, value: string, placeholder: string) => `
  <div class="cds--list-box__wrapper">
    <label id="downshift-${id}-label" for="${id}" class="cds--label">${label}</label>
    <div class="cds--combo-box cds--list-box cds--list-box--md">
      <div class="cds--list-box__field">
        <input class="cds--text-input${value ? '' : ' cds--text-input--empty'}" type="text" tabindex="0" aria-haspopup="listbox" title="${value}" aria-activedescendant="" aria-autocomplete="list" aria-controls="downshift-${id}-menu" aria-expanded="false" aria-labelledby="downshift-${id}-label" autocomplete="off" id="${id}" role="combobox" placeholder="${placeholder}" value="${value}">
        ${value ? `<button type="button" aria-label="Clear selected item" class="cds--list-box__selection" tabindex="-1" title="Clear selected item">${close}</button>` : ''}
        <button type="button" aria-label="Open" title="Open" class="cds--list-box__menu-icon" tabindex="-1" aria-controls="downshift-${id}-menu" aria-expanded="false" id="downshift-${id}-toggle-button">${chevron}</button>
      </div>
      <ul id="downshift-${id}-menu" class="cds--list-box__menu" role="listbox" aria-labelledby="downshift-${id}-label"></ul>
    </div>
  </div>`;

const dropdown = (id: string, label: string, shown: string) => `
  <div class="cds--dropdown__wrapper cds--list-box__wrapper">
    <label class="cds--label" id="downshift-${id}-label" for="downshift-${id}-toggle-button">${label}</label>
    <div class="cds--dropdown cds--list-box cds--list-box--md" >
      <button type="button" class="cds--list-box__field" aria-activedescendant="" aria-controls="downshift-${id}-menu" aria-expanded="false" aria-haspopup="listbox" aria-labelledby="downshift-${id}-label" id="downshift-${id}-toggle-button" role="combobox" tabindex="0">
        <span class="cds--list-box__label">${shown}</span>
        <div class="cds--list-box__menu-icon">${chevron}</div>
      </button>
      <ul id="downshift-${id}-menu" class="cds--list-box__menu" role="listbox" aria-labelledby="downshift-${id}-label" tabindex="-1"></ul>
    </div>
  </div>`;

/** The count tag ListBoxSelection shows for a multi-select with items chosen. */
const countTag = (count: number) => `
  <div class="cds--tag cds--tag--filter cds--tag--high-contrast">
    <span class="cds--tag__label" title="${count}">${count}</span>
    <button aria-label="Clear all selected items" class="cds--tag__close-icon" tabindex="-1" title="Clear all selected items" type="button">${close}</button>
  </div>`;

const multiSelect = (id: string, title: string, prompt: string, count: number) => `
  <div class="cds--multi-select__wrapper cds--list-box__wrapper">
    <label class="cds--label" id="downshift-${id}-label" for="downshift-${id}-toggle-button">${title}${
      count
        ? `<span class="cds--visually-hidden">Total items selected:  ${count},To clear selection, press Delete or Backspace,</span>`
        : ''
    }</label>
    <div class="cds--multi-select cds--list-box cds--list-box--md${count ? ' cds--multi-select--selected' : ''}" id="${id}">
      <div class="cds--list-box__field--wrapper">
        ${count ? countTag(count) : ''}
        <button type="button" class="cds--list-box__field" aria-disabled="false" aria-activedescendant="" aria-controls="downshift-${id}-menu" aria-expanded="false" aria-haspopup="listbox" aria-labelledby="downshift-${id}-label" id="downshift-${id}-toggle-button" role="combobox" tabindex="0">
          <span id="${id}-field-label" class="cds--list-box__label">${prompt}</span>
          <div class="cds--list-box__menu-icon">${chevron}</div>
        </button>
      </div>
      <ul id="downshift-${id}-menu" class="cds--list-box__menu" role="listbox" aria-labelledby="downshift-${id}-label" aria-multiselectable="true" tabindex="-1"></ul>
    </div>
  </div>`;

const filterableMultiSelect = (id: string, title: string, placeholder: string, count: number) => `
  <div class="cds--multi-select__wrapper cds--multi-select--filterable__wrapper cds--list-box__wrapper">
    <label class="cds--label" id="downshift-${id}-label" for="downshift-${id}-input">${title}</label>
    <div class="cds--multi-select cds--combo-box cds--multi-select--filterable cds--list-box cds--list-box--md${count ? ' cds--multi-select--selected' : ''}">
      <div class="cds--list-box__field">
        ${count ? countTag(count) : ''}
        <input class="cds--text-input cds--text-input--empty" aria-activedescendant="" aria-autocomplete="list" aria-controls="downshift-${id}-menu" aria-expanded="false" aria-labelledby="downshift-${id}-label" autocomplete="off" id="downshift-${id}-input" role="combobox" placeholder="${placeholder}" value="">
        <button type="button" aria-label="Open" title="Open" class="cds--list-box__menu-icon" tabindex="-1" aria-controls="downshift-${id}-menu" aria-expanded="false" id="downshift-${id}-toggle-button">${chevron}</button>
      </div>
      <ul id="downshift-${id}-menu" class="cds--list-box__menu" role="listbox" aria-labelledby="downshift-${id}-label" aria-multiselectable="true"></ul>
    </div>
  </div>`;

const numberInput = (id: string, label: string, value: string) => `
  <div class="cds--form-item">
    <div class="cds--number cds--number--helpertext">
      <div class="cds--number__label-wrapper"><label for="${id}" class="cds--label">${label}</label></div>
      <div class="cds--number__input-wrapper">
        <input data-invalid="false" aria-invalid="false" id="${id}" max="1000" min="0" pattern="[0-9]*" step="1" type="number" value="${value}">
        <div class="cds--number__controls">
          <button aria-label="Decrement number" class="cds--number__control-btn down-icon" tabindex="-1" title="Decrement number" type="button"><svg aria-hidden="true" focusable="false" viewBox="0 0 32 32"><path d="M8 15H24V17H8z"></path></svg></button>
          <div class="cds--number__rule-divider"></div>
          <button aria-label="Increment number" class="cds--number__control-btn up-icon" tabindex="-1" title="Increment number" type="button"><svg aria-hidden="true" focusable="false" viewBox="0 0 32 32"><path d="M17 15L17 8 15 8 15 15 8 15 8 17 15 17 15 24 17 24 17 17 24 17 24 15z"></path></svg></button>
          <div class="cds--number__rule-divider"></div>
        </div>
      </div>
    </div>
  </div>`;

const datePicker = (id: string, label: string, value: string) => `
  <div class="cds--form-item">
    <div class="cds--date-picker cds--date-picker--single">
      <div class="cds--date-picker-container">
        <label for="${id}" class="cds--label">${label}</label>
        <div class="cds--date-picker-input__wrapper">
          <input class="cds--date-picker__input flatpickr-input" id="${id}" pattern="\\d{1,2}\\/\\d{1,2}\\/\\d{4}" placeholder="mm/dd/yyyy" type="text" data-date-picker-input="" data-date-picker-input-from="" value="${value}">
          <svg focusable="false" preserveAspectRatio="xMidYMid meet" fill="currentColor" class="cds--date-picker__icon" role="img" aria-label="Open calendar" width="16" height="16" viewBox="0 0 32 32"><title>Open calendar</title><path d="M26,4h-4V2h-2v2h-8V2h-2v2H6C4.9,4,4,4.9,4,6v20c0,1.1,0.9,2,2,2h20c1.1,0,2-0.9,2-2V6C28,4.9,27.1,4,26,4z"></path></svg>
        </div>
      </div>
    </div>
  </div>`;

/** The calendar flatpickr appends to body for each date picker (closed). */
const flatpickrCalendar = `
  <div class="flatpickr-calendar animate arrowTop arrowLeft" tabindex="-1">
    <div class="flatpickr-months"><span class="flatpickr-prev-month"><svg></svg></span>
      <div class="flatpickr-month cds--date-picker__month"><div class="flatpickr-current-month"><span class="cur-month">April </span>
        <div class="numInputWrapper"><input class="numInput cur-year" type="number" tabindex="-1" aria-label="Year"><span class="arrowUp"></span><span class="arrowDown"></span></div></div></div>
      <span class="flatpickr-next-month"><svg></svg></span></div>
    <div class="flatpickr-innerContainer"><div class="flatpickr-rContainer"><div class="flatpickr-days" tabindex="-1"><div class="dayContainer">
      <span class="flatpickr-day" aria-label="April 14, 2026" tabindex="-1">14</span><span class="flatpickr-day selected" aria-label="April 15, 2026" aria-current="date" tabindex="-1">15</span>
    </div></div></div></div>
  </div>`;

const radioGroup = (name: string, legend: string, options: string[], checked: string) => `
  <div class="cds--form-item">
    <fieldset class="cds--radio-button-group cds--radio-button-group--label-right">
      <legend class="cds--label">${legend}</legend>
      ${options
        .map(
          (o) =>
            `<div class="cds--radio-button-wrapper"><input type="radio" class="cds--radio-button" id="${name}-${o}" name="${name}" value="${o.toLowerCase()}"${o === checked ? ' checked' : ''}><label for="${name}-${o}" class="cds--radio-button__label"><span class="cds--radio-button__appearance"></span><span class="cds--radio-button__label-text">${o}</span></label></div>`,
        )
        .join('')}
    </fieldset>
  </div>`;

describe('Carbon TextInput, Select, NumberInput', () => {
  it('reads text inputs with helper text, a native Select and a NumberInput with its −/+ buttons', () => {
    page(`<form class="cds--form">
      ${textInput('member-id', 'Member ID', 'U1234567801', 'Found on the front of the member ID card')}
      ${textInput('npi', 'Prescriber NPI', '1234567893')}
      ${select('frequency', 'Frequency', ['Every 4 weeks', 'Every 8 weeks'], 'Every 8 weeks')}
      ${numberInput('weight', 'Weight (kg)', '70')}
      ${numberInput('units', 'Billing units', '150')}</form>`);
    expect(read()).toEqual({
      'patient.memberId': 'U1234567801',
      'prescriber.npi': '1234567893',
      'drug.frequency': 'Every 8 weeks',
      'patient.weight': '70',
      'drug.units': '150',
    });
    expect(field('patient.weight')?.impliedUnit).toEqual({ path: 'patient.weightUnit', unit: 'kg' });
  });

  it('reads an unchosen Select (its disabled hidden "Choose an option") as empty', () => {
    page(`<form>${select('pos', 'Place of service', ['Physician office', 'Home infusion'], '')}</form>`);
    expect(read()).toEqual({ 'drug.placeOfService': '' });
  });

  it('pairs a "Unit" Select with the weight NumberInput beside it', () => {
    page(
      `<form><div class="cds--stack-horizontal">${numberInput('w', 'Weight', '154')}${select('wu', 'Unit', ['kg', 'lb'], 'lb')}</div></form>`,
    );
    expect(read()).toEqual({ 'patient.weight': '154', 'patient.weightUnit': 'lb' });
  });
});

describe('Carbon ComboBox and Dropdown', () => {
  it('reads the drug from a ComboBox input and the place of service from a Dropdown', () => {
    page(`<form>
      ${comboBox('drug', 'Drug name', 'Ilaris (canakinumab)', 'Search drugs')}
      ${dropdown('pos', 'Place of service', 'Physician office')}
      ${dropdown('doseUnit', 'Dose unit', 'mg')}</form>`);
    expect(read()).toEqual({ 'drug.name': 'Ilaris (canakinumab)', 'drug.placeOfService': 'Physician office', 'drug.doseUnit': 'mg' });
  });

  it('reads an empty ComboBox as empty, not as its placeholder', () => {
    page(`<form>${comboBox('drug', 'Drug name', '', 'Search drugs')}</form>`);
    expect(read()).toEqual({ 'drug.name': '' });
  });

  it('reads a Dropdown showing its label prop (nothing chosen yet) as empty', () => {
    page(`<form>${dropdown('freq', 'Frequency', 'Choose a frequency')}</form>`);
    expect(read()).toEqual({ 'drug.frequency': '' });
  });
});

describe('Carbon MultiSelect (the chosen items are never in the DOM, only their count)', () => {
  it('does not take a MultiSelect’s prompt for a diagnosis code', () => {
    page(`<form>${multiSelect('dx', 'ICD-10 codes', 'Select diagnosis codes', 2)}</form>`);
    // the codes are not on the page while the menu is closed: nothing can be read
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });

  it('does not take a FilterableMultiSelect’s count tag ("2") for a diagnosis code', () => {
    page(`<form>${filterableMultiSelect('dx', 'ICD-10 codes', 'Search codes', 2)}</form>`);
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });

  it('labels the MultiSelect by its title, without the visually hidden selection count', () => {
    page(`<form>${multiSelect('dx', 'ICD-10 codes', 'Select diagnosis codes', 2)}</form>`);
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 codes');
  });
});

describe('Carbon DatePicker and RadioButtonGroup', () => {
  it('reads the date picker input, and no field from the flatpickr calendar after the form', () => {
    page(`<form><h2>Labs</h2>
      ${textInput('crp', 'CRP (mg/L)', '12.4')}
      ${datePicker('crp-date', 'CRP collection date', '04/15/2026')}
      <h2>Prior therapies</h2>
      ${textInput('pt-drug', 'Drug', 'colchicine')}
      ${datePicker('pt-start', 'Start date', '01/02/2024')}
      </form>${flatpickrCalendar}${flatpickrCalendar}`);
    expect(read()).toEqual({
      'labs.crpValue': '12.4',
      'labs.crpDate': '04/15/2026',
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.0.start': '01/02/2024',
    });
    expect(mapped().some((m) => m.field.element.closest('.flatpickr-calendar'))).toBe(false);
  });

  it('reads a yes/no RadioButtonGroup by its legend', () => {
    page(`<form>${radioGroup('nsaid', 'Are NSAIDs contraindicated or not tolerated?', ['Yes', 'No'], 'No')}</form>`);
    expect(read()).toEqual({ 'clinical.nsaidContraindicated': 'No' });
  });
});
