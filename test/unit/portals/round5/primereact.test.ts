import { describe, expect, it } from 'vitest';
import { field, page, read, normalized, units } from '../read';
import { ILARIS, noDuplicatePaths, nothingFrom } from './request';

/**
 * PrimeReact 10 (styled mode, `data-pc-*` pass-through attributes), as components/lib renders:
 * - Dropdown (Dropdown.js): `div.p-dropdown.p-inputwrapper[data-pc-name=dropdown]` holding the
 *   keyboard helper `div.p-hidden-accessible > input[type=text][readonly][aria-haspopup=listbox]
 *   #<inputId>` (value = the chosen label; no role), then the hidden-select message
 *   `div.p-hidden-accessible.p-dropdown-hidden-select > select[tabindex=-1]` with one option
 *   (the chosen value and label, or "" and the placeholder), then `span.p-dropdown-label.p-inputtext`
 *   showing the label (`p-placeholder` + the placeholder when empty), then
 *   `div.p-dropdown-trigger[role=button][aria-haspopup=listbox][aria-label=<placeholder>]`.
 *   The panel is appended to the body only while open.
 * - AutoComplete multiple (AutoComplete.js): `span.p-autocomplete.p-autocomplete-multiple >
 *   ul.p-autocomplete-multiple-container.p-inputtext > li.p-autocomplete-token.p-highlight`
 *   (`span.p-autocomplete-token-label` + `svg.p-autocomplete-token-icon[aria-label=Clear]
 *   [tabindex=0]`) … `li.p-autocomplete-input-token > input[role=combobox]#<inputId>`.
 * - Calendar (Calendar.js): `span.p-calendar.p-calendar-w-btn > input.p-inputtext[role=combobox]
 *   [aria-haspopup=dialog]#<inputId>` + `button.p-datepicker-trigger[aria-haspopup=dialog]
 *   [aria-label="Choose Date"]` (a calendar svg and an empty `span.p-button-label`).
 * - InputNumber (InputNumber.js): `span.p-inputnumber > input.p-inputnumber-input[role=spinbutton]
 *   [aria-valuenow]` whose value carries the `suffix` prop (" kg") as formatted text.
 * - InputText + `label[htmlFor]` in `div.field` / `div.flex.flex-column.gap-2` (PrimeFlex), a unit
 *   in `div.p-inputgroup > span.p-inputgroup-addon`.
 */

const pc = (name: string) => `data-pc-name="${name}" data-pc-section="root"`;

const text = (id: string, label: string, value: string, help = '') =>
  `<div class="flex flex-column gap-2"><label for="${id}">${label}</label><input id="${id}" class="p-inputtext p-component${value ? ' p-filled' : ''}" ${pc('inputtext')} value="${value}">${help ? `<small id="${id}-help">${help}</small>` : ''}</div>`;

const withAddon = (id: string, label: string, value: string, addon: string) =>
  `<div class="flex flex-column gap-2"><label for="${id}">${label}</label><div class="p-inputgroup flex-1"><input id="${id}" class="p-inputtext p-component p-filled" ${pc('inputtext')} value="${value}"><span class="p-inputgroup-addon">${addon}</span></div></div>`;

const chevron = `<svg width="14" height="14" viewBox="0 0 14 14" fill="none" xmlns="http://www.w3.org/2000/svg" class="p-icon p-dropdown-trigger-icon p-clickable" aria-hidden="true" data-pc-section="dropdownicon"><path d="M7.01744 10.398z" fill="currentColor"></path></svg>`;

