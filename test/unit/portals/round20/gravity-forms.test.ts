import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Gravity Forms 2.10.2 (the GPL copy pronamic/gravityforms at 6bd9622), its default (non-legacy) markup:
 * - form_display.php: `div.gform_wrapper.gravity-theme` > `div.gform_heading` (`h2.gform_title`,
 *   `p.gform_required_legend` '"(Required)" indicates required fields') + `form#gform_1` > `div.gform-body
 *   .gform_body` > `div#gform_fields_1.gform_fields.top_label…` of field containers `div#field_1_N.gfield
 *   .gfield--type-<type>…` (`fieldset` for multi-input fields), then `div.gform-footer` with the submit input.
 * - includes/fields/class-gf-field.php get_field_content: `label.gfield_label.gform-field-label[for=input_1_N]`
 *   (a fieldset: `legend.gfield_label…gfield_label_before_complex`) + `span.gfield_required >
 *   span.gfield_required.gfield_required_text` "(Required)" (forms_model.php get_required_indicator), the
 *   control, `div.gfield_description` and, when validation failed, `div.gfield_description.validation_message
 *   .gfield_validation_message` "This field is required.".
 * - class-gf-field-text.php / -number.php / -select.php: `div.ginput_container.ginput_container_<type>` > the
 *   control `input#input_1_N[name=input_N]`. class-gf-field-section.php: `h3.gsection_title`.
 * - class-gf-field-date.php: "Date Field" type (fieldset) `div#input_1_N.ginput_container.ginput_complex
 *   .gform-grid-row` > `div.gfield_date_month|day|year.ginput_container.ginput_container_date` >
 *   `input[type=number][maxlength][name="input_N[]"][id=input_1_N_1|2|3][min][max][step]` + sub label
 *   `label[for].gform-field-label--type-sub` "Month"/"Day"/"Year"; "Date Picker" type: `input.datepicker
 *   .gform-datepicker.mdy[type=text]` + `span.screen-reader-text` "MM slash DD slash YYYY".
 * - class-gf-field-list.php (fieldset): `div.ginput_container_list` > `div.gfield_list` > `div.gfield_list_header`
 *   of `div.gfield_header_item` column titles, `div.gfield_list_groups` of `div.gfield_list_group` rows >
 *   `div.gfield_list_cell[data-label]` > `input[type=text][name="input_N[]"][aria-label="Drug, Row 1"]`, then
 *   `div.gfield_list_icons` with `button.add_list_item` "Add" and `button.delete_list_item` "Remove".
 * - class-gf-field-multiselect.php with the enhanced UI: `select[multiple].gfield_select[data-placeholder=
 *   "Click to select..."]` hidden by Chosen 1.8.7 (js/chosen.jquery.min.js), which puts after it
 *   `div#input_1_N_chosen.chosen-container.chosen-container-multi` > `ul.chosen-choices` of
 *   `li.search-choice > span + a.search-choice-close` and `li.search-field > input.chosen-search-input`
 *   (holding the placeholder and classed `default` while nothing is chosen), `div.chosen-drop > ul.chosen-results`.
 */

const REQ = '<span class="gfield_required"><span class="gfield_required gfield_required_text">(Required)</span></span>';
type F = { required?: boolean; description?: string; error?: string };
const cls = (type: string, o: F, extra = '') =>
  `gfield gfield--type-${type} ${extra}gfield--width-full ${o.required ? 'gfield_contains_required ' : ''}field_sublabel_below ${o.description ? 'gfield--has-description' : 'gfield--no-description'} field_description_below field_validation_below ${o.error ? 'gfield_error ' : ''}gfield_visibility_visible`;
const tail = (id: number, o: F) =>
  `${o.description ? `<div class="gfield_description" id="gfield_description_1_${id}">${o.description}</div>` : ''}${o.error ? `<div id="validation_message_1_${id}" class="gfield_description validation_message gfield_validation_message">${o.error}</div>` : ''}`;

