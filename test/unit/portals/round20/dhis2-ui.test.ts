import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, ISO_THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * DHIS2 UI 10.17 (dhis2/ui at f37cab0; styled-jsx, so the `jsx-…` classes below are hashed stand-ins):
 * - components/field/src/field/field.js: `div[data-test=<dataTest>]` > `label[for=<name>][data-test=…-label]`
 *   (components/label/src/label.js: `span` text + required/src `span` "*") + `div[data-test=…-content]` >
 *   the control, then the help `p[data-test=…-help]` and the validation `p.error[data-test=…-validation]`
 *   (components/help/src/help.js). `for` is the field's `name`, so a field given no name has a label linked
 *   to nothing (SingleSelectField/MultiSelectField pass none).
 * - components/input/src/input/input.js: `div.input[data-test=dhis2-uicore-input]` > `input[id=name][name]`
 *   (+ components/status-icon for error). components/calendar/src/calendar-input/calendar-input.js:
 *   `div.calendar-input-wrapper` > an InputField type=text holding "YYYY-MM-DD" (label "Pick a date" unless
 *   given); open, a Layer portalled to the end of body holds a Popper with `div.calendar-wrapper` (month and
 *   year `select`s, a day table of `button[name=day]`).
 * - components/select/src/single-select + select/input-wrapper.js: `div.root` > `div[tabindex=0].root
 *   [data-test=dhis2-uicore-singleselect-input]` (no role, no input) > `div.root-children` > the selection
 *   text (or `div[data-test=…-placeholder]`) + chevron svg; multi-select/selection-list.js draws one Chip per
 *   value (components/chip/src: `span[data-test=dhis2-uicore-chip]` > content `span` + remove `span` holding
 *   an svg, no role, no chip class); open, the menu is a Layer (`div.layer` + `div.backdrop`) at the end of
 *   body > Popper `div[tabindex=0]` > `div[data-test=…-menuwrapper]` of SingleSelectOption `div[data-value]
 *   [data-label]` > `span.checkmark[aria-hidden]` + `span.content`.
 * - A radio group as field-set.prod.stories.js draws it: `fieldset` > `legend` (required "*") > a Field per
 *   components/radio/src/radio.js `label[data-test=dhis2-uicore-radio]` > `input[type=radio][name][value]` +
 *   `div.icon > svg` + the text; checkbox/src/checkbox likewise.
 * - components/table/src/data-table: `table[data-test=dhis2-uicore-datatable]` > `thead` > `tr` >
 *   `th.DataTableColumnHeader` > `span.container > span.top > span.content`, `tbody` > `tr` > `td` cells.
 */

const J = 'jsx-2480376011';
type F = { name?: string; required?: boolean; help?: string; error?: string; dataTest?: string };

function dhisField(label: string, control: string, o: F = {}): string {
  const dt = o.dataTest ?? 'dhis2-uicore-field';
  const labelEl = `<label${o.name ? ` for="${o.name}"` : ''} data-test="${dt}-label" class="${J}"><span class="${J}">${label}</span>${
    o.required ? `<span data-test="${dt}-label-required" class="jsx-1264318290">*</span>` : ''
  }</label>`;
  return `<div data-test="${dt}" class="${J}">${label ? labelEl : ''}<div data-test="${dt}-content" class="${J}">${control}</div>${o.help ? `<p data-test="${dt}-help" class="jsx-3436154312">${o.help}</p>` : ''}${
    o.error ? `<p data-test="${dt}-validation" class="jsx-3436154312 error">${o.error}</p>` : ''
  }</div>`;
}

const errorIcon =
  '<div class="jsx-1781434917"><svg height="24" viewBox="0 0 24 24" width="24" xmlns="http://www.w3.org/2000/svg" class="jsx-1781434917 error"><path d="M12 2C6.47 2 2 6.47 2 12s4.47 10 10 10 10-4.47 10-10S17.53 2 12 2z"></path></svg></div>';
