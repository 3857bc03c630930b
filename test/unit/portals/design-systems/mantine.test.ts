import { describe, expect, it } from 'vitest';
import { collectFields } from '@/lib/dom/collect';
import { field, read, page } from '../read';

/**
 * Mantine v7 as it renders: Input.Wrapper (`<label for>` + `.mantine-Input-wrapper`), Select (a
 * readonly input with aria-haspopup="listbox", no role, and Combobox.HiddenInput after the
 * wrapper), MultiSelect (PillsInput: pills without a role in a Pill.Group before a plain
 * type=text input), NumberInput (react-number-format; a suffix is part of the input's value),
 * DateInput (an input) and DatePickerInput (PickerInputBase: a `<button>` showing the date,
 * aria-haspopup="dialog" from Popover.Target, HiddenDatesInput after), Radio.Group
 * (InputsGroupFieldset: role=radiogroup aria-labelledby a div label).
 */

let n = 0;
const mid = () => `mantine-r${(n += 1).toString(36)}`;

const chevron = `<svg width="15" height="15" viewBox="0 0 15 15" fill="none" xmlns="http://www.w3.org/2000/svg" data-combobox-chevron="true" class="m_2943220b mantine-ComboboxChevron-chevron" style="--combobox-chevron-size: var(--combobox-chevron-size-sm);"><path d="M4.93179 5.43179C4.75605 5.60753 4.75605 5.89245 4.93179 6.06819L7.18179 8.31819Z" fill="currentColor"></path></svg>`;

const wrapper = (kind: string, id: string, label: string, inner: string, opts: { required?: boolean; rightSection?: string } = {}) => `
  <div class="m_46b77525 mantine-InputWrapper-root mantine-${kind}-root">
    <label class="m_8fdc1311 mantine-InputWrapper-label mantine-${kind}-label" for="${id}" id="${id}-label">${label}${
      opts.required ? `<span class="m_78a94662 mantine-InputWrapper-required mantine-${kind}-required" aria-hidden="true"> *</span>` : ''
    }</label>
    <div class="m_6c018570 mantine-Input-wrapper mantine-${kind}-wrapper" data-variant="default"${opts.rightSection ? ' data-with-right-section="true"' : ''}>
      ${inner}
      ${opts.rightSection ? `<div data-position="right" class="m_82577fc2 mantine-Input-section mantine-${kind}-section">${opts.rightSection}</div>` : ''}
    </div>
  </div>`;

const textInput = (label: string, value: string, required = false) => {
  const id = mid();
  return wrapper(
    'TextInput',
    id,
    label,
    `<input class="m_8fb7ebe7 mantine-Input-input mantine-TextInput-input" data-variant="default" aria-invalid="false"${required ? ' required' : ''} id="${id}" value="${value}">`,
    { required },
  );
};

const select = (label: string, shown: string, name: string, value: string, opts: { searchable?: boolean; placeholder?: string } = {}) => {
  const id = mid();
  return `${wrapper(
    'Select',
    id,
    label,
    `<input class="m_8fb7ebe7 mantine-Input-input mantine-Select-input" data-variant="default" data-with-right-section="true"${opts.searchable ? '' : ' data-pointer="true" readonly'} aria-haspopup="listbox" autocomplete="off" aria-invalid="false" id="${id}"${opts.placeholder ? ` placeholder="${opts.placeholder}"` : ''} value="${shown}">`,
    { rightSection: chevron },
  )}<input type="hidden" name="${name}" value="${value}">`;
};

const pill = (text: string) =>
  `<div class="m_7cda1cd6 mantine-Pill-root mantine-MultiSelect-pill" data-with-remove="true" data-size="sm"><span class="m_44da308b mantine-Pill-label">${text}</span><button class="mantine-focus-auto m_86a44da5 mantine-CloseButton-root mantine-Pill-remove" data-variant="transparent" type="button" tabindex="-1" aria-hidden="true"><svg viewBox="0 0 15 15" fill="none" xmlns="http://www.w3.org/2000/svg" style="width: var(--cb-icon-size, 70%); height: var(--cb-icon-size, 70%);"><path d="M11.7816 4.03157Z" fill="currentColor"></path></svg></button></div>`;

