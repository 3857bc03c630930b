import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, THERAPY_ROWS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Ant Design v6 (ant-design/ant-design at 2b25815, 6.6.1; the newest major, after v5). Markup from the demo
 * snapshots: components/form/__tests__/__snapshots__/demo.test.tsx.snap (basic), select/.../demo.test.tsx.snap
 * (basic, search, multiple, tags), date-picker/.../demo.test.tsx.snap (basic), input-number/.../demo.test.tsx.snap
 * (addon), radio/.../demo.test.tsx.snap (radiobutton), checkbox/.../demo.test.tsx.snap (group); Table from
 * components/table (edit-row demo: a Form.Item with no label in each editing cell, here named ["therapies", i, col] in the request form). What v6 changed:
 * - Select lost `.ant-select-selector`/`.ant-select-selection-search`: `div.ant-select.ant-select-single` >
 *   `div.ant-select-content.ant-select-content-has-value[title]` holding the chosen TEXT directly, then
 *   `input.ant-select-input[role=combobox][readonly]` (no search) with value ""; empty: `div.ant-select-content` >
 *   `div.ant-select-placeholder` + input. Multiple/tags: `div.ant-select-content` > one `div.ant-select-content-item`
 *   per `span.ant-select-selection-item[title]` (`-content` + `-remove[aria-hidden]` close icon), then
 *   `div.ant-select-content-item-suffix` > the input. `div.ant-select-suffix` (down icon), `button.ant-select-clear`.
 * - InputNumber's addonAfter is drawn as a Space.Compact: `div.ant-space-compact` > the `div.ant-input-number`
 *   (`input.ant-input-number-input[role=spinbutton][aria-valuenow]`, `div.ant-input-number-actions` of two
 *   `span[role=button]`) + `div.ant-space-addon.ant-input-number-addon` holding the unit.
 * - Form.Item: `div.ant-form-item` > `div.ant-row.ant-form-item-row` > `div.ant-col.ant-form-item-label` >
 *   `label[for=<form>_<name>][title]` (`.ant-form-item-required` when required; no `for` without a name) +
 *   `div.ant-col.ant-form-item-control` > `-control-input` > `-control-input-content` > the control; errors in
 *   `div#<form>_<name>_help.ant-form-item-explain[role=alert]` > `div.ant-form-item-explain-error`.
 * - DatePicker: `div.ant-picker` > `div.ant-picker-input` > `input[placeholder=Select date][size=12]` + suffix
 *   calendar icon; once opened its `div.ant-picker-dropdown` stays at the end of body (`-hidden` when closed).
 * - Radio.Group optionType=button: `div.ant-radio-group[role=radiogroup]` > `label.ant-radio-button-wrapper`
 *   > `span.ant-radio-button > input.ant-radio-button-input[name][value]` + `span.ant-radio-button-label`.
 * - Checkbox.Group: `div.ant-checkbox-group[role=group]` > `label.ant-checkbox-wrapper` > `span.ant-checkbox >
 *   input.ant-checkbox-input[value]` + `span.ant-checkbox-label` (the inputs have no name).
 */

const icon = (name: string, hidden = false) =>
  `<span${hidden ? ' aria-hidden="true"' : ''} aria-label="${name}" class="anticon anticon-${name}" role="img"><svg aria-hidden="true" data-icon="${name}" fill="currentColor" focusable="false" height="1em" viewBox="64 64 896 896" width="1em"><path d="M0 0"></path></svg></span>`;
const css = 'css-var-r0 ant-form-css-var';