const input = (name: string, value: string, o: { error?: boolean; type?: string; dense?: boolean } = {}) =>
  `<div class="jsx-4115939021 input" data-test="dhis2-uicore-input"><input id="${name}" name="${name}" type="${o.type ?? 'text'}" class="jsx-4115939021${o.dense ? ' dense' : ''}${o.error ? ' error' : ''}" value="${value}">${o.error ? errorIcon : ''}</div>`;
const inputField = (name: string, label: string, value: string, o: F = {}) =>
  dhisField(label, `<div class="${J}">${input(name, value, { error: !!o.error })}</div>`, {
    ...o,
    name,
    dataTest: 'dhis2-uiwidgets-inputfield',
  });

/** CalendarInput: an InputField type=text (given a name) holding YYYY-MM-DD */
const calendarInput = (name: string, label: string, value: string) =>
  `<div class="jsx-2990744474 calendar-input-wrapper">${dhisField(label, `<div class="${J}">${input(name, value)}</div>`, { name, dataTest: 'dhis2-uiwidgets-calendar-inputfield' })}</div>`;
const openCalendar = () =>
  `<div class="jsx-2016233213 layer fixed" data-test="dhis2-uicore-layer"><div class="jsx-2016233213 backdrop"></div><div data-test="dhis2-uicore-popper" style="position: absolute; inset: 0px auto auto 0px; transform: translate(24px, 180px);" data-popper-placement="bottom-start" tabindex="0"><div><div class="calendar-wrapper" dir="ltr" data-test="calendar"><div><div class="navigation-container"><div class="month"><div class="prev"><button name="previous-month" data-test="calendar-previous-month" type="button"><svg width="24" height="24"><path d="M15 6l-6 6 6 6"></path></svg></button></div><div class="monthList"><select class="month-select" data-test="calendar-month-select"><option value="October">October</option><option value="November" selected>November</option><option value="December">December</option></select></div><div class="next"><button data-test="calendar-next-month" name="next-month" type="button"><svg width="24" height="24"><path d="M9 6l6 6-6 6"></path></svg></button></div></div><div class="year"><div class="yearList"><select class="year-select" data-test="calendar-year-select"><option value="2025">2025</option><option value="2026" selected>2026</option></select></div></div></div><table class="calendar-table"><thead><tr><th>Mo</th><th>Tu</th><th>We</th></tr></thead><tbody><tr><td data-test="2026-11-02"><button name="day" class="day isSelected">2</button></td><td data-test="2026-11-03"><button name="day" class="day">3</button></td><td data-test="2026-11-04"><button name="day" class="day">4</button></td></tr></tbody></table></div></div></div></div></div>`;

const chevron =
  '<div class="jsx-3853250380 root-right"><svg height="16" viewBox="0 0 16 16" width="16" xmlns="http://www.w3.org/2000/svg"><path d="M8 10.5L4 6.5h8z"></path></svg></div>';
const chip = (text: string) =>
  `<span data-test="dhis2-uicore-chip" class="jsx-1562806290 dense"><span class="jsx-1562806290 overflow">${text}</span><span data-test="dhis2-uicore-chip-remove" class="jsx-2717148022"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16" class="jsx-2717148022"><path d="M11.29 3.29l1.42 1.42L9.41 8l3.3 3.29-1.42 1.42L8 9.41l-3.29 3.3-1.42-1.42L6.59 8 3.29 4.71l1.42-1.42L8 6.59z"></path></svg></span></span>`;