const multiSelect = (label: string, values: string[], name: string, placeholder = '') => {
  const id = mid();
  return `${wrapper(
    'MultiSelect',
    id,
    label,
    `<div class="m_8fb7ebe7 mantine-Input-input mantine-MultiSelect-input" data-variant="default" data-multiline="true" data-with-right-section="true">
      <div class="m_1b7284a3 mantine-PillGroup-group mantine-MultiSelect-pillsList" data-size="sm">
        ${values.map(pill).join('')}
        <input class="m_45c4369d mantine-PillsInputField-field mantine-MultiSelect-inputField" data-type="visible" aria-haspopup="listbox" autocomplete="off" id="${id}" type="text"${placeholder ? ` placeholder="${placeholder}"` : ''} value="">
      </div>
    </div>`,
    { rightSection: chevron },
  )}<input type="hidden" name="${name}" value="${values.join(',')}">`;
};

const numberInput = (label: string, value: string) => {
  const id = mid();
  return wrapper(
    'NumberInput',
    id,
    label,
    `<input class="m_8fb7ebe7 mantine-Input-input mantine-NumberInput-input" data-variant="default" data-with-right-section="true" inputmode="numeric" type="text" autocomplete="off" aria-invalid="false" id="${id}" value="${value}">`,
    {
      rightSection: `<div class="m_95e17d22 mantine-NumberInput-controls"><button type="button" tabindex="-1" aria-hidden="true" class="m_80b4b171 mantine-NumberInput-control" data-direction="up"><svg viewBox="0 0 15 15"><path d="M3.13523 8.84197Z"></path></svg></button><button type="button" tabindex="-1" aria-hidden="true" class="m_80b4b171 mantine-NumberInput-control" data-direction="down"><svg viewBox="0 0 15 15"><path d="M3.13523 6.15803Z"></path></svg></button></div>`,
    },
  );
};

const dateInput = (label: string, shown: string, name: string, iso: string) => {
  const id = mid();
  return `${wrapper(
    'DateInput',
    id,
    label,
    `<input class="m_8fb7ebe7 mantine-Input-input mantine-DateInput-input" data-variant="default" aria-haspopup="dialog" aria-expanded="false" aria-invalid="false" id="${id}" value="${shown}">`,
  )}<input type="hidden" name="${name}" value="${iso}">`;
};

const datePickerInput = (label: string, shown: string, name: string, iso: string, placeholder = 'Pick date') => {
  const id = mid();
  return `${wrapper(
    'DatePickerInput',
    id,
    label,
    `<button class="mantine-focus-auto m_8fb7ebe7 mantine-Input-input mantine-DatePickerInput-input m_6fa5e2aa" data-variant="default" data-dates-input="true" type="button" aria-haspopup="dialog" aria-expanded="false" aria-invalid="false" id="${id}">${
      shown || `<span class="mantine-InputPlaceholder-placeholder mantine-DatePickerInput-placeholder">${placeholder}</span>`
    }</button>`,
  )}<input type="hidden" name="${name}" value="${iso}">`;
};

const radioGroup = (label: string, name: string, options: string[], checked: string) => {
  const id = mid();
  return `<div class="m_46b77525 mantine-InputWrapper-root mantine-RadioGroup-root">
    <div class="m_8fdc1311 mantine-InputWrapper-label mantine-RadioGroup-label" id="${id}-label">${label}</div>
    <div role="radiogroup" aria-labelledby="${id}-label">
      <div class="m_8bffd616 mantine-Group-root" style="--group-gap: var(--mantine-spacing-md);">
        ${options
          .map(
            (o, i) =>
              `<div class="m_f3f1af94 mantine-Radio-root"><div class="m_5f75b09e mantine-Radio-body"><div class="m_5f6e695e mantine-Radio-inner"><input class="mantine-focus-auto m_8a3dbb89 mantine-Radio-radio" type="radio" id="${id}-${i}" name="${name}" value="${o.toLowerCase()}"${o === checked ? ' checked' : ''}><svg viewBox="0 0 5 5" class="m_3e4da632 mantine-Radio-icon" aria-hidden="true"><circle cx="2.5" cy="2.5" r="2.5" fill="currentColor"></circle></svg></div><div class="m_d3ea56bb mantine-Radio-labelWrapper"><label class="m_8ee546b8 mantine-Radio-label" for="${id}-${i}">${o}</label></div></div></div>`,
          )
          .join('')}
      </div>
    </div></div>`;
};

