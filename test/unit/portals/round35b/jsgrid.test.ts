import { describe, expect, it } from 'vitest';
import { page, read } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * jsGrid 1.5.3 (tabalinas/jsgrid at bf0c991: src/jsgrid.core.js `_createHeader`, `_createHeaderRow`,
 * `_createFilterRow`, `_createInsertRow`, `_createRow`, `_createCell`, `_createNoDataRow`, `_createEditRow`,
 * `_editRow`, `_prepareCell`, the class defaults; src/fields/jsgrid.field.text.js, jsgrid.field.select.js,
 * jsgrid.field.control.js; src/jsgrid.load-indicator.js):
 * - `div#<id>.jsgrid[style="position: relative; height: auto; width: 100%;"]` > `div.jsgrid-grid-header` >
 *   `table.jsgrid-table` holding `tr.jsgrid-header-row` (`th.jsgrid-header-cell.jsgrid-header-sortable
 *   [style="width: Npx;"]` with the field's title), `tr.jsgrid-filter-row` (a `td.jsgrid-cell` per field holding its
 *   filterTemplate: a text input, a select of the items) and `tr.jsgrid-insert-row` (its insertTemplate), each
 *   toggled by jQuery (`style="display: none;"` while filtering/inserting is off); then `div.jsgrid-grid-body >
 *   table.jsgrid-table > tbody` of `tr.jsgrid-row` / `tr.jsgrid-alt-row` (odd/even) of `td.jsgrid-cell` holding the
 *   itemTemplate: the value as text, a select field's item text (centered: `jsgrid-align-center`); an empty list
 *   draws `tr.jsgrid-nodata-row > td.jsgrid-cell[colspan]` "Not found". Then `div.jsgrid-pager-container` and the
 *   load indicator (`div.jsgrid-load-shader`, `div.jsgrid-load-panel` "Please, wait...", hidden).
 * - the control field (`td.jsgrid-control-field.jsgrid-align-center`): `input.jsgrid-button[type=button][title]`s:
 *   the mode switch in the header (`jsgrid-mode-button jsgrid-insert-mode-button` "Switch to inserting"), search and
 *   clear filter in the filter row, insert in the insert row, edit and delete per row, update and cancel edit in the
 *   edit row.
 * - editing a row (`_editRow`): the row is hidden (`$row.hide()`: `style="display: none;"`) and `tr.jsgrid-edit-row`
 *   inserted BEFORE it, its cells holding the editTemplates (`input[type=text]` with the value, a select).
 * The header and body are two tables, the titles in the first only.
 */

const OUTCOMES = ['', 'Inadequate response', 'Injection-site reactions', 'Intolerance'];
const THERAPY_FIELDS: Field[] = [
  { title: 'Drug', width: 150 },
  { title: 'Dose', width: 120 },
  { title: 'Start date', width: 100 },
  { title: 'Stop date', width: 100 },
  { title: 'Outcome', width: 160, select: true },
];

const button = (cls: string, title: string) => `<input class="jsgrid-button ${cls}" type="button" title="${title}">`;
const cell = (f: { width: number; select?: boolean }, content: string) =>
  `<td class="jsgrid-cell${f.select ? ' jsgrid-align-center' : ''}" style="width: ${f.width}px;">${content}</td>`;
const control = (content: string) =>
  `<td class="jsgrid-cell jsgrid-control-field jsgrid-align-center" style="width: 50px;">${content}</td>`;
/** a SelectField's select (valueField "Id", textField "Name"): the chosen outcome's index */
const select = (chosen: string) =>
  `<select>${OUTCOMES.map((o, i) => `<option value="${i}"${o === chosen ? ' selected' : ''}>${o}</option>`).join('')}</select>`;
const editor = (f: { select?: boolean }, value: string) =>
  f.select ? select(value) : `<input type="text"${value ? ` value="${value}"` : ''}>`;

type Field = { title: string; width: number; select?: boolean };
type Grid = {
  fields?: Field[];
  filter?: string[];
  inserting?: boolean;
  edit?: { row: number; values: string[] };
  rows?: string[][];
  editing?: boolean;
};