/** SingleSelectField / MultiSelectField: a focusable div showing the choice (or chips, or the placeholder) */
function selectField(label: string, chosen: string[], o: F & { multi?: boolean; placeholder?: string } = {}): string {
  const kind = o.multi ? 'multiselect' : 'singleselect';
  const shown = chosen.length
    ? `<div class="jsx-1281530424 root-input">${o.multi ? chosen.map(chip).join('') : `<div class="jsx-2694844498 root">${chosen[0]}</div>`}</div>`
    : `<div data-test="dhis2-uicore-${kind}-placeholder" class="jsx-1389434327">${o.placeholder ?? ''}</div>`;
  const control = `<div class="jsx-1136591612 root" data-test="dhis2-uicore-${kind}"><div class="jsx-1136591612 root-input"><div data-test="dhis2-uicore-${kind}"><div tabindex="0" data-test="dhis2-uicore-${kind}-input" class="jsx-3853250380 root${o.error ? ' error' : ''}"><div class="jsx-3853250380 root-children"><div class="jsx-1281530424 root">${shown}</div></div>${chevron}</div></div></div>${o.error ? errorIcon : ''}</div>`;
  return dhisField(label, `<div class="${J}">${control}</div>`, { ...o, dataTest: `dhis2-uiwidgets-${kind}field` });
}
const selectMenu = (options: string[], chosen: string) =>
  `<div class="jsx-2016233213 layer fixed" data-test="dhis2-uicore-layer"><div class="jsx-2016233213 backdrop"></div><div data-test="dhis2-uicore-popper" style="position: absolute; inset: 0px auto auto 0px; transform: translate(24px, 320px);" data-popper-placement="bottom-start" tabindex="0"><div data-test="dhis2-uicore-singleselect-menu-menuwrapper" class="jsx-1985936128">${options
    .map(
      (v) =>
        `<div class="jsx-3289285826${v === chosen ? ' active' : ''}" data-test="dhis2-uicore-singleselectoption" data-value="${v.toLowerCase().replace(/\W+/g, '_')}" data-label="${v}"><span class="jsx-3289285826 checkmark" aria-hidden="true"></span><span class="jsx-3289285826 content">${v}</span></div>`,
    )
    .join('')}</div></div></div>`;

/** SimpleSingleSelectField (components/select/src/simple-single-select*): the Field's label gets id
 *  `<name>-label` (no `for`), the `div[role=combobox][aria-labelledby]` shows the choice in
 *  `div.selected-option-label`; closed, its menu is not rendered */
const simpleSelect = (name: string, label: string, chosen: string, placeholder = '') =>
  dhisField(
    label,
    `<div class="jsx-1722386442 simple-single-select" data-test="dhis2-simplesingleselect"><div class="jsx-2380340452" data-test="dhis2-simplesingleselect-container" aria-controls="${name}-listbox" aria-expanded="false" aria-haspopup="listbox" aria-labelledby="${name}-label"${placeholder ? ` aria-placeholder="${placeholder}"` : ''} id="${name}-combo" role="combobox" tabindex="0"><div class="jsx-3006733316 selected-option-label" tabindex="-1">${
      chosen
        ? chosen
        : placeholder
          ? `<div class="jsx-1504101024" data-test="dhis2-simplesingleselect-placeholder">${placeholder}</div>`
          : ''
    }</div><span class="jsx-3006733316 toggle-icon" aria-label="Open select"><svg height="16" viewBox="0 0 16 16" width="16" xmlns="http://www.w3.org/2000/svg"><path d="M8 10.5L4 6.5h8z"></path></svg></span></div></div>`,
    { dataTest: 'dhis2-simplesingleselectfield' },
  ).replace(
    '<label data-test="dhis2-simplesingleselectfield-label"',
    `<label id="${name}-label" data-test="dhis2-simplesingleselectfield-label"`,
  );

/** Radio or Checkbox, each in a Field, under a FieldSet's Legend */
const choiceGroup = (
  legend: string,
  name: string,
  chosen: string[],
  options: string[],
  o: { type?: 'radio' | 'checkbox'; required?: boolean; error?: string } = {},
) => {
  const type = o.type ?? 'radio';
  return `<fieldset data-test="dhis2-uicore-fieldset" class="jsx-2309005616"><legend data-test="dhis2-uicore-legend" class="jsx-3207394563">${legend}${o.required ? '<span data-test="dhis2-uicore-legend-required" class="jsx-1264318290">*</span>' : ''}</legend>${options
    .map((v) =>
      dhisField(
        '',
        `<label data-test="dhis2-uicore-${type}" class="jsx-1374853276"><input type="${type}" name="${name}" value="${v}" class="jsx-1374853276"${chosen.includes(v) ? ' checked' : ''}><div class="jsx-1374853276 icon"><svg height="24" viewBox="0 0 24 24" width="24" xmlns="http://www.w3.org/2000/svg" class="jsx-2473839937${chosen.includes(v) ? ' checked' : ''}"><circle class="background" cx="12" cy="12" r="8"></circle></svg></div>${v}</label>`,
      ),
    )
    .join('')}${o.error ? `<p data-test="dhis2-uicore-help" class="jsx-3436154312 error">${o.error}</p>` : ''}</fieldset>`;
};

