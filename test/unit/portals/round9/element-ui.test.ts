import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Element UI 2.15.14 (Vue 2; ElemeFE/element at a07f3a5: packages/select/src/select.vue,
 * select-dropdown.vue, option.vue, packages/tag/src/tag.vue, packages/input/src/input.vue,
 * packages/date-picker/src/picker.vue, packages/form/src/form-item.vue, packages/dialog/src/component.vue,
 * packages/table). Unlike Element Plus (round 5), Element UI 2 draws no ARIA roles on its select:
 * - el-select: `div.el-select` > (multiple) `div.el-select__tags` > `span` (transition-group) of
 *   `span.el-tag.el-tag--info.el-tag--small.el-tag--light` > `span.el-select__tags-text` +
 *   `i.el-tag__close.el-icon-close`, then (filterable) `input.el-select__input`; then the el-input
 *   `div.el-input.el-input--suffix > input.el-input__inner[readonly]` holding the chosen label (single)
 *   or "" with no placeholder once tags are chosen (multiple), and `span.el-input__suffix` with the
 *   caret `i.el-select__caret.el-icon-arrow-up`; the dropdown `div.el-select-dropdown.el-popper`
 *   (v-show: `display: none` until opened, then moved to the end of body, popperAppendToBody) >
 *   `div.el-scrollbar > div.el-select-dropdown__wrap > ul.el-select-dropdown__list >
 *   li.el-select-dropdown__item[.selected] > span`.
 * - el-date-picker: an el-input classed `el-date-editor el-date-editor--date el-input--prefix
 *   el-input--suffix`, its value the date in `format` (default "yyyy-MM-dd"), the calendar icon
 *   `i.el-input__icon.el-icon-date` in `span.el-input__prefix`; the panel is created on first open.
 * - el-form-item: `div.el-form-item[.is-required][.is-error]` > `label.el-form-item__label[for=<prop>]`
 *   (the prop name: no input carries that id) + `div.el-form-item__content` ending in
 *   `div.el-form-item__error` when invalid; an el-input with an append slot is
 *   `div.el-input.el-input-group.el-input-group--append` > input + `div.el-input-group__append`.
 * - el-dialog: `div.el-dialog__wrapper > div.el-dialog[role=dialog][aria-modal=true][aria-label=<title>]`
 *   with `div.el-dialog__header > span.el-dialog__title`, `div.el-dialog__body`, `div.el-dialog__footer`.
 * - el-table: `div.el-table` > `div.el-table__header-wrapper > table.el-table__header` (`th > div.cell`)
 *   and a separate `div.el-table__body-wrapper > table.el-table__body` (`td > div.cell`), slots holding
 *   el-inputs.
 */

const caret =
  '<span class="el-input__suffix"><span class="el-input__suffix-inner"><i class="el-select__caret el-input__icon el-icon-arrow-up"></i></span></span>';

const item = (prop: string, label: string, control: string, o: { required?: boolean; error?: string } = {}) =>
  `<div class="el-form-item el-form-item--small${o.required ? ' is-required' : ''}${o.error ? ' is-error' : ''}"><label for="${prop}" class="el-form-item__label" style="width: 160px;">${label}</label><div class="el-form-item__content" style="margin-left: 160px;">${control}${
    o.error ? `<div class="el-form-item__error">${o.error}</div>` : ''
  }</div></div>`;

const input = (value: string, o: { placeholder?: string; append?: string; disabled?: boolean } = {}) =>
  `<div class="el-input el-input--small${o.append ? ' el-input-group el-input-group--append' : ''}${o.disabled ? ' is-disabled' : ''}"><input type="text" autocomplete="off"${o.placeholder ? ` placeholder="${o.placeholder}"` : ''} class="el-input__inner"${o.disabled ? ' disabled="disabled"' : ''} value="${value}">${
    o.append ? `<div class="el-input-group__append">${o.append}</div>` : ''
  }</div>`;

type Sel = { options: string[]; multiple?: boolean; placeholder?: string; filterable?: boolean; open?: boolean };

const dropdown = (chosen: string[], o: Sel, shown: boolean) =>
  `<div class="el-select-dropdown el-popper${o.multiple ? ' is-multiple' : ''}" style="${shown ? 'min-width: 240px; position: absolute; top: 180px; left: 176px; transform-origin: center top; z-index: 2001;' : 'min-width: 240px; display: none;'}"${shown ? ' x-placement="bottom-start"' : ''}><div class="el-scrollbar" style=""><div class="el-select-dropdown__wrap el-scrollbar__wrap" style="margin-bottom: -17px; margin-right: -17px;"><ul class="el-scrollbar__view el-select-dropdown__list">${o.options
    .map((v) => `<li class="el-select-dropdown__item${chosen.includes(v) ? ' selected' : ''}"><span>${v}</span></li>`)
    .join(
      '',
    )}</ul></div><div class="el-scrollbar__bar is-horizontal"><div class="el-scrollbar__thumb" style="transform: translateX(0%);"></div></div><div class="el-scrollbar__bar is-vertical"><div class="el-scrollbar__thumb" style="transform: translateY(0%);"></div></div></div>${shown ? '<div x-arrow="" class="popper__arrow" style="left: 35px;"></div>' : ''}</div>`;

