import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Ant Design ProComponents 3.1 (ant-design/pro-components at a6e7e48, 3.1.14-5, on antd 6): src/form/BaseForm/BaseForm.tsx
 * (every ProForm starts with `input[type=text]` hidden inline; `form.ant-form.ant-pro-form`, autocomplete off),
 * src/form/components/FormItem/Group (ProFormGroup: `div.ant-pro-form-group` > `div.ant-pro-form-group-title[role=button]
 * [tabindex=0]` > LabelIconTip `div.ant-pro-core-label-tip > div.ant-pro-core-label-tip-title`, then a Space
 * `div.ant-space.ant-pro-form-group-container` of `div.ant-space-item`s), src/form/components/List (ProFormList: a
 * Form.Item labelled by the list's label with no `for`, `div.ant-pro-form-list` > container > one
 * `div.ant-pro-form-list-item.ant-pro-form-list-item-default` per row: `div.ant-pro-form-list-container` (here a
 * title-less ProFormGroup) + `div.ant-pro-form-list-action` of CopyOutlined/DeleteOutlined icons classed `ant-pro-form-list-action-icon action-copy|action-remove`; the creator button
 * `button.ant-btn-dashed.ant-btn-block.ant-pro-form-list-creator-button-bottom` "add a row of data"; style.ts hides
 * the labels of rows after the first by a stylesheet rule only), src/form/layouts/StepsForm (every step rendered in
 * `div.ant-pro-steps-form-step`, the current one `-step-active`; style.ts hides the others by `display: none` in the
 * stylesheet; each StepForm's `name` reaches its antd Form, prefixing the field ids), src/form/layouts/DrawerForm (an antd Drawer, vertical BaseForm, footer OK/Cancel; the Drawer's markup from
 * ant-design/ant-design at 2b25815 (6.6.1) components/drawer/__tests__/__snapshots__/Drawer.test.tsx.snap + demo.test.ts.snap:
 * `div.ant-drawer.ant-drawer-right.ant-drawer-open` > mask, `div.ant-drawer-content-wrapper` > `div.ant-drawer-section
 * [role=dialog][aria-modal]`; rc-drawer keeps a closed panel, classed `ant-drawer-content-wrapper-hidden`), ModalForm (an
 * antd 6 Modal, components/modal/__tests__/__snapshots__/Modal.test.tsx.snap + demo-extend: `div.ant-modal-root` > mask,
 * `div.ant-modal-wrap` > `div.ant-modal[role=dialog][aria-modal]` > `div.ant-modal-container` > close, header, body,
 * footer; closed and not destroyed, rc-dialog keeps it with the wrap `display: none` and the mask `-mask-hidden`),
 * src/form/layouts/QueryFilter + src/table/Table.tsx +
 * TableSearch.tsx + components/ListToolBar (ProTable: `div.ant-pro-table` > `div.ant-pro-table-search
 * .ant-pro-table-search-query-filter` > `div.ant-pro-query-filter-container` > a horizontal form with 80px labels in
 * `div.ant-row.ant-pro-query-filter-row` cols, then a ProCard `div.ant-pro-card > div.ant-pro-card-body` holding the
 * list toolbar (`-list-toolbar-title`) and the antd Table), src/descriptions/ProDescriptions.tsx (antd Descriptions
 * classed `ant-pro-descriptions`, values as read-mode text, dates YYYY-MM-DD), src/table/components/EditableTable +
 * utils/cellRenderToFromItem.tsx (edited cells: label-less Form.Items named [list, row, column]), locale en_US.tsx
 * ("Please enter", "Please select", "Query", "Reset", "add a row of data", Save/Delete/Cancel). Fields render antd 6
 * controls (markup as in round16/antd-v6.test.ts) with ProField's `pro-field pro-field-<width>` classes; a form
 * with no `name` gives each control the bare field name as id, so a ProTable's search form and a DrawerForm over it
 * both hold `#memberId`.
 */

const icon = (name: string, cls = '') =>
  `<span role="img" aria-label="${name}" class="anticon anticon-${name}${cls ? ` ${cls}` : ''}"><svg focusable="false" data-icon="${name}" width="1em" height="1em" fill="currentColor" aria-hidden="true" viewBox="64 64 896 896"><path d="M0 0"></path></svg></span>`;
