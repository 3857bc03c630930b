import { describe, expect, it } from 'vitest';
import { page, read } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * MUI X DataGrid 8 (mui/mui-x at tag v8.29.3 = 9db3e9d, packages/x-data-grid/src/components; checked against the
 * mirror's HEAD 0a6eb63 (9.12), which renames the `presentation` roles `none` and adds a viewport; emotion, so the
 * `css-*` classes are stand-ins), a request form of MUI TextFields with an editable prior-therapy grid:
 * - containers/GridRoot.tsx: `div.MuiDataGrid-root` > `div.MuiDataGrid-mainContent[role=presentation]` > the toolbar,
 *   `div.MuiDataGrid-main` (virtualization/GridMainContainer.tsx, hooks/utils/useGridAriaAttributes.tsx: role=grid,
 *   aria-colcount, aria-rowcount, aria-multiselectable, aria-label from `label`) holding the panel anchor
 *   `div[role=presentation][data-id=gridPanelAnchor]` and the virtual scroller; the footer after main.
 * - virtualization/GridVirtualScroller.tsx: `div.MuiDataGrid-virtualScroller` > `div.MuiDataGrid-topContainer
 *   [role=presentation]` holding the column headers (`div.MuiDataGrid-columnHeaders[role=rowgroup]` > header
 *   `div[role=row][aria-rowindex=1]` > columnHeaders/GridGenericColumnHeaderItem.tsx: `div.MuiDataGrid-columnHeader
 *   [role=columnheader][data-field][aria-colindex][aria-sort]` > draggable container > title container >
 *   `div.MuiDataGrid-columnHeaderTitle`, sort button, column menu button, separator), APART from the rows: the
 *   sibling `div.MuiDataGrid-virtualScrollerContent` > `div.MuiDataGrid-virtualScrollerRenderZone[role=rowgroup]`.
 * - GridRow.tsx / cell/GridCell.tsx: `div.MuiDataGrid-row[data-id][data-rowindex][role=row][aria-rowindex]
 *   [aria-selected]` > `div.MuiDataGrid-cell[role=gridcell][data-field][data-colindex][aria-colindex][aria-colspan]`
 *   then `div.MuiDataGrid-cellEmpty[role=presentation]`; editing adds `MuiDataGrid-cell--editing` / `MuiDataGrid-row--editing`.
 * - cell/GridEditInputCell.tsx: `div.MuiInputBase-root.MuiDataGrid-editInputCell > input.MuiInputBase-input[type=text]`
 *   (no label); cell/GridEditSingleSelectCell.tsx: material BaseSelect opened at once (a MUI Select: combobox div +
 *   hidden `MuiSelect-nativeInput`), its Menu portalled to the end of body.
 * - columnSelection/GridCellCheckboxRenderer.tsx + GridHeaderCheckbox.tsx: MUI Checkbox, `input[aria-label="Select
 *   row"][name=select_row]` / `[aria-label="Select all rows"][name=select_all_rows]`; cell/GridActionsCell.tsx:
 *   `div.MuiDataGrid-actionsCell[role=menu]` > `button[role=menuitem][aria-label]`.
 * - toolbarV8/Toolbar.tsx + toolbar/GridToolbarQuickFilter.tsx: `div.MuiDataGrid-toolbar[role=toolbar]`, the quick
 *   filter a small TextField `input[aria-label=Search][placeholder="Search…"]` with a Clear button.
 * - panel/GridPanel.tsx + filterPanel/GridFilterFormBase.tsx: the filter panel is a MUI Popper portalled to the end
 *   of body (`div.MuiPopper-root.MuiDataGrid-panel[role=tooltip]`), `div.MuiDataGrid-filterForm` with MUI Selects
 *   "Columns" and "Operator" and the TextField "Value" (placeholder "Filter value").
 * - GridPagination.tsx: MUI TablePagination, "Rows per page:" + a MUI Select combobox labelled by it.
 */

const FIELDS = ['drug', 'dose', 'start', 'stop', 'outcome'] as const;
const COLS = ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'];
const WIDTHS = [160, 160, 120, 120, 200];
const svg = (p: string) =>
  `<svg class="MuiSvgIcon-root MuiSvgIcon-fontSizeSmall css-1k33q06" focusable="false" aria-hidden="true" viewBox="0 0 24 24"><path d="${p}"></path></svg>`;