type Item = { label?: string; name?: string; required?: boolean; error?: string };
const formItem = (o: Item, control: string) => {
  const id = o.name ? `request_${o.name}` : '';
  return `<div class="ant-form-item ${css} ant-form-item-vertical${o.error ? ' ant-form-item-has-error' : ''}"><div class="ant-row ant-form-item-row css-var-r0">${
    o.label
      ? `<div class="ant-col ant-form-item-label css-var-r0"><label${id ? ` for="${id}"` : ''} class="${o.required ? 'ant-form-item-required' : ''}" title="${o.label}">${o.label}</label></div>`
      : ''
  }<div class="ant-col ant-form-item-control css-var-r0"><div class="ant-form-item-control-input"><div class="ant-form-item-control-input-content">${control}</div></div>${
    o.error
      ? `<div style="display: flex; flex-wrap: nowrap;"><div id="${id}_help" class="ant-form-item-explain ant-form-item-explain-connected" role="alert"><div class="ant-form-item-explain-error">${o.error}</div></div></div>`
      : ''
  }</div></div></div>`;
};
const input = (o: Item, value: string) =>
  formItem(
    o,
    `<input${o.required ? ' aria-required="true"' : ''}${o.error ? ` aria-invalid="true" aria-describedby="request_${o.name}_help"` : ''} class="ant-input ant-input-outlined css-var-r0 ant-input-css-var${o.error ? ' ant-input-status-error' : ''}"${o.name ? ` id="request_${o.name}"` : ''} type="text" value="${value}">`,
  );
const inputNumber = (o: Item, value: string, unit: string) =>
  formItem(
    o,
    `<div class="ant-space-compact"><div class="ant-input-number ant-input-number-mode-input css-var-r0 ant-input-number-css-var ant-input-number-compact-item ant-input-number-outlined"><input aria-valuenow="${value}" autocomplete="off" class="ant-input-number-input"${o.name ? ` id="request_${o.name}"` : ''} role="spinbutton" step="1" value="${value}"><div class="ant-input-number-actions"><span aria-disabled="false" aria-label="Increase Value" class="ant-input-number-action ant-input-number-action-up" role="button" unselectable="on">${icon('up')}</span><span aria-disabled="false" aria-label="Decrease Value" class="ant-input-number-action ant-input-number-action-down" role="button" unselectable="on">${icon('down')}</span></div></div><div class="ant-space-addon ant-space-addon-compact-item ant-space-addon-compact-last-item css-var-r0 ant-space-addon-variant-outlined ant-input-number-addon css-var-r0">${unit}</div></div>`,
  );

const comboInput = (id: string, o: { readonly?: boolean; open?: boolean } = {}) =>
  `<input aria-autocomplete="list" aria-expanded="${!!o.open}" aria-haspopup="listbox"${o.open ? ` aria-owns="${id}_list" aria-controls="${id}_list"` : ''} autocomplete="new-password" class="ant-select-input" id="${id}"${o.readonly ? ' readonly=""' : ''} role="combobox" type="text" value="">`;
/** Select single (v6 DOM); `dropdown` is its popup for the end of body (`hidden` once closed) */
const select = (o: Item, value: string, options: string[], placeholder = 'Select', open?: 'open' | 'hidden') => {
  const id = `request_${o.name}`;
  const content = value
    ? `<div class="ant-select-content ant-select-content-has-value" title="${value}">${value}${comboInput(id, { readonly: true, open: open === 'open' })}</div>`
    : `<div class="ant-select-content"><div class="ant-select-placeholder">${placeholder}</div>${comboInput(id, { readonly: true, open: open === 'open' })}</div>`;
  const html = formItem(
    o,
    `<div class="ant-select ant-select-outlined css-var-r0 ant-select-css-var ant-select-single ant-select-show-arrow${open === 'open' ? ' ant-select-open ant-select-focused' : ''}">${content}<div class="ant-select-suffix">${icon('down')}</div></div>`,
  );
  const dropdown = open
    ? `<div class="ant-select-dropdown css-var-r0 ant-select-css-var ant-select-dropdown-placement-bottomLeft${open === 'hidden' ? ' ant-select-dropdown-hidden' : ''}" style="--arrow-x: 0px; left: 24px; top: 260px; box-sizing: border-box; width: 320px;"><div><div id="${id}_list" role="listbox" style="height: 0px; width: 0px; overflow: hidden;">${options
        .slice(0, 2)
        .map((v, i) => `<div aria-label="${v}" role="option" id="${id}_list_${i}" aria-selected="${v === value}">${v}</div>`)
        .join(
          '',
        )}</div><div class="rc-virtual-list" style="position: relative;"><div class="rc-virtual-list-holder" style="max-height: 256px; overflow-y: auto;"><div><div class="rc-virtual-list-holder-inner" style="display: flex; flex-direction: column;">${options
        .map(
          (v) =>
            `<div aria-selected="${v === value}" class="ant-select-item ant-select-item-option${v === value ? ' ant-select-item-option-selected' : ''}" title="${v}"><div class="ant-select-item-option-content">${v}</div><span class="ant-select-item-option-state" unselectable="on" aria-hidden="true"></span></div>`,
        )
        .join('')}</div></div></div></div></div></div>`
    : '';
  return { html, dropdown };
};
const sel = (o: Item, value: string, options: string[], placeholder?: string) => select(o, value, options, placeholder).html;
/** Select mode="tags" (or multiple): one content item per chosen tag, the input in the suffix item */
const tags = (o: Item, values: string[], disabled = false) =>
  formItem(
    o,
    `<div class="ant-select ant-select-outlined css-var-r0 ant-select-css-var ant-select-multiple ant-select-allow-clear ant-select-show-arrow ant-select-show-search${disabled ? ' ant-select-disabled' : ''}"><div class="ant-select-content">${values
      .map(
        (v) =>
          `<div class="ant-select-content-item" style="opacity: 1;"><span class="ant-select-selection-item" title="${v}"><span class="ant-select-selection-item-content">${v}</span>${disabled ? '' : `<span aria-hidden="true" class="ant-select-selection-item-remove" style="user-select: none;" unselectable="on">${icon('close')}</span>`}</span></div>`,
      )
      .join(
        '',
      )}<div class="ant-select-content-item ant-select-content-item-suffix" style="opacity: 1;">${comboInput(`request_${o.name}`)}</div></div><div class="ant-select-suffix">${icon('down')}</div>${disabled ? '' : `<button aria-label="Clear" class="ant-select-clear" type="button">${icon('close-circle')}</button>`}</div>`,
  );