const css = 'css-var-r1';

type Item = { label?: string; name?: string; required?: boolean; horizontal?: boolean; noMargin?: boolean };
const formItem = (o: Item, control: string) =>
  `<div class="ant-form-item ${css} ant-form-css-var ant-form-item-${o.horizontal ? 'horizontal' : 'vertical'}"${o.noMargin ? ' style="margin: 0px;"' : ''}><div class="ant-row ant-form-item-row ${css}">${
    o.label
      ? `<div class="ant-col ant-form-item-label ${css}"${o.horizontal ? ' style="flex: 0 0 80px;"' : ''}><label${o.name ? ` for="${o.name}"` : ''} class="${o.required ? 'ant-form-item-required' : ''}" title="${o.label}">${o.label}</label></div>`
      : ''
  }<div class="ant-col ant-form-item-control ${css}"${o.horizontal && o.label ? ' style="max-width: calc(100% - 80px);"' : ''}><div class="ant-form-item-control-input"><div class="ant-form-item-control-input-content">${control}</div></div></div></div></div>`;

const inputEl = (id: string, value: string, width = 'md') =>
  `<input placeholder="Please enter" id="${id}" class="ant-input ant-input-outlined ${css} ant-input-css-var pro-field pro-field-${width}" type="text" value="${value}">`;
const text = (o: Item, value: string) => formItem(o, inputEl(o.name!, value));
const digit = (o: Item, value: string, unit: string) =>
  formItem(
    o,
    `<div class="ant-space-compact pro-field pro-field-sm"><div class="ant-input-number ant-input-number-mode-input ${css} ant-input-number-css-var ant-input-number-compact-item ant-input-number-outlined"><input aria-valuemin="0" aria-valuenow="${value}" autocomplete="off" class="ant-input-number-input" id="${o.name}" placeholder="Please enter" role="spinbutton" step="1" value="${value}"><div class="ant-input-number-actions"><span aria-label="Increase Value" class="ant-input-number-action ant-input-number-action-up" role="button" unselectable="on">${icon('up')}</span><span aria-label="Decrease Value" class="ant-input-number-action ant-input-number-action-down" role="button" unselectable="on">${icon('down')}</span></div></div><div class="ant-space-addon ant-space-addon-compact-item ant-space-addon-compact-last-item ${css} ant-input-number-addon">${unit}</div></div>`,
  );
const pickerEl = (id: string, value: string) =>
  `<div class="ant-picker ant-picker-outlined ${css} ant-picker-css-var pro-field pro-field-sm"><div class="ant-picker-input"><input aria-invalid="false" id="${id}" autocomplete="off" placeholder="Please select" size="12" value="${value}"><span class="ant-picker-suffix">${icon('calendar')}</span></div></div>`;
const date = (o: Item, value: string) => formItem(o, pickerEl(o.name!, value));
const combo = (id: string, readonly: boolean) =>
  `<input aria-autocomplete="list" aria-expanded="false" aria-haspopup="listbox" autocomplete="off" class="ant-select-input" id="${id}"${readonly ? ' readonly=""' : ''} role="combobox" type="text" value="">`;
const select = (o: Item, value: string) =>
  formItem(
    o,
    `<div class="ant-select ant-select-outlined ${css} ant-select-css-var ant-select-single ant-select-allow-clear ant-select-show-arrow pro-field pro-field-md">${
      value
        ? `<div class="ant-select-content ant-select-content-has-value" title="${value}">${value}${combo(o.name!, true)}</div>`
        : `<div class="ant-select-content"><div class="ant-select-placeholder">Please select</div>${combo(o.name!, true)}</div>`
    }<div class="ant-select-suffix">${icon('down')}</div></div>`,
  );
const multiple = (o: Item, values: string[]) =>
  formItem(
    o,
    `<div class="ant-select ant-select-outlined ${css} ant-select-css-var ant-select-multiple ant-select-allow-clear ant-select-show-arrow ant-select-show-search pro-field pro-field-md"><div class="ant-select-content">${values
      .map(
        (v) =>
          `<div class="ant-select-content-item" style="opacity: 1;"><span class="ant-select-selection-item" title="${v}"><span class="ant-select-selection-item-content">${v}</span><span aria-hidden="true" class="ant-select-selection-item-remove" unselectable="on">${icon('close')}</span></span></div>`,
      )
      .join(
        '',
      )}<div class="ant-select-content-item ant-select-content-item-suffix" style="opacity: 1;">${combo(o.name!, false)}</div></div><div class="ant-select-suffix">${icon('down')}</div></div>`,
  );