const checkbox = (label: string, name: string, checked = false) =>
  `<span class="MuiButtonBase-root MuiCheckbox-root MuiCheckbox-colorPrimary PrivateSwitchBase-root MuiCheckbox-sizeSmall${checked ? ' Mui-checked' : ''} MuiDataGrid-checkboxInput css-1m9pwf3"><input class="PrivateSwitchBase-input css-j8yymo" tabindex="-1" type="checkbox"${checked ? ' checked' : ''} aria-label="${label}" name="${name}">${svg('M19 5v14H5V5h14m0-2H5c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h14c1.1 0 2-.9 2-2V5c0-1.1-.9-2-2-2z')}</span>`;

const header = (name: string, field: string, i: number, width: number) =>
  `<div class="MuiDataGrid-columnHeader MuiDataGrid-columnHeader--sortable MuiDataGrid-withBorderColor" role="columnheader" tabindex="-1" data-field="${field}" aria-colindex="${i + 1}" aria-sort="none" style="width: ${width}px;"><div class="MuiDataGrid-columnHeaderDraggableContainer" draggable="false" role="presentation"><div class="MuiDataGrid-columnHeaderTitleContainer" role="presentation"><div class="MuiDataGrid-columnHeaderTitleContainerContent"><div class="MuiDataGrid-columnHeaderTitle">${name}</div></div><div class="MuiDataGrid-iconButtonContainer"><button class="MuiButtonBase-root MuiIconButton-root MuiIconButton-sizeSmall MuiDataGrid-sortButton css-1j7qk7u" tabindex="-1" type="button" aria-label="Sort" title="Sort">${svg('M20 12l-1.41-1.41L13 16.17V4h-2v12.17l-5.58-5.59L4 12l8 8 8-8z')}</button></div></div><div class="MuiDataGrid-menuIcon"><button class="MuiButtonBase-root MuiIconButton-root MuiIconButton-sizeSmall MuiDataGrid-menuIconButton css-1j7qk7u" tabindex="-1" type="button" aria-label="${name} column menu" title="Menu" aria-haspopup="true" id="_r_${i}m_">${svg('M12 8c1.1 0 2-.9 2-2s-.9-2-2-2-2 .9-2 2 .9 2 2 2z')}</button></div></div><div class="MuiDataGrid-columnSeparator MuiDataGrid-columnSeparator--resizable" style="min-height: 56px;">${svg('M11 19V5h2v14z')}</div></div>`;

const cell = (field: string, i: number, width: number, content: string, cls = '') =>
  `<div class="MuiDataGrid-cell MuiDataGrid-cell--textLeft MuiDataGrid-withBorderColor${cls}" role="gridcell" data-field="${field}" data-colindex="${i}" aria-colindex="${i + 1}" aria-colspan="1" tabindex="-1" style="width: ${width}px;">${content}</div>`;
const editInput = (value: string) =>
  `<div class="MuiInputBase-root MuiInputBase-colorPrimary MuiInputBase-fullWidth MuiDataGrid-editInputCell css-1ymk6ha"><input class="MuiInputBase-input css-mnn31" type="text" value="${value}"></div>`;
/** the singleSelect edit cell: a MUI Select opened at once (its Menu goes to the end of body) */
const editSelect = (value: string) =>
  `<div class="MuiFormControl-root MuiFormControl-fullWidth css-tzsjye"><div class="MuiInputBase-root MuiOutlinedInput-root MuiInputBase-colorPrimary MuiInputBase-fullWidth Mui-focused MuiSelect-root css-fvipm8"><div tabindex="0" role="combobox" aria-controls="_r_o1_" aria-expanded="true" aria-haspopup="listbox" class="MuiSelect-select MuiSelect-outlined MuiInputBase-input MuiOutlinedInput-input css-1cohrqd">${value}</div><input aria-invalid="false" aria-hidden="true" tabindex="-1" class="MuiSelect-nativeInput css-j0riat" value="${value}">${svg('M7 10l5 5 5-5z')}<fieldset aria-hidden="true" class="MuiOutlinedInput-notchedOutline css-igs3ac"><legend class="css-yjsfm1"><span class="notranslate" aria-hidden="true">&#8203;</span></legend></fieldset></div></div>`;
