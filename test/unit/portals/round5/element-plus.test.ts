import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, noDuplicatePaths, nothingFrom } from './request';

/**
 * Element Plus 2.9 (Vue 3) inside `<el-form label-position="top">`, as its templates render
 * (packages/components/form/src/form-item.vue, input, input-number, select, date-picker):
 * - ElFormItem: `div.el-form-item.el-form-item--label-top` with `label.el-form-item__label[for][id]`
 *   when it holds exactly one input id, else a `div.el-form-item__label[id]` and the item itself
 *   `role=group aria-labelledby` (a date range's two inputs); then `div.el-form-item__content`.
 * - ElInput: `div.el-input > div.el-input__wrapper > input.el-input__inner`; a `#suffix` slot in
 *   `span.el-input__suffix > span.el-input__suffix-inner` inside the wrapper; an `#append` slot as
 *   `div.el-input-group__append` after the wrapper (`el-input-group--append`).
 * - ElInputNumber (2.9 prefix/suffix slots): `span.el-input-number__decrease[role=button]
 *   [aria-label="decrease number"]` and `__increase`, then an ElInput whose input gets
 *   `role=spinbutton aria-valuenow` on mount.
 * - ElSelect (2.7+): `div.el-select > div.el-select__wrapper > div.el-select__selection` holding,
 *   when multiple, one `div.el-select__selected-item` per value with an ElTag
 *   (`span.el-tag.is-closable > span.el-tag__content > span.el-select__tags-text` + `i.el-tag__close`),
 *   the `el-select__input-wrapper` with the `input.el-select__input[role=combobox]` (readonly unless
 *   filterable), and for a single select the chosen label in `div.el-select__placeholder`
 *   (`is-transparent` while it shows the placeholder); the caret in `div.el-select__suffix`.
 *   Its dropdown is a persistent ElTooltip teleported to the end of the body and kept hidden
 *   (`div.el-popper.el-select__popper[aria-hidden=true]`, display none) with
 *   `li.el-select-dropdown__item[role=option]` items.
 * - ElDatePicker: an ElInput `el-date-editor--date` (calendar prefix icon, clear suffix icon,
 *   format MM/DD/YYYY); type="daterange": `div.el-range-editor` with two `input.el-range-input`
 *   (placeholders "Start date" / "End date") around `span.el-range-separator` "To". Its panel is
 *   teleported hidden like the select's.
 */

let n = 10;
const uid = () => `el-id-4817-${(n += 1)}`;

const item = (label: string, control: (id: string) => string, o: { required?: boolean; id?: string } = {}) => {
  const id = o.id ?? uid();
  const labelId = uid();
  return `<div class="el-form-item el-form-item--default${o.required ? ' is-required' : ''} asterisk-left el-form-item--label-top">
    <label id="${labelId}" for="${id}" class="el-form-item__label">${label}</label>
    <div class="el-form-item__content">${control(id)}</div>
  </div>`;
};

const input = (id: string, value: string, o: { suffix?: string; append?: string; placeholder?: string } = {}) =>
  `<div class="el-input el-input--default${o.suffix ? ' el-input--suffix' : ''}${o.append ? ' el-input-group el-input-group--append' : ''}">
    <div class="el-input__wrapper" tabindex="-1">
      <input class="el-input__inner" type="text" autocomplete="off" tabindex="0" id="${id}"${o.placeholder ? ` placeholder="${o.placeholder}"` : ''} value="${value}">
      ${o.suffix ? `<span class="el-input__suffix"><span class="el-input__suffix-inner"><span>${o.suffix}</span></span></span>` : ''}
    </div>
    ${o.append ? `<div class="el-input-group__append">${o.append}</div>` : ''}
  </div>`;

const icon = (d: string) =>
  `<i class="el-icon"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1024 1024"><path fill="currentColor" d="${d}"></path></svg></i>`;

const inputNumber = (id: string, value: string, suffix: string) =>
  `<div class="el-input-number el-input-number--default is-controls-right is-center">
    <span role="button" aria-label="decrease number" class="el-input-number__decrease">${icon('M831.872 340.864 512 652.672z')}</span>
    <span role="button" aria-label="increase number" class="el-input-number__increase">${icon('m488.832 344.32-339.84 356.672z')}</span>
    <div class="el-input el-input--default el-input--suffix">
      <div class="el-input__wrapper" tabindex="-1">
        <input class="el-input__inner" step="1" max="9007199254740991" min="-9007199254740991" type="text" autocomplete="off" tabindex="0" id="${id}" role="spinbutton" aria-valuemax="9007199254740991" aria-valuemin="-9007199254740991" aria-valuenow="${value}" aria-disabled="false" value="${value}">
        <span class="el-input__suffix"><span class="el-input__suffix-inner"><span>${suffix}</span></span></span>
      </div>
    </div>
  </div>`;