function jsGrid(id: string, o: Grid = {}): string {
  const rows = o.rows ?? THERAPY_ROWS;
  const FIELDS = o.fields ?? THERAPY_FIELDS;
  const header = `<tr class="jsgrid-header-row">${FIELDS.map((f) => `<th class="jsgrid-header-cell jsgrid-header-sortable${f.select ? ' jsgrid-align-center' : ''}" style="width: ${f.width}px;">${f.title}</th>`).join('')}<th class="jsgrid-header-cell jsgrid-control-field jsgrid-align-center" style="width: 50px;">${button('jsgrid-mode-button jsgrid-insert-mode-button', 'Switch to inserting')}</th></tr>`;
  const filter = `<tr class="jsgrid-filter-row"${o.filter ? '' : ' style="display: none;"'}>${FIELDS.map((f, i) => cell(f, editor(f, o.filter?.[i] ?? ''))).join('')}${control(`${button('jsgrid-search-button', 'Search')}${button('jsgrid-clear-filter-button', 'Clear filter')}`)}</tr>`;
  const insert = `<tr class="jsgrid-insert-row"${o.inserting ? '' : ' style="display: none;"'}>${FIELDS.map((f) => cell(f, editor(f, ''))).join('')}${control(button('jsgrid-insert-button', 'Insert'))}</tr>`;
  const item = (r: string[], i: number, hidden = false) =>
    `<tr class="${i % 2 ? 'jsgrid-alt-row' : 'jsgrid-row'}"${hidden ? ' style="display: none;"' : ''}>${FIELDS.map((f, j) => cell(f, r[j]!)).join('')}${control(o.editing === false ? '' : `${button('jsgrid-edit-button', 'Edit')}${button('jsgrid-delete-button', 'Delete')}`)}</tr>`;
  const edited = (values: string[]) =>
    `<tr class="jsgrid-edit-row">${FIELDS.map((f, j) => cell(f, editor(f, values[j]!))).join('')}${control(`${button('jsgrid-update-button', 'Update')}${button('jsgrid-cancel-edit-button', 'Cancel edit')}`)}</tr>`;
  const body = rows.length
    ? rows.map((r, i) => (o.edit?.row === i ? `${edited(o.edit.values)}${item(r, i, true)}` : item(r, i))).join('')
    : `<tr class="jsgrid-nodata-row"><td class="jsgrid-cell" colspan="${FIELDS.length + 1}">Not found</td></tr>`;
  return `<div id="${id}" class="jsgrid" style="position: relative; height: auto; width: 100%;"><div class="jsgrid-grid-header jsgrid-header-scrollbar"><table class="jsgrid-table">${header}${filter}${insert}</table></div><div class="jsgrid-grid-body"><table class="jsgrid-table"><tbody>${body}</tbody></table></div><div class="jsgrid-pager-container" style="display: none;"></div><div class="jsgrid-load-shader" style="display: none; position: absolute; inset: 0px; z-index: 1000;"></div><div class="jsgrid-load-panel" style="display: none; position: absolute; top: 50%; left: 50%; z-index: 1000;">Please, wait...</div></div>`;
}

const input = (id: string, label: string, value: string) =>
  `<div class="form-group"><label for="${id}">${label}</label><input type="text" class="form-control" id="${id}" name="${id}" value="${value}"></div>`;

const requestFields = () =>
  `<h3>Member</h3>${input('member_id', 'Member ID', ILARIS['patient.memberId'])}${input('dob', 'Date of birth', ILARIS['patient.dob'])}${input('weight', 'Weight (kg)', '72')}
  <h3>Diagnosis</h3>${input('icd10', 'ICD-10 codes', 'M04.1, M06.1')}
  <h3>Medication</h3>${input('drug', 'Drug name', ILARIS['drug.name'])}${input('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${input('ndc', 'NDC', ILARIS['drug.ndc'])}${input('dose', 'Dose (mg)', '150')}${input('units', 'Billing units', '150')}${input('freq', 'Frequency', 'Every 4 weeks')}
  <h3>Labs</h3>${input('crp', 'CRP (mg/L)', '24')}${input('crp_date', 'CRP collection date', ILARIS['labs.crpDate'])}
  <h3>Prescriber</h3>${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`;

