import { describe, expect, it } from 'vitest';
import { field, mapped, read, page, units } from '../read';

/**
 * Vuetify 3 as it renders (outlined variant): `div.v-input.v-text-field > .v-input__control >
 * .v-field > .v-field__field` holding `label.v-label.v-field-label[for=input-N]`, the input
 * (`input.v-field__input`, or a `div.v-field__input` wrapping the default slot and the input),
 * a `.v-text-field__suffix` ("kg"); then `.v-field__outline` whose notch repeats the label as an
 * aria-hidden floating `label[for]`; `.v-input__details > .v-messages` for hints.
 * - v-select: the same text field with a readonly input (inputmode none, aria-label/title = the label)
 *   holding the item *values* ("11"), made invisible by CSS once a value is chosen, after
 *   `div.v-select__selection > span.v-select__selection-text` showing the item titles; the
 *   `mdi-menu-down` icon in `.v-field__append-inner`; the menu is absent while closed.
 * - v-autocomplete multiple chips: `div.v-autocomplete__selection > span.v-chip.v-chip--closable`
 *   (`.v-chip__content` + `button.v-chip__close[aria-label=Close]`) before the search input.
 * - v-date-input (labs → 3.7 core): a text field with a `mdi-calendar` prepend icon
 *   (`i.v-icon--clickable[role=button][aria-label="<label> prepended action"]`) holding "03/14/1988".
 */

let n = 0;
const vField = (
  label: string,
  input: (id: string) => string,
  opts: { suffix?: string; hint?: string; classes?: string; appendInner?: string; prepend?: string; dirty?: boolean } = {},
) => {
  const id = `input-${(n += 2)}`;
  const dirty = opts.dirty ?? true;
  return `
  <div class="v-input v-input--horizontal v-input--center-affix v-input--density-default v-theme--light v-locale--is-ltr v-text-field${opts.classes ? ` ${opts.classes}` : ''}">
    ${opts.prepend ? `<div class="v-input__prepend">${opts.prepend.replace('%LABEL%', label)}</div>` : ''}
    <div class="v-input__control">
      <div class="v-field v-field--center-affix v-field--variant-outlined v-theme--light v-locale--is-ltr${dirty ? ' v-field--active v-field--dirty' : ''}${opts.appendInner ? ' v-field--appended' : ''}">
        <div class="v-field__overlay"></div>
        <div class="v-field__loader"></div>
        <div class="v-field__field" data-no-activator="">
          <label class="v-label v-field-label" for="${id}">${label}</label>
          ${input(id)}
          ${opts.suffix ? `<span class="v-text-field__suffix"><span class="v-text-field__suffix__text">${opts.suffix}</span></span>` : ''}
        </div>
        ${opts.appendInner ? `<div class="v-field__append-inner">${opts.appendInner}</div>` : ''}
        <div class="v-field__outline">
          <div class="v-field__outline__start"></div>
          <div class="v-field__outline__notch"><label class="v-label v-field-label v-field-label--floating" aria-hidden="true" for="${id}">${label}</label></div>
          <div class="v-field__outline__end"></div>
        </div>
      </div>
    </div>
    <div class="v-input__details"><div class="v-messages" role="alert" aria-live="polite" id="${id}-messages">${opts.hint ? `<div class="v-messages__message">${opts.hint}</div>` : ''}</div></div>
  </div>`;
};

const textField = (label: string, value: string, opts: { suffix?: string; hint?: string } = {}) =>
  vField(
    label,
    (id) => `<input size="1" type="text" id="${id}" aria-describedby="${id}-messages" class="v-field__input" value="${value}">`,
    {
      ...opts,
      dirty: Boolean(value),
    },
  );

const menuDown = `<i class="mdi-menu-down mdi v-icon notranslate v-theme--light v-icon--size-default v-select__menu-icon" aria-hidden="true"></i>`;