const text = (id: number, label: string, value: string, o: F = {}, type = 'text') =>
  `<div id="field_1_${id}" class="${cls(type, o, `gfield--input-type-${type} `)}" data-js-reload="field_1_${id}"><label class="gfield_label gform-field-label" for="input_1_${id}">${label}${o.required ? REQ : ''}</label><div class="ginput_container ginput_container_${type}"><input name="input_${id}" id="input_1_${id}" type="${type}" value="${value}" class="large"${o.required ? ' aria-required="true"' : ''} aria-invalid="${o.error ? 'true' : 'false'}"></div>${tail(id, o)}</div>`;
const select = (id: number, label: string, chosen: string, options: string[], o: F = {}) =>
  `<div id="field_1_${id}" class="${cls('select', o, 'gfield--input-type-select ')}" data-js-reload="field_1_${id}"><label class="gfield_label gform-field-label" for="input_1_${id}">${label}${o.required ? REQ : ''}</label><div class="ginput_container ginput_container_select"><select name="input_${id}" id="input_1_${id}" class="large gfield_select" aria-invalid="false"><option value="">Select a drug</option>${options
    .map((v) => `<option value="${v}"${v === chosen ? ' selected="selected"' : ''}>${v}</option>`)
    .join('')}</select></div>${tail(id, o)}</div>`;

/** "Date Field" type: month / day / year number boxes (mdy) in a fieldset */
function dateField(id: number, label: string, mdy: [string, string, string], o: F = {}): string {
  const part = (n: 1 | 2 | 3, name: string, v: string, attrs: string) =>
    `<div class="gfield_date_${name.toLowerCase()} ginput_container ginput_container_date gform-grid-col" id="input_1_${id}_${n}_container"><input type="number" ${attrs} name="input_${id}[]" id="input_1_${id}_${n}" value="${v}"${o.required ? ' aria-required="true"' : ''} aria-invalid="false"><label for="input_1_${id}_${n}" class="gform-field-label gform-field-label--type-sub ">${name}</label></div>`;
  return `<fieldset id="field_1_${id}" class="${cls('date', o, 'gfield--input-type-date gfield--datefield ')}" data-js-reload="field_1_${id}"><legend class="gfield_label gform-field-label gfield_label_before_complex">${label}${o.required ? REQ : ''}</legend><div id="input_1_${id}" class="ginput_container ginput_complex gform-grid-row">${part(1, 'Month', mdy[0], 'maxlength="2" min="1" max="12" step="1"')}${part(2, 'Day', mdy[1], 'maxlength="2" min="1" max="31" step="1"')}${part(3, 'Year', mdy[2], 'maxlength="4" min="1920" max="2027" step="1"')}</div>${tail(id, o)}</fieldset>`;
}
/** "Date Picker" type */
const datePicker = (id: number, label: string, value: string, o: F = {}) =>
  `<div id="field_1_${id}" class="${cls('date', o, 'gfield--input-type-date gfield--datepicker-no-icon ')}" data-js-reload="field_1_${id}"><label class="gfield_label gform-field-label" for="input_1_${id}">${label}${o.required ? REQ : ''}</label><div class="ginput_container ginput_container_date"><input name="input_${id}" id="input_1_${id}" type="text" value="${value}" class="datepicker gform-datepicker mdy datepicker_no_icon gdatepicker-no-icon hasDatepicker" placeholder="MM/DD/YYYY" aria-describedby="input_1_${id}_date_format" aria-invalid="false"><span id="input_1_${id}_date_format" class="screen-reader-text">MM slash DD slash YYYY</span></div>${tail(id, o)}</div>`;