const OUTCOMES = ['Inadequate response', 'Injection-site reactions', 'Intolerance', 'Lost response'];
const selectMenu = (value: string) =>
  `<div role="presentation" class="MuiPopover-root MuiMenu-root MuiModal-root css-1sucic7"><div aria-hidden="true" class="MuiBackdrop-root MuiBackdrop-invisible MuiModal-backdrop css-esi9ax" style="opacity: 1;"></div><div tabindex="0" data-sentinel="start"></div><div class="MuiPaper-root MuiPaper-elevation MuiPaper-rounded MuiPaper-elevation8 MuiPopover-paper MuiMenu-paper css-pwxzbm" tabindex="-1" style="opacity: 1; transform: none; top: 412px; left: 620px;"><ul class="MuiList-root MuiList-padding MuiMenu-list css-r8u8y9" role="listbox" tabindex="-1" id="_r_o1_">${OUTCOMES.map(
    (o) =>
      `<li class="MuiButtonBase-root MuiMenuItem-root MuiMenuItem-gutters${o === value ? ' Mui-selected' : ''} css-5dycmn" tabindex="${o === value ? 0 : -1}" role="option" aria-selected="${o === value}" data-value="${o}">${o}<span class="MuiTouchRipple-root css-4mb1j7"></span></li>`,
  ).join('')}</ul></div><div tabindex="0" data-sentinel="end"></div></div>`;

const actions = (editing: boolean) =>
  (editing
    ? [
        ['Save', 'M17 3H5c-1.11 0-2 .9-2 2v14'],
        ['Cancel', 'M19 6.41 17.59 5 12 10.59'],
      ]
    : [
        ['Edit', 'M3 17.25V21h3.75'],
        ['Delete', 'M6 19c0 1.1.9 2 2 2h8'],
      ]
  )
    .map(
      ([label, p], i) =>
        `<button class="MuiButtonBase-root MuiIconButton-root MuiIconButton-sizeSmall css-1j7qk7u" tabindex="${i ? -1 : 0}" type="button" role="menuitem" aria-label="${label}">${svg(p!)}</button>`,
    )
    .join('');

type Grid = {
  rows?: string[][];
  /** 'row': the row's every cell in its editor; [row, col]: one cell's */
  editing?: { row: number; col?: number; select?: boolean };
  checkboxes?: boolean;
  actions?: boolean;
  quickFilter?: string;
  label?: string;
  cols?: string[];
  fields?: readonly string[];
  /** DataGrid Pro master-detail: the row whose detail panel (its edit form) is open, after the toggle column */
  detail?: number;
};