const datePicker = (o: Item, value: string) =>
  formItem(
    o,
    `<div class="ant-picker ant-picker-outlined css-var-r0 ant-picker-css-var"><div class="ant-picker-input"><input aria-invalid="false"${o.name ? ` id="request_${o.name}"` : ''} autocomplete="off" placeholder="Select date" size="12" value="${value}"><span class="ant-picker-suffix">${icon('calendar', true)}</span></div></div>`,
  );
const pickerDropdown = (hidden: boolean) =>
  `<div class="ant-picker-dropdown css-var-r0 ant-picker-css-var ant-picker-dropdown-placement-bottomLeft${hidden ? ' ant-picker-dropdown-hidden' : ''}" style="left: 24px; top: 180px;"><div class="ant-picker-panel-container ant-picker-date-panel-container"><div class="ant-picker-panel-layout"><div class="ant-picker-panel" tabindex="0"><div class="ant-picker-date-panel"><div class="ant-picker-header"><button type="button" aria-label="Last month (PageUp)" class="ant-picker-header-prev-btn" tabindex="-1"><span class="ant-picker-prev-icon"></span></button><div class="ant-picker-header-view"><button type="button" aria-label="Choose a month" class="ant-picker-month-btn" tabindex="-1">Nov</button><button type="button" aria-label="Choose a year" class="ant-picker-year-btn" tabindex="-1">2026</button></div></div><div class="ant-picker-body"><table class="ant-picker-content"><thead><tr><th>Su</th><th>Mo</th><th>Tu</th></tr></thead><tbody><tr><td title="2026-11-01" class="ant-picker-cell ant-picker-cell-in-view"><div class="ant-picker-cell-inner">1</div></td><td title="2026-11-02" class="ant-picker-cell ant-picker-cell-in-view ant-picker-cell-selected"><div class="ant-picker-cell-inner">2</div></td><td title="2026-11-03" class="ant-picker-cell ant-picker-cell-in-view"><div class="ant-picker-cell-inner">3</div></td></tr></tbody></table></div></div><div class="ant-picker-footer"><ul class="ant-picker-ranges"><li class="ant-picker-now"><a class="ant-picker-now-btn" aria-disabled="false">Today</a></li></ul></div></div></div></div></div>`;
