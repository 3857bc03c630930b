import { describe, expect, it } from 'vitest';
import { field, read, page } from '../read';

/**
 * Naive UI 2: n-form-item = `div.n-form-item > label.n-form-item-label > span.n-form-item-label__text`
 * + `div.n-form-item-blank`. n-select (not filterable) renders `div.n-base-selection` with
 * `div.n-base-selection-label[tabindex=0]` > `div.n-base-selection-input[title] >
 * div.n-base-selection-input__content` — no input, no role; multiple = `div.n-base-selection-tags`
 * of closable n-tags. n-input / n-input-number / n-date-picker = `input.n-input__input-el` with
 * `div.n-input__suffix` (unit text, clear, icons).
 */
const item = (label: string, control: string) =>
  `<div class="n-form-item n-form-item--medium-size n-form-item--top-labelled">
  <label class="n-form-item-label"><span class="n-form-item-label__text">${label}</span></label>
  <div class="n-form-item-blank">${control}</div>
  <div class="n-form-item-feedback-wrapper"></div></div>`.replace(/>\s+</g, '><');
const arrow = `<div class="n-base-suffix"><div class="n-base-suffix__arrow"><i class="n-base-icon"><svg viewBox="0 0 16 16" fill="none" xmlns="http://www.w3.org/2000/svg"><path d="M3.14645 5.64645"></path></svg></i></div></div>`;
const select = (label: string, shown: string | null, ph = 'Please Select') =>
  item(
    label,
    `<div class="n-select"><div class="n-base-selection" style="--n-bezier: cubic-bezier(.4, 0, .2, 1);"><div class="n-base-selection-label" tabindex="0">${
      shown
        ? `<div class="n-base-selection-input" title="${shown}"><div class="n-base-selection-input__content">${shown}</div></div>`
        : `<div class="n-base-selection-placeholder n-base-selection-overlay"><div class="n-base-selection-placeholder__inner">${ph}</div></div>`
    }${arrow}</div><div class="n-base-selection__border"></div><div class="n-base-selection__state-border"></div></div></div>`,
  );
const multi = (label: string, tags: string[]) =>
  item(
    label,
    `<div class="n-select"><div class="n-base-selection n-base-selection--multiple"><div class="n-base-selection-tags" tabindex="0">${tags
      .map(
        (t) =>
          `<div class="n-base-selection-tag-wrapper"><div class="n-tag n-tag--closable" style="--n-close-margin: 0 0 0 4px;"><span class="n-tag__content">${t}</span><button type="button" tabindex="0" aria-label="close" class="n-base-close n-base-close--absolute n-tag__close"><i class="n-base-icon"><svg viewBox="0 0 12 12"><path d="M2.08859"></path></svg></i></button><div class="n-tag__border"></div></div></div>`,
      )
      .join('')}${arrow}</div><div class="n-base-selection__border"></div></div></div>`,
  );
const input = (label: string, value: string, suffix = '', cls = 'n-input') =>
  item(
    label,
    `<div class="${cls === 'n-input' ? '' : cls}"><div class="n-input n-input--resizable n-input--stateful"><div class="n-input-wrapper"><div class="n-input__input"><input type="text" class="n-input__input-el" placeholder="" size="20" value="${value}"></div>${
      suffix ? `<div class="n-input__suffix">${suffix}</div>` : ''
    }</div><div class="n-input__border"></div><div class="n-input__state-border"></div></div></div>`,
  );

describe('Naive UI n-input', () => {
  it('reads weight with a suffix unit, NPI', () => {
    page(
      `<form class="n-form">${input('Weight', '70', '<span>kg</span>', 'n-input-number')}${input('Prescriber NPI', '1234567893')}</form>`,
    );
    expect(read()).toEqual({ 'patient.weight': '70', 'prescriber.npi': '1234567893' });
    expect(field('patient.weight')?.impliedUnit).toEqual({ path: 'patient.weightUnit', unit: 'kg' });
  });
});

describe('Naive UI n-select', () => {
  it('reads frequency (no input, no role)', () => {
    page(`<form class="n-form">${select('Frequency', 'Every 8 weeks')}</form>`);
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks' });
  });
  it('reads an empty place of service as empty', () => {
    page(`<form class="n-form">${select('Place of service', null)}</form>`);
    expect(read()).toEqual({ 'drug.placeOfService': '' });
  });
  it('reads multiple diagnosis codes from tags', () => {
    page(`<form class="n-form">${multi('Diagnosis codes', ['M04.1', 'R50.9'])}</form>`);
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, R50.9' });
  });
  it('dose unit select beside dose', () => {
    page(`<form class="n-form">${input('Dose', '150')}${select('Dose unit', 'mg')}</form>`);
    expect(read()).toEqual({ 'drug.dose': '150', 'drug.doseUnit': 'mg' });
  });
});

describe('Naive UI n-date-picker', () => {
  it('reads the CRP date', () => {
    page(
      `<form class="n-form"><h3>CRP</h3>${input('Result', '12.5')}${input('Date collected', '2026-03-14', '<div class="n-base-clear"><div class="n-base-clear__placeholder"><i class="n-base-icon n-date-picker-icon"><svg viewBox="0 0 28 28"><path d="M21.75"></path></svg></i></div></div>', 'n-date-picker')}</form>`,
    );
    expect(read()).toEqual({ 'labs.crpValue': '12.5', 'labs.crpDate': '2026-03-14' });
  });
});
