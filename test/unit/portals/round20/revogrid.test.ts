import { describe, expect, it } from 'vitest';
import { page, read } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * RevoGrid 4.26 (revolist/revogrid at 6fa7af6): Stencil web components WITHOUT shadow DOM (no `shadow: true` in
 * any @Component), so the grid is light DOM, slots relocated by Stencil; each custom element carries `hydrated`.
 * - src/components/revoGrid/revo-grid.tsx: `revo-grid` > `revogr-attribution` (a link "RevoGrid") +
 *   `div.main-viewport > div.viewports` > one `revogr-viewport-scroll.<colType>` per column section (colPinStart,
 *   rgCol, colPinEnd) + `revogr-scroll-virtual.vertical`, then `revogr-scroll-virtual.horizontal`, `revogr-extra`.
 * - scroll/revogr-viewport-scroll.tsx: `div.inner-content-table` > `div.header-wrapper` (revogr-header) +
 *   `div.vertical-inner > div.content-wrapper` (revogr-overlay-selection > revogr-data[type][col-type]) +
 *   `div.footer-wrapper`.
 * - header/revogr-header.tsx + header-renderer.tsx + header-cell-renderer.tsx: `div.group-rgRow` +
 *   `div.header-rgRow.actual-rgRow` > `div.rgHeaderCell[.sortable][data-rgcol]` > `div.header-content` (the
 *   name) + `div.resizable.resizable-r`.
 * - data/revogr-data.tsx + row-renderer.tsx: `div.rgRow[data-rgrow]` (translateY) > `div.rgCell[data-rgcol]
 *   [data-rgrow]` holding the text. No roles at all unless the WCAG plugin (plugins/wcag/index.ts) is on:
 *   `revo-grid[role=treegrid][aria-colcount][aria-rowcount]`, rows `role=row aria-rowindex`, cells
 *   `role=gridcell aria-colindex aria-rowindex tabindex=-1`, headers `role=columnheader aria-colindex`.
 * - editors/revogr-edit.tsx + text-editor.ts: while a cell is edited, `revogr-edit.edit-input-wrapper` (placed
 *   over the cell inside revogr-overlay-selection, after revogr-data) > `input[type=text][enterkeyhint=enter]`;
 *   the cell keeps its text.
 */

const COLS = ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'];
type Grid = { wcag?: boolean; rows?: string[][]; editing?: [number, number]; pinned?: boolean };

function section(type: 'colPinStart' | 'rgCol', cols: number[], rows: string[][], g: Grid): string {
  const w = (a: object) =>
    g.wcag
      ? ` ${Object.entries(a)
          .map(([k, v]) => `${k}="${v}"`)
          .join(' ')}`
      : '';
  const header = cols
    .map(
      (c, i) =>
        `<div data-rgcol="${i}" class="rgHeaderCell sortable"${w({ role: 'columnheader', 'aria-colindex': c })} style="width: 140px; transform: translateX(${i * 140}px);"><div class="header-content">${COLS[c]}</div><div class="resizable resizable-r"></div></div>`,
    )
    .join('');
  const body = rows
    .map(
      (r, ri) =>
        `<div data-rgrow="${ri}" class="rgRow "${w({ role: 'row', 'aria-rowindex': ri })} style="height: 27px; transform: translateY(${ri * 27}px);">${cols
          .map(
            (c, i) =>
              `<div data-rgcol="${i}" data-rgrow="${ri}" class="rgCell"${w({ role: 'gridcell', 'aria-colindex': c, 'aria-rowindex': ri, tabindex: -1 })} style="width: 140px; transform: translateX(${i * 140}px); height: 27px;">${r[c]}</div>`,
          )
          .join('')}</div>`,
    )
    .join('');
  const edit =
    g.editing && type === 'rgCol' && cols.includes(g.editing[1])
      ? `<revogr-edit class="edit-input-wrapper hydrated" style="left: ${cols.indexOf(g.editing[1]) * 140}px; top: ${g.editing[0] * 27}px; width: 140px; height: 27px;"><input type="text" enterkeyhint="enter" value="${rows[g.editing[0]]![g.editing[1]]}"></revogr-edit>`
      : '';
  return `<revogr-viewport-scroll class="${type} hydrated"><div class="inner-content-table" style="width: ${cols.length * 140}px;"><div class="header-wrapper"><revogr-header slot="header" class="hydrated"><div class="group-rgRow"></div><div class="header-rgRow actual-rgRow">${header}</div></revogr-header></div><div class="vertical-inner"><div class="content-wrapper" style="height: ${rows.length * 27}px;"><revogr-overlay-selection slot="content" class="hydrated"><revogr-data slot="data" type="rgRow" col-type="${type}" class="hydrated">${body}</revogr-data><revogr-temp-range class="hydrated"></revogr-temp-range><revogr-focus class="hydrated"></revogr-focus>${edit}</revogr-overlay-selection></div></div><div class="footer-wrapper"></div></div></revogr-viewport-scroll>`;
}

