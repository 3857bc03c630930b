import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, ISO_REQUEST, ISO_THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * NocoBase 2.2.0 (nocobase/nocobase at 916a11c, antd 5.24.2, @formily/antd-v5 1.2.3), its schema-built v1 blocks:
 * packages/core/client/src/schema-component/antd: form-v2/Form.tsx (`<form>` > FormLayout vertical, colon on),
 * grid/Grid.tsx (`nb-grid-container` > `nb-grid` > `nb-grid-warp` > `nb-grid-row` > `nb-grid-col`), block-item and
 * card-item (`nb-block-item noco-card-item` > antd Card), form-item/FormItem.tsx (`nb-block-item nb-form-item` around
 * Formily's FormItem: `ant-formily-item-label` > `-label-content` > span > asterisk + for-less `<label>`, colon; the
 * control under `ant-formily-item-control-content-component`; its description in `ant-formily-item-extra`),
 * association-field/SubTable.tsx + table-v2/Table.tsx (sub-table: antd small Table, the selection column drawing
 * `div[role=button][aria-label=table-index-n]` > `div.nb-table-index`, column titles from Table.Column.Decorator as
 * `span[role=button]` > asterisk + span, label-less FormItems in the cells, a delete column of CloseOutlined, the
 * footer's "Add new" Action.Link), association-field/AssociationSelect.tsx (RemoteSelect in Space.Compact),
 * action/Action.Drawer.tsx (antd Drawer, destroyOnClose, title, footer), Input.ReadPretty (`ant-description-input`)
 * for a table block's cells, TableBlock's scroll (x max-content, y: antd's fixed header and measure row); antd 5 Select/DatePicker (default dateFormat YYYY-MM-DD)/Drawer/Table as they render.
 */

const H = 'css-dev-only-do-not-override-1x0dypw';
const svg =
  '<svg viewBox="64 64 896 896" focusable="false" width="1em" height="1em" fill="currentColor" aria-hidden="true"><path d="M0 0"></path></svg>';
const icon = (name: string) => `<span role="img" aria-label="${name}" class="anticon anticon-${name}">${svg}</span>`;

type Item = { label?: string; required?: boolean; error?: string; extra?: string };
/** nb-form-item around Formily's vertical FormItem */
const item = (o: Item, control: string) =>
  `<div class="nb-block-item nb-form-item ${H}"><div class="ant-formily-item ant-formily-item-layout-vertical${o.error ? ' ant-formily-item-error ant-formily-item-feedback-has-text' : ''} ant-formily-item-feedback-layout-loose ant-formily-item-label-align-left ant-formily-item-control-align-left ant-formily-item-label-wrap ${H}">${
    o.label
      ? `<div class="ant-formily-item-label"><div class="ant-formily-item-label-content"><span>${o.required ? '<span class="ant-formily-item-asterisk">*</span>' : ''}<label>${o.label}</label></span></div><span class="ant-formily-item-colon">:</span></div>`
      : ''
  }<div class="ant-formily-item-control"><div class="ant-formily-item-control-content"><div class="ant-formily-item-control-content-component">${control}</div></div>${
    o.error
      ? `<div class="ant-formily-item-error-help ant-formily-item-help ant-formily-item-help-enter ant-formily-item-help-enter-active">${o.error}</div>`
      : ''
  }${o.extra ? `<div class="ant-formily-item-extra"><div>${o.extra}</div></div>` : ''}</div></div></div>`;

const inputCtl = (value: string) => `<input class="ant-input ant-input-outlined ${H}" type="text" value="${value}">`;
const numberCtl = (value: string) =>
  `<div class="ant-input-number ant-input-number-outlined ${H}"><div class="ant-input-number-handler-wrap"><span unselectable="on" role="button" aria-label="Increase Value" aria-disabled="false" class="ant-input-number-handler ant-input-number-handler-up">${icon('up')}</span><span unselectable="on" role="button" aria-label="Decrease Value" aria-disabled="false" class="ant-input-number-handler ant-input-number-handler-down">${icon('down')}</span></div><div class="ant-input-number-input-wrap"><input autocomplete="off" role="spinbutton" aria-valuenow="${value}" step="1" class="ant-input-number-input" value="${value}"></div></div>`;
const selectCtl = (n: number, shown: string, o: { placeholder?: string; open?: boolean; search?: boolean } = {}) =>
  `<div class="ant-select ant-select-outlined ${H} ant-select-single${o.search ? ' ant-select-allow-clear ant-select-show-search' : ''} ant-select-show-arrow${o.open ? ' ant-select-open ant-select-focused' : ''}" style="width: 100%;"><div class="ant-select-selector"><span class="ant-select-selection-search"><input type="search" autocomplete="off" class="ant-select-selection-search-input" role="combobox" aria-expanded="${!!o.open}" aria-haspopup="listbox" aria-owns="rc_select_${n}_list" aria-autocomplete="list" aria-controls="rc_select_${n}_list"${o.open ? ` aria-activedescendant="rc_select_${n}_list_0"` : ''}${o.search ? '' : ' readonly="" unselectable="on" style="opacity: 0;"'} value="" id="rc_select_${n}"></span>${
    shown
      ? `<span class="ant-select-selection-item" title="${shown}">${shown}</span>`
      : `<span class="ant-select-selection-placeholder">${o.placeholder ?? 'Select'}</span>`
  }</div><span class="ant-select-arrow" unselectable="on" aria-hidden="true" style="user-select: none;">${icon('down')}</span></div>`;
/** RemoteSelect of an association field (m2o), in its Space.Compact */
const assocCtl = (n: number, shown: string) =>
  `<div class="ant-space-compact ant-space-compact-block" style="display: flex;">${selectCtl(n, shown, { search: true })}</div>`;
const multiCtl = (n: number, values: string[]) =>
  `<div class="ant-select ant-select-outlined ${H} ant-select-multiple ant-select-allow-clear ant-select-show-search" style="width: 100%;"><div class="ant-select-selector"><div class="ant-select-selection-overflow">${values
    .map(
      (v) =>
        `<div class="ant-select-selection-overflow-item" style="opacity: 1;"><span class="ant-select-selection-item" title="${v}"><span class="ant-select-selection-item-content">${v}</span><span class="ant-select-selection-item-remove" unselectable="on" aria-hidden="true" style="user-select: none;">${icon('close')}</span></span></div>`,
    )
    .join(
      '',
    )}<div class="ant-select-selection-overflow-item ant-select-selection-overflow-item-suffix" style="opacity: 1;"><div class="ant-select-selection-search" style="width: 3px;"><input type="search" autocomplete="off" class="ant-select-selection-search-input" role="combobox" aria-expanded="false" aria-haspopup="listbox" aria-owns="rc_select_${n}_list" aria-autocomplete="list" aria-controls="rc_select_${n}_list" value="" id="rc_select_${n}"><span class="ant-select-selection-search-mirror" aria-hidden="true">&nbsp;</span></div></div></div></div></div>`;
const selectDrop = (n: number, chosen: string, options: string[], hidden = false) =>
  `<div style="position: absolute; top: 0px; left: 0px; width: 100%;"><div><div class="ant-select-dropdown ${H} ant-select-dropdown-placement-bottomLeft${hidden ? ' ant-select-dropdown-hidden' : ''}" style="min-width: 300px; left: 240px; top: 380px;"><div><div role="listbox" id="rc_select_${n}_list" style="height: 0px; width: 0px; overflow: hidden;">${options
    .slice(0, 2)
    .map((v, i) => `<div role="option" id="rc_select_${n}_list_${i}" aria-selected="${v === chosen}">${v}</div>`)
    .join(
      '',
    )}</div><div class="rc-virtual-list" style="position: relative;"><div class="rc-virtual-list-holder" style="max-height: 256px; overflow-y: auto;"><div><div class="rc-virtual-list-holder-inner" style="display: flex; flex-direction: column;">${options
    .map(
      (v) =>
        `<div aria-selected="${v === chosen}" class="ant-select-item ant-select-item-option${v === chosen ? ' ant-select-item-option-selected' : ''}" title="${v}"><div class="ant-select-item-option-content">${v}</div><span class="ant-select-item-option-state" unselectable="on" aria-hidden="true" style="user-select: none;"></span></div>`,
    )
    .join('')}</div></div></div></div></div></div></div></div>`;
const dateCtl = (value: string) =>
  `<div class="ant-picker ant-picker-outlined ${H}" style="width: 100%;"><div class="ant-picker-input"><input autocomplete="off" size="12" placeholder="Select date" value="${value}"><span class="ant-picker-suffix">${icon('calendar')}</span>${value ? `<span class="ant-picker-clear" role="button">${icon('close-circle')}</span>` : ''}</div></div>`;

const row = (...cols: string[]) =>
  `<div class="nb-grid-row">${cols.map((c) => `<div class="nb-grid-col" style="width: calc(${100 / cols.length}% - 16px);">${c}</div>`).join('')}</div>`;
const grid = (rows: string) =>
  `<div class="nb-grid-container"><div class="nb-grid ${H}"><div class="nb-grid-warp">${rows}</div></div></div>`;
const card = (body: string) =>
  `<div class="nb-block-item noco-card-item ${H}"><div class="ant-card ant-card-bordered ${H}"><div class="ant-card-body">${body}</div></div></div>`;
const button = (text: string, primary = false, iconName = '') =>
  `<button type="button" aria-label="action-Action-${text}" class="ant-btn ${H} ${primary ? 'ant-btn-primary' : 'ant-btn-default'}">${iconName ? `<span class="ant-btn-icon">${icon(iconName)}</span>` : ''}<span>${text}</span></button>`;
const actions = (...buttons: string[]) =>
  `<div class="nb-action-bar" style="display: flex; gap: 8px;"><div class="ant-space ant-space-horizontal ant-space-align-center ${H}">${buttons.map((b) => `<div class="ant-space-item">${b}</div>`).join('')}</div></div>`;
/** a form block (create or filter): Card > form > FormLayout vertical > Grid of nb-form-items, then its action bar */
const formBlock = (items: string[], bar = actions(button('Submit', true))) =>
  card(
    `<form class="${H}"><div class="ant-formily-layout ant-form-vertical ${H}"><div class="${H}">${grid(items.map((i) => row(i)).join(''))}</div></div></form>${bar}`,
  );

/** the sub-table of prior therapies (association field, o2m), drawn by table-v2 with showIndex and showDel */
const subTable = (rows: readonly string[][]) => {
  const titles = ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'];
  const th = (t: string) => `<th class="ant-table-cell" scope="col"><span role="button"><span>${t}</span></span></th>`;
  const body = rows.length
    ? rows
        .map(
          (r, i) =>
            `<tr data-row-key="${i}" class="ant-table-row ant-table-row-level-0"><td class="ant-table-cell ant-table-selection-column"><div role="button" aria-label="table-index-${i + 1}" class="${H}"><div class="${H}"><div class="nb-table-index" style="padding: 0px 8px 0px 16px;">${i + 1}</div></div></div></td>${r
              .map((v, c) => `<td class="ant-table-cell">${item({}, c === 2 || c === 3 ? dateCtl(v) : inputCtl(v))}</td>`)
              .join(
                '',
              )}<td class="ant-table-cell ant-table-cell-fix-right" style="text-align: center; position: sticky; right: 0px;"><div><span role="img" aria-label="close" class="anticon anticon-close" style="cursor: pointer; color: gray;">${svg}</span></div></td></tr>`,
        )
        .join('')
    : `<tr class="ant-table-placeholder"><td colspan="7" class="ant-table-cell"><span> Please add or select record</span></td></tr>`;
  return `<div class="${H}"><div class="ant-table-wrapper ${H}"><div class="ant-spin-nested-loading ${H}"><div class="ant-spin-container"><div class="ant-table ant-table-small"><div class="ant-table-container"><div class="ant-table-content"><table style="table-layout: auto;"><colgroup><col class="ant-table-selection-col" style="width: 32px;"><col><col><col><col><col><col style="width: 60px;"></colgroup><thead class="ant-table-thead"><tr><th class="ant-table-cell ant-table-selection-column" scope="col"></th>${titles.map(th).join('')}<th class="ant-table-cell ant-table-cell-fix-right" scope="col" style="text-align: center;"></th></tr></thead><tbody class="ant-table-tbody">${body}</tbody></table></div></div><div class="ant-table-footer"><div style="display: flex; justify-content: space-between; align-items: center;"><div class="ant-space ant-space-horizontal ant-space-align-center ${H}" style="gap: 15px;"><div class="ant-space-item"><a role="button" aria-label="action-Action.Link-Add new-create-t_prior-0" class="nb-action-link ${H}"><div class="ant-space ant-space-horizontal ant-space-align-center nb-sub-table-addNew ${H}" style="gap: 2px;"><div class="ant-space-item">${icon('plus')}</div><div class="ant-space-item">Add new</div></div></a></div></div></div></div></div></div></div></div></div>`;
};

const REQUEST = [
  item({ label: 'Member ID', required: true }, inputCtl(ILARIS['patient.memberId'])),
  item({ label: 'Date of birth', required: true }, dateCtl(ISO_REQUEST['patient.dob'])),
  item({ label: 'Weight (kg)' }, numberCtl(ILARIS['patient.weight'])),
  item({ label: 'ICD-10 codes', required: true }, multiCtl(1, ['M04.1', 'M06.1'])),
  item({ label: 'Drug name', required: true }, assocCtl(2, ILARIS['drug.name'])),
  item({ label: 'HCPCS code' }, inputCtl(ILARIS['drug.hcpcs'])),
  item({ label: 'NDC', extra: '11 digits, 5-4-2' }, inputCtl(ILARIS['drug.ndc'])),
  item({ label: 'Dose (mg)' }, numberCtl(ILARIS['drug.dose'])),
  item({ label: 'Billing units' }, numberCtl(ILARIS['drug.units'])),
  item({ label: 'Frequency' }, selectCtl(3, 'Every 4 weeks')),
  item({ label: 'CRP (mg/L)' }, numberCtl(ILARIS['labs.crpValue'])),
  item({ label: 'CRP collection date' }, dateCtl(ISO_REQUEST['labs.crpDate'])),
  item(
    { label: 'Prior therapies' },
    subTable(
      [0, 1].map((i) =>
        (['drug', 'dose', 'start', 'stop', 'outcome'] as const).map((k) => ISO_THERAPIES[`priorTherapies.${i as 0 | 1}.${k}`]),
      ),
    ),
  ),
  item({ label: 'Prescriber NPI', required: true }, inputCtl(ILARIS['prescriber.npi'])),
];

/** the admin layout around a page of blocks */
const app = (blocks: string, tail = '') =>
  `<div id="root"><div class="ant-layout ${H}"><header class="ant-layout-header ${H}"><ul class="ant-menu ant-menu-root ant-menu-horizontal ant-menu-dark ${H}" role="menu" tabindex="0" data-menu-list="true"><li class="ant-menu-item ant-menu-item-selected" role="menuitem" tabindex="-1"><span class="ant-menu-title-content">Prior authorizations</span></li><li class="ant-menu-item" role="menuitem" tabindex="-1"><span class="ant-menu-title-content">Members</span></li></ul></header><main class="ant-layout-content ${H}"><div class="nb-page"><div class="nb-page-wrapper"><div class="ant-pro-page-header"><span class="ant-page-header-heading-title" title="New PA request">New PA request</span></div><div class="nb-page-content">${grid(blocks)}</div></div></div></main></div></div>${tail}`;

/** a table block of the member's previous requests: action bar, selection column (checkbox + index), read-pretty cells */
/** a table block of the member's previous requests (table-v2 in TableBlock: scroll x max-content and y, so antd draws the
 *  header as a table of its own over the body, whose first row is the hidden measure row): action bar, selection column
 *  (index + checkbox), read-pretty cells */
const requestsTable = (rows: string[][]) => {
  const titles = ['Drug name', 'Dose', 'Submitted at', 'Status'];
  const check = (aria = '') =>
    `<label class="ant-checkbox-wrapper ${H}"><span class="ant-checkbox ${H}"><input class="ant-checkbox-input" type="checkbox"${aria ? ` aria-label="${aria}"` : ''}><span class="ant-checkbox-inner"></span></span></label>`;
  const cols = `<colgroup><col class="ant-table-selection-col" style="width: 48px;">${titles.map(() => '<col>').join('')}</colgroup>`;
  const head = `<div class="ant-table-header" style="overflow: hidden;"><table style="table-layout: fixed; visibility: visible;">${cols}<thead class="ant-table-thead"><tr><th class="ant-table-cell ant-table-selection-column" scope="col"><div class="ant-table-selection">${check()}</div></th>${titles
    .map((t) => `<th class="ant-table-cell" scope="col"><span role="button"><span>${t}</span></span></th>`)
    .join(
      '',
    )}<th class="ant-table-cell ant-table-cell-fix-right ant-table-cell-fix-right-first ant-table-cell-scrollbar" style="position: sticky; right: 0px;"></th></tr></thead></table></div>`;
  const measure = `<tr aria-hidden="true" class="ant-table-measure-row" style="height: 0px; font-size: 0px;">${[0, ...titles]
    .map(() => '<td style="padding: 0px; border: 0px; height: 0px;"><div style="height: 0px; overflow: hidden;">&nbsp;</div></td>')
    .join('')}</tr>`;
  const body = rows
    .map(
      (r, i) =>
        `<tr data-row-key="${40 + i}" class="ant-table-row ant-table-row-level-0"><td class="ant-table-cell ant-table-selection-column"><div role="button" aria-label="table-index-${i + 1}" class="${H}"><div class="${H}"><div class="nb-table-index" style="padding: 0px 8px 0px 16px;">${i + 1}</div></div><div class="nb-origin-node ${H}">${check('checkbox')}</div></div></td>${r
          .map((v) => `<td class="ant-table-cell"><div class="ant-description-input ${H}"><span>${v}</span></div></td>`)
          .join('')}</tr>`,
    )
    .join('');
  return card(
    `${actions(button('Filter', false, 'filter'), button('Add new', true, 'plus'), button('Refresh', false, 'reload'))}<div class="ant-table-wrapper ${H}"><div class="ant-spin-nested-loading ${H}"><div class="ant-spin-container"><div class="ant-table ant-table-middle ant-table-fixed-header ant-table-scroll-horizontal"><div class="ant-table-container">${head}<div class="ant-table-body" style="overflow-x: auto; overflow-y: scroll; max-height: 420px;"><table style="width: max-content; min-width: 100%; table-layout: fixed;">${cols}<tbody class="ant-table-tbody">${measure}${body}</tbody></table></div></div></div></div></div></div>`,
  );
};

/** the drawer Action.Drawer opens for a record picker (InternalPicker: openMode drawer): a table selector block of the
 *  target collection, one radio per row (single choice), its Filter action, the footer's Submit */
const pickerDrawer = (chosen: number) => {
  const drugs = [
    ['Ilaris (canakinumab)', 'J0638', '00078-0734-61'],
    ['Kineret (anakinra)', 'J3490', '66658-0234-07'],
  ];
  const rows = drugs
    .map(
      (r, i) =>
        `<tr data-row-key="${i + 1}" class="ant-table-row ant-table-row-level-0${i === chosen ? ' ant-table-row-selected' : ''}"><td class="ant-table-cell ant-table-selection-column"><div role="button" aria-label="table-index-${i + 1}" class="${i === chosen ? 'checked ' : ''}${H}"><div class="${i === chosen ? 'checked ' : ''}${H}"><div class="nb-table-index" style="padding: 0px 8px 0px 16px;">${i + 1}</div></div><div class="nb-origin-node ${i === chosen ? 'checked ' : ''}${H}"><label class="ant-radio-wrapper${i === chosen ? ' ant-radio-wrapper-checked' : ''} ${H}"><span class="ant-radio ant-wave-target${i === chosen ? ' ant-radio-checked' : ''}"><input class="ant-radio-input" type="radio" aria-label="checkbox"${i === chosen ? ' checked=""' : ''}><span class="ant-radio-inner"></span></span></label></div></div></td>${r
          .map((v) => `<td class="ant-table-cell"><div class="ant-description-input ${H}"><span>${v}</span></div></td>`)
          .join('')}</tr>`,
    )
    .join('');
  const table = card(
    `${actions(button('Filter', false, 'filter'))}<div class="ant-table-wrapper ${H}"><div class="ant-spin-nested-loading ${H}"><div class="ant-spin-container"><div class="ant-table ant-table-middle"><div class="ant-table-container"><div class="ant-table-content"><table style="table-layout: auto;"><thead class="ant-table-thead"><tr><th class="ant-table-cell ant-table-selection-column" scope="col"></th>${['Name', 'HCPCS code', 'NDC'].map((t) => `<th class="ant-table-cell" scope="col"><span role="button"><span>${t}</span></span></th>`).join('')}</tr></thead><tbody class="ant-table-tbody">${rows}</tbody></table></div></div></div></div></div></div>`,
  );
  return `<div class="ant-drawer ant-drawer-right ${H} ant-drawer-open reset" tabindex="-1" style="z-index: 1000;"><div class="ant-drawer-mask"></div><div class="ant-drawer-content-wrapper" style="width: 50%;"><div class="ant-drawer-content" role="dialog" aria-modal="true"><div class="ant-drawer-header"><div class="ant-drawer-header-title"><button type="button" aria-label="Close" class="ant-drawer-close">${icon('close')}</button><div class="ant-drawer-title">Select record</div></div></div><div class="ant-drawer-body">${grid(row(table))}</div><div class="ant-drawer-footer"><div class="footer">${button('Submit', true)}</div></div></div></div></div>`;
};

describe('NocoBase 2: form block with sub-table, association select, date pickers; table, filter form and drawer', () => {
  it('reads the full Ilaris request from a form block, prior therapies from its sub-table', () => {
    page(app(row(formBlock(REQUEST))));
    expect(read()).toEqual({ ...ISO_REQUEST, ...ISO_THERAPIES });
    noDuplicatePaths();
  });

  // misread: the label reads "Prescriber NPI :", Formily's colon span after the label content taken into it
  it.fails('names a required FormItem by its for-less label, without the asterisk and the colon', () => {
    page(app(row(formBlock([REQUEST[0]!, REQUEST[13]!]))));
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('names a field by its label, not the validation error or description under the field before it', () => {
    page(
      app(
        row(
          formBlock([
            item({ label: 'NDC', extra: 'Billing units: 11 digits' }, inputCtl(ILARIS['drug.ndc'])),
            item({ label: 'Member ID', required: true, error: 'The field value is required' }, inputCtl('')),
            item({ label: 'Prescriber NPI' }, inputCtl(ILARIS['prescriber.npi'])),
          ]),
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.ndc': ILARIS['drug.ndc'], 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads an empty Select and an empty DatePicker (placeholders only) as empty', () => {
    page(app(row(formBlock([item({ label: 'Frequency' }, selectCtl(3, '')), item({ label: 'CRP collection date' }, dateCtl(''))]))));
    expect(read()).toEqual({ 'drug.frequency': '', 'labs.crpDate': '' });
  });

  it("reads an open association select as its chosen record, nothing from its dropdown or a closed one's at the end of body", () => {
    page(
      app(
        row(formBlock([REQUEST[4]!.replace('aria-expanded="false"', 'aria-expanded="true"'), REQUEST[9]!])),
        selectDrop(3, 'Every 4 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once'], true) +
          selectDrop(2, ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)']),
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': 'Every 4 weeks' });
    nothingFrom('.ant-select-dropdown');
  });

  it('reads an empty sub-table as no prior therapies, nothing from its placeholder row or "Add new" footer', () => {
    page(app(row(formBlock([REQUEST[0]!, item({ label: 'Prior therapies' }, subTable([]))]))));
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'] });
  });

  it("reads the request's form block, nothing from a table block of the member's previous requests beside it", () => {
    page(
      app(
        row(formBlock(REQUEST)) +
          row(
            requestsTable([
              ['Kineret (anakinra)', '100', '2026-06-28', 'Approved'],
              ['colchicine', '0.6', '2025-12-20', 'Denied'],
            ]),
          ),
      ),
    );
    expect(read()).toEqual({ ...ISO_REQUEST, ...ISO_THERAPIES });
  });

  it("reads the request's form block, nothing from a filter form block above the member's requests table", () => {
    const filter = formBlock(
      [
        item({ label: 'Member ID' }, inputCtl('U48')),
        item({ label: 'Drug name' }, assocCtl(7, 'Kineret (anakinra)')),
        item({ label: 'Submitted at' }, dateCtl('2026-06-28')),
      ],
      actions(button('Filter', true), button('Reset')),
    );
    page(app(row(filter) + row(requestsTable([['Kineret (anakinra)', '100', '2026-06-28', 'Approved']])) + row(formBlock(REQUEST))));
    expect(read()).toEqual({ ...ISO_REQUEST, ...ISO_THERAPIES });
    noDuplicatePaths();
  });

  it('reads the request, nothing from the open Filter popover of the table block (field, operator, value)', () => {
    const sel = (n: number, shown: string, cls = '') =>
      selectCtl(n, shown).replace(
        '<div class="ant-select ant-select-outlined',
        `<div role="button" class="ant-select${cls} ant-select-outlined`,
      );
    const condition = (n: number, fieldName: string, op: string, value: string) =>
      `<div class="nc-filter-item"><div class="ant-space ant-space-horizontal ant-space-align-center ant-space-gap-row-small ant-space-gap-col-small ${H}" style="flex-wrap: wrap;"><div class="ant-space-item">${sel(n, fieldName, ' ant-cascader')}</div><div class="ant-space-item">${sel(n + 1, op)}</div><div class="ant-space-item">${inputCtl(value)}</div><div class="ant-space-item"><a role="button" aria-label="icon-close">${icon('close')}</a></div></div></div>`;
    const popover = `<div><div class="ant-popover ${H} ant-popover-placement-bottomLeft" style="left: 24px; top: 180px;"><div class="ant-popover-arrow" style="left: 22px;"></div><div class="ant-popover-content"><div class="ant-popover-inner" role="tooltip"><div class="ant-popover-inner-content"><form><div style="position: relative; margin-bottom: 8px;"><div style="margin-bottom: 8px;">Meet ${sel(20, 'All')} conditions in the group</div><div>${condition(21, 'Drug name', 'contains', 'Kineret')}${condition(23, 'Member ID', 'is', 'U4829163702')}${condition(25, 'Dose', '=', '100')}</div><div class="ant-space ant-space-horizontal" style="margin-top: 8px;"><div class="ant-space-item"><a>Add condition</a></div><div class="ant-space-item"><a>Add condition group</a></div></div></div><div class="${H}"><div class="ant-space ant-space-horizontal">${button('Reset')}${button('Submit', true).replace('type="button"', 'type="submit"')}</div></div></form></div></div></div></div></div>`;
    page(app(row(requestsTable([['Kineret (anakinra)', '100', '2026-06-28', 'Approved']])) + row(formBlock(REQUEST)), popover));
    expect(read()).toEqual({ ...ISO_REQUEST, ...ISO_THERAPIES });
    nothingFrom('.ant-popover');
  });

  it('reads the request behind an open record picker drawer, nothing from its table of drugs', () => {
    // the Drug name association field in record-picker mode: a Select with role=button, opened into the picker drawer
    const picker = item(
      { label: 'Drug name', required: true },
      `<div class="ant-space-compact ant-space-compact-block" style="display: flex;"><div style="width: 100%;">${selectCtl(2, ILARIS['drug.name']).replace('<div class="ant-select ant-select-outlined', '<div role="button" data-testid="select-data-picker" class="ant-select ant-select-outlined')}</div></div>`,
    );
    page(app(row(formBlock(REQUEST.map((r, i) => (i === 4 ? picker : r)))), pickerDrawer(0)));
    expect(read()).toEqual({ ...ISO_REQUEST, ...ISO_THERAPIES });
    nothingFrom('.ant-drawer');
  });

  it('reads the "Add new" drawer\'s form, nothing from the filter form and table blocks behind it', () => {
    const filter = formBlock(
      [item({ label: 'Member ID' }, inputCtl('U4829163702')), item({ label: 'Drug name' }, assocCtl(7, 'Kineret (anakinra)'))],
      actions(button('Filter', true), button('Reset')),
    );
    const drawer = `<div class="ant-drawer ant-drawer-right ${H} ant-drawer-open reset" tabindex="-1" style="z-index: 1000;"><div class="ant-drawer-mask"></div><div tabindex="0" aria-hidden="true" data-sentinel="start" style="width: 0px; height: 0px; overflow: hidden; outline: none; position: absolute;"></div><div class="ant-drawer-content-wrapper" style="width: 50%;"><div class="ant-drawer-content" role="dialog" aria-modal="true"><div class="ant-drawer-header"><div class="ant-drawer-header-title"><button type="button" aria-label="Close" class="ant-drawer-close">${icon('close')}</button><div class="ant-drawer-title">Add record</div></div></div><div class="ant-drawer-body">${grid(row(formBlock(REQUEST, '')))}</div><div class="ant-drawer-footer"><div class="footer">${button('Cancel')}${button('Submit', true)}</div></div></div></div><div tabindex="0" aria-hidden="true" data-sentinel="end" style="width: 0px; height: 0px; overflow: hidden; outline: none; position: absolute;"></div></div>`;
    page(app(row(filter) + row(requestsTable([['Kineret (anakinra)', '100', '2026-06-28', 'Approved']])), drawer));
    expect(read()).toEqual({ ...ISO_REQUEST, ...ISO_THERAPIES });
    nothingFrom('.nb-page-content');
  });
});
