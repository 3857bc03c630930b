import { describe, expect, it } from 'vitest';
import { page, read } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Mantine DataTable 9.4 (icflorescu/mantine-datatable at 709318d, package/, on @mantine/core 9; Mantine's hashed
 * `m_*` classes beside its static `mantine-*` ones), the prior therapies as a DataTable on a Mantine request form:
 * - DataTable.tsx: `div.mantine-datatable` > DataTableScrollArea.tsx (`div.mantine-ScrollArea-root.mantine-datatable-
 *   scroll-area` > viewport, the four `mantine-datatable-scroll-area-shadow` boxes) > `table.mantine-Table-table.
 *   mantine-datatable-table[data-striped][data-highlight-on-hover]`, then DataTablePagination.tsx.
 * - DataTableHeader.tsx / DataTableHeaderCell.tsx: `thead.mantine-datatable-header` (sticky by CSS), `th[data-accessor]`
 *   (sortable: `role=button`, `tabindex=0`) > `div.mantine-datatable-header-cell-sortable-group` > text box `…-sortable-
 *   text` + `div[role=img][aria-label="Not sorted"]` icon, a filter ActionIcon (DataTableHeaderCellFilter.tsx) whose
 *   Popover (`role=dialog`, portalled to the end of body) holds the app's filter TextInput.
 * - DataTableHeaderSelectorCell.tsx / DataTableRowSelectorCell.tsx: Mantine Checkbox in `th|td.mantine-datatable-
 *   {header,row}-selector-cell`, aria-labels "Select all records" / "Select record N" (DataTable.tsx defaults).
 * - DataTableRow.tsx: `tr.mantine-datatable-row[data-selected]`; DataTableRowExpansion.tsx: an empty `tr` then
 *   `tr > td.mantine-datatable-row-expansion-cell[colspan]` > Mantine Collapse > `div.mantine-datatable-row-expansion-
 *   cell-content` holding the app's content (here the therapy's edit form); hooks/useRowExpansionStatus.ts mounts it
 *   shut a tick before opening it and keeps it 200 ms after shutting it (Mantine Collapse: aria-hidden, display none).
 * - DataTablePagination.tsx / DataTablePageSizeSelector.tsx: text "1 - 2 / 2", "Records per page" + a default Button
 *   showing the size, its Menu portalled, Mantine Pagination controls ("Previous page", "Next page").
 */

