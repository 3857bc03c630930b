import { describe, expect, it } from 'vitest';
import { field, mapped, page, read } from '../read';
import { ILARIS, noDuplicatePaths, nothingFrom } from './request';

/**
 * Downshift 9 hooks (downshift-js/downshift src/hooks/useSelect, useCombobox,
 * useMultipleSelection) as its docs' Tailwind examples lay them out — Downshift gives the ARIA
 * props, the app the markup:
 * - useSelect: `label#downshift-:rN:-label[for=downshift-:rN:-toggle-button]` and a toggle
 *   `div[role=combobox][tabindex=0][aria-haspopup=listbox][aria-labelledby=<label>]
 *   [aria-controls=<menu>][aria-expanded=false]` holding `<span>` with the chosen title and a
 *   `<span>` arrow "↓" (&#8595;; "↑" while open); the menu `ul#…-menu[role=listbox]
 *   [aria-labelledby]` stays in the DOM, class `hidden` and empty while closed.
 * - useCombobox: the label `for` the `input#…-input[role=combobox][aria-autocomplete=list]
 *   [aria-labelledby]` (holding the chosen item's text), then
 *   `button[aria-label="toggle menu"][tabindex=-1]` "↓", and the same menu.
 * - useMultipleSelection + useCombobox: one `span[tabindex]` per selected item (no role; the
 *   title and a remove `span` "✕" (&#10005;) with only a click handler) in the box before a
 *   `div.flex` holding the combobox input (placeholder while empty) and its toggle button.
 */

let n = 0;
const ids = () => {
  const k = `downshift-:r${(n += 1).toString(36)}:`;
  return { label: `${k}-label`, toggle: `${k}-toggle-button`, menu: `${k}-menu`, input: `${k}-input` };
};

const menu = (id: { menu: string; label: string }) =>
  `<ul class="absolute w-72 bg-white mt-1 shadow-md max-h-80 overflow-scroll p-0 z-10 hidden" id="${id.menu}" role="listbox" aria-labelledby="${id.label}"></ul>`;

const useSelect = (label: string, chosen: string | null, prompt = 'Select…') => {
  const id = ids();
  return `<div><div class="w-72 flex flex-col gap-1">
    <label id="${id.label}" for="${id.toggle}">${label}</label>
    <div class="p-2 bg-white flex justify-between cursor-pointer" role="combobox" tabindex="0" aria-activedescendant="" aria-controls="${id.menu}" aria-expanded="false" aria-haspopup="listbox" aria-labelledby="${id.label}" id="${id.toggle}">
      <span>${chosen ?? prompt}</span><span class="px-2">↓</span>
    </div></div>${menu(id)}</div>`;
};

const useCombobox = (label: string, value: string) => {
  const id = ids();
  return `<div><div class="w-72 flex flex-col gap-1">
    <label class="w-fit" id="${id.label}" for="${id.input}">${label}</label>
    <div class="flex shadow-sm bg-white gap-0.5">
      <input placeholder="Start typing a drug" class="w-full p-1.5" aria-activedescendant="" aria-autocomplete="list" aria-controls="${id.menu}" aria-expanded="false" aria-labelledby="${id.label}" autocomplete="off" id="${id.input}" role="combobox" value="${value}">
      <button aria-label="toggle menu" class="px-2" type="button" tabindex="-1" aria-controls="${id.menu}" aria-expanded="false" id="${id.toggle}">↓</button>
    </div></div>${menu(id)}</div>`;
};

const multiple = (label: string, chosen: string[]) => {
  const id = ids();
  return `<div class="w-[592px]"><div class="flex flex-col gap-1">
    <label class="w-fit" id="${id.label}" for="${id.input}">${label}</label>
    <div class="shadow-sm bg-white inline-flex gap-2 items-center flex-wrap p-1.5">
      ${chosen
        .map(
          (c, i) =>
            `<span class="bg-gray-100 rounded-md px-1 focus:bg-red-400" tabindex="${i === chosen.length - 1 ? 0 : -1}">${c}<span class="px-1 cursor-pointer">✕</span></span>`,
        )
        .join('')}
      <div class="flex gap-0.5 grow">
        <input${chosen.length ? '' : ' placeholder="Add an ICD-10 code"'} class="w-full" aria-activedescendant="" aria-autocomplete="list" aria-controls="${id.menu}" aria-expanded="false" aria-labelledby="${id.label}" autocomplete="off" id="${id.input}" role="combobox" value="">
        <button aria-label="toggle menu" class="px-2" type="button" tabindex="-1" aria-controls="${id.menu}" aria-expanded="false" id="${id.toggle}">↓</button>
      </div>
    </div></div>${menu(id)}</div>`;
};

const text = (label: string, value: string) => {
  const id = `f${(n += 1)}`;
  return `<div class="flex flex-col gap-1"><label for="${id}">${label}</label><input id="${id}" class="p-1.5 shadow-sm" value="${value}"></div>`;
};

describe('Downshift useSelect / useCombobox in a request form', () => {
  it('reads selects and comboboxes by their chosen text, without the "↓" arrows, and nothing from the closed menus', () => {
    page(`<form class="flex flex-col gap-4">
      <h2>Member</h2>
      ${text('Member ID', ILARIS['patient.memberId'])}
      ${text('Date of birth', ILARIS['patient.dob'])}
      ${text('Weight (kg)', '72')}
      <h2>Medication</h2>
      ${useCombobox('Drug name', ILARIS['drug.name'])}
      ${text('HCPCS code', ILARIS['drug.hcpcs'])}
      ${text('NDC', ILARIS['drug.ndc'])}
      ${text('Dose (mg)', '150')}
      ${text('Billing units', '150')}
      ${useSelect('Place of service', '11 - Office')}
      <h2>Labs</h2>
      ${text('CRP (mg/L)', '24')}
      ${text('CRP collection date', ILARIS['labs.crpDate'])}
      <h2>Prescriber</h2>
      ${text('Prescriber NPI', ILARIS['prescriber.npi'])}
    </form>`);
    expect(read()).toEqual({ ...ILARIS, 'drug.placeOfService': '11 - Office' });
    nothingFrom('[role=listbox]');
    expect(mapped().filter((m) => m.field.element.matches('button'))).toEqual([]);
    noDuplicatePaths();
  });

  it('reads a useSelect toggle by its chosen title alone', () => {
    page(`<form>${useSelect('Frequency', 'Every 4 weeks')}</form>`);
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks' });
    expect(field('drug.frequency')?.label).toBe('Frequency');
  });

  it('reads a useSelect showing its "Select…" prompt as empty', () => {
    page(`<form>${useSelect('Place of service', null)}</form>`);
    expect(read()).toEqual({ 'drug.placeOfService': '' });
  });

  it('pairs a useSelect unit with the weight beside it', () => {
    page(`<form><div class="flex gap-2">${text('Weight', '158')}${useSelect('Unit', 'lb')}</div></form>`);
    expect(read()).toEqual({ 'patient.weight': '158', 'patient.weightUnit': 'lb' });
  });
});

describe('Downshift useMultipleSelection + useCombobox', () => {
  it('reads the selected items before the input as the diagnosis codes, without the "✕" remove spans', () => {
    page(`<form>${multiple('ICD-10 codes', ['M04.1', 'M06.1'])}</form>`);
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 codes');
  });

  it('reads no selected item as empty, not the placeholder', () => {
    page(`<form>${multiple('ICD-10 codes', [])}</form>`);
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });
});