const therapyTable = () =>
  `<table data-test="dhis2-uicore-datatable" class="jsx-1128349474"><thead data-test="dhis2-uicore-tablehead" class="jsx-4096219040"><tr data-test="dhis2-uicore-datatablerow" class="jsx-1715563019">${[
    'Drug',
    'Dose',
    'Start date',
    'Stop date',
    'Outcome',
  ]
    .map(
      (h) =>
        `<th data-test="dhis2-uicore-datatablecellhead" class="jsx-3054346290 DataTableColumnHeader"><span class="container"><span class="top"><span class="content">${h}</span></span></span></th>`,
    )
    .join('')}</tr></thead><tbody data-test="dhis2-uicore-tablebody" class="jsx-1495315883">${([0, 1] as const)
    .map(
      (i) =>
        `<tr data-test="dhis2-uicore-datatablerow" class="jsx-1715563019">${(['drug', 'dose', 'start', 'stop', 'outcome'] as const)
          .map(
            (k) =>
              `<td data-test="dhis2-uicore-datatablecell" class="jsx-2859913390">${input(`therapies[${i}].${k}`, ISO_THERAPIES[`priorTherapies.${i}.${k}`], { dense: true })}</td>`,
          )
          .join('')}</tr>`,
    )
    .join('')}</tbody></table>`;

const section = (title: string, body: string) => `<div class="jsx-913842066 section"><h2 class="jsx-913842066">${title}</h2>${body}</div>`;
const app = (body: string, tail = '') =>
  `<div id="root"><div class="jsx-2127516289 app-shell-app"><main><form>${body}<button data-test="dhis2-uicore-button" class="jsx-1158066958 primary" type="submit">Submit request</button></form></main></div></div>${tail}`;

const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const FREQUENCIES = ['Every 4 weeks', 'Every 8 weeks', 'Once'];

