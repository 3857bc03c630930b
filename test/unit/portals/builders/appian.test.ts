import { describe, expect, it } from 'vitest';
import { mapped, page, read } from '../read';

/**
 * Appian (SAIL interfaces as the Appian web client renders them): a field is
 * `div.FieldLayout---field_layout` with its label a `div.FieldLayout---field_label` carrying an
 * id (not a `<label for>`), a required "*" in its own span, the input linked by
 * `aria-labelledby=<label id>` and `aria-describedby` instructions in
 * `div.FieldLayout---field_instructions` under it, a validation in `div.FieldLayout---field_error
 * [role=alert]`; a dropdown is a `div[role=button][aria-haspopup=listbox]` showing the chosen
 * label (or "--- Select a Value ---"); a date field is a text box with placeholder "mm/dd/yyyy" and
 * a calendar button; cards are `div.CardLayout---card` with a rich-text header inside; sections
 * are `div.SectionLayout---section` titled by an `h2`; an editable grid is a `table` whose
 * column headers carry ids, each row's inputs labelled by `aria-labelledby=<column header id>`,
 * an "Add" link under it and a remove icon per row.
 */

let n = 0;
const uid = () => `f${(++n).toString(16)}a9c`;

const layout = (
  label: string,
  control: (id: string, labelId: string, descId: string) => string,
  o: { required?: boolean; instructions?: string; error?: string } = {},
) => {
  const id = uid();
  return `<div class="FieldLayout---field_layout FieldLayout---margin_below_standard${o.error ? ' FieldLayout---field_error_state' : ''}">
    <div class="FieldLayout---input_below">
      <div class="FieldLayout---field_label_wrapper"><div class="FieldLayout---field_label" id="${id}_label">${label}</div>${
        o.required ? '<span class="FieldLayout---field_required" aria-hidden="true">*</span>' : ''
      }</div>
      <div class="FieldLayout---input_wrapper">${control(id, `${id}_label`, `${id}_instructions`)}</div>
      ${o.instructions ? `<div class="FieldLayout---field_instructions" id="${id}_instructions">${o.instructions}</div>` : ''}
      ${o.error ? `<div class="FieldLayout---field_validations"><div class="FieldLayout---field_error" role="alert"><div class="FieldLayout---validation_message">${o.error}</div></div></div>` : ''}
    </div>
  </div>`;
};

const text = (label: string, value: string, o: { required?: boolean; instructions?: string; error?: string } = {}) =>
  layout(
    label,
    (id, lid, did) =>
      `<input type="text" id="${id}" class="TextInput---text TextInput---align_start TextInput---inFieldLayout" aria-labelledby="${lid}"${o.instructions ? ` aria-describedby="${did}"` : ''}${
        o.required ? ' aria-required="true"' : ''
      }${o.error ? ' aria-invalid="true"' : ''} value="${value}">`,
    o,
  );

const date = (label: string, value: string) =>
  layout(
    label,
    (
      id,
      lid,
    ) => `<div class="DatePickerWidget---date_picker DatePickerWidget---inFieldLayout"><input type="text" id="${id}" class="TextInput---text TextInput---inFieldLayout DatePickerWidget---text" aria-labelledby="${lid}" placeholder="mm/dd/yyyy" autocomplete="off" value="${value}">
      <button type="button" class="DatePickerWidget---calendar_button" aria-label="Open calendar" tabindex="-1"><span class="Icon---icon fa fa-calendar" aria-hidden="true"></span></button></div>`,
  );

const dropdown = (label: string, chosen: string | null) =>
  layout(
    label,
    (
      id,
      lid,
    ) => `<div class="DropdownWidget---dropdown DropdownWidget---inFieldLayout"><div id="${id}" role="button" tabindex="0" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="${lid}" class="DropdownWidget---dropdown_value${chosen ? '' : ' DropdownWidget---placeholder'}"><span>${chosen ?? '--- Select a Value ---'}</span></div>
      <span class="DropdownWidget---icon fa fa-caret-down" aria-hidden="true"></span></div>`,
  );

const section = (title: string, body: string) =>
  `<div class="SectionLayout---section SectionLayout---margin_below_standard"><div class="SectionLayout---section_label_wrapper"><h2 class="SectionLayout---label SectionLayout---section_label">${title}</h2></div><div class="SectionLayout---content">${body}</div></div>`;

const card = (header: string, body: string) =>
  `<div class="CardLayout---card CardLayout---padding_standard CardLayout---shape_rounded CardLayout---style_standard" role="group"><div class="ContentLayout---content_layout">
    <div class="RichTextDisplayField---rich_text_display_field"><p class="ParagraphText---richtext_paragraph ParagraphText---default_direction"><strong class="StrongText---richtext_strong"><span class="ParagraphText---size_medium_plus">${header}</span></strong></p></div>${body}</div></div>`;

