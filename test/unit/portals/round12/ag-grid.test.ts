import { describe, expect, it } from 'vitest';
import { page, read } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * AG Grid Community 33/34 (ag-grid/ag-grid, packages/ag-grid-community/src: edit/cellEditors/simpleCellEditor.ts at
 * 367e311 and textCellEditor.ts at 7d05166 (`div.ag-cell-edit-wrapper` > `ag-input-text-field.ag-cell-editor`, its
 * input aria-label "Input Editor"), widgets/agAbstractInputField (`div.ag-input-field` > hidden `div.ag-input-field-label`
 * + `div.ag-input-wrapper` > `input.ag-input-field-input`), headerRendering/cells/column/headerComp template
 * (`div.ag-cell-label-container` > menu/filter `span.ag-header-icon[aria-hidden]`, `div.ag-header-cell-label` >
 * `span.ag-header-cell-text`, filter icon, `ag-sort-indicator`), the React HeaderCellComp (`div.ag-header-cell
 * [role=columnheader][col-id][aria-colindex][tabindex=-1]` > `div.ag-header-cell-resize` + `div.ag-header-cell-comp-wrapper`)
 * and gridBodyComp's containers):
 * - `div.ag-root-wrapper` > `div.ag-root[role=grid][aria-colcount][aria-rowcount]` > `div.ag-header[role=presentation]`
 *   split into `div.ag-pinned-left-header[role=rowgroup]`, `div.ag-header-viewport > div.ag-header-container[role=rowgroup]`
 *   and an empty `div.ag-pinned-right-header.ag-hidden`, each with its `div.ag-header-row[role=row][aria-rowindex=1]`;
 *   the body `div.ag-body > div.ag-body-viewport` holds `div.ag-pinned-left-cols-container[role=rowgroup]`,
 *   `div.ag-center-cols-viewport > div.ag-center-cols-container[role=rowgroup]` and the right one, each row drawn once
 *   per container as `div.ag-row[role=row][row-index][row-id][aria-rowindex]` (absolute, translateY) holding its
 *   `div.ag-cell[role=gridcell][col-id][aria-colindex][tabindex=-1]` cells; the cell being edited is classed
 *   `ag-cell-inline-editing` and holds the editor instead of its text.
 * - agDateStringCellEditor (dateStringCellEditor.ts at 5252a07): `ag-input-date-field.ag-cell-editor` > `input[type=date]`
 *   holding the ISO date; full-row editing (`editType: 'fullRow'`) classes the row `ag-row-editing ag-row-inline-editing`
 *   and opens every cell's editor.
 * - Empty grid: `div.ag-overlay > … > span.ag-overlay-no-rows-center` "No Rows To Show".
 */

const COLS = [
  ['drug', 'Drug'],
  ['dose', 'Dose'],
  ['start', 'Start date'],
  ['stop', 'Stop date'],
  ['outcome', 'Outcome'],
] as const;
type Col = (typeof COLS)[number][0];

const sortIndicator =
  '<span class="ag-sort-indicator-container"><span class="ag-sort-indicator-icon ag-sort-order ag-hidden" aria-hidden="true"></span><span class="ag-sort-indicator-icon ag-sort-ascending-icon ag-hidden" aria-hidden="true"><span class="ag-icon ag-icon-asc" unselectable="on" role="presentation"></span></span><span class="ag-sort-indicator-icon ag-sort-descending-icon ag-hidden" aria-hidden="true"><span class="ag-icon ag-icon-desc" unselectable="on" role="presentation"></span></span><span class="ag-sort-indicator-icon ag-sort-none-icon ag-hidden" aria-hidden="true"><span class="ag-icon ag-icon-none" unselectable="on" role="presentation"></span></span></span>';
const header = (col: Col, name: string, index: number, left: number) =>
  `<div class="ag-header-cell ag-header-parent-hidden ag-header-cell-sortable ag-focus-managed${index === 1 ? ' ag-column-first' : ''}" col-id="${col}" role="columnheader" tabindex="-1" aria-colindex="${index}" aria-sort="none" aria-description="Press ENTER to sort" style="top: 0px; height: 48px; width: 160px; left: ${left}px;"><div class="ag-header-cell-resize" role="presentation"></div><div class="ag-header-cell-comp-wrapper" role="presentation"><div class="ag-cell-label-container" role="presentation"><span class="ag-header-icon ag-header-cell-filter-button" aria-hidden="true"><span class="ag-icon ag-icon-filter" unselectable="on" role="presentation"></span></span><div class="ag-header-cell-label" role="presentation"><span class="ag-header-cell-text">${name}</span><span class="ag-header-icon ag-header-label-icon ag-filter-icon ag-hidden" aria-hidden="true"><span class="ag-icon ag-icon-filter" unselectable="on" role="presentation"></span></span>${sortIndicator}</div></div></div></div>`;

let inputId = 20;
/** agTextCellEditor, or agDateStringCellEditor (ag-input-date-field: `input[type=date]` holding the ISO date) */
const editor = (value: string, date = false) => {
  const k = date ? 'date' : 'text';
  return `<div class="ag-cell-edit-wrapper"><div role="presentation" class="ag-cell-editor ag-labeled ag-label-align-left ag-${k}-field ag-input-field"><div class="ag-input-field-label ag-label ag-hidden ag-${k}-field-label" aria-hidden="true" role="presentation" id="ag-${++inputId}-label"></div><div class="ag-wrapper ag-input-wrapper ag-${k}-field-input-wrapper" role="presentation"><input class="ag-input-field-input ag-${k}-field-input" type="${k}" id="ag-${inputId}-input" aria-label="Input Editor" tabindex="0" value="${value}"></div></div></div>`;
};

type Edit = { row: number; col: Col; value: string; date?: boolean };
const cell = (row: number, col: Col, index: number, left: number, value: string, edits: Edit[]) => {
  const edit = edits.find((e) => e.row === row && e.col === col);
  return edit
    ? `<div role="gridcell" col-id="${col}" aria-colindex="${index}" tabindex="-1" class="ag-cell ag-cell-normal-height ag-cell-inline-editing${edits.length === 1 ? ' ag-cell-focus' : ''}" style="left: ${left}px; width: 160px;">${editor(edit.value, edit.date)}</div>`
    : `<div role="gridcell" col-id="${col}" aria-colindex="${index}" tabindex="-1" class="ag-cell ag-cell-not-inline-editing ag-cell-normal-height ag-cell-value" style="left: ${left}px; width: 160px;">${value}</div>`;
};
const row = (i: number, body: string, n: number, editing = false) =>
  `<div role="row" row-index="${i}" row-id="${i}" aria-rowindex="${i + 2}" class="ag-row-${i % 2 ? 'odd' : 'even'} ag-row-no-focus${editing ? ' ag-row-editing ag-row-inline-editing' : ''} ag-row ag-row-level-0 ag-row-position-absolute${i === 0 ? ' ag-row-first' : ''}${i === n - 1 ? ' ag-row-last' : ''}" style="height: 42px; transform: translateY(${i * 42}px);">${body}</div>`;

/** an AG Grid; `pinned` pins the first column left (each row then drawn in two containers) */
function grid(
  rows: readonly (readonly string[])[],
  o: { pinned?: boolean; edit?: Edit | Edit[]; fullRow?: boolean; cols?: readonly (readonly [string, string])[] } = {},
): string {
  const cols = (o.cols ?? COLS) as readonly (readonly [Col, string])[];
  const left = o.pinned ? cols.slice(0, 1) : [];
  const center = o.pinned ? cols.slice(1) : cols;
  const idx = (c: Col) => cols.findIndex(([k]) => k === c) + 1;
  const headers = (cs: readonly (readonly [Col, string])[]) => cs.map(([k, name], j) => header(k, name, idx(k), j * 160)).join('');
  const edits = o.edit ? ([] as Edit[]).concat(o.edit) : [];
  const editing = (i: number) => !!o.fullRow && edits.some((e) => e.row === i);
  const rowsOf = (cs: readonly (readonly [Col, string])[]) =>
    rows
      .map((r, i) => row(i, cs.map(([k], j) => cell(i, k, idx(k), j * 160, r[idx(k) - 1]!, edits)).join(''), rows.length, editing(i)))
      .join('');
  const overlay = rows.length
    ? ''
    : '<div class="ag-overlay" role="presentation"><div class="ag-overlay-panel" role="presentation"><div class="ag-overlay-wrapper ag-layout-normal ag-overlay-no-rows-wrapper" role="presentation"><span aria-live="polite" aria-atomic="true" class="ag-overlay-no-rows-center">No Rows To Show</span></div></div></div>';
  return `<div style="height: 220px;" class="ag-theme-quartz"><div class="ag-root-wrapper ag-ltr ag-layout-normal" role="presentation"><div class="ag-root-wrapper-body ag-focus-managed ag-layout-normal" role="presentation"><div class="ag-root ag-unselectable ag-layout-normal" role="grid" aria-colcount="${cols.length}" aria-rowcount="${rows.length + 1}"><div class="ag-header ag-pivot-off ag-header-allow-overflow" role="presentation" style="height: 49px; min-height: 49px;"><div class="ag-pinned-left-header${left.length ? '' : ' ag-hidden'}" role="rowgroup" style="width: ${left.length * 160}px; min-width: ${left.length * 160}px; max-width: ${left.length * 160}px;">${left.length ? `<div class="ag-header-row ag-header-row-column" role="row" aria-rowindex="1" style="height: 48px; top: 0px; width: 160px;">${headers(left)}</div>` : ''}</div><div class="ag-header-viewport" role="presentation"><div class="ag-header-container" role="rowgroup" style="width: ${center.length * 160}px;"><div class="ag-header-row ag-header-row-column" role="row" aria-rowindex="1" style="height: 48px; top: 0px; width: ${center.length * 160}px;">${headers(center)}</div></div></div><div class="ag-pinned-right-header ag-hidden" role="rowgroup" style="width: 0px; min-width: 0px; max-width: 0px;"></div></div><div class="ag-floating-top ag-invisible" role="presentation" style="height: 0px; min-height: 0px;"></div><div class="ag-body ag-layout-normal" role="presentation"><div class="ag-body-viewport ag-row-no-animation ag-layout-normal" role="presentation"><div class="ag-pinned-left-cols-container${left.length ? '' : ' ag-hidden'}" role="rowgroup" style="height: ${rows.length * 42}px; width: ${left.length * 160}px;">${left.length ? rowsOf(left) : ''}</div><div class="ag-center-cols-viewport" role="presentation" style="height: ${rows.length * 42}px;"><div class="ag-center-cols-container" role="rowgroup" style="width: ${center.length * 160}px; height: ${rows.length * 42}px;">${rowsOf(center)}</div></div><div class="ag-pinned-right-cols-container ag-hidden" role="rowgroup" style="height: ${rows.length * 42}px; width: 0px;"></div></div></div><div class="ag-floating-bottom ag-invisible" role="presentation" style="height: 0px; min-height: 0px;"></div>${overlay}</div></div></div></div>`;
}

const text = (id: string, label: string, value: string) =>
  `<div class="field"><label for="${id}">${label}</label><input type="text" id="${id}" name="${id}" value="${value}"></div>`;
const form = (grids: string, title = 'Prior therapies') =>
  `<main class="container"><form id="pa-request"><h2>Member</h2>${text('memberId', 'Member ID', ILARIS['patient.memberId'])}${text('dob', 'Date of birth', ILARIS['patient.dob'])}${text('weight', 'Weight (kg)', '72')}
  <h2>Medication</h2>${text('drug', 'Drug name', ILARIS['drug.name'])}${text('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${text('ndc', 'NDC', ILARIS['drug.ndc'])}${text('dose', 'Dose (mg)', '150')}${text('units', 'Billing units', '150')}${text('freq', 'Frequency', 'Every 4 weeks')}${text('icd', 'ICD-10 codes', 'M04.1, M06.1')}
  <h2>Labs</h2>${text('crp', 'CRP (mg/L)', '24')}${text('crpDate', 'CRP collection date', ILARIS['labs.crpDate'])}
  <h2>${title}</h2>${grids}
  <h2>Prescriber</h2>${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}<button type="submit">Submit</button></form></main>`;
const REQUEST = { ...ILARIS, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' };

describe('AG Grid Community: an editable grid of prior therapies beside a plain form', () => {
  it('reads the full Ilaris request, the therapies from the grid', () => {
    page(form(grid(THERAPY_ROWS)));
    expect(read()).toEqual({ ...REQUEST, ...THERAPIES });
    noDuplicatePaths();
  });

  it('reads the grid rows as prior therapies by their header cell texts, not the filter and sort icons', () => {
    page(`<h2>Prior therapies</h2>${grid(THERAPY_ROWS)}`);
    expect(read()).toEqual(THERAPIES);
  });

  // misread: the pinned Drug column's cells are read as no entries (each pinned row holds one cell), so priorTherapies.0.drug and .1.drug are missing
  it.fails('reads a row drawn across the pinned-left and center containers (same row-index) as one therapy', () => {
    page(form(grid(THERAPY_ROWS, { pinned: true })));
    expect(read()).toEqual({ ...REQUEST, ...THERAPIES });
    noDuplicatePaths();
  });

  it('reads the cell being edited by its editor input, not as a field named "Input Editor"', () => {
    page(form(grid(THERAPY_ROWS, { edit: { row: 1, col: 'outcome', value: 'Injection-site reactions' } })));
    expect(read()).toEqual({ ...REQUEST, ...THERAPIES });
    noDuplicatePaths();
  });

  // misread: no therapy at all: with the editor open, the pinned drug cells' text ("colchicine anakinra") becomes the section of the center cells, so none speaks for a prior therapy
  it.fails('reads the value typed into the open editor of a pinned grid', () => {
    page(form(grid(THERAPY_ROWS, { pinned: true, edit: { row: 0, col: 'dose', value: '0.6 mg once daily' } })));
    expect(read()).toEqual({ ...REQUEST, ...THERAPIES, 'priorTherapies.0.dose': '0.6 mg once daily' });
    noDuplicatePaths();
  });

  it('reads a stop date in its open date editor (input type=date) in ISO form', () => {
    page(form(grid(THERAPY_ROWS, { edit: { row: 0, col: 'stop', value: '2026-06-30', date: true } })));
    expect(read()).toEqual({ ...REQUEST, ...THERAPIES, 'priorTherapies.0.stop': '2026-06-30' });
    noDuplicatePaths();
  });

  it('reads a row in full-row edit (every cell holding its editor) under the same headers', () => {
    const iso = { start: '2026-07-01', stop: '2026-09-15' } as Partial<Record<Col, string>>;
    const edit = COLS.map(([col], j) => ({ row: 1, col, value: iso[col] ?? THERAPY_ROWS[1]![j]!, date: col in iso }));
    page(form(grid(THERAPY_ROWS, { edit, fullRow: true })));
    expect(read()).toEqual({ ...REQUEST, ...THERAPIES, 'priorTherapies.1.start': '2026-07-01', 'priorTherapies.1.stop': '2026-09-15' });
    noDuplicatePaths();
  });

  it('reads an empty grid (its "No Rows To Show" overlay) as no therapies', () => {
    page(form(grid([])));
    expect(read()).toEqual(REQUEST);
    nothingFrom('.ag-root-wrapper');
  });

  it('takes nothing from a grid of recent requests beside the form', () => {
    const cols = [
      ['id', 'Request ID'],
      ['drug', 'Drug'],
      ['submitted', 'Submitted'],
      ['status', 'Status'],
    ] as const;
    page(
      `${form(grid(THERAPY_ROWS))}<aside><h2>Recent requests</h2>${grid(
        [
          ['PA-20931', 'Kineret (anakinra)', '08/12/2026', 'Approved'],
          ['PA-20417', 'colchicine', '05/02/2026', 'Denied'],
        ],
        { cols: cols as never },
      )}</aside>`,
    );
    expect(read()).toEqual({ ...REQUEST, ...THERAPIES });
    nothingFrom('aside');
  });
});