const radios = (o: Item, options: string[], chosen: string) =>
  formItem(
    o,
    `<div class="ant-radio-group ant-radio-group-outline ${css} ant-radio-css-var" role="radiogroup" id="${o.name}">${options
      .map(
        (v) =>
          `<label class="ant-radio-wrapper${v === chosen ? ' ant-radio-wrapper-checked' : ''} ${css} ant-radio-css-var"><span class="ant-radio ant-wave-target${v === chosen ? ' ant-radio-checked' : ''}"><input${v === chosen ? ' checked=""' : ''} class="ant-radio-input" type="radio" value="${v}"></span><span class="ant-radio-label">${v}</span></label>`,
      )
      .join('')}</div>`,
  );

const space = (items: string[], cls = '') =>
  `<div class="ant-space ant-space-horizontal ant-space-align-start ant-space-gap-row-small ant-space-gap-col-small ${css}${cls ? ` ${cls}` : ''}" style="row-gap: 0px;">${items.map((i) => `<div class="ant-space-item">${i}</div>`).join('')}</div>`;
/** ProFormGroup with a title */
const group = (title: string, items: string[]) =>
  `<div class="ant-pro-form-group"><div role="button" tabindex="0" class="ant-pro-form-group-title"><div class="ant-pro-core-label-tip"><div class="ant-pro-core-label-tip-title">${title}</div></div></div><div>${space(items, 'ant-pro-form-group-container')}</div></div>`;

const KEYS = ['drug', 'dose', 'start', 'stop', 'outcome'] as const;
const LABELS = { drug: 'Drug', dose: 'Dose', start: 'Start date', stop: 'Stop date', outcome: 'Outcome' };
/** ProFormList "Prior therapies" of a ProFormGroup per row: ids therapies_<i>_<key> */
const therapyList = () =>
  `<div class="ant-pro-form-list">${formItem(
    { label: 'Prior therapies' },
    `<div style="width: max-content; max-width: 100%; min-width: 100%;">${[0, 1]
      .map(
        (i) =>
          `<div class="ant-pro-form-list-item ant-pro-form-list-item-default" style="display: flex; align-items: flex-end;"><div class="ant-pro-form-list-container"><div class="ant-pro-form-group"><div>${space(
            KEYS.map((k) => {
              const o = { label: LABELS[k], name: `therapies_${i}_${k}` };
              const v = THERAPIES[`priorTherapies.${i as 0 | 1}.${k}`];
              return k === 'start' || k === 'stop' ? date(o, v) : text(o, v);
            }),
            'ant-pro-form-group-container',
          )}</div></div></div><div class="ant-pro-form-list-action">${icon('copy', 'ant-pro-form-list-action-icon action-copy')}${icon('delete', 'ant-pro-form-list-action-icon action-remove')}</div></div>`,
      )
      .join(
        '',
      )}<button type="button" class="ant-btn ${css} ant-btn-dashed ant-btn-color-default ant-btn-variant-dashed ant-btn-block ant-pro-form-list-creator-button-bottom"><span class="ant-btn-icon">${icon('plus')}</span><span>add a row of data</span></button></div>`,
  )}</div>`;

/** ProForm; `submitter` false where the layout portals its buttons elsewhere (DrawerForm's footer, StepsForm's bar) */
const proForm = (body: string, name = '', submitter = true) =>
  `<form autocomplete="off"${name ? ` id="${name}"` : ''} class="ant-form ant-form-vertical ${css} ant-form-css-var ant-pro-form"><input type="text" style="display: none;">${body}${
    submitter
      ? `<div class="ant-form-item ${css}"><div class="ant-space ant-space-horizontal ant-space-align-center ${css}"><div class="ant-space-item"><button type="button" class="ant-btn ${css} ant-btn-default"><span>Reset</span></button></div><div class="ant-space-item"><button type="submit" class="ant-btn ${css} ant-btn-primary"><span>Submit</span></button></div></div></div>`
      : ''
  }</form>`;

