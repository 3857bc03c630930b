import { afterEach, describe, expect, it } from 'vitest';
import { VOCABULARY } from '@/rules/portals/vocabulary';
import { collectFields } from './collect';
import { qualifyFields } from './qualify';
import { readValue } from './values';
import { applyValue } from './widget-writers';
import { chosenBehindCount, datePartOf, isPlaceholderText, shownText } from './widgets';

/** Paths and values read from the page, as the controller reads them. */
function read(): Record<string, string> {
  const mapped = qualifyFields(collectFields(document).fields, { maps: [], vocabulary: VOCABULARY, hostname: 'localhost' });
  return Object.fromEntries(mapped.map((m) => [m.path, readValue(m.field)]));
}

const mapped = () => qualifyFields(collectFields(document).fields, { maps: [], vocabulary: VOCABULARY, hostname: 'localhost' });

afterEach(() => {
  document.body.innerHTML = '';
});

/** An Angular Material form field with a mat-select, as MDC-based Angular Material renders it. */
const matSelect = (id: string, label: string, value: string | null) => `
  <mat-form-field class="mat-mdc-form-field">
    <div class="mat-mdc-text-field-wrapper"><div class="mat-mdc-form-field-infix">
      <label class="mdc-floating-label" id="${id}-label" for="${id}"><mat-label>${label}</mat-label></label>
      <mat-select role="combobox" aria-haspopup="listbox" aria-expanded="false" id="${id}" tabindex="0"
        aria-labelledby="${id}-label ${id}-value" class="mat-mdc-select">
        <div class="mat-mdc-select-trigger"><div class="mat-mdc-select-value" id="${id}-value">${
          value === null
            ? `<span class="mat-mdc-select-placeholder mat-mdc-select-min-line">Choose</span>`
            : `<span class="mat-mdc-select-value-text"><span class="mat-mdc-select-min-line">${value}</span></span>`
        }</div><div class="mat-mdc-select-arrow-wrapper"><div class="mat-mdc-select-arrow"><svg viewBox="0 0 24 24" aria-hidden="true"><path d="M7 10l5 5 5-5z"></path></svg></div></div></div>
      </mat-select>
    </div></div>
  </mat-form-field>`;

/** A MUI outlined TextField. */
const muiText = (id: string, label: string, value = '') => `
  <div class="MuiFormControl-root MuiTextField-root">
    <label class="MuiInputLabel-root" for="${id}" id="${id}-label">${label}</label>
    <div class="MuiInputBase-root MuiOutlinedInput-root"><input class="MuiInputBase-input" id="${id}" type="text" value="${value}">
      <fieldset aria-hidden="true" class="MuiOutlinedInput-notchedOutline"><legend><span>${label}</span></legend></fieldset></div>
  </div>`;

/** A MUI Select: the combobox div shows the text, a hidden native input mirrors the value. */
const muiSelect = (id: string, label: string, value: string) => `
  <div class="MuiFormControl-root">
    <label class="MuiInputLabel-root" id="${id}-label">${label}</label>
    <div class="MuiInputBase-root MuiOutlinedInput-root">
      <div tabindex="0" role="combobox" aria-controls=":r1:" aria-expanded="false" aria-haspopup="listbox"
        aria-labelledby="${id}-label ${id}" id="${id}" class="MuiSelect-select">${value || '<span class="notranslate">\u200b</span>'}</div>
      <input aria-invalid="false" name="${id}" aria-hidden="true" tabindex="-1" class="MuiSelect-nativeInput" value="${value}">
      <svg class="MuiSelect-icon" aria-hidden="true"><path d="M7 10l5 5 5-5z"></path></svg>
      <fieldset aria-hidden="true" class="MuiOutlinedInput-notchedOutline"><legend><span>${label}</span></legend></fieldset>
    </div>
  </div>`;

describe('custom selects (role=combobox)', () => {
  it('reads an Angular Material select by its text, and an empty one as empty', () => {
    document.body.innerHTML = `<form>
      <h3>C-reactive protein</h3>
      <label for="crp">CRP value</label><input id="crp" value="45">
      ${matSelect('crpu', 'CRP unit', 'mg/L')}
      <h3>Patient</h3>
      <label for="w">Weight</label><input id="w" value="70">
      ${matSelect('wu', 'Weight unit', null)}
    </form>`;
    expect(read()).toMatchObject({ 'labs.crpValue': '45', 'labs.crpUnit': 'mg/L', 'patient.weight': '70', 'patient.weightUnit': '' });
  });

  it('reads a MUI select from its combobox, never from the hidden input that mirrors it', () => {
    document.body.innerHTML = `<form>
      ${muiText('ndcq', 'NDC quantity', '2')}
      ${muiSelect('uom', 'Unit of measure', 'UN')}
      ${muiText('dose', 'Dose', '150')}
    </form>`;
    const fields = mapped();
    expect(fields.some((m) => m.field.element.getAttribute('aria-hidden') === 'true')).toBe(false);
    expect(read()).toMatchObject({ 'drug.ndcQuantity': '2', 'drug.ndcUnit': 'UN', 'drug.dose': '150' });
  });

  it('pairs a generic unit select with the quantity beside it', () => {
    document.body.innerHTML = `<form>
      <div class="row">${muiText('w', 'Weight', '154')}${muiSelect('u1', 'Unit', 'lb')}</div>
      <div class="row">${muiText('d', 'Dose', '150')}${muiSelect('u2', 'Unit', 'mg')}</div>
    </form>`;
    expect(read()).toMatchObject({ 'patient.weightUnit': 'lb', 'drug.doseUnit': 'mg' });
  });
});

describe('a select drawn over by a read-only box showing its choice', () => {
  /** a wrapper holding the box, a list of options and the select out of the tab order */
  const drawn = (label: string, shown: string, chosen: string, tabindex = ' tabindex="-1"') => `
    <div class="field"><div class="wrapper">
      <input type="text" readonly value="${shown}">
      <ul><li><span>Every 4 weeks</span></li><li><span>Every 8 weeks</span></li></ul>
      <div><select${tabindex}><option value="4"${chosen === '4' ? ' selected' : ''}>Every 4 weeks</option><option value="8"${chosen === '8' ? ' selected' : ''}>Every 8 weeks</option></select></div>
    </div><label>${label}</label></div>`;

  it('reads the select once, named by the label after the box, and nothing from its list', () => {
    document.body.innerHTML = `<form>${drawn('Frequency', 'Every 8 weeks', '8')}</form>`;
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks' });
    expect(mapped()[0]!.field.element.localName).toBe('select');
  });

  it('leaves both boxes fields when the read-only box shows something else or the select is in the tab order', () => {
    document.body.innerHTML = `<form>${drawn('Frequency', 'Every 4 weeks', '8')}</form>`;
    expect(collectFields(document).fields.map((f) => f.element.localName)).toEqual(['input', 'select']);
    document.body.innerHTML = `<form>${drawn('Frequency', 'Every 8 weeks', '8', '')}</form>`;
    expect(collectFields(document).fields.map((f) => f.element.localName)).toEqual(['input', 'select']);
  });
});

