import { describe, expect, it } from 'vitest';
import { field, mapped, read, page } from '../read';

/**
 * Headless UI as it renders. React v1.7: Listbox.Label `<label id="headlessui-listbox-label-N">`,
 * Listbox.Button `<button type="button" aria-haspopup="listbox" aria-expanded="false"
 * aria-labelledby="<label> <button>" data-headlessui-state="">` showing the chosen text; with a
 * `name` prop it renders visually hidden `<input type="hidden" hidden readonly name value>` after
 * the listbox (one per value: `name[0]`, `name[1]` for `multiple`; `name[id]`, `name[name]` for an
 * object value). Combobox: `<input role="combobox" aria-autocomplete="list" aria-labelledby>`, a
 * `<button aria-haspopup="listbox" tabindex="-1">` toggle, the same hidden inputs. React v2 uses
 * Field + Label (`<label for>` the button, `data-headlessui-state`, ids `headlessui-listbox-button-:r1:`).
 * Vue: the same ARIA, ids `headlessui-listbox-button-1`, no data-headlessui-state.
 */

const hiddenStyle =
  'position: fixed; top: 1px; left: 1px; width: 1px; height: 0px; padding: 0px; margin: -1px; overflow: hidden; clip: rect(0px, 0px, 0px, 0px); white-space: nowrap; border-width: 0px; display: none;';
const hidden = (name: string, value: string) =>
  `<input type="hidden" hidden="" readonly="" name="${name}" value="${value}" style="${hiddenStyle}">`;
const chevron = `<span class="pointer-events-none absolute inset-y-0 right-0 flex items-center pr-2"><svg class="h-5 w-5 text-gray-400" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true"><path fill-rule="evenodd" d="M10 3a.75.75 0 01.55.24l3.25 3.5a.75.75 0 11-1.1 1.02L10 4.852 7.3 7.76a.75.75 0 01-1.1-1.02l3.25-3.5A.75.75 0 0110 3z" clip-rule="evenodd"></path></svg></span>`;

/** React v1.7 Listbox with Listbox.Label and a `name` (hidden inputs per value). */
const listbox = (n: number, label: string, shown: string, name: string, values: string[]) => `
  <div class="relative mt-2" data-headlessui-state="">
    <label class="block text-sm font-medium leading-6 text-gray-900" id="headlessui-listbox-label-${n}" data-headlessui-state="">${label}</label>
    <div class="relative mt-2">
      <button class="relative w-full cursor-default rounded-md bg-white py-1.5 pl-3 pr-10 text-left" id="headlessui-listbox-button-${n + 1}" type="button" aria-haspopup="listbox" aria-expanded="false" data-headlessui-state="" aria-labelledby="headlessui-listbox-label-${n} headlessui-listbox-button-${n + 1}">
        <span class="block truncate">${shown}</span>${chevron}
      </button>
    </div>
    ${values.length > 1 ? values.map((v, i) => hidden(`${name}[${i}]`, v)).join('') : hidden(name, values[0] ?? '')}
  </div>`;

/** React v2 Field + Label + Listbox (the label is `for` the button). */
const listboxV2 = (n: number, label: string, shown: string, name: string, value: string) => `
  <div data-headlessui-state="">
    <label id="headlessui-label-:r${n}:" for="headlessui-listbox-button-:r${n + 1}:" data-headlessui-state="" class="text-sm/6 font-medium">${label}</label>
    <div class="relative">
      <button id="headlessui-listbox-button-:r${n + 1}:" type="button" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="headlessui-label-:r${n}: headlessui-listbox-button-:r${n + 1}:" data-headlessui-state="" class="relative block w-full rounded-lg bg-white/5 py-1.5 pr-8 pl-3 text-left">${shown}<svg class="pointer-events-none absolute top-2.5 right-2.5 size-4" aria-hidden="true" viewBox="0 0 16 16"></svg></button>
    </div>
    ${hidden(name, value)}
  </div>`;

/** React v1.7 Combobox with Combobox.Label, input, toggle button and a `name`. */
const combobox = (n: number, label: string, value: string, name: string, placeholder = '') => `
  <div data-headlessui-state="">
    <label class="block text-sm font-medium" id="headlessui-combobox-label-${n}" data-headlessui-state="">${label}</label>
    <div class="relative mt-2">
      <input class="w-full rounded-md border-0 bg-white py-1.5 pl-3 pr-12" id="headlessui-combobox-input-${n + 1}" role="combobox" type="text" aria-expanded="false" aria-autocomplete="list" aria-labelledby="headlessui-combobox-label-${n}" data-headlessui-state=""${placeholder ? ` placeholder="${placeholder}"` : ''} value="${value}">
      <button class="absolute inset-y-0 right-0 flex items-center rounded-r-md px-2" id="headlessui-combobox-button-${n + 2}" type="button" tabindex="-1" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="headlessui-combobox-label-${n} headlessui-combobox-button-${n + 2}" data-headlessui-state=""><svg class="h-5 w-5" viewBox="0 0 20 20" aria-hidden="true"></svg></button>
    </div>
    ${hidden(name, value)}
  </div>`;

