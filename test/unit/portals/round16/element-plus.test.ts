import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPY_ROWS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Element Plus 2.9+ (element-plus/element-plus; the snapshot is too large to bring here, so the templates were read
 * from the code index: packages/components/form/src/form-item.vue at 0061301, select/src/select.vue (its 2.9+ shape,
 * several stored versions compared), checkbox/src/checkbox-group.vue at 00eb44f + checkbox.vue at 02dc181, radio/src/radio-group.vue at 0938d90 +
 * radio-button.vue at 0f77fab; el-input, el-date-picker, el-input-number and el-table as they render).
 * round5/element-plus.test.ts modelled the form, inputs, single/multiple selects and date pickers; this adds the
 * states it left out:
 * - ElFormItem: `label.el-form-item__label[for][id]` when it holds one input id (a checkbox or radio GROUP registers
 *   its own id, so its label points at the group `div[role=group|radiogroup][aria-labelledby=<label id>]`), the
 *   item classed `is-required asterisk-left` (the asterisk is CSS), and `is-error` with `div.el-form-item__error`
 *   after the control.
 * - ElSelect (2.9+): inside `div.el-select__selection`, after the tags, `div.el-select__selected-item
 *   .el-select__input-wrapper` classed `is-hidden` unless filterable (its `input.el-select__input[role=combobox]
 *   [readonly]` hidden by that class), then `div.el-select__selected-item.el-select__placeholder` > `span` showing the
 *   chosen label (`is-transparent` while it shows the placeholder); a filterable one drops `is-hidden`.
 * - ElSelect multiple with collapse-tags: the first tag, then a non-closable tag "+ 1" whose tooltip (the hidden
 *   tags) is teleported to the end of body.
 * - ElCheckboxGroup: `div.el-checkbox-group[role=group]` of `label.el-checkbox` > `span.el-checkbox__input` >
 *   `span.el-checkbox__inner` + `input.el-checkbox__original[type=checkbox][value]` (no name), `span.el-checkbox__label`.
 * - ElRadioGroup with ElRadioButton: `div.el-radio-group[role=radiogroup]` of `label.el-radio-button[.is-active]` >
 *   `input.el-radio-button__original-radio[type=radio][name=<group useId>]` + `span.el-radio-button__inner`.
 * - ElTable: the header and the body are two tables (`table.el-table__header` in `div.el-table__header-wrapper`,
 *   `table.el-table__body` inside the body wrapper's el-scrollbar), each cell's content in `div.cell`.
 */

let n = 1024;
const uid = () => `el-id-1024-${++n}`;
const icon = (d = 'M0 0') =>
  `<i class="el-icon"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1024 1024"><path fill="currentColor" d="${d}"></path></svg></i>`;

type Item = { required?: boolean; error?: string };
/** ElFormItem (label-position top); `control(id, labelId)` draws what it holds */
const formItem = (label: string, control: (id: string, labelId: string) => string, o: Item = {}) => {
  const id = uid();
  const labelId = uid();
  return `<div class="el-form-item el-form-item--default${o.error ? ' is-error' : ''}${o.required ? ' is-required' : ''} asterisk-left el-form-item--label-top"><div class="el-form-item__label-wrap"><label id="${labelId}" for="${id}" class="el-form-item__label">${label}</label></div><div class="el-form-item__content">${control(id, labelId)}${
    o.error ? `<div class="el-form-item__error">${o.error}</div>` : ''
  }</div></div>`;
};
const elInput = (id: string, value: string, o: { append?: string; disabled?: boolean } = {}) =>
  `<div class="el-input${o.append ? ' el-input-group el-input-group--append' : ''}${o.disabled ? ' is-disabled' : ''}"><div class="el-input__wrapper${o.disabled ? ' is-disabled' : ''}" tabindex="-1"><input class="el-input__inner" type="text" autocomplete="off" tabindex="0" id="${id}"${o.disabled ? ' disabled=""' : ''} value="${value}"></div>${
    o.append ? `<div class="el-input-group__append">${o.append}</div>` : ''
  }</div>`;
const input = (label: string, value: string, o: Item & { append?: string; disabled?: boolean } = {}) =>
  formItem(label, (id) => elInput(id, value, o), o);
const inputNumber = (label: string, value: string) =>
  formItem(
    label,
    (id) =>
      `<div class="el-input-number el-input-number--default is-controls-right"><span class="el-input-number__decrease" role="button" aria-label="decrease number">${icon()}</span><span class="el-input-number__increase" role="button" aria-label="increase number">${icon()}</span><div class="el-input el-input--default"><div class="el-input__wrapper" tabindex="-1"><input class="el-input__inner" step="1" min="0" max="Infinity" type="number" autocomplete="off" tabindex="0" id="${id}" role="spinbutton" aria-valuemax="Infinity" aria-valuemin="0" aria-valuenow="${value}" aria-disabled="false" value="${value}"></div></div></div>`,
  );
const datePicker = (label: string, value: string) =>
  formItem(
    label,
    (id) =>
      `<div class="el-input el-input--prefix el-input--suffix el-date-editor el-date-editor--date el-tooltip__trigger el-tooltip__trigger"><div class="el-input__wrapper" tabindex="-1"><span class="el-input__prefix"><span class="el-input__prefix-inner">${icon()}</span></span><input class="el-input__inner" type="text" autocomplete="off" tabindex="0" placeholder="Pick a day" id="${id}" value="${value}"><span class="el-input__suffix"><span class="el-input__suffix-inner"><i class="el-icon el-input__icon clear-icon"></i></span></span></div></div>`,
  );

const tag = (text: string, closable: boolean) =>
  `<div class="el-select__selected-item"><span class="el-tag${closable ? ' is-closable' : ''} el-tag--info el-tag--default el-tag--light"><span class="el-tag__content"><span class="el-select__tags-text">${text}</span></span>${closable ? `<i class="el-icon el-tag__close">${icon()}</i>` : ''}</span></div>`;
/** ElSelect; `chosen` is its value (multiple when an array) */
const select = (label: string, chosen: string | string[], o: { placeholder?: string; filterable?: boolean; collapse?: boolean } = {}) =>
  formItem(label, (id) => {
    const multiple = Array.isArray(chosen);
    const values = multiple ? chosen : chosen ? [chosen] : [];
    const shown = o.collapse ? values.slice(0, 1) : values;
    const tags = multiple
      ? `${shown.map((v) => tag(v, true)).join('')}${o.collapse && values.length > 1 ? tag(`+ ${values.length - 1}`, false) : ''}`
      : '';
    const inputWrapper = `<div class="el-select__selected-item el-select__input-wrapper${o.filterable ? '' : ' is-hidden'}"><input id="${id}" type="text" class="el-select__input is-default" autocomplete="off" tabindex="0" role="combobox"${o.filterable ? '' : ' readonly=""'} spellcheck="false" aria-activedescendant="" aria-controls="${id}-content" aria-expanded="false" aria-autocomplete="none" aria-haspopup="listbox" value="">${o.filterable ? '<span aria-hidden="true" class="el-select__input-calculator"></span>' : ''}</div>`;
    const placeholder =
      multiple && values.length
        ? ''
        : `<div class="el-select__selected-item el-select__placeholder${values.length ? '' : ' is-transparent'}"><span>${multiple ? (o.placeholder ?? 'Select') : (values[0] ?? o.placeholder ?? 'Select')}</span></div>`;
    return `<div class="el-select el-select--default"><div class="el-select__wrapper el-tooltip__trigger el-tooltip__trigger${o.filterable ? ' is-filterable' : ''}"><div class="el-select__selection${multiple && values.length ? ' is-near' : ''}">${tags}${inputWrapper}${placeholder}</div><div class="el-select__suffix"><i class="el-icon el-select__caret el-select__icon">${icon()}</i></div></div></div>`;
  });
/** the collapse-tags tooltip, teleported to the end of body and hidden */
const collapseTooltip = (hidden: string[]) =>
  `<div class="el-popper is-dark" tabindex="-1" aria-hidden="true" role="tooltip" style="z-index: 2004; display: none;"><div class="el-select__selection">${hidden
    .map(
      (v) =>
        `<div class="el-select__selected-item"><span class="el-tag is-closable el-tag--info el-tag--default el-tag--light in-tooltip"><span class="el-tag__content"><span class="el-select__tags-text">${v}</span></span><i class="el-icon el-tag__close">${icon()}</i></span></div>`,
    )
    .join('')}</div><span class="el-popper__arrow"></span></div>`;

const checkboxGroup = (label: string, options: string[], checked: string[]) =>
  formItem(
    label,
    (id, labelId) =>
      `<div id="${id}" class="el-checkbox-group" role="group" aria-labelledby="${labelId}">${options
        .map((v) => {
          const on = checked.includes(v);
          return `<label class="el-checkbox el-checkbox--default${on ? ' is-checked' : ''}"><span class="el-checkbox__input${on ? ' is-checked' : ''}"><span class="el-checkbox__inner"></span><input class="el-checkbox__original" type="checkbox" aria-hidden="false" value="${v}"${on ? ' checked=""' : ''}></span><span class="el-checkbox__label">${v}</span></label>`;
        })
        .join('')}</div>`,
  );
const radioButtons = (label: string, options: string[], chosen: string) =>
  formItem(label, (id, labelId) => {
    const name = uid();
    return `<div id="${id}" class="el-radio-group" role="radiogroup" aria-labelledby="${labelId}">${options
      .map(
        (v) =>
          `<label class="el-radio-button${v === chosen ? ' is-active' : ''} el-radio-button--default"><input class="el-radio-button__original-radio" type="radio" name="${name}" value="${v}"${v === chosen ? ' checked=""' : ''}><span class="el-radio-button__inner">${v}</span></label>`,
      )
      .join('')}</div>`;
  });

/** ElTable: header table and body table apart, each editable cell an el-input (no label) */
const therapyTable = () => {
  const cols = ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'];
  const colgroup = `<colgroup>${cols.map((_, j) => `<col name="el-table_1_column_${j + 1}" width="160">`).join('')}</colgroup>`;
  const head = cols
    .map(
      (t, j) => `<th class="el-table_1_column_${j + 1} is-leaf el-table__cell" colspan="1" rowspan="1"><div class="cell">${t}</div></th>`,
    )
    .join('');
  const rows = THERAPY_ROWS.map(
    (r, i) =>
      `<tr class="el-table__row${i % 2 ? ' el-table__row--striped' : ''}">${r
        .map(
          (v, j) =>
            `<td class="el-table_1_column_${j + 1} el-table__cell" rowspan="1" colspan="1"><div class="cell">${elInput(uid(), v)}</div></td>`,
        )
        .join('')}</tr>`,
  ).join('');
  return `<div class="el-table--fit el-table--striped el-table--border el-table el-table--layout-fixed is-scrolling-none" style="width: 100%;"><div class="el-table__inner-wrapper"><div class="hidden-columns"></div><div class="el-table__header-wrapper"><table class="el-table__header" border="0" cellpadding="0" cellspacing="0" style="width: 800px;">${colgroup}<thead class=""><tr class="">${head}</tr></thead></table></div><div class="el-table__body-wrapper"><div class="el-scrollbar"><div class="el-scrollbar__wrap el-scrollbar__wrap--hidden-default"><div class="el-scrollbar__view" style="display: inline-block; vertical-align: middle;"><table class="el-table__body" cellspacing="0" cellpadding="0" border="0" style="table-layout: fixed; width: 800px;">${colgroup}<tbody tabindex="-1">${rows}</tbody></table></div></div></div></div></div></div>`;
};

const h = (t: string) =>
  `<div class="el-divider el-divider--horizontal" role="separator"><div class="el-divider__text is-left">${t}</div></div>`;
const app = (body: string, tail = '') =>
  `<div id="app" data-v-app=""><form class="el-form el-form--default el-form--label-top">${body}<div class="el-form-item"><div class="el-form-item__content"><button aria-disabled="false" type="button" class="el-button el-button--primary"><span>Submit request</span></button></div></div></form></div>${tail}`;

const CODES = ['M04.1', 'M06.1', 'M04.8'];
const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];