describe('what a custom select shows', () => {
  const combo = (inner: string, attrs = '') => {
    document.body.innerHTML = `<div role="combobox" ${attrs}>${inner}</div>`;
    return document.querySelector('[role=combobox]')!;
  };

  it('reads the chips of a MUI multiple Select as separate values', () => {
    const el = combo(
      '<div class="MuiBox-root"><div class="MuiChip-root"><span class="MuiChip-label">M04.1</span></div><div class="MuiChip-root"><span class="MuiChip-label">R50.9</span></div></div>',
      'class="MuiSelect-select MuiSelect-multiple" tabindex="0" aria-haspopup="listbox"',
    );
    expect(shownText(el)).toBe('M04.1, R50.9');
  });

  it('reads the choices behind "2 options selected" from the options its popup marks chosen, and keeps the count when they are not as many', () => {
    const popup = (chosen: string[]) =>
      `<ul id="pop" role="listbox" hidden>${['M04.1', 'M06.1', 'M04.8'].map((c) => `<li role="option" aria-selected="${chosen.includes(c)}">${c}</li>`).join('')}</ul>`;
    document.body.innerHTML = `<div role="combobox" aria-controls="pop">2 options selected</div>${popup(['M04.1', 'M06.1'])}`;
    const el = document.querySelector('[role=combobox]')!;
    expect(chosenBehindCount(el, '2 options selected')).toEqual(['M04.1', 'M06.1']);
    expect(chosenBehindCount(el, '3 items selected')).toBeNull();
    expect(chosenBehindCount(el, 'M04.1')).toBeNull();
  });

  it('keeps text split across inline elements as one value', () => {
    expect(shownText(combo('<span class="value">Every <b>4</b> weeks</span>'))).toBe('Every 4 weeks');
    expect(shownText(combo('<span><b>280</b> mg</span>'))).toBe('280 mg');
  });

  it('reads a custom select without the list of options open inside it', () => {
    const el = combo(
      `<span class="k-input-value-text">Every 4 weeks</span>
       <ul role="listbox"><li role="option" aria-selected="true">Every 4 weeks</li><li role="option" aria-selected="false">Every 8 weeks</li></ul>
       <div role="menu"><div role="menuitem">Clear</div></div>`,
    );
    expect(shownText(el)).toBe('Every 4 weeks');
  });

  it('reads nothing from a select whose own element is marked as the placeholder (PrimeNG p-select)', () => {
    const el = combo('Select a frequency', 'class="p-select-label p-placeholder" aria-haspopup="listbox"');
    expect(shownText(el)).toBe('');
  });

  it('reads nothing from the word PrimeNG shows in an empty dropdown', () => {
    expect(shownText(combo('<span class="p-dropdown-label p-inputtext p-dropdown-label-empty">empty</span>'))).toBe('');
    expect(shownText(combo('Every 4 weeks', 'class="ng-not-empty x-hide-placeholder"'))).toBe('Every 4 weeks');
  });

  it.each([
    'Select…',
    'Select...',
    'Select a frequency',
    'Select frequency...',
    'Choose...',
    '-- Select --',
    'Please select',
    'Nothing selected',
  ])('takes %j for a prompt, not a value', (text) => expect(isPlaceholderText(text)).toBe(true));

  it.each(['month/day/year', 'mm/dd/yyyy', 'MM/DD/YYYY', 'dd.mm.yyyy', 'm/d/yyyy'])('takes %j for an empty date box’s mask', (text) =>
    expect(isPlaceholderText(text)).toBe(true),
  );

  it.each([
    'Every 4 weeks',
    'Selected by the patient',
    'Select Health',
    'Choose Home Infusion',
    'mg/dL',
    '04/day/year',
    '12/01/2025',
    'Day 1',
  ])('takes %j for a value', (text) => expect(isPlaceholderText(text)).toBe(false));

  it("reads a Kendo dropdownlist's default item and PrimeNG's placeholder as nothing", () => {
    document.body.innerHTML = `<form>
      <label for="freq">Frequency</label>
      <kendo-dropdownlist class="k-dropdownlist k-picker k-picker-md" role="combobox" id="freq" aria-haspopup="listbox" aria-expanded="false" tabindex="0">
        <span class="k-input-inner" unselectable="on"><span class="k-input-value-text">Select frequency...</span></span>
        <button type="button" tabindex="-1" class="k-input-button k-button k-icon-button" aria-label="select"><span class="k-button-icon k-icon k-svg-icon k-svg-i-caret-alt-down"><svg aria-hidden="true"></svg></span></button>
      </kendo-dropdownlist>
      <label for="pos">Place of service</label>
      <p-select class="p-select p-component p-inputwrapper"><span class="p-select-label p-placeholder" role="combobox" id="pos" aria-haspopup="listbox" aria-expanded="false" tabindex="0">Select a place of service</span>
        <div class="p-select-dropdown" role="button" aria-label="dropdown trigger" aria-haspopup="listbox"><svg aria-hidden="true"></svg></div></p-select>
    </form>`;
    expect(read()).toMatchObject({ 'drug.frequency': '', 'drug.placeOfService': '' });
  });

  it('reads an empty Kendo datepicker as empty, not as its format mask', () => {
    document.body.innerHTML = `<form><label for="crpDate">CRP collection date</label>
      <kendo-datepicker class="k-datepicker k-input k-input-md"><kendo-dateinput class="k-dateinput">
        <input role="combobox" id="crpDate" class="k-input-inner" autocomplete="off" aria-haspopup="grid" aria-expanded="false" value="month/day/year"></kendo-dateinput>
        <button type="button" class="k-input-button k-button" aria-label="Toggle calendar"><span class="k-icon k-svg-icon k-svg-i-calendar"><svg aria-hidden="true"></svg></span></button>
      </kendo-datepicker></form>`;
    expect(read()).toEqual({ 'labs.crpDate': '' });
    (document.getElementById('crpDate') as HTMLInputElement).value = '04/15/2026';
    expect(read()).toEqual({ 'labs.crpDate': '04/15/2026' });
  });
});

