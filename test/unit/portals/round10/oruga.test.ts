import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Oruga UI 0.14 (Vue 3, default class config; oruga-ui/oruga at 7273d32, packages/oruga/src/components):
 * field/Field.vue (`div.o-field[data-oruga=field]` > `label.o-field__label[id][for=<input id>]`, the
 * input registering its id (Vue useId, "v-N") with the field, then `p.o-field__message`), input/Input.vue
 * (`div.o-input[data-oruga=input]` > `input.o-input__input[data-oruga-input=text]`), select/Select.vue
 * (`div.o-select` > `select.o-select__input` with a placeholder `option[value=""][disabled][hidden]`),
 * taginput/Taginput.vue + tag/Tag.vue (`div.o-taginput` > `div.o-taginput__container` > one
 * `span.o-tag.o-taginput__item[data-oruga=tag]` > `span.o-tag__label` + a close button (aria-label
 * "Remove", its icon) per tag, then an o-autocomplete: an o-dropdown whose trigger holds the o-input
 * `input[role=combobox][aria-autocomplete=list]` and whose menu is a `div.o-dropdown__menu[role=listbox]
 * [popover]`), datepicker/Datepicker.vue + utils/PickerInput.vue (`div.o-datepicker` > `div.o-datepicker__trigger`
 * > o-input with the date formatted by Intl (en-US "3/14/1988"), then the content `div.o-datepicker__content
 * [popover]` holding the header's month and year o-selects and the table). Menus use the HTML popover
 * attribute: closed, they are hidden by the user agent (`[popover]:not(:popover-open)`), not by a style.
 * The close button markup (utils CloseButton) and the dropdown's inner trigger/menu classes are from memory.
 */

let uid = 0;
const field_ = (label: string, control: (id: string) => string, message?: string) => {
  const id = `v-${++uid}`;
  return `<div data-oruga="field" class="o-field"><label id="v-${uid}-label" for="${id}" class="o-field__label">${label}</label>${control(id)}${message ? `<p id="v-${uid}-message" class="o-field__message">${message}</p>` : ''}</div>`;
};
const input = (id: string, value: string, o: { placeholder?: string; attrs?: string; cls?: string } = {}) =>
  `<div data-oruga="input" class="o-input${o.cls ?? ''}"><input id="${id}" type="text" data-oruga-input="text" class="o-input__input" autocomplete="off"${o.placeholder ? ` placeholder="${o.placeholder}"` : ''}${o.attrs ?? ''} value="${value}"></div>`;
const oInput = (label: string, value: string, placeholder?: string) => field_(label, (id) => input(id, value, { placeholder }));

const select = (id: string, chosen: string, options: string[], placeholder?: string, aria?: string) =>
  `<div data-oruga="select" class="o-select"><select id="${id}" data-oruga-input="select" class="o-select__input"${aria ? ` aria-label="${aria}"` : ''}>${placeholder ? `<option value="" disabled="" hidden=""${chosen ? '' : ' selected=""'}>${placeholder}</option>` : ''}${options
    .map((v) => `<option value="${v}"${v === chosen ? ' selected=""' : ''}>${v}</option>`)
    .join('')}</select></div>`;
const oSelect = (label: string, chosen: string, options: string[], placeholder?: string) =>
  field_(label, (id) => select(id, chosen, options, placeholder));

const icon = (name: string) => `<span data-oruga="icon" class="o-icon"><i class="mdi mdi-${name} mdi-24px"></i></span>`;

const oTaginput = (label: string, tags: string[], placeholder = 'Add a code') =>
  field_(label, (id) => {
    const menu = `v-${++uid}-menu`;
    return `<div data-oruga="taginput" class="o-taginput"><div class="o-taginput__container">${tags
      .map(
        (t) =>
          `<span data-oruga="tag" class="o-tag o-taginput__item"><span class="o-tag__label">${t}</span><button type="button" class="o-tag__close" aria-label="Remove" data-oruga="close">${icon('close')}</button></span>`,
      )
      .join(
        '',
      )}<div data-oruga="autocomplete" class="o-autocomplete o-autocomplete--expanded"><div data-oruga="dropdown" class="o-dropdown o-dropdown--expanded o-dropdown--position-auto"><div class="o-dropdown__trigger">${input(
      id,
      '',
      {
        placeholder,
        cls: ' o-input--expanded',
        attrs: ` role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="${menu}"`,
      },
    )}</div><div id="${menu}" tabindex="-1" class="o-dropdown__menu" role="listbox" aria-labelledby="v-${uid}-label" popover=""><div class="o-dropdown__item o-dropdown__item--clickable" role="option" aria-selected="false"><span>M04.8</span></div></div></div></div></div></div>`;
  });

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const oDatepicker = (label: string, value: string, focused: { month: string; year: string }) =>
  field_(
    label,
    (id) =>
      `<div data-oruga="datepicker" class="o-datepicker"><div class="o-datepicker__trigger">${input(id, value, { placeholder: 'Click to select...', cls: ' o-input--icon-left' })}</div><div class="o-datepicker__content" popover=""><header class="o-datepicker__header"><button type="button" class="o-button o-datepicker__previous" aria-label="Previous Page">${icon('chevron-left')}</button><button type="button" class="o-button o-datepicker__next" aria-label="Next Page">${icon('chevron-right')}</button><div class="o-datepicker__header__list">${select(`v-${++uid}`, focused.month, months, undefined, 'Select a month')}${select(`v-${++uid}`, focused.year, ['1987', '1988', '2026'], undefined, 'Select a year')}</div></header><div class="o-datepicker__table" role="grid"><div class="o-datepicker__table__body"><div class="o-datepicker__table__row"><div class="o-datepicker__table__cell o-datepicker__table__cell--selectable" role="gridcell" tabindex="-1">1</div></div></div></div></div></div>`,
  );

const app = (body: string) =>
  `<div id="app"><section class="section"><h1>Prior authorization</h1><form>${body}<button type="submit" data-oruga="button" class="o-button o-button--primary"><span class="o-button__wrapper"><span class="o-button__label">Submit request</span></span></button></form></section></div>`;

const FREQS = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];