const CODES = ['M04.1', 'M06.1'];
const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const member = () =>
  group('Member', [
    text({ label: 'Member ID', name: 'memberId', required: true }, ILARIS['patient.memberId']),
    date({ label: 'Date of birth', name: 'dob' }, ILARIS['patient.dob']),
    digit({ label: 'Weight', name: 'weight' }, '72', 'kg'),
  ]);
const medication = (hcpcs: string = ILARIS['drug.hcpcs']) =>
  `${group('Medication', [
    select({ label: 'Drug name', name: 'drugName' }, ILARIS['drug.name']),
    text({ label: 'HCPCS code', name: 'hcpcs' }, hcpcs),
    text({ label: 'NDC', name: 'ndc' }, ILARIS['drug.ndc']),
    digit({ label: 'Dose', name: 'dose' }, '150', 'mg'),
    text({ label: 'Billing units', name: 'units' }, '150'),
  ])}${radios({ label: 'Frequency', name: 'frequency' }, FREQ, 'Every 4 weeks')}`;
const clinical = () =>
  `${group('Diagnosis', [multiple({ label: 'ICD-10 codes', name: 'codes' }, CODES)])}${group('Labs', [
    digit({ label: 'CRP', name: 'crp' }, '24', 'mg/L'),
    date({ label: 'CRP collection date', name: 'crpDate' }, ILARIS['labs.crpDate']),
  ])}`;