/** react-select v5: the focus input holds the search; the chosen label shows in a div before it. */
const reactSelect = (id: string, label: string, values: string[], multi = false) => `
  <label for="${id}-input">${label}</label>
  <div class="css-b62m3t-container">
    <span id="react-select-${id}-live-region" class="css-1f43avz-a11yText-A11yText"></span>
    <div class="css-13cymwt-control"><div class="css-hlgwow">
      ${
        values.length === 0
          ? '<div class="css-1jqq78o-placeholder" id="react-select-2-placeholder">Select...</div>'
          : multi
            ? values
                .map(
                  (v) =>
                    `<div class="css-1p3m7a8-multiValue"><div class="css-9jq23d">${v}</div><div role="button" class="css-v7duua" aria-label="Remove ${v}"><svg height="14" width="14" viewBox="0 0 20 20" aria-hidden="true" focusable="false" class="css-tj5bde-Svg"><path d="M14 12z"></path></svg></div></div>`,
                )
                .join('')
            : `<div class="css-1dimb5e-singleValue">${values[0]}</div>`
      }
      <div class="css-19bb58m" data-value=""><input id="${id}-input" type="text" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-haspopup="true" autocapitalize="none" autocomplete="off" spellcheck="false" tabindex="0" value=""></div>
    </div><div class="css-1wy0on6"><span class="css-1u9des2-indicatorSeparator"></span><div class="css-1xc3v61-indicatorContainer" aria-hidden="true"><svg height="20" width="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false"><path d="M4 8z"></path></svg></div></div></div>
    ${values.map((v) => `<input name="${id}" type="hidden" value="${v.toLowerCase()}">`).join('')}
  </div>`;