describe('Element Plus 2.9+: form items, disabled and collapse-tags selects, checkbox and radio-button groups, el-table', () => {
  it('reads the full Ilaris request, prior therapies from the el-table inputs under its detached header', () => {
    page(
      app(
        `${h('Member')}${input('Member ID', ILARIS['patient.memberId'], { required: true })}${datePicker('Date of birth', ILARIS['patient.dob'])}${input('Weight', '72', { append: 'kg' })}
        ${h('Diagnosis')}${select('ICD-10 codes', ['M04.1', 'M06.1'])}
        ${h('Medication')}${select('Drug name', ILARIS['drug.name'])}${input('HCPCS code', ILARIS['drug.hcpcs'])}${input('NDC', ILARIS['drug.ndc'])}${inputNumber('Dose (mg)', '150')}${inputNumber('Billing units', '150')}${radioButtons('Frequency', FREQ, 'Every 4 weeks')}
        ${h('Labs')}${input('CRP', '24', { append: 'mg/L' })}${datePicker('CRP collection date', ILARIS['labs.crpDate'])}
        ${h('Prior therapies')}${therapyTable()}
        ${h('Prescriber')}${input('Prescriber NPI', ILARIS['prescriber.npi'], { required: true })}`,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  it('names an input by its form item label, not the validation error of the item before it', () => {
    page(
      app(
        `${input('Member ID', '', { required: true, error: 'Please input the member ID' })}${input('Prescriber NPI', ILARIS['prescriber.npi'], { required: true })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads selects by the label in their placeholder element, beside a hidden (is-hidden) or a filterable input', () => {
    page(app(`${select('Drug name', ILARIS['drug.name'])}${select('Frequency', 'Once', { filterable: true })}`));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': 'Once' });
  });

  it('reads a select showing its dimmed placeholder as empty', () => {
    page(app(select('Frequency', '', { placeholder: 'Select frequency' })));
    expect(read()).toEqual({ 'drug.frequency': '' });
  });

  it('reads a collapse-tags select as the tag it shows, not the "+ 1" count or its hidden tooltip at the end of body', () => {
    page(app(select('ICD-10 codes', ['M04.1', 'M06.1'], { collapse: true }), collapseTooltip(['M06.1'])));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1' });
    nothingFrom('.el-popper');
  });

  it('reads an el-checkbox-group (the form item label pointing at the group) as the ticked codes', () => {
    page(app(checkboxGroup('Diagnosis (ICD-10)', CODES, ['M04.1', 'M06.1'])));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads an el-radio-group of radio buttons by the active one, an unchosen group as empty', () => {
    page(app(radioButtons('Frequency', FREQ, 'Once')));
    expect(read()).toEqual({ 'drug.frequency': 'Once' });
    page(app(radioButtons('Frequency', FREQ, '')));
    expect(read()).toEqual({ 'drug.frequency': '' });
  });

  it('reads el-input-number values, not their decrease and increase buttons', () => {
    page(app(`${inputNumber('Dose (mg)', '150')}${inputNumber('Billing units', '150')}`));
    expect(read()).toEqual({ 'drug.dose': '150', 'drug.units': '150' });
  });
});