/** List field with columns (the prior therapies repeater) */
function listField(id: number, label: string, rows: string[][]): string {
  const cols = ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'];
  const groups = rows
    .map(
      (r, ri) =>
        `<div class="gfield_list_row_${ri % 2 ? 'even' : 'odd'} gfield_list_group gform-grid-row">${r
          .map(
            (v, ci) =>
              `<div class="gfield_list_group_item gfield_list_cell gfield_list_${id}_cell${ci + 1} gform-grid-col" data-label="${cols[ci]}"><input aria-invalid="false" aria-label="${cols[ci]}, Row ${ri + 1}" data-aria-label-template="${cols[ci]}, Row {0}" type="text" name="input_${id}[]" value="${v}"></div>`,
          )
          .join(
            '',
          )}<div class="gfield_list_icons gform-grid-col">   <button type="button" class="add_list_item " aria-label="Add another row" onclick="gformAddListItem(this, 0)">Add</button>   <button type="button" class="delete_list_item" aria-label="Remove row ${ri + 1}" data-aria-label-template="Remove row {0}" onclick="gformDeleteListItem(this, 0)"${rows.length === 1 ? ' style="visibility:hidden;"' : ''}>Remove</button></div></div>`,
    )
    .join('');
  return `<fieldset id="field_1_${id}" class="${cls('list', {}, 'gfield--input-type-list ')}" data-js-reload="field_1_${id}"><legend class="gfield_label gform-field-label gfield_label_before_complex">${label}</legend><div class="ginput_container ginput_container_list ginput_list ginput_container_list--columns"><div class="gfield_list gfield_list_container"><div class="gfield_list_header gform-grid-row">${cols
    .map((c) => `<div class="gform-field-label gfield_header_item gform-grid-col">${c}</div>`)
    .join(
      '',
    )}<div class="gfield_header_item gfield_header_item--icons gform-grid-col">&nbsp;</div></div><div class="gfield_list_groups">${groups}</div></div></div></fieldset>`;
}

/** Multi Select with the enhanced UI (Chosen) */
function multiSelect(id: number, label: string, chosen: string[], options: string[], o: F = {}): string {
  const placeholder = 'Click to select...';
  return `<div id="field_1_${id}" class="${cls('multiselect', o, 'gfield--input-type-multiselect ')}" data-js-reload="field_1_${id}"><label class="gfield_label gform-field-label" for="input_1_${id}">${label}${o.required ? REQ : ''}</label><div class="ginput_container ginput_container_multiselect"><select multiple="multiple" data-placeholder="${placeholder}" size="7" name="input_${id}[]" id="input_1_${id}" class="large gfield_select" aria-invalid="false" style="display: none;">${options
    .map((v) => `<option value="${v}"${chosen.includes(v) ? ' selected="selected"' : ''}>${v}</option>`)
    .join(
      '',
    )}</select><div class="chosen-container chosen-container-multi" title="" id="input_1_${id}_chosen" style="width: 100%;"><ul class="chosen-choices">${chosen
    .map(
      (v) =>
        `<li class="search-choice"><span>${v}</span><a class="search-choice-close" data-option-array-index="${options.indexOf(v)}"></a></li>`,
    )
    .join(
      '',
    )}<li class="search-field"><input class="chosen-search-input${chosen.length ? '' : ' default'}" type="text" autocomplete="off" value="${chosen.length ? '' : placeholder}" style="width: ${chosen.length ? 25 : 120}px;"></li></ul><div class="chosen-drop"><ul class="chosen-results">${options
    .map((v, i) => `<li class="${chosen.includes(v) ? 'result-selected' : 'active-result'}" data-option-array-index="${i}">${v}</li>`)
    .join('')}</ul></div></div></div>${tail(id, o)}</div>`;
}

const sectionBreak = (id: number, title: string) =>
  `<div id="field_1_${id}" class="gfield gfield--type-section gfield--input-type-section gsection field_sublabel_below gfield--no-description field_description_below field_validation_below gfield_visibility_visible" data-js-reload="field_1_${id}"><h3 class="gsection_title">${title}</h3></div>`;

const form = (fields: string) =>
  `<div class="gf_browser_chrome gform_wrapper gravity-theme gform-theme--no-framework" data-form-theme="gravity-theme" data-form-index="0" id="gform_wrapper_1"><div class="gform_heading"><h2 class="gform_title">Ilaris prior authorization</h2><p class="gform_required_legend">"<span class="gfield_required gfield_required_text">(Required)</span>" indicates required fields</p></div><form method="post" enctype="multipart/form-data" id="gform_1" action="/pa-request/"><div class="gform-body gform_body"><div id="gform_fields_1" class="gform_fields top_label form_sublabel_below description_below validation_below">${fields}</div></div><div class="gform-footer gform_footer top_label"><input type="submit" id="gform_submit_button_1" class="gform_button button" value="Submit"><input type="hidden" class="gform_hidden" name="is_submit_1" value="1"><input type="hidden" class="gform_hidden" name="gform_submit" value="1"><input type="hidden" class="gform_hidden" name="gform_unique_id" value=""><input type="hidden" class="gform_hidden" name="gform_target_page_number_1" id="gform_target_page_number_1" value="0"></div></form></div>`;