describe('select-like widgets whose input holds only the search', () => {
  it("reads react-select's shown value, not its empty search box or the hidden input's option value", () => {
    document.body.innerHTML = `<form>${reactSelect('drug', 'Drug name', ['Ilaris'])}${reactSelect('dx', 'Diagnosis codes', ['M04.1', 'R50.9'], true)}</form>`;
    expect(collectFields(document).fields).toHaveLength(2);
    expect(read()).toEqual({ 'drug.name': 'Ilaris', 'diagnosis.codes.0': 'M04.1, R50.9' });
  });

  it('reads an empty react-select as empty, not as its placeholder', () => {
    document.body.innerHTML = `<form>${reactSelect('drug', 'Drug name', [])}</form>`;
    expect(read()).toEqual({ 'drug.name': '' });
  });

  it('reads what is typed into an autocomplete that shows no value beside it, never its label or error message', () => {
    document.body.innerHTML = `<form><div class="field"><span class="caption">Drug name</span>
      <div class="typeahead"><input id="q" role="combobox" aria-autocomplete="list" aria-expanded="false" value="">
        <div class="typeahead-error" role="alert">Enter a drug name</div></div></div></form>`;
    expect(read()).toEqual({ 'drug.name': '' });
    (document.getElementById('q') as HTMLInputElement).value = 'Ilaris';
    expect(read()).toEqual({ 'drug.name': 'Ilaris' });
  });

  it('reads neither the help text nor the error message beside a typeahead as its value', () => {
    document.body.innerHTML = `<form><div class="row">
      <div class="col-3"><label for="drug" class="col-form-label">Drug name</label></div>
      <div class="col-9"><input id="drug" class="form-control is-invalid" type="text" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-describedby="drugHelp" value="">
        <small id="drugHelp" class="form-text text-muted">Start typing the brand or generic name</small>
        <div class="invalid-feedback">Please choose a drug.</div>
        <span class="visually-hidden">Suggestions appear below</span></div></div></form>`;
    expect(read()).toEqual({ 'drug.name': '' });
    (document.getElementById('drug') as HTMLInputElement).value = 'Ilaris';
    expect(read()).toEqual({ 'drug.name': 'Ilaris' });
  });

  it("reads antd's selection item, also while a search is typed, and its placeholder as nothing", () => {
    const antd = (id: string, label: string, shown: string) => `
      <div class="ant-form-item"><div class="ant-row ant-form-item-row">
        <div class="ant-col ant-form-item-label"><label for="${id}" class="ant-form-item-required" title="${label}">${label}</label></div>
        <div class="ant-col ant-form-item-control"><div class="ant-form-item-control-input"><div class="ant-form-item-control-input-content">
          <div class="ant-select ant-select-outlined ant-select-single ant-select-show-arrow"><div class="ant-select-selector"><span class="ant-select-selection-wrap">
            <span class="ant-select-selection-search"><input type="search" id="${id}" autocomplete="off" class="ant-select-selection-search-input" role="combobox" aria-expanded="false" aria-haspopup="listbox" aria-owns="${id}_list" aria-autocomplete="list" aria-controls="${id}_list" readonly unselectable="on" value=""></span>
            ${shown}</span></div>
            <span class="ant-select-arrow" unselectable="on" aria-hidden="true"><span role="img" aria-label="down" class="anticon anticon-down ant-select-suffix"><svg aria-hidden="true"></svg></span></span></div>
        </div></div></div></div></div>`;
    document.body.innerHTML = `<form>
      ${antd('pa_frequency', 'Frequency', '<span class="ant-select-selection-item" title="Every 4 weeks">Every 4 weeks</span>')}
      ${antd('pa_drug', 'Drug name', '<span class="ant-select-selection-placeholder">Select a drug</span>')}</form>`;
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks', 'drug.name': '' });
    // antd hides the chosen item while a search is typed; the chosen value stands until another is chosen
    const search = document.getElementById('pa_frequency') as HTMLInputElement;
    search.value = 'Ev';
    expect(read()).toMatchObject({ 'drug.frequency': 'Every 4 weeks' });
  });

  it("reads antd's multiple selection items as the diagnosis codes", () => {
    const item = (c: string) =>
      `<div class="ant-select-selection-overflow-item" style="opacity: 1;"><span class="ant-select-selection-item" title="${c}"><span class="ant-select-selection-item-content">${c}</span><span class="ant-select-selection-item-remove" unselectable="on" aria-hidden="true" style="user-select: none;"><span role="img" aria-label="close" class="anticon anticon-close"><svg aria-hidden="true"></svg></span></span></span></div>`;
    document.body.innerHTML = `<form><label for="dx" title="ICD-10 codes">ICD-10 codes</label>
      <div class="ant-select ant-select-multiple"><div class="ant-select-selector"><div class="ant-select-selection-overflow">
        ${item('M04.1')}${item('R50.9')}
        <div class="ant-select-selection-overflow-item ant-select-selection-overflow-item-suffix" style="opacity: 1;"><div class="ant-select-selection-search" style="width: 3px;">
          <input type="search" id="dx" autocomplete="off" class="ant-select-selection-search-input" role="combobox" aria-expanded="false" aria-haspopup="listbox" aria-owns="dx_list" aria-autocomplete="list" aria-controls="dx_list" value="" style="opacity: 0;">
          <span class="ant-select-selection-search-mirror" aria-hidden="true">&nbsp;</span></div></div>
      </div></div></div></form>`;
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, R50.9' });
  });

  it("reads ng-select's value label without its remove cross, and its placeholder as nothing", () => {
    const ngSelect = (id: string, label: string, value: string | null) => `
      <label for="${id}">${label}</label>
      <ng-select class="ng-select ng-select-single ng-select-searchable"><div class="ng-select-container${value ? ' ng-has-value' : ''}"><div class="ng-value-container">
        ${
          value
            ? `<div class="ng-value"><span class="ng-value-icon left" role="button" aria-label="Remove ${value}" aria-hidden="false">×</span><span class="ng-value-label">${value}</span></div>`
            : '<div class="ng-placeholder">Select frequency</div>'
        }
        <div class="ng-input"><input role="combobox" aria-autocomplete="list" aria-expanded="false" id="${id}" type="text" autocomplete="a1b2c3"></div>
      </div><span class="ng-clear-wrapper" title="Clear all"><span aria-hidden="true" class="ng-clear">×</span></span><span class="ng-arrow-wrapper"><span class="ng-arrow"></span></span></div></ng-select>`;
    document.body.innerHTML = `<form>${ngSelect('freq', 'Frequency', 'Every 4 weeks')}${ngSelect('pos', 'Place of service', null)}</form>`;
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks', 'drug.placeOfService': '' });
  });

  it("reads Element Plus's chosen value from its placeholder element, and a dimmed placeholder as nothing", () => {
    const elSelect = (id: string, label: string, shown: string, empty: boolean) => `
      <div class="el-form-item"><label id="${id}-label" for="${id}" class="el-form-item__label">${label}</label>
        <div class="el-form-item__content"><div class="el-select el-select--default"><div class="el-select__wrapper">
          <div class="el-select__selection">
            <div class="el-select__selected-item el-select__input-wrapper is-hidden"><input type="text" id="${id}" class="el-select__input" role="combobox" readonly autocomplete="off" tabindex="0" aria-autocomplete="none" aria-haspopup="listbox" aria-expanded="false" aria-controls="el-id-1-${id}" aria-labelledby="${id}-label" spellcheck="false"></div>
            <div class="el-select__selected-item el-select__placeholder${empty ? ' is-transparent' : ''}"><span>${shown}</span></div>
          </div>
          <div class="el-select__suffix"><i class="el-icon el-select__caret el-select__icon"><svg viewBox="0 0 1024 1024"><path d="M831 340z"></path></svg></i></div>
        </div></div></div></div>`;
    document.body.innerHTML = `<form class="el-form">${elSelect('freq', 'Frequency', 'Every 4 weeks', false)}${elSelect('pos', 'Place of service', 'Choose the place', true)}</form>`;
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks', 'drug.placeOfService': '' });
  });

  it("reads a PrimeNG 14 dropdown's label beside its hidden readonly input", () => {
    const dropdown = (id: string, shown: string) => `
      <p-dropdown><div class="p-dropdown p-component">
        <div class="p-hidden-accessible"><input id="${id}" type="text" readonly aria-haspopup="listbox" role="combobox"></div>
        ${shown}
        <div class="p-dropdown-trigger" role="button" aria-label="dropdown trigger" aria-haspopup="listbox"><span class="p-dropdown-trigger-icon pi pi-chevron-down"></span></div>
      </div></p-dropdown>`;
    document.body.innerHTML = `<form><h3>C-reactive protein</h3>
      <label for="crp">CRP value</label><input id="crp" value="45">
      <label for="crpUnit">CRP unit</label>${dropdown('crpUnit', '<span class="p-dropdown-label p-inputtext">mg/L</span>')}
      <label for="freq">Frequency</label>${dropdown('freq', '<span class="p-dropdown-label p-inputtext p-placeholder">Select a frequency</span>')}
    </form>`;
    expect(read()).toMatchObject({ 'labs.crpValue': '45', 'labs.crpUnit': 'mg/L', 'drug.frequency': '' });
  });

  it("reads a Kendo multiselect's chips from the taglist beside its input", () => {
    const chip = (c: string) =>
      `<div class="k-chip k-chip-md k-rounded-md k-chip-solid k-chip-solid-base" role="option" aria-selected="true"><span class="k-chip-content"><span class="k-chip-label k-text-ellipsis">${c}</span></span><span class="k-chip-actions"><span class="k-chip-action k-chip-remove-action" aria-hidden="true"><span class="k-icon k-svg-icon k-svg-i-x-circle"><svg aria-hidden="true"></svg></span></span></span></div>`;
    document.body.innerHTML = `<form><label for="dx">Diagnosis codes</label>
      <kendo-multiselect class="k-multiselect k-input k-input-md">
        <kendo-taglist class="k-input-values k-chip-list k-selection-multiple" role="listbox" id="k-taglist-1" aria-orientation="horizontal">${chip('M04.1')}${chip('R50.9')}</kendo-taglist>
        <kendo-searchbar class="k-searchbar"><input id="dx" role="combobox" class="k-input-inner" aria-describedby="k-taglist-1" aria-haspopup="listbox" aria-expanded="false" value=""></kendo-searchbar>
        <span class="k-clear-value" role="button" aria-label="clear" tabindex="-1"><span class="k-icon k-svg-icon k-svg-i-x"><svg aria-hidden="true"></svg></span></span>
      </kendo-multiselect></form>`;
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, R50.9' });
  });

  it("reads a PrimeNG 14 multiple autocomplete's tokens", () => {
    const token = (c: string) =>
      `<li class="p-autocomplete-token"><span class="p-autocomplete-token-label">${c}</span><span class="p-autocomplete-token-icon pi pi-times-circle"></span></li>`;
    document.body.innerHTML = `<form><label for="dx">ICD-10 codes</label>
      <p-autocomplete><span class="p-autocomplete p-component p-autocomplete-multiple"><ul class="p-autocomplete-multiple-container p-component p-inputtext">
        ${token('M04.1')}${token('R50.9')}
        <li class="p-autocomplete-input-token"><input type="text" id="dx" autocomplete="off" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-haspopup="true" aria-controls="pn_id_1_list"></li>
      </ul></span></p-autocomplete></form>`;
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, R50.9' });
  });

  it("reads MUI Autocomplete's chips past its limitTags count", () => {
    const chip = (c: string, i: number) =>
      `<div class="MuiChip-root MuiAutocomplete-tag" role="button" tabindex="-1" data-tag-index="${i}"><span class="MuiChip-label">${c}</span><svg class="MuiChip-deleteIcon" data-testid="CancelIcon" aria-hidden="true"></svg></div>`;
    document.body.innerHTML = `<form><div class="MuiAutocomplete-root"><div class="MuiFormControl-root">
      <label for="codes" id="codes-label">ICD-10 codes</label>
      <div class="MuiInputBase-root MuiAutocomplete-inputRoot">
        ${chip('M06.1', 0)}${chip('M08.2', 1)}<span class="MuiAutocomplete-tag MuiAutocomplete-tagSizeMedium">+1</span>
        <input id="codes" role="combobox" aria-autocomplete="list" aria-expanded="false" class="MuiAutocomplete-input" value="">
        <div class="MuiAutocomplete-endAdornment"><button class="MuiAutocomplete-clearIndicator" aria-label="Clear" title="Clear"><svg aria-hidden="true"></svg></button></div>
        <fieldset aria-hidden="true" class="MuiOutlinedInput-notchedOutline"><legend><span>ICD-10 codes</span></legend></fieldset>
      </div></div></div></form>`;
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M06.1, M08.2' });
  });

  it('reads a MUI multiple Select showing chips as the diagnosis codes', () => {
    document.body.innerHTML = `<form>${muiSelect(
      'dx',
      'ICD-10 codes',
      '<div class="MuiBox-root"><div class="MuiChip-root"><span class="MuiChip-label">M04.1</span></div><div class="MuiChip-root"><span class="MuiChip-label">R50.9</span></div></div>',
    )}</form>`;
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, R50.9' });
  });
});

