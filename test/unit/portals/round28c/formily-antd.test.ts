import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, ISO_REQUEST, ISO_THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Formily 2 with @formily/antd-v5 1.2.4 (formilyjs/antd at b06d286, antd ^5.13). Markup from
 * packages/components/src: form-item/index.tsx (BaseItem), form-layout/index.tsx, form/index.tsx, array-table/index.tsx
 * (InternalArrayTable, ArrayTablePagination, StatusSelect), array-base/index.tsx (Index, Addition, Remove),
 * array-cards/index.tsx, form-tab/index.tsx, select/index.tsx, date-picker/index.tsx (default format YYYY-MM-DD);
 * antd 5 Input/InputNumber/Select/DatePicker/Table/Pagination/Tabs/Card as they render (no `id` from Formily: the
 * controls have none, rc-select makes `rc_select_N`).
 * - Form: `div.ant-formily-layout.ant-form-horizontal` > `form`.
 * - FormItem: `div.ant-formily-item.ant-formily-item-layout-horizontal.ant-formily-item-feedback-layout-loose…` >
 *   `div.ant-formily-item-label.ant-formily-item-item-col-6` > `div.ant-formily-item-label-content` > `span` >
 *   (`span.ant-formily-item-asterisk` "*") + `<label>` (NO `for`), then `span.ant-formily-item-colon` ":"; then
 *   `div.ant-formily-item-control` > `-control-content` > (`-addon-before`) `-control-content-component` > the control,
 *   (`-addon-after` "kg"); under it `div.ant-formily-item-error-help.ant-formily-item-help…` and
 *   `div.ant-formily-item-extra` (the schema's description).
 * - ArrayTable: `div.ant-formily-array-table` > antd Table (small, bordered) whose rows are classed
 *   `ant-formily-array-table-row-<n>`, each cell a label-less FormItem; then ALWAYS (one page or more) a pager:
 *   `div.ant-formily-array-table-pagination` > Space > a StatusSelect (antd Select showing the page "1") + antd
 *   Pagination with its size changer (a Select showing "10 / page"); then the dashed Addition button.
 * - ArrayCards: an antd Card per item, titled `span.ant-formily-array-base-index` "#1." + the array's title, the
 *   Remove button in its extra.
 * - FormTab: antd Tabs classed `ant-formily-tab`; a visited pane stays as `div.ant-tabs-tabpane-hidden[aria-hidden]`.
 */

const H = 'css-1x0dypw';
const svg =
  '<svg viewBox="64 64 896 896" focusable="false" width="1em" height="1em" fill="currentColor" aria-hidden="true"><path d="M0 0"></path></svg>';
const icon = (name: string) => `<span role="img" aria-label="${name}" class="anticon anticon-${name}">${svg}</span>`;

type Item = { label?: string; required?: boolean; error?: string; extra?: string; after?: string };
const formItem = (o: Item, control: string) =>
  `<div class="ant-formily-item ant-formily-item-layout-horizontal${o.error ? ' ant-formily-item-error ant-formily-item-feedback-has-text' : ''} ant-formily-item-feedback-layout-loose ant-formily-item-label-align-right ant-formily-item-control-align-left ${H}">${
    o.label
      ? `<div class="ant-formily-item-label ant-formily-item-item-col-6"><div class="ant-formily-item-label-content"><span>${o.required ? '<span class="ant-formily-item-asterisk">*</span>' : ''}<label>${o.label}</label></span></div><span class="ant-formily-item-colon">:</span></div>`
      : ''
  }<div class="ant-formily-item-control${o.label ? ' ant-formily-item-item-col-10' : ''}"><div class="ant-formily-item-control-content"><div class="ant-formily-item-control-content-component">${control}</div>${
    o.after ? `<div class="ant-formily-item-addon-after">${o.after}</div>` : ''
  }</div>${o.error ? `<div class="ant-formily-item-error-help ant-formily-item-help ant-formily-item-help-enter ant-formily-item-help-enter-active">${o.error}</div>` : ''}${o.extra ? `<div class="ant-formily-item-extra">${o.extra}</div>` : ''}</div></div>`;

const inputCtl = (value: string, o: { disabled?: boolean } = {}) =>
  `<input class="ant-input ant-input-outlined ${H}${o.disabled ? ' ant-input-disabled' : ''}" type="text"${o.disabled ? ' disabled=""' : ''} value="${value}">`;
const input = (o: Item, value: string) => formItem(o, inputCtl(value));
const numberPicker = (o: Item, value: string) =>
  formItem(
    o,
    `<div class="ant-input-number ant-input-number-outlined ${H}"><div class="ant-input-number-handler-wrap"><span unselectable="on" role="button" aria-label="Increase Value" aria-disabled="false" class="ant-input-number-handler ant-input-number-handler-up">${icon('up')}</span><span unselectable="on" role="button" aria-label="Decrease Value" aria-disabled="false" class="ant-input-number-handler ant-input-number-handler-down">${icon('down')}</span></div><div class="ant-input-number-input-wrap"><input autocomplete="off" role="spinbutton" aria-valuenow="${value}" step="1" class="ant-input-number-input" value="${value}"></div></div>`,
  );

/** an antd 5 Select (single), as rc-select draws it with its generated id; `cls` adds the wrapper's own classes */
const selectCtl = (
  n: number,
  shown: string,
  o: { placeholder?: string; open?: boolean; cls?: string; aria?: string; style?: string } = {},
) =>
  `<div class="ant-select ant-select-outlined${o.cls ? ` ${o.cls}` : ''} ${H} ant-select-single ant-select-show-arrow${o.open ? ' ant-select-open' : ''}"${o.style ? ` style="${o.style}"` : ''}><div class="ant-select-selector"><span class="ant-select-selection-search"><input type="search" autocomplete="off" class="ant-select-selection-search-input" role="combobox" aria-expanded="${!!o.open}" aria-haspopup="listbox" aria-owns="rc_select_${n}_list" aria-autocomplete="list" aria-controls="rc_select_${n}_list"${o.open ? ` aria-activedescendant="rc_select_${n}_list_0"` : ''}${o.aria ? ` aria-label="${o.aria}"` : ''} readonly="" unselectable="on" value="" id="rc_select_${n}" style="opacity: 0;"></span>${
    shown
      ? `<span class="ant-select-selection-item" title="${shown}">${shown}</span>`
      : `<span class="ant-select-selection-placeholder">${o.placeholder ?? ''}</span>`
  }</div><span class="ant-select-arrow" unselectable="on" aria-hidden="true" style="user-select: none;">${icon('down')}</span></div>`;
/** the Select's popup, portalled into a div at the end of body; `ant-select-dropdown-hidden` once closed */
const selectDrop = (n: number, chosen: string, options: string[], hidden = false) =>
  `<div><div class="ant-select-dropdown ${H} ant-select-dropdown-placement-bottomLeft${hidden ? ' ant-select-dropdown-hidden' : ''}" style="min-width: 240px; left: 320px; top: 412px;"><div><div role="listbox" id="rc_select_${n}_list" style="height: 0px; width: 0px; overflow: hidden;">${options
    .slice(0, 2)
    .map((v, i) => `<div role="option" id="rc_select_${n}_list_${i}" aria-selected="${v === chosen}">${v}</div>`)
    .join(
      '',
    )}</div><div class="rc-virtual-list" style="position: relative;"><div class="rc-virtual-list-holder" style="max-height: 256px; overflow-y: auto;"><div><div class="rc-virtual-list-holder-inner" style="display: flex; flex-direction: column;">${options
    .map(
      (v) =>
        `<div aria-selected="${v === chosen}" class="ant-select-item ant-select-item-option${v === chosen ? ' ant-select-item-option-selected' : ''}" title="${v}"><div class="ant-select-item-option-content">${v}</div><span class="ant-select-item-option-state" unselectable="on" aria-hidden="true" style="user-select: none;"></span></div>`,
    )
    .join('')}</div></div></div></div></div></div></div>`;
/** Select mode="multiple": one overflow item per chosen value, the search input in the suffix item */
const multiCtl = (n: number, values: string[]) =>
  `<div class="ant-select ant-select-outlined ${H} ant-select-multiple ant-select-show-search"><div class="ant-select-selector"><div class="ant-select-selection-overflow">${values
    .map(
      (v) =>
        `<div class="ant-select-selection-overflow-item" style="opacity: 1;"><span class="ant-select-selection-item" title="${v}"><span class="ant-select-selection-item-content">${v}</span><span class="ant-select-selection-item-remove" unselectable="on" aria-hidden="true" style="user-select: none;">${icon('close')}</span></span></div>`,
    )
    .join(
      '',
    )}<div class="ant-select-selection-overflow-item ant-select-selection-overflow-item-suffix" style="opacity: 1;"><div class="ant-select-selection-search" style="width: 3px;"><input type="search" autocomplete="off" class="ant-select-selection-search-input" role="combobox" aria-expanded="false" aria-haspopup="listbox" aria-owns="rc_select_${n}_list" aria-autocomplete="list" aria-controls="rc_select_${n}_list" value="" id="rc_select_${n}"><span class="ant-select-selection-search-mirror" aria-hidden="true">&nbsp;</span></div></div></div></div></div>`;

const dateCtl = (value: string) =>
  `<div class="ant-picker ant-picker-outlined ${H}"><div class="ant-picker-input"><input autocomplete="off" size="12" placeholder="Select date" value="${value}"><span class="ant-picker-suffix">${icon('calendar')}</span>${value ? `<span class="ant-picker-clear" role="button">${icon('close-circle')}</span>` : ''}</div></div>`;
/** a DatePicker's panel once opened: portalled, left in the DOM hidden after closing */
const pickerDrop = (hidden: boolean) =>
  `<div><div class="ant-picker-dropdown ${H} ant-picker-dropdown-placement-bottomLeft${hidden ? ' ant-picker-dropdown-hidden' : ''}" style="left: 320px; top: 520px;"><div class="ant-picker-panel-container ant-picker-date-panel-container"><div class="ant-picker-panel-layout"><div class="ant-picker-panel" tabindex="0"><div class="ant-picker-date-panel"><div class="ant-picker-header"><button type="button" class="ant-picker-header-super-prev-btn" tabindex="-1"><span class="ant-picker-super-prev-icon"></span></button><button type="button" class="ant-picker-header-prev-btn" tabindex="-1"><span class="ant-picker-prev-icon"></span></button><div class="ant-picker-header-view"><button type="button" class="ant-picker-month-btn" tabindex="-1">Nov</button><button type="button" class="ant-picker-year-btn" tabindex="-1">2026</button></div><button type="button" class="ant-picker-header-next-btn" tabindex="-1"><span class="ant-picker-next-icon"></span></button></div><div class="ant-picker-body"><table class="ant-picker-content"><thead><tr>${['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'].map((d) => `<th>${d}</th>`).join('')}</tr></thead><tbody><tr>${[
    1, 2, 3, 4, 5, 6, 7,
  ]
    .map(
      (d) =>
        `<td title="2026-11-0${d}" class="ant-picker-cell ant-picker-cell-in-view${d === 2 ? ' ant-picker-cell-selected' : ''}"><div class="ant-picker-cell-inner">${d}</div></td>`,
    )
    .join(
      '',
    )}</tr></tbody></table></div></div><div class="ant-picker-footer"><a class="ant-picker-today-btn">Today</a></div></div></div></div></div></div>`;

const btn = (cls: string, iconName: string, text = '') =>
  `<button type="button" class="ant-btn ${H} ${text ? 'ant-btn-dashed ant-btn-block' : 'ant-btn-default ant-btn-background-ghost ant-btn-icon-only'} ${cls}"${text ? '' : ' style="padding: 0px 0px 0px 6px; width: auto; height: auto;"'}><span class="ant-btn-icon">${icon(iconName)}</span>${text ? `<span>${text}</span>` : ''}</button>`;

/** ArrayTable of prior therapies: index, five label-less FormItem cells, operations; the pager and Addition under it */
const therapyTable = () => {
  const keys = ['drug', 'dose', 'start', 'stop', 'outcome'] as const;
  const head = ['Index', 'Drug', 'Dose', 'Start date', 'Stop date', 'Outcome', 'Operations'];
  const rows = [0, 1]
    .map((i) => {
      const cells = keys.map((k) => {
        const v = ISO_THERAPIES[`priorTherapies.${i as 0 | 1}.${k}`];
        return `<td class="ant-table-cell">${formItem({}, k === 'start' || k === 'stop' ? dateCtl(v) : inputCtl(v))}</td>`;
      });
      return `<tr data-row-key="${i}" class="ant-table-row ant-table-row-level-0 ant-formily-array-table-row-${i + 1}"><td class="ant-table-cell"><span class="ant-formily-array-base-index ${H}">#${i + 1}.</span></td>${cells.join('')}<td class="ant-table-cell">${btn('ant-formily-array-base-remove', 'delete')}${btn('ant-formily-array-base-move-down', 'down')}${btn('ant-formily-array-base-move-up', 'up')}</td></tr>`;
    })
    .join('');
  const pager = `<div class="ant-formily-array-table-pagination ${H}"><div class="ant-space ${H} ant-space-horizontal ant-space-align-center ant-space-gap-row-small ant-space-gap-col-small"><div class="ant-space-item">${selectCtl(8, '1', { cls: `ant-formily-array-table-status-select`, style: 'width: 60px;' })}</div><div class="ant-space-item"><ul class="ant-pagination ${H}"><li title="Previous Page" class="ant-pagination-prev ant-pagination-disabled" aria-disabled="true"><button class="ant-pagination-item-link" type="button" tabindex="-1" disabled="">${icon('left')}</button></li><li title="1" class="ant-pagination-item ant-pagination-item-1 ant-pagination-item-active" tabindex="0"><a rel="nofollow">1</a></li><li title="Next Page" class="ant-pagination-next ant-pagination-disabled" aria-disabled="true"><button class="ant-pagination-item-link" type="button" tabindex="-1" disabled="">${icon('right')}</button></li><li class="ant-pagination-options">${selectCtl(9, '10 / page', { cls: 'ant-pagination-options-size-changer', aria: 'Page Size' })}</li></ul></div></div></div>`;
  return `<div class="ant-formily-array-table ${H}"><div class="ant-table-wrapper ${H}"><div class="ant-spin-nested-loading ${H}"><div class="ant-spin-container"><div class="ant-table ant-table-small ant-table-bordered"><div class="ant-table-container"><div class="ant-table-content"><table style="table-layout: auto;"><colgroup></colgroup><thead class="ant-table-thead"><tr>${head.map((h) => `<th class="ant-table-cell" scope="col">${h}</th>`).join('')}</tr></thead><tbody class="ant-table-tbody">${rows}</tbody></table></div></div></div></div></div></div><div style="margin-top: 5px; margin-bottom: 5px;">${pager}</div>${btn('ant-formily-array-base-addition', 'plus', 'Add therapy')}</div>`;
};

/** a readPretty FormItem: PreviewText.Input draws the value in an antd Space classed `ant-form-text`, no control */
const pretty = (label: string, value: string) =>
  formItem(
    { label },
    `<div class="ant-space ant-space-horizontal ant-space-align-center ant-space-gap-row-small ant-space-gap-col-small ${H} ant-form-text ${H}"><div class="ant-space-item">${value}</div></div>`,
  );
/** the therapies ArrayTable in readPretty: PreviewText in each cell, no Remove/Addition (pattern not editable), the pager still drawn */
const prettyTable = (rows: string[][]) => {
  const head = ['Index', 'Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'];
  const body = rows
    .map(
      (r, i) =>
        `<tr data-row-key="${i}" class="ant-table-row ant-table-row-level-0 ant-formily-array-table-row-${i + 1}"><td class="ant-table-cell"><span class="ant-formily-array-base-index ${H}">#${i + 1}.</span></td>${r
          .map(
            (v) =>
              `<td class="ant-table-cell">${formItem({}, `<div class="ant-space ant-space-horizontal ant-space-align-center ${H} ant-form-text ${H}"><div class="ant-space-item">${v}</div></div>`)}</td>`,
          )
          .join('')}</tr>`,
    )
    .join('');
  return `<div class="ant-formily-array-table ${H}"><div class="ant-table-wrapper ${H}"><div class="ant-spin-nested-loading ${H}"><div class="ant-spin-container"><div class="ant-table ant-table-small ant-table-bordered"><div class="ant-table-container"><div class="ant-table-content"><table style="table-layout: auto;"><colgroup></colgroup><thead class="ant-table-thead"><tr>${head.map((h) => `<th class="ant-table-cell" scope="col">${h}</th>`).join('')}</tr></thead><tbody class="ant-table-tbody">${body}</tbody></table></div></div></div></div></div></div><div style="margin-top: 5px; margin-bottom: 5px;"><div class="ant-formily-array-table-pagination ${H}"><div class="ant-space ${H} ant-space-horizontal ant-space-align-center ant-space-gap-row-small ant-space-gap-col-small"><div class="ant-space-item">${selectCtl(12, '1', { cls: 'ant-formily-array-table-status-select', style: 'width: 60px;' })}</div></div></div></div></div>`;
};

const form = (body: string) => `<div class="ant-formily-layout ant-form-horizontal"><form>${body}</form></div>`;

const REQUEST = [
  input({ label: 'Member ID', required: true }, ILARIS['patient.memberId']),
  formItem({ label: 'Date of birth', required: true }, dateCtl(ISO_REQUEST['patient.dob'])),
  numberPicker({ label: 'Weight', after: 'kg' }, ILARIS['patient.weight']),
  formItem({ label: 'ICD-10 codes', required: true }, multiCtl(1, ['M04.1', 'M06.1'])),
  formItem({ label: 'Drug name', required: true }, selectCtl(2, ILARIS['drug.name'])),
  input({ label: 'HCPCS code' }, ILARIS['drug.hcpcs']),
  input({ label: 'NDC', extra: '11 digits, 5-4-2' }, ILARIS['drug.ndc']),
  numberPicker({ label: 'Dose', after: 'mg' }, ILARIS['drug.dose']),
  numberPicker({ label: 'Billing units' }, ILARIS['drug.units']),
  formItem({ label: 'Frequency' }, selectCtl(3, 'Every 4 weeks', { placeholder: 'Select frequency' })),
  numberPicker({ label: 'CRP', after: 'mg/L' }, ILARIS['labs.crpValue']),
  formItem({ label: 'CRP collection date' }, dateCtl(ISO_REQUEST['labs.crpDate'])),
  formItem({ label: 'Prior therapies' }, therapyTable()),
  input({ label: 'Prescriber NPI', required: true }, ILARIS['prescriber.npi']),
].join('');

describe('Formily 2 + @formily/antd-v5', () => {
  it('reads the full Ilaris request, prior therapies from the ArrayTable', () => {
    page(form(REQUEST));
    expect(read()).toEqual({ ...ISO_REQUEST, ...ISO_THERAPIES });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it("takes nothing from the ArrayTable's page select and page-size changer under the therapies", () => {
    page(form(formItem({ label: 'Prior therapies' }, therapyTable())));
    expect(read()).toEqual(ISO_THERAPIES);
    nothingFrom('.ant-formily-array-table-pagination');
  });

  // misread: the label reads "Prescriber NPI :" (the colon FormItem draws in its own span after the label content is kept; the path is right)
  it.fails('names a FormItem by its for-less label, without the asterisk and the colon', () => {
    page(
      form(
        `${input({ label: 'Member ID', required: true }, ILARIS['patient.memberId'])}${input({ label: 'Prescriber NPI', required: true }, ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('names a field by its label, not the error or description under the field before it', () => {
    page(
      form(
        `${input({ label: 'Member ID', required: true, error: 'The field value is required' }, '')}${input({ label: 'NDC', extra: 'Prescriber NPI on file is used if blank' }, ILARIS['drug.ndc'])}${input({ label: 'Prescriber NPI' }, ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'drug.ndc': ILARIS['drug.ndc'], 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads an empty Select as empty (its placeholder is no value)', () => {
    page(form(formItem({ label: 'Frequency' }, selectCtl(3, '', { placeholder: 'Select frequency' }))));
    expect(read()).toEqual({ 'drug.frequency': '' });
  });

  it('reads an open Select as its chosen text and nothing from its listbox at the end of body', () => {
    page(
      `${form(`${formItem({ label: 'Drug name' }, selectCtl(2, ILARIS['drug.name'], { open: true }))}${input({ label: 'HCPCS code' }, ILARIS['drug.hcpcs'])}`)}${selectDrop(2, ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}`,
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.hcpcs': ILARIS['drug.hcpcs'] });
    nothingFrom('.ant-select-dropdown');
  });

  it("reads the DatePicker's own date, nothing from its closed calendar left at the end of body", () => {
    page(
      `${form(`${numberPicker({ label: 'CRP', after: 'mg/L' }, '24')}${formItem({ label: 'CRP collection date' }, dateCtl(ISO_REQUEST['labs.crpDate']))}`)}${pickerDrop(true)}${selectDrop(3, 'Every 4 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once'], true)}`,
    );
    expect(read()).toEqual({ 'labs.crpValue': '24', 'labs.crpDate': ISO_REQUEST['labs.crpDate'] });
    nothingFrom('.ant-picker-dropdown');
  });

  it('reads the prior therapies from ArrayCards, each card titled "#n. Prior therapy"', () => {
    const card = (i: 0 | 1) =>
      `<div class="ant-card ant-card-bordered ant-formily-array-cards-item ${H}"><div class="ant-card-head"><div class="ant-card-head-wrapper"><div class="ant-card-head-title"><span><span class="ant-formily-array-base-index ${H}">#${i + 1}.</span>Prior therapy</span></div><div class="ant-card-extra"><span>${btn('ant-formily-array-base-remove', 'delete')}</span></div></div></div><div class="ant-card-body">${[
        input({ label: 'Drug' }, ISO_THERAPIES[`priorTherapies.${i}.drug`]),
        input({ label: 'Dose' }, ISO_THERAPIES[`priorTherapies.${i}.dose`]),
        formItem({ label: 'Start date' }, dateCtl(ISO_THERAPIES[`priorTherapies.${i}.start`])),
        formItem({ label: 'Stop date' }, dateCtl(ISO_THERAPIES[`priorTherapies.${i}.stop`])),
        input({ label: 'Outcome' }, ISO_THERAPIES[`priorTherapies.${i}.outcome`]),
      ].join('')}</div></div>`;
    page(
      form(
        `${input({ label: 'Member ID' }, ILARIS['patient.memberId'])}<div class="ant-formily-array-cards ${H}">${card(0)}${card(1)}${btn('ant-formily-array-base-addition', 'plus', 'Add prior therapy')}</div>`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], ...ISO_THERAPIES });
    noDuplicatePaths();
  });

  it("reads a FormTab's visited, hidden pane too, and nothing from the tabs' hidden overflow button", () => {
    const tab = (key: string, text: string, active: boolean) =>
      `<div data-node-key="${key}" class="ant-tabs-tab${active ? ' ant-tabs-tab-active' : ''}"><div role="tab" aria-selected="${active}" class="ant-tabs-tab-btn" tabindex="${active ? 0 : -1}" id="rc-tabs-0-tab-${key}" aria-controls="rc-tabs-0-panel-${key}">${text}</div></div>`;
    const pane = (key: string, active: boolean, body: string) =>
      `<div role="tabpanel" tabindex="${active ? 0 : -1}" aria-hidden="${!active}" class="ant-tabs-tabpane${active ? ' ant-tabs-tabpane-active' : ' ant-tabs-tabpane-hidden'}" id="rc-tabs-0-panel-${key}" aria-labelledby="rc-tabs-0-tab-${key}">${body}</div>`;
    page(
      form(
        `<div class="ant-tabs ant-tabs-top ${H} ant-formily-tab"><div role="tablist" class="ant-tabs-nav"><div class="ant-tabs-nav-wrap"><div class="ant-tabs-nav-list" style="transform: translate(0px, 0px);">${tab('member', 'Member', false)}${tab('medication', 'Medication', true)}<div class="ant-tabs-ink-bar ant-tabs-ink-bar-animated"></div></div></div><div class="ant-tabs-nav-operations ant-tabs-nav-operations-hidden"><button type="button" class="ant-tabs-nav-more" tabindex="-1" aria-hidden="true" aria-haspopup="listbox" aria-controls="rc-tabs-0-more-popup" id="rc-tabs-0-more" aria-expanded="false" style="visibility: hidden; order: 1;">${icon('ellipsis')}</button></div></div><div class="ant-tabs-content-holder"><div class="ant-tabs-content ant-tabs-content-top">${pane('member', false, `${input({ label: 'Member ID', required: true }, ILARIS['patient.memberId'])}${formItem({ label: 'Date of birth' }, dateCtl(ISO_REQUEST['patient.dob']))}`)}${pane('medication', true, `${formItem({ label: 'Drug name' }, selectCtl(2, ILARIS['drug.name']))}${input({ label: 'HCPCS code' }, ILARIS['drug.hcpcs'])}`)}</div></div></div>`,
      ),
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.dob': ISO_REQUEST['patient.dob'],
      'drug.name': ILARIS['drug.name'],
      'drug.hcpcs': ILARIS['drug.hcpcs'],
    });
    nothingFrom('.ant-tabs-nav');
  });

  it("reads the request's own therapies, nothing from a read-pretty summary of the member's previous request", () => {
    const previous = `<div class="ant-card ant-card-bordered ${H}"><div class="ant-card-head"><div class="ant-card-head-wrapper"><div class="ant-card-head-title">Previous request PA-2291 (approved 2025-04-10)</div></div></div><div class="ant-card-body"><div class="ant-formily-layout ant-form-horizontal"><form>${pretty('Drug name', 'Kineret (anakinra)')}${pretty('Dose', '100')}${pretty('CRP collection date', '2025-03-28')}${formItem(
      { label: 'Prior therapies' },
      prettyTable([['methotrexate', '15 mg weekly', '2024-02-01', '2024-11-30', 'Hepatotoxicity']]),
    )}</form></div></div></div>`;
    page(`${form(REQUEST)}${previous}`);
    expect(read()).toEqual({ ...ISO_REQUEST, ...ISO_THERAPIES });
    noDuplicatePaths();
  });

  it('reads a disabled Input as its value', () => {
    page(
      form(
        `${formItem({ label: 'Member ID' }, inputCtl(ILARIS['patient.memberId'], { disabled: true }))}${input({ label: 'Prescriber NPI' }, ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
  });
});
