import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Ant Design Blazor 1.x (ant-design-blazor/ant-design-blazor at 0c3881dcc7a05869d454607a849a1a8dc2a3a687): markup as
 * components/form/FormItem.razor(.cs), input/Input.cs, input-number/InputNumber.razor, select/internal/SelectContent.razor,
 * select/Select.razor, select/SelectOption.razor, date-picker/DatePicker.razor + internal/DatePickerInput.razor,
 * core/Component/Overlay/Overlay.razor(.cs) + OverlayTrigger.razor.cs, modal/core/Dialog.razor(.cs), drawer/Drawer.razor
 * render it, and the Table "editable rows", Pagination and Descriptions markup of the components/table,
 * pagination and descriptions docs:
 * - Form.Item: `div.ant-form-item > div.ant-row.ant-form-item-row > div.ant-col.ant-form-item-label > label` (NO `for`;
 *   `ant-form-item-required` when required) + `div.ant-col.ant-form-item-control > …-control-input > …-control-input-content`
 *   > the component, then `div.ant-form-item-explain[role=alert] > div.ant-form-item-explain-error` when invalid (no
 *   label column when the item has no Label). Radio, Checkbox (radio/Radio.razor, checkbox/Checkbox.razor):
 *   `label.ant-radio-wrapper > span.ant-radio > input[name=<property>] + span`, then the text in a `span`.
 * - Input: `input.ant-input` (no id unless set). InputNumber: `div.ant-input-number > div.ant-input-number-handler-wrap`
 *   (two `span[role=button]`) + `div.ant-input-number-input-wrap > input#_input[role=spinbutton]` (id="@(Id)_input":
 *   every InputNumber without an Id gets id "_input").
 * - Select: `div.ant-select > div.ant-select-selector > span.ant-select-selection-search > input[type=search][role=combobox]
 *   [readonly][unselectable=on]` + `span.ant-select-selection-item` (or `-placeholder`); multiple mode: `div.ant-select-
 *   selection-overflow` of `…-overflow-item > span.ant-select-selection-item > span.ant-select-selection-item-content` +
 *   a remove `span[aria-hidden]`, the search input in the last item. Its dropdown overlay is added to body on first open
 *   and left there, classed `ant-select-dropdown-hidden`, once closed.
 * - DatePicker: `div.ant-picker > div.ant-picker-input > input` (no id, type or name) + suffix calendar icon; its panel
 *   overlay in body (`ant-picker-dropdown`). Modal: `div > div.ant-modal-root > div.ant-modal-mask + div.ant-modal-wrap
 *   [role=dialog]` (closed: `style="display: none;"`, mask `ant-modal-mask-hidden`). Drawer: `div.ant-drawer.ant-drawer-open`
 *   (no dialog role) > mask + `div.ant-drawer-content-wrapper > … div.ant-drawer-body`.
 */

const icon = (name: string) =>
  `<span role="img" aria-label="${name}" class="anticon anticon-${name}"><svg focusable="false" data-icon="${name}" width="1em" height="1em" fill="currentColor" aria-hidden="true" viewBox="64 64 896 896"><path d="M884 256h-75c-5.1 0-9.9 2.5-12.9 6.6z"></path></svg></span>`;

const item = (label: string, control: string, o: { required?: boolean; error?: string } = {}) =>
  `<div class="ant-form-item${o.error ? ' ant-form-item-with-help ant-form-item-has-error' : ''}"><div class="ant-row ant-form-item-row" style="row-gap: 0px;">${label ? `<div class="ant-col ant-col-8 ant-form-item-label"><label class="${o.required ? 'ant-form-item-required' : ''}">${label}</label></div>` : ''}<div class="ant-col ant-col-16 ant-form-item-control"><div class="ant-form-item-control-input"><div class="ant-form-item-control-input-content">${control}</div></div>${
    o.error
      ? `<div style="display: flex; flex-wrap: nowrap;"><div class="ant-form-item-explain ant-form-item-explain-connected" role="alert"><div class="ant-form-item-explain-error">${o.error}</div></div><div style="width: 0px; height: 24px;"></div></div>`
      : ''
  }</div></div>${o.error ? '<div class="ant-form-item-margin-offset" style="margin-bottom: -24px;"></div>' : ''}</div>`;