describe('choosing in a custom select', () => {
  /** A select that opens its options in an overlay at the end of body on click, as cdk overlays do. */
  function customSelect(): HTMLElement {
    document.body.innerHTML = `<form><label for="x">Dose</label><input id="x" value="150">${matSelect('u', 'Dose unit', 'mL')}</form>`;
    const combo = document.getElementById('u')!;
    combo.addEventListener('click', () => {
      combo.setAttribute('aria-expanded', 'true');
      combo.setAttribute('aria-controls', 'u-panel');
      const overlay = document.createElement('div');
      overlay.className = 'cdk-overlay-container';
      overlay.innerHTML = `<div role="listbox" id="u-panel">${['mg', 'mL'].map((o) => `<mat-option role="option"><span>${o}</span></mat-option>`).join('')}</div>`;
      overlay.querySelectorAll('[role=option]').forEach((o) =>
        o.addEventListener('click', () => {
          combo.querySelector('.mat-mdc-select-min-line')!.textContent = o.textContent;
          combo.setAttribute('aria-expanded', 'false');
          combo.removeAttribute('aria-controls');
          overlay.remove();
        }),
      );
      document.body.append(overlay);
    });
    return combo;
  }

  it('opens it and clicks the option, as a person would', async () => {
    customSelect();
    const unit = mapped().find((m) => m.path === 'drug.doseUnit')!;
    expect(await applyValue(unit.field, 'mg')).toBe(true);
    expect(readValue(unit.field)).toBe('mg');
    expect(document.querySelector('.cdk-overlay-container')).toBeNull();
  });

  it('says so when no option matches', async () => {
    customSelect();
    const unit = mapped().find((m) => m.path === 'drug.doseUnit')!;
    expect(await applyValue(unit.field, 'mcg')).toBe(false);
    expect(readValue(unit.field)).toBe('mL');
  });
});