const columns = (...cols: string[]) =>
  `<div class="ColumnArrayLayout---column_layout ColumnArrayLayout---standard_spacing">${cols.map((c) => `<div class="ColumnLayout---column ColumnLayout---column_padding_standard ColumnLayout---auto">${c}</div>`).join('')}</div>`;

const COLS = ['Drug', 'Dose', 'Start Date', 'End Date', 'Outcome'];

/** an editable grid; cells' inputs labelled by the column header ids */
const grid = (label: string, rows: string[][]) => {
  const g = uid();
  return `<div class="FieldLayout---field_layout"><div class="FieldLayout---input_below">
    <div class="FieldLayout---field_label_wrapper"><div class="FieldLayout---field_label" id="${g}_label">${label}</div></div>
    <div class="EditableGrid---grid_wrapper"><table class="EditableGrid---table" aria-labelledby="${g}_label">
      <thead><tr>${COLS.map((c, i) => `<th class="EditableGrid---header_cell" scope="col"><div class="EditableGrid---header_label" id="${g}_col${i}">${c}</div></th>`).join('')}<th class="EditableGrid---header_cell" scope="col"><span class="accessibilityhidden">Remove row</span></th></tr></thead>
      <tbody>${rows
        .map(
          (r, ri) =>
            `<tr class="EditableGrid---row">${r
              .map(
                (v, ci) =>
                  `<td class="EditableGrid---cell"><div class="FieldLayout---input_wrapper"><input type="text" id="${g}_r${ri}c${ci}" class="TextInput---text TextInput---inEditableGrid" aria-labelledby="${g}_col${ci}" value="${v}"></div></td>`,
              )
              .join(
                '',
              )}<td class="EditableGrid---cell EditableGrid---remove_cell"><a href="#" class="EditableGrid---remove_link" aria-label="Remove row ${ri + 1}"><span class="Icon---icon fa fa-times-circle" aria-hidden="true"></span></a></td></tr>`,
        )
        .join('')}</tbody></table>
      <div class="EditableGrid---add_row"><a href="#" class="LinkedItem---link">+ Add Prior Therapy</a></div></div>
  </div></div>`;
};

const form = (body: string) =>
  `<div class="appian-context-ux-responsive"><div class="FormLayout---form_layout" role="main"><div class="FormLayout---header"><h1 class="FormLayout---form_title">Ilaris (canakinumab) Prior Authorization</h1></div><div class="FormLayout---content">${body}</div>
    <div class="FormLayout---buttons"><button type="button" class="Button---btn Button---primary Button---standard">SUBMIT</button></div></div></div>`;