const input = (value: string, placeholder = '') => `<input class="ant-input" type="text" placeholder="${placeholder}" value="${value}">`;
const inputNumber = (value: string) =>
  `<div class="ant-input-number"><div class="ant-input-number-handler-wrap"><span unselectable="unselectable" role="button" aria-label="Increase Value" class="ant-input-number-handler ant-input-number-handler-up">${icon('up')}</span><span unselectable="unselectable" role="button" aria-label="Decrease Value" class="ant-input-number-handler ant-input-number-handler-down">${icon('down')}</span></div><div class="ant-input-number-input-wrap"><input id="_input" role="spinbutton" aria-valuemin="-2147483648" aria-valuemax="2147483647" autocomplete="off" max="2147483647" min="-2147483648" step="1" inputmode="numeric" aria-valuenow="${value}" class="ant-input-number-input" value="${value}"></div></div>`;

let n = 0;
type SelectOpts = { multiple?: boolean; placeholder?: string; open?: boolean; closedOverlay?: boolean };
/** a Select; returns [the select, its dropdown overlay in body (open, or hidden after a first open), or ''] */
function select(chosen: string[], options: string[], o: SelectOpts = {}): [string, string] {
  const id = `ant-select-${(n += 1)}f2c9`;
  const search = (sid: string) =>
    `<input id="${sid}" type="search" readonly="" unselectable="on" role="combobox" class="ant-select-selection-search-input" autocomplete="off" aria-owns="${id}_list" aria-expanded="${!!o.open}" aria-autocomplete="list" aria-controls="${id}_list" aria-haspopup="listbox" style="opacity: 0;" value="">`;
  const placeholder = `<span class="ant-select-selection-placeholder">${o.placeholder ?? ''}</span>`;
  const selector = o.multiple
    ? `<div class="ant-select-selector"><div class="ant-select-selection-overflow">${chosen
        .map(
          (c, i) =>
            `<div class="ant-select-selection-overflow-item" style="opacity: 1;max-width: ${i ? 98 : 100}%;"><span class="ant-select-selection-item"><span class="ant-select-selection-item-content">${c}</span><span unselectable="on" aria-hidden="true" style="user-select: none;" class="ant-select-selection-item-remove">${icon('close')}</span></span></div>`,
        )
        .join(
          '',
        )}<div class="ant-select-selection-overflow-item ant-select-selection-overflow-item-suffix" style="opacity: 1; order: ${chosen.length}"><div class="ant-select-selection-search" style="width: 4px;">${search(id)}<span class="ant-select-selection-search-mirror" aria-hidden="true">&nbsp;</span></div></div>${chosen.length ? '' : placeholder}</div></div>`
    : `<div class="ant-select-selector"><span class="ant-select-selection-search">${search(`${id}_list`)}</span>${chosen.length ? `<span class="ant-select-selection-item" title="${chosen[0]}">${chosen[0]}</span>` : placeholder}</div>`;
  const comp = `<div class="ant-select ${o.multiple ? 'ant-select-multiple' : 'ant-select-single'} ant-select-show-arrow${o.open ? ' ant-select-open ant-select-focused' : ''}" id="${id}" tabindex="-1">${selector}<span class="ant-select-arrow" unselectable="on" aria-hidden="true" style="user-select: none;">${icon('down')}</span></div>`;
  const options_ = options
    .map(
      (v, i) =>
        `<div class="ant-select-item ant-select-item-option${chosen.includes(v) ? ' ant-select-item-option-selected' : ''}${o.open && i === options.length - 1 ? ' ant-select-item-option-active' : ''}" role="option" aria-selected="${chosen.includes(v)}" aria-label="${v}"><div class="ant-select-item-option-content">${v}</div>${o.multiple ? `<span class="ant-select-item-option-state" unselectable="on" aria-hidden="true" style="user-select: none;">${chosen.includes(v) ? icon('check') : ''}</span>` : ''}</div>`,
    )
    .join('');
  const overlay =
    o.open || o.closedOverlay
      ? `<div class="ant-select-dropdown  ant-select-dropdown-placement-bottomLeft ${o.open ? 'ant-slide-up-enter ant-slide-up-enter-active ant-slide-up' : 'ant-select-dropdown-hidden'}" style="position: absolute; ${o.open ? 'display: inline-flex;' : ''} min-width: 320px; width: 320px; left: 212px; top: 318px;"><div><div class="" style="max-height: 256px; overflow-y: auto;"><div><div class="" role="listbox" style="display: flex; flex-direction: column;">${options_}</div></div></div></div></div>`
      : '';
  return [comp, overlay];
}