const dropdown = (id: string, label: string, chosen: [string, string] | null, placeholder: string) =>
  `<div class="flex flex-column gap-2"><label for="${id}">${label}</label>
    <div class="p-dropdown p-component p-inputwrapper${chosen ? ' p-inputwrapper-filled' : ''}" ${pc('dropdown')}>
      <div class="p-hidden-accessible" data-pc-section="hiddenselectedmessage"><input id="${id}" type="text" readonly="" aria-haspopup="listbox" tabindex="0" data-pc-section="input" value="${chosen ? chosen[1] : ''}"></div>
      <div class="p-hidden-accessible p-dropdown-hidden-select" data-pc-section="hiddenselectedmessage"><select tabindex="-1" data-pc-section="select"><option value="${chosen ? chosen[0] : ''}" data-pc-section="option" selected>${chosen ? chosen[1] : placeholder}</option></select></div>
      <span class="p-dropdown-label p-inputtext${chosen ? '' : ' p-placeholder'}" tabindex="-1" data-pc-section="input">${chosen ? chosen[1] : placeholder}</span>
      <div class="p-dropdown-trigger" role="button" aria-haspopup="listbox" aria-expanded="false" aria-label="${placeholder}" data-pc-section="trigger">${chevron}</div>
    </div></div>`;

const timesCircle = (value: string) =>
  `<svg width="14" height="14" viewBox="0 0 14 14" fill="none" xmlns="http://www.w3.org/2000/svg" class="p-icon p-autocomplete-token-icon" tabindex="0" aria-label="Clear" data-pc-section="removetokenicon" data-value="${value}"><path fill-rule="evenodd" clip-rule="evenodd" d="M7 14z" fill="currentColor"></path></svg>`;

const autoCompleteMultiple = (id: string, label: string, tokens: string[]) =>
  `<div class="flex flex-column gap-2"><label for="${id}">${label}</label>
    <span class="p-autocomplete p-component p-inputwrapper p-autocomplete-multiple${tokens.length ? ' p-inputwrapper-filled' : ''}" ${pc('autocomplete')}>
      <ul class="p-autocomplete-multiple-container p-component p-inputtext" data-pc-section="container">
        ${tokens.map((t) => `<li class="p-autocomplete-token p-highlight" data-pc-section="token"><span class="p-autocomplete-token-label" data-pc-section="tokenlabel">${t}</span>${timesCircle(t)}</li>`).join('')}
        <li class="p-autocomplete-input-token" data-pc-section="inputtoken"><input id="${id}" aria-autocomplete="list" aria-expanded="false" aria-haspopup="listbox" autocomplete="off" role="combobox" type="text" data-pc-section="input" value=""></li>
      </ul>
    </span></div>`;

const calendar = (id: string, label: string, value: string) =>
  `<div class="flex flex-column gap-2"><label for="${id}">${label}</label>
    <span class="p-calendar p-component p-inputwrapper p-calendar-w-btn${value ? ' p-inputwrapper-filled' : ''}" ${pc('calendar')}>
      <input id="${id}" type="text" role="combobox" class="p-inputtext p-component${value ? ' p-filled' : ''}" autocomplete="off" aria-autocomplete="none" aria-haspopup="dialog" aria-expanded="false" inputmode="none" placeholder="mm/dd/yyyy" data-pc-name="inputtext" data-pc-section="root" value="${value}">
      <button type="button" tabindex="-1" aria-haspopup="dialog" aria-label="Choose Date" aria-expanded="false" class="p-button p-component p-datepicker-trigger p-button-icon-only" data-pc-name="button" data-pc-section="root"><svg width="14" height="14" viewBox="0 0 14 14" fill="none" xmlns="http://www.w3.org/2000/svg" class="p-icon p-button-icon p-c" aria-hidden="true" data-pc-section="icon"><path d="M10.7838 1.51351z" fill="currentColor"></path></svg><span class="p-button-label p-c" data-pc-section="label">&nbsp;</span></button>
    </span></div>`;

const inputNumber = (id: string, label: string, value: string, suffix: string) =>
  `<div class="flex flex-column gap-2"><label for="${id}">${label}</label>
    <span class="p-inputnumber p-component p-inputwrapper p-inputwrapper-filled" ${pc('inputnumber')}>
      <input id="${id}" role="spinbutton" class="p-inputtext p-component p-filled p-inputnumber-input" aria-valuenow="${value}" inputmode="numeric" data-pc-name="inputtext" data-pc-section="input" value="${value}${suffix}">
    </span></div>`;