/** el-select; `menu` is the opened dropdown moved to the end of body */
function elSelect(chosen: string[], o: Sel): { html: string; menu: string } {
  const tags = o.multiple
    ? `<div class="el-select__tags" style="width: 100%; max-width: 208px;"><span>${chosen
        .map(
          (v) =>
            `<span class="el-tag el-tag--info el-tag--small el-tag--light"><span class="el-select__tags-text">${v}</span><i class="el-tag__close el-icon-close"></i></span>`,
        )
        .join(
          '',
        )}</span>${o.filterable ? '<input type="text" autocomplete="off" class="el-select__input is-small" style="flex-grow: 1; width: 0.0961538%; max-width: 198px;">' : ''}</div>`
    : '';
  const placeholder = chosen.length ? '' : (o.placeholder ?? 'Select');
  const html = `<div class="el-select el-select--small">${tags}<div class="el-input el-input--small el-input--suffix${o.open ? ' is-focus' : ''}"><input type="text" readonly="readonly" autocomplete="off"${placeholder ? ` placeholder="${placeholder}"` : ''} class="el-input__inner"${o.multiple && o.filterable ? ' tabindex="-1"' : ''} value="${o.multiple ? '' : (chosen[0] ?? '')}"${o.multiple ? ' style="height: 32px;"' : ''}>${caret}</div>${o.open ? '' : dropdown(chosen, o, false)}</div>`;
  return { html, menu: o.open ? dropdown(chosen, o, true) : '' };
}
const sel = (chosen: string[], o: Sel) => elSelect(chosen, o).html;

const datePicker = (value: string, placeholder = 'Pick a day') =>
  `<div class="el-date-editor el-input el-input--small el-input--prefix el-input--suffix el-date-editor--date"><input type="text" autocomplete="off" name="" placeholder="${placeholder}" class="el-input__inner" value="${value}"><span class="el-input__prefix"><i class="el-input__icon el-icon-date"></i></span><span class="el-input__suffix"><span class="el-input__suffix-inner"><i class="el-input__icon"></i></span></span></div>`;

const form = (body: string) =>
  `<div id="app"><form class="el-form el-form--label-right">${body}<div class="el-form-item el-form-item--small"><div class="el-form-item__content" style="margin-left: 160px;"><button type="button" class="el-button el-button--primary el-button--small"><span>Submit request</span></button></div></div></form></div>`;
const card = (title: string, body: string) =>
  `<div class="el-card is-always-shadow"><div class="el-card__header"><div class="clearfix"><span>${title}</span></div></div><div class="el-card__body">${body}</div></div>`;

/** el-table of prior therapies (header and body tables apart), each cell an el-input */
function therapyTable(): string {
  const cols = ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'];
  const colgroup = `<colgroup>${cols.map((_, i) => `<col name="el-table_1_column_${i + 1}" width="180">`).join('')}</colgroup>`;
  return `<div class="el-table el-table--fit el-table--border el-table--enable-row-hover el-table--small"><div class="hidden-columns"></div><div class="el-table__header-wrapper"><table cellspacing="0" cellpadding="0" border="0" class="el-table__header" style="width: 900px;">${colgroup}<thead class="has-gutter"><tr>${cols
    .map(
      (c, i) => `<th colspan="1" rowspan="1" class="el-table_1_column_${i + 1} is-leaf el-table__cell"><div class="cell">${c}</div></th>`,
    )
    .join(
      '',
    )}</tr></thead></table></div><div class="el-table__body-wrapper is-scrolling-none"><table cellspacing="0" cellpadding="0" border="0" class="el-table__body" style="width: 900px;">${colgroup}<tbody>${THERAPY_ROWS.map(
    (r) =>
      `<tr class="el-table__row">${r.map((v, i) => `<td rowspan="1" colspan="1" class="el-table_1_column_${i + 1} el-table__cell"><div class="cell">${input(v)}</div></td>`).join('')}</tr>`,
  ).join('')}</tbody></table></div><div class="el-table__column-resize-proxy" style="display: none;"></div></div>`;
}