const vSelect = (label: string, items: [string, string][], placeholder = '') =>
  vField(
    label,
    (id) => `<div class="v-field__input" data-no-activator="">
      ${items.map(([, title], i) => `<div class="v-select__selection"><span class="v-select__selection-text">${title}${i < items.length - 1 ? '<span class="v-select__selection-comma">,</span>' : ''}</span></div>`).join('')}
      <input size="1" type="text" readonly="" id="${id}" aria-describedby="${id}-messages" inputmode="none" aria-label="${label}" title="${label}" placeholder="${items.length ? '' : placeholder}" value="${items.map(([v]) => v).join(', ')}">
    </div>`,
    { classes: `v-select v-select--single${items.length ? ' v-select--selected' : ''}`, appendInner: menuDown, dirty: items.length > 0 },
  );

const chip = (text: string) =>
  `<span class="v-chip v-chip--closable v-theme--light v-chip--density-default v-chip--size-small v-chip--variant-tonal" draggable="false" tabindex="-1"><span class="v-chip__underlay"></span><div class="v-chip__content" data-no-activator="">${text}</div><button type="button" class="v-chip__close" aria-label="Close" data-testid="close-chip"><i class="mdi-close-circle mdi v-icon notranslate v-theme--light v-icon--size-x-small" aria-hidden="true"></i></button></span>`;

const vAutocompleteChips = (label: string, chips: string[]) =>
  vField(
    label,
    (id) => `<div class="v-field__input" data-no-activator="">
      ${chips.map((c) => `<div class="v-autocomplete__selection">${chip(c)}</div>`).join('')}
      <input size="1" type="text" id="${id}" aria-describedby="${id}-messages" value="">
    </div>`,
    {
      classes: `v-autocomplete v-autocomplete--multiple v-autocomplete--chips${chips.length ? ' v-autocomplete--selection-slot' : ''}`,
      appendInner: menuDown.replace('v-select__menu-icon', 'v-autocomplete__menu-icon'),
      dirty: chips.length > 0,
    },
  );

const vDateInput = (label: string, value: string) =>
  vField(
    label,
    (id) => `<input size="1" type="text" id="${id}" aria-describedby="${id}-messages" class="v-field__input" value="${value}">`,
    {
      classes: 'v-date-input',
      prepend: `<i class="mdi-calendar mdi v-icon notranslate v-theme--light v-icon--size-default v-icon--clickable" role="button" aria-hidden="false" aria-label="%LABEL% prepended action" tabindex="-1"></i>`,
      dirty: Boolean(value),
    },
  );

const noDuplicatePaths = () => {
  const paths = mapped().map((m) => m.path);
  expect(paths.length).toBe(new Set(paths).size);
};

describe('Vuetify v-text-field', () => {
  it('reads the patient and drug blocks with "kg" and "mg" suffixes', () => {
    page(`<form class="v-form" novalidate="">
      ${vDateInput('Date of birth', '03/14/1988')}
      ${textField('Weight', '70', { suffix: 'kg' })}
      ${textField('Drug name', 'Ilaris (canakinumab)')}
      ${textField('HCPCS', 'J0638')}
      ${textField('NDC', '00078-0734-61', { hint: '11 digits, 5-4-2' })}
      ${textField('Dose', '150', { suffix: 'mg' })}
      ${textField('Billing units', '150')}
      ${textField('Prescriber NPI', '1234567893')}</form>`);
    expect(read()).toEqual({
      'patient.dob': '03/14/1988',
      'patient.weight': '70',
      'drug.name': 'Ilaris (canakinumab)',
      'drug.hcpcs': 'J0638',
      'drug.ndc': '00078-0734-61',
      'drug.dose': '150',
      'drug.units': '150',
      'prescriber.npi': '1234567893',
    });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg' });
    noDuplicatePaths();
  });

  it('labels a field once, not "Weight Weight" from the outline notch’s floating label', () => {
    page(`<form>${textField('Weight', '70', { suffix: 'kg' })}</form>`);
    expect(field('patient.weight')?.label).toBe('Weight');
  });
});

