import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, ISO_REQUEST, ISO_THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Lowcoder 2.7.6 (lowcoder-org/lowcoder at db7aae3, antd ^5.25) apps in view mode. Markup from client/packages/lowcoder/src:
 * layout/gridLayout.tsx + gridItem.tsx + compSelectionWrapper.tsx (the canvas `div.react-grid-layout` holds its items in
 * the layout's key order, i.e. the order the components were created, each absolutely placed by `transform:
 * translate(x,y)`: `div.lowcoder-<type>` > `div#<key>.cssTransforms.react-resizable-hide.react-resizable` > selection and
 * resizable wrappers (styled-components, hashed classes) > `div.react-grid-item.<name>.ui-comp-<type>`),
 * comps/controls/labelControl.tsx (LabelViewWrapper > MainWrapper > LabelWrapper > styled `span` label, no `<label>`, a
 * StarIcon svg when required; ChildrenWrapper > the antd control; the HelpWrapper validation text after MainWrapper),
 * textInputComp/inputComp.tsx (antd Input), numberInputComp (antd InputNumber), dateComp/dateUIView.tsx (antd DatePicker,
 * inputFormat YYYY-MM-DD, placeholder "Select Date"), selectInputComp/selectCompConstants.tsx (antd Select, showSearch
 * on, multiselect mode="multiple", popup portalled to body, placeholder "Please Select"), tableComp + components/table/
 * EditableCell.tsx (normal cell `div[tabindex]` > span + an EditableOverlay; while editing `div.editing-border` +
 * `div.editing-wrapper` > the column's antd Input), tableToolbarComp.tsx (toolbar icons, antd Pagination), textComp
 * (markdown-body), hooks/drawerComp.tsx (antd Drawer into `#__canvas_container__`, no destroyOnClose: a closed one keeps
 * its panel as `ant-drawer-content-wrapper-hidden`), hooks/modalComp.tsx (antd Modal, destroyOnHidden).
 */

const H = 'css-dev-only-do-not-override-1f4hv3x';
const svg =
  '<svg viewBox="64 64 896 896" focusable="false" width="1em" height="1em" fill="currentColor" aria-hidden="true"><path d="M0 0"></path></svg>';
const icon = (name: string) => `<span role="img" aria-label="${name}" class="anticon anticon-${name}">${svg}</span>`;
const star =
  '<svg width="7" height="7" viewBox="0 0 7 7" class="sc-jRQBWg kXbHsT"><path d="M3.5 0l.8 2.4H7L4.8 3.9l.8 2.5-2.1-1.5-2.1 1.5.8-2.5L0 2.4h2.7z" fill="#F73131"></path></svg>';

type Opt = { required?: boolean; help?: string };
/** LabelControl's view, label on the left (position "row", width 33%) */
const labelled = (label: string, control: string, o: Opt = {}) =>
  `<div class="sc-ghWlax gVvBUH"><div class="sc-fbYMXx bqSwDE" style="margin: 4px; width: calc(100% - 8px); height: calc(100% - 8px);"><div class="sc-gUjWJS eRPuXK" style="width: 33%; max-width: 70%; font-size: 14px;"><span class="sc-fFoeYB fhQbDi">${label}</span>${o.required ? star : ''}</div><div class="sc-bCztur hvSJwr" style="width: calc(100% - 33% - 8px); height: 100%;">${control}</div></div>${o.help ? `<div class="sc-eKhvyS cGgAkU">${o.help}</div>` : ''}</div>`;

const inputCtl = (value: string, placeholder = '') =>
  `<input placeholder="${placeholder}" class="ant-input ${H} ant-input-outlined sc-dLMFU dUhcSf" type="text" value="${value}">`;
const numberCtl = (value: string) =>
  `<div class="ant-input-number ${H} ant-input-number-outlined sc-jnOGJG iNfOiG" style="width: 100%;"><div class="ant-input-number-handler-wrap"><span unselectable="on" role="button" aria-label="Increase Value" aria-disabled="false" class="ant-input-number-handler ant-input-number-handler-up">${icon('up')}</span><span unselectable="on" role="button" aria-label="Decrease Value" aria-disabled="false" class="ant-input-number-handler ant-input-number-handler-down">${icon('down')}</span></div><div class="ant-input-number-input-wrap"><input autocomplete="off" role="spinbutton" aria-valuenow="${value}" step="1" class="ant-input-number-input" value="${value}"></div></div>`;
const dateCtl = (value: string) =>
  `<div class="ant-picker ${H} ant-picker-outlined sc-kMkxaj ilCvBq" style="width: 100%;"><div class="ant-picker-input"><input autocomplete="off" size="12" placeholder="Select Date" value="${value}"><span class="ant-picker-suffix">${icon('calendar')}</span></div></div>`;
const selectCtl = (n: number, shown: string, o: { open?: boolean } = {}) =>
  `<div class="ant-select sc-hhyLtv eLoZnB ant-select-outlined ${H} ant-select-single ant-select-show-arrow ant-select-show-search${o.open ? ' ant-select-open ant-select-focused' : ''}" style="width: 100%;"><div class="ant-select-selector"><span class="ant-select-selection-wrap"><span class="ant-select-selection-search"><input type="search" autocomplete="off" class="ant-select-selection-search-input" role="combobox" aria-expanded="${!!o.open}" aria-haspopup="listbox" aria-owns="rc_select_${n}_list" aria-autocomplete="list" aria-controls="rc_select_${n}_list"${o.open ? ` aria-activedescendant="rc_select_${n}_list_0"` : ''} value="" id="rc_select_${n}"></span>${
    shown
      ? `<span class="ant-select-selection-item" title="${shown}">${shown}</span>`
      : '<span class="ant-select-selection-placeholder">Please Select</span>'
  }</span></div><span class="ant-select-arrow" unselectable="on" aria-hidden="true" style="user-select: none;">${icon('down')}</span></div>`;
const multiCtl = (n: number, values: string[]) =>
  `<div class="ant-select sc-hhyLtv eLoZnB ant-select-outlined ${H} ant-select-multiple ant-select-show-arrow ant-select-show-search" style="width: 100%;"><div class="ant-select-selector"><span class="ant-select-selection-wrap"><div class="ant-select-selection-overflow">${values
    .map(
      (v) =>
        `<div class="ant-select-selection-overflow-item" style="opacity: 1;"><span class="ant-select-selection-item" title="${v}"><span class="ant-select-selection-item-content">${v}</span><span class="ant-select-selection-item-remove" unselectable="on" aria-hidden="true" style="user-select: none;">${icon('close')}</span></span></div>`,
    )
    .join(
      '',
    )}<div class="ant-select-selection-overflow-item ant-select-selection-overflow-item-suffix" style="opacity: 1;"><div class="ant-select-selection-search" style="width: 3px;"><input type="search" autocomplete="off" class="ant-select-selection-search-input" role="combobox" aria-expanded="false" aria-haspopup="listbox" aria-owns="rc_select_${n}_list" aria-autocomplete="list" aria-controls="rc_select_${n}_list" value="" id="rc_select_${n}"><span class="ant-select-selection-search-mirror" aria-hidden="true">&nbsp;</span></div></div></div></span></div><span class="ant-select-arrow" unselectable="on" aria-hidden="true" style="user-select: none;">${icon('down')}</span></div>`;
/** the Select's popup at the end of body, its options drawn in Lowcoder's `option-label` wrapper */
const selectDrop = (n: number, chosen: string, options: string[]) =>
  `<div style="position: absolute; top: 0px; left: 0px; width: 100%;"><div><div class="ant-select-dropdown ${H} ant-select-dropdown-placement-bottomLeft" style="padding: 0px; min-width: 280px; left: 420px; top: 312px;"><div class="sc-bBeLUv jXkYsQ"><div><div role="listbox" id="rc_select_${n}_list" style="height: 0px; width: 0px; overflow: hidden;">${options
    .slice(0, 2)
    .map((v, i) => `<div role="option" id="rc_select_${n}_list_${i}" aria-selected="${v === chosen}">${v}</div>`)
    .join(
      '',
    )}</div><div class="rc-virtual-list" style="position: relative;"><div class="rc-virtual-list-holder" style="max-height: 256px; overflow-y: auto;"><div><div class="rc-virtual-list-holder-inner" style="display: flex; flex-direction: column;">${options
    .map(
      (v) =>
        `<div aria-selected="${v === chosen}" class="ant-select-item ant-select-item-option${v === chosen ? ' ant-select-item-option-selected' : ''}" title="${v}"><div class="ant-select-item-option-content"><div class="sc-dcJsrY option-label">${v}</div></div><span class="ant-select-item-option-state" unselectable="on" aria-hidden="true" style="user-select: none;"></span></div>`,
    )
    .join('')}</div></div></div></div></div></div></div></div>`;

let key = 0;
/** one canvas item: the draggable shell, the positioned resizable box, the selection wrappers, the comp */
const item = (type: string, name: string, x: number, y: number, w: number, h: number, body: string) =>
  `<div class="lowcoder-${type}" draggable="false"><div id="k${(key++).toString(36)}f9a2" class="cssTransforms react-resizable-hide react-resizable" style="transform: translate(${x}px, ${y}px); width: ${w}px; height: ${h}px; position: absolute; opacity: 1; pointer-events: auto; z-index: 1;"><div class="sc-jEACwC hPuPVd"><div class="sc-cWSHoV eItZPb"><div class="react-grid-item ${name} ui-comp-${type}">${body}</div></div></div></div></div>`;
const text = (name: string, x: number, y: number, md: string) =>
  item('text', name, x, y, 600, 40, `<div class="sc-ePDLzJ kOTUtB"><div class="markdown-body">${md}</div></div>`);
const canvas = (items: string, tail = '') =>
  `<div id="root"><div class="sc-app-view"><div id="__canvas_container__" class="sc-kdBSHD"><div class="react-grid-layout sc-fUnMCh dxqUiX" tabindex="-1" style="height: 100%;"><div style="height: 1200px; position: relative;">${items}</div></div>${tail}</div></div></div>`;

/** the table comp: antd Table of editable text cells (normal view), its toolbar and pager below */
const table = (name: string, titles: string[], rows: readonly (readonly string[])[], editing?: [number, number]) =>
  `<div class="sc-table-wrapper sc-iMTnTL"><div class="ant-table-wrapper ${H}"><div class="ant-spin-nested-loading ${H}"><div class="ant-spin-container"><div class="ant-table ant-table-middle"><div class="ant-table-container"><div class="ant-table-content"><table style="table-layout: fixed;"><colgroup>${titles.map(() => '<col style="width: 120px;">').join('')}</colgroup><thead class="ant-table-thead"><tr>${titles
    .map((t) => `<th class="ant-table-cell" scope="col"><div class="sc-title"><span>${t}</span></div></th>`)
    .join('')}</tr></thead><tbody class="ant-table-tbody">${rows
    .map(
      (r, i) =>
        `<tr data-row-key="${i}" class="ant-table-row ant-table-row-level-0">${r
          .map((v, c) =>
            editing && editing[0] === i && editing[1] === c
              ? `<td class="ant-table-cell"><div class="sc-gFVvzn"><div class="sc-jGKxIK editing-border"></div><div class="editing-wrapper"><input class="ant-input ${H} ant-input-outlined ant-input-borderless" type="text" value="${v}"></div></div></td>`
              : `<td class="ant-table-cell"><div class="sc-gFVvzn"><div class="sc-dtBdUo kTGbPm"><div tabindex="0"><span>${v}</span></div><div class="sc-kOPcWz cSbCwE"></div></div></div></td>`,
          )
          .join('')}</tr>`,
    )
    .join(
      '',
    )}</tbody></table></div></div></div></div></div></div><div class="sc-toolbar ${name}-toolbar"><div class="toolbar-icons"><svg class="refresh"></svg><svg class="filter"></svg><svg class="download"></svg></div><ul class="ant-pagination ${H}"><li title="Previous Page" class="ant-pagination-prev ant-pagination-disabled" aria-disabled="true"><button class="ant-pagination-item-link" type="button" tabindex="-1" disabled="">${icon('left')}</button></li><li title="1" class="ant-pagination-item ant-pagination-item-1 ant-pagination-item-active" tabindex="0"><a rel="nofollow">1</a></li><li title="Next Page" class="ant-pagination-next ant-pagination-disabled" aria-disabled="true"><button class="ant-pagination-item-link" type="button" tabindex="-1" disabled="">${icon('right')}</button></li></ul></div></div>`;

const THERAPY_TITLES = ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'];
const ISO_ROWS = [0, 1].map((i) =>
  (['drug', 'dose', 'start', 'stop', 'outcome'] as const).map((k) => ISO_THERAPIES[`priorTherapies.${i as 0 | 1}.${k}`]),
);

const REQUEST = [
  item('input', 'memberIdInput', 16, 56, 380, 40, labelled('Member ID', inputCtl(ILARIS['patient.memberId']), { required: true })),
  item('date', 'dobDate', 16, 104, 380, 40, labelled('Date of birth', dateCtl(ISO_REQUEST['patient.dob']))),
  item('numberInput', 'weightInput', 16, 152, 380, 40, labelled('Weight (kg)', numberCtl(ILARIS['patient.weight']))),
  item('multiSelect', 'icdSelect', 16, 200, 380, 40, labelled('ICD-10 codes', multiCtl(1, ['M04.1', 'M06.1']))),
  item('select', 'drugSelect', 412, 56, 380, 40, labelled('Drug name', selectCtl(2, ILARIS['drug.name']))),
  item('input', 'hcpcsInput', 412, 104, 380, 40, labelled('HCPCS code', inputCtl(ILARIS['drug.hcpcs']))),
  item('input', 'ndcInput', 412, 152, 380, 40, labelled('NDC', inputCtl(ILARIS['drug.ndc']))),
  item('numberInput', 'doseInput', 412, 200, 380, 40, labelled('Dose (mg)', numberCtl(ILARIS['drug.dose']))),
  item('numberInput', 'unitsInput', 412, 248, 380, 40, labelled('Billing units', numberCtl(ILARIS['drug.units']))),
  item('select', 'frequencySelect', 412, 296, 380, 40, labelled('Frequency', selectCtl(3, 'Every 4 weeks'))),
  item('numberInput', 'crpInput', 16, 248, 380, 40, labelled('CRP (mg/L)', numberCtl(ILARIS['labs.crpValue']))),
  item('date', 'crpDate', 16, 296, 380, 40, labelled('CRP collection date', dateCtl(ISO_REQUEST['labs.crpDate']))),
  item('input', 'npiInput', 16, 344, 380, 40, labelled('Prescriber NPI', inputCtl(ILARIS['prescriber.npi']), { required: true })),
];
const THERAPY_TABLE =
  text('therapiesTitle', 16, 400, '<h3>Prior therapies</h3>') +
  item('table', 'therapiesTable', 16, 440, 776, 220, table('therapiesTable', THERAPY_TITLES, ISO_ROWS));

/** the List View comp (listViewComp/listView.tsx): one row div per item, each item an InnerGrid of the same template
 *  comps (same layout keys, so the same ids in every item), the small antd Pagination under the body */
const listView = (items: readonly (readonly string[])[]) => {
  const inner = (i: number, r: readonly string[]) => {
    key = 100;
    return `<div class="react-grid-layout sc-fUnMCh dxqUiX" tabindex="-1"><div style="height: 232px; position: relative;">${text('text3', 4, 4, `<p><strong>Therapy ${i + 1}</strong></p>`)}${item('input', 'drugInput', 4, 40, 360, 40, labelled('Drug', inputCtl(r[0]!)))}${item('input', 'doseInput', 372, 40, 360, 40, labelled('Dose', inputCtl(r[1]!)))}${item('date', 'startDate', 4, 88, 360, 40, labelled('Start date', dateCtl(r[2]!)))}${item('date', 'stopDate', 372, 88, 360, 40, labelled('Stop date', dateCtl(r[3]!)))}${item('input', 'outcomeInput', 4, 136, 728, 40, labelled('Outcome', inputCtl(r[4]!)))}</div></div>`;
  };
  return `<div class="sc-list-view-wrapper"><div class="sc-body-wrapper"><div class="simplebar-content"><div class="sc-list-orientation">${items
    .map(
      (r, i) =>
        `<div style="height: 240px; width: 100%;"><div class="sc-flex-wrapper" style="display: flex;"><div style="width: 100%; min-width: 0px;">${inner(i, r)}</div></div></div>`,
    )
    .join(
      '',
    )}</div></div></div><div class="sc-footer-wrapper"><ul class="ant-pagination ant-pagination-mini ${H}"><li title="1" class="ant-pagination-item ant-pagination-item-1 ant-pagination-item-active" tabindex="0"><a rel="nofollow">1</a></li></ul></div></div>`;
};

describe('Lowcoder 2.7: canvas of label-wrapped antd inputs, selects, dates; table comp; drawer and modal', () => {
  it('reads the full Ilaris request from the canvas, prior therapies from the editable table', () => {
    page(canvas(text('title', 16, 8, '<h2>Prior authorization request</h2>') + REQUEST.join('') + THERAPY_TABLE));
    expect(read()).toEqual({ ...ISO_REQUEST, ...ISO_THERAPIES });
    noDuplicatePaths();
  });

  it('reads the canvas items in the order they were created, not as they are placed', () => {
    // the NPI input was added first, the titles last: DOM order follows the layout's keys, the page shows it by translate()
    page(
      canvas(
        [REQUEST[12]!, ...REQUEST.slice(0, 12)].join('') + THERAPY_TABLE + text('title', 16, 8, '<h2>Prior authorization request</h2>'),
      ),
    );
    expect(read()).toEqual({ ...ISO_REQUEST, ...ISO_THERAPIES });
  });

  it('names an input by its span label, without the required star, and not by the validation text under the one before', () => {
    page(
      canvas(
        item(
          'input',
          'memberIdInput',
          16,
          56,
          380,
          60,
          labelled('Member ID', inputCtl('', 'Please Input...'), { required: true, help: 'Member ID is required' }),
        ) + item('input', 'npiInput', 16, 124, 380, 40, labelled('Prescriber NPI', inputCtl(ILARIS['prescriber.npi']), { required: true })),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads an empty select ("Please Select") and an empty date ("Select Date") as empty', () => {
    page(
      canvas(
        item('select', 'frequencySelect', 16, 56, 380, 40, labelled('Frequency', selectCtl(3, ''))) +
          item('date', 'crpDate', 16, 104, 380, 40, labelled('CRP collection date', dateCtl(''))),
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': '', 'labs.crpDate': '' });
  });

  it('reads an open select as its chosen text, nothing from its popup at the end of body', () => {
    page(
      canvas(
        item('select', 'drugSelect', 16, 56, 380, 40, labelled('Drug name', selectCtl(2, ILARIS['drug.name'], { open: true }))) +
          REQUEST[12]!,
      ) + selectDrop(2, ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)']),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.ant-select-dropdown');
  });

  it("reads a therapy row whose cell is being edited, the cell's editor as its value", () => {
    const rows = ISO_ROWS.map((r) => [...r]);
    page(
      canvas(
        REQUEST[0]! +
          text('therapiesTitle', 16, 400, '<h3>Prior therapies</h3>') +
          item('table', 'therapiesTable', 16, 440, 776, 220, table('therapiesTable', THERAPY_TITLES, rows, [1, 1])),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], ...ISO_THERAPIES });
  });

  it("reads the therapies table's rows, nothing from its summary row in the table's foot", () => {
    // tableSummaryComp: antd Table.Summary (`tfoot.ant-table-summary`), one styled Summary.Row of Summary.Cells
    const summary = `<tfoot class="ant-table-summary"><tr class="sc-gRtvSG jvGbQU">${[
      '2 therapies',
      '',
      'First: 2026-01-05',
      'Last: 2026-09-15',
      '',
    ]
      .map((v) => `<td class="ant-table-cell sc-hlLBRy hYMbqc"><div class="sc-cellcontainer sc-fXSgeo">${v}</div></td>`)
      .join('')}</tr></tfoot>`;
    const tableWithSummary = table('therapiesTable', THERAPY_TITLES, ISO_ROWS).replace('</tbody></table>', `</tbody>${summary}</table>`);
    page(
      canvas(
        REQUEST[0]! +
          text('therapiesTitle', 16, 400, '<h3>Prior therapies</h3>') +
          item('table', 'therapiesTable', 16, 440, 776, 260, tableWithSummary),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], ...ISO_THERAPIES });
  });

  it('reads the prior therapies from a List View, one item per therapy, each item its own grid with the same ids', () => {
    page(
      canvas(
        REQUEST.join('') +
          text('therapiesTitle', 16, 400, '<h3>Prior therapies</h3>') +
          item('listView', 'therapiesList', 16, 440, 776, 500, listView(ISO_ROWS)),
      ),
    );
    expect(read()).toEqual({ ...ISO_REQUEST, ...ISO_THERAPIES });
    noDuplicatePaths();
  });

  it('reads the request, nothing from a closed drawer left in the canvas holding a previous request', () => {
    const inner = canvas(
      item('select', 'prevDrug', 16, 16, 380, 40, labelled('Drug name', selectCtl(7, 'Kineret (anakinra)'))) +
        item('numberInput', 'prevDose', 16, 64, 380, 40, labelled('Dose (mg)', numberCtl('100'))) +
        item('numberInput', 'prevCrp', 16, 112, 380, 40, labelled('CRP (mg/L)', numberCtl('31'))) +
        item('date', 'prevCrpDate', 16, 160, 380, 40, labelled('CRP collection date', dateCtl('2026-05-20'))),
    )
      .replace('<div id="root"><div class="sc-app-view"><div id="__canvas_container__" class="sc-kdBSHD">', '<div class="sc-inner-grid">')
      .replace(/<\/div><\/div><\/div>$/, '</div>');
    const drawer = `<div class="ant-drawer ant-drawer-right ${H} sc-drawer app-6650f2" tabindex="-1"><div class="ant-drawer-content-wrapper ant-drawer-content-wrapper-hidden" style="width: 500px;"><div class="ant-drawer-content" role="dialog" aria-modal="true"><div class="ant-drawer-header"><div class="ant-drawer-header-title"><div class="ant-drawer-title">Previous request</div></div></div><div class="ant-drawer-body">${inner}</div></div></div></div>`;
    page(canvas(REQUEST.join('') + THERAPY_TABLE, drawer));
    expect(read()).toEqual({ ...ISO_REQUEST, ...ISO_THERAPIES });
    nothingFrom('.ant-drawer');
  });

  it("reads the request, nothing from the therapies table's open filter popover (column, condition, value)", () => {
    const custom = (n: number, shown: string, width: string, placeholder: string) =>
      selectCtl(n, shown)
        .replace('style="width: 100%;"', `style="width: ${width};"`)
        .replace(
          '<span class="ant-select-selection-placeholder">Please Select</span>',
          `<span class="ant-select-selection-placeholder">${placeholder}</span>`,
        );
    const rule = `<div class="sc-filter-item" style="display: flex; gap: 8px;"><span class="sc-common-text-label" style="width: 65px;">Filter rule</span>${custom(31, 'Drug', '160px', 'Choose Column')}${custom(32, 'Contains', '160px', 'Choose Condition')}<input class="ant-input ${H} ant-input-outlined sc-taco-input" type="text" value="Kineret"><svg class="sc-delete-icon"></svg></div>`;
    const popover = `<div><div class="ant-popover ${H} ant-popover-placement-bottomRight" style="left: 220px; top: 700px;"><div class="ant-popover-arrow" style="left: 560px;"></div><div class="ant-popover-content"><div class="ant-popover-inner" role="tooltip"><div class="ant-popover-inner-content"><div class="sc-suspension-box" style="width: 600px;"><div class="sc-suspension-header"><span class="sc-suspension-title">Filter</span><svg class="sc-close-icon"></svg></div><div class="sc-suspension-content" style="max-height: 292px; overflow: auto;">${rule}</div><div class="sc-filter-footer"><button type="button" class="ant-btn ${H} ant-btn-text"><span>+ Add</span></button><button type="button" class="ant-btn ${H} ant-btn-default"><span>Clear</span></button><button type="button" class="ant-btn ${H} ant-btn-primary"><span>OK</span></button></div></div></div></div></div></div></div>`;
    page(canvas(REQUEST.join('') + THERAPY_TABLE, popover));
    expect(read()).toEqual({ ...ISO_REQUEST, ...ISO_THERAPIES });
    nothingFrom('.ant-popover');
  });

  it("reads the request, nothing from a table of the member's previous requests on the same canvas", () => {
    page(
      canvas(
        REQUEST.join('') +
          THERAPY_TABLE +
          text('historyTitle', 16, 680, '<h3>Previous requests</h3>') +
          item(
            'table',
            'historyTable',
            16,
            720,
            776,
            180,
            table(
              'historyTable',
              ['Drug name', 'Dose (mg)', 'Submitted', 'Status'],
              [
                ['Kineret (anakinra)', '100', '2026-06-28', 'Approved'],
                ['colchicine', '0.6', '2025-12-20', 'Denied'],
              ],
            ),
          ),
      ),
    );
    expect(read()).toEqual({ ...ISO_REQUEST, ...ISO_THERAPIES });
  });
});