function dataGrid(g: Grid = {}): string {
  const rows = g.rows ?? THERAPY_ROWS.map((r) => [...r]);
  const cols = g.cols ?? COLS;
  const fields = g.fields ?? FIELDS;
  const off = (g.checkboxes ? 1 : 0) + (g.detail !== undefined ? 1 : 0);
  const width = (i: number) => WIDTHS[i] ?? 140;
  const toggleHeader =
    g.detail !== undefined
      ? '<div class="MuiDataGrid-columnHeader MuiDataGrid-withBorderColor" role="columnheader" tabindex="-1" data-field="__detail_panel_toggle__" aria-colindex="1" aria-label="Detail panel toggle" style="width: 50px;"><div class="MuiDataGrid-columnHeaderDraggableContainer" draggable="false" role="presentation"><div class="MuiDataGrid-columnHeaderTitleContainer" role="presentation"><div class="MuiDataGrid-columnHeaderTitleContainerContent"></div></div></div></div>'
      : '';
  const headers = `${toggleHeader}${g.checkboxes ? `<div class="MuiDataGrid-columnHeader MuiDataGrid-columnHeaderCheckbox MuiDataGrid-withBorderColor" role="columnheader" tabindex="-1" data-field="__check__" aria-colindex="1" style="width: 50px;"><div class="MuiDataGrid-columnHeaderDraggableContainer" role="presentation"><div class="MuiDataGrid-columnHeaderTitleContainer" role="presentation"><div class="MuiDataGrid-columnHeaderTitleContainerContent">${checkbox('Select all rows', 'select_all_rows')}</div></div></div></div>` : ''}${cols
    .map((c, i) => header(c, fields[i]!, i + off, width(i)))
    .join(
      '',
    )}${g.actions ? `<div class="MuiDataGrid-columnHeader MuiDataGrid-withBorderColor" role="columnheader" tabindex="-1" data-field="actions" aria-colindex="${cols.length + off + 1}" style="width: 100px;"><div class="MuiDataGrid-columnHeaderDraggableContainer" role="presentation"><div class="MuiDataGrid-columnHeaderTitleContainer" role="presentation"><div class="MuiDataGrid-columnHeaderTitleContainerContent"><div class="MuiDataGrid-columnHeaderTitle">Actions</div></div></div></div></div>` : ''}`;
  const body = rows
    .map((r, ri) => {
      const rowEditing = g.editing?.row === ri && g.editing.col === undefined;
      const cells = r
        .map((v, ci) => {
          const editing = g.editing?.row === ri && (g.editing.col === undefined || g.editing.col === ci);
          if (!editing) return cell(fields[ci]!, ci + off, width(ci), v, ' MuiDataGrid-cell--editable');
          const editor = g.editing?.select && ci === 4 ? editSelect(v) : editInput(v);
          return cell(fields[ci]!, ci + off, width(ci), editor, ' MuiDataGrid-cell--editable MuiDataGrid-cell--editing');
        })
        .join('');
      const open = g.detail === ri;
      const toggle =
        g.detail !== undefined
          ? cell(
              '__detail_panel_toggle__',
              0,
              50,
              `<button class="MuiButtonBase-root MuiIconButton-root MuiIconButton-sizeSmall css-1j7qk7u" tabindex="-1" type="button" aria-label="${open ? 'Collapse' : 'Expand'}">${svg(open ? 'M19 13H5v-2h14v2z' : 'M19 13h-6v6h-2v-6H5v-2h6V5h2v6h6v2z')}</button>`,
            )
          : '';
      const panel = open
        ? `<div class="MuiDataGrid-detailPanel css-1x3uvvq" role="presentation" style="height: auto;"><div class="MuiStack-root css-1ialerq">${r.map((v, c) => text(`detail-${c}`, COLS[c]!, v)).join('')}<button class="MuiButtonBase-root MuiButton-root MuiButton-contained css-1hw9j7s" tabindex="0" type="button">Save</button></div></div>`
        : '';
      const check = g.checkboxes
        ? cell(
            '__check__',
            g.detail !== undefined ? 1 : 0,
            50,
            checkbox(ri === 0 ? 'Unselect row' : 'Select row', 'select_row', ri === 0),
            ' MuiDataGrid-cellCheckbox',
          )
        : '';
      const act = g.actions
        ? cell(
            'actions',
            cols.length + off,
            100,
            `<div tabindex="-1" class="MuiDataGrid-actionsCell" role="menu">${actions(rowEditing)}</div>`,
            ' MuiDataGrid-cell--withRenderer',
          )
        : '';
      return `<div class="MuiDataGrid-row${ri === 0 ? ' MuiDataGrid-row--firstVisible' : ''}${rowEditing ? ' MuiDataGrid-row--editing MuiDataGrid-row--editable' : ''}${g.checkboxes && ri === 0 ? ' Mui-selected' : ''}" data-id="${ri + 1}" data-rowindex="${ri}" role="row" aria-rowindex="${ri + 2}" aria-selected="${!!g.checkboxes && ri === 0}" style="--height: 52px;">${toggle}${check}${cells}${act}<div role="presentation" class="MuiDataGrid-cell MuiDataGrid-cellEmpty"></div></div>${panel}`;
    })
    .join('');
  const toolbar = `<div class="MuiDataGrid-toolbar css-1nt4q2a" role="toolbar" aria-orientation="horizontal"><button class="MuiButtonBase-root MuiIconButton-root MuiIconButton-sizeSmall css-1j7qk7u" tabindex="0" type="button" aria-label="Columns" aria-haspopup="true" aria-expanded="false">${svg('M14.67 5v14H9.33V5z')}</button><button class="MuiButtonBase-root MuiIconButton-root MuiIconButton-sizeSmall css-1j7qk7u" tabindex="-1" type="button" aria-label="Filters" aria-haspopup="true" aria-expanded="false">${svg('M10 18h4v-2h-4v2z')}</button><div class="MuiDataGrid-toolbarDivider"></div><div class="MuiDataGrid-toolbarQuickFilter css-1m5w6d2"><button class="MuiButtonBase-root MuiIconButton-root MuiDataGrid-toolbarQuickFilterTrigger css-1j7qk7u" tabindex="-1" type="button" aria-label="Search" aria-controls="_r_q3_" aria-expanded="true" aria-disabled="true">${svg('M15.5 14h-.79l-.28-.27')}</button><div class="MuiFormControl-root MuiTextField-root MuiDataGrid-toolbarQuickFilterControl css-qo91p2"><div class="MuiInputBase-root MuiOutlinedInput-root MuiInputBase-colorPrimary MuiInputBase-formControl MuiInputBase-sizeSmall MuiInputBase-adornedStart MuiInputBase-adornedEnd css-1bp1ao6">${svg('M15.5 14h-.79l-.28-.27')}<input aria-invalid="false" autocomplete="off" aria-label="Search" id="_r_q3_" placeholder="Search…" type="search" class="MuiInputBase-input MuiOutlinedInput-input MuiInputBase-inputTypeSearch MuiInputBase-inputSizeSmall MuiInputBase-inputAdornedStart MuiInputBase-inputAdornedEnd css-1n4twyu" value="${g.quickFilter ?? ''}">${g.quickFilter ? `<button class="MuiButtonBase-root MuiIconButton-root MuiIconButton-edgeEnd MuiIconButton-sizeSmall css-1j7qk7u" tabindex="0" type="button" aria-label="Clear">${svg('M19 6.41 17.59 5')}</button>` : ''}<fieldset aria-hidden="true" class="MuiOutlinedInput-notchedOutline css-5v2ak0"><legend class="css-w4cd9x"><span class="notranslate" aria-hidden="true">&#8203;</span></legend></fieldset></div></div></div></div>`;
  const footer = `<div class="MuiDataGrid-footerContainer MuiDataGrid-withBorderColor css-1bcgzfw">${g.checkboxes ? '<div class="MuiDataGrid-selectedRowCount css-de9k3v">1 row selected</div>' : '<div></div>'}<div class="MuiTablePagination-root MuiDataGrid-pagination css-1yw6xba"><div class="MuiToolbar-root MuiToolbar-gutters MuiToolbar-regular MuiTablePagination-toolbar css-8nphli"><div class="MuiTablePagination-spacer css-1ky4pq0"></div><p class="MuiTablePagination-selectLabel css-s09cke" id="_r_p1_">Rows per page:</p><div class="MuiInputBase-root MuiInputBase-colorPrimary MuiTablePagination-input css-1kz2ktw"><div tabindex="0" role="combobox" aria-expanded="false" aria-haspopup="listbox" aria-labelledby="_r_p1_ _r_p0_" id="_r_p0_" class="MuiSelect-select MuiTablePagination-select MuiSelect-standard MuiInputBase-input css-1cmu7ra">25</div><input aria-invalid="false" aria-hidden="true" tabindex="-1" class="MuiSelect-nativeInput css-j0riat" value="25">${svg('M7 10l5 5 5-5z')}</div><p class="MuiTablePagination-displayedRows css-1chpzqh">1–${rows.length} of ${rows.length}</p><div class="MuiTablePagination-actions"><button class="MuiButtonBase-root Mui-disabled MuiIconButton-root css-1j7qk7u" tabindex="-1" type="button" disabled="" aria-label="Go to previous page" title="Go to previous page">${svg('M15.41 7.41 14 6')}</button><button class="MuiButtonBase-root Mui-disabled MuiIconButton-root css-1j7qk7u" tabindex="-1" type="button" disabled="" aria-label="Go to next page" title="Go to next page">${svg('M10 6 8.59 7.41')}</button></div></div></div></div>`;
  const n = cols.length + off + (g.actions ? 1 : 0);
  return `<div class="MuiDataGrid-root MuiDataGrid-root--densityStandard MuiDataGrid-withBorderColor css-1yg4k8v" style="height: 320px;"><div class="MuiDataGrid-mainContent" role="presentation">${toolbar}<div class="MuiDataGrid-main css-1ojy5gy" role="grid"${g.label ? ` aria-label="${g.label}"` : ''} aria-colcount="${n}" aria-rowcount="${rows.length + 1}" aria-multiselectable="${!!g.checkboxes}"><div role="presentation" data-id="gridPanelAnchor"></div><div class="MuiDataGrid-virtualScroller css-1w5m2wu"><div class="MuiDataGrid-topContainer" role="presentation"><div class="MuiDataGrid-columnHeaders" role="rowgroup"><div role="row" aria-rowindex="1" class="MuiDataGrid-row--borderBottom MuiDataGrid-columnHeaderRow" style="height: 56px;">${headers}<div class="MuiDataGrid-filler" role="presentation"></div><div class="MuiDataGrid-scrollbarFiller MuiDataGrid-scrollbarFiller--header"></div></div></div></div><div class="MuiDataGrid-virtualScrollerContent css-1kwdphh" role="presentation" style="width: 800px; height: ${rows.length * 52}px; min-height: auto;"><div class="MuiDataGrid-virtualScrollerRenderZone css-1vouojk" role="rowgroup" style="transform: translate3d(0px, 0px, 0px);">${body}</div></div><div class="MuiDataGrid-filler css-8yphpr" role="presentation"><div class="css-1sc7vk3"></div></div><div class="MuiDataGrid-bottomContainer" role="presentation"></div></div></div>${footer}</div></div>`;
}