const ACC = ['drug', 'dose', 'startDate', 'stopDate', 'outcome'];
const COLS = ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'];
const icon = (cls: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" class="${cls}" width="14" height="14" viewBox="0 0 24 24" stroke-width="2" stroke="currentColor" fill="none"><path d="M0 0h24v24H0z" stroke="none"></path></svg>`;
const checkbox = (id: string, label: string, checked: boolean) =>
  `<div class="m_bf2d988c mantine-Checkbox-root" data-size="sm"><div class="m_5f75b09e mantine-Checkbox-body"><div class="m_5f6e695e mantine-Checkbox-inner" data-size="sm"><input class="m_26062bec mantine-Checkbox-input mantine-datatable-pointer-cursor" id="${id}" type="checkbox" aria-label="${label}"${checked ? ' checked' : ''}>${icon('m_bf295423 mantine-Checkbox-icon')}</div></div></div>`;

/** Mantine TextInput (label, optional description, left section) */
const textInput = (id: string, label: string, value: string, o: { description?: string; placeholder?: string; search?: boolean } = {}) =>
  `<div class="m_46b77525 mantine-InputWrapper-root mantine-TextInput-root" data-size="sm"><label class="m_8fdc1311 mantine-InputWrapper-label mantine-TextInput-label" data-size="sm" for="${id}" id="${id}-label">${label}</label>${
    o.description
      ? `<p class="m_8fdc1311 mantine-InputWrapper-description mantine-TextInput-description" data-size="sm" id="${id}-description">${o.description}</p>`
      : ''
  }<div class="m_6c018570 mantine-Input-wrapper mantine-TextInput-wrapper" data-variant="default" data-size="sm"${o.search ? ' data-with-left-section="true"' : ''}>${
    o.search
      ? `<div data-position="left" class="m_82577fc2 mantine-Input-section mantine-TextInput-section">${icon('tabler-icon tabler-icon-search')}</div>`
      : ''
  }<input class="m_8fb7ebe7 mantine-Input-input mantine-TextInput-input" data-variant="default" aria-invalid="false" id="${id}"${o.description ? ` aria-describedby="${id}-description"` : ''}${o.placeholder ? ` placeholder="${o.placeholder}"` : ''} value="${value}"></div></div>`;
const button = (text: string, variant = 'filled') =>
  `<button class="mantine-focus-auto mantine-active m_77c9d27d mantine-Button-root m_87cf2631 mantine-UnstyledButton-root" data-variant="${variant}" data-size="sm" type="button"><span class="m_80f1301b mantine-Button-inner"><span class="m_811560b9 mantine-Button-label">${text}</span></span></button>`;

type Table = {
  rows?: string[][];
  cols?: string[];
  select?: boolean;
  /** record index expanded into its edit form; `collapsing` while its Collapse closes */
  expanded?: { row: number; collapsing?: boolean };
  /** the Drug column's filter popover open, holding this search */
  filter?: string;
};

function dataTable(g: Table = {}): string {
  const rows = g.rows ?? THERAPY_ROWS.map((r) => [...r]);
  const cols = g.cols ?? COLS;
  const span = cols.length + (g.select ? 1 : 0);
  const headers = cols
    .map(
      (c, i) =>
        `<th class="m_4e7aa4f3 mantine-Table-th mantine-datatable-header-cell-sortable" data-accessor="${ACC[i] ?? `col${i}`}" role="button" tabindex="0"><div class="m_4081bf90 mantine-Group-root mantine-datatable-header-cell-sortable-group" style="--group-gap: var(--mantine-spacing-md); --group-align: center; --group-justify: space-between; --group-wrap: nowrap;"><div class="m_8bffd616 mantine-Flex-root" style="align-items: center; width: 100%;"><div class="mantine-datatable-header-cell-sortable-text mantine-datatable-text-align-left mantine-datatable-nowrap mantine-datatable-ellipsis">${c}</div></div><div class="m_4451eb3a mantine-Center-root mantine-datatable-header-cell-sortable-unsorted-icon" role="img" aria-label="Not sorted">${icon('')}</div>${
          i === 0
            ? `<button class="mantine-focus-auto mantine-active m_8d3f4000 mantine-ActionIcon-root m_87cf2631 mantine-UnstyledButton-root mantine-datatable-header-cell-filter-action-icon" data-variant="subtle" data-size="sm" type="button"${g.filter ? ' data-active="true" aria-haspopup="dialog" aria-expanded="true" aria-controls="mantine-f1-dropdown" id="mantine-f1-target"' : ' aria-haspopup="dialog" aria-expanded="false"'}>${icon('')}</button>`
            : ''
        }</div></th>`,
    )
    .join('');
  const head = `<thead class="m_b2404537 mantine-Table-thead mantine-datatable-header"><tr class="m_4e7aa4f3 mantine-Table-tr">${g.select ? `<th class="m_4e7aa4f3 mantine-Table-th mantine-datatable-header-selector-cell" data-accessor="__selection__">${checkbox('mantine-s0', 'Select all records', false)}</th>` : ''}${headers}</tr></thead>`;
  const body = rows
    .map((r, ri) => {
      const selected = !!g.select && ri === 0;
      const row = `<tr class="m_4e7aa4f3 mantine-Table-tr mantine-datatable-row"${selected ? ' data-selected="true"' : ''}>${g.select ? `<td class="m_4e7aa4f3 mantine-Table-td mantine-datatable-row-selector-cell">${checkbox(`mantine-s${ri + 1}`, `Select record ${ri + 1}`, selected)}</td>` : ''}${r
        .map((v) => `<td class="m_4e7aa4f3 mantine-Table-td">${v}</td>`)
        .join('')}</tr>`;
      if (g.expanded?.row !== ri) return row;
      const open = !g.expanded.collapsing;
      const form = `<div class="m_6d731127 mantine-Stack-root" style="--stack-gap: 6px; padding: var(--mantine-spacing-xs);">${r.map((v, c) => textInput(`mantine-e${c}`, COLS[c]!, v)).join('')}<div class="m_4081bf90 mantine-Group-root" style="--group-justify: flex-end;">${button('Cancel', 'default')}${button('Save')}</div></div>`;
      return `${row}<tr class="m_4e7aa4f3 mantine-Table-tr"></tr><tr class="m_4e7aa4f3 mantine-Table-tr"><td class="m_4e7aa4f3 mantine-Table-td mantine-datatable-row-expansion-cell" colspan="${span}"><div class="mantine-Collapse-root"${open ? '' : ' aria-hidden="true"'} style="box-sizing: border-box; ${open ? 'height: auto; overflow: visible;' : 'display: none; height: 0px; overflow: hidden;'}"><div style="opacity: ${open ? 1 : 0}; transition: opacity 200ms ease;"><div class="mantine-datatable-row-expansion-cell-content">${form}</div></div></div></td></tr>`;
    })
    .join('');
  const pagination = `<div class="m_4081bf90 mantine-Group-root mantine-datatable-pagination"><div class="mantine-Text-root mantine-datatable-pagination-text" data-size="sm">1 - ${rows.length} / ${rows.length}</div><div class="m_4081bf90 mantine-Group-root" style="--group-gap: var(--mantine-spacing-xs);"><div class="mantine-Text-root" data-size="sm">Records per page</div><button class="mantine-focus-auto mantine-active m_77c9d27d mantine-Button-root m_87cf2631 mantine-UnstyledButton-root" data-variant="default" data-size="sm" type="button" aria-haspopup="menu" aria-expanded="false" id="mantine-p1-target" style="font-weight: normal;"><span class="m_80f1301b mantine-Button-inner"><span class="m_811560b9 mantine-Button-label">10</span><span class="m_a74036a mantine-Button-section mantine-datatable-page-size-selector-button-icon" data-position="right">${icon('')}</span></span></button></div><div class="m_4081bf90 mantine-Group-root mantine-Pagination-root mantine-datatable-pagination-pages" data-size="sm"><button class="mantine-focus-auto m_326d024a mantine-Pagination-control mantine-datatable-pagination-pages-control m_87cf2631 mantine-UnstyledButton-root" data-disabled="true" disabled="" type="button" aria-label="Previous page">${icon('')}</button><button class="mantine-focus-auto m_326d024a mantine-Pagination-control mantine-datatable-pagination-pages-control m_87cf2631 mantine-UnstyledButton-root" data-active="true" aria-current="page" type="button">1</button><button class="mantine-focus-auto m_326d024a mantine-Pagination-control mantine-datatable-pagination-pages-control m_87cf2631 mantine-UnstyledButton-root" data-disabled="true" disabled="" type="button" aria-label="Next page">${icon('')}</button></div></div>`;
  const shadows = ['top', 'left', 'right', 'bottom']
    .map((s) => `<div class="mantine-datatable-scroll-area-shadow mantine-datatable-scroll-area-${s}-shadow"></div>`)
    .join('');
  return `<div class="mantine-datatable mantine-datatable-with-border" style="--mantine-datatable-border-radius: var(--mantine-radius-sm);"><div class="m_d57069b5 mantine-ScrollArea-root mantine-datatable-scroll-area"><div class="m_c0783ff9 mantine-ScrollArea-viewport" data-scrollbars="xy" style="overflow: scroll;"><div class="m_b1336c6 mantine-ScrollArea-content" style="min-width: 100%;"><table class="m_b23fa0ef mantine-Table-table mantine-datatable-table${g.select ? ' mantine-datatable-selection-column-visible' : ''}" data-striped="true" data-highlight-on-hover="true">${head}<tbody class="m_b2404537 mantine-Table-tbody">${body}</tbody></table>${shadows}</div></div></div>${pagination}</div>`;
}

/** the Drug column's filter Popover, portalled to the end of body */
const filterPopover = (value: string) =>
  `<div data-portal="true"><div class="m_38a85659 mantine-Popover-dropdown" tabindex="-1" id="mantine-f1-dropdown" aria-labelledby="mantine-f1-target" role="dialog" data-position="bottom" style="z-index: 300; top: 212px; left: 40px; position: absolute;"><div class="mantine-Popover-arrow m_a31dc6c1" style="width: 7px; height: 7px; top: -3.5px;"></div>${textInput('mantine-f2', 'Drug', value, { description: 'Show therapies whose drug includes the specified text', placeholder: 'Search drugs...', search: true })}</div></div>`;
/** the records-per-page Menu, opened */
const pageSizeMenu = `<div data-portal="true"><div class="m_38a85659 mantine-Popover-dropdown m_dc9b7c9f mantine-Menu-dropdown" tabindex="-1" role="menu" aria-labelledby="mantine-p1-target" id="mantine-p1-dropdown" data-position="bottom"><div class="mantine-Popover-arrow mantine-datatable-page-size-selector-menu-arrow"></div>${[
  10, 25, 50,
]
  .map(
    (v) =>
      `<button class="mantine-focus-auto m_99ac2aa1 mantine-Menu-item m_87cf2631 mantine-UnstyledButton-root${v === 10 ? ' mantine-datatable-page-size-selector-active' : ''}" type="button" role="menuitem"${v === 10 ? ' disabled="" data-disabled="true"' : ''} tabindex="-1"><div class="m_5476e0d3 mantine-Menu-itemLabel"><div class="mantine-Text-root" data-size="sm">${v}</div></div></button>`,
  )
  .join('')}</div></div>`;

const REST = { ...ILARIS, 'drug.frequency': 'Every 4 weeks', 'diagnosis.codes.0': 'M04.1, M06.1' };
const title = (t: string) => `<h4 class="m_8a5d1357 mantine-Title-root" data-order="4">${t}</h4>`;
const formFields = () =>
  `${title('Member')}${textInput('memberId', 'Member ID', ILARIS['patient.memberId'])}${textInput('dob', 'Date of birth', ILARIS['patient.dob'])}${textInput('weight', 'Weight (kg)', '72')}${title('Medication')}${textInput('drugName', 'Drug name', ILARIS['drug.name'])}${textInput('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${textInput('ndc', 'NDC', ILARIS['drug.ndc'])}${textInput('dose', 'Dose (mg)', '150')}${textInput('units', 'Billing units', '150')}${textInput('frequency', 'Frequency', 'Every 4 weeks')}${textInput('icd', 'ICD-10 codes', 'M04.1, M06.1')}${title('Labs')}${textInput('crp', 'CRP (mg/L)', '24')}${textInput('crpDate', 'CRP collection date', ILARIS['labs.crpDate'])}`;
const form = (table: string, tail = '') =>
  `<div id="root"><main class="m_7485cace mantine-Container-root"><form>${formFields()}${title('Prior therapies')}${table}${title('Prescriber')}${textInput('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}<button class="mantine-focus-auto m_77c9d27d mantine-Button-root" type="submit">Submit request</button></form></main></div>${tail}`;
const therapies = (table: string) => `${title('Prior therapies')}${table}`;

describe('Mantine DataTable: sticky header, row selection, row expansion with a form, pagination', () => {
  it('reads the full Ilaris request, prior therapies from the table (selection column, pagination around it)', () => {
    page(form(dataTable({ select: true })));
    expect(read()).toEqual({ ...REST, ...THERAPIES });
    noDuplicatePaths();
  });

  it('reads the records as prior therapies under sortable header buttons with their "Not sorted" icons', () => {
    page(therapies(dataTable()));
    expect(read()).toEqual(THERAPIES);
  });

  it('takes nothing from the record selection checkboxes, one record selected', () => {
    page(therapies(dataTable({ select: true })));
    expect(read()).toEqual(THERAPIES);
    nothingFrom('.mantine-datatable-row-selector-cell');
    nothingFrom('.mantine-datatable-header-selector-cell');
  });

  it('reads a row expanded into its edit form (Drug, Dose… labels) as that therapy, not the request’s drug and dose', () => {
    page(form(dataTable({ expanded: { row: 1 } })));
    expect(read()).toEqual({ ...REST, ...THERAPIES });
    noDuplicatePaths();
  });

  it('takes nothing from an expansion whose Collapse is shut (aria-hidden, display none) as it mounts or unmounts', () => {
    page(form(dataTable({ expanded: { row: 1, collapsing: true } })));
    expect(read()).toEqual({ ...REST, ...THERAPIES });
    nothingFrom('.mantine-datatable-row-expansion-cell');
  });

  it('takes nothing from the Drug column’s open filter popover (a dialog at the end of body labelled "Drug")', () => {
    page(form(dataTable({ filter: 'anakinra' }), filterPopover('anakinra')));
    expect(read()).toEqual({ ...REST, ...THERAPIES });
    nothingFrom('.mantine-Popover-dropdown');
  });

  it('takes nothing from the pagination, its records-per-page button and open menu', () => {
    page(form(dataTable(), pageSizeMenu));
    expect(read()).toEqual({ ...REST, ...THERAPIES });
    nothingFrom('.mantine-datatable-pagination');
    nothingFrom('.mantine-Menu-dropdown');
  });

  it('reads nothing from a DataTable of the member’s past requests beside the form', () => {
    const past = [
      ['PA-20260311-0042', 'Kineret (anakinra)', 'J3490', '03/11/2026', 'Approved'],
      ['PA-20250907-0117', 'Actemra (tocilizumab)', 'J3262', '09/07/2025', 'Denied'],
    ];
    page(
      `<div id="root"><main class="m_7485cace mantine-Container-root"><form>${formFields()}${title('Prescriber')}${textInput('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}</form>${title('Previous requests')}${dataTable({ rows: past, cols: ['Request #', 'Drug', 'HCPCS', 'Submitted', 'Status'] })}</main></div>`,
    );
    expect(read()).toEqual(REST);
  });
});
