import { describe, expect, it } from 'vitest';
import { read, page, mapped } from '../read';

/**
 * Chakra UI v3 on Ark UI / Zag (data-scope / data-part): Select = root > label[for=hidden-select] +
 * control > button[role=combobox][aria-haspopup=listbox][aria-labelledby=label] >
 * span[data-part=value-text] (placeholder text with data-placeholder-shown), then the
 * aria-hidden `select[data-part=hidden-select]`; Combobox = label[for=input] +
 * input[role=combobox] + trigger button (aria-haspopup=listbox, tabindex=-1); NumberInput =
 * label[for=input] + control[role=group] > input[role=spinbutton] + increment/decrement triggers;
 * RadioGroup = root[role=radiogroup][aria-labelledby=label] of label[data-part=item] wrapping a
 * hidden input[type=radio] and item-text.
 */
let n = 0;
const HID =
  'border: 0px; clip: rect(0px, 0px, 0px, 0px); height: 1px; margin: -1px; overflow: hidden; padding: 0px; position: absolute; width: 1px; white-space: nowrap; word-wrap: normal;';
const select = (label: string, opts: [string, string][], chosen: string | null, ph = 'Select option') => {
  const id = `select:r${(n += 1)}:`;
  const shown = chosen ? opts.find(([v]) => v === chosen)![1] : ph;
  return `<div data-scope="select" data-part="root" dir="ltr" id="${id}" class="chakra-select__root">
    <label data-scope="select" data-part="label" dir="ltr" id="${id}:label" for="${id}:hidden-select" class="chakra-select__label">${label}</label>
    <div data-scope="select" data-part="control" dir="ltr" id="${id}:control" data-state="closed" class="chakra-select__control">
      <button data-scope="select" data-part="trigger" dir="ltr" id="${id}:trigger" type="button" role="combobox" aria-controls="${id}:content" aria-expanded="false" aria-haspopup="listbox" data-state="closed" aria-labelledby="${id}:label"${chosen ? '' : ' data-placeholder-shown=""'} class="chakra-select__trigger"><span data-scope="select" data-part="value-text" dir="ltr"${chosen ? '' : ' data-placeholder-shown=""'} class="chakra-select__valueText">${shown}</span></button>
      <div data-scope="select" data-part="indicator-group" class="chakra-select__indicatorGroup"><div data-scope="select" data-part="indicator" dir="ltr" aria-hidden="true" data-state="closed" class="chakra-select__indicator"><svg stroke="currentColor" fill="none" viewBox="0 0 24 24" aria-hidden="true"><path d="m6 9 6 6 6-6"></path></svg></div></div>
    </div>
    <select aria-hidden="true" tabindex="-1" name="${label.toLowerCase().replace(/\W+/g, '')}" id="${id}:hidden-select" data-scope="select" data-part="hidden-select" style="${HID}"><option value=""></option>${opts.map(([v, t]) => `<option value="${v}"${v === chosen ? ' selected' : ''}>${t}</option>`).join('')}</select>
  </div>`;
};
const combo = (label: string, value: string) => {
  const id = `combobox:r${(n += 1)}:`;
  return `<div data-scope="combobox" data-part="root" dir="ltr" id="${id}" class="chakra-combobox__root">
    <label data-scope="combobox" data-part="label" dir="ltr" id="${id}:label" for="${id}:input" class="chakra-combobox__label">${label}</label>
    <div data-scope="combobox" data-part="control" dir="ltr" id="${id}:control" data-state="closed" class="chakra-combobox__control">
      <input data-scope="combobox" data-part="input" dir="ltr" aria-invalid="false" id="${id}:input" autocomplete="off" autocorrect="off" autocapitalize="none" spellcheck="false" type="text" role="combobox" aria-autocomplete="list" aria-controls="${id}:content" aria-expanded="false" data-state="closed" class="chakra-combobox__input" value="${value}">
      <div class="chakra-combobox__indicatorGroup"><button data-scope="combobox" data-part="trigger" dir="ltr" type="button" id="${id}:toggle-btn" tabindex="-1" aria-haspopup="listbox" aria-expanded="false" data-state="closed" aria-controls="${id}:content" aria-label="Toggle suggestions" class="chakra-combobox__trigger"><svg viewBox="0 0 24 24" aria-hidden="true"><path d="m6 9 6 6 6-6"></path></svg></button></div>
    </div>
  </div>`;
};
const num = (label: string, value: string) => {
  const id = `number-input:r${(n += 1)}:`;
  return `<div data-scope="number-input" data-part="root" dir="ltr" id="${id}" class="chakra-number-input__root">
    <label data-scope="number-input" data-part="label" dir="ltr" id="${id}:label" for="${id}:input" class="chakra-field__label">${label}</label>
    <div data-scope="number-input" data-part="control" dir="ltr" role="group" aria-disabled="false" class="chakra-number-input__control">
      <button data-scope="number-input" data-part="increment-trigger" dir="ltr" aria-label="increment value" type="button" tabindex="-1" aria-controls="${id}:input" class="chakra-number-input__incrementTrigger"><svg viewBox="0 0 24 24" aria-hidden="true"><path d="m18 15-6-6-6 6"></path></svg></button>
      <button data-scope="number-input" data-part="decrement-trigger" dir="ltr" aria-label="decrease value" type="button" tabindex="-1" aria-controls="${id}:input" class="chakra-number-input__decrementTrigger"><svg viewBox="0 0 24 24" aria-hidden="true"><path d="m6 9 6 6 6-6"></path></svg></button>
    </div>
    <input data-scope="number-input" data-part="input" dir="ltr" id="${id}:input" role="spinbutton" type="text" inputmode="decimal" pattern="[0-9]*(.[0-9]+)?" aria-roledescription="numberfield" aria-valuemin="-9007199254740991" aria-valuemax="9007199254740991" aria-valuenow="${value}" autocomplete="off" autocorrect="off" spellcheck="false" class="chakra-number-input__input" value="${value}">
  </div>`;
};
const radioGroup = (label: string, opts: string[], checked: string) => {
  const id = `radio-group:r${(n += 1)}:`;
  return `<div data-scope="radio-group" data-part="root" role="radiogroup" id="${id}" aria-labelledby="${id}:label" data-orientation="horizontal" dir="ltr" class="chakra-radio-group__root">
    <span data-scope="radio-group" data-part="label" dir="ltr" id="${id}:label" class="chakra-radio-group__label">${label}</span>
    ${opts.map((o) => `<label data-scope="radio-group" data-part="item" dir="ltr" id="${id}:radio:${o}" for="${id}:radio:input:${o}"${o === checked ? ' data-state="checked"' : ' data-state="unchecked"'} class="chakra-radio-group__item"><input id="${id}:radio:input:${o}" type="radio" name="${id}" value="${o.toLowerCase()}"${o === checked ? ' checked' : ''} style="${HID}"><span data-scope="radio-group" data-part="item-control" aria-hidden="true" class="chakra-radio-group__itemControl"></span><span data-scope="radio-group" data-part="item-text" dir="ltr" class="chakra-radio-group__itemText">${o}</span></label>`).join('')}
  </div>`;
};