/** MUI outlined TextField */
const text = (id: string, label: string, value: string) =>
  `<div class="MuiFormControl-root MuiTextField-root css-1u3bzj6"><label class="MuiFormLabel-root MuiInputLabel-root MuiInputLabel-formControl MuiInputLabel-animated MuiInputLabel-shrink MuiInputLabel-sizeMedium MuiInputLabel-outlined MuiFormLabel-colorPrimary${value ? ' MuiFormLabel-filled' : ''} css-113d811" data-shrink="true" for="${id}" id="${id}-label">${label}</label><div class="MuiInputBase-root MuiOutlinedInput-root MuiInputBase-colorPrimary MuiInputBase-formControl css-1blp12k"><input aria-invalid="false" id="${id}" name="${id}" type="text" class="MuiInputBase-input MuiOutlinedInput-input css-16wblaj" value="${value}"><fieldset aria-hidden="true" class="MuiOutlinedInput-notchedOutline css-nqlg3w"><legend class="css-14lo706"><span>${label}</span></legend></fieldset></div></div>`;
const h6 = (t: string) => `<h6 class="MuiTypography-root MuiTypography-h6 css-1anx036">${t}</h6>`;
const REST = { ...ILARIS, 'drug.frequency': 'Every 4 weeks', 'diagnosis.codes.0': 'M04.1, M06.1' };
const formFields = () =>
  `${h6('Member')}${text('memberId', 'Member ID', ILARIS['patient.memberId'])}${text('dob', 'Date of birth', ILARIS['patient.dob'])}${text('weight', 'Weight (kg)', '72')}${h6('Medication')}${text('drugName', 'Drug name', ILARIS['drug.name'])}${text('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${text('ndc', 'NDC', ILARIS['drug.ndc'])}${text('dose', 'Dose (mg)', '150')}${text('units', 'Billing units', '150')}${text('frequency', 'Frequency', 'Every 4 weeks')}${text('icd', 'ICD-10 codes', 'M04.1, M06.1')}${h6('Labs')}${text('crp', 'CRP (mg/L)', '24')}${text('crpDate', 'CRP collection date', ILARIS['labs.crpDate'])}`;