describe('Oruga UI 0.14: o-field, o-input, o-select, o-taginput, o-datepicker', () => {
  it('reads the Ilaris request', () => {
    page(
      app(
        `<h2>Member</h2>${oInput('Member ID', ILARIS['patient.memberId'])}${oDatepicker('Date of birth', '3/14/1988', { month: 'March', year: '1988' })}${oInput('Weight (kg)', '72')}
        <h2>Diagnosis</h2>${field_('ICD-10 codes', (id) => `<div data-oruga="select" class="o-select o-select--multiple"><select id="${id}" data-oruga-input="select" class="o-select__input" multiple="" size="3">${['M04.1', 'M06.1', 'M04.8'].map((c) => `<option value="${c}"${c === 'M04.8' ? '' : ' selected=""'}>${c}</option>`).join('')}</select></div>`)}
        <h2>Medication</h2>${oSelect('Drug name', ILARIS['drug.name'], DRUGS, 'Select a drug')}${oInput('HCPCS code', ILARIS['drug.hcpcs'])}${oInput('NDC', ILARIS['drug.ndc'])}${oInput('Dose (mg)', '150')}${oInput('Billing units', '150')}${oSelect('Frequency', 'Every 4 weeks', FREQS, 'Select a frequency')}
        <h2>Labs</h2>${oInput('CRP (mg/L)', '24')}${oDatepicker('CRP collection date', '11/2/2026', { month: 'November', year: '2026' })}
        <h2>Prescriber</h2>${oInput('Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({
      ...ILARIS,
      'patient.dob': '3/14/1988',
      'labs.crpDate': '11/2/2026',
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.frequency': 'Every 4 weeks',
    });
    noDuplicatePaths();
  });

  it('names o-field inputs by their label, not the field message after them', () => {
    page(
      app(`${field_('Member ID', (id) => input(id, ''), 'Member ID is required')}${oInput('Prescriber NPI', ILARIS['prescriber.npi'])}`),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads o-select by its chosen option and the hidden placeholder option as empty', () => {
    page(
      app(`${oSelect('Drug name', 'Kineret (anakinra)', DRUGS, 'Select a drug')}${oSelect('Frequency', '', FREQS, 'Select a frequency')}`),
    );
    expect(read()).toEqual({ 'drug.name': 'Kineret (anakinra)', 'drug.frequency': '' });
  });

  it('reads o-taginput by its tags, not the empty autocomplete input or its closed popover menu', () => {
    page(app(oTaginput('ICD-10 codes', ['M04.1', 'M06.1'])));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom('.o-dropdown__menu');
  });

  it('reads an empty o-taginput as empty', () => {
    page(app(oTaginput('ICD-10 codes', [])));
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });

  it('reads o-datepicker by its input, nothing from the month and year selects of its closed popover', () => {
    page(
      app(
        `${oDatepicker('Date of birth', '3/14/1988', { month: 'March', year: '1988' })}${oDatepicker('CRP collection date', '', { month: 'December', year: '2026' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.dob': '3/14/1988', 'labs.crpDate': '' });
    nothingFrom('.o-datepicker__content');
  });
});
