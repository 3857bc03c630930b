import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Caspio Bridge DataPages (embedded `/dp/<AppKey>/emb`, classic table layout, no semantic markup).
 * Caspio's renderer is closed source: the markup is pieced from what public code reads off rendered
 * DataPages and from Caspio's default style sheet as apps copy it (class list `.cbFormTable`,
 * `.cbFormLabelCell`, `.cbFormLabel`, `.cbFormLabelRequired`, `.cbFormRequiredMarker`,
 * `.cbFormFieldCell`, `.cbFormTextField`, `.cbFormSelect`, `.cbFormCalendar`, `.cbFormError`,
 * `.cbFormDataCell`, `.cbFormData`, `.cbHTMLBlockContainer`): scrapers and app scripts reading
 * `table.cbFormTable > tr > td.cbFormLabelCell` + `td.cbFormFieldCell`, `[name="InsertRecord<Field>"]`
 * (submission) and `EditRecord<Field>` (details/update), search forms' `#Value1_1` and
 * `input[name=searchID]` in `.cbSearchButtonContainer`, results in `table[data-cb-name=cbTable]
 * .cbResultSetTable#cbTable_…` > `tr.cbResultSetTableHeader > th.cbResultSetLabel.cbResultSetHeaderCell
 * > a` (sort links) and `tr.cbResultSetDataRow > td.cbResultSetData` each holding its mobile label
 * `span.cbResultSetLabel` before the value, `a.cbResultSetDataLink` to the details; Virtual fields
 * post as `cbParamVirtualN`; howto.caspio.com "Form element types" (text field with calendar popup,
 * dropdown with a blank first option, listbox, cascading dropdown, virtual field, display only).
 * - Required: the label cell is classed `cbFormLabelRequired` and the label ends in
 *   `span.cbFormRequiredMarker` "*"; a failed check writes `span.cbFormError` after the input.
 * - Calendar popup: `a.cbFormCalendar` with its calendar image after the input in the field cell
 *   (the open calendar's own markup is not modelled: no source shows it).
 * - A tabular report with inline edit: each row ends in `Edit` and `Delete` links; the inline add row
 *   at the bottom holds `InlineAdd<Field>` text boxes and an Add button (those rows' own classes are
 *   not confirmed by any source, so none are written).
 * - A display-only field: `td.cbFormDataCell > span.cbFormData` with the value as text.
 */

const KEY = 'a7d2e000f4b1c6e3d58947b1a0c2';

type Extra = { required?: boolean; error?: string; calendar?: boolean };

const labelCell = (id: string, label: string, o: Extra) =>
  `<td class="cbFormLabelCell ${o.required ? 'cbFormLabelRequired' : 'cbFormLabel'}"><label for="${id}">${label}${o.required ? '<span class="cbFormRequiredMarker">*</span>' : ''}</label></td>`;

const row = (id: string, label: string, control: string, o: Extra = {}) =>
  `<tr>${labelCell(id, label, o)}<td class="cbFormFieldCell">${control}${
    o.calendar
      ? `<a href="javascript:void(0)" class="cbFormCalendar" title="Calendar"><img src="https://c1afd123.caspio.com/images/calendar/calendar.gif" alt="Calendar" border="0"></a>`
      : ''
  }${o.error ? `<span class="cbFormError">${o.error}</span>` : ''}</td></tr>`;

const text = (name: string, label: string, value: string, o: Extra = {}, prefix = 'InsertRecord') =>
  row(
    `${prefix}${name}`,
    label,
    `<input type="text" name="${prefix}${name}" id="${prefix}${name}" value="${value}" size="25" maxlength="255" class="cbFormTextField">`,
    o,
  );

const select = (
  name: string,
  label: string,
  chosen: string[],
  options: string[],
  o: Extra & { multiple?: boolean } = {},
  prefix = 'InsertRecord',
) =>
  row(
    `${prefix}${name}`,
    label,
    `<select name="${prefix}${name}" id="${prefix}${name}" class="cbFormSelect"${o.multiple ? ' multiple="multiple" size="3"' : ''}>${o.multiple ? '' : `<option value=""${chosen.length ? '' : ' selected="selected"'}></option>`}${options
      .map((v) => `<option value="${v}"${chosen.includes(v) ? ' selected="selected"' : ''}>${v}</option>`)
      .join('')}</select>`,
    o,
  );

/** two rows set on one line ("Next element position: Same line"): a nested table of their cells */
const unrow = (r: string) => r.replace(/^<tr>|<\/tr>$/g, '');
const pair = (a: string, b: string) =>
  `<tr><td colspan="2" class="cbFormNestedTableContainer"><table class="cbFormNestedTable" cellspacing="0"><tr>${unrow(a)}${unrow(b)}</tr></table></td></tr>`;

const display = (label: string, value: string) =>
  `<tr><td class="cbFormLabelCell cbFormLabel">${label}</td><td class="cbFormDataCell"><span class="cbFormData">${value}</span></td></tr>`;
const html = (body: string) => `<tr><td colspan="2" class="cbHTMLBlockContainer">${body}</td></tr>`;

const submission = (rows: string, key = KEY) =>
  `<div id="cb${key}"><form id="caspioform" name="caspioform" method="post" action="https://c1afd123.caspio.com/dp/${key}" enctype="multipart/form-data"><table cellspacing="0" class="cbFormTable">${rows}</table><div class="cbSubmitButtonContainer"><input type="submit" name="Submit" id="Submit${key}" value="Submit" class="cbSubmitButton"></div><input type="hidden" name="AppKey" value="${key}"></form></div>`;

const search = (rows: string, key: string) =>
  `<div id="cb${key}"><form id="caspioform" name="caspioform" method="post" action="https://c1afd123.caspio.com/dp/${key}"><table cellspacing="0" class="cbFormTable">${rows}</table><div class="cbSearchButtonContainer"><input type="submit" name="searchID" id="searchID" value="Search" class="cbSearchButton"></div></form></div>`;

/** a tabular report of past records */
const results = (key: string, headers: string[], rows: string[][]) =>
  `<div id="cb${key}"><div id="RecordMessageTop${key}" class="cbResultSetRecordMessage">Records 1-${rows.length} of ${rows.length}</div><table cellspacing="0" data-cb-name="cbTable" class="cbResultSetTable" id="cbTable_${key}"><thead><tr class="cbResultSetTableHeader">${headers
    .map((h) => `<th class="cbResultSetLabel cbResultSetHeaderCell"><a href="javascript:void(0)">${h}</a></th>`)
    .join('')}<th class="cbResultSetLabel cbResultSetHeaderCell"></th></tr></thead><tbody>${rows
    .map(
      (r) =>
        `<tr class="cbResultSetDataRow">${r.map((v, i) => `<td class="cbResultSetData"><span class="cbResultSetLabel">${headers[i]}</span>${v}</td>`).join('')}<td class="cbResultSetData"><a class="cbResultSetDataLink" href="javascript:void(0)">Details</a></td></tr>`,
    )
    .join('')}</tbody></table></div>`;

const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const CODES = ['M04.1', 'M06.1', 'M04.8'];
const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];

