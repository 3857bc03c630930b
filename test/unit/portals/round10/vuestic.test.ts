import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, noDuplicatePaths } from '../round5/request';

/**
 * Vuestic UI 1.10 (Vue 3; epicmaxco/vuestic-ui at 6a71e9c, packages/ui/src/components):
 * - va-input-wrapper/VaInputWrapper.vue + components/VaInputLabel.vue: `div.va-input-wrapper` >
 *   `fieldset.va-input-wrapper__fieldset.va-input-wrapper__size-keeper` > `label.va-input-label
 *   .va-input-wrapper__label--outer[aria-hidden=true][id]` (no `for`) then `div.va-input-wrapper__container
 *   > div.va-input-wrapper__field` (prependInner, `div.va-input-wrapper__text` > the input, icons,
 *   appendInner); va-input/VaInput.vue gives the input `aria-label=<label>` (inputAriaLabel || label),
 *   aria-required/disabled/readonly and tabindex.
 * - va-select/VaSelect.vue + VaSelectContent.vue: a `div.va-dropdown.va-select[role=combobox]
 *   [aria-expanded=false]` (VaDropdown's anchor) > `div.va-input-wrapper.va-select__anchor
 *   [aria-haspopup=listbox]` whose text slot is `div.va-select-content`: the chosen options as
 *   `span.va-select-content__option` joined by `span.va-select-content__separator` ", " (no input at
 *   all), or, when empty, `span.va-select-content__placeholder > input[readonly][placeholder]`; the
 *   toggle icon `i.va-icon.va-select__toggle-icon[role=button]`; the dropdown content is teleported only
 *   when open. Chips: the documented `#content` slot of va-chip (`span.va-chip > span.va-chip__inner >
 *   span.va-chip__content` + closeable `i.va-icon.va-chip__close-icon[role=button][aria-label=close]`).
 * - va-date-input/VaDateInput.vue: a va-dropdown with role none > va-input-wrapper `.va-date-input__anchor`
 *   holding a readonly input valued by formatDate (default `toLocaleDateString()`: "3/14/1988" in en-US)
 *   and the calendar toggle icon.
 * - va-counter/VaCounter.vue: va-input-wrapper `.va-counter` with prependInner/appendInner va-buttons
 *   (`button.va-button[aria-label="decrease counter"|"increase counter"]` holding an icon) around the
 *   number input.
 * - va-radio / va-checkbox with `options` (from memory, not re-read: `label.va-radio` > `input.va-radio__input
 *   [type=radio][name][value]` + `span.va-radio__icon` + `span.va-radio__text`; `div.va-checkbox` >
 *   `label.va-checkbox__square`… `input.va-checkbox__input[type=checkbox]` + `div.va-checkbox__label`).
 * Icons are Vuestic's own `va-*` icon font (no text). Markup rebuilt from the templates, not a DOM dump.
 */

let uid = 0;
const icon = (name: string, extra = '') =>
  `<i class="va-icon va-icon-${name} ${extra}" aria-hidden="true" notranslate="" style="font-size: 20px;"></i>`;

function wrapper(
  label: string,
  text: string,
  o: { cls?: string; prependInner?: string; appendInner?: string; icon?: string; attrs?: string } = {},
): string {
  const id = `va-label-${++uid}`;
  return `<div class="va-input-wrapper va-input-wrapper--labeled va-input-wrapper--solid ${o.cls ?? 'va-input'}"${o.attrs ?? ''}><fieldset class="va-input-wrapper__fieldset va-input-wrapper__size-keeper"><label aria-hidden="true" class="va-input-label va-input-wrapper__label va-input-wrapper__label--outer" id="${id}" style="color: rgb(21, 78, 193);">${label}</label><div class="va-input-wrapper__container"><div class="va-input-wrapper__field">${o.prependInner ? `<div class="va-input-wrapper__prepend-inner">${o.prependInner}</div>` : ''}<div class="va-input-wrapper__text">${text}</div>${o.icon ?? ''}${o.appendInner ? `<div class="va-input-wrapper__append-inner">${o.appendInner}</div>` : ''}</div></div></fieldset></div>`;
}

const input = (label: string, value: string, o: { placeholder?: string; readonly?: boolean; type?: string } = {}) =>
  `<input aria-label="${label}" aria-required="false" tabindex="0" aria-disabled="false" aria-readonly="${o.readonly ? 'true' : 'false'}" aria-invalid="false" type="${o.type ?? 'text'}"${o.placeholder ? ` placeholder="${o.placeholder}"` : ''}${o.readonly ? ' readonly=""' : ''} value="${value}">`;