describe('choosing in a select-like widget whose input holds a search', () => {
  /** react-select as it behaves: typing opens a listbox of matching options; a click chooses one and clears the search. */
  function reactSelectBehaving(shown: string): HTMLInputElement {
    document.body.innerHTML = `<form>${reactSelect('freq', 'Frequency', [shown])}</form>`;
    const input = document.getElementById('freq-input') as HTMLInputElement;
    const control = input.closest('.css-13cymwt-control')!;
    input.addEventListener('input', () => {
      document.getElementById('menu')?.remove();
      if (!input.value) return;
      input.setAttribute('aria-expanded', 'true');
      input.setAttribute('aria-controls', 'menu');
      const menu = document.createElement('div');
      menu.id = 'menu';
      menu.className = 'css-1nmdiq5-menu';
      const matching = ['Every 4 weeks', 'Every 8 weeks'].filter((o) => o.toLowerCase().includes(input.value.toLowerCase()));
      menu.innerHTML = `<div role="listbox" class="css-1n6sfyn-MenuList">${matching.map((o, i) => `<div role="option" aria-selected="false" id="opt-${i}" class="css-10wo9uf-option" tabindex="-1">${o}</div>`).join('')}</div>`;
      menu.querySelectorAll('[role=option]').forEach((o) =>
        o.addEventListener('click', () => {
          control.querySelector('.css-1dimb5e-singleValue')!.textContent = o.textContent;
          input.value = '';
          input.setAttribute('aria-expanded', 'false');
          menu.remove();
        }),
      );
      input.closest('.css-b62m3t-container')!.append(menu);
    });
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') document.getElementById('menu')?.remove();
    });
    return input;
  }

  it('types the value into its search and clicks the option, as a person would', async () => {
    const input = reactSelectBehaving('Every 8 weeks');
    const frequency = mapped().find((m) => m.path === 'drug.frequency')!;
    expect(await applyValue(frequency.field, 'Every 4 weeks')).toBe(true);
    expect(readValue(frequency.field)).toBe('Every 4 weeks');
    expect(input.value).toBe('');
    expect(document.getElementById('menu')).toBeNull();
  });

  it('leaves no search typed and the chosen value standing when no option shows the value', async () => {
    const input = reactSelectBehaving('Every 8 weeks');
    const frequency = mapped().find((m) => m.path === 'drug.frequency')!;
    expect(await applyValue(frequency.field, 'Every 6 weeks')).toBe(false);
    expect(readValue(frequency.field)).toBe('Every 8 weeks');
    expect(input.value).toBe('');
    expect(document.getElementById('menu')).toBeNull();
  });

  it("opens antd's readonly select and clicks its drawn option, not the list for assistive technology", async () => {
    document.body.innerHTML = `<form><label for="pos">Place of service</label>
      <div class="ant-select ant-select-single"><div class="ant-select-selector"><span class="ant-select-selection-wrap">
        <span class="ant-select-selection-search"><input type="search" id="pos" class="ant-select-selection-search-input" role="combobox" aria-expanded="false" aria-haspopup="listbox" aria-controls="pos_list" readonly unselectable="on" value=""></span>
        <span class="ant-select-selection-item" title="22 - Outpatient hospital">22 - Outpatient hospital</span></span></div></div></form>`;
    const input = document.getElementById('pos') as HTMLInputElement;
    const item = document.querySelector('.ant-select-selection-item')!;
    input.closest('.ant-select-selector')!.addEventListener('mousedown', () => {
      if (document.querySelector('.ant-select-dropdown')) return;
      input.setAttribute('aria-expanded', 'true');
      const labels = { '11': '11 - Office', '22': '22 - Outpatient hospital' };
      const dropdown = document.createElement('div');
      dropdown.className = 'ant-select-dropdown';
      dropdown.innerHTML = `<div role="listbox" id="pos_list" style="height: 0; width: 0; overflow: hidden;">${Object.keys(labels)
        .map((v) => `<div role="option" aria-selected="false">${v}</div>`)
        .join('')}</div><div class="rc-virtual-list">${Object.values(labels)
        .map(
          (l) =>
            `<div class="ant-select-item ant-select-item-option" title="${l}"><div class="ant-select-item-option-content">${l}</div></div>`,
        )
        .join('')}</div>`;
      dropdown.querySelectorAll('.ant-select-item-option').forEach((o) =>
        o.addEventListener('click', () => {
          item.textContent = o.getAttribute('title');
          item.setAttribute('title', o.getAttribute('title')!);
          dropdown.remove();
        }),
      );
      document.body.append(dropdown);
    });
    const place = mapped().find((m) => m.path === 'drug.placeOfService')!;
    expect(await applyValue(place.field, '11')).toBe(true);
    expect(readValue(place.field)).toBe('11 - Office');
  });
});

describe('writing a toggle group', () => {
  it('presses the button showing the value, as a person would', async () => {
    document.body.innerHTML = `<label for="w">Weight</label><input id="w" value="66">
      <div role="group" aria-label="Weight unit"><button type="button" aria-pressed="true">kg</button><button type="button" aria-pressed="false">lb</button></div>`;
    const buttons = Array.from(document.querySelectorAll('button'));
    for (const b of buttons) {
      b.addEventListener('click', () => buttons.forEach((o) => o.setAttribute('aria-pressed', String(o === b))));
    }
    const unit = mapped().find((m) => m.path === 'patient.weightUnit')!;
    expect(await applyValue(unit.field, 'lb')).toBe(true);
    expect(readValue(unit.field)).toBe('lb');
    expect(await applyValue(unit.field, 'st')).toBe(false);
  });
});

describe('chip lists', () => {
  const badge = (code: string) => `<span class="badge">${code}<button type="button" aria-label="Remove">×</button></span>`;

  it('reads the removable badges a tag input lists after its empty box', () => {
    document.body.innerHTML = `<label for="dx">ICD-10 codes</label><div><input id="dx"><datalist id="s"></datalist><div>${badge('M04.1')}${badge('M06.1')}</div></div>`;
    const read = qualifyFields(collectFields(document).fields, { maps: [], vocabulary: VOCABULARY, hostname: 'x' });
    expect(read.map((m) => [m.path, readValue(m.field)])).toEqual([['diagnosis.codes.0', 'M04.1, M06.1']]);
  });

  it('takes no badges after an empty box from the next field, nor badges typed into', () => {
    document.body.innerHTML = `<label for="dx">ICD-10 codes</label><input id="dx"><div><label for="n">Notes</label><input id="n" value="x">${badge('M04.1')}</div>`;
    const read = qualifyFields(collectFields(document).fields, { maps: [], vocabulary: VOCABULARY, hostname: 'x' });
    expect(read.find((m) => m.path === 'diagnosis.codes.0') && readValue(read.find((m) => m.path === 'diagnosis.codes.0')!.field)).toBe('');
  });

  it('reads every chip of an Angular Material chip grid as the diagnosis codes', () => {
    document.body.innerHTML = `<form><mat-form-field>
      <label class="mdc-floating-label" for="dx"><mat-label>Diagnosis codes (ICD-10)</mat-label></label>
      <mat-chip-grid role="grid" tabindex="0" aria-label="Diagnosis codes">
        ${['M04.2', 'M08.20']
          .map(
            (c) => `<mat-chip-row role="row" class="mat-mdc-chip-row">
              <span role="gridcell" class="mdc-evolution-chip__cell--primary"><span class="mdc-evolution-chip__action--primary" tabindex="-1"><span class="mdc-evolution-chip__text-label">${c}</span></span></span>
              <span role="gridcell" class="mdc-evolution-chip__cell--trailing"><button matchipremove class="mat-mdc-chip-remove" aria-label="remove ${c}"><mat-icon aria-hidden="true">cancel</mat-icon></button></span>
            </mat-chip-row>`,
          )
          .join('')}
        <input id="dx" class="mat-mdc-chip-input" placeholder="Add a code">
      </mat-chip-grid></mat-form-field></form>`;
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.2, M08.20' });
  });

  it('reads MUI Autocomplete chips and not a code still being typed (no chip until it is added)', () => {
    document.body.innerHTML = `<form>
      <div class="MuiAutocomplete-root"><div class="MuiFormControl-root">
        <label for="codes" id="codes-label">ICD-10 codes</label>
        <div class="MuiInputBase-root MuiAutocomplete-inputRoot">
          <div class="MuiChip-root MuiAutocomplete-tag" role="button" tabindex="-1" data-tag-index="0"><span class="MuiChip-label">M06.1</span><svg class="MuiChip-deleteIcon" data-testid="CancelIcon" aria-hidden="true"></svg></div>
          <input id="codes" role="combobox" aria-autocomplete="list" aria-expanded="false" class="MuiAutocomplete-input" value="M08.2">
        </div></div></div></form>`;
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M06.1' });
  });

  it('lends a search box no chips from a listbox of choices before it outside any combobox (a chip listbox of filters)', () => {
    document.body.innerHTML = `<form><label for="q">Search requests</label><div>
      <mat-chip-listbox role="listbox" aria-label="Status"><mat-chip-option role="option" aria-selected="true">Open</mat-chip-option><mat-chip-option role="option" aria-selected="false">Closed</mat-chip-option></mat-chip-listbox><input id="q" value=""></div></form>`;
    expect(collectFields(document).fields.find((f) => f.element.id === 'q')?.kind).toBe('text');
  });

  it('does not take a help button beside a field for a chip', () => {
    document.body.innerHTML = `<form><div><span>Member ID <button type="button" aria-label="What is this?">?</button></span><input id="m" value="U1234"></div></form>`;
    expect(collectFields(document).fields.map((f) => f.kind)).toEqual(['text']);
  });

  it('removes a chip with its remove button and adds one by typing Enter', async () => {
    document.body.innerHTML = `<form><label for="dx">Diagnosis codes</label>
      <div role="grid" id="grid"></div></form>`;
    const grid = document.getElementById('grid')!;
    // a minimal chip list: Enter in the input adds a chip, a chip's button removes it
    const render = (codes: string[]) => {
      grid.replaceChildren(
        ...codes.map((c) => {
          const row = document.createElement('div');
          row.setAttribute('role', 'row');
          row.innerHTML = `<span role="gridcell">${c}</span><span role="gridcell"><button aria-label="remove ${c}">x</button></span>`;
          row.querySelector('button')!.addEventListener('click', () => render(codes.filter((x) => x !== c)));
          return row;
        }),
        input,
      );
    };
    const input = document.createElement('input');
    input.id = 'dx';
    input.addEventListener('keydown', (e) => {
      if (e.keyCode === 13 && input.value) {
        const codes = Array.from(grid.querySelectorAll('[role=row]'), (r) => r.firstElementChild!.textContent!);
        input.value = '';
        render([...codes, (e.target as HTMLInputElement).value || (input.dataset.pending ?? '')]);
      }
    });
    input.addEventListener('input', () => (input.dataset.pending = input.value));
    render(['E85.0', 'M04.2']);
    const [field] = mapped();
    expect(field?.field.kind).toBe('chips');
    expect(await applyValue(field!.field, 'M04.1, M04.2')).toBe(true);
    expect(readValue(field!.field)).toBe('M04.2, M04.1');
  });
});

