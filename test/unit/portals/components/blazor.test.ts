import { describe, expect, it } from 'vitest';
import { field, read, page } from '../read';

/**
 * MudBlazor 6/7: MudTextField = `.mud-input-control > .mud-input-control-input-container >
 * .mud-input > input.mud-input-slot` + end adornment `div.mud-input-adornment-end > p` (text) and
 * the `label.mud-input-label[for]` AFTER the input box. MudSelect = the same with a readonly input
 * holding the chosen text (multi: comma-joined) and an arrow svg adornment; MudDatePicker = a
 * readonly MudTextField with a calendar icon button. Radzen: `label.rz-label[for]` +
 * `input.rz-textbox`; RadzenDropDown = `div.rz-dropdown[id]` with a visually hidden readonly input
 * (aria-haspopup=listbox, aria-label = shown text) and `span.rz-dropdown-label` showing the choice.
 */
let n = 0;
const mud = (label: string, value: string, opts: { unit?: string; select?: boolean; date?: boolean } = {}) => {
  const id = `mudinput-${(n += 1).toString(16)}-7f3a`;
  const adorned = opts.unit || opts.select || opts.date;
  return `<div class="mud-input-control mud-input-input-control${opts.select ? ' mud-select' : ''}">
    <div class="mud-input-control-input-container">
      <div class="mud-input mud-input-outlined${adorned ? ' mud-input-adorned-end' : ''}${value ? ' mud-shrink' : ''}${opts.select ? ' mud-select-input' : ''}">
        <input class="mud-input-slot mud-input-root mud-input-root-outlined${adorned ? ' mud-input-root-adorned-end' : ''}${opts.select ? ' mud-select-input' : ''}" type="text"${opts.select || opts.date ? ' readonly="readonly"' : ''} inputmode="text" placeholder="" aria-invalid="false" id="${id}" value="${value}" _bl_${n}="">
        <div class="mud-input-slot mud-input-root mud-input-root-outlined" style="display:none" tabindex="-1"></div>
        ${opts.unit ? `<div class="mud-input-adornment mud-input-adornment-end mud-text"><p class="mud-typography mud-typography-body1">${opts.unit}</p></div>` : ''}
        ${opts.select ? `<div class="mud-input-adornment mud-input-adornment-end"><svg class="mud-icon-root mud-svg-icon mud-icon-default mud-icon-size-medium mud-select-input" focusable="false" viewBox="0 0 24 24" aria-hidden="true"><path d="M7 10l5 5 5-5z"></path></svg></div>` : ''}
        ${opts.date ? `<div class="mud-input-adornment mud-input-adornment-end"><button type="button" class="mud-button-root mud-icon-button mud-ripple mud-ripple-icon mud-input-adornment-icon-button mud-edge-end" aria-label="Open" tabindex="-1"><span class="mud-icon-button-label"><svg class="mud-icon-root mud-svg-icon mud-icon-size-medium" focusable="false" viewBox="0 0 24 24" aria-hidden="true"><path d="M19 4h-1V2h-2v2H8"></path></svg></span></button></div>` : ''}
        <div class="mud-input-outlined-border"></div>
      </div>
      <label class="mud-input-label mud-input-label-animated mud-input-label-outlined mud-input-label-inputcontrol" for="${id}">${label}</label>
    </div>
  </div>`.replace(/>\s+</g, '><'); // Razor drops insignificant whitespace (.NET 5+)
};

describe('MudBlazor', () => {
  it('reads weight with its end adornment unit', () => {
    page(`<form>${mud('Weight', '70', { unit: 'kg' })}${mud('Prescriber NPI', '1234567893')}</form>`);
    expect(read()).toEqual({ 'patient.weight': '70', 'prescriber.npi': '1234567893' });
    expect(field('patient.weight')?.impliedUnit).toEqual({ path: 'patient.weightUnit', unit: 'kg' });
  });
  it('reads MudSelect frequency and a dose unit select', () => {
    page(
      `<form>${mud('Dose', '150')}${mud('Dose unit', 'mg', { select: true })}${mud('Frequency', 'Every 8 weeks', { select: true })}</form>`,
    );
    expect(read()).toEqual({ 'drug.dose': '150', 'drug.doseUnit': 'mg', 'drug.frequency': 'Every 8 weeks' });
  });
  it('reads a multi-selection MudSelect of diagnosis codes', () => {
    page(`<form>${mud('Diagnosis codes (ICD-10)', 'M04.1, R50.9', { select: true })}</form>`);
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, R50.9' });
  });
  it('reads MudDatePicker CRP date in a CRP block', () => {
    page(
      `<form><h6 class="mud-typography mud-typography-h6">C-reactive protein (CRP)</h6>${mud('Result', '12.5', { unit: 'mg/L' })}${mud('Date collected', '03/14/2026', { date: true })}</form>`,
    );
    expect(read()).toEqual({ 'labs.crpValue': '12.5', 'labs.crpDate': '03/14/2026' });
    expect(field('labs.crpValue')?.impliedUnit).toEqual({ path: 'labs.crpUnit', unit: 'mg/L' });
  });
  it('reads a MudRadioGroup yes/no', () => {
    const r = (v: string, on: boolean) =>
      `<label class="mud-radio mud-disabled-false"><span tabindex="-1" class="mud-button-root mud-icon-button mud-ripple mud-ripple-radio mud-radio-button${on ? ' mud-checked' : ''}"><input tabindex="0" class="mud-radio-input" type="radio" name="radiogroup-abc${n}" value="${v}"${on ? ' checked' : ''}><svg class="mud-icon-root mud-svg-icon mud-icon-size-medium" focusable="false" viewBox="0 0 24 24" aria-hidden="true"><path d="M12 2"></path></svg></span><p class="mud-typography mud-typography-body1">${v}</p></label>`;
    page(
      `<form><p class="mud-typography mud-typography-body1">Is the patient continuing colchicine?</p><div class="mud-input-control mud-input-input-control"><div class="mud-input-control-input-container"><div role="radiogroup" class="mud-radio-group">${r('Yes', true)}${r('No', false)}</div></div></div></form>`,
    );
    expect(read()).toEqual({ 'clinical.colchicineContinuing': 'Yes' });
  });
});