const THERAPY_LIST = [0, 1].map((i) =>
  (['drug', 'dose', 'start', 'stop', 'outcome'] as const).map((k) => THERAPIES[`priorTherapies.${i as 0 | 1}.${k}`]),
);
const CODES = ['M04.1', 'M06.1', 'M04.8'];

describe('Gravity Forms 2.10: gfield containers, split date, List field, Chosen multi-select', () => {
  it('reads the full Ilaris request, prior therapies from the List field', () => {
    page(
      form(
        `${sectionBreak(1, 'Member')}${text(2, 'Member ID', ILARIS['patient.memberId'], { required: true })}${dateField(3, 'Date of birth', ['03', '14', '1988'], { required: true })}${text(4, 'Weight (kg)', '72', {}, 'number')}${sectionBreak(5, 'Diagnosis')}${multiSelect(6, 'ICD-10 codes', ['M04.1', 'M06.1'], CODES, { required: true })}${sectionBreak(7, 'Medication')}${select(8, 'Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'], { required: true })}${text(9, 'HCPCS code', ILARIS['drug.hcpcs'])}${text(10, 'NDC', ILARIS['drug.ndc'], { description: '11 digits, 5-4-2 format' })}${text(11, 'Dose (mg)', '150', {}, 'number')}${text(12, 'Billing units', '150', {}, 'number')}${text(13, 'Frequency', 'Every 4 weeks')}${sectionBreak(14, 'Labs')}${text(15, 'CRP (mg/L)', '24', {}, 'number')}${datePicker(16, 'CRP collection date', ILARIS['labs.crpDate'])}${sectionBreak(17, 'Prior therapies')}${listField(18, 'Prior therapies', THERAPY_LIST)}${sectionBreak(19, 'Prescriber')}${text(20, 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true })}`,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  it('names a field by its label, without "(Required)", its description or its validation message', () => {
    page(
      form(
        `${text(2, 'Member ID', '', { required: true, error: 'This field is required.' })}${text(20, 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true, description: '10 digits' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('patient.memberId')?.label).toBe('Member ID');
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads a "Date Field" (month, day and year boxes under its legend) as one date', () => {
    page(form(dateField(3, 'Date of birth', ['03', '14', '1988'], { required: true })));
    expect(read()).toEqual({ 'patient.dob': '03/14/1988' });
    noDuplicatePaths();
  });

  it('reads an empty "Date Field" as an empty date', () => {
    page(form(dateField(3, 'Date of birth', ['', '', ''])));
    expect(read()).toEqual({ 'patient.dob': '' });
  });

  it('reads a "Date Picker" date as shown, not its screen-reader format text', () => {
    page(form(datePicker(16, 'CRP collection date', ILARIS['labs.crpDate'])));
    expect(read()).toEqual({ 'labs.crpDate': ILARIS['labs.crpDate'] });
    expect(field('labs.crpDate')?.label).toBe('CRP collection date');
  });

  it('reads the List field rows as prior therapies, taking nothing from the Add and Remove buttons', () => {
    page(form(`${sectionBreak(17, 'Prior therapies')}${listField(18, 'Prior therapies', THERAPY_LIST)}`));
    expect(read()).toEqual(THERAPIES);
    noDuplicatePaths();
    nothingFrom('.gfield_list_icons');
  });

  it('reads the Chosen multi-select as its chosen codes, once, and nothing from its results list', () => {
    page(form(multiSelect(6, 'ICD-10 codes', ['M04.1', 'M06.1'], CODES, { required: true })));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    noDuplicatePaths();
    nothingFrom('.chosen-drop');
  });

  it('reads an empty Chosen multi-select (its placeholder written into its input) as empty', () => {
    page(form(multiSelect(6, 'ICD-10 codes', [], CODES)));
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });

  it('reads a drop down by its chosen option, and its "Select a drug" placeholder option as empty', () => {
    page(form(select(8, 'Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'])));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'] });
    page(form(select(8, 'Drug name', '', ['Ilaris (canakinumab)', 'Kineret (anakinra)'])));
    expect(read()).toEqual({ 'drug.name': '' });
    noDuplicatePaths();
  });
});
