import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * NutUI 4 (jdf2e/nutui at 48a4887, branch v4: src/packages/__VUE/form/form.vue, formitem/form-item.vue,
 * cell/cell.vue + snapshots, cellgroup/cell-group.vue, input/input.vue + snapshots, picker/index.vue +
 * Column.vue + baseProps.ts, popup/index.vue + props.ts, overlay/overlay.vue, checkbox/index.vue + snapshots,
 * checkboxgroup/index.vue, radio/radio.vue, radiogroup/radio-group.vue; form demos basic/dynamic/type.vue).
 * The H5 build renders its `<view>` tags as `view` elements, as the library's own snapshots show.
 * - nut-form: `form.nut-form[action="#"] > view.nut-cell-group > view.nut-cell-group__wrap` > items (a titled
 *   nut-cell-group inside draws `view.nut-cell-group__title`).
 * - nut-form-item = nut-cell: `view.nut-cell.nut-form-item[.error]` > `view.nut-cell__title.nut-form-item__label
 *   [.required]` (the star is CSS ::before; no `<label>`, no `for`), `view.nut-cell__value.nut-form-item__body >
 *   view.nut-form-item__body__slots` > the control, then `view.nut-form-item__body__tips` with the error.
 * - nut-input: `view.nut-input[.nut-input--border][.nut-input--disabled] > view.nut-input-value > view.nut-input-inner >
 *   view.nut-input-box > input.input-text[type=text][placeholder][format-trigger][enterkeyhint=done]`, then
 *   `view.nut-input-right-box`. Apps open a picker from a readonly nut-input.
 * - nut-popup with its default props (teleportDisable false, so `Teleport :disabled` = true: drawn IN PLACE where
 *   the app wrote it; destroyOnClose true: its slot is dropped once closed): `view.nut-overlay` + `view.nut-popup
 *   .round.nut-popup--bottom`, both `display: none` when closed. nut-picker inside: `div.nut-picker >
 *   view.nut-picker__bar` (Cancel / title / Confirm views) `view.nut-picker__column > view.nut-picker__columnitem >
 *   view.nut-picker__list > view.nut-picker-roller > view.nut-picker-roller-item-tile[.nut-picker-roller-item-selected]`.
 * - nut-input-number (inputnumber/input-number.vue): `view.nut-input-number` > `view.nut-input-number__icon.__left` (a Minus svg),
 *   `input[type=number][min][max]`, `view.nut-input-number__icon.__right` (a Plus svg).
 * - nut-checkbox: `view.nut-checkbox.nut-checkbox--round` > an svg icon (`nut-icon-Checked` classed
 *   `nut-checkbox__icon`, or `nut-icon-CheckNormal` classed `nut-checkbox__icon--unchecked`) + `view.nut-checkbox__label`;
 *   in `view.nut-checkbox-group`. nut-radio: `div.nut-radio.nut-radio--round` > svg (`nut-radio__icon` /
 *   `nut-radio__icon--unchecked`) + `div.nut-radio__label`, or shape button `div.nut-radio__button[--active]`, in
 *   `div.nut-radio-group.nut-radio-group--<direction>`. No input, no role, no aria-checked anywhere.
 */

const svg = (name: string, cls: string) =>
  `<svg class="${cls} nut-icon nut-icon-${name}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1024 1024" role="presentation" width="18px" height="18px"><path d="M512 0C230.4 0 0 230.4 0 512s230.4 512 512 512 512-230.4 512-512S793.6 0 512 0z" fill="currentColor" fill-opacity="0.9"></path></svg>`;

type ItemOpts = { required?: boolean; error?: string };
const formItem = (label: string, control: string, o: ItemOpts = {}) =>
  `<view class="nut-cell nut-form-item${o.error ? ' error' : ''}" style=""><view class="nut-cell__title nut-form-item__label${o.required ? ' required' : ''}">${label}</view><view class="nut-cell__value nut-form-item__body"><view class="nut-form-item__body__slots">${control}</view>${
    o.error ? `<view class="nut-form-item__body__tips">${o.error}</view>` : ''
  }</view></view>`;