/** A Tailwind UI text input (label for, optional trailing addon). */
const input = (id: string, label: string, value: string, addon = '') => `
  <div>
    <label for="${id}" class="block text-sm font-medium leading-6 text-gray-900">${label}</label>
    <div class="relative mt-2 rounded-md shadow-sm">
      <input type="text" name="${id}" id="${id}" class="block w-full rounded-md border-0 py-1.5 pr-12" value="${value}"${addon ? ` aria-describedby="${id}-addon"` : ''}>
      ${addon ? `<div class="pointer-events-none absolute inset-y-0 right-0 flex items-center pr-3"><span class="text-gray-500 sm:text-sm" id="${id}-addon">${addon}</span></div>` : ''}
    </div>
  </div>`;

const noDuplicatePaths = () => {
  const paths = mapped().map((m) => m.path);
  expect(paths.length).toBe(new Set(paths).size);
};

describe('Headless UI Listbox (React v1.7 and v2)', () => {
  it('reads each listbox button by its shown text, and no field from the hidden form inputs', () => {
    page(`<form>
      ${input('weight', 'Weight', '70', 'kg')}
      ${listbox(1, 'Place of service', '11 - Office', 'pos', ['11'])}
      ${listbox(3, 'Frequency', 'Every 4 weeks', 'frequency', ['q4w'])}
      ${listboxV2(5, 'Dose unit', 'mg', 'doseUnit', 'mg')}
      </form>`);
    expect(read()).toEqual({
      'patient.weight': '70',
      'drug.placeOfService': '11 - Office',
      'drug.frequency': 'Every 4 weeks',
      'drug.doseUnit': 'mg',
    });
    noDuplicatePaths();
    expect(mapped().some((m) => m.field.element.getAttribute('type') === 'hidden')).toBe(false);
  });

  it('reads a weight with a "kg" addon as kg', () => {
    page(`<form>${input('weight', 'Weight', '70', 'kg')}</form>`);
    expect(field('patient.weight')?.impliedUnit).toEqual({ path: 'patient.weightUnit', unit: 'kg' });
  });

  it('reads a multiple listbox of diagnosis codes by the codes it shows', () => {
    page(`<form>${listbox(1, 'ICD-10 codes', 'M04.1, M04.2', 'dx', ['M04.1', 'M04.2'])}</form>`);
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M04.2' });
  });

  it('reads an unchosen listbox (its "Select…" prompt) as empty', () => {
    page(`<form>${listbox(1, 'Place of service', 'Select…', 'pos', [''])}</form>`);
    expect(read()).toEqual({ 'drug.placeOfService': '' });
  });
});

/** Vue v1.7 Listbox (ListboxLabel + ListboxButton) bound to an object: one hidden input per key. */
const vueListbox = (n: number, label: string, shown: string, name: string, value: Record<string, string>) => `
  <div class="relative mt-1">
    <label id="headlessui-listbox-label-${n}" class="block text-sm font-medium text-gray-700">${label}</label>
    <button id="headlessui-listbox-button-${n + 1}" type="button" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="headlessui-listbox-label-${n} headlessui-listbox-button-${n + 1}" class="relative w-full cursor-default rounded-lg bg-white py-2 pl-3 pr-10 text-left shadow-md">
      <span class="block truncate">${shown}</span>${chevron}
    </button>
    ${Object.entries(value)
      .map(([k, v]) => hidden(`${name}[${k}]`, v))
      .join('')}
  </div>`;

describe('Headless UI Listbox (Vue, object values)', () => {
  it('reads Vue listboxes by their shown text, not the hidden name[key] inputs', () => {
    page(`<form>
      ${vueListbox(1, 'Place of service', '11 - Office', 'pos', { code: '11', label: '11 - Office' })}
      ${vueListbox(3, 'CRP unit', 'mg/L', 'crpUnit', { id: '1', name: 'mg/L' })}
      </form>`);
    expect(read()).toEqual({ 'drug.placeOfService': '11 - Office', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });
});

describe('Headless UI Combobox', () => {
  it('reads the drug name from the combobox input, once, not from its hidden input', () => {
    page(`<form>
      ${combobox(1, 'Drug name', 'Ilaris (canakinumab)', 'drug')}
      ${input('hcpcs', 'HCPCS', 'J0638')}
      ${input('ndc', 'NDC', '00078-0734-61')}
      ${input('dose', 'Dose', '150', 'mg')}
      ${input('units', 'Billing units', '150')}
      </form>`);
    expect(read()).toEqual({
      'drug.name': 'Ilaris (canakinumab)',
      'drug.hcpcs': 'J0638',
      'drug.ndc': '00078-0734-61',
      'drug.dose': '150',
      'drug.units': '150',
    });
    expect(field('drug.dose')?.impliedUnit).toEqual({ path: 'drug.doseUnit', unit: 'mg' });
    noDuplicatePaths();
  });

  it('reads an empty combobox as empty, not as its placeholder', () => {
    page(`<form>${combobox(1, 'Drug name', '', 'drug', 'Search drugs…')}</form>`);
    expect(read()).toEqual({ 'drug.name': '' });
  });

  it('reads a prior therapy combobox under its section heading', () => {
    page(`<form><h3>Prior therapies</h3>
      ${combobox(1, 'Drug', 'colchicine', 'therapies[0][drug]')}
      ${input('outcome', 'Outcome', 'Inadequate response')}</form>`);
    expect(read()).toEqual({ 'priorTherapies.0.drug': 'colchicine', 'priorTherapies.0.outcome': 'Inadequate response' });
  });
});
