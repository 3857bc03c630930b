import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Kobalte 0.13 (SolidJS; kobaltedev/kobalte at 5999d29, packages/core/src/: text-field/text-field-root.tsx +
 * text-field-input.tsx, form-control/ (ids `<root>-label|-description|-error-message`), select/select-trigger.tsx,
 * select-value.tsx, select-label.tsx (a span), hidden-select-base.tsx, combobox/combobox-input.tsx,
 * combobox-control.tsx, combobox-trigger.tsx, checkbox/checkbox-input.tsx, radio-group/radio-group-item-input.tsx,
 * number-field/number-field-input.tsx + number-field-hidden-input.tsx + number-field-vary-trigger.tsx), styled with
 * the class names of Kobalte's docs examples:
 * - TextField: `div#textfield-cl-N[role=group][data-*]` > `label#…-label[for=…-input]`, `input#…-input
 *   [aria-labelledby=…-label][aria-describedby]`, `div#…-description`, `div#…-error-message` (only while invalid).
 * - Select: root `div[role=group]` > `span#…-label` (a span: it labels a button), HiddenSelect (a visually hidden,
 *   aria-hidden `div` holding a text input and `select[tabindex=-1][name]` with every option), the trigger
 *   `button[aria-haspopup=listbox][aria-labelledby="<label> <trigger>"]` > `span.select__value` (its placeholder
 *   shown with `data-placeholder-shown`) + `span.select__icon[aria-hidden]`; the content (only while open)
 *   portalled to the end of body: `div.select__content[role=presentation] > ul[role=listbox] > li[role=option]`.
 * - Combobox (multiple): Control `div.combobox__control` rendering the app's chips (`span` with the option and an
 *   icon-only remove `button`), `input[role=combobox][aria-autocomplete=list]`, a clear button and the trigger
 *   `button[tabindex=-1][aria-haspopup=listbox]`; a HiddenSelect after it.
 * - Checkbox / RadioGroup: a visually hidden native input + `div.*__control` + `label[for=input]`; the group's
 *   label is `span#…-label` on a `div[role=radiogroup]`.
 * - NumberField: `label[for]`, `input[type=text][role=spinbutton][inputmode=decimal][aria-valuenow]`, the
 *   increment/decrement buttons `tabindex=-1 aria-controls`, and HiddenInput (aria-hidden div holding the raw value).
 */

const HIDE =
  'border: 0px; clip: rect(0px, 0px, 0px, 0px); clip-path: inset(50%); height: 1px; margin: 0px -1px -1px 0px; overflow: hidden; padding: 0px; position: absolute; width: 1px; white-space: nowrap;';
const caret =
  '<svg width="15" height="15" viewBox="0 0 15 15" fill="none" xmlns="http://www.w3.org/2000/svg"><path d="M4.93179 5.43179C4.75605 5.60753" fill="currentColor"></path></svg>';
let n = 0;
const uid = () => `cl-${n++}`;

type O = { error?: string; description?: string; disabled?: boolean; readOnly?: boolean; placeholder?: string };
const state = (o: O) =>
  `data-${o.error ? 'invalid' : 'valid'}=""${o.disabled ? ' data-disabled=""' : ''}${o.readOnly ? ' data-readonly=""' : ''}`;
const foot = (id: string, o: O) =>
  `${o.description ? `<div id="${id}-description" class="text-field__description" ${state(o)}>${o.description}</div>` : ''}${o.error ? `<div id="${id}-error-message" class="text-field__error-message" ${state(o)}>${o.error}</div>` : ''}`;

const textField = (label: string, value: string, o: O = {}) => {
  const id = `textfield-${uid()}`;
  const described = [o.description && `${id}-description`, o.error && `${id}-error-message`].filter(Boolean).join(' ');
  return `<div role="group" id="${id}" class="text-field" ${state(o)}><label id="${id}-label" for="${id}-input" class="text-field__label" ${state(o)}>${label}</label><input type="text" id="${id}-input" class="text-field__input" aria-labelledby="${id}-label"${described ? ` aria-describedby="${described}"` : ''}${o.error ? ' aria-invalid="true"' : ''}${o.disabled ? ' disabled aria-disabled="true"' : ''}${o.readOnly ? ' readonly aria-readonly="true"' : ''}${o.placeholder ? ` placeholder="${o.placeholder}"` : ''} ${state(o)} value="${value}">${foot(id, o)}</div>`;
};

const hiddenSelect = (name: string, options: string[], chosen: string[], multiple = false) =>
  `<div style="${HIDE}" aria-hidden="true"><input type="text" tabindex="0" style="font-size: 16px;"><select tabindex="-1"${multiple ? ' multiple' : ''} name="${name}" size="${options.length}"><option></option>${options.map((v) => `<option value="${v}"${chosen.includes(v) ? ' selected' : ''}>${v}</option>`).join('')}</select></div>`;