describe('DHIS2 UI 10: InputField, SingleSelectField, MultiSelectField chips, CalendarInput, radio FieldSet, DataTable', () => {
  // misread: drug.name and diagnosis.codes.0 are missing: the SingleSelectField and MultiSelectField are
  // focusable divs (tabindex=0, no role, no input, classed only `root`) that the reader does not take for fields
  it.fails('reads the full Ilaris request, prior therapies from the DataTable', () => {
    page(
      app(
        `${section(
          'Member',
          `${inputField('memberId', 'Member ID', ILARIS['patient.memberId'], { required: true })}${calendarInput('dob', 'Date of birth', '1988-03-14')}${inputField('weight', 'Weight (kg)', '72')}`,
        )}${section('Diagnosis', selectField('ICD-10 codes', ['M04.1', 'M06.1'], { multi: true, placeholder: 'Select codes' }))}${section(
          'Medication',
          `${selectField('Drug name', [ILARIS['drug.name']], { required: true })}${inputField('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${inputField('ndc', 'NDC', ILARIS['drug.ndc'], { help: 'Format 5-4-2' })}${inputField('dose', 'Dose (mg)', '150')}${inputField('units', 'Billing units', '150')}${choiceGroup('Frequency', 'frequency', ['Every 4 weeks'], FREQUENCIES)}`,
        )}${section('Labs', `${inputField('crp', 'CRP (mg/L)', '24')}${calendarInput('crpDate', 'CRP collection date', '2026-11-02')}`)}${section('Prior therapies', therapyTable())}${section(
          'Prescriber',
          inputField('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true }),
        )}`,
      ),
    );
    expect(read()).toEqual({
      ...ILARIS,
      ...ISO_THERAPIES,
      'patient.dob': '1988-03-14',
      'labs.crpDate': '2026-11-02',
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.frequency': 'Every 4 weeks',
    });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('reads the DataTable of dense Inputs as the prior therapies under its column headers', () => {
    page(app(section('Prior therapies', therapyTable())));
    expect(read()).toEqual(ISO_THERAPIES);
    noDuplicatePaths();
  });

  it('names an InputField by its label, without the required "*", its help or the validation text', () => {
    page(
      app(
        `${inputField('memberId', 'Member ID', '', { required: true, error: 'This field is required' })}${inputField('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true, help: '10 digits' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('patient.memberId')?.label).toBe('Member ID');
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  // misread: drug.name is missing: the SingleSelect's focusable `div.root[tabindex=0]` (no role, no input)
  // showing the choice is no field to the reader, and its label has no `for`
  it.fails('reads a SingleSelectField (a focusable div, its label linked to nothing) as its chosen text', () => {
    page(
      app(
        `${selectField('Drug name', [ILARIS['drug.name']], { required: true })}${inputField('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.hcpcs': ILARIS['drug.hcpcs'] });
  });

  // misread: returns {}: the empty SingleSelect (a focusable div showing its placeholder) is no field
  it.fails('reads an empty SingleSelectField (its placeholder is no value) as empty, with its validation error shown', () => {
    page(app(selectField('Drug name', [], { required: true, placeholder: 'Select a drug', error: 'Please choose a drug' })));
    expect(read()).toEqual({ 'drug.name': '' });
  });

  // misread: drug.name is missing (the SingleSelect is no field); nothing is read from the open menu
  it.fails('reads an open SingleSelect once, and nothing from its menu in the Layer at the end of body', () => {
    page(
      app(
        `${selectField('Drug name', [ILARIS['drug.name']])}${inputField('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
        selectMenu(DRUGS, ILARIS['drug.name']),
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('[data-test="dhis2-uicore-layer"]');
  });

  // misread: returns {}: the chips are spans with no role and no chip class (data-test="dhis2-uicore-chip")
  // inside a focusable div with no input, so neither the chips nor the select are a field
  it.fails('reads the MultiSelectField chips as the ICD-10 codes', () => {
    page(app(selectField('ICD-10 codes', ['M04.1', 'M06.1'], { multi: true, placeholder: 'Select codes' })));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads CalendarInputs as YYYY-MM-DD, and nothing from an open calendar popup at the end of body', () => {
    page(
      app(
        `${calendarInput('dob', 'Date of birth', '1988-03-14')}${calendarInput('crpDate', 'CRP collection date', '2026-11-02')}`,
        openCalendar(),
      ),
    );
    expect(read()).toEqual({ 'patient.dob': '1988-03-14', 'labs.crpDate': '2026-11-02' });
    nothingFrom('[data-test="calendar"]');
  });

  it('reads a SimpleSingleSelectField (a combobox labelled by its label id) as its choice, empty on its placeholder', () => {
    page(
      app(
        `${simpleSelect('drugName', 'Drug name', ILARIS['drug.name'])}${simpleSelect('frequency', 'Frequency', '', 'Choose a frequency')}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': '' });
  });

  it('reads radios in Fields under a FieldSet legend as the chosen frequency, with the group error shown', () => {
    page(
      app(
        choiceGroup('Frequency', 'frequency', ['Every 8 weeks'], FREQUENCIES, {
          required: true,
          error: 'You really have to choose something!',
        }),
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks' });
  });

  it('reads checkboxes in Fields under a FieldSet legend as the ticked ICD-10 codes', () => {
    page(app(choiceGroup('ICD-10 codes', 'icd10', ['M04.1', 'M06.1'], ['M04.1', 'M06.1', 'M04.8'], { type: 'checkbox' })));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });
});