/** the hidden, teleported dropdown of a select (persistent ElTooltip) */
const selectPopper = (listId: string, options: string[], chosen: string[]) => `
  <div class="el-popper is-pure is-light el-tooltip el-select__popper" tabindex="-1" aria-hidden="true" role="tooltip" id="${uid()}" data-popper-reference-hidden="false" data-popper-escaped="false" data-popper-placement="bottom-start" style="z-index: 2003; position: absolute; inset: 0px auto auto 0px; display: none;">
    <div class="el-select-dropdown${chosen.length > 1 ? ' is-multiple' : ''}" style="min-width: 320px;">
      <div class="el-scrollbar"><div class="el-select-dropdown__wrap el-scrollbar__wrap el-scrollbar__wrap--hidden-default">
        <ul class="el-scrollbar__view el-select-dropdown__list" role="listbox" aria-orientation="vertical" id="${listId}">
          ${options.map((o) => `<li id="${uid()}" class="el-select-dropdown__item${chosen.includes(o) ? ' is-selected' : ''}" role="option" aria-disabled="false" aria-selected="${chosen.includes(o)}"><span>${o}</span></li>`).join('')}
        </ul>
      </div>
      <div class="el-scrollbar__bar is-horizontal" style="display: none;"><div class="el-scrollbar__thumb" style="transform: translateX(0%);"></div></div><div class="el-scrollbar__bar is-vertical" style="display: none;"><div class="el-scrollbar__thumb" style="transform: translateY(0%);"></div></div></div>
    </div>
  </div>`;

const caret = `<div class="el-select__suffix"><i class="el-icon el-select__caret el-select__icon"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1024 1024"><path fill="currentColor" d="M831.872 340.864 512 652.672z"></path></svg></i></div>`;

const tag = (text: string) =>
  `<div class="el-select__selected-item"><span class="el-tag is-closable el-tag--info el-tag--default el-tag--light"><span class="el-tag__content"><span class="el-select__tags-text">${text}</span></span><i class="el-icon el-tag__close"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1024 1024"><path fill="currentColor" d="M764.288 214.592 512 466.88z"></path></svg></i></span></div>`;

/** returns [the select, its teleported popper] */
const select = (
  id: string,
  options: string[],
  chosen: string[],
  o: { multiple?: boolean; filterable?: boolean; placeholder?: string } = {},
): [string, string] => {
  const listId = uid();
  const placeholder = o.placeholder ?? 'Select';
  const shown = o.multiple ? '' : (chosen[0] ?? placeholder);
  const html = `<div class="el-select el-select--default">
    <div class="el-select__wrapper el-tooltip__trigger el-tooltip__trigger${o.filterable ? ' is-filterable' : ''}">
      <div class="el-select__selection${o.multiple && chosen.length ? ' is-near' : ''}">
        ${o.multiple ? chosen.map(tag).join('') : ''}
        <div class="el-select__selected-item el-select__input-wrapper${o.filterable ? '' : ' is-hidden'}">
          <input type="text" class="el-select__input is-default" autocomplete="off" tabindex="0" role="combobox"${o.filterable ? '' : ' readonly'} spellcheck="false" aria-activedescendant="" aria-controls="${listId}" aria-expanded="false" aria-autocomplete="none" aria-haspopup="listbox" id="${id}">
          ${o.filterable ? '<span aria-hidden="true" class="el-select__input-calculator"></span>' : ''}
        </div>
        ${o.multiple && chosen.length ? '' : `<div class="el-select__selected-item el-select__placeholder${chosen.length ? '' : ' is-transparent'}"><span>${o.multiple ? placeholder : shown}</span></div>`}
      </div>
      ${caret}
    </div>
  </div>`;
  return [html, selectPopper(listId, options, chosen)];
};