const nutInput = (value: string, placeholder: string, o: { readonly?: boolean; disabled?: boolean } = {}) =>
  `<view class="nut-input${o.disabled ? ' nut-input--disabled' : ''} nut-input--border"><view class="nut-input-value"><view class="nut-input-inner"><view class="nut-input-box"><input type="text" class="input-text" style="text-align: left;" maxlength="" placeholder="${placeholder}"${o.disabled ? ' disabled=""' : ''}${o.readonly ? ' readonly=""' : ''} format-trigger="onChange" enterkeyhint="done" value="${value}"></view><view class="nut-input-right-box"></view></view></view></view>`;
const text = (label: string, value: string, o: ItemOpts & { disabled?: boolean } = {}) =>
  formItem(label, nutInput(value, `Enter ${label.toLowerCase()}`, o), o);
/** a readonly nut-input the app opens a picker from */
const picked = (label: string, value: string, o: ItemOpts = {}) => formItem(label, nutInput(value, 'Please select', { readonly: true }), o);

/** a nut-popup drawn in place (its default), holding a nut-picker while open; destroyed contents once closed */
const popup = (open: boolean, title: string, columns: { items: string[]; at: string }[]) =>
  `<view class="nut-overlay" style="z-index: 2000; animation-duration: 0.3s;${open ? '' : ' display: none;'}"></view><view class="nut-popup round nut-popup--bottom" style="z-index: 2000; transition-duration: 0.3s;${open ? '' : ' display: none;'}">${
    open
      ? `<div class="nut-picker"><view class="nut-picker__bar"><view class="nut-picker__left">Cancel</view><view class="nut-picker__title"> ${title}</view><view class="nut-picker__right">Confirm</view></view><view class="nut-picker__column" style="height: 252px;">${columns
          .map(
            (c) =>
              `<view class="nut-picker__columnitem"><view class="nut-picker__list"><view class="nut-picker-roller" style="transition: transform 0ms cubic-bezier(0.17, 0.89, 0.45, 1); transform: translate3d(0, ${108 - 36 * c.items.indexOf(c.at)}px, 0);">${c.items
                .map(
                  (v) =>
                    `<view class="nut-picker-roller-item-tile${v === c.at ? ' nut-picker-roller-item-selected' : ''}" style="height: 36px; line-height: 36px;">${v}</view>`,
                )
                .join('')}</view><view class="nut-picker-roller-mask" style="background-size: 100% 108px;"></view></view></view>`,
          )
          .join('')}</view></div>`
      : ''
  }</view>`;

const checkboxGroup = (options: string[], chosen: string[]) =>
  `<view class="nut-checkbox-group">${options
    .map((v) => {
      const on = chosen.includes(v);
      return `<view class="nut-checkbox nut-checkbox--round ">${svg(on ? 'Checked' : 'CheckNormal', on ? 'nut-checkbox__icon' : 'nut-checkbox__icon--unchecked')}<view class="nut-checkbox__label ">${v}</view></view>`;
    })
    .join('')}</view>`;
const radioGroup = (options: string[], chosen: string, button = false) =>
  `<div class="nut-radio-group nut-radio-group--${button ? 'horizontal' : 'vertical'}">${options
    .map((v) => {
      const on = v === chosen;
      return button
        ? `<div class="nut-radio nut-radio--button"><div class="nut-radio__button${on ? ' nut-radio__button--active' : ''} nut-radio__button--normal">${v}</div></div>`
        : `<div class="nut-radio nut-radio--round">${svg(on ? 'CheckChecked' : 'CheckNormal', on ? 'nut-radio__icon' : 'nut-radio__icon--unchecked')}<div class="nut-radio__label">${v}</div></div>`;
    })
    .join('')}</div>`;