/** Select; `content` is its open listbox for the end of body */
function select(name: string, label: string, value: string, options: string[], o: O & { open?: boolean } = {}) {
  const id = `select-${uid()}`;
  const html = `<div role="group" id="${id}" class="select" ${state(o)}><span id="${id}-label" class="select__label" ${state(o)}>${label}</span>${hiddenSelect(name, options, value ? [value] : [])}<button type="button" id="${id}-trigger" class="select__trigger" aria-haspopup="listbox" aria-expanded="${!!o.open}"${o.open ? ` aria-controls="${id}-listbox"` : ''} aria-labelledby="${id}-label ${id}-trigger" ${state(o)} data-${o.open ? 'expanded' : 'closed'}=""${o.disabled ? ' disabled' : ''}><span class="select__value"${value ? '' : ' data-placeholder-shown=""'} ${state(o)}>${value || (o.placeholder ?? '')}</span><span aria-hidden="true" class="select__icon">${caret}</span></button>${foot(id, o)}</div>`;
  const content = o.open
    ? `<div role="presentation" class="select__content" data-expanded="" style="position: absolute; top: 0px; left: 0px; min-width: max-content;"><ul role="listbox" id="${id}-listbox" aria-labelledby="${id}-label" aria-multiselectable="false" tabindex="-1" class="select__listbox">${options.map((v, i) => `<li role="option" id="${id}-listbox-option-${i}" tabindex="-1" aria-selected="${v === value}" data-key="${v}"${v === value ? ' data-selected=""' : ''} class="select__item"><div class="select__item-label">${v}</div>${v === value ? '<div aria-hidden="true" class="select__item-indicator">✓</div>' : ''}</li>`).join('')}</ul></div>`
    : '';
  return { html, content };
}
const sel = (name: string, label: string, value: string, options: string[], o: O = {}) => select(name, label, value, options, o).html;

const combobox = (name: string, label: string, chosen: string[], options: string[], typed = '') => {
  const id = `combobox-${uid()}`;
  return `<div role="group" id="${id}" class="combobox" data-valid=""><label id="${id}-label" for="${id}-input" class="combobox__label">${label}</label><div class="combobox__control" data-valid=""><div>${chosen.map((c) => `<span class="combobox__chip">${c}<button type="button">${caret}</button></span>`).join('')}<input type="text" id="${id}-input" role="combobox" class="combobox__input" autocomplete="off" autocorrect="off" spellcheck="false" aria-haspopup="listbox" aria-autocomplete="list" aria-expanded="false" aria-labelledby="${id}-label" data-valid="" value="${typed}"></div><button type="button">${caret}</button><button type="button" tabindex="-1" class="combobox__trigger" aria-haspopup="listbox" aria-expanded="false" aria-label="Show suggestions" aria-labelledby="${id}-trigger ${id}-label" id="${id}-trigger" data-closed=""><span aria-hidden="true" class="combobox__icon">${caret}</span></button></div>${hiddenSelect(name, options, chosen, true)}</div>`;
};

const radioGroup = (label: string, chosen: string, options: string[]) => {
  const id = `radiogroup-${uid()}`;
  return `<div role="radiogroup" id="${id}" aria-labelledby="${id}-label" class="radio-group" data-valid=""><span id="${id}-label" class="radio-group__label">${label}</span><div class="radio-group__items">${options
    .map((v, i) => {
      const r = `${id}-item-${i}`;
      return `<div role="group" id="${r}" class="radio"${v === chosen ? ' data-checked=""' : ''}><input type="radio" id="${r}-input" name="${id}" value="${v}"${v === chosen ? ' checked' : ''} style="${HIDE}" aria-labelledby="${r}-label"><div id="${r}-control" class="radio__control"${v === chosen ? ' data-checked=""' : ''}>${v === chosen ? `<div id="${r}-indicator" class="radio__indicator" data-checked=""></div>` : ''}</div><label id="${r}-label" for="${r}-input" class="radio__label">${v}</label></div>`;
    })
    .join('')}</div></div>`;
};

const checkbox = (label: string, checked: boolean) => {
  const id = `checkbox-${uid()}`;
  return `<div role="group" id="${id}" class="checkbox"${checked ? ' data-checked=""' : ''}><input type="checkbox" id="${id}-input" value="on"${checked ? ' checked' : ''} style="${HIDE}" aria-labelledby="${id}-label"><div id="${id}-control" class="checkbox__control"${checked ? ' data-checked=""' : ''}>${checked ? `<div id="${id}-indicator" class="checkbox__indicator">${caret}</div>` : ''}</div><label id="${id}-label" for="${id}-input" class="checkbox__label">${label}</label></div>`;
};