const prescriber = () => group('Prescriber', [text({ label: 'Prescriber NPI', name: 'npi', required: true }, ILARIS['prescriber.npi'])]);
const FULL = { ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' };

/** antd Table rows of text under `cols` (a ProTable's body) */
const tableOf = (cols: string[], rows: string[][]) =>
  `<div class="ant-table-wrapper ${css} ant-table-css-var"><div class="ant-spin-nested-loading"><div class="ant-spin-container"><div class="ant-table ant-table-middle"><div class="ant-table-container"><div class="ant-table-content"><table style="table-layout: auto;"><colgroup></colgroup><thead class="ant-table-thead"><tr>${cols.map((c) => `<th class="ant-table-cell" scope="col">${c}</th>`).join('')}</tr></thead><tbody class="ant-table-tbody">${rows
    .map(
      (r, i) =>
        `<tr data-row-key="${i}" class="ant-table-row ant-table-row-level-0">${r.map((c) => `<td class="ant-table-cell">${c}</td>`).join('')}</tr>`,
    )
    .join('')}</tbody></table></div></div></div></div></div></div>`;
const badge = (status: string, text: string) =>
  `<span class="ant-badge ant-badge-status ${css}"><span class="ant-badge-status-dot ant-badge-status-${status}"></span><span class="ant-badge-status-text">${text}</span></span>`;
const PAST = [
  ['PA-20931', 'U4829163702', 'Kineret (anakinra)', 'J3490', '100', '2026-06-28', badge('error', 'Denied'), '<a>View</a>'],
  ['PA-19877', 'U4829163702', 'colchicine', 'J3490', '0.6', '2026-01-02', badge('success', 'Approved'), '<a>View</a>'],
];
const PAST_COLS = ['Request #', 'Member ID', 'Drug name', 'HCPCS code', 'Dose (mg)', 'Submitted', 'Status', 'Operation'];
/** ProTable of past requests; `search` adds its QueryFilter (filled with another search) above */
const proTable = (title: string, search: boolean) =>
  `<div class="ant-pro-table" data-testid="pro-table">${
    search
      ? `<div class="ant-pro-table-search ant-pro-table-search-query-filter"><div class="ant-pro-query-filter-container"><form autocomplete="off" class="ant-form ant-form-horizontal ${css} ant-form-css-var ant-pro-query-filter ant-pro-form"><input type="text" style="display: none;"><div class="ant-row ant-row-start ant-pro-query-filter-row" style="margin-left: -12px; margin-right: -12px;">${[
          text({ label: 'Member ID', name: 'memberId', horizontal: true }, 'U5510372214'),
          select({ label: 'Drug name', name: 'drugName', horizontal: true }, 'Kineret (anakinra)'),
          select({ label: 'Status', name: 'status', horizontal: true }, 'Denied'),
        ]
          .map((f) => `<div class="ant-col ant-col-8" style="padding-left: 12px; padding-right: 12px;">${f}</div>`)
          .join(
            '',
          )}<div class="ant-col ant-col-8 ant-col-offset-16" style="padding-left: 12px; padding-right: 12px; text-align: end;"><div class="ant-form-item ${css} ant-pro-query-filter-actions"><div class="ant-space ant-space-horizontal ${css}"><div class="ant-space-item"><button type="button" class="ant-btn ${css} ant-btn-default"><span>Reset</span></button></div><div class="ant-space-item"><button type="submit" class="ant-btn ${css} ant-btn-primary"><span>Query</span></button></div></div></div></div></div></form></div></div>`
      : ''
  }<div class="ant-pro-card ant-pro-card-border"><div class="ant-pro-card-body" style="padding-block-start: 0px;"><div class="ant-pro-table-list-toolbar"><div class="ant-pro-table-list-toolbar-container"><div class="ant-pro-table-list-toolbar-left"><div class="ant-pro-table-list-toolbar-title"><div class="ant-pro-core-label-tip"><div class="ant-pro-core-label-tip-title">${title}</div></div></div></div><div class="ant-pro-table-list-toolbar-right"><div class="ant-pro-table-list-toolbar-setting-items"><div class="ant-pro-table-list-toolbar-setting-item">${icon('reload')}</div><div class="ant-pro-table-list-toolbar-setting-item">${icon('setting')}</div></div></div></div></div>${tableOf(PAST_COLS, PAST)}</div></div></div>`;

/** DrawerForm: antd 6 Drawer at the end of body, the form's buttons in its footer; closed, it stays (rc-drawer keeps the
 *  panel, `-content-wrapper-hidden`, and drops the mask and `-open`) */
const drawer = (title: string, body: string, open: boolean) =>
  `<div class="ant-drawer ant-drawer-right ${css}${open ? ' ant-drawer-open' : ''}" tabindex="-1">${open ? '<div class="ant-drawer-mask"></div>' : ''}<div class="ant-drawer-content-wrapper${open ? '' : ' ant-drawer-content-wrapper-hidden'}" style="width: 800px;"><div aria-modal="true" class="ant-drawer-section" role="dialog"><div class="ant-drawer-header"><div class="ant-drawer-header-title"><button aria-label="Close" class="ant-drawer-close" type="button">${icon('close')}</button><div class="ant-drawer-title">${title}</div></div></div><div class="ant-drawer-body">${proForm(body, '', false)}</div><div class="ant-drawer-footer"><div style="display: flex; justify-content: flex-end;"><button type="button" class="ant-btn ${css} ant-btn-default ant-btn-color-default ant-btn-variant-outlined"><span>Cancel</span></button><button type="button" class="ant-btn ${css} ant-btn-primary ant-btn-color-primary ant-btn-variant-solid" style="margin-inline-start: 8px;"><span>OK</span></button></div></div></div></div></div>`;

describe('Ant Design ProComponents 3 (antd 6): ProForm groups, ProFormList, StepsForm, DrawerForm, ProTable, ProDescriptions, EditableProTable', () => {
  it('reads the full Ilaris request from a ProForm of groups with a ProFormList of therapies', () => {
    page(`<div id="root">${proForm(`${member()}${clinical()}${medication()}${therapyList()}${prescriber()}`)}</div>`);
    expect(read()).toEqual(FULL);
    noDuplicatePaths();
  });

  it('reads each ProFormList row as a therapy, its later labels hidden only by the stylesheet, nothing from its action icons', () => {
    page(`<div id="root">${proForm(therapyList())}</div>`);
    expect(read()).toEqual({ ...THERAPIES });
    nothingFrom('.ant-pro-form-list-action');
    noDuplicatePaths();
  });

  it('reads every step of a StepsForm, the steps not shown hidden by the stylesheet only', () => {
    const steps = ['Member and diagnosis', 'Medication', 'Prior therapies and prescriber'];
    const bodies = [`${member()}${clinical()}`, medication(), `${therapyList()}${prescriber()}`];
    // each StepForm passes its `name` to its antd Form: the form's id and every field id are prefixed with it
    const names = ['member', 'medication', 'therapies'];
    page(
      `<div id="root"><div class="ant-pro-steps-form"><div class="ant-pro-steps-form-steps-container" style="max-width: 960px;"><div class="ant-steps ant-steps-horizontal ${css} ant-steps-label-horizontal">${steps
        .map(
          (s, i) =>
            `<div class="ant-steps-item ant-steps-item-${i < 2 ? 'finish' : 'process ant-steps-item-active'}"><div class="ant-steps-item-container"><div class="ant-steps-item-icon"><span class="ant-steps-icon">${i < 2 ? icon('check') : '3'}</span></div><div class="ant-steps-item-content"><div class="ant-steps-item-title">${s}</div></div></div></div>`,
        )
        .join('')}</div></div><div class="ant-pro-steps-form-container">${bodies
        .map(
          (b, i) =>
            `<div class="ant-pro-steps-form-step${i === 2 ? ' ant-pro-steps-form-step-active' : ''}">${proForm(b.replace(/ (for|id)="([^"]+)"/g, ` $1="${names[i]}_$2"`), names[i], false)}</div>`,
        )
        .join(
          '',
        )}<div class="ant-space ant-space-horizontal ${css}"><div class="ant-space-item"><button type="button" class="ant-btn ${css} ant-btn-default"><span>Previous</span></button></div><div class="ant-space-item"><button type="button" class="ant-btn ${css} ant-btn-primary"><span>Finish</span></button></div></div></div></div></div>`,
    );
    expect(read()).toEqual(FULL);
    noDuplicatePaths();
  });

  it('reads a DrawerForm open over a ProTable list page, nothing from its search form (same ids) or its rows of past requests', () => {
    page(
      `<div id="root">${proTable('Prior authorization requests', true)}</div>${drawer('New request', `${member()}${clinical()}${medication()}${therapyList()}${prescriber()}`, true)}`,
    );
    expect(read()).toEqual(FULL);
    nothingFrom('.ant-pro-table');
    expect(field('patient.memberId')?.field.element.closest('.ant-drawer')).not.toBeNull();
  });

  it('reads the page form, nothing from a closed DrawerForm kept in the DOM (hidden by a class) editing a denied request', () => {
    const denied = group('Edit request PA-20931', [
      text({ label: 'Member ID', name: 'memberId' }, ILARIS['patient.memberId']),
      select({ label: 'Drug name', name: 'drugName' }, 'Kineret (anakinra)'),
      text({ label: 'HCPCS code', name: 'hcpcs' }, 'J3490'),
      text({ label: 'NDC', name: 'ndc' }, '66658-0234-07'),
      digit({ label: 'Dose', name: 'dose' }, '100', 'mg'),
    ]);
    page(
      `<div id="root">${proForm(`${member()}${clinical()}${medication().replace(`value="${ILARIS['drug.ndc']}"`, 'value=""')}${therapyList()}${prescriber()}`)}${proTable('Past requests for this member', false)}</div>${drawer('Edit request', denied, false)}`,
    );
    expect(read()).toEqual({ ...FULL, 'drug.ndc': '' });
    nothingFrom('.ant-drawer');
  });

  it('reads the request form, nothing from a ProTable of the member’s past requests below it', () => {
    page(
      `<div id="root">${proForm(`${member()}${clinical()}${medication()}${therapyList()}${prescriber()}`)}${proTable('Past requests for this member', false)}</div>`,
    );
    expect(read()).toEqual(FULL);
    nothingFrom('.ant-pro-table');
  });

  it('reads an empty HCPCS box as empty, nothing from a ProDescriptions summary of the denied request above the form', () => {
    const item = (label: string, value: string) =>
      `<td class="ant-descriptions-item" colspan="1"><div class="ant-descriptions-item-container"><span class="ant-descriptions-item-label">${label}</span><span class="ant-descriptions-item-content">${value}</span></div></td>`;
    const summary = `<div class="ant-descriptions ${css} ant-pro-descriptions"><div class="ant-descriptions-header"><div class="ant-descriptions-title"><div class="ant-pro-core-label-tip"><div class="ant-pro-core-label-tip-title">Denied request PA-20931</div></div></div></div><div class="ant-descriptions-view"><table><tbody><tr class="ant-descriptions-row">${item('Member ID', 'U4829163702')}${item('Drug name', 'Kineret (anakinra)')}${item('HCPCS code', 'J3490')}</tr><tr class="ant-descriptions-row">${item('Dose', '100 mg')}${item('Submitted', '2026-06-28')}${item('Status', badge('error', 'Denied'))}</tr></tbody></table></div></div>`;
    page(`<div id="root">${summary}${proForm(`${member()}${medication('')}`)}</div>`);
    expect(read()).toMatchObject({ 'drug.hcpcs': '', 'drug.name': ILARIS['drug.name'], 'drug.dose': '150' });
    nothingFrom('.ant-descriptions');
  });

  it('reads an EditableProTable of therapies, one row in edit (label-less Form.Items), the other as text', () => {
    const cols = [...Object.values(LABELS), 'Operation'];
    const rows = THERAPY_ROWS.map((r, i) =>
      i === 0
        ? [
            ...r.map((v, j) => {
              const k = KEYS[j]!;
              const id = `therapies_0_${k}`;
              return formItem({ name: id, noMargin: true }, k === 'start' || k === 'stop' ? pickerEl(id, v) : inputEl(id, v, 's'));
            }),
            `<div class="ant-space ant-space-horizontal ${css}"><div class="ant-space-item"><a>Save</a></div><div class="ant-space-item"><a>Delete</a></div><div class="ant-space-item"><a>Cancel</a></div></div>`,
          ]
        : [...r, '<a>Edit</a>'],
    );
    page(
      `<div id="root">${proForm(`<div class="ant-form-item ${css} ant-form-item-vertical"><div class="ant-row ant-form-item-row"><div class="ant-col ant-form-item-label"><label title="Prior therapies">Prior therapies</label></div><div class="ant-col ant-form-item-control"><div class="ant-form-item-control-input"><div class="ant-form-item-control-input-content"><div class="ant-pro-table ant-pro-table-editable">${tableOf(cols, rows)}<button type="button" class="ant-btn ${css} ant-btn-dashed ant-btn-block" style="margin-block-start: 8px;"><span class="ant-btn-icon">${icon('plus')}</span><span>add a row of data</span></button></div></div></div></div></div></div>`)}</div>`,
    );
    expect(read()).toEqual({ ...THERAPIES });
    noDuplicatePaths();
  });

  it('reads the Select and DatePicker as shown, nothing from their closed popups kept at the end of body', () => {
    page(
      `<div id="root">${proForm(`${select({ label: 'Drug name', name: 'drugName' }, ILARIS['drug.name'])}${date({ label: 'CRP collection date', name: 'crpDate' }, ILARIS['labs.crpDate'])}`)}</div><div><div class="ant-select-dropdown ${css} ant-select-dropdown-placement-bottomLeft ant-select-dropdown-hidden" style="left: 24px; top: 120px; width: 328px;"><div><div id="drugName_list" role="listbox" style="height: 0px; width: 0px; overflow: hidden;"><div aria-label="Ilaris (canakinumab)" role="option" id="drugName_list_0" aria-selected="true">Ilaris (canakinumab)</div><div aria-label="Kineret (anakinra)" role="option" id="drugName_list_1" aria-selected="false">Kineret (anakinra)</div></div><div class="rc-virtual-list"><div class="rc-virtual-list-holder"><div><div class="rc-virtual-list-holder-inner"><div aria-selected="true" class="ant-select-item ant-select-item-option ant-select-item-option-selected" title="Ilaris (canakinumab)"><div class="ant-select-item-option-content">Ilaris (canakinumab)</div></div><div aria-selected="false" class="ant-select-item ant-select-item-option ant-select-item-option-active" title="Kineret (anakinra)"><div class="ant-select-item-option-content">Kineret (anakinra)</div></div></div></div></div></div></div></div></div><div><div class="ant-picker-dropdown ${css} ant-picker-dropdown-placement-bottomLeft ant-picker-dropdown-hidden"><div class="ant-picker-panel-container"><div class="ant-picker-panel" tabindex="0"><div class="ant-picker-date-panel"><div class="ant-picker-header"><button type="button" aria-label="Last month (PageUp)" class="ant-picker-header-prev-btn" tabindex="-1"></button><div class="ant-picker-header-view"><button type="button" aria-label="Choose a month" class="ant-picker-month-btn" tabindex="-1">Nov</button><button type="button" aria-label="Choose a year" class="ant-picker-year-btn" tabindex="-1">2026</button></div></div><div class="ant-picker-body"><table class="ant-picker-content"><thead><tr><th>Su</th><th>Mo</th></tr></thead><tbody><tr><td title="2026-11-01" class="ant-picker-cell ant-picker-cell-in-view"><div class="ant-picker-cell-inner">1</div></td><td title="2026-11-02" class="ant-picker-cell ant-picker-cell-in-view ant-picker-cell-selected"><div class="ant-picker-cell-inner">2</div></td></tr></tbody></table></div></div></div></div></div></div>`,
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'labs.crpDate': ILARIS['labs.crpDate'] });
    nothingFrom('.ant-select-dropdown, .ant-picker-dropdown');
  });

  it('reads a ProFormList of therapies inside a collapsible ProFormGroup left collapsed (its children hidden inline)', () => {
    page(
      `<div id="root">${proForm(
        `${member()}<div class="ant-pro-form-group"><div role="button" tabindex="0" class="ant-pro-form-group-title"><div class="ant-pro-core-label-tip"><div class="ant-pro-core-label-tip-title"><div><span role="img" aria-label="right" class="anticon anticon-right" style="margin-inline-end: 8px;"><svg focusable="false" data-icon="right" width="1em" height="1em" fill="currentColor" aria-hidden="true" viewBox="64 64 896 896"><path d="M0 0"></path></svg></span>Prior therapies</div></div></div></div><div style="display: none;">${space([therapyList()], 'ant-pro-form-group-container')}</div></div>${prescriber()}`,
      )}</div>`,
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.dob': ILARIS['patient.dob'],
      'patient.weight': '72',
      ...THERAPIES,
      'prescriber.npi': ILARIS['prescriber.npi'],
    });
    noDuplicatePaths();
  });

  // misread: WRONG VALUE: labs.crpValue "40" and labs.crpDate "06/20/2026" from the closed ModalForm: its filled boxes,
  // hidden only by the rc-dialog wrap's inline `display: none`, keep their place in page order and claim the Labs
  // paths the shown form has no box for (a dialog in a hidden wrapper is not taken as closed: OmniScript keeps each
  // Edit Block entry's values only in such a dialog)
  it.fails(
    'reads the new request, nothing from a closed ModalForm kept in the DOM (wrap display none) holding a past request’s labs',
    () => {
      const past = `${group('Member', [text({ label: 'Member ID', name: 'memberId' }, ILARIS['patient.memberId'])])}${group('Labs', [
        digit({ label: 'CRP', name: 'crp' }, '40', 'mg/L'),
        date({ label: 'CRP collection date', name: 'crpDate' }, '06/20/2026'),
      ])}`;
      page(
        `<div id="root">${proForm(`${member()}${medication()}${prescriber()}`)}</div><div><div class="ant-modal-root ${css} ant-modal-css-var"><div class="ant-modal-mask ant-modal-mask-hidden"></div><div tabindex="-1" class="ant-modal-wrap" style="display: none;"><div role="dialog" aria-labelledby="modal-title-0" aria-modal="true" class="ant-modal" style="width: 800px;" tabindex="-1"><div class="ant-modal-container"><button aria-label="Close" class="ant-modal-close" type="button"><span class="ant-modal-close-x">${icon('close', 'ant-modal-close-icon')}</span></button><div class="ant-modal-header"><div class="ant-modal-title" id="modal-title-0">Edit request PA-20931</div></div><div class="ant-modal-body">${proForm(past, '', false)}</div><div class="ant-modal-footer"><button type="button" class="ant-btn ${css} ant-btn-default ant-btn-color-default ant-btn-variant-outlined"><span>Cancel</span></button><button type="button" class="ant-btn ${css} ant-btn-primary ant-btn-color-primary ant-btn-variant-solid"><span>OK</span></button></div></div></div></div></div></div>`,
      );
      expect(read()).toEqual({
        'patient.memberId': ILARIS['patient.memberId'],
        'patient.dob': ILARIS['patient.dob'],
        'patient.weight': '72',
        'drug.name': ILARIS['drug.name'],
        'drug.hcpcs': ILARIS['drug.hcpcs'],
        'drug.ndc': ILARIS['drug.ndc'],
        'drug.dose': '150',
        'drug.units': '150',
        'drug.frequency': 'Every 4 weeks',
        'prescriber.npi': ILARIS['prescriber.npi'],
      });
      nothingFrom('.ant-modal-root');
    },
  );
});