const form = (grid: string, tail = '') =>
  `<div id="root"><main class="MuiContainer-root css-1qsxih2"><form class="MuiBox-root css-0" novalidate="">${formFields()}${h6('Prior therapies')}${grid}${h6('Prescriber')}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}<button class="MuiButtonBase-root MuiButton-root MuiButton-contained css-1hw9j7s" tabindex="0" type="submit">Submit request</button></form></main></div>${tail}`;
const therapies = (grid: string) => `${h6('Prior therapies')}${grid}`;

/** the filter panel popper, portalled to the end of body, filtering the Drug column */
const filterPanel = (value: string) =>
  `<div class="MuiPopper-root MuiDataGrid-panel css-n3z9jq" role="tooltip" data-popper-placement="bottom-end" style="position: absolute; inset: 0px auto auto 0px; transform: translate(412px, 298px);"><div class="MuiPaper-root MuiPaper-elevation MuiPaper-rounded MuiPaper-elevation8 MuiDataGrid-paper css-1hbmzt3"><div class="MuiDataGrid-panelWrapper css-1c4oqsf" tabindex="-1"><div class="MuiDataGrid-panelContent css-1m1v8b6"><div class="MuiDataGrid-filterForm css-1vdp0ww" data-id="38117"><div class="MuiFormControl-root MuiDataGrid-filterFormDeleteIcon css-1o6gegz"><button class="MuiButtonBase-root MuiIconButton-root MuiIconButton-sizeSmall css-1j7qk7u" tabindex="0" type="button" aria-label="Delete" title="Delete">${svg('M19 6.41 17.59 5')}</button></div><div class="MuiFormControl-root MuiFormControl-fullWidth MuiDataGrid-filterFormColumnInput css-5ifmys"><label class="MuiFormLabel-root MuiInputLabel-root MuiInputLabel-shrink MuiInputLabel-outlined css-113d811" data-shrink="true" for="_r_f2_" id="_r_f1_">Columns</label><div class="MuiInputBase-root MuiOutlinedInput-root MuiSelect-root css-fvipm8"><div tabindex="0" role="combobox" aria-expanded="false" aria-haspopup="listbox" aria-labelledby="_r_f1_ _r_f2_" id="_r_f2_" class="MuiSelect-select MuiSelect-outlined MuiInputBase-input MuiOutlinedInput-input css-1cohrqd">Drug</div><input aria-invalid="false" aria-hidden="true" tabindex="-1" class="MuiSelect-nativeInput css-j0riat" value="drug">${svg('M7 10l5 5 5-5z')}<fieldset aria-hidden="true" class="MuiOutlinedInput-notchedOutline css-nqlg3w"><legend class="css-14lo706"><span>Columns</span></legend></fieldset></div></div><div class="MuiFormControl-root MuiFormControl-fullWidth MuiDataGrid-filterFormOperatorInput css-5ifmys"><label class="MuiFormLabel-root MuiInputLabel-root MuiInputLabel-shrink MuiInputLabel-outlined css-113d811" data-shrink="true" for="_r_f4_" id="_r_f3_">Operator</label><div class="MuiInputBase-root MuiOutlinedInput-root MuiSelect-root css-fvipm8"><div tabindex="0" role="combobox" aria-expanded="false" aria-haspopup="listbox" aria-labelledby="_r_f3_ _r_f4_" id="_r_f4_" class="MuiSelect-select MuiSelect-outlined MuiInputBase-input MuiOutlinedInput-input css-1cohrqd">contains</div><input aria-invalid="false" aria-hidden="true" tabindex="-1" class="MuiSelect-nativeInput css-j0riat" value="contains">${svg('M7 10l5 5 5-5z')}<fieldset aria-hidden="true" class="MuiOutlinedInput-notchedOutline css-nqlg3w"><legend class="css-14lo706"><span>Operator</span></legend></fieldset></div></div><div class="MuiFormControl-root MuiDataGrid-filterFormValueInput css-5ifmys"><div class="MuiFormControl-root MuiFormControl-fullWidth MuiTextField-root css-feqhe6"><label class="MuiFormLabel-root MuiInputLabel-root MuiInputLabel-formControl MuiInputLabel-shrink MuiInputLabel-outlined css-113d811" data-shrink="true" for="_r_f5_" id="_r_f5_-label">Value</label><div class="MuiInputBase-root MuiOutlinedInput-root MuiInputBase-formControl css-1blp12k"><input aria-invalid="false" id="_r_f5_" placeholder="Filter value" type="text" class="MuiInputBase-input MuiOutlinedInput-input css-16wblaj" value="${value}"><fieldset aria-hidden="true" class="MuiOutlinedInput-notchedOutline css-nqlg3w"><legend class="css-14lo706"><span>Value</span></legend></fieldset></div></div></div></div></div><div class="MuiDataGrid-panelFooter css-4rdffl"><button class="MuiButtonBase-root MuiButton-root MuiButton-text css-1ujsas3" tabindex="0" type="button">Add filter</button><button class="MuiButtonBase-root MuiButton-root MuiButton-text css-1ujsas3" tabindex="0" type="button">Remove all</button></div></div></div></div>`;