/** a DatePicker (Format="MM/dd/yyyy"); returns [the picker, its open panel overlay in body or ''] */
function datePicker(value: string, o: { open?: boolean } = {}): [string, string] {
  const comp = `<div class="ant-picker${o.open ? ' ant-picker-focused' : ''}" style=""><div class="ant-picker-input"><input maxlength="65535" size="12" placeholder="Select date" value="${value}"><span class="ant-picker-suffix" style="pointer-events: auto;">${icon('calendar')}</span></div></div>`;
  const [mm, dd, yyyy] = value.split('/');
  const cells = [Number(dd) - 1, Number(dd), Number(dd) + 1]
    .map(
      (d) =>
        `<td title="${yyyy}-${mm}-${String(d).padStart(2, '0')}" class="ant-picker-cell ant-picker-cell-in-view${d === Number(dd) ? ' ant-picker-cell-selected' : ''}"><div class="ant-picker-cell-inner">${d}</div></td>`,
    )
    .join('');
  const panel = o.open
    ? `<div class="ant-picker-dropdown  ant-picker-dropdown-placement-bottomLeft ant-slide-up-enter ant-slide-up-enter-active ant-slide-up" style="position: absolute; display: inline-flex; left: 212px; top: 402px;"><div class="ant-picker-panel-container"><div class="ant-picker-panel"><div class="ant-picker-date-panel"><div class="ant-picker-header"><button type="button" class="ant-picker-header-super-prev-btn" tabindex="-1"><span class="ant-picker-super-prev-icon"></span></button><button type="button" class="ant-picker-header-prev-btn" tabindex="-1"><span class="ant-picker-prev-icon"></span></button><div class="ant-picker-header-view"><button type="button" class="ant-picker-month-btn" tabindex="-1">Mar</button><button type="button" class="ant-picker-year-btn" tabindex="-1">${yyyy}</button></div><button type="button" class="ant-picker-header-next-btn" tabindex="-1"><span class="ant-picker-next-icon"></span></button><button type="button" class="ant-picker-header-super-next-btn" tabindex="-1"><span class="ant-picker-super-next-icon"></span></button></div><div class="ant-picker-body"><table class="ant-picker-content"><thead><tr><th>Su</th><th>Mo</th><th>Tu</th></tr></thead><tbody><tr>${cells}</tr></tbody></table></div></div><div class="ant-picker-footer"><a class="ant-picker-today-btn">Today</a></div></div></div></div>`
    : '';
  return [comp, panel];
}

const radioGroup = (chosen: string, options: string[]) =>
  `<div class="ant-radio-group ant-radio-group-outline">${options
    .map(
      (v) =>
        `<label class="ant-radio-wrapper${v === chosen ? ' ant-radio-wrapper-checked' : ''}"><span class="ant-radio${v === chosen ? ' ant-radio-checked' : ''}"><input type="radio" class="ant-radio-input" name="Frequency" value="${v}"${v === chosen ? ' checked' : ''}><span class="ant-radio-inner"></span></span><span>${v}</span></label>`,
    )
    .join('')}</div>`;

/** a Table (editable rows demo): `editing` = the row in edit mode (Inputs, Save / Cancel links) */
function table(titles: string[], rows: string[][], editing?: number) {
  const body = rows
    .map(
      (r, i) =>
        `<tr data-row-key="${i}" class="ant-table-row ant-table-row-level-0">${r
          .map((v) => `<td class="ant-table-cell">${i === editing ? input(v) : `<div class="editable-cell-value-wrap">${v}</div>`}</td>`)
          .join('')}<td class="ant-table-cell">${i === editing ? '<a>Save</a><a>Cancel</a>' : '<a>Edit</a>'}</td></tr>`,
    )
    .join('');
  return `<div class="ant-table-wrapper"><div class="ant-spin-nested-loading"><div class="ant-spin-container"><div class="ant-table ant-table-bordered"><div class="ant-table-container"><div class="ant-table-content"><table style="table-layout: auto;"><colgroup></colgroup><thead class="ant-table-thead"><tr>${[...titles, 'Action'].map((t) => `<th class="ant-table-cell">${t}</th>`).join('')}</tr></thead><tbody class="ant-table-tbody">${body}</tbody></table></div></div></div></div></div></div>`;
}
const THERAPY_COLS = ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'];