describe('Mantine TextInput, NumberInput', () => {
  it('reads text inputs (with the required asterisk) and number inputs, a suffix included in the value', () => {
    page(`<form>
      ${textInput('Patient name', 'Jane Q Doe', true)}
      ${textInput('Member ID', 'U1234567801', true)}
      ${numberInput('Weight', '70 kg')}
      ${numberInput('NDC', '00078-0734-61')}
      ${numberInput('Billing units', '150')}</form>`);
    expect(read()).toEqual({
      'patient.name': 'Jane Q Doe',
      'patient.memberId': 'U1234567801',
      'patient.weight': '70 kg',
      'drug.ndc': '00078-0734-61',
      'drug.units': '150',
    });
    expect(field('patient.memberId')?.label).toBe('Member ID');
  });
});

describe('Mantine Select', () => {
  it('reads the frequency and a searchable drug Select by their shown labels, never their hidden inputs', () => {
    page(`<form>
      ${select('Frequency', 'Every 4 weeks', 'frequency', 'q4w')}
      ${select('Drug name', 'Ilaris (canakinumab)', 'drug', 'ilaris', { searchable: true })}</form>`);
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks', 'drug.name': 'Ilaris (canakinumab)' });
    expect(collectFields(document).fields).toHaveLength(2);
  });

  it('pairs a "Unit" Select with the weight beside it, not billing units', () => {
    page(`<form><div class="m_4081bf90 mantine-Group-root">
      ${numberInput('Weight', '154')}
      ${select('Unit', 'lb', 'weightUnit', 'lb')}</div></form>`);
    expect(read()).toEqual({ 'patient.weight': '154', 'patient.weightUnit': 'lb' });
  });

  it('pairs a "Unit" Select with the dose beside it', () => {
    page(`<form><div class="m_4081bf90 mantine-Group-root">
      ${numberInput('Dose', '150')}
      ${select('Unit', 'mg', 'doseUnit', 'mg')}</div></form>`);
    expect(read()).toEqual({ 'drug.dose': '150', 'drug.doseUnit': 'mg' });
  });
});

describe('Mantine MultiSelect', () => {
  it('reads the pills as the diagnosis codes', () => {
    page(`<form>${multiSelect('ICD-10 codes', ['M04.1', 'R50.9'], 'dx')}</form>`);
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, R50.9' });
  });

  it('reads a MultiSelect without pills as empty, not as its placeholder', () => {
    page(`<form>${multiSelect('ICD-10 codes', [], 'dx', 'Pick codes')}</form>`);
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });
});

describe('Mantine dates', () => {
  it('reads a DateInput by its shown date', () => {
    page(`<form>${dateInput('Date of birth', 'April 15, 1980', 'dob', '1980-04-15')}</form>`);
    expect(read()).toEqual({ 'patient.dob': 'April 15, 1980' });
  });

  it('reads a DatePickerInput (a button) by its shown date', () => {
    page(`<form><h3>C-reactive protein</h3>
      ${numberInput('CRP (mg/L)', '12.4')}
      ${datePickerInput('Date collected', 'April 15, 2026', 'crpDate', '2026-04-15')}</form>`);
    expect(read()).toEqual({ 'labs.crpValue': '12.4', 'labs.crpDate': 'April 15, 2026' });
  });

  it('reads an empty DatePickerInput as empty, not as its placeholder', () => {
    page(`<form>${datePickerInput('Date of service', '', 'dos', '')}</form>`);
    expect(read()).toEqual({ 'request.serviceDate': '' });
  });
});

describe('Mantine Radio.Group', () => {
  it('reads a yes/no group named by its div label through aria-labelledby', () => {
    page(`<form>${radioGroup('Is the patient continuing colchicine?', 'colch', ['Yes', 'No'], 'Yes')}</form>`);
    expect(read()).toEqual({ 'clinical.colchicineContinuing': 'Yes' });
  });
});