const REQUEST = { ...ILARIS, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' };

const form = (grid: string, before = '') =>
  `<div class="container">${before}<form id="pa">${requestFields()}<h3>Prior therapies</h3>${grid}<button type="submit" class="btn btn-primary">Submit request</button></form></div>`;

describe('jsGrid 1.5: header table apart, filter row, insert row, edit row, select field, control field', () => {
  // misread: no prior therapies: the body table's text rows are not read at all (no cell fields):
  // its titles stand in the header table apart, which the reader follows for a bare grid, but the control field's
  // `input[type=button]`s in each row, or the hidden filter row's boxes in the header table, each stop it
  // (tried apart: header and body tables alone are read; either addition reads nothing)
  it.fails('reads the full Ilaris request, prior therapies from a jsGrid of text rows', () => {
    page(form(jsGrid('therapies')));
    expect(read()).toEqual({ ...REQUEST, ...THERAPIES });
    noDuplicatePaths();
  });

  // misread: WRONG VALUE: the filter row in the header table is read as the only therapy, its search "anakinra" as
  // priorTherapies.0.drug and its chosen filter "Injection-site reactions" as priorTherapies.0.outcome; the text
  // rows of the body table are not read
  it.fails('reads the therapies and nothing from the filter row, a drug typed and an outcome chosen in it', () => {
    page(form(jsGrid('therapies', { filter: ['anakinra', '', '', '', 'Injection-site reactions'] })));
    expect(read()).toEqual({ ...REQUEST, ...THERAPIES });
    nothingFrom('tr.jsgrid-filter-row');
  });

  // misread: the empty insert row in the header table is read as priorTherapies.0 (all five empty), the text rows of
  // the body table are not read
  it.fails('reads the therapies and nothing from the empty insert row shown above them', () => {
    page(form(jsGrid('therapies', { inserting: true })));
    expect(read()).toEqual({ ...REQUEST, ...THERAPIES });
    nothingFrom('tr.jsgrid-insert-row');
  });

  // misread: no prior therapies, the edit row's boxes included: nothing of the grid is read, as in the full request
  it.fails('reads an edited row by its edit row (a dose changed), not the hidden row it replaces', () => {
    const values: string[] = [...THERAPY_ROWS[1]!];
    values[1] = '100 mg twice daily';
    page(form(jsGrid('therapies', { edit: { row: 1, values } })));
    expect(read()).toEqual({ ...REQUEST, ...THERAPIES, 'priorTherapies.1.dose': '100 mg twice daily' });
    noDuplicatePaths();
  });

  // misread: no prior therapies, the edit row's boxes and select included: nothing of the grid is read, as in the
  // full request
  it.fails('reads the edit row of the first therapy with its outcome select, the second row as text', () => {
    page(form(jsGrid('therapies', { edit: { row: 0, values: THERAPY_ROWS[0]! } })));
    expect(read()).toEqual({ ...REQUEST, ...THERAPIES });
  });

  it('reads no therapy from the "Not found" row of an empty grid', () => {
    page(form(jsGrid('therapies', { rows: [] })));
    expect(read()).toEqual(REQUEST);
    nothingFrom('#therapies');
  });

  // misread: nothing is read from the past requests' grid, but no prior therapies either: the therapies' grid is
  // not read, as in the full request
  it.fails('reads nothing from a jsGrid of past requests above the form', () => {
    const past = jsGrid('history', {
      editing: false,
      fields: [
        { title: 'Request #', width: 90 },
        { title: 'Drug', width: 150 },
        { title: 'Dose', width: 90 },
        { title: 'Submitted', width: 100 },
        { title: 'Status', width: 100 },
      ],
      rows: [
        ['PA-20931', 'Kineret (anakinra)', '100 mg', '06/12/2026', 'Approved'],
        ['PA-21407', ILARIS['drug.name'], '150 mg', '11/20/2026', 'Draft'],
      ],
    });
    page(form(jsGrid('therapies'), `<h2>Past requests for this member</h2>${past}`));
    expect(read()).toEqual({ ...REQUEST, ...THERAPIES });
    nothingFrom('#history');
  });
});