const radioButtons = (o: Item, options: string[], chosen: string) =>
  formItem(
    o,
    `<div class="ant-radio-group ant-radio-group-outline css-var-r0 ant-radio-css-var" role="radiogroup"${o.name ? ` id="request_${o.name}"` : ''}>${options
      .map(
        (v) =>
          `<label class="ant-radio-button-wrapper${v === chosen ? ' ant-radio-button-wrapper-checked' : ''} css-var-r0 ant-radio-css-var"><span class="ant-radio-button${v === chosen ? ' ant-radio-button-checked' : ''}"><input${v === chosen ? ' checked=""' : ''} class="ant-radio-button-input" name="${o.name}" type="radio" value="${v}"></span><span class="ant-radio-button-label">${v}</span></label>`,
      )
      .join('')}</div>`,
  );
const checkboxGroup = (o: Item, options: string[], checked: string[]) =>
  formItem(
    o,
    `<div class="ant-checkbox-group css-var-r0 ant-checkbox-css-var" role="group"${o.name ? ` id="request_${o.name}"` : ''}>${options
      .map(
        (v) =>
          `<label class="ant-checkbox-wrapper${checked.includes(v) ? ' ant-checkbox-wrapper-checked' : ''} ant-checkbox-group-item css-var-r0 ant-checkbox-css-var"><span class="ant-checkbox ant-wave-target${checked.includes(v) ? ' ant-checkbox-checked' : ''}"><input${checked.includes(v) ? ' checked=""' : ''} class="ant-checkbox-input" type="checkbox" value="${v}"></span><span class="ant-checkbox-label">${v}</span></label>`,
      )
      .join('')}</div>`,
  );

/** the edit-row Table: `editing` is the row index whose cells hold Form.Items (no label), the others text + Edit link */
const therapyTable = (editing?: number) => {
  const cols = ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'];
  const keys = ['drug', 'dose', 'start', 'stop', 'outcome'];
  const head = [...cols, 'Operation'].map((c) => `<th class="ant-table-cell" scope="col">${c}</th>`).join('');
  const rows = THERAPY_ROWS.map((r, i) => {
    const cells = r
      .map((v, j) =>
        i === editing
          ? `<td class="ant-table-cell">${formItem({ name: `therapies_${i}_${keys[j]}` }, `<input class="ant-input ant-input-outlined css-var-r0 ant-input-css-var" id="request_therapies_${i}_${keys[j]}" type="text" value="${v}">`).replace('class="ant-form-item ', 'style="margin: 0px;" class="ant-form-item ')}</td>`
          : `<td class="ant-table-cell">${v}</td>`,
      )
      .join('');
    const op =
      i === editing
        ? '<span><a style="margin-inline-end: 8px;">Save</a><a>Cancel</a></span>'
        : `<a${editing !== undefined ? ' disabled=""' : ''}>Edit</a>`;
    return `<tr data-row-key="${i}" class="ant-table-row ant-table-row-level-0">${cells}<td class="ant-table-cell">${op}</td></tr>`;
  }).join('');
  return `<div class="ant-table-wrapper css-var-r0 ant-table-css-var"><div class="ant-spin-nested-loading"><div class="ant-spin-container"><div class="ant-table ant-table-bordered"><div class="ant-table-container"><div class="ant-table-content"><table style="table-layout: auto;"><colgroup></colgroup><thead class="ant-table-thead"><tr>${head}</tr></thead><tbody class="ant-table-tbody">${rows}</tbody></table></div></div></div></div></div></div>`;
};

const h = (t: string) => `<h4 class="ant-typography css-var-r0">${t}</h4>`;
const form = (body: string, tail = '') =>
  `<div id="root"><form id="request" autocomplete="off" class="ant-form ant-form-vertical css-var-r0 ant-form-css-var">${body}<div class="ant-form-item ${css}"><button type="submit" class="ant-btn css-var-r0 ant-btn-primary ant-btn-color-primary ant-btn-variant-solid"><span>Submit request</span></button></div></form></div>${tail}`;

const CODES = ['M04.1', 'M06.1', 'M04.8'];
const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];

