import { describe, expect, it } from 'vitest';
import { field, read, page } from '../read';
import { shadow } from './shadow';

/**
 * Ionic 7/8: ion-input is scoped (no shadow): `label.input-wrapper > div.label-text-wrapper >
 * div.label-text` + `div.native-wrapper > input.native-input` (+ slot end content, e.g. a unit).
 * ion-select has a shadow root: `label.select-wrapper` with `div.label-text`, `div.select-text`
 * (aria-hidden) showing the choice and an empty `button[aria-haspopup=dialog]` whose aria-label is
 * "<label>, <choice>"; a hidden `input.aux-input[name]` in the light DOM holds the value.
 * ion-datetime-button's shadow root shows the date in `button#date-button`.
 */
let n = 0;
const ionInput = (label: string, value: string, end = '') => {
  const id = `ion-input-${n++}`;
  return `<ion-input label="${label}" label-placement="stacked" fill="outline" value="${value}" class="sc-ion-input-md-h sc-ion-input-md-s md input-fill-outline input-label-placement-stacked has-value hydrated">
    <label class="input-wrapper sc-ion-input-md" for="${id}">
      <div class="label-text-wrapper sc-ion-input-md"><div class="label-text sc-ion-input-md">${label}</div></div>
      <div class="native-wrapper sc-ion-input-md">
        <input class="native-input sc-ion-input-md" id="${id}" autocapitalize="off" autocomplete="off" autocorrect="off" name="${id}" placeholder="" spellcheck="false" type="text" value="${value}">
        ${end ? `<div slot="end" class="sc-ion-input-md-s">${end}</div>` : ''}
      </div>
      <div class="input-outline-container sc-ion-input-md"><div class="input-outline-start sc-ion-input-md"></div><div class="input-outline-notch sc-ion-input-md"><div class="notch-spacer sc-ion-input-md" aria-hidden="true">${label}</div></div><div class="input-outline-end sc-ion-input-md"></div></div>
    </label>
  </ion-input>`;
};
const ionSelect = (label: string, opts: [string, string][], chosen: string) =>
  `<ion-select label="${label}" label-placement="stacked" fill="outline" value="${chosen}" interface="popover" class="md select-fill-outline select-label-placement-stacked has-value hydrated" data-label="${label}">
    ${opts.map(([v, t]) => `<ion-select-option value="${v}" class="md hydrated">${t}</ion-select-option>`).join('')}
    <input type="hidden" class="aux-input" name="ion-sel-${n++}" value="${chosen}">
  </ion-select>`;
const selectShadow = (el: Element) => {
  const label = el.getAttribute('data-label')!;
  const chosen = el.getAttribute('value');
  const text = Array.from(el.querySelectorAll('ion-select-option')).find((o) => o.getAttribute('value') === chosen)?.textContent ?? '';
  return `<label class="select-wrapper" id="select-label-${n}">
    <div class="label-text-wrapper" part="label"><div class="label-text">${label}</div><slot name="label"></slot></div>
    <div class="select-wrapper-inner"><slot name="start"></slot>
      <div class="native-wrapper" part="container"><div aria-hidden="true" class="select-text" part="text">${text}</div>
        <button id="select-${n}" aria-label="${label}, ${text}" aria-haspopup="dialog" aria-expanded="false"></button></div>
      <slot name="end"></slot></div>
  </label>`;
};
const dtShadow = (el: Element) =>
  `<button class="ion-activatable" id="date-button" aria-expanded="false" part="native">${el.getAttribute('data-shown')}<ion-ripple-effect></ion-ripple-effect></button>`;

function render(html: string) {
  page(html);
  shadow(document, 'ion-select', selectShadow);
  shadow(document, 'ion-datetime-button', dtShadow);
}

describe('Ionic ion-input', () => {
  it('reads weight with an end-slot unit', () => {
    render(`<form>${ionInput('Weight', '70', 'kg')}${ionInput('Prescriber NPI', '1234567893')}</form>`);
    expect(read()).toEqual({ 'patient.weight': '70', 'prescriber.npi': '1234567893' });
    expect(field('patient.weight')?.impliedUnit).toEqual({ path: 'patient.weightUnit', unit: 'kg' });
  });
});

describe('Ionic ion-select', () => {
  it('reads frequency by its shown text', () => {
    render(
      `<form>${ionSelect(
        'Frequency',
        [
          ['q4w', 'Every 4 weeks'],
          ['q8w', 'Every 8 weeks'],
        ],
        'q8w',
      )}</form>`,
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks' });
  });
  it('reads dose unit beside dose', () => {
    render(
      `<form>${ionInput('Dose', '150')}${ionSelect(
        'Dose unit',
        [
          ['mg', 'mg'],
          ['mgkg', 'mg/kg'],
        ],
        'mg',
      )}</form>`,
    );
    expect(read()).toEqual({ 'drug.dose': '150', 'drug.doseUnit': 'mg' });
  });
});

describe('Ionic ion-datetime-button', () => {
  it('reads the CRP date shown in the button', () => {
    render(`<form><ion-list><ion-item class="item md hydrated"><ion-label class="sc-ion-label-md-h">CRP collection date</ion-label>
      <ion-datetime-button datetime="crpdt" data-shown="Mar 14, 2026" class="md hydrated"></ion-datetime-button></ion-item></ion-list>
      <ion-modal keep-contents-mounted="true"><ion-datetime id="crpdt" presentation="date" value="2026-03-14"></ion-datetime></ion-modal></form>`);
    expect(read()).toEqual({ 'labs.crpDate': 'Mar 14, 2026' });
  });
});