describe('Vuetify v-select', () => {
  it('reads a v-select by its shown titles, not by the item values its input holds', () => {
    page(`<form>
      ${vSelect('Place of service', [['11', '11 - Office']])}
      ${vSelect('Frequency', [['q4w', 'Every 4 weeks']])}</form>`);
    expect(read()).toEqual({ 'drug.placeOfService': '11 - Office', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  it('reads an empty v-select as empty, not its placeholder', () => {
    page(`<form>${vSelect('Place of service', [], 'Select one')}</form>`);
    expect(read()).toEqual({ 'drug.placeOfService': '' });
  });
});

describe('Vuetify v-autocomplete (multiple, chips)', () => {
  it('reads diagnosis codes from the chips, without "Close"', () => {
    page(`<form>${vAutocompleteChips('ICD-10 codes', ['M04.1', 'M04.2'])}</form>`);
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M04.2' });
    noDuplicatePaths();
  });
});

describe('Vuetify v-radio-group', () => {
  it('reads the checked v-radio of a group labelled by its VLabel', () => {
    const radio = (id: string, name: string, value: string, text: string, checked: boolean) => `
      <div class="v-selection-control${checked ? ' v-selection-control--dirty' : ''} v-selection-control--density-default">
        <div class="v-selection-control__wrapper"><div class="v-selection-control__input">
          <i class="${checked ? 'mdi-radiobox-marked' : 'mdi-radiobox-blank'} mdi v-icon notranslate v-theme--light v-icon--size-default" aria-hidden="true"></i>
          <input id="${id}" aria-disabled="false" type="radio" value="${value}" name="${name}"${checked ? ' checked' : ''}>
        </div></div>
        <label class="v-label v-label--clickable" for="${id}">${text}</label>
      </div>`;
    const group = (n: number, label: string, checked: string) => `
      <div class="v-input v-input--horizontal v-input--density-default v-theme--light v-locale--is-ltr v-radio-group">
        <div class="v-input__control">
          <label class="v-label" id="radio-group-${n}">${label}</label>
          <div class="v-selection-control-group" id="radio-group-${n}" aria-describedby="radio-group-${n}-messages" role="radiogroup" aria-labelledby="radio-group-${n}">
            ${radio(`input-${n}1`, `input-${n}`, 'yes', 'Yes', checked === 'yes')}${radio(`input-${n}2`, `input-${n}`, 'no', 'No', checked === 'no')}
          </div>
        </div>
        <div class="v-input__details"><div class="v-messages" role="alert" aria-live="polite" id="radio-group-${n}-messages"></div></div>
      </div>`;
    page(
      `<form>${group(1, 'Will the patient continue colchicine?', 'yes')}${group(2, 'Has the patient been hospitalized for a disease flare?', 'no')}</form>`,
    );
    expect(read()).toEqual({ 'clinical.colchicineContinuing': 'Yes', 'clinical.hospitalization': 'No' });
  });
});

describe('Vuetify v-date-input', () => {
  it('reads CRP value and date, and a prior therapy under its heading', () => {
    page(`<form>
      <div class="text-h6">Labs</div>
      ${textField('CRP (mg/L)', '12.4')}
      ${vDateInput('CRP collection date', '04/15/2026')}
      <h3 class="text-h6">Prior therapies</h3>
      ${textField('Drug', 'colchicine')}
      ${vDateInput('Start date', '01/02/2024')}
      ${textField('Outcome', 'Inadequate response')}</form>`);
    expect(read()).toEqual({
      'labs.crpValue': '12.4',
      'labs.crpDate': '04/15/2026',
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.0.start': '01/02/2024',
      'priorTherapies.0.outcome': 'Inadequate response',
    });
    expect(units()).toEqual({ 'labs.crpUnit': 'mg/L' });
  });
});