const vaInput = (label: string, value: string, placeholder?: string) => wrapper(label, input(label, value, { placeholder }));

/** va-select, closed; `chips` renders the #content slot with va-chips */
function vaSelect(label: string, chosen: string[], o: { placeholder?: string; chips?: boolean } = {}): string {
  const content = !chosen.length
    ? `<div class="va-select-content"><span class="va-select-content__placeholder"><input aria-label="${label}" aria-required="false" tabindex="0" aria-disabled="false" aria-readonly="false" placeholder="${o.placeholder ?? ''}" readonly=""></span></div>`
    : o.chips
      ? `<div class="va-select-content">${chosen
          .map(
            (c) =>
              `<span class="va-chip va-chip--small va-chip--closeable mr-1 my-1" style="border-color: rgb(21, 78, 193); background: rgb(21, 78, 193); color: rgb(255, 255, 255);"><span class="va-chip__inner"><span class="va-chip__content">${c}</span><i role="button" class="va-icon va-icon-close va-chip__close-icon" aria-label="close" tabindex="0" aria-hidden="false" notranslate="" style="font-size: 14px;"></i></span></span>`,
          )
          .join('')}</div>`
      : `<div class="va-select-content">${chosen
          .map(
            (c, i) =>
              `<span class="va-select-content__option">${c}</span>${i < chosen.length - 1 ? '<span class="va-select-content__separator">, </span>' : ''}`,
          )
          .join('')}</div>`;
  const popup = `va-select-popup-${++uid}`;
  return `<div role="combobox" class="va-dropdown va-select va-select__dropdown va-select-dropdown" aria-disabled="false" aria-expanded="false">${wrapper(
    label,
    content,
    {
      cls: 'va-select__anchor va-select-anchor__input',
      attrs: ` aria-haspopup="listbox" aria-controls="${popup}" aria-owns="${popup}"`,
      icon: chosen.length
        ? `<i role="button" aria-label="reset" tabindex="0" class="va-icon va-icon-clear va-input-wrapper__icon" notranslate="" style="font-size: 20px;"></i>`
        : '',
      appendInner: `<i role="button" class="va-icon va-icon-select-caret va-select__toggle-icon" tabindex="-1" aria-expanded="false" notranslate="" style="font-size: 20px;"></i>`,
    },
  )}</div>`;
}

const vaDateInput = (label: string, value: string) =>
  `<div role="none" class="va-dropdown va-date-input">${wrapper(label, input(label, value, { readonly: true }), {
    cls: 'va-date-input__anchor',
    icon: `<i aria-label="toggle dropdown" role="button" tabindex="0" class="va-icon va-icon-calendar va-input-wrapper__icon" notranslate="" style="font-size: 20px;"></i>`,
  })}</div>`;

const vaButton = (aria: string, ic: string) =>
  `<button type="button" class="va-button va-button--plain va-button--small va-button--icon-only" aria-label="${aria}" tabindex="0" style="border-color: transparent; background: transparent; color: rgb(21, 78, 193);"><span class="va-button__content">${icon(ic, 'va-button__left-icon')}</span></button>`;
const vaCounter = (label: string, value: string) =>
  wrapper(label, input(label, value, { type: 'number' }), {
    cls: 'va-counter va-input',
    prependInner: `<div class="va-counter__prepend-inner">${vaButton('decrease counter', 'remove')}</div>`,
    appendInner: `<div class="va-counter__append-inner">${vaButton('increase counter', 'add')}</div>`,
  });

const vaRadio = (label: string, options: string[], chosen: string) => {
  const name = `va-radio-${++uid}`;
  return wrapper(
    label,
    `<div role="radiogroup" class="va-radio-group">${options
      .map(
        (o) =>
          `<label class="va-radio${o === chosen ? ' va-radio--selected' : ''}"><input class="va-radio__input" type="radio" name="${name}" value="${o}" aria-checked="${o === chosen}" tabindex="0"${o === chosen ? ' checked=""' : ''}><span class="va-radio__icon" aria-hidden="true"><span class="va-radio__icon__background"></span><span class="va-radio__icon__dot"></span></span><span class="va-radio__text">${o}</span></label>`,
      )
      .join('')}</div>`,
    { cls: 'va-radio-group-wrapper' },
  );
};