/** nut-input-number: minus and plus icon views (no button) around `input[type=number][min][max]` */
const inputNumber = (value: string) =>
  `<view class="nut-input-number"><view class="nut-input-number__icon nut-input-number__left">${svg('Minus', '')}</view><input type="number" min="1" max="9999" style="width: 40px; height: 20px;" value="${value}"><view class="nut-input-number__icon nut-input-number__right">${svg('Plus', '')}</view></view>`;

const group = (title: string, items: string) =>
  `<view class="nut-cell-group"><view class="nut-cell-group__title">${title}</view><view class="nut-cell-group__wrap">${items}</view></view>`;
const form = (body: string) =>
  `<div id="app" data-v-app=""><form class="nut-form" action="#"><view class="nut-cell-group"><view class="nut-cell-group__wrap">${body}</view></view><view class="nut-space nut-space--horizontal" style="margin: 10px;"><view class="nut-space-item"><button class="nut-button nut-button--primary nut-button--small nut-button--round"><view class="nut-button__wrap"><view class="">Submit request</view></view></button></view></view></form></div>`;

const therapy = (i: 0 | 1) =>
  group(
    `Prior therapy ${i + 1}`,
    (['drug', 'dose', 'start', 'stop', 'outcome'] as const)
      .map((k) => {
        const label = { drug: 'Drug', dose: 'Dose', start: 'Start date', stop: 'Stop date', outcome: 'Outcome' }[k];
        const v = THERAPIES[`priorTherapies.${i}.${k}`];
        return k === 'start' || k === 'stop' ? picked(label, v) : text(label, v);
      })
      .join(''),
  );