describe('MUI X DataGrid 8: role=grid, headers apart from the virtual scroller, cell and row editing, toolbar, panels', () => {
  // misread: no prior therapy at all: with the checkbox column and the actions cell together no gridcell is
  // collected (the dump holds only the quick filter, the rows-per-page select and row 0's checkbox, "Unselect row")
  it.fails('reads the full Ilaris request, prior therapies from the grid rows (checkboxes, actions, toolbar, footer around them)', () => {
    page(form(dataGrid({ checkboxes: true, actions: true })));
    expect(read()).toEqual({ ...REST, ...THERAPIES });
    noDuplicatePaths();
  });

  it('reads the grid rows as prior therapies, named by the headers drawn apart in the top container', () => {
    page(therapies(dataGrid()));
    expect(read()).toEqual(THERAPIES);
  });

  it('reads rows carrying their own Edit and Delete actions cell as prior therapies', () => {
    page(therapies(dataGrid({ actions: true })));
    expect(read()).toEqual(THERAPIES);
  });

  it('reads rows after the checkbox selection column, the first row selected, as prior therapies', () => {
    page(therapies(dataGrid({ checkboxes: true })));
    expect(read()).toEqual(THERAPIES);
    noDuplicatePaths();
  });

  // misread: no prior therapy at all: with the checkbox column and the actions cell together no gridcell is
  // collected (the dump holds only the quick filter, the rows-per-page select and row 0's checkbox, "Unselect row")
  it.fails('reads rows with both the checkbox selection column and an actions cell as prior therapies', () => {
    page(therapies(dataGrid({ checkboxes: true, actions: true })));
    expect(read()).toEqual(THERAPIES);
  });

  it('reads a row in row editing mode (every cell an editInputCell, Save and Cancel) as the same therapy', () => {
    page(therapies(dataGrid({ actions: true, editing: { row: 1 } })));
    expect(read()).toEqual(THERAPIES);
    noDuplicatePaths();
  });

  it('reads a cell in cell editing mode (one unlabelled editInputCell) as its therapy value', () => {
    page(therapies(dataGrid({ editing: { row: 0, col: 1 } })));
    expect(read()).toEqual(THERAPIES);
    noDuplicatePaths();
  });

  it('reads a singleSelect outcome cell opened for editing by its shown choice, nothing from its menu at the end of body', () => {
    page(therapies(dataGrid({ editing: { row: 1, col: 4, select: true } })) + selectMenu(THERAPIES['priorTherapies.1.outcome']));
    expect(read()).toEqual(THERAPIES);
    nothingFrom('.MuiMenu-root');
  });

  it('reads a DataGrid Pro detail panel holding the open row’s edit form (Drug, Dose… labels) as that therapy, not the request’s drug and dose', () => {
    page(form(dataGrid({ detail: 1 })));
    expect(read()).toEqual({ ...REST, ...THERAPIES });
    noDuplicatePaths();
  });

  it('takes nothing from the toolbar quick filter holding a search for a drug', () => {
    page(form(dataGrid({ quickFilter: 'anakinra' })));
    expect(read()).toEqual({ ...REST, ...THERAPIES });
    nothingFrom('.MuiDataGrid-toolbar');
  });

  it('takes nothing from the filter panel popper at the end of body (Columns, Operator, Value) nor the rows-per-page select', () => {
    page(form(dataGrid({ checkboxes: true }), filterPanel('colchicine')));
    expect(read()).toEqual({ ...REST, ...THERAPIES });
    nothingFrom('.MuiDataGrid-panel');
    nothingFrom('.MuiDataGrid-footerContainer');
  });

  it('reads nothing from a read-only grid of the member’s past requests beside the form', () => {
    const past = [
      ['PA-20260311-0042', 'Kineret (anakinra)', 'J3490', '03/11/2026', 'Approved'],
      ['PA-20250907-0117', 'Actemra (tocilizumab)', 'J3262', '09/07/2025', 'Denied'],
    ];
    const grid = dataGrid({
      rows: past,
      cols: ['Request #', 'Drug', 'HCPCS', 'Submitted', 'Status'],
      fields: ['requestId', 'drug', 'hcpcs', 'submitted', 'status'],
      label: 'Previous requests',
    });
    page(
      `<div id="root"><main class="MuiContainer-root css-1qsxih2"><form class="MuiBox-root css-0" novalidate="">${formFields()}${h6('Prescriber')}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}</form>${h6('Previous requests')}${grid}</main></div>`,
    );
    expect(read()).toEqual(REST);
  });
});