describe('split dates', () => {
  it.each([
    ['Month', 'month'],
    ['MM', 'month'],
    ['mon.', 'month'],
    ['dob_year', 'year'],
    ['dobDay', 'day'],
    ['Birth date (YYYY)', 'year'],
    ['DD:', 'day'],
    ['yr', 'year'],
    ['Day of the month', 'day'],
  ] as const)('names the part of a date box labelled %j: %s', (text, part) => {
    expect(datePartOf([text])).toBe(part);
  });

  it.each(['Doses per day of treatment', 'Remark 12', 'Dose (mg)', 'Birthday', 'Payer', 'g1234', '2024'])(
    'names no date part for %j',
    (text) => {
      expect(datePartOf([text])).toBeNull();
    },
  );

  it('takes the first text that names a part', () => {
    expect(datePartOf([null, 'Date of birth', 'dob_dd'])).toBe('day');
  });

  it('reads a USWDS memorable date (month select, day, year) as one date of birth', () => {
    document.body.innerHTML = `<form><fieldset class="usa-fieldset"><legend class="usa-legend">Date of birth</legend>
      <span class="usa-hint" id="mdHint">For example: January 19 2000</span>
      <div class="usa-memorable-date">
        <div class="usa-form-group usa-form-group--month"><label class="usa-label" for="dob_month">Month</label>
          <select class="usa-select" id="dob_month" name="dob_month" aria-describedby="mdHint"><option value>- Select -</option><option value="1">01 - January</option><option value="4">04 - April</option></select></div>
        <div class="usa-form-group usa-form-group--day"><label class="usa-label" for="dob_day">Day</label>
          <input class="usa-input" id="dob_day" name="dob_day" maxlength="2" inputmode="numeric" value="15"></div>
        <div class="usa-form-group usa-form-group--year"><label class="usa-label" for="dob_year">Year</label>
          <input class="usa-input" id="dob_year" name="dob_year" maxlength="4" inputmode="numeric" value="1980"></div>
      </div></fieldset>
      <label for="w">Weight (kg)</label><input id="w"></form>`;
    (document.getElementById('dob_month') as HTMLSelectElement).value = '4';
    expect(read()).toMatchObject({ 'patient.dob': '04/15/1980' });
    expect(collectFields(document).fields.map((f) => f.kind)).toEqual(['date-parts', 'text']);
  });

  it('writes a month chosen by its name as a date in words ("Mar 14, 1988"), which the parser reads', () => {
    document.body.innerHTML = `<form><label>Date of birth</label><div>
      <select name="dob_month" aria-label="Month"><option value="">Month</option><option value="Mar" selected>Mar</option></select>
      <input name="dob_day" aria-label="Day" value="14"><input name="dob_year" aria-label="Year" value="1988"></div></form>`;
    expect(read()).toMatchObject({ 'patient.dob': 'Mar 14, 1988' });
  });

  it('reads GOV.UK-style Day / Month / Year boxes in their order, and an empty group as empty', () => {
    document.body.innerHTML = `<form>
      <div class="row"><span>CRP collection date</span>
        <div class="date-input" id="crpd">
          <div><label for="crpd-day">Day</label><input id="crpd-day" name="crpd-day"></div>
          <div><label for="crpd-month">Month</label><input id="crpd-month" name="crpd-month"></div>
          <div><label for="crpd-year">Year</label><input id="crpd-year" name="crpd-year"></div>
        </div></div></form>`;
    expect(read()).toEqual({ 'labs.crpDate': '' });
    (document.getElementById('crpd-day') as HTMLInputElement).value = '3';
    (document.getElementById('crpd-month') as HTMLInputElement).value = '11';
    (document.getElementById('crpd-year') as HTMLInputElement).value = '2026';
    expect(read()).toEqual({ 'labs.crpDate': '11/3/2026' });
  });

  it('writes a date into each box', async () => {
    document.body.innerHTML = `<form><fieldset><legend>Date of birth</legend>
      <input id="m" placeholder="MM" maxlength="2"> / <input id="d" placeholder="DD" maxlength="2"> / <input id="y" placeholder="YYYY" maxlength="4">
      </fieldset></form>`;
    const [field] = mapped();
    expect(field?.path).toBe('patient.dob');
    expect(await applyValue(field!.field, '2/28/1980')).toBe(true);
    expect(['m', 'd', 'y'].map((id) => (document.getElementById(id) as HTMLInputElement).value)).toEqual(['02', '28', '1980']);
  });

  it('writes a date into a month select as the option it reads back', async () => {
    document.body.innerHTML = `<form><fieldset><legend>Date of birth</legend>
      <label for="m">Month</label><select id="m"><option value>- Select -</option><option value="1">01 - January</option><option value="2">02 - February</option></select>
      <label for="d">Day</label><input id="d"><label for="y">Year</label><input id="y"></fieldset></form>`;
    const [field] = mapped();
    expect(await applyValue(field!.field, '2/28/1980')).toBe(true);
    expect((document.getElementById('m') as HTMLSelectElement).value).toBe('2');
    expect(readValue(field!.field)).toBe('02/28/1980');
  });

  it('leaves a "Doses per day" box beside other fields alone', () => {
    document.body.innerHTML = `<form><div><label for="a">Doses per day</label><input id="a"><label for="b">Dose</label><input id="b"><label for="c">Year</label><input id="c"></div></form>`;
    expect(collectFields(document).fields.map((f) => f.kind)).toEqual(['text', 'text', 'text']);
  });
});

