import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, ISO_REQUEST, ISO_THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * TDesign Vue Next 1.20.1 (Tencent/tdesign-vue-next at d1288ca): the demos' server-rendered markup in
 * packages/tdesign-vue-next/test/src/snap/__snapshots__/ssr.test.ts.snap (form/_example/base.vue, select/_example/
 * disabled.vue + label-in-value.vue + filterable.vue, date-picker/_example/base.vue + date-range.vue,
 * input-number/_example/center.vue, radio/_example/group.vue, checkbox/_example/group.vue) and the sources
 * packages/components/form/form-item.tsx + constants/index.ts, select/option.tsx, select/components/select-panel.tsx,
 * popup/popup.tsx; English locale texts:
 * - Form item: `div.t-form__item.t-form-item__<name>` > `div.t-form__label(.t-form__label--required)
 *   .t-form__label--right[style=width]` > `label` (no `for` unless the item's `for` prop is set), then
 *   `div.t-form__controls(.t-is-error)` > `div.t-form__controls-content` > the component, then `div.t-input__help`,
 *   tips, and the error `div.t-input__extra[title]`.
 * - Input: `div.t-input__wrap` > `div.t-input` > `input.t-input__inner[type=text][unselectable][spellcheck=false]`.
 * - Select: `div.t-select__wrap` > `div.t-select-input.t-select` > input box (`div.t-input.t-is-readonly`) whose
 *   readonly input holds the chosen label; multiple: `t-tag-input`, one `div.t-tag.t-tag--close` per value
 *   (`span` + close svg) in `div.t-input__prefix`, then the soft-hidden readonly input; the arrow svg suffix. Its
 *   popup is teleported to body once opened (`div.t-popup[data-td-popup]` > `div.t-popup__content.t-select__dropdown`
 *   > `div.t-select__dropdown-inner` > `ul.t-select__list` of `li.t-select-option[title] > span`) and kept with
 *   `display: none` (v-show) when closed.
 * - DatePicker: `div.t-date-picker > div.t-select-input` > readonly input holding "YYYY-MM-DD" (the default format),
 *   calendar svg suffix; DateRangePicker: `div.t-date-range-picker > div.t-range-input-popup > div.t-range-input` >
 *   left input, `div.t-range-input__inner-separator` " - ", right input.
 * - InputNumber (theme row): `div.t-input-number` > decrease button, the input box, increase button.
 * - RadioGroup: `div.t-radio-group` of `label.t-radio(.t-is-checked)` > `input.t-radio__former[type=radio]` +
 *   `span.t-radio__input` + `span.t-radio__label`; CheckboxGroup: `div.t-checkbox-group[role=group]
 *   [aria-label=checkbox-group]` of `label.t-checkbox` > `input.t-checkbox__former` + `span.t-checkbox__label`.
 */

type Item = { required?: boolean; error?: string; help?: string };
const item = (name: string, label: string, control: string, o: Item = {}) =>
  `<div class="t-form__item t-form-item__${name}${o.help ? ' t-form__item-with-help' : ''}${o.error ? ' t-form__item-with-extra' : ''}"><div class="t-form__label${o.required ? ' t-form__label--required' : ''} t-form__label--right" style="width:140px;"><label>${label}</label></div><div class="t-form__controls${o.error ? ' t-is-error' : ''}" style="margin-left:140px;"><div class="t-form__controls-content">${control}</div>${o.help ? `<div class="t-input__help">${o.help}</div>` : ''}${o.error ? `<div class="t-input__extra" title="${o.error}">${o.error}</div>` : ''}</div></div>`;

const inputBox = (value: string, o: { placeholder?: string; readonly?: boolean; suffix?: string; cls?: string; prefix?: string } = {}) =>
  `<div class="t-input__wrap${o.cls ?? ''}"><div class="t-input${o.readonly ? ' t-is-readonly' : ''}${o.prefix ? ' t-input--prefix' : ''}${o.suffix ? ' t-input--suffix' : ''}">${o.prefix ?? ''}<input class="t-input__inner${o.prefix && !value ? '' : o.prefix ? ' t-input--soft-hidden' : ''}"${o.readonly ? ' readonly' : ''} placeholder="${o.placeholder ?? 'Please input'}" type="text" unselectable="${o.readonly ? 'on' : 'off'}" spellcheck="false" value="${value}">${o.suffix ? `<span class="t-input__suffix t-input__suffix-icon">${o.suffix}</span>` : ''}</div></div>`;
const input = (name: string, label: string, value: string, o: Item = {}) => item(name, label, inputBox(value), o);

const arrow =
  '<svg class="t-fake-arrow t-select__right-icon" width="16" height="16" viewBox="0 0 16 16" fill="none" xmlns="http://www.w3.org/2000/svg"><path d="M3.75 5.7998L7.99274 10.0425L12.2361 5.79921" stroke="black" stroke-opacity="0.9" stroke-width="1.3"></path></svg>';
const close =
  '<svg fill="none" viewBox="0 0 24 24" width="1em" height="1em" class="t-icon t-icon-close t-tag__icon-close"><path fill="currentColor" d="M7.05 5.64 12 10.59l4.95-4.95 1.41 1.41L13.41 12l4.95 4.95-1.41 1.41L12 13.41l-4.95 4.95-1.41-1.41L10.59 12 5.64 7.05z"></path></svg>';
const calendar =
  '<svg fill="none" viewBox="0 0 24 24" width="1em" height="1em" class="t-icon t-icon-calendar"><path fill="currentColor" d="M6 4V1.5H8V4H16V1.5H18V4H22V22H2V4H6ZM4 6V9H20V6H4ZM20 11H4V20H20V11Z"></path></svg>';

/** a single Select; `popup` (when opened once) is its teleported dropdown, shown or kept hidden */
function select(name: string, label: string, value: string, options: string[], o: Item & { popup?: 'open' | 'closed' } = {}) {
  const html = item(
    name,
    label,
    `<div class="t-select__wrap"><div class="t-select-input${value ? '' : ' t-select-input--empty'} t-select${o.popup === 'open' ? ' t-select-input--popup-visible' : ''}">${inputBox(value, { readonly: true, placeholder: 'Please select', suffix: arrow })}</div></div>`,
    o,
  );
  const popup = o.popup
    ? `<div data-td-popup="${name}-p" class="t-popup" style="z-index: 5500; position: absolute; inset: 0px auto auto 0px; transform: translate(160px, 240px);${o.popup === 'closed' ? ' display: none;' : ''}" data-popper-placement="bottom-start"><div class="t-popup__content t-select__dropdown" style="overflow: auto; width: 320px;"><div class="t-select__dropdown-inner t-select__dropdown-inner--size-m"><ul class="t-select__list">${options
        .map((v) => `<li class="t-select-option t-size-m${v === value ? ' t-is-selected' : ''}" title="${v}"><span>${v}</span></li>`)
        .join('')}</ul></div></div></div>`
    : '';
  return { html, popup };
}

/** a multiple Select; disabled (select/_example/disabled.vue): `t-is-disabled`, tags `t-tag--disabled` without close icons */
const multiSelect = (name: string, label: string, tags: string[], disabled = false) =>
  item(
    name,
    label,
    `<div class="t-select__wrap"><div class="t-select-input t-select-input--multiple${tags.length ? '' : ' t-select-input--empty'} t-select"><div class="t-input__wrap t-tag-input t-tag-input--break-line${tags.length ? ' t-tag-input--with-tag' : ' t-is-empty'} t-tag-input__with-suffix-icon"><div class="t-input${disabled ? ' t-is-disabled' : ''} t-is-readonly t-input--prefix t-input--suffix"><div class="t-input__prefix">${tags
      .map((t) =>
        disabled
          ? `<div class="t-tag t-tag--default t-tag--dark t-tag--disabled"><span class="">${t}</span></div>`
          : `<div class="t-tag t-tag--default t-tag--dark t-tag--close"><span class="">${t}</span>${close}</div>`,
      )
      .join(
        '',
      )}</div><input class="t-input__inner${tags.length ? ' t-input--soft-hidden' : ''}"${disabled ? ' disabled' : ''} readonly placeholder="${tags.length ? '' : 'Please select'}" type="text" unselectable="on" spellcheck="false" value=""><span class="t-input__input-pre">${tags.length ? '' : 'Please select'}</span><span class="t-input__suffix t-input__suffix-icon">${arrow}</span></div></div></div></div>`,
  );

const datePicker = (name: string, label: string, value: string) =>
  item(
    name,
    label,
    `<div class="t-date-picker"><div class="t-select-input${value ? '' : ' t-select-input--empty'}" needconfirm="true">${inputBox(value, { readonly: true, placeholder: 'Select date', suffix: calendar })}</div></div>`,
  );
const rangeInput = (v: string) =>
  `<div class="t-input"><input class="t-input__inner" readonly placeholder="Select date" type="text" unselectable="on" spellcheck="false" value="${v}"></div>`;
const dateRange = (name: string, label: string, start: string, end: string) =>
  item(
    name,
    label,
    `<div class="t-date-range-picker"><div class="t-range-input-popup"><div class="t-range-input t-range-input--suffix"><div class="t-range-input__inner"><div class="t-input__wrap t-range-input__inner-left">${rangeInput(start)}</div><div class="t-range-input__inner-separator"> - </div><div class="t-input__wrap t-range-input__inner-right">${rangeInput(end)}</div><span class="t-range-input__suffix t-range-input__suffix-icon">${calendar}</span></div></div></div></div>`,
  );

const inputNumber = (name: string, label: string, value: string) =>
  item(
    name,
    label,
    `<div class="t-input-number t-size-m t-input-number--row"><button class="t-button t-button--variant-outline t-button--theme-default t-button--shape-square t-button--icon-only t-input-number__decrease" type="button" tabindex="0"><svg fill="none" viewBox="0 0 24 24" width="1em" height="1em" class="t-icon t-icon-remove t-size-m"><path fill="currentColor" d="M4 11L20 11V13L4 13L4 11Z"></path></svg></button><div class="t-input__wrap" unselectable="off"><div class="t-input t-align-center"><input class="t-input__inner" placeholder="Please input" type="text" autocomplete="off" unselectable="off" spellcheck="false" value="${value}"></div></div><button class="t-button t-button--variant-outline t-button--theme-default t-button--shape-square t-button--icon-only t-input-number__increase" type="button" tabindex="0"><svg fill="none" viewBox="0 0 24 24" width="1em" height="1em" class="t-icon t-icon-add t-size-m"><path fill="currentColor" d="M13 4V11L20 11V13L13 13V20H11L11 13H4L4 11L11 11L11 4L13 4Z"></path></svg></button></div>`,
  );

const radioGroup = (name: string, label: string, options: string[], chosen: string) =>
  item(
    name,
    label,
    `<div class="t-radio-group t-size-m t-radio-group__outline">${options
      .map(
        (o, i) =>
          `<label class="t-radio${o === chosen ? ' t-is-checked' : ''}" tabindex="0"><input type="radio" class="t-radio__former" name="${name}" value="${i + 1}" tabindex="-1" data-value="&#39;${i + 1}&#39;"${o === chosen ? ' checked' : ''}><span class="t-radio__input"></span><span class="t-radio__label">${o}</span></label>`,
      )
      .join('')}</div>`,
  );
const checkboxGroup = (name: string, label: string, options: string[], checked: string[]) =>
  item(
    name,
    label,
    `<div class="t-checkbox-group" role="group" aria-label="checkbox-group">${options
      .map(
        (o, i) =>
          `<label class="t-checkbox${checked.includes(o) ? ' t-is-checked' : ''}" tabindex="0"><input type="checkbox" tabindex="-1" class="t-checkbox__former" indeterminate="false" value="${i + 1}"${checked.includes(o) ? ' checked' : ''}><span class="t-checkbox__input"></span><span class="t-checkbox__label">${o}</span></label>`,
      )
      .join('')}</div>`,
  );

const h = (t: string) => `<h4 class="form-section-title">${t}</h4>`;
const form = (body: string, tail = '') =>
  `<div id="app"><form class="t-form">${body}<div class="t-form__item"><div class="t-form__label t-form__label--right" style="width:140px;"><label></label></div><div class="t-form__controls" style="margin-left:140px;"><div class="t-form__controls-content"><button class="t-button t-button--variant-base t-button--theme-primary t-button--shape-rectangle" type="submit" tabindex="0"><span class="t-button__text">Submit</span></button></div></div></div></form></div>${tail}`;

const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const therapy = (i: 0 | 1) => {
  const t = (k: 'drug' | 'dose' | 'start' | 'stop' | 'outcome') => ISO_THERAPIES[`priorTherapies.${i}.${k}`];
  return `${h(`Prior therapy ${i + 1}`)}${input(`drug${i}`, 'Drug', t('drug'))}${input(`dose${i}`, 'Dose', t('dose'))}${datePicker(`start${i}`, 'Start date', t('start'))}${datePicker(`stop${i}`, 'Stop date', t('stop'))}${input(`outcome${i}`, 'Outcome', t('outcome'))}`;
};

describe('TDesign Vue Next: form items, Select with tags, DatePicker, InputNumber, RadioGroup', () => {
  it('reads the full Ilaris request (dates in the default YYYY-MM-DD format)', () => {
    const drug = select('drug', 'Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'], { required: true });
    page(
      form(
        `${h('Member')}${input('memberId', 'Member ID', ILARIS['patient.memberId'], { required: true })}${datePicker('dob', 'Date of birth', ISO_REQUEST['patient.dob'])}${inputNumber('weight', 'Weight (kg)', '72')}
        ${h('Diagnosis')}${multiSelect('icd', 'ICD-10 codes', ['M04.1', 'M06.1'])}
        ${h('Medication')}${drug.html}${input('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${input('ndc', 'NDC', ILARIS['drug.ndc'])}${inputNumber('dose', 'Dose (mg)', '150')}${inputNumber('units', 'Billing units', '150')}${radioGroup('frequency', 'Frequency', FREQ, 'Every 4 weeks')}
        ${h('Labs')}${inputNumber('crp', 'CRP (mg/L)', '24')}${datePicker('crpDate', 'CRP collection date', ISO_REQUEST['labs.crpDate'])}
        ${therapy(0)}${therapy(1)}
        ${h('Prescriber')}${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true })}`,
      ),
    );
    expect(read()).toEqual({ ...ISO_REQUEST, ...ISO_THERAPIES });
    noDuplicatePaths();
  });

  it('names an input by its form item label, not the error shown under the item before it', () => {
    page(
      form(
        `${input('memberId', 'Member ID', '', { required: true, error: 'Member ID is required' })}${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { help: '10 digits' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads a Select by its readonly input, an empty one (placeholder) as empty', () => {
    page(
      form(
        `${select('drug', 'Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)']).html}${select('frequency', 'Frequency', '', FREQ).html}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': '' });
  });

  it('takes nothing from a Select dropdown teleported to body, open or kept hidden', () => {
    const open = select('frequency', 'Frequency', 'Every 8 weeks', FREQ, { popup: 'open' });
    const closed = select('drug', 'Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'], { popup: 'closed' });
    page(form(`${closed.html}${open.html}`, `${closed.popup}${open.popup}`));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': 'Every 8 weeks' });
    nothingFrom('.t-popup');
  });

  it('reads the tags of a multiple Select as the ICD-10 codes, an empty one as empty', () => {
    page(form(multiSelect('icd', 'ICD-10 codes', ['M04.1', 'M06.1'])));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    page(form(multiSelect('icd', 'ICD-10 codes', [])));
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });

  it('reads the tags of a disabled multiple Select (no close icons) as the ICD-10 codes', () => {
    page(form(multiSelect('icd', 'ICD-10 codes', ['M04.1', 'M06.1'], true)));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads an InputNumber without its decrease and increase buttons', () => {
    page(form(`${inputNumber('weight', 'Weight (kg)', '72')}${inputNumber('crp', 'CRP (mg/L)', '24')}`));
    expect(read()).toEqual({ 'patient.weight': '72', 'labs.crpValue': '24' });
  });

  it('reads a RadioGroup and a CheckboxGroup by their form item labels', () => {
    page(
      form(
        `${radioGroup('frequency', 'Frequency', FREQ, 'Every 8 weeks')}${checkboxGroup('icd', 'ICD-10 codes', ['M04.1', 'M06.1', 'M04.8'], ['M04.1', 'M06.1'])}`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  // misread: only drug and outcome: the range's left input is named by nothing and the right one by the separator "-", so neither claims start or stop
  it.fails('reads a DateRangePicker in a therapy as its start and stop dates', () => {
    page(
      form(
        `${h('Prior therapy 1')}${input('drug0', 'Drug', 'colchicine')}${dateRange('period0', 'Treatment period', ISO_THERAPIES['priorTherapies.0.start'], ISO_THERAPIES['priorTherapies.0.stop'])}${input('outcome0', 'Outcome', 'Inadequate response')}`,
      ),
    );
    expect(read()).toEqual({
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.0.start': ISO_THERAPIES['priorTherapies.0.start'],
      'priorTherapies.0.stop': ISO_THERAPIES['priorTherapies.0.stop'],
      'priorTherapies.0.outcome': 'Inadequate response',
    });
  });
});
