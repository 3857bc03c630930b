import { describe, expect, it } from 'vitest';
import { page, read } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Tabulator 6.3.1 (olifolkerd/tabulator at 56bfd08: src/js/core/Tabulator.js, ColumnManager.js, RowManager.js,
 * column/Column.js, row/Row.js, cell/Cell.js, modules/Sort/Sort.js, modules/ResizeColumns, modules/Filter/Filter.js,
 * modules/Edit/Edit.js + defaults/editors/input.js and date.js):
 * - `div.tabulator[role=grid]` > `div.tabulator-header[role=rowgroup]` > `div.tabulator-header-contents[role=rowgroup]`
 *   > `div.tabulator-headers[role=row]` of `div.tabulator-col[role=columnheader][aria-sort=none][tabulator-field]`
 *   (`.tabulator-sortable.tabulator-col-sorter-element`) > `div.tabulator-col-content` > `div.tabulator-col-title-holder`
 *   > `div.tabulator-col-title` (the title) + `div.tabulator-col-sorter > div.tabulator-arrow`, then
 *   `div.tabulator-col-resize-handle`s; a header filter adds `div.tabulator-header-filter > input[type=search]
 *   [placeholder="filter column..."]` to the column's content.
 * - `div.tabulator-tableholder[tabindex=0]` > `div.tabulator-table[role=rowgroup]` of
 *   `div.tabulator-row.tabulator-selectable.tabulator-row-odd|even[role=row]` holding
 *   `div.tabulator-cell[role=gridcell][tabulator-field]` (`.tabulator-editable` when it has an editor) with the text;
 *   an empty table shows `div.tabulator-placeholder > div.tabulator-placeholder-contents` "No Data Available".
 * - Editing: the cell, its row and the table get `tabulator-editing`; the cell's text is replaced by the editor:
 *   `input[type=text]` (style padding 4px; width 100%; box-sizing; height 100%) holding the value, or for the
 *   `date` editor with `format: "MM/dd/yyyy"` an `input[type=date]` holding "yyyy-MM-dd".
 * - `list` editor (modules/Edit/List.js, core/tools/Popup.js): the cell holds `input[type=text]` (cursor default, caret
 *   transparent) showing the chosen label; its list `div.tabulator-edit-list.tabulator-popup-container` goes to the end
 *   of body, one `div.tabulator-edit-list-item.tabulator-edit-list-group-level-0[tabindex=0]` per value (`active` chosen).
 * - `div.tabulator-footer > div.tabulator-footer-contents` (empty without pagination).
 */

const COLS = [
  ['drug', 'Drug'],
  ['dose', 'Dose'],
  ['start', 'Start date'],
  ['stop', 'Stop date'],
  ['outcome', 'Outcome'],
] as const;
type Field = (typeof COLS)[number][0];

const col = (field: string, title: string, filter: boolean) =>
  `<div class="tabulator-col tabulator-sortable tabulator-col-sorter-element" role="columnheader" aria-sort="none" tabulator-field="${field}" tabindex="0" style="min-width: 40px; width: 180px; height: ${filter ? 62 : 39}px;"><div class="tabulator-col-content"><div class="tabulator-col-title-holder"><div class="tabulator-col-title">${title}</div><div class="tabulator-col-sorter"><div class="tabulator-arrow"></div></div></div>${
    filter
      ? '<div class="tabulator-header-filter"><input type="search" placeholder="filter column..." style="padding: 4px; width: 100%; box-sizing: border-box;" value=""></div>'
      : ''
  }</div><div class="tabulator-col-resize-handle"></div><div class="tabulator-col-resize-handle prev"></div></div>`;

type Edit = { row: number; field: Field; input: string };
const cell = (field: string, value: string, editing?: string) =>
  `<div class="tabulator-cell tabulator-editable${editing ? ' tabulator-editing' : ''}" role="gridcell" tabulator-field="${field}" tabindex="0" style="width: 180px; height: 37px;">${editing ?? value}</div>`;
const textEditor = (v: string) =>
  `<input type="text" style="padding: 4px; width: 100%; box-sizing: border-box; height: 100%;" value="${v}">`;
const dateEditor = (v: string) =>
  `<input type="date" style="padding: 4px; width: 100%; box-sizing: border-box; height: 100%;" value="${v}">`;

const listEditor = (v: string) =>
  `<input type="text" style="padding: 4px; width: 100%; box-sizing: border-box; cursor: default; caret-color: transparent; height: 100%;" value="${v}">`;
const OUTCOMES = ['Inadequate response', 'Injection-site reactions', 'Intolerance', 'Partial response'];
const listPopup = (chosen: string) =>
  `<div class="tabulator-edit-list tabulator-popup-container" style="min-width: 180px; top: 268px; left: 720px;">${OUTCOMES.map(
    (o) =>
      `<div tabindex="0" class="tabulator-edit-list-item tabulator-edit-list-group-level-0${o === chosen ? ' active' : ''}">${o}</div>`,
  ).join('')}</div>`;