function revoGrid(g: Grid = {}): string {
  const rows = g.rows ?? THERAPY_ROWS.map((r) => [...r]);
  const all = [0, 1, 2, 3, 4];
  const sections = g.pinned
    ? section('colPinStart', [0], rows, g) + section('rgCol', all.slice(1), rows, g)
    : section('rgCol', all, rows, g);
  const host = g.wcag
    ? ` role="treegrid" aria-keyshortcuts="Enter" aria-multiselectable="true" tabindex="0" aria-colcount="5" aria-rowcount="${rows.length}"`
    : '';
  return `<revo-grid dir="ltr" data-rg-theme-scheme="light" class="hydrated"${host} style="height: 200px;"><revogr-attribution class="attribution hydrated"><a href="https://rv-grid.com/guide/attribution" target="_blank" rel="noopener noreferrer" title="Made with ❤️ by Revolist OU Team" class="value">RevoGrid</a></revogr-attribution><div class="main-viewport"><div class="viewports">${sections}<revogr-scroll-virtual class="vertical hydrated"><div style="height: 54px;"></div></revogr-scroll-virtual></div></div><revogr-scroll-virtual class="horizontal hydrated"><div style="width: 700px;"></div></revogr-scroll-virtual><revogr-extra class="hydrated"></revogr-extra></revo-grid>`;
}

const field = (id: string, label: string, value: string) =>
  `<div class="form-row"><label for="${id}">${label}</label><input type="text" id="${id}" name="${id}" value="${value}"></div>`;
const form = (grid: string) =>
  `<main><form><h2>Member</h2>${field('memberId', 'Member ID', ILARIS['patient.memberId'])}${field('dob', 'Date of birth', ILARIS['patient.dob'])}${field('weight', 'Weight (kg)', '72')}<h2>Medication</h2>${field('drugName', 'Drug name', ILARIS['drug.name'])}${field('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${field('ndc', 'NDC', ILARIS['drug.ndc'])}${field('dose', 'Dose (mg)', '150')}${field('units', 'Billing units', '150')}${field('frequency', 'Frequency', 'Every 4 weeks')}${field('icd', 'ICD-10 codes', 'M04.1, M06.1')}<h2>Labs</h2>${field('crp', 'CRP (mg/L)', '24')}${field('crpDate', 'CRP collection date', ILARIS['labs.crpDate'])}<h2>Prior therapies</h2>${grid}<h2>Prescriber</h2>${field('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}<button type="submit">Submit</button></form></main>`;
const REST = { ...ILARIS, 'drug.frequency': 'Every 4 weeks', 'diagnosis.codes.0': 'M04.1, M06.1' };

describe('RevoGrid 4: light-DOM Stencil grid of div rows, with and without the WCAG plugin', () => {
  // misread: every priorTherapies path is missing: the WCAG treegrid's rows (role=row of gridcells) are not
  // read as grid rows; its columnheaders sit in revogr-header's `div.header-rgRow`, which has no row role
  it.fails('reads the full Ilaris request, prior therapies from the grid (WCAG plugin on)', () => {
    page(form(revoGrid({ wcag: true })));
    expect(read()).toEqual({ ...REST, ...THERAPIES });
    noDuplicatePaths();
  });

  // misread: returns {}: with no roles (the default, no WCAG plugin) the rgRow divs of rgCell text under
  // a header of divs are no grid to the reader
  it.fails('reads the default grid (no roles: rgRow divs of rgCell text) as prior therapies', () => {
    page(`<h2>Prior therapies</h2>${revoGrid()}`);
    expect(read()).toEqual(THERAPIES);
  });

  // misread: returns {}: the role=row/gridcell rows under columnheaders outside any row are not read
  it.fails('reads the WCAG grid rows as prior therapies, named by the columnheaders', () => {
    page(`<h2>Prior therapies</h2>${revoGrid({ wcag: true })}`);
    expect(read()).toEqual(THERAPIES);
  });

  // misread: only the editor's input is read, as priorTherapies.0.outcome "Injection-site reactions" (named by
  // the rows' text before it); the cells are not read and the editor is taken for a field
  it.fails('reads a WCAG grid with a cell editor open over its cell, the editor no second field', () => {
    page(`<h2>Prior therapies</h2>${revoGrid({ wcag: true, editing: [1, 4] })}`);
    expect(read()).toEqual(THERAPIES);
    noDuplicatePaths();
    nothingFrom('revogr-edit');
  });

  it('takes nothing from the attribution link or the virtual scrollbars', () => {
    page(form(revoGrid({ wcag: true })));
    nothingFrom('revogr-attribution');
    nothingFrom('revogr-scroll-virtual');
    expect(read()).toMatchObject(REST);
  });

  // misread: returns {}: as above the WCAG rows are not read (here split further into the colPinStart and
  // rgCol viewports, the Drug cell alone in each pinned row)
  it.fails('reads a WCAG grid with the Drug column pinned (rows split across two viewports)', () => {
    page(`<h2>Prior therapies</h2>${revoGrid({ wcag: true, pinned: true })}`);
    expect(read()).toEqual(THERAPIES);
    noDuplicatePaths();
  });

  it('reads an empty grid as no therapies, the form around it read as usual', () => {
    page(form(revoGrid({ wcag: true, rows: [] })));
    expect(read()).toEqual(REST);
  });
});