describe('Element UI 2.15 (Vue 2): el-form-item, el-select with el-tag chips, el-date-picker, el-table', () => {
  it('reads the full Ilaris request', () => {
    page(
      form(
        `${card('Member', `${item('memberId', 'Member ID', input(ILARIS['patient.memberId']), { required: true })}${item('dob', 'Date of birth', datePicker(ILARIS['patient.dob'], 'MM/DD/YYYY'))}${item('weight', 'Weight', input('72', { append: 'kg' }))}`)}
        ${card('Diagnosis', item('icd', 'ICD-10 codes', sel(['M04.1', 'M06.1'], { multiple: true, filterable: true, options: ['M04.1', 'M06.1', 'M04.8'] })))}
        ${card(
          'Medication',
          `${item('drugName', 'Drug name', sel([ILARIS['drug.name']], { options: ['Ilaris (canakinumab)', 'Kineret (anakinra)'] }))}${item('hcpcs', 'HCPCS code', input(ILARIS['drug.hcpcs']))}${item('ndc', 'NDC', input(ILARIS['drug.ndc']))}${item('dose', 'Dose', input('150'))}${item('doseUnit', 'Dose unit', sel(['mg'], { options: ['mg', 'mg/kg'] }))}${item('units', 'Billing units', input('150'))}${item('frequency', 'Frequency', sel(['Every 4 weeks'], { options: ['Every 4 weeks', 'Every 8 weeks', 'Once'] }))}`,
        )}
        ${card('Labs', `${item('crp', 'CRP', input('24', { append: 'mg/L' }))}${item('crpDate', 'CRP collection date', datePicker(ILARIS['labs.crpDate'], 'MM/DD/YYYY'))}`)}
        ${card('Prior therapies', therapyTable())}
        ${card('Prescriber', item('npi', 'Prescriber NPI', input(ILARIS['prescriber.npi'])))}`,
      ),
    );
    expect(read()).toEqual({
      ...ILARIS,
      ...THERAPIES,
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.doseUnit': 'mg',
      'drug.frequency': 'Every 4 weeks',
    });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('reads a single el-select by its read-only input, not the options of its closed dropdown', () => {
    page(form(item('frequency', 'Frequency', sel(['Every 4 weeks'], { options: ['Every 4 weeks', 'Every 8 weeks', 'Once'] }))));
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks' });
    expect(field('drug.frequency')?.label).toBe('Frequency');
    nothingFrom('.el-select-dropdown');
  });

  it('reads a multiple el-select by its el-tag texts, without the close icons, the filter input or the empty reference input', () => {
    page(
      form(
        item('icd', 'ICD-10 codes', sel(['M04.1', 'M06.1'], { multiple: true, filterable: true, options: ['M04.1', 'M06.1', 'M04.8'] })),
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads a non-filterable multiple el-select (tags and the read-only input only) by its tags', () => {
    page(form(item('icd', 'ICD-10 codes', sel(['M04.1', 'M06.1'], { multiple: true, options: ['M04.1', 'M06.1', 'M04.8'] }))));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads empty el-selects (placeholder "Select") as empty', () => {
    page(
      form(
        `${item('drugName', 'Drug name', sel([], { options: ['Ilaris (canakinumab)', 'Kineret (anakinra)'] }))}${item('icd', 'ICD-10 codes', sel([], { multiple: true, filterable: true, placeholder: 'Select codes', options: ['M04.1', 'M06.1'] }))}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': '', 'diagnosis.codes.0': '' });
  });

  it('takes nothing from an opened el-select dropdown moved to the end of body', () => {
    const s = elSelect([ILARIS['drug.name']], { options: ['Ilaris (canakinumab)', 'Kineret (anakinra)'], open: true });
    page(`${form(`${item('drugName', 'Drug name', s.html)}${item('npi', 'Prescriber NPI', input(ILARIS['prescriber.npi']))}`)}${s.menu}`);
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.el-select-dropdown');
  });

  it('reads el-date-pickers in the default yyyy-MM-dd format, and an empty one as empty (its placeholder is no value)', () => {
    page(form(`${item('dob', 'Date of birth', datePicker('1988-03-14'))}${item('crpDate', 'CRP collection date', datePicker(''))}`));
    expect(read()).toEqual({ 'patient.dob': '1988-03-14', 'labs.crpDate': '' });
  });

  it('names a field by its el-form-item label, not the validation error of the item before it', () => {
    page(
      form(
        `${item('memberId', 'Member ID', input(''), { required: true, error: 'Please enter the member ID' })}${item('npi', 'Prescriber NPI', input(ILARIS['prescriber.npi'], { disabled: true }))}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads an el-select in an open el-dialog over the request page', () => {
    page(
      `${form(item('memberId', 'Member ID', input(ILARIS['patient.memberId'])))}<div class="el-dialog__wrapper" style="z-index: 2003;"><div role="dialog" aria-modal="true" aria-label="Change frequency" class="el-dialog" style="margin-top: 15vh; width: 50%;"><div class="el-dialog__header"><span class="el-dialog__title">Change frequency</span><button type="button" aria-label="Close" class="el-dialog__headerbtn"><i class="el-dialog__close el-icon el-icon-close"></i></button></div><div class="el-dialog__body"><form class="el-form">${item('frequency', 'Frequency', sel(['Every 8 weeks'], { options: ['Every 4 weeks', 'Every 8 weeks', 'Once'] }))}</form></div><div class="el-dialog__footer"><span class="dialog-footer"><button type="button" class="el-button el-button--default"><span>Cancel</span></button><button type="button" class="el-button el-button--primary"><span>Confirm</span></button></span></div></div></div><div class="v-modal" tabindex="0" style="z-index: 2002;"></div>`,
    );
    expect(read()).toMatchObject({ 'drug.frequency': 'Every 8 weeks' });
  });
});