describe('labels that name two things', () => {
  it('reads "Drug name and strength" as the drug, not the dose', () => {
    document.body.innerHTML = `<form><label for="a">Drug name and strength</label><input id="a" value="Ilaris 150 mg/mL">
      <label for="b">Dose</label><input id="b" value="150"></form>`;
    expect(read()).toEqual({ 'drug.name': 'Ilaris 150 mg/mL', 'drug.dose': '150' });
  });
});

describe('the request boundary', () => {
  it("ignores a lookup panel's Member ID and date of birth outside the PA form", () => {
    document.body.innerHTML = `
      <header><nav><a href="/">Home</a></nav></header>
      <aside class="lookup"><h2>Patient lookup</h2>
        <label for="q1">Member ID</label><input id="q1" value="X999">
        <label for="q2">Date of Birth</label><input id="q2" value="13/45/2030">
        <button type="button">Search</button></aside>
      <form><h2>Precertification</h2>
        <label for="m">Member ID</label><input id="m" value="U1234">
        <label for="d">Date of birth</label><input id="d" value="04/15/1980">
        <label for="n">Drug name</label><input id="n" value="Ilaris">
        <label for="o">Dose</label><input id="o" value="150"></form>`;
    expect(read()).toEqual({ 'patient.memberId': 'U1234', 'patient.dob': '04/15/1980', 'drug.name': 'Ilaris', 'drug.dose': '150' });
  });

  it("keeps a search box that is part of the request's own form", () => {
    document.body.innerHTML = `<form>
      <label for="m">Member ID</label><input id="m" value="U1234">
      <div class="row"><label for="n">Drug name</label><input id="n" value="Ilaris"><button type="button">Search drugs</button></div>
      <label for="o">Dose</label><input id="o" value="150"></form>`;
    expect(read()).toEqual({ 'patient.memberId': 'U1234', 'drug.name': 'Ilaris', 'drug.dose': '150' });
  });

  it('reads every field of a short step with a search button in it', () => {
    document.body.innerHTML = `<form><label for="n">Drug name</label><input id="n" value="Ilaris"><button>Find drug</button>
      <label for="o">Dose</label><input id="o" value="150"></form>`;
    expect(read()).toEqual({ 'drug.name': 'Ilaris', 'drug.dose': '150' });
  });
});

describe('repeating cards', () => {
  it('reads each "Medication n" card as its own prior therapy, apart from the requested drug', () => {
    const card = (n: number, drug: string) => `<section class="card"><h3>Medication ${n}</h3>
      <label for="d${n}">Drug name</label><input id="d${n}" value="${drug}">
      <label for="s${n}">Start date</label><input id="s${n}" value="01/01/2025">
      <label for="r${n}">Reason stopped</label><input id="r${n}" value="inadequate response"></section>`;
    document.body.innerHTML = `<form><h2>Requested medication</h2><label for="n">Drug name</label><input id="n" value="Ilaris">
      <h2>Prior therapies</h2>${card(1, 'colchicine')}${card(2, 'anakinra')}</form>`;
    expect(read()).toMatchObject({
      'drug.name': 'Ilaris',
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.1.drug': 'anakinra',
      'priorTherapies.1.outcome': 'inadequate response',
    });
  });
});

describe('titled cards', () => {
  it("names a Bootstrap card's fields by its header, not by the heading before the cards", () => {
    const card = (title: string, body: string) =>
      `<div class="card"><div class="card-header">${title}</div><div class="card-body">${body}</div></div>`;
    const therapy = (n: number, drug: string) =>
      card(
        `Medication ${n}`,
        `<label for="d${n}">Drug name</label><input id="d${n}" value="${drug}"><label for="s${n}">Start date</label><input id="s${n}" value="01/01/2025"><label for="e${n}">End date</label><input id="e${n}" value="06/01/2025">`,
      );
    document.body.innerHTML = `<form><h2>Medication history</h2>${therapy(1, 'colchicine')}${therapy(2, 'anakinra')}
      ${card('Requested medication', '<label for="n">Drug name</label><input id="n" value="Ilaris"><label for="o">Dose</label><input id="o" value="150"><label for="u">Billing units</label><input id="u" value="150">')}</form>`;
    expect(read()).toMatchObject({
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.1.drug': 'anakinra',
      'drug.name': 'Ilaris',
      'drug.dose': '150',
    });
  });

  it("reads a table's column-header row as columns, not as a card title (WebForms GridView)", () => {
    document.body.innerHTML = `<form><table><tr><td class="hdr">Prior Therapies</td></tr><tr><td><div><table>
      <tr><th scope="col">Drug</th><th scope="col">Dose</th><th scope="col">Outcome</th></tr>
      <tr><td><input id="a" value="colchicine"></td><td><input id="b" value="0.6 mg"></td><td><input id="c" value="failed"></td></tr>
      </table></div></td></tr></table></form>`;
    expect(read()).toEqual({
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.0.dose': '0.6 mg',
      'priorTherapies.0.outcome': 'failed',
    });
  });
});