describe('Appian SAIL', () => {
  it('reads inputs named by aria-labelledby to a label span with an id, not by instructions', () => {
    page(
      form(
        section(
          'Medication Requested',
          columns(
            text('Drug Name', 'Ilaris (canakinumab)', { required: true }) +
              text('HCPCS Code', 'J0638', { instructions: 'Frequency and dose go below; Ilaris is billed per 1 mg' }),
            text('Dose (mg)', '150', { required: true, instructions: 'Total dose per administration' }) + text('Billing Units', '150'),
          ),
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.name': 'Ilaris (canakinumab)', 'drug.hcpcs': 'J0638', 'drug.dose': '150', 'drug.units': '150' });
  });

  it('does not read a validation message as a label or value', () => {
    page(
      form(
        section(
          'Prescriber',
          text('Prescriber NPI', '123456789', { required: true, error: 'NPI must be 10 digits' }) + text('Specialty', 'Rheumatology'),
        ),
      ),
    );
    expect(read()).toEqual({ 'prescriber.npi': '123456789', 'prescriber.specialty': 'Rheumatology' });
  });

  it('reads a dropdown (div role=button aria-haspopup) by its shown label, and the placeholder as empty', () => {
    page(form(section('Medication Requested', dropdown('Place of Service', 'Office (11)') + dropdown('Frequency', null))));
    expect(read()).toEqual({ 'drug.placeOfService': 'Office (11)', 'drug.frequency': '' });
    expect(mapped()).toHaveLength(2);
  });

  it('reads fields in cards titled by a rich-text header', () => {
    page(
      form(
        card('Patient', text('Member ID', 'U9876543201') + date('Date of Birth', '03/02/1980') + text('Weight (kg)', '70')) +
          card(
            'C-Reactive Protein (CRP)',
            text('Result', '4.5') + text('Reference Range', '0.0-5.0 mg/L') + date('Date Collected', '11/12/2026'),
          ),
      ),
    );
    expect(read()).toEqual({
      'patient.memberId': 'U9876543201',
      'patient.dob': '03/02/1980',
      'patient.weight': '70',
      'labs.crpValue': '4.5',
      'labs.crpReferenceRange': '0.0-5.0 mg/L',
      'labs.crpDate': '11/12/2026',
    });
  });

  it('numbers editable grid rows of prior therapies by the column headers', () => {
    page(
      form(
        section(
          'Prior Therapies',
          grid('Previous medications tried for this diagnosis', [
            ['colchicine', '0.6 mg twice daily', '01/05/2026', '03/20/2026', 'inadequate response'],
            ['anakinra', '100 mg daily', '04/01/2026', '06/30/2026', 'injection-site reactions'],
          ]),
        ) + section('Prescriber', text('Prescriber NPI', '1234567893')),
      ),
    );
    expect(read()).toEqual({
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.0.dose': '0.6 mg twice daily',
      'priorTherapies.0.start': '01/05/2026',
      'priorTherapies.0.stop': '03/20/2026',
      'priorTherapies.0.outcome': 'inadequate response',
      'priorTherapies.1.drug': 'anakinra',
      'priorTherapies.1.dose': '100 mg daily',
      'priorTherapies.1.start': '04/01/2026',
      'priorTherapies.1.stop': '06/30/2026',
      'priorTherapies.1.outcome': 'injection-site reactions',
      'prescriber.npi': '1234567893',
    });
  });

  it('reads the whole Ilaris request', () => {
    page(
      form(
        section('Patient', columns(date('Date of Birth', '03/02/1980'), text('Weight (kg)', '70'))) +
          section('Diagnosis', columns(text('Primary ICD-10 Code', 'M04.1', { required: true }), text('Secondary ICD-10 Code', 'M04.2'))) +
          section(
            'Medication Requested',
            columns(
              text('Drug Name', 'Ilaris (canakinumab)') +
                text('HCPCS Code', 'J0638') +
                text('NDC', '00078-0734-61', { instructions: '11 digits (5-4-2)' }),
              text('Dose (mg)', '150') +
                text('Billing Units', '150') +
                text('Frequency', 'every 4 weeks') +
                dropdown('Place of Service', 'Office (11)'),
            ),
          ) +
          section(
            'Laboratory Results',
            columns(text('CRP Result', '4.5'), dropdown('CRP Unit', 'mg/L'), date('CRP Collection Date', '11/12/2026')),
          ) +
          section(
            'Prior Therapies',
            grid('Previous medications tried', [['colchicine', '0.6 mg twice daily', '01/05/2026', '03/20/2026', 'inadequate response']]),
          ) +
          section('Prescriber', text('Prescriber NPI', '1234567893')),
      ),
    );
    expect(read()).toEqual({
      'patient.dob': '03/02/1980',
      'patient.weight': '70',
      'diagnosis.codes.0': 'M04.1',
      'diagnosis.codes.1': 'M04.2',
      'drug.name': 'Ilaris (canakinumab)',
      'drug.hcpcs': 'J0638',
      'drug.ndc': '00078-0734-61',
      'drug.dose': '150',
      'drug.units': '150',
      'drug.frequency': 'every 4 weeks',
      'drug.placeOfService': 'Office (11)',
      'labs.crpValue': '4.5',
      'labs.crpUnit': 'mg/L',
      'labs.crpDate': '11/12/2026',
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.0.dose': '0.6 mg twice daily',
      'priorTherapies.0.start': '01/05/2026',
      'priorTherapies.0.stop': '03/20/2026',
      'priorTherapies.0.outcome': 'inadequate response',
      'prescriber.npi': '1234567893',
    });
  });

  it('reads a radio button field (role=radiogroup labelled by the label span) by its checked choice', () => {
    const radios = (label: string, choices: string[], checked: string) => {
      const id = uid();
      return `<div class="FieldLayout---field_layout"><div class="FieldLayout---input_below">
        <div class="FieldLayout---field_label_wrapper"><div class="FieldLayout---field_label" id="${id}_label">${label}</div></div>
        <div class="FieldLayout---input_wrapper"><div class="RadioButtonGroup---radio_group" role="radiogroup" aria-labelledby="${id}_label">${choices
          .map(
            (c, i) =>
              `<div class="RadioButtonGroup---choice_pair"><input type="radio" id="${id}_${i}" name="${id}" value="${i + 1}" class="RadioButtonGroup---radio"${c === checked ? ' checked' : ''}><label for="${id}_${i}" class="RadioButtonGroup---choice_label">${c}</label></div>`,
          )
          .join('')}</div></div></div></div>`;
    };
    page(
      form(
        section(
          'Clinical Information',
          radios('Has the patient been hospitalized for a flare?', ['Yes', 'No'], 'Yes') +
            radios('Will colchicine be continued?', ['Yes', 'No'], 'No'),
        ),
      ),
    );
    expect(read()).toEqual({ 'clinical.hospitalization': 'Yes', 'clinical.colchicineContinuing': 'No' });
  });
});
