import { describe, expect, it } from 'vitest';
import { read, page, field } from '../read';
import { shadow } from './shadow';

/**
 * FAST / Fluent UI web components (v2, fluent-*): fluent-text-field's label is its light-DOM text,
 * slotted into a shadow `label.label[for=control] > slot`; the input is `input#control.control`
 * with start/end slots. fluent-select's host is role=combobox aria-haspopup=listbox; its shadow
 * root shows the choice in `div.selected-value > slot[name=selected-value]` (fallback text) and
 * the light-DOM fluent-option children (role=option) are the list. fluent-radio-group: host
 * role=radiogroup, label in slot[name=label]; fluent-radio hosts role=radio aria-checked.
 */
const textField = (el: Element) => `
  <label part="label" for="control" class="label"><slot></slot></label>
  <div class="root" part="root"><slot name="start"></slot>
    <input class="control" part="control" id="control" type="${el.getAttribute('type') ?? 'text'}" value="${el.getAttribute('value') ?? ''}" aria-label="${el.getAttribute('aria-label') ?? ''}">
    <slot name="end"></slot></div>`;
const select = (el: Element) => `
  <div class="control" part="control"><slot name="start"></slot>
    <slot name="button-container"><div class="selected-value" part="selected-value"><slot name="selected-value">${el.querySelector('fluent-option[aria-selected=true]')?.textContent ?? ''}</slot></div>
    <div aria-hidden="true" class="indicator" part="indicator"><slot name="indicator"><svg class="select-indicator" part="select-indicator" viewBox="0 0 12 7"><path d="M11.85.65"></path></svg></slot></div></slot></div>
  <div class="listbox" id="listbox" part="listbox" role="listbox" hidden><slot></slot></div>`;
const radioGroup = () => `<div class="positioning-region" role="presentation"><slot name="label"></slot><slot></slot></div>`;
const radio = () =>
  `<div part="control" class="control"><slot name="checked-indicator"><div part="checked-indicator" class="checked-indicator"></div></slot></div><label part="label" class="label"><slot></slot></label>`;

function render(html: string) {
  page(html);
  shadow(document, 'fluent-text-field', textField);
  shadow(document, 'fluent-select', select);
  shadow(document, 'fluent-radio-group', radioGroup);
  shadow(document, 'fluent-radio', radio);
}
const opt = (v: string, t: string, s = false) =>
  `<fluent-option value="${v}" role="option" aria-selected="${s}"${s ? ' selected' : ''}>${t}</fluent-option>`;

describe('FAST fluent-text-field', () => {
  it('reads weight labelled by its slotted text, unit in the end slot', () => {
    render(
      `<form><fluent-text-field appearance="outline" type="number" value="70">Weight<span slot="end">kg</span></fluent-text-field><fluent-text-field value="1234567893">Prescriber NPI</fluent-text-field></form>`,
    );
    expect(read()).toEqual({ 'patient.weight': '70', 'prescriber.npi': '1234567893' });
    expect(field('patient.weight')?.impliedUnit).toEqual({ path: 'patient.weightUnit', unit: 'kg' });
  });
});

describe('FAST fluent-select', () => {
  it('reads the frequency from the selected option, not every option', () => {
    render(
      `<form><label id="freq-l">Frequency</label><fluent-select aria-labelledby="freq-l" role="combobox" aria-haspopup="listbox" aria-expanded="false" tabindex="0" current-value="q8w">${opt('q4w', 'Every 4 weeks')}${opt('q8w', 'Every 8 weeks', true)}</fluent-select></form>`,
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks' });
  });
});

describe('FAST fluent-radio-group', () => {
  it('reads the checked radio', () => {
    render(`<form><fluent-radio-group role="radiogroup" orientation="horizontal"><label slot="label">Is the patient continuing colchicine?</label>
      <fluent-radio role="radio" aria-checked="true" current-checked="true" value="yes" tabindex="0">Yes</fluent-radio><fluent-radio role="radio" aria-checked="false" value="no" tabindex="-1">No</fluent-radio></fluent-radio-group></form>`);
    expect(read()).toEqual({ 'clinical.colchicineContinuing': 'Yes' });
  });
});