const numberField = (name: string, label: string, value: string) => {
  const id = `NumberField-${uid()}`;
  return `<div role="group" id="${id}" class="number-field" data-valid=""><label id="${id}-label" for="${id}-input" class="number-field__label">${label}</label><div style="${HIDE}" aria-hidden="true"><input type="text" tabindex="-1" style="font-size: 16px;" name="${name}" value="${value}"></div><div class="number-field__group"><input type="text" id="${id}-input" role="spinbutton" inputmode="decimal" autocomplete="off" autocorrect="off" spellcheck="false" aria-valuenow="${value}" aria-valuetext="${value}" aria-labelledby="${id}-label" class="number-field__input" data-valid="" value="${value}"><button type="button" tabindex="-1" aria-controls="${id}-input" aria-label="Increment" class="number-field__increment">+</button><button type="button" tabindex="-1" aria-controls="${id}-input" aria-label="Decrement" class="number-field__decrement">−</button></div></div>`;
};

const therapy = (i: 0 | 1) =>
  `<section><h3>Prior therapy ${i + 1}</h3>${(['drug', 'dose', 'start', 'stop', 'outcome'] as const)
    .map((k) =>
      textField(
        { drug: 'Drug', dose: 'Dose', start: 'Start date', stop: 'Stop date', outcome: 'Outcome' }[k],
        THERAPIES[`priorTherapies.${i}.${k}`],
      ),
    )
    .join('')}</section>`;
const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const CODES = ['M04.1', 'M06.1', 'M04.8'];
const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];

describe('Kobalte: TextField, Select, Combobox (multiple), Checkbox, RadioGroup, NumberField', () => {
  it('reads the full Ilaris request', () => {
    page(
      `<main><form><h2>Member</h2>${textField('Member ID', ILARIS['patient.memberId'])}${textField('Date of birth', ILARIS['patient.dob'], { description: 'MM/DD/YYYY' })}${numberField('weight', 'Weight (kg)', '72')}
      <h2>Diagnosis</h2>${combobox('icd', 'ICD-10 codes', ['M04.1', 'M06.1'], CODES)}
      <h2>Medication</h2>${sel('drug', 'Drug name', ILARIS['drug.name'], DRUGS)}${textField('HCPCS code', 'J0638')}${textField('NDC', '00078-0734-61')}${numberField('dose', 'Dose (mg)', '150')}${numberField('units', 'Billing units', '150')}${radioGroup('Frequency', 'Every 4 weeks', FREQ)}
      <h2>Labs</h2>${numberField('crp', 'CRP (mg/L)', '24')}${textField('CRP collection date', ILARIS['labs.crpDate'])}
      <h2>Prior therapies</h2>${therapy(0)}${therapy(1)}
      <h2>Prescriber</h2>${textField('Prescriber NPI', ILARIS['prescriber.npi'])}${checkbox('I attest the information is accurate', true)}<button type="submit">Submit</button></form></main>`,
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  it('reads a closed select as its trigger text and nothing from its hidden select', () => {
    page(`<form>${sel('drug', 'Drug name', 'Kineret (anakinra)', DRUGS)}</form>`);
    expect(read()).toEqual({ 'drug.name': 'Kineret (anakinra)' });
    nothingFrom('[aria-hidden="true"]');
  });

  it('reads a select showing its placeholder as empty', () => {
    page(`<form>${sel('drug', 'Drug name', '', DRUGS, { placeholder: 'Select a drug…' })}</form>`);
    expect(field('drug.name')).toBeDefined();
    expect(read()['drug.name'] ?? '').toBe('');
  });

  it('reads an open select as its choice and nothing from its portalled listbox', () => {
    const s = select('freq', 'Frequency', 'Every 8 weeks', FREQ, { open: true });
    page(`<form>${s.html}${textField('HCPCS code', 'J0638')}</form>${s.content}`);
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'drug.hcpcs': 'J0638' });
    nothingFrom('.select__content');
  });

  it('reads the multiple combobox as its chips, not the search typed into it', () => {
    page(`<form>${combobox('icd', 'ICD-10 codes', ['M04.1', 'M06.1'], CODES)}</form>`);
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads a number field by its label, not its hidden raw value', () => {
    page(`<form>${numberField('weight', 'Weight (kg)', '72')}${numberField('crp', 'CRP (mg/L)', '24')}</form>`);
    expect(read()).toEqual({ 'patient.weight': '72', 'labs.crpValue': '24' });
    noDuplicatePaths();
  });

  it('names a field with an error and a description by its label alone', () => {
    page(
      `<form>${textField('Prescriber NPI', '123456789', { error: 'NPI must be 10 digits', description: 'Type 1 NPI of the prescriber' })}${textField('Member ID', 'U4829163702', { readOnly: true })}</form>`,
    );
    expect(read()).toEqual({ 'prescriber.npi': '123456789', 'patient.memberId': 'U4829163702' });
  });
});