const card = (title: string, body: string) =>
  `<div class="ant-card ant-card-bordered"><div class="ant-card-head"><div class="ant-card-head-wrapper"><div class="ant-card-head-title">${title}</div></div></div><div class="ant-card-body">${body}</div></div>`;
const form = (body: string) =>
  `<form class="ant-form ant-form-horizontal">${body}<div class="ant-form-item"><button type="submit" class="ant-btn ant-btn-primary"><span>Submit</span></button></div></form>`;

const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const CODES = ['M04.1', 'M06.1', 'M04.8'];
const FREQS = ['Every 4 weeks', 'Every 8 weeks', 'Once'];

/** the whole request as Form.Items in cards; `overlays` = the closed dropdowns left in body */
function request(): string {
  const [drug, drugOverlay] = select([ILARIS['drug.name']], DRUGS, { closedOverlay: true });
  const [codes, codesOverlay] = select(['M04.1', 'M06.1'], CODES, { multiple: true, closedOverlay: true });
  const [dob] = datePicker(ILARIS['patient.dob']);
  const [crpDate] = datePicker(ILARIS['labs.crpDate']);
  return `${form(
    `${card('Patient', `${item('Member ID', input(ILARIS['patient.memberId']), { required: true })}${item('Date of birth', dob)}${item('Weight (kg)', inputNumber('72'))}`)}${card('Diagnosis', item('ICD-10 codes', codes))}${card('Medication', `${item('Drug name', drug, { required: true })}${item('HCPCS code', input(ILARIS['drug.hcpcs']))}${item('NDC', input(ILARIS['drug.ndc']))}${item('Dose (mg)', inputNumber('150'))}${item('Billing units', inputNumber('150'))}${item('Frequency', radioGroup('Every 4 weeks', FREQS))}`)}${card('Labs', `${item('CRP (mg/L)', inputNumber('24'))}${item('CRP collection date', crpDate)}`)}${card('Prior therapies', table(THERAPY_COLS, THERAPY_ROWS))}${card('Prescriber', item('Prescriber NPI', input(ILARIS['prescriber.npi'])))}`,
  )}${drugOverlay}${codesOverlay}`;
}
const FULL = { ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' };

describe('Ant Design Blazor: Form.Item, Input, InputNumber, Select, DatePicker, Radio, Table, Modal, Drawer', () => {
  it('reads the full Ilaris request, and nothing from the closed select dropdowns left in body', () => {
    page(`<div id="app">${request()}</div>`);
    expect(read()).toEqual(FULL);
    noDuplicatePaths();
    nothingFrom('.ant-select-dropdown');
  });

  it('reads a single Select as its chosen text, an empty one (placeholder shown) as empty, and a multiple one as its tags', () => {
    const [drug] = select([], DRUGS, { placeholder: 'Select a drug' });
    const [freq] = select(['Every 8 weeks'], FREQS);
    const [codes] = select(['M04.1', 'M06.1'], CODES, { multiple: true });
    page(form(`${item('Drug name', drug)}${item('Frequency', freq)}${item('ICD-10 codes', codes)}`));
    expect(read()).toEqual({ 'drug.name': '', 'drug.frequency': 'Every 8 weeks', 'diagnosis.codes.0': 'M04.1, M06.1' });
    expect(field('drug.frequency')?.label).toBe('Frequency');
  });

  it('reads an open Select as its chosen drug, not the other option hovered in its dropdown in body', () => {
    const [drug, overlay] = select([ILARIS['drug.name']], DRUGS, { open: true });
    page(`${form(`${item('Member ID', input(ILARIS['patient.memberId']))}${item('Drug name', drug)}`)}${overlay}`);
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'drug.name': ILARIS['drug.name'] });
    nothingFrom('.ant-select-dropdown');
  });

  it('reads a DatePicker whose panel is open in body by its input, not the panel header or day cells', () => {
    const [dob, panel] = datePicker(ILARIS['patient.dob'], { open: true });
    const [crp] = datePicker(ILARIS['labs.crpDate']);
    page(`${form(`${item('Date of birth', dob)}${item('CRP collection date', crp)}`)}${panel}`);
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': ILARIS['labs.crpDate'] });
    nothingFrom('.ant-picker-dropdown');
  });

  it('reads InputNumbers that all share the id "_input" each by its own Form.Item label, one with an error shown', () => {
    page(
      form(
        `${item('Weight (kg)', inputNumber('72'))}${item('Dose (mg)', inputNumber(''), { required: true, error: 'Please enter the dose' })}${item('CRP (mg/L)', inputNumber('24'))}`,
      ),
    );
    expect(read()).toEqual({ 'patient.weight': '72', 'drug.dose': '', 'labs.crpValue': '24' });
    expect(field('drug.dose')?.label).toBe('Dose (mg)');
  });

  it('reads an editable Table: the row in edit mode by its Inputs, the other by its text', () => {
    page(form(card('Prior therapies', table(THERAPY_COLS, THERAPY_ROWS, 1))));
    expect(read()).toEqual({ ...THERAPIES });
    noDuplicatePaths();
  });

  it('reads nothing from a closed Modal left in the DOM holding the last therapy added', () => {
    const modal = `<div id="ant-modal-7c1"><div class="ant-modal-root "><div class="ant-modal-mask ant-modal-mask-hidden"></div><div tabindex="-1" class="ant-modal-wrap " role="dialog" style="display: none;"><div role="document" class="ant-modal " style="width: 520px;"><div tabindex="0" aria-hidden="true" style="width: 0px; height: 0px; overflow: hidden; outline: none;"></div><div class="ant-modal-content"><button type="button" aria-label="Close" class="ant-modal-close"><span class="ant-modal-close-x">${icon('close')}</span></button><div class="ant-modal-header"><div class="ant-modal-title">Add prior therapy</div></div><div class="ant-modal-body">${form(`${item('Drug', input('methotrexate'))}${item('Dose', input('15 mg weekly'))}${item('Outcome', input('Hepatotoxicity'))}`)}</div><div class="ant-modal-footer"><button type="button" class="ant-btn ant-btn-default"><span>Cancel</span></button><button type="button" class="ant-btn ant-btn-primary"><span>OK</span></button></div></div></div></div></div></div>`;
    page(
      `${form(`${item('Member ID', input(ILARIS['patient.memberId']))}${card('Prior therapies', table(THERAPY_COLS, THERAPY_ROWS))}`)}${modal}`,
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], ...THERAPIES });
    nothingFrom('.ant-modal-root');
  });

  it('reads the request in an open Drawer, and nothing from the table of past requests behind it', () => {
    const past = table(
      ['Member ID', 'Drug', 'Dose', 'Submitted', 'Status'],
      [['U0000000001', 'Kineret (anakinra)', '100 mg daily', '08/01/2026', 'Approved']],
    ).replace(/<td class="ant-table-cell"><a>Edit<\/a><\/td>/, '<td class="ant-table-cell"><a>View</a></td>');
    const drawer = `<div class="ant-drawer ant-drawer-right ant-drawer-open" style="z-index: 1000;" id="drawer-3a"><div class="ant-drawer-mask" style=""></div><div class="ant-drawer-content-wrapper  " style="width: 520px;" id="ant-drawer-wrap_drawer-3a"><div class="ant-drawer-content"><div class="ant-drawer-wrapper-body" style="height:100%"><div class="ant-drawer-header"><div class="ant-drawer-title">New prior authorization</div><button type="button" aria-label="Close" class="ant-drawer-close">${icon('close')}</button></div><div class="ant-drawer-body" style="">${form(`${item('Member ID', input(ILARIS['patient.memberId']))}${item('Drug name', select([ILARIS['drug.name']], DRUGS)[0])}${item('Dose (mg)', inputNumber('150'))}${item('Prescriber NPI', input(ILARIS['prescriber.npi']))}`)}</div></div></div></div></div>`;
    page(`<div class="ant-layout"><main class="ant-layout-content"><h2>Past requests</h2>${past}</main></div>${drawer}`);
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'drug.name': ILARIS['drug.name'],
      'drug.dose': '150',
      'prescriber.npi': ILARIS['prescriber.npi'],
    });
    nothingFrom('.ant-layout');
  });

  it('reads a checked Checkbox in a Form.Item as Yes', () => {
    page(
      form(
        item(
          '',
          `<label class="ant-checkbox-wrapper ant-checkbox-wrapper-checked"><span class="ant-checkbox ant-checkbox-checked"><input type="checkbox" class="ant-checkbox-input" value="true" checked><span class="ant-checkbox-inner"></span></span><span>Colchicine contraindicated or not tolerated</span></label>`,
        ),
      ),
    );
    expect(read()).toEqual({ 'clinical.colchicineContraindicated': 'Yes' });
  });
  it('reads the full request beside a Descriptions summary of the authorization on file, and nothing from it', () => {
    const row = (cells: [string, string][]) =>
      `<tr class="ant-descriptions-row">${cells.map(([l, v]) => `<th class="ant-descriptions-item-label" colspan="1">${l}</th><td class="ant-descriptions-item-content" colspan="1">${v}</td>`).join('')}</tr>`;
    const summary = `<div id="on-file" class="ant-descriptions ant-descriptions-bordered"><div class="ant-descriptions-header"><div class="ant-descriptions-title">Authorization on file</div></div><div class="ant-descriptions-view"><table><tbody>${row(
      [
        ['Member ID', 'U0000000001'],
        ['Drug', 'Kineret (anakinra)'],
      ],
    )}${row([
      ['Dose', '100 mg daily'],
      ['Start date', '07/01/2025'],
    ])}${row([
      ['Prescriber NPI', '1999999990'],
      ['Outcome', 'Approved'],
    ])}</tbody></table></div></div>`;
    page(`<div id="app">${summary}${request()}</div>`);
    expect(read()).toEqual(FULL);
    nothingFrom('#on-file');
  });

  it('reads a Table of prior therapies, and nothing from its pagination size changer or quick jumper', () => {
    const [size] = select(['10 / page'], ['10 / page', '20 / page', '50 / page']);
    const pager = `<ul class="ant-pagination ant-table-pagination ant-table-pagination-right"><li title="Previous Page" class="ant-pagination-prev ant-pagination-disabled" aria-disabled="true"><button class="ant-pagination-item-link" type="button" tabindex="-1" disabled="">${icon('left')}</button></li><li title="1" class="ant-pagination-item ant-pagination-item-1 ant-pagination-item-active" tabindex="0"><a rel="nofollow">1</a></li><li title="Next Page" class="ant-pagination-next ant-pagination-disabled" aria-disabled="true"><button class="ant-pagination-item-link" type="button" tabindex="-1" disabled="">${icon('right')}</button></li><li class="ant-pagination-options">${size.replace('class="ant-select ', 'class="ant-select ant-pagination-options-size-changer ')}<div class="ant-pagination-options-quick-jumper">Go to<input type="text" value="1">Page</div></li></ul>`;
    page(
      form(
        card(
          'Prior therapies',
          table(THERAPY_COLS, THERAPY_ROWS).replace('</div></div></div></div></div></div>', `</div></div></div></div>${pager}</div></div>`),
        ),
      ),
    );
    expect(read()).toEqual({ ...THERAPIES });
    nothingFrom('.ant-pagination');
  });

  // misread: WRONG VALUE: drug.name reads 'Kin', the search typed into the combobox input (type=search, no longer
  // readonly), read as a text box named by its Form.Item label while the chosen item is hidden during the search
  it.fails('does not read the search typed into an open searchable Select as the drug', () => {
    const [drug, overlay] = select([ILARIS['drug.name']], ['Kineret (anakinra)'], { open: true });
    const searching = drug
      .replace('ant-select-show-arrow', 'ant-select-show-arrow ant-select-show-search')
      .replace('readonly="" unselectable="on" ', '')
      .replace('style="opacity: 0;" value=""', 'style="" value="Kin"')
      .replace(/<span class="ant-select-selection-item"[^>]*>[^<]*<\/span>/, '');
    page(`${form(`${item('Member ID', input(ILARIS['patient.memberId']))}${item('Drug name', searching)}`)}${overlay}`);
    expect(read()['patient.memberId']).toBe(ILARIS['patient.memberId']);
    expect(read()['drug.name'] ?? '').not.toMatch(/^Kin/);
    nothingFrom('.ant-select-dropdown');
  });
});
