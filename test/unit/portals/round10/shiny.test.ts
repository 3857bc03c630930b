import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * R Shiny 1.14 (rstudio/shiny at d19095f: R/input-utils.R shinyInputLabel, R/input-text.R,
 * R/input-numeric.R, R/input-textarea.R, R/input-select.R selectInput/selectizeIt, R/input-date.R,
 * R/input-radiobuttons.R, R/input-checkboxgroup.R, inst/www/shared/selectize/js/selectize.js (selectize.js
 * 0.15.2) and inst/www/shared/selectize/accessibility/js/selectize-plugin-a11y.js), as the page stands
 * after shiny.js has bound its inputs:
 * - every input is `div.form-group.shiny-input-container` > `label.control-label#<id>-label[for=<id>]`;
 *   textInput `input#<id>.shiny-input-text.form-control`, numericInput `input[type=number]
 *   .shiny-input-number`.
 * - selectInput(selectize = TRUE) / selectizeInput: the original `select#<id>.shiny-input-select
 *   .selectized[tabindex=-1]` hidden (display: none) and left with only the chosen options, the
 *   `script[type=application/json][data-for=<id>]` of options, then selectize's
 *   `div.selectize-control.shiny-input-select.single|multi.plugin-selectize-plugin-a11y` >
 *   `div.selectize-input.items` (full/not-full, has-options, has-items) holding one
 *   `div.item[data-value]` per choice and the control input `input#<id>-selectized[type=text]
 *   [role=combobox][haspopup=listbox][aria-expanded=false]` (selectize moves the label's `for` onto it;
 *   in single mode it is pushed off-screen once an item is chosen: `opacity: 0; position: absolute;
 *   left: -10000px`), and the closed `div.selectize-dropdown` (display: none) >
 *   `div.selectize-dropdown-content[role=listbox]`; the a11y plugin appends an aria-live log div to body.
 * - dateInput: the container `div#<id>.shiny-date-input` carries the id (the label's `for` points at
 *   it), the `input.form-control[type=text]` has none, only `aria-labelledby=<id>-label` and
 *   `title="Date format: yyyy-mm-dd"`; bootstrap-datepicker 1.10 fills it ("1988-03-14" in the default
 *   format) and draws its picker only when opened.
 * - radioButtons / checkboxGroupInput: `div#<id>.shiny-input-radiogroup|checkboxgroup[role=radiogroup|group]
 *   [aria-labelledby]` > label + `div.shiny-options-group` > `div.radio|checkbox > label > input + span`.
 * - shinyWidgets::pickerInput (bootstrap-select 1.13.18, Bootstrap 3; not from this repo, from memory of
 *   bootstrap-select's js/bootstrap-select.js createDropdown): `div.btn-group.bootstrap-select.form-control`
 *   > the real `select.selectpicker.form-control[tabindex=-98]` (kept, made transparent by CSS) + a
 *   `button.dropdown-toggle[data-id][title=<chosen>][role=combobox]` > `div.filter-option >
 *   div.filter-option-inner > div.filter-option-inner-inner` (the chosen text) + caret, and the closed
 *   `div.dropdown-menu.open` with an empty `ul.dropdown-menu.inner` (items are rendered on open). A
 *   single picker shows nothing chosen only with a `title` option: bootstrap-select then prepends a
 *   chosen blank `option.bs-title-option[value=""]` and shows the title on the button (.bs-placeholder).
 */

const label = (id: string, text: string) => `<label class="control-label" id="${id}-label" for="${id}">${text}</label>`;
const group = (id: string, text: string, control: string) =>
  `<div class="form-group shiny-input-container">${label(id, text)}${control}</div>`;

const textInput = (id: string, text: string, value: string, placeholder?: string) =>
  group(
    id,
    text,
    `<input id="${id}" type="text" class="shiny-input-text form-control shiny-bound-input" value="${value}"${placeholder ? ` placeholder="${placeholder}"` : ''}>`,
  );
const numericInput = (id: string, text: string, value: string) =>
  group(id, text, `<input id="${id}" type="number" class="shiny-input-number form-control shiny-bound-input" value="${value}" min="0">`);

/** selectInput(selectize = TRUE) / selectizeInput(multiple) after selectize initialised */
function selectize(id: string, text: string, chosen: string[], o: { multiple?: boolean; placeholder?: string } = {}): string {
  const mode = o.multiple ? 'multi' : 'single';
  const full = !o.multiple && chosen.length > 0;
  const hidden = `<select id="${id}" class="shiny-input-select selectized shiny-bound-input" tabindex="-1" style="display: none;"${o.multiple ? ' multiple="multiple"' : ''}>${chosen
    .map((c) => `<option value="${c}" selected="selected">${c}</option>`)
    .join(
      '',
    )}</select><script type="application/json" data-for="${id}" data-nonempty="">{"plugins":["selectize-plugin-a11y"]${o.placeholder ? `,"placeholder":"${o.placeholder}"` : ''}}</script>`;
  const items = chosen.map((c) => `<div class="item" data-value="${c}">${c}</div>`).join('');
  const style = full ? 'width: 4px; opacity: 0; position: absolute; left: -10000px;' : `width: ${chosen.length ? 4 : 120}px;`;
  const control = `<div class="selectize-control shiny-input-select ${mode} plugin-selectize-plugin-a11y"><div class="selectize-input items ${full ? 'full' : 'not-full'} has-options${chosen.length ? ' has-items' : ''}">${items}<input type="text" autocomplete="new-password" autofill="no" tabindex="" id="${id}-selectized"${o.placeholder && !chosen.length ? ` placeholder="${o.placeholder}"` : ''} role="combobox" aria-expanded="false" haspopup="listbox" aria-owns="${id}-listbox" style="${style}"></div><div class="selectize-dropdown ${mode} shiny-input-select plugin-selectize-plugin-a11y" style="display: none; width: 300px; top: 34px; left: 0px;"><div class="selectize-dropdown-content" tabindex="-1" role="listbox" id="${id}-listbox"></div></div></div>`;
  // selectize moves the label's for onto its control input
  return `<div class="form-group shiny-input-container"><label class="control-label" id="${id}-label" for="${id}-selectized">${text}</label><div>${hidden}${control}</div></div>`;
}

const liveRegion =
  '<div aria-live="assertive" role="log" aria-relevant="additions" aria-atomic="true" style="position: absolute; width: 1px; height: 1px; margin-top: -1px; clip: rect(1px, 1px, 1px, 1px); overflow: hidden;"></div>';

const dateInput = (id: string, text: string, value: string) =>
  `<div id="${id}" class="shiny-date-input form-group shiny-input-container shiny-bound-input">${label(id, text)}<input type="text" class="form-control" aria-labelledby="${id}-label" title="Date format: yyyy-mm-dd" data-date-language="en" data-date-week-start="0" data-date-format="yyyy-mm-dd" data-date-start-view="month" data-initial-date="${value}" data-date-autoclose="true" data-date-dates-disabled="null" data-date-days-of-week-disabled="null" value="${value}"></div>`;

const choiceGroup = (kind: 'radio' | 'checkbox', id: string, text: string, options: string[], chosen: string[]) =>
  `<div id="${id}" class="form-group shiny-input-${kind === 'radio' ? 'radiogroup' : 'checkboxgroup'} shiny-input-container shiny-bound-input" role="${kind === 'radio' ? 'radiogroup' : 'group'}" aria-labelledby="${id}-label">${label(id, text)}<div class="shiny-options-group">${options
    .map(
      (o) =>
        `<div class="${kind}"><label><input type="${kind}" name="${id}" value="${o}"${chosen.includes(o) ? ' checked="checked"' : ''}><span>${o}</span></label></div>`,
    )
    .join('')}</div></div>`;

/** shinyWidgets::pickerInput, closed */
const picker = (id: string, text: string, options: string[], chosen: string[], multiple = false, title?: string) => {
  const shown = chosen.length ? chosen.join(', ') : (title ?? 'Nothing selected');
  return group(
    id,
    text,
    `<div class="btn-group bootstrap-select form-control${multiple ? ' show-tick' : ''}"><select id="${id}" class="selectpicker form-control shiny-bound-input" autocomplete="off"${multiple ? ' multiple="multiple"' : ''} tabindex="-98">${title && !multiple ? `<option class="bs-title-option" value=""${chosen.length ? '' : ' selected'}></option>` : ''}${options
      .map((o) => `<option value="${o}"${chosen.includes(o) ? ' selected' : ''}>${o}</option>`)
      .join(
        '',
      )}</select><button type="button" tabindex="-1" class="btn dropdown-toggle btn-default${chosen.length ? '' : ' bs-placeholder'}" data-toggle="dropdown" role="combobox" aria-owns="bs-select-${id}" aria-haspopup="listbox" aria-expanded="false" data-id="${id}" title="${shown}"><div class="filter-option"><div class="filter-option-inner"><div class="filter-option-inner-inner">${shown}</div></div> </div><span class="bs-caret"><span class="caret"></span></span></button><div class="dropdown-menu open"><div class="inner open" role="listbox" id="bs-select-${id}" tabindex="-1"${multiple ? ' aria-multiselectable="true"' : ''}><ul class="dropdown-menu inner " role="presentation"></ul></div></div></div>`,
  );
};

const page_ = (body: string) =>
  `<div class="container-fluid"><h2>Prior authorization request</h2><form class="well">${body}<button id="submit" type="button" class="btn btn-default action-button shiny-bound-input">Submit request</button></form></div>${liveRegion}`;

const FREQS = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];