describe('PrimeReact 10 form: InputText, InputGroup addon, Calendar, Dropdown, AutoComplete multiple', () => {
  it('reads the request, the CRP unit from its addon, and nothing from the Calendar buttons', () => {
    page(`<form class="p-fluid">
      <h3>Member</h3>
      ${text('memberId', 'Member ID', ILARIS['patient.memberId'])}
      ${calendar('dob', 'Date of birth', ILARIS['patient.dob'])}
      ${withAddon('weight', 'Weight', '72', 'kg')}
      <h3>Diagnosis</h3>
      ${autoCompleteMultiple('icd', 'ICD-10 codes', ['M04.1', 'M06.1'])}
      <h3>Medication</h3>
      ${text('drug', 'Drug name', ILARIS['drug.name'])}
      ${text('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}
      ${text('ndc', 'NDC', ILARIS['drug.ndc'], '11-digit NDC, 5-4-2')}
      ${withAddon('dose', 'Dose', '150', 'mg')}
      ${text('units', 'Billing units', ILARIS['drug.units'])}
      ${dropdown('pos', 'Place of service', ['11', '11 - Office'], 'Select a place of service')}
      <h3>Labs</h3>
      ${withAddon('crp', 'CRP', '24', 'mg/L')}
      ${calendar('crpDate', 'CRP collection date', ILARIS['labs.crpDate'])}
      <h3>Prescriber</h3>
      ${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}
    </form>`);
    expect(read()).toEqual({ ...ILARIS, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.placeOfService': '11 - Office' });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    nothingFrom('.p-datepicker-trigger');
    noDuplicatePaths();
  });
});

describe('PrimeReact 10 Dropdown', () => {
  it('reads a Dropdown once, by its label, not again from its hidden select', () => {
    page(
      `<form>${dropdown('freq', 'Frequency', ['q4w', 'Every 4 weeks'], 'Select a frequency')}${dropdown('pos', 'Place of service', ['11', '11 - Office'], 'Select a place of service')}</form>`,
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks', 'drug.placeOfService': '11 - Office' });
    nothingFrom('.p-dropdown-hidden-select');
    noDuplicatePaths();
  });

  it('reads an empty Dropdown as empty, not its placeholder (shown in the label and in the hidden option)', () => {
    page(`<form>${dropdown('pos', 'Place of service', null, 'Select a place of service')}</form>`);
    expect(read()).toEqual({ 'drug.placeOfService': '' });
  });

  it('pairs a weight-unit Dropdown with the weight beside it', () => {
    page(`<form><div class="formgrid grid">
      <div class="field col-8">${text('weight', 'Weight', '158')}</div>
      <div class="field col-4">${dropdown('weightUnit', 'Unit', ['lb', 'lb'], 'Unit')}</div></div></form>`);
    expect(read()).toEqual({ 'patient.weight': '158', 'patient.weightUnit': 'lb' });
  });
});

describe('PrimeReact 10 AutoComplete multiple', () => {
  it('reads the tokens without the "Clear" icons, and an empty one as empty', () => {
    page(`<form>${autoCompleteMultiple('icd', 'ICD-10 codes', ['M04.1', 'M06.1'])}</form>`);
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    page(`<form>${autoCompleteMultiple('icd', 'ICD-10 codes', [])}</form>`);
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });
});

describe('PrimeReact 10 InputNumber with a suffix', () => {
  // the suffix is part of the InputNumber's formatted value (as in PrimeVue): read whole
  it('reads weight "72 kg" from an InputNumber with the suffix " kg", and the request gets 72 kg', () => {
    page(`<form>${inputNumber('weight', 'Weight', '72', ' kg')}${inputNumber('dose', 'Dose', '150', ' mg')}</form>`);
    expect(read()).toEqual({ 'patient.weight': '72 kg', 'drug.dose': '150 mg' });
    expect(normalized().patient.weight?.value).toEqual({ amount: 72, unit: 'kg' });
    expect(normalized().drug.dose?.value).toEqual({ amount: 150, unit: 'mg' });
  });
});

describe('PrimeReact 10 Calendar', () => {
  it('reads an empty Calendar as empty, not its "mm/dd/yyyy" placeholder', () => {
    page(`<form>${calendar('dob', 'Date of birth', '')}</form>`);
    expect(read()).toEqual({ 'patient.dob': '' });
    expect(field('patient.dob')?.label).toBe('Date of birth');
  });
});
