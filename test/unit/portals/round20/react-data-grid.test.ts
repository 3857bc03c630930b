import { describe, expect, it } from 'vitest';
import { page, read } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * react-data-grid 7.0.0-beta.58 (adazzle/react-data-grid at 12fb93e; linaria, so the hashed classes beside
 * the `rdg-*` ones are stand-ins), an editable prior-therapy grid on an otherwise plain request form:
 * - src/DataGrid.tsx: `div.rdg[role=grid][aria-label][aria-colcount][aria-rowcount][tabindex=-1]` (CSS grid,
 *   `grid-template-columns`), aria-multiselectable with a SelectColumn; after the rows, renderMeasuringCells
 *   draws an empty `div[data-measuring-cell-key]` per column.
 * - src/HeaderRow.tsx / HeaderCell.tsx: `div.rdg-header-row[role=row][aria-rowindex=1]` >
 *   `div.rdg-cell[role=columnheader][aria-colindex][aria-selected][tabindex]` holding the column name
 *   (sortable: renderHeaderCell.tsx' `span > span.rdg-header-sort-name + span`), resizable ones
 *   `div.rdg-resize-handle[aria-hidden]`.
 * - src/Row.tsx / Cell.tsx: `div.rdg-row.rdg-row-even|odd[role=row][aria-rowindex][aria-selected]` >
 *   `div.rdg-cell[role=gridcell][aria-colindex][aria-selected][tabindex]` (aria-readonly when not editable)
 *   holding the text; frozen columns classed `rdg-cell-frozen` in the same row (sticky, not split).
 * - src/EditCell.tsx + editors/textEditor.tsx: the edited cell is `div.rdg-cell.rdg-editor-container
 *   [role=gridcell][aria-selected=true]` > `input.rdg-text-editor` (no type, no name, no label).
 * - src/Columns.tsx (SelectColumn, frozen): header `input[type=checkbox][aria-label="Select All"]`, cells
 *   `input[type=checkbox][aria-label=Select]` (cellRenderers/renderCheckbox.tsx).
 */

const COLS = ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'];
const CELL = 'rdg-cell c6ra8a37-0-0-beta-58';
const FROZEN = 'rdg-cell-frozen c1730fa17-0-0-beta-58';
const checkbox = (label: string, checked = false) =>
  `<input type="checkbox" class="rdg-checkbox-input c1x0qlu37-0-0-beta-58" aria-label="${label}" tabindex="-1"${checked ? ' checked' : ''}>`;

type Grid = {
  rows?: string[][];
  /** [row, col] of the cell whose editor is open */
  editing?: [number, number];
  select?: boolean;
  sortable?: boolean;
  /** columns frozen (after the select column) */
  frozen?: number;
  label?: string;
};

function dataGrid(g: Grid = {}): string {
  const rows = g.rows ?? THERAPY_ROWS.map((r) => [...r]);
  const off = g.select ? 1 : 0;
  const frozen = (i: number) => i < (g.frozen ?? 0);
  const headerCells = COLS.map((name, i) => {
    const content = g.sortable
      ? `<span class="h44debs7-0-0-beta-58"><span class="rdg-header-sort-name hcgkhxz7-0-0-beta-58">${name}</span><span></span></span>`
      : name;
    return `<div role="columnheader" aria-colindex="${i + 1 + off}" aria-selected="false" tabindex="-1" class="${CELL}${frozen(i) ? ` ${FROZEN}` : ''} rdg-cell-resizable c1w9e1v37-0-0-beta-58" style="grid-column-start: ${i + 1 + off};">${content}<div aria-hidden="true" class="rdg-resize-handle r1y6ywlx7-0-0-beta-58"></div></div>`;
  }).join('');
  const header = `<div role="row" aria-rowindex="1" class="rdg-header-row h10tskcx7-0-0-beta-58">${g.select ? `<div role="columnheader" aria-colindex="1" aria-selected="false" tabindex="-1" class="${CELL} ${FROZEN}" style="grid-column-start: 1; inset-inline-start: var(--rdg-frozen-left-0);">${checkbox('Select All')}</div>` : ''}${headerCells}</div>`;
  const body = rows
    .map((r, ri) => {
      const cells = r
        .map((v, ci) => {
          const editing = g.editing?.[0] === ri && g.editing[1] === ci;
          const cls = `${CELL}${frozen(ci) ? ` ${FROZEN}` : ''}`;
          return editing
            ? `<div role="gridcell" aria-colindex="${ci + 1 + off}" aria-selected="true" class="${cls} rdg-editor-container cis5rrm7-0-0-beta-58" style="grid-column-start: ${ci + 1 + off};"><input class="rdg-text-editor t7vyx3i7-0-0-beta-58" value="${v}"></div>`
            : `<div role="gridcell" aria-colindex="${ci + 1 + off}" aria-selected="false" tabindex="-1" class="${cls}" style="grid-column-start: ${ci + 1 + off};">${v}</div>`;
        })
        .join('');
      const select = g.select
        ? `<div role="gridcell" aria-colindex="1" aria-selected="false" tabindex="-1" class="${CELL} ${FROZEN}" style="grid-column-start: 1; inset-inline-start: var(--rdg-frozen-left-0);">${checkbox('Select', ri === 0)}</div>`
        : '';
      return `<div role="row" aria-rowindex="${ri + 2}"${g.select ? ` aria-selected="${ri === 0}"` : ''} class="rdg-row r1upfr807-0-0-beta-58 rdg-row-${ri % 2 ? 'odd' : 'even'}${g.select && ri === 0 ? ' rdg-row-selected' : ''}" style="grid-row-start: ${ri + 2};">${select}${cells}</div>`;
    })
    .join('');
  const measuring = [...(g.select ? ['select-row'] : []), ...COLS]
    .map(
      (k, i) =>
        `<div class="mlln6zg7-0-0-beta-58" style="grid-column-start: ${i + 1};" data-measuring-cell-key="${k.toLowerCase().replace(/ /g, '')}"></div>`,
    )
    .join('');
  return `<div role="grid" aria-label="${g.label ?? 'Prior therapies'}"${g.select ? ' aria-multiselectable="true"' : ''} aria-colcount="${COLS.length + off}" aria-rowcount="${rows.length + 1}" tabindex="-1" class="rdg r104f2zt7-0-0-beta-58 rdg-light" style="grid-template-columns: ${g.select ? '35px ' : ''}160px 160px 120px 120px 200px; grid-template-rows: repeat(1, 35px) repeat(${rows.length}, 35px); --rdg-header-row-height: 35px; --rdg-scroll-height: 70px;" dir="ltr">${header}${body}${measuring}</div>`;
}

const field = (id: string, label: string, value: string) =>
  `<div class="form-row"><label for="${id}">${label}</label><input type="text" id="${id}" name="${id}" value="${value}"></div>`;
const form = (grid: string) =>
  `<div id="root"><main><form><h2>Member</h2>${field('memberId', 'Member ID', ILARIS['patient.memberId'])}${field('dob', 'Date of birth', ILARIS['patient.dob'])}${field('weight', 'Weight (kg)', '72')}<h2>Medication</h2>${field('drugName', 'Drug name', ILARIS['drug.name'])}${field('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${field('ndc', 'NDC', ILARIS['drug.ndc'])}${field('dose', 'Dose (mg)', '150')}${field('units', 'Billing units', '150')}${field('frequency', 'Frequency', 'Every 4 weeks')}${field('icd', 'ICD-10 codes', 'M04.1, M06.1')}<h2>Labs</h2>${field('crp', 'CRP (mg/L)', '24')}${field('crpDate', 'CRP collection date', ILARIS['labs.crpDate'])}<h2>Prior therapies</h2>${grid}<h2>Prescriber</h2>${field('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}<button type="submit">Submit</button></form></main></div>`;
const REST = { ...ILARIS, 'drug.frequency': 'Every 4 weeks', 'diagnosis.codes.0': 'M04.1, M06.1' };

describe('react-data-grid 7: role=grid of div rows, rdg-cell gridcells, an open text editor', () => {
  it('reads the full Ilaris request, prior therapies from the grid rows', () => {
    page(form(dataGrid()));
    expect(read()).toEqual({ ...REST, ...THERAPIES });
    noDuplicatePaths();
  });

  it('reads the grid rows as prior therapies, named by their columnheaders', () => {
    page(`<h2>Prior therapies</h2>${dataGrid()}`);
    expect(read()).toEqual(THERAPIES);
  });

  it('reads a row with its cell editor open (the rdg-text-editor input) as the same therapy', () => {
    page(`<h2>Prior therapies</h2>${dataGrid({ editing: [1, 1] })}`);
    expect(read()).toEqual(THERAPIES);
    noDuplicatePaths();
  });

  it('reads the outcome being edited in the first row, its other cells as text', () => {
    page(`<h2>Prior therapies</h2>${dataGrid({ editing: [0, 4] })}`);
    expect(read()).toEqual(THERAPIES);
  });

  it('reads sortable headers by their sort names, and takes nothing from the measuring cells', () => {
    page(`<h2>Prior therapies</h2>${dataGrid({ sortable: true })}`);
    expect(read()).toEqual(THERAPIES);
    nothingFrom('[data-measuring-cell-key]');
  });

  it('reads a grid with a frozen SelectColumn and a frozen Drug column, the row-select checkboxes no fields', () => {
    page(`<h2>Prior therapies</h2>${dataGrid({ select: true, frozen: 1 })}`);
    expect(read()).toEqual(THERAPIES);
    noDuplicatePaths();
  });

  it('reads the grid named by its aria-label alone (no heading above it) as prior therapies', () => {
    page(dataGrid({ label: 'Prior therapies' }));
    expect(read()).toEqual(THERAPIES);
  });

  it('reads a grid with no rows as no therapies, the form around it read as usual', () => {
    page(form(dataGrid({ rows: [] })));
    expect(read()).toEqual(REST);
  });
});