const datePicker = (id: string, value: string) =>
  `<div class="el-input el-input--default el-input--prefix el-input--suffix el-date-editor el-date-editor--date el-tooltip__trigger el-tooltip__trigger">
    <div class="el-input__wrapper" tabindex="-1">
      <span class="el-input__prefix"><span class="el-input__prefix-inner"><i class="el-icon el-input__icon"><svg viewBox="0 0 1024 1024" xmlns="http://www.w3.org/2000/svg"><path fill="currentColor" d="M128 384v512h768V192H768v32z"></path></svg></i></span></span>
      <input class="el-input__inner" type="text" autocomplete="off" tabindex="0" id="${id}" placeholder="Pick a day" value="${value}">
      <span class="el-input__suffix"><span class="el-input__suffix-inner"><i class="el-icon el-input__icon clear-icon"></i></span></span>
    </div>
  </div>`;

/** the date panel's hidden teleported popper (a header and a day grid, no inputs for type="date") */
const datePanel = `
  <div class="el-popper is-pure is-light el-tooltip el-picker__popper" tabindex="-1" aria-hidden="true" role="tooltip" id="${uid()}" style="z-index: 2005; display: none;">
    <div class="el-picker-panel el-date-picker"><div class="el-picker-panel__body-wrapper"><div class="el-picker-panel__body">
      <div class="el-date-picker__header"><span class="el-date-picker__prev-btn"><button type="button" aria-label="Previous Year" class="el-picker-panel__icon-btn d-arrow-left"></button></span>
        <span role="button" class="el-date-picker__header-label" aria-live="polite" tabindex="0">1988 </span><span role="button" class="el-date-picker__header-label is-active" aria-live="polite" tabindex="0">March</span>
        <span class="el-date-picker__next-btn"><button type="button" aria-label="Next Year" class="el-picker-panel__icon-btn d-arrow-right"></button></span></div>
      <div class="el-picker-panel__content"><table role="grid" aria-label="Use the arrow keys and enter to select the day of the month" cellspacing="0" cellpadding="0" class="el-date-table"><tbody>
        <tr><th scope="col" aria-label="Sunday">Su</th><th scope="col" aria-label="Monday">Mo</th><th scope="col" aria-label="Tuesday">Tu</th></tr>
        <tr class="el-date-table__row"><td class="available" aria-current="false" aria-selected="false" tabindex="-1"><div class="el-date-table-cell"><span class="el-date-table-cell__text">13</span></div></td><td class="available current" aria-current="true" aria-selected="true" tabindex="0"><div class="el-date-table-cell"><span class="el-date-table-cell__text">14</span></div></td><td class="available" aria-current="false" aria-selected="false" tabindex="-1"><div class="el-date-table-cell"><span class="el-date-table-cell__text">15</span></div></td></tr>
      </tbody></table></div>
    </div></div></div>
  </div>`;

/** a daterange picker: the form item holds two inputs, so its label is a div and the item a group */
const rangeItem = (label: string, start: string, end: string) => {
  const labelId = uid();
  return `<div class="el-form-item el-form-item--default asterisk-left el-form-item--label-top" role="group" aria-labelledby="${labelId}">
    <div id="${labelId}" class="el-form-item__label">${label}</div>
    <div class="el-form-item__content">
      <div class="el-date-editor el-date-editor--daterange el-input__wrapper el-range-editor el-tooltip__trigger el-tooltip__trigger">
        <i class="el-icon el-input__icon el-range__icon"><svg viewBox="0 0 1024 1024" xmlns="http://www.w3.org/2000/svg"><path fill="currentColor" d="M128 384v512h768V192H768v32z"></path></svg></i>
        <input id="${uid()}" autocomplete="off" name="" placeholder="Start date" class="el-range-input" value="${start}">
        <span class="el-range-separator">To</span>
        <input id="${uid()}" autocomplete="off" name="" placeholder="End date" class="el-range-input" value="${end}">
        <i class="el-icon el-input__icon el-range__close-icon el-range__close-icon--hidden"></i>
      </div>
    </div>
  </div>`;
};

const heading = (text: string) => `<h3 class="pa-section__title">${text}</h3>`;