describe('NutUI 4: nut-form-item cells, nut-input, nut-picker in nut-popup, nut-checkbox-group, nut-radio-group', () => {
  // misread: diagnosis codes and frequency unread: nut-checkbox and nut-radio draw no input, role or aria-checked
  // (the choice is marked only by the icon's class), so neither group is collected
  it.fails('reads the full Ilaris request', () => {
    page(
      form(
        `${group('Member', `${text('Member ID', ILARIS['patient.memberId'], { required: true })}${picked('Date of birth', ILARIS['patient.dob'])}${popup(false, 'Date of birth', [])}${text('Weight (kg)', '72')}`)}
        ${group('Diagnosis', formItem('ICD-10 codes', checkboxGroup(['M04.1', 'M06.1', 'M04.8'], ['M04.1', 'M06.1'])))}
        ${group(
          'Medication',
          `${picked('Drug name', ILARIS['drug.name'])}${popup(false, 'Drug name', [])}${text('HCPCS code', ILARIS['drug.hcpcs'])}${text('NDC', ILARIS['drug.ndc'])}${text('Dose (mg)', '150')}${text('Billing units', '150')}${formItem('Frequency', radioGroup(['Every 4 weeks', 'Every 8 weeks', 'Once'], 'Every 4 weeks'))}`,
        )}
        ${group('Labs', `${text('CRP (mg/L)', '24')}${picked('CRP collection date', ILARIS['labs.crpDate'])}`)}
        ${therapy(0)}${therapy(1)}
        ${group('Prescriber', text('Prescriber NPI', ILARIS['prescriber.npi']))}`,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  // misread: values right, but the field is named by its placeholder ("Enter prescriber npi") over the form item's
  // label cell text before it ("Prescriber NPI", collected only as nearby text: the cell title is no `<label>`)
  it.fails('names a nut-input by its form item label cell, without the error tip after it', () => {
    page(
      form(
        `${text('Member ID', ILARIS['patient.memberId'], { required: true })}${text('Prescriber NPI', '123456789', { required: true, error: 'Please enter a 10-digit NPI' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': '123456789' });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads a disabled nut-input', () => {
    page(form(`${text('HCPCS code', 'J0638', { disabled: true })}${text('NDC', ILARIS['drug.ndc'], { disabled: true })}`));
    expect(read()).toEqual({ 'drug.hcpcs': 'J0638', 'drug.ndc': ILARIS['drug.ndc'] });
  });

  it('reads the readonly input a picker confirmed into, not the option its open popup rolls to', () => {
    page(
      form(
        `${picked('Drug name', ILARIS['drug.name'])}${popup(true, 'Drug name', [{ items: ['Ilaris (canakinumab)', 'Kineret (anakinra)'], at: 'Kineret (anakinra)' }])}${text('HCPCS code', 'J0638')}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.hcpcs': 'J0638' });
    nothingFrom('.nut-popup');
  });

  it('reads date inputs while a date picker popup is open beside them, its three rollers read as nothing', () => {
    page(
      form(
        `${text('Member ID', ILARIS['patient.memberId'])}${picked('Date of birth', ILARIS['patient.dob'])}${popup(true, 'Date of birth', [
          { items: ['1987', '1988', '1989'], at: '1988' },
          { items: ['02', '03', '04'], at: '03' },
          { items: ['13', '14', '15'], at: '15' },
        ])}${picked('CRP collection date', ILARIS['labs.crpDate'])}${popup(false, 'CRP collection date', [])}`,
      ),
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.dob': ILARIS['patient.dob'],
      'labs.crpDate': ILARIS['labs.crpDate'],
    });
    nothingFrom('.nut-popup');
  });

  // misread: diagnosis.codes.0 absent: the group's views (icon + label, no input or role) are not collected
  it.fails('reads a nut-checkbox-group as its ticked codes', () => {
    page(form(`${formItem('ICD-10 codes', checkboxGroup(['M04.1', 'M06.1', 'M04.8'], ['M04.1', 'M06.1']))}${text('HCPCS code', 'J0638')}`));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.hcpcs': 'J0638' });
  });

  // misread: {}: nut-radio divs (icon or `nut-radio__button--active`, no input or role) are not collected
  it.fails('reads a nut-radio-group, round or drawn as buttons, as its chosen option', () => {
    page(
      form(
        `${formItem('Drug name', radioGroup(['Ilaris (canakinumab)', 'Kineret (anakinra)'], ILARIS['drug.name'], true))}${formItem('Frequency', radioGroup(['Every 4 weeks', 'Every 8 weeks', 'Once'], 'Every 4 weeks'))}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': 'Every 4 weeks' });
  });

  it('reads the therapy cell groups as the prior therapies', () => {
    page(form(`${therapy(0)}${therapy(1)}`));
    expect(read()).toEqual({ ...THERAPIES });
    noDuplicatePaths();
  });

  // misread: drug.frequency absent (the nut-radio-group is not collected); nothing is read from the summary cells
  it.fails('reads the form, not a nut-cell summary of the denied request shown above it', () => {
    const cell = (t: string, v: string) =>
      `<view class="nut-cell" style=""><view class="nut-cell__title">${t}</view><view class="nut-cell__value" style="text-align: right;">${v}</view></view>`;
    page(
      `<div id="app" data-v-app=""><view class="nut-cell-group"><view class="nut-cell-group__title">Previous request PA-20931 (denied)</view><view class="nut-cell-group__wrap">${cell('Drug name', 'Kineret (anakinra)')}${cell('Dose (mg)', '100')}${cell('Frequency', 'Daily')}</view></view></div>${form(
        `${picked('Drug name', ILARIS['drug.name'])}${text('Dose (mg)', '150')}${formItem('Frequency', radioGroup(['Every 4 weeks', 'Every 8 weeks', 'Once'], 'Every 4 weeks'))}`,
      )}`,
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.dose': '150', 'drug.frequency': 'Every 4 weeks' });
  });
  it('reads a nut-input-number by its form item label, past its minus icon', () => {
    page(form(`${text('Dose (mg)', '150')}${formItem('Billing units', inputNumber('150'))}`));
    expect(read()).toEqual({ 'drug.dose': '150', 'drug.units': '150' });
  });
});