describe('indented server markup (any server template)', () => {
  it('a unit adornment after an input, with indentation whitespace between, is still the unit', () => {
    page(`<form>
      <div class="input-wrap">
        <label for="w">Weight</label>
        <input type="text" id="w" value="70">
        <div class="hidden-slot" style="display:none"></div>
        <div class="adornment adornment-end">
          <p>kg</p>
        </div>
        <div class="border"></div>
      </div>
    </form>`);
    expect(read()).toEqual({ 'patient.weight': '70' });
    expect(field('patient.weight')?.impliedUnit).toEqual({ path: 'patient.weightUnit', unit: 'kg' });
  });
});

describe('Radzen', () => {
  const dropdown = (id: string, label: string, shown: string, items: string[]) => `
    <div class="rz-form-field"><label class="rz-label" for="${id}">${label}</label>
    <div class="rz-dropdown valid" id="${id}" tabindex="-1" style="width: 100%">
      <div class="rz-helper-hidden-accessible"><input tabindex="0" aria-haspopup="listbox" readonly type="text" aria-label="${shown}" aria-expanded="false" name="${id}"></div>
      <span class="rz-dropdown-label rz-inputtext">${shown}</span>
      <div class="rz-dropdown-trigger rz-corner-right"><span class="notranslate rz-dropdown-trigger-icon rzi rzi-chevron-down"></span></div>
      <div id="popup-${id}" class="rz-dropdown-panel" style="display:none; box-sizing: border-box"><div class="rz-dropdown-items-wrapper" style="max-height:200px;overflow-x:hidden"><ul class="rz-dropdown-items rz-dropdown-list" role="listbox">${items
        .map((i) => `<li role="option" class="rz-dropdown-item" aria-label="${i}"><span>${i}</span></li>`)
        .join('')}</ul></div></div>
    </div></div>`;
  it('reads textbox and numeric', () => {
    page(`<form><div class="rz-form-field"><label class="rz-label" for="npi">Prescriber NPI</label><input type="text" class="rz-textbox valid" id="npi" name="npi" value="1234567893"></div>
      <div class="rz-form-field"><label class="rz-label" for="weight">Weight (kg)</label><span class="rz-numeric rz-spinner valid" id="weight"><input type="text" inputmode="decimal" class="rz-numeric-input rz-inputtext" name="weight" value="70"><button class="rz-numeric-button rz-numeric-up" type="button" tabindex="-1"><span class="rz-numeric-button-icon rzi rzi-chevron-up"></span></button><button class="rz-numeric-button rz-numeric-down" type="button" tabindex="-1"><span class="rz-numeric-button-icon rzi rzi-chevron-down"></span></button></span></div></form>`);
    expect(read()).toEqual({ 'prescriber.npi': '1234567893', 'patient.weight': '70' });
  });
  it('reads a RadzenDropDown frequency by its shown label', () => {
    page(`<form>${dropdown('freq', 'Frequency', 'Every 8 weeks', ['Every 4 weeks', 'Every 8 weeks'])}</form>`);
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks' });
  });
  it('reads a dose unit RadzenDropDown beside dose', () => {
    page(
      `<form><div class="rz-form-field"><label class="rz-label" for="dose">Dose</label><input type="text" class="rz-textbox" id="dose" value="150"></div>${dropdown('doseunit', 'Dose unit', 'mg', ['mg', 'mg/kg'])}</form>`,
    );
    expect(read()).toEqual({ 'drug.dose': '150', 'drug.doseUnit': 'mg' });
  });
});
