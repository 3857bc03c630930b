import { describe, expect, it } from 'vitest';
import { page, read, normalized } from '../read';

/**
 * PrimeVue 4 (styled mode, data-pc-*): Select = `div.p-select` with `span.p-select-label[role=combobox]`
 * (id = inputId, aria-label = the chosen text) and an svg dropdown icon; MultiSelect display="chip" =
 * a visually hidden readonly combobox input + `div.p-multiselect-label` of p-chip items (label +
 * remove icon svg); DatePicker = `input.p-datepicker-input[role=combobox][aria-haspopup=dialog]` +
 * a "Choose Date" button; InputNumber = `input.p-inputnumber-input[role=spinbutton]` whose value
 * includes its suffix ("70 kg"). Labels are `<label for=inputId>` in FloatLabel/IftaLabel or a div.
 */
const wrap = (id: string, label: string, control: string) =>
  `<div class="flex flex-col gap-2"><label for="${id}">${label}</label>${control}</div>`;
const select = (id: string, label: string, shown: string | null, ph = 'Select') =>
  wrap(
    id,
    label,
    `<div class="p-select p-component p-inputwrapper${shown ? ' p-inputwrapper-filled' : ''}" data-pc-name="select" data-pc-section="root" id="pv_id_${id}">
    <span id="${id}" class="p-select-label${shown ? '' : ' p-placeholder'}" tabindex="0" role="combobox" aria-label="${shown ?? ph}" aria-haspopup="listbox" aria-expanded="false" aria-controls="pv_id_${id}_list" aria-disabled="false" data-pc-section="label">${shown ?? ph}</span>
    <div class="p-select-dropdown" data-pc-section="dropdown"><svg width="14" height="14" viewBox="0 0 14 14" fill="none" xmlns="http://www.w3.org/2000/svg" class="p-icon p-select-dropdown-icon" aria-hidden="true" data-pc-section="dropdownicon"><path d="M7.01744 10.398"></path></svg></div>
  </div>`,
  );
const inputNumber = (id: string, label: string, shown: string, now: string) =>
  wrap(
    id,
    label,
    `<span class="p-inputnumber p-component p-inputwrapper p-inputwrapper-filled" data-pc-name="inputnumber" data-pc-section="root"><input type="text" class="p-inputtext p-component p-filled p-inputnumber-input" role="spinbutton" id="${id}" aria-valuemin="0" aria-valuenow="${now}" inputmode="decimal" data-pc-name="pcinputtext" data-pc-extend="inputtext" data-pc-section="root" value="${shown}"></span>`,
  );
const datePicker = (id: string, label: string, shown: string) =>
  wrap(
    id,
    label,
    `<span class="p-datepicker p-component p-inputwrapper p-inputwrapper-filled" data-pc-name="datepicker" data-pc-section="root"><input type="text" id="${id}" role="combobox" class="p-inputtext p-component p-filled p-datepicker-input" autocomplete="off" aria-autocomplete="none" aria-haspopup="dialog" aria-expanded="false" aria-controls="pv_id_${id}_panel" inputmode="none" data-pc-name="pcinputtext" data-pc-section="root" value="${shown}"><button class="p-button p-component p-button-icon-only p-datepicker-dropdown" type="button" aria-label="Choose Date" aria-haspopup="dialog" aria-expanded="false" aria-controls="pv_id_${id}_panel" data-pc-name="pcdropdown" data-pc-section="root"><svg width="14" height="14" class="p-icon p-button-icon" aria-hidden="true" data-pc-section="icon"><path d="M10.7838"></path></svg><span class="p-button-label" data-pc-section="label">&nbsp;</span></button></span>`,
  );
const multi = (id: string, label: string, chips: string[]) =>
  wrap(
    id,
    label,
    `<div class="p-multiselect p-component p-inputwrapper p-inputwrapper-filled p-multiselect-display-chip" data-pc-name="multiselect" data-pc-section="root" id="pv_id_${id}">
    <div class="p-hidden-accessible" data-p-hidden-accessible="true" data-pc-section="hiddeninputcontainer"><input id="${id}" readonly type="text" role="combobox" tabindex="0" aria-expanded="false" aria-haspopup="listbox" aria-controls="pv_id_${id}_list" data-pc-section="hiddeninput"></div>
    <div class="p-multiselect-label-container" data-pc-section="labelcontainer"><div class="p-multiselect-label" data-pc-section="label">${chips
      .map(
        (c) =>
          `<div class="p-multiselect-chip-item" data-pc-section="chipitem"><div class="p-chip p-component p-multiselect-chip" data-pc-name="pcchip" data-pc-section="root"><div class="p-chip-label" data-pc-section="label">${c}</div><svg width="14" height="14" viewBox="0 0 14 14" class="p-icon p-chip-remove-icon" aria-hidden="true" data-pc-section="removeicon"><path d="M7 0"></path></svg></div></div>`,
      )
      .join('')}</div></div>
    <div class="p-multiselect-dropdown" data-pc-section="dropdown"><svg class="p-icon p-multiselect-dropdown-icon" aria-hidden="true" data-pc-section="dropdownicon"><path d="M7.01744"></path></svg></div>
  </div>`,
  );

describe('PrimeVue 4 Select', () => {
  it('reads frequency and place of service', () => {
    page(`<form>${select('freq', 'Frequency', 'Every 8 weeks')}${select('pos', 'Place of service', null, 'Select a place')}</form>`);
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'drug.placeOfService': '' });
  });
  it('reads a weight unit Select beside InputNumber', () => {
    page(`<form>${inputNumber('weight', 'Weight', '154', '154')}${select('wu', 'Unit', 'lb')}</form>`);
    expect(read()).toEqual({ 'patient.weight': '154', 'patient.weightUnit': 'lb' });
  });
});

describe('PrimeVue 4 InputNumber', () => {
  it('reads a dose with a suffix in the value whole, and the request gets 150 mg', () => {
    page(`<form>${inputNumber('dose', 'Dose', '150 mg', '150')}</form>`);
    expect(read()).toEqual({ 'drug.dose': '150 mg' });
    expect(normalized().drug.dose?.value).toEqual({ amount: 150, unit: 'mg' });
  });
});

describe('PrimeVue 4 MultiSelect chips', () => {
  it('reads diagnosis codes from chips', () => {
    page(`<form>${multi('dx', 'Diagnosis codes', ['M04.1', 'R50.9'])}</form>`);
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, R50.9' });
  });
});

describe('PrimeVue 4 DatePicker', () => {
  it('reads the CRP date and value', () => {
    page(`<form><h3>CRP</h3>${inputNumber('crp', 'Result', '12.5', '12.5')}${datePicker('crpd', 'Date collected', '03/14/2026')}</form>`);
    expect(read()).toEqual({ 'labs.crpValue': '12.5', 'labs.crpDate': '03/14/2026' });
  });
});