const therapyRow = (i: 0 | 1) =>
  `<h5>Prior therapy ${i + 1}</h5><div class="row">${(['drug', 'dose', 'start', 'stop', 'outcome'] as const)
    .map(
      (k) =>
        `<div class="col-sm-2">${textInput(`therapy${i + 1}_${k}`, { drug: 'Drug', dose: 'Dose', start: 'Start date', stop: 'Stop date', outcome: 'Outcome' }[k], THERAPIES[`priorTherapies.${i}.${k}`])}</div>`,
    )
    .join('')}</div>`;

describe('R Shiny 1.14: textInput, numericInput, selectize selectInput, dateInput, radioButtons, checkboxGroupInput, pickerInput', () => {
  it('reads the Ilaris request', () => {
    page(
      page_(
        `<h4>Member</h4>${textInput('member_id', 'Member ID', ILARIS['patient.memberId'])}${dateInput('dob', 'Date of birth', '1988-03-14')}${numericInput('weight', 'Weight (kg)', '72')}
        <h4>Diagnosis</h4>${picker('icd', 'ICD-10 codes', ['M04.1', 'M06.1', 'M04.8'], ['M04.1', 'M06.1'], true)}
        <h4>Medication</h4>${selectize('drug', 'Drug name', [ILARIS['drug.name']])}${textInput('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${textInput('ndc', 'NDC', ILARIS['drug.ndc'])}${numericInput('dose', 'Dose (mg)', '150')}${numericInput('units', 'Billing units', '150')}${choiceGroup('radio', 'frequency', 'Frequency', FREQS, ['Every 4 weeks'])}
        <h4>Labs</h4>${numericInput('crp', 'CRP (mg/L)', '24')}${dateInput('crp_date', 'CRP collection date', '2026-11-02')}
        <h4>Prior therapies</h4>${therapyRow(0)}${therapyRow(1)}
        <h4>Prescriber</h4>${textInput('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({
      ...ILARIS,
      ...THERAPIES,
      'patient.dob': '1988-03-14',
      'labs.crpDate': '2026-11-02',
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.frequency': 'Every 4 weeks',
    });
    noDuplicatePaths();
  });

  it('reads a single selectize selectInput by its item (control input pushed off-screen, label for moved onto it)', () => {
    page(page_(`${selectize('drug', 'Drug name', [ILARIS['drug.name']])}${textInput('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('drug.name')?.label).toBe('Drug name');
    nothingFrom('.selectize-dropdown');
  });

  it('reads a multiple selectizeInput by its items, once', () => {
    page(page_(selectize('icd', 'ICD-10 codes', ['M04.1', 'M06.1'], { multiple: true })));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    noDuplicatePaths();
  });

  it('reads an empty single selectize (its placeholder on the control input, hidden select without options) as empty', () => {
    page(
      page_(
        `${selectize('drug', 'Drug name', [], { placeholder: 'Choose a drug' })}${textInput('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads dateInput, whose label points at the container and whose input has only aria-labelledby', () => {
    page(page_(`${dateInput('dob', 'Date of birth', '1988-03-14')}${dateInput('crp_date', 'CRP collection date', '')}`));
    expect(read()).toEqual({ 'patient.dob': '1988-03-14', 'labs.crpDate': '' });
    expect(field('patient.dob')?.label).toBe('Date of birth');
  });

  it('reads radioButtons by the checked choice and checkboxGroupInput by its checked boxes', () => {
    page(
      page_(
        `${choiceGroup('radio', 'frequency', 'Frequency', FREQS, ['Every 8 weeks'])}${choiceGroup('checkbox', 'icd', 'ICD-10 codes', ['M04.1', 'M06.1', 'M04.8'], ['M04.1', 'M06.1'])}`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads shinyWidgets pickerInput (bootstrap-select) single and multiple, once each', () => {
    page(
      page_(
        `${picker('drug', 'Drug name', DRUGS, [ILARIS['drug.name']])}${picker('icd', 'ICD-10 codes', ['M04.1', 'M06.1', 'M04.8'], ['M04.1', 'M06.1'], true)}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'diagnosis.codes.0': 'M04.1, M06.1' });
    noDuplicatePaths();
  });

  it('reads an empty pickerInput (its title shown, the blank bs-title-option chosen) as empty', () => {
    page(page_(picker('frequency', 'Frequency', FREQS, [], false, 'Select a frequency')));
    expect(read()).toEqual({ 'drug.frequency': '' });
  });
});