const vaCheckbox = (text: string, checked: boolean) =>
  `<div class="va-checkbox${checked ? ' va-checkbox--selected' : ''}"><label class="va-checkbox__input-container"><div class="va-checkbox__square"><input class="va-checkbox__input" type="checkbox" aria-checked="${checked}" tabindex="0"${checked ? ' checked=""' : ''}>${icon('check', 'va-checkbox__icon')}</div><div class="va-checkbox__label" style="color: rgb(38, 40, 36);">${text}</div></label></div>`;

const card = (title: string, body: string) =>
  `<div class="va-card"><div class="va-card__title">${title}</div><div class="va-card__content"><div class="va-form">${body}</div></div></div>`;
const app = (body: string) =>
  `<div id="app"><div class="va-layout"><main class="va-layout__area"><h1 class="va-h3">Prior authorization</h1><form class="va-form">${body}<button type="submit" class="va-button va-button--normal"><span class="va-button__content">Submit request</span></button></form></main></div></div>`;

const FREQS = ['Every 4 weeks', 'Every 8 weeks', 'Once'];

describe('Vuestic UI 1.10: va-input, va-select (chips), va-date-input, va-counter, va-radio, va-checkbox', () => {
  it('reads the Ilaris request', () => {
    page(
      app(
        `${card('Member', `${vaInput('Member ID', ILARIS['patient.memberId'])}${vaDateInput('Date of birth', '3/14/1988')}${vaCounter('Weight (kg)', '72')}`)}
        ${card('Diagnosis', vaSelect('ICD-10 codes', ['M04.1', 'M06.1'], { chips: true }))}
        ${card('Medication', `${vaSelect('Drug name', [ILARIS['drug.name']])}${vaInput('HCPCS code', ILARIS['drug.hcpcs'])}${vaInput('NDC', ILARIS['drug.ndc'])}${vaCounter('Dose (mg)', '150')}${vaCounter('Billing units', '150')}${vaSelect('Frequency', ['Every 4 weeks'])}`)}
        ${card('Labs', `${vaInput('CRP (mg/L)', '24')}${vaDateInput('CRP collection date', '11/2/2026')}`)}
        ${card('Prescriber', vaInput('Prescriber NPI', ILARIS['prescriber.npi']))}`,
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

  it('reads va-input by its outer va-input-label (aria-hidden, no for) and the input aria-label', () => {
    page(app(`${vaInput('Member ID', ILARIS['patient.memberId'])}${vaInput('Prescriber NPI', '', 'Enter NPI')}`));
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': '' });
    expect(field('patient.memberId')?.label).toBe('Member ID');
  });

  it('reads a single va-select by its shown option (a span, no input)', () => {
    page(app(vaSelect('Drug name', [ILARIS['drug.name']])));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'] });
  });

  it('reads an empty va-select by its readonly placeholder input (named by aria-label) as empty', () => {
    page(app(`${vaSelect('Frequency', [], { placeholder: 'Select a frequency' })}${vaInput('Member ID', ILARIS['patient.memberId'])}`));
    expect(read()).toEqual({ 'drug.frequency': '', 'patient.memberId': ILARIS['patient.memberId'] });
  });

  it('reads a multiple va-select by its options joined by the separator', () => {
    page(app(vaSelect('ICD-10 codes', ['M04.1', 'M06.1'])));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads a multiple va-select rendering va-chips in its content slot, without the close icons', () => {
    page(app(vaSelect('ICD-10 codes', ['M04.1', 'M06.1'], { chips: true })));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads va-date-input by its readonly input in the toLocaleDateString format', () => {
    page(app(`${vaDateInput('Date of birth', '3/14/1988')}${vaDateInput('CRP collection date', '')}`));
    expect(read()).toEqual({ 'patient.dob': '3/14/1988', 'labs.crpDate': '' });
  });

  it('reads va-counter by its number input, not the decrease/increase buttons', () => {
    page(app(`${vaCounter('Dose (mg)', '150')}${vaCounter('Billing units', '150')}`));
    expect(read()).toEqual({ 'drug.dose': '150', 'drug.units': '150' });
  });

  it('reads va-radio options by the checked option under the group label, and leaves a va-checkbox attestation alone', () => {
    page(app(`${vaRadio('Frequency', FREQS, 'Every 8 weeks')}${vaCheckbox('I attest the information is accurate', true)}`));
    expect(read()).toMatchObject({ 'drug.frequency': 'Every 8 weeks' });
  });
});