const requestRows = () =>
  `${html('<h2>Canakinumab prior authorization request</h2>')}
  ${text('Member_ID', 'Member ID', ILARIS['patient.memberId'], { required: true })}
  ${text('DOB', 'Date of birth', ILARIS['patient.dob'], { calendar: true, required: true })}
  ${text('Weight_kg', 'Weight (kg)', '72')}
  ${select('ICD10_Codes', 'ICD-10 codes', ['M04.1', 'M06.1'], CODES, { multiple: true })}
  ${select('Drug_Name', 'Drug name', [ILARIS['drug.name']], DRUGS)}
  ${text('HCPCS', 'HCPCS code', ILARIS['drug.hcpcs'])}
  ${text('NDC', 'NDC', ILARIS['drug.ndc'])}
  ${text('Dose_mg', 'Dose (mg)', '150')}
  ${text('Billing_Units', 'Billing units', '150')}
  ${select('Frequency', 'Frequency', ['Every 4 weeks'], FREQ)}
  ${text('CRP', 'CRP (mg/L)', '24')}
  ${text('CRP_Date', 'CRP collection date', ILARIS['labs.crpDate'], { calendar: true })}
  ${text('Prescriber_NPI', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true })}`;

describe('Caspio DataPages: cbFormTable rows, calendar popup, dropdowns, listbox, results of past records', () => {
  it('reads the full Ilaris request', () => {
    page(submission(requestRows()));
    expect(read()).toEqual({ ...ILARIS, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('names a required field by its label without the required marker, and not by its error', () => {
    page(
      submission(
        `${text('Member_ID', 'Member ID', '', { required: true, error: 'Please enter a value for Member ID' })}${text('Prescriber_NPI', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('patient.memberId')?.label).toBe('Member ID');
  });

  it('reads a date text field by its value, and nothing from its calendar icon link', () => {
    page(
      submission(
        `${text('DOB', 'Date of birth', ILARIS['patient.dob'], { calendar: true })}${text('CRP_Date', 'CRP collection date', '', { calendar: true })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': '' });
    nothingFrom('.cbFormCalendar');
  });

  it('reads a dropdown still on its blank first option as empty', () => {
    page(submission(`${select('Drug_Name', 'Drug name', [], DRUGS)}${select('Frequency', 'Frequency', [], FREQ)}`));
    expect(read()).toEqual({ 'drug.name': '', 'drug.frequency': '' });
  });

  it('reads a cascading drug dropdown by its own label, not by the drug class dropdown it depends on', () => {
    page(
      submission(
        `${select('Drug_Class', 'Drug class', ['IL-1 inhibitor'], ['IL-1 inhibitor', 'TNF inhibitor'])}${select('Drug_Name', 'Drug name', [ILARIS['drug.name']], DRUGS)}${text('HCPCS', 'HCPCS code', ILARIS['drug.hcpcs'])}`,
      ),
    );
    expect(read()).toMatchObject({ 'drug.name': ILARIS['drug.name'], 'drug.hcpcs': ILARIS['drug.hcpcs'] });
    expect(field('drug.name')?.label).toBe('Drug name');
  });

  it('reads a listbox of codes as the chosen codes, and one with none chosen as empty', () => {
    page(submission(select('ICD10_Codes', 'ICD-10 codes', ['M04.1', 'M06.1'], CODES, { multiple: true })));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    page(submission(select('ICD10_Codes', 'ICD-10 codes', [], CODES, { multiple: true })));
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });

  it('reads two fields laid out on one line in a nested table, each by its own label cell', () => {
    page(
      submission(
        `${text('Member_ID', 'Member ID', ILARIS['patient.memberId'])}${pair(text('DOB', 'Date of birth', ILARIS['patient.dob'], { calendar: true }), text('Weight_kg', 'Weight (kg)', '72'))}${pair(text('CRP', 'CRP (mg/L)', '24'), text('CRP_Date', 'CRP collection date', ILARIS['labs.crpDate'], { calendar: true }))}`,
      ),
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.dob': ILARIS['patient.dob'],
      'patient.weight': '72',
      'labs.crpValue': '24',
      'labs.crpDate': ILARIS['labs.crpDate'],
    });
  });

  it('reads the submission form, not the criteria typed into a search form above it', () => {
    page(
      `${search(`${text('1_1', 'Member ID', 'U1000000001', {}, 'Value')}${select('2_1', 'Drug name', ['Kineret (anakinra)'], DRUGS, {}, 'Value')}`, 'b13f9000a8c2d4e7f1b05c93d6e8')}${submission(
        `${text('Member_ID', 'Member ID', ILARIS['patient.memberId'])}${select('Drug_Name', 'Drug name', [ILARIS['drug.name']], DRUGS)}${text('HCPCS', 'HCPCS code', ILARIS['drug.hcpcs'])}${text('Prescriber_NPI', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      )}`,
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'drug.name': ILARIS['drug.name'],
      'drug.hcpcs': ILARIS['drug.hcpcs'],
      'prescriber.npi': ILARIS['prescriber.npi'],
    });
  });

  it('reads radio buttons by the chosen option, the label cell naming their group', () => {
    const radios = FREQ.map(
      (v, i) =>
        `<input type="radio" name="InsertRecordFrequency" id="InsertRecordFrequency${i}" value="${v}"${v === 'Every 8 weeks' ? ' checked="checked"' : ''}><label for="InsertRecordFrequency${i}">${v}</label><br>`,
    ).join('');
    page(submission(`${row('InsertRecordFrequency', 'Frequency', radios)}${text('Dose_mg', 'Dose (mg)', '150')}`));
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'drug.dose': '150' });
  });

  // misread: the member ID is left unread (no patient.memberId): a Display only field is a
  // `span.cbFormData` of text in a `td.cbFormDataCell` beside its label cell, no control, and text
  // values are read only as a grid's cells or a known framework's read-only boxes
  it.fails('reads the member ID the form was opened with, shown Display only among its inputs', () => {
    page(
      submission(
        `${display('Member ID', ILARIS['patient.memberId'])}${text('DOB', 'Date of birth', ILARIS['patient.dob'], { calendar: true })}${text('Weight_kg', 'Weight (kg)', '72')}${select('Drug_Name', 'Drug name', [ILARIS['drug.name']], DRUGS)}`,
      ),
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.dob': ILARIS['patient.dob'],
      'patient.weight': '72',
      'drug.name': ILARIS['drug.name'],
    });
  });

  it('reads a Virtual field (cbParamVirtual1) by its label', () => {
    page(
      submission(
        `${text('Member_ID', 'Member ID', ILARIS['patient.memberId'])}${row('cbParamVirtual1', 'Weight (kg)', '<input type="text" name="cbParamVirtual1" id="cbParamVirtual1" value="72" size="25" class="cbFormTextField">')}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'patient.weight': '72' });
  });

  it('reads the details form of the chosen request, and nothing from the report of past requests above it', () => {
    const RESULTS = 'c41e5000b2a7f9d8e6c34a10f7b2';
    page(
      `${search(text('1_1', 'Member ID', ILARIS['patient.memberId'], {}, 'Value'), 'b13f9000a8c2d4e7f1b05c93d6e8')}${results(
        RESULTS,
        ['Request #', 'Drug name', 'Dose (mg)', 'Start date', 'Stop date', 'Status'],
        [
          ['PA-20931', 'Kineret (anakinra)', '100', '07/01/2026', '09/15/2026', 'Closed'],
          ['PA-18422', 'colchicine', '0.6', '01/05/2026', '06/30/2026', 'Closed'],
        ],
      )}${submission(
        `${display('Request #', 'PA-21877')}${text('Member_ID', 'Member ID', ILARIS['patient.memberId'], {}, 'EditRecord')}${select('Drug_Name', 'Drug name', [ILARIS['drug.name']], DRUGS, {}, 'EditRecord')}${text('Dose_mg', 'Dose (mg)', '150', {}, 'EditRecord')}${text('Prescriber_NPI', 'Prescriber NPI', ILARIS['prescriber.npi'], {}, 'EditRecord')}`,
        'e92d7000c5f1a3b8d4e62f07a9c1',
      )}`,
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'drug.name': ILARIS['drug.name'],
      'drug.dose': '150',
      'prescriber.npi': ILARIS['prescriber.npi'],
    });
    nothingFrom('.cbResultSetTable');
  });

  it('reads no value from a details page showing another record as display-only text', () => {
    page(
      `${submission(`${html('<h3>Last approved request</h3>')}${display('Drug name', 'Kineret (anakinra)')}${display('Dose (mg)', '100')}${display('Frequency', 'Once')}`, 'd81c4000e7b2a9f3c5d14e60b8a2')}${submission(
        `${select('Drug_Name', 'Drug name', [ILARIS['drug.name']], DRUGS)}${text('Dose_mg', 'Dose (mg)', '150')}${select('Frequency', 'Frequency', ['Every 4 weeks'], FREQ)}`,
      )}`,
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.dose': '150', 'drug.frequency': 'Every 4 weeks' });
  });

  it("reads a report of prior therapies by its cells, without each cell's mobile label", () => {
    const key = 'f03b8000d1e6c2a9b7f45e21c8d3';
    const headers = ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'];
    page(
      `${submission(requestRows())}<h3>Prior therapies</h3><div id="cb${key}"><table cellspacing="0" data-cb-name="cbTable" class="cbResultSetTable" id="cbTable_${key}"><thead><tr class="cbResultSetTableHeader">${headers
        .map((h) => `<th class="cbResultSetLabel cbResultSetHeaderCell"><a href="javascript:void(0)">${h}</a></th>`)
        .join('')}<th class="cbResultSetLabel cbResultSetHeaderCell"></th></tr></thead><tbody>${THERAPY_ROWS.map(
        (r) =>
          `<tr class="cbResultSetDataRow">${r.map((v, i) => `<td class="cbResultSetData"><span class="cbResultSetLabel">${headers[i]}</span>${v}</td>`).join('')}<td class="cbResultSetData"><a href="javascript:void(0)" class="cbResultSetActionsLinks">Edit</a> <a href="javascript:void(0)" class="cbResultSetActionsLinks">Delete</a></td></tr>`,
      ).join('')}<tr>${['Drug', 'Dose', 'Start_Date', 'Stop_Date', 'Outcome']
        .map(
          (f) =>
            `<td class="cbResultSetData"><input type="text" name="InlineAdd${f}" id="InlineAdd${f}" value="" class="cbFormTextField" size="15"></td>`,
        )
        .join(
          '',
        )}<td class="cbResultSetData"><input type="button" name="InlineAdd" value="Add" class="cbResultSetActionButton"></td></tr></tbody></table></div>`,
    );
    expect(read()).toMatchObject({ ...ILARIS, ...THERAPIES });
  });
});