describe('Element Plus ElForm: inputs, input-number with a suffix, append addon, date picker', () => {
  it('reads the whole request, the weight unit from the input-number suffix and the CRP unit from its append', () => {
    const [dx, dxPopper] = select('dx', ['M04.1', 'M04.2', 'M06.1'], ['M04.1', 'M06.1'], { multiple: true, filterable: true });
    page(`<div id="app"><form class="el-form el-form--default el-form--label-top pa-request">
      ${heading('Member')}
      ${item('Member ID', (id) => input(id, ILARIS['patient.memberId']), { required: true })}
      ${item('Date of birth', (id) => datePicker(id, ILARIS['patient.dob']), { required: true })}
      ${item('Weight', (id) => inputNumber(id, '72', 'kg'))}
      ${heading('Diagnosis')}
      ${item('ICD-10 codes', () => dx, { id: 'dx' })}
      ${heading('Medication')}
      ${item('Drug name', (id) => input(id, ILARIS['drug.name']))}
      ${item('HCPCS code', (id) => input(id, ILARIS['drug.hcpcs']))}
      ${item('NDC', (id) => input(id, ILARIS['drug.ndc'], { placeholder: '5-4-2' }))}
      ${item('Dose', (id) => inputNumber(id, '150', 'mg'))}
      ${item('Billing units', (id) => input(id, ILARIS['drug.units']))}
      ${heading('Labs')}
      ${item('CRP result', (id) => input(id, ILARIS['labs.crpValue'], { append: 'mg/L' }))}
      ${item('CRP collection date', (id) => datePicker(id, ILARIS['labs.crpDate']))}
      ${heading('Prescriber')}
      ${item('Prescriber NPI', (id) => input(id, ILARIS['prescriber.npi']))}
    </form></div>${dxPopper}${datePanel}${datePanel}`);
    expect(read()).toEqual({ ...ILARIS, 'diagnosis.codes.0': 'M04.1, M06.1' });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('takes nothing from the teleported select and date poppers, nor the spin buttons', () => {
    const [dx, dxPopper] = select('dx', ['M04.1', 'M06.1'], ['M04.1'], { multiple: true, filterable: true });
    page(
      `<form class="el-form">${item('ICD-10 codes', () => dx, { id: 'dx' })}${item('Weight', (id) => inputNumber(id, '72', 'kg'))}</form>${dxPopper}${datePanel}`,
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1', 'patient.weight': '72' });
    nothingFrom('.el-popper');
    expect(field('patient.weight')?.label).toBe('Weight');
  });
});

describe('Element Plus ElSelect', () => {
  it('reads single selects by the label shown in their placeholder element, not the readonly input', () => {
    const [weightUnit, p1] = select('wu', ['kg', 'lb'], ['lb']);
    const [pos, p2] = select(
      'pos',
      ['11 - Office', '19 - Off-campus outpatient hospital', '22 - On-campus outpatient hospital'],
      ['11 - Office'],
    );
    page(`<form class="el-form">
      <div class="el-row" style="margin-left: -8px; margin-right: -8px;">
        <div class="el-col el-col-16" style="padding-left: 8px; padding-right: 8px;">${item('Weight', (id) => input(id, '158'))}</div>
        <div class="el-col el-col-8" style="padding-left: 8px; padding-right: 8px;">${item('Unit', () => weightUnit, { id: 'wu' })}</div>
      </div>
      ${item('Place of service', () => pos, { id: 'pos' })}</form>${p1}${p2}`);
    expect(read()).toEqual({ 'patient.weight': '158', 'patient.weightUnit': 'lb', 'drug.placeOfService': '11 - Office' });
    noDuplicatePaths();
  });

  it('reads a select showing its dimmed placeholder as empty, and an empty multiple as empty', () => {
    const [pos, p1] = select('pos', ['11 - Office'], [], { placeholder: 'Select place of service' });
    const [dx, p2] = select('dx', ['M04.1', 'M06.1'], [], { multiple: true, filterable: true, placeholder: 'Search ICD-10' });
    page(
      `<form class="el-form">${item('Place of service', () => pos, { id: 'pos' })}${item('ICD-10 codes', () => dx, { id: 'dx' })}</form>${p1}${p2}`,
    );
    expect(read()).toEqual({ 'drug.placeOfService': '', 'diagnosis.codes.0': '' });
  });
});

describe('Element Plus ElDatePicker type="daterange"', () => {
  it('reads a prior therapy whose dates are one range picker (a labelled group of two inputs)', () => {
    page(`<form class="el-form">
      ${heading('Prior therapies')}
      ${item('Medication', (id) => input(id, 'colchicine'))}
      ${item('Dose', (id) => input(id, '0.6 mg twice daily'))}
      ${rangeItem('Therapy dates', '01/05/2026', '06/30/2026')}
      ${item('Outcome', (id) => input(id, 'Inadequate response'))}</form>${datePanel}`);
    expect(read()).toEqual({
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.0.dose': '0.6 mg twice daily',
      'priorTherapies.0.start': '01/05/2026',
      'priorTherapies.0.stop': '06/30/2026',
      'priorTherapies.0.outcome': 'Inadequate response',
    });
  });
});