function tabulator(
  rows: readonly (readonly string[])[],
  o: { edit?: Edit; filters?: boolean; cols?: readonly (readonly [string, string])[] } = {},
) {
  const cols = o.cols ?? COLS;
  const body = rows.length
    ? rows
        .map(
          (r, i) =>
            `<div class="tabulator-row tabulator-selectable tabulator-row-${i % 2 ? 'even' : 'odd'}${o.edit?.row === i ? ' tabulator-editing' : ''}" role="row" style="padding-left: 0px;">${cols
              .map(([f], j) => cell(f, r[j]!, o.edit?.row === i && o.edit.field === f ? o.edit.input : undefined))
              .join('')}</div>`,
        )
        .join('')
    : '';
  const placeholder = rows.length
    ? ''
    : '<div class="tabulator-placeholder" tabulator-render-mode="virtual" style="width: 900px;"><div class="tabulator-placeholder-contents">No Data Available</div></div>';
  return `<div id="therapy-table" class="tabulator${o.edit ? ' tabulator-editing' : ''}" role="grid" tabulator-layout="fitColumns" style="height: 220px;"><div class="tabulator-header" role="rowgroup"><div class="tabulator-header-contents" role="rowgroup"><div class="tabulator-headers" role="row">${cols
    .map(([f, t]) => col(f, t, !!o.filters))
    .join(
      '',
    )}</div></div></div><div class="tabulator-tableholder" tabindex="0" style="height: 180px;"><div class="tabulator-table" role="rowgroup" style="padding-top: 0px; padding-bottom: 0px;">${body}</div>${placeholder}</div><div class="tabulator-footer"><div class="tabulator-footer-contents"></div></div></div>`;
}

const field = (id: string, label: string, value: string) =>
  `<div class="form-row"><label for="${id}">${label}</label><input type="text" id="${id}" name="${id}" value="${value}"></div>`;
const form = (table: string) =>
  `<form id="pa"><fieldset><legend>Member</legend>${field('memberId', 'Member ID', ILARIS['patient.memberId'])}${field('dob', 'Date of birth', ILARIS['patient.dob'])}${field('weight', 'Weight (kg)', '72')}</fieldset>
  <fieldset><legend>Medication</legend>${field('drug', 'Drug name', ILARIS['drug.name'])}${field('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${field('ndc', 'NDC', ILARIS['drug.ndc'])}${field('dose', 'Dose (mg)', '150')}${field('units', 'Billing units', '150')}${field('freq', 'Frequency', 'Every 4 weeks')}${field('icd', 'ICD-10 codes', 'M04.1, M06.1')}</fieldset>
  <fieldset><legend>Labs</legend>${field('crp', 'CRP (mg/L)', '24')}${field('crpDate', 'CRP collection date', ILARIS['labs.crpDate'])}</fieldset>
  <h3>Prior therapies</h3>${table}<button type="button" id="add-row">Add therapy</button>
  <fieldset><legend>Prescriber</legend>${field('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}</fieldset><button type="submit">Submit</button></form>`;
const REQUEST = { ...ILARIS, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' };

describe('Tabulator 6: an editable table of prior therapies', () => {
  it('reads the full Ilaris request, the therapies from the table rows', () => {
    page(form(tabulator(THERAPY_ROWS)));
    expect(read()).toEqual({ ...REQUEST, ...THERAPIES });
    noDuplicatePaths();
  });

  it('names each cell by its .tabulator-col-title, not the sort arrow or resize handles', () => {
    page(`<h3>Prior therapies</h3>${tabulator(THERAPY_ROWS)}`);
    expect(read()).toEqual(THERAPIES);
  });

  it('reads a cell being edited by its text editor input', () => {
    page(form(tabulator(THERAPY_ROWS, { edit: { row: 1, field: 'dose', input: textEditor('100 mg daily') } })));
    expect(read()).toEqual({ ...REQUEST, ...THERAPIES });
    noDuplicatePaths();
  });

  it('reads what is typed into the open editor, not the value the cell had', () => {
    page(form(tabulator(THERAPY_ROWS, { edit: { row: 0, field: 'outcome', input: textEditor('Partial response') } })));
    expect(read()).toEqual({ ...REQUEST, ...THERAPIES, 'priorTherapies.0.outcome': 'Partial response' });
  });

  it('reads a stop date in its open date editor (input type=date) in ISO form', () => {
    page(form(tabulator(THERAPY_ROWS, { edit: { row: 0, field: 'stop', input: dateEditor('2026-06-30') } })));
    expect(read()).toEqual({ ...REQUEST, ...THERAPIES, 'priorTherapies.0.stop': '2026-06-30' });
  });

  it('reads the outcome in its open list editor, and nothing from the list popup at the end of body', () => {
    page(
      `${form(tabulator(THERAPY_ROWS, { edit: { row: 1, field: 'outcome', input: listEditor('Intolerance') } }))}${listPopup('Intolerance')}`,
    );
    expect(read()).toEqual({ ...REQUEST, ...THERAPIES, 'priorTherapies.1.outcome': 'Intolerance' });
    nothingFrom('.tabulator-edit-list');
    noDuplicatePaths();
  });

  it('takes nothing from the header filters', () => {
    page(form(tabulator(THERAPY_ROWS, { filters: true })));
    expect(read()).toEqual({ ...REQUEST, ...THERAPIES });
    nothingFrom('.tabulator-header');
  });

  it('reads an empty table ("No Data Available") as no therapies', () => {
    page(form(tabulator([])));
    expect(read()).toEqual(REQUEST);
    nothingFrom('.tabulator');
  });

  it('takes nothing from a read-only table of past requests beside the form', () => {
    page(
      `${form(tabulator(THERAPY_ROWS))}<section><h3>Recent requests</h3>${tabulator(
        [
          ['PA-20931', 'Kineret (anakinra)', '08/12/2026', 'Approved'],
          ['PA-20417', 'colchicine', '05/02/2026', 'Denied'],
        ],
        {
          cols: [
            ['id', 'Request ID'],
            ['drug', 'Drug'],
            ['submitted', 'Submitted'],
            ['status', 'Status'],
          ],
        },
      ).replace('id="therapy-table"', 'id="history"')}</section>`,
    );
    expect(read()).toEqual({ ...REQUEST, ...THERAPIES });
    nothingFrom('#history');
  });
});
