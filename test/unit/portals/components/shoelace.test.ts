import { describe, expect, it } from 'vitest';
import { field, read, page } from '../read';
import { shadow } from './shadow';

/**
 * Shoelace 2 (Web Awesome alike): sl-input renders in its shadow root
 * `.form-control > label.form-control__label[for=input] > slot[name=label]` (fallback text = the
 * `label` attribute), `input#input.input__control`, `slot[name=suffix]`; sl-select renders a label
 * `#label`, a readonly `input.select__display-input[role=combobox][aria-labelledby=label]` showing
 * the chosen option's text (multiple: sl-tags + "N options selected"), and an aria-hidden
 * `input.select__value-input` holding the values; options are light-DOM sl-option. sl-radio-group is
 * a `fieldset[role=radiogroup][aria-labelledby=label]` whose radios are light-DOM sl-radio hosts with
 * role=radio and aria-checked, plus a hidden validation text input.
 */

const slInput = (el: Element) => `
  <div part="form-control" class="form-control form-control--medium form-control--has-label">
    <label part="form-control-label" class="form-control__label" for="input" aria-hidden="false"><slot name="label">${el.getAttribute('label') ?? ''}</slot></label>
    <div part="form-control-input" class="form-control-input">
      <div part="base" class="input input--medium input--standard">
        <span part="prefix" class="input__prefix"><slot name="prefix"></slot></span>
        <input part="input" id="input" class="input__control" type="${el.getAttribute('type') ?? 'text'}" name="${el.getAttribute('name') ?? ''}" aria-describedby="help-text" value="${el.getAttribute('value') ?? ''}">
        <span part="suffix" class="input__suffix"><slot name="suffix"></slot></span>
      </div>
    </div>
    <div part="form-control-help-text" id="help-text" class="form-control__help-text" aria-hidden="true"><slot name="help-text">${el.getAttribute('help-text') ?? ''}</slot></div>
  </div>`;

const slSelect = (el: Element) => {
  const opts = Array.from(el.querySelectorAll('sl-option'));
  const chosen = (el.getAttribute('value') ?? '').split(' ').filter(Boolean);
  const picked = opts.filter((o) => chosen.includes(o.getAttribute('value') ?? ''));
  const multiple = el.hasAttribute('multiple');
  const display = multiple ? (picked.length ? `${picked.length} options selected` : '') : (picked[0]?.textContent ?? '');
  return `<div part="form-control" class="form-control form-control--medium form-control--has-label">
    <label id="label" part="form-control-label" class="form-control__label" aria-hidden="false"><slot name="label">${el.getAttribute('label') ?? ''}</slot></label>
    <div part="form-control-input" class="form-control-input">
      <sl-popup class="select select--standard select--medium" placement="bottom-start" strategy="absolute" flip shift sync="width" auto-size="vertical" auto-size-padding="10">
        <div part="combobox" class="select__combobox" slot="anchor">
          <slot part="prefix" name="prefix" class="select__prefix"></slot>
          <input part="display-input" class="select__display-input" type="text" placeholder="${el.getAttribute('placeholder') ?? 'Select...'}" readonly aria-controls="listbox" aria-expanded="false" aria-haspopup="listbox" aria-labelledby="label" aria-disabled="false" aria-describedby="help-text" role="combobox" tabindex="0" value="${display}">
          ${multiple ? `<div part="tags" class="select__tags">${picked.map((o) => `<sl-tag part="tag" exportparts="base:tag__base,content:tag__content,remove-button:tag__remove-button" variant="neutral" size="medium" removable>${o.textContent}</sl-tag>`).join('')}</div>` : ''}
          <input class="select__value-input" type="text" tabindex="-1" aria-hidden="true" value="${chosen.join(', ')}">
          <slot name="expand-icon" part="expand-icon" class="select__expand-icon"><sl-icon library="system" name="chevron-down" aria-hidden="true"></sl-icon></slot>
        </div>
        <div id="listbox" role="listbox" aria-expanded="false" aria-multiselectable="${multiple}" aria-labelledby="label" part="listbox" class="select__listbox" tabindex="-1"><slot></slot></div>
      </sl-popup>
    </div>
    <div part="form-control-help-text" id="help-text" class="form-control__help-text" aria-hidden="true"><slot name="help-text"></slot></div>
  </div>`;
};