describe('Chakra v3 / Ark Select', () => {
  it('reads frequency once from the trigger', () => {
    page(
      `<form>${select(
        'Frequency',
        [
          ['q4w', 'Every 4 weeks'],
          ['q8w', 'Every 8 weeks'],
        ],
        'q8w',
      )}</form>`,
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks' });
    expect(mapped()).toHaveLength(1);
  });
  it('reads an unchosen select as empty', () => {
    page(
      `<form>${select(
        'Place of service',
        [
          ['11', 'Physician office'],
          ['12', 'Home'],
        ],
        null,
      )}</form>`,
    );
    expect(read()).toEqual({ 'drug.placeOfService': '' });
  });
  it('weight NumberInput + unit Select', () => {
    page(
      `<form>${num('Weight', '154')}${select(
        'Unit',
        [
          ['kg', 'kg'],
          ['lb', 'lb'],
        ],
        'lb',
      )}</form>`,
    );
    expect(read()).toEqual({ 'patient.weight': '154', 'patient.weightUnit': 'lb' });
  });
});

describe('Chakra v3 / Ark Combobox', () => {
  it('reads drug name, and the toggle button is no field', () => {
    page(`<form>${combo('Drug name', 'Ilaris (canakinumab)')}${num('Dose', '150')}</form>`);
    expect(read()).toEqual({ 'drug.name': 'Ilaris (canakinumab)', 'drug.dose': '150' });
    expect(mapped()).toHaveLength(2);
  });
  it('reads prior therapy rows', () => {
    page(
      `<form><h3>Prior therapies</h3><ol><li>${combo('Medication', 'Colchicine')}${num('Dose', '0.6')}</li><li>${combo('Medication', 'Prednisone')}${num('Dose', '20')}</li></ol></form>`,
    );
    expect(read()).toEqual({
      'priorTherapies.0.drug': 'Colchicine',
      'priorTherapies.0.dose': '0.6',
      'priorTherapies.1.drug': 'Prednisone',
      'priorTherapies.1.dose': '20',
    });
  });
});

describe('Chakra v3 / Ark RadioGroup', () => {
  it('reads yes/no', () => {
    page(`<form>${radioGroup('Is NSAID use contraindicated?', ['Yes', 'No'], 'Yes')}</form>`);
    expect(read()).toEqual({ 'clinical.nsaidContraindicated': 'Yes' });
  });
});

describe('Chakra v3 / Ark hidden select in repeated fields', () => {
  it('primary and secondary ICD-10 Selects give two codes, not four', () => {
    const DX: [string, string][] = [
      ['M04.1', 'M04.1'],
      ['R50.9', 'R50.9'],
    ];
    page(`<form>${select('Primary ICD-10 code', DX, 'M04.1')}${select('Secondary ICD-10 code', DX, 'R50.9')}</form>`);
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1', 'diagnosis.codes.1': 'R50.9' });
  });
});