const fullPage = () =>
  form(
    `${h('Member')}${input({ label: 'Member ID', name: 'memberId', required: true }, ILARIS['patient.memberId'])}${datePicker({ label: 'Date of birth', name: 'dob' }, ILARIS['patient.dob'])}${inputNumber({ label: 'Weight' }, '72', 'kg')}
    ${h('Diagnosis')}${tags({ label: 'ICD-10 codes', name: 'codes' }, ['M04.1', 'M06.1'])}
    ${h('Medication')}${sel({ label: 'Drug name', name: 'drugName' }, ILARIS['drug.name'], DRUGS)}${input({ label: 'HCPCS code', name: 'hcpcs' }, ILARIS['drug.hcpcs'])}${input({ label: 'NDC', name: 'ndc' }, ILARIS['drug.ndc'])}${inputNumber({ label: 'Dose', name: 'dose' }, '150', 'mg')}${input({ label: 'Billing units', name: 'units' }, '150')}${radioButtons({ label: 'Frequency', name: 'frequency' }, FREQ, 'Every 4 weeks')}
    ${h('Labs')}${inputNumber({ label: 'CRP', name: 'crp' }, '24', 'mg/L')}${datePicker({ label: 'CRP collection date', name: 'crpDate' }, ILARIS['labs.crpDate'])}
    ${h('Prior therapies')}${therapyTable()}
    ${h('Prescriber')}${input({ label: 'Prescriber NPI', name: 'npi', required: true }, ILARIS['prescriber.npi'])}`,
  );

describe('Ant Design v6: Form.Item, Select (new content DOM), tags, DatePicker, InputNumber addon, radio buttons, Checkbox.Group, edit-row Table', () => {
  it('reads the full Ilaris request, prior therapies from the Table rows', () => {
    page(fullPage());
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  it('names an input by its required label (for=request_memberId), not the error of the field before it', () => {
    page(
      form(
        `${input({ label: 'Member ID', name: 'memberId', required: true, error: 'Please enter the member ID' }, '')}${input({ label: 'Prescriber NPI', name: 'npi', required: true }, ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads an InputNumber whose Form.Item has no name (label without for) under its Space.Compact unit addon', () => {
    page(form(`${inputNumber({ label: 'Weight' }, '72', 'kg')}${inputNumber({ label: 'Dose' }, '150', 'mg')}`));
    expect(read()).toEqual({ 'patient.weight': '72', 'drug.dose': '150' });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg' });
  });

  it('reads a single Select by the text in its content, an empty one (placeholder) as empty', () => {
    page(
      form(
        `${sel({ label: 'Drug name', name: 'drugName' }, ILARIS['drug.name'], DRUGS)}${sel({ label: 'Frequency', name: 'frequency' }, '', FREQ, 'Select frequency')}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': '' });
  });

  it('reads an open Select and nothing from its dropdown (a11y list and virtual list) at the end of body', () => {
    const s = select({ label: 'Frequency', name: 'frequency' }, 'Every 8 weeks', FREQ, 'Select', 'open');
    page(form(`${s.html}${input({ label: 'Prescriber NPI', name: 'npi' }, ILARIS['prescriber.npi'])}`, s.dropdown));
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.ant-select-dropdown');
  });

  it('reads tags as the ICD-10 codes, a disabled tags select (no remove icons) too', () => {
    page(form(tags({ label: 'ICD-10 codes', name: 'codes' }, ['M04.1', 'M06.1'])));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    page(form(tags({ label: 'ICD-10 codes', name: 'codes' }, ['M04.1', 'M06.1'], true)));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads DatePickers as shown, and nothing from a closed picker dropdown left at the end of body', () => {
    page(
      form(
        `${datePicker({ label: 'Date of birth', name: 'dob' }, ILARIS['patient.dob'])}${datePicker({ label: 'CRP collection date', name: 'crpDate' }, '')}`,
        pickerDropdown(true),
      ),
    );
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': '' });
    nothingFrom('.ant-picker-dropdown');
  });

  it('reads Checkbox.Group (unnamed boxes) as the ticked codes and Radio.Group buttons by the checked one', () => {
    page(
      form(
        `${checkboxGroup({ label: 'Diagnosis (ICD-10)', name: 'codes' }, CODES, ['M04.1', 'M06.1'])}${radioButtons({ label: 'Frequency', name: 'frequency' }, FREQ, 'Once')}`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Once' });
  });

  it('reads the Table with one row open for editing (its cells Form.Items with no label) and the other as text', () => {
    page(form(`${h('Prior therapies')}${therapyTable(1)}`));
    expect(read()).toEqual(THERAPIES);
  });
});