const slRadioGroup = (el: Element) => `
  <fieldset part="form-control" class="form-control form-control--medium form-control--radio-group form-control--has-label" role="radiogroup" aria-labelledby="label" aria-describedby="help-text" aria-errormessage="error-message">
    <label part="form-control-label" id="label" class="form-control__label" aria-hidden="false"><slot name="label">${el.getAttribute('label') ?? ''}</slot></label>
    <div part="form-control-input" class="form-control-input">
      <div class="visually-hidden"><div id="error-message" aria-live="assertive"></div><label class="radio-group__validation"><input type="text" class="radio-group__validation-input" tabindex="-1" hidden></label></div>
      <slot></slot>
    </div>
    <div part="form-control-help-text" id="help-text" class="form-control__help-text" aria-hidden="true"><slot name="help-text"></slot></div>
  </fieldset>`;

const slRadio = () =>
  `<span part="base" class="radio"><span part="control" class="radio__control"></span><slot part="label" class="radio__label"></slot></span>`;
const slOption = () =>
  `<div part="base" class="option"><span part="checked-icon" class="option__check"></span><slot part="prefix" name="prefix" class="option__prefix"></slot><slot part="label" class="option__label"></slot></div>`;

function render(html: string) {
  page(html);
  shadow(document, 'sl-input', slInput);
  shadow(document, 'sl-select', slSelect);
  shadow(document, 'sl-radio-group', slRadioGroup);
  shadow(document, 'sl-radio', slRadio);
  shadow(document, 'sl-option', slOption);
}

const radio = (v: string, checked: boolean) =>
  `<sl-radio value="${v.toLowerCase()}" role="radio" aria-checked="${checked}" aria-disabled="false" tabindex="${checked ? 0 : -1}"${checked ? ' checked' : ''}>${v}</sl-radio>`;

describe('Shoelace sl-input', () => {
  it('reads weight and NPI labelled by the label attribute', () => {
    render(
      `<form><sl-input label="Weight" type="number" name="weight" value="70"></sl-input><sl-input label="Prescriber NPI" name="npi" value="1234567893"></sl-input></form>`,
    );
    expect(read()).toEqual({ 'patient.weight': '70', 'prescriber.npi': '1234567893' });
  });
  it('reads a slotted label and suffix unit', () => {
    render(
      `<form><sl-input type="number" name="dose" value="150"><span slot="label">Dose</span><span slot="suffix">mg</span></sl-input></form>`,
    );
    expect(read()).toEqual({ 'drug.dose': '150' });
    expect(field('drug.dose')?.impliedUnit).toEqual({ path: 'drug.doseUnit', unit: 'mg' });
  });
  it('help text is no part of the label', () => {
    render(`<form><sl-input label="Drug name" help-text="Weight-based dosing applies" value="Ilaris"></sl-input></form>`);
    expect(read()).toEqual({ 'drug.name': 'Ilaris' });
  });
});

describe('Shoelace sl-select', () => {
  it('reads the frequency by its shown text, once', () => {
    render(
      `<form><sl-select label="Frequency" value="q8w"><sl-option value="q4w" role="option" aria-selected="false">Every 4 weeks</sl-option><sl-option value="q8w" role="option" aria-selected="true">Every 8 weeks</sl-option></sl-select></form>`,
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks' });
  });
  it('reads a weight unit select beside the weight', () => {
    render(
      `<form><sl-input label="Weight" type="number" value="154"></sl-input><sl-select label="Unit" value="lb"><sl-option value="kg" role="option">kg</sl-option><sl-option value="lb" role="option" aria-selected="true">lb</sl-option></sl-select></form>`,
    );
    expect(read()).toEqual({ 'patient.weight': '154', 'patient.weightUnit': 'lb' });
  });
  it('reads multiple diagnosis codes from the tags, not "2 options selected"', () => {
    render(
      `<form><sl-select label="Diagnosis codes (ICD-10)" multiple value="M04.1 R50.9"><sl-option value="M04.1" role="option" aria-selected="true">M04.1</sl-option><sl-option value="R50.9" role="option" aria-selected="true">R50.9</sl-option><sl-option value="M10.9" role="option">M10.9</sl-option></sl-select></form>`,
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, R50.9' });
  });
});

describe('Shoelace sl-radio-group', () => {
  it('reads yes/no by the checked sl-radio', () => {
    render(`<form><sl-radio-group label="Is the patient continuing colchicine?" name="colch" value="yes">${radio('Yes', true)}${radio('No', false)}</sl-radio-group>
      <sl-radio-group label="Has the patient been hospitalized for a flare?" name="hosp" value="no">${radio('Yes', false)}${radio('No', true)}</sl-radio-group></form>`);
    expect(read()).toEqual({ 'clinical.colchicineContinuing': 'Yes', 'clinical.hospitalization': 'No' });
  });
});
