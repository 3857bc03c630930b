import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Flowbite-Svelte 1.31 (themesberg/flowbite-svelte HEAD df3404b; src/lib/forms/input-field/Input.svelte
 * (+ theme.ts: a `right` snippet in `div.relative.w-full` > `div.absolute.end-0`), label/Label.svelte,
 * helper/Helper.svelte (`p.text-xs`), select/Select.svelte (a native select), select/MultiSelect.svelte
 * (a `<select hidden multiple>` store, then `div[role=listbox][tabindex=0]` holding the placeholder
 * span or one dismissable Badge per choice, a CloseButton and the chevron; the open dropdown is a
 * `div[role=presentation]` of `div[role=presentation][data-selected]` items), badge/Badge.svelte
 * (`div.font-medium.inline-flex` text + CloseButton `aria-label="Remove badge"`), utils/CloseButton.svelte
 * (`button[type=button]` with an svg cross, `aria-label` only when given), tags/Tags.svelte (one
 * `div.flex.items-center.rounded-lg` per tag: `span` text + CloseButton without a label, then
 * `div.relative > input[type=text][autocomplete=off]`; Tailwind classes only, no tag/chip class),
 * floating-label/FloatingLabelInput.svelte (`input[placeholder=" "]` then `label[for]` after it)).
 */

const cross =
  '<svg class="h-3 w-3" fill="currentColor" viewBox="0 0 20 20" xmlns="http://www.w3.org/2000/svg"><path fill-rule="evenodd" d="M4.293 4.293a1 1 0 011.414 0L10 8.586" clip-rule="evenodd"></path></svg>';
const closeButton = (aria?: string, cls = 'ms-1.5 -me-1.5') =>
  `<button type="button" class="focus:outline-hidden whitespace-normal m-0.5 rounded-lg focus:ring-2 p-1.5 hover:bg-gray-100 ${cls}"${aria ? ` aria-label="${aria}"` : ''}>${cross}</button>`;

const label = (id: string, text: string) =>
  `<label class="text-sm rtl:text-right font-medium block text-gray-900 dark:text-gray-300 mb-2" for="${id}">${text}</label>`;
const helper = (text: string, error = false) =>
  `<p class="text-xs font-normal ${error ? 'text-red-700 dark:text-red-500' : 'text-gray-500 dark:text-gray-300'} mt-2">${text}</p>`;
const inputCls =
  'block w-full disabled:cursor-not-allowed disabled:opacity-50 rtl:text-right focus:outline-hidden p-2.5 text-sm rounded-lg border border-gray-300 bg-gray-50 text-gray-900';
const input = (id: string, text: string, value: string, o: { right?: string; help?: string; error?: string } = {}) => {
  const box = `<input id="${id}" type="text" value="${value}" class="${inputCls}${o.right ? ' pe-10' : ''}">`;
  return `<div class="mb-6">${label(id, text)}${o.right ? `<div class="relative w-full">${box}<div class="flex absolute inset-y-0 items-center text-gray-500 dark:text-gray-400 end-0 p-2.5">${o.right}</div></div>` : box}${o.help ? helper(o.help) : ''}${o.error ? helper(o.error, true) : ''}</div>`;
};
const nativeSelect = (id: string, text: string, options: string[], chosen: string, placeholder = 'Choose an option') =>
  `<div class="mb-6">${label(id, text)}<select id="${id}" class="block w-full text-sm rounded-lg border border-gray-300 bg-gray-50 p-2.5 text-gray-900"><option disabled="" value=""${chosen ? '' : ' selected=""'}>${placeholder}</option>${options.map((o) => `<option value="${o}"${o === chosen ? ' selected=""' : ''}>${o}</option>`).join('')}</select></div>`;

const badge = (v: string) =>
  `<div class="font-medium inline-flex items-center justify-center px-2.5 py-0.5 bg-gray-100 text-gray-800 dark:bg-gray-900 dark:text-gray-300 rounded-sm text-xs mx-0.5 px-2 py-0">${v}${closeButton('Remove badge')}</div>`;
/** a MultiSelect (the id is spread onto the listbox div); `open` renders its dropdown */
const multiSelect = (id: string, name: string, options: string[], chosen: string[], o: { placeholder?: string; open?: boolean } = {}) =>
  `<select name="${name}" hidden="" multiple="">${options.map((v) => `<option value="${v}"${chosen.includes(v) ? ' selected=""' : ''}>${v}</option>`).join('')}</select><div id="${id}" tabindex="0" role="listbox" class="relative border border-gray-300 w-full flex items-center gap-2 dark:border-gray-600 ring-primary-500 focus-visible:outline-hidden text-sm px-2.5 py-2.5 min-h-[2.7rem] rounded-lg bg-gray-50">${chosen.length ? '' : `<span class="text-gray-400">${o.placeholder ?? 'Choose codes'}</span>`}<span class="">${chosen.map(badge).join('')}</span><div class="ms-auto flex items-center gap-2">${chosen.length ? closeButton(undefined, 'p-0 focus:ring-gray-400 dark:text-white') : ''}<svg class="ms-1 h-3 w-3 cursor-pointer text-gray-800 dark:text-white" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 10 6"><path stroke="currentColor" d="m9 1-4 4-4-4"></path></svg></div>${
    o.open
      ? `<div role="presentation" class="absolute z-50 p-3 flex flex-col gap-1 max-h-64 bg-white border border-gray-300 start-0 top-[calc(100%+1rem)] rounded-lg cursor-pointer overflow-y-scroll w-full">${options
          .map(
            (v, i) =>
              `<div role="presentation" class="py-2 px-3 rounded-lg text-gray-600${chosen.includes(v) ? ' bg-gray-100 text-black font-semibold' : ''}"${chosen.includes(v) ? ' data-selected="true"' : ''}${i === 0 ? ' data-active="true"' : ''}>${v}</div>`,
          )
          .join('')}</div>`
      : ''
  }</div>`;
const tags = (id: string, values: string[], placeholder = 'Enter ICD-10 codes') =>
  `<div class="border border-gray-300 dark:border-gray-600 rounded-lg flex focus-within:ring-primary-500 focus-within:ring-1 scrollbar-hidden bg-gray-50 dark:bg-gray-700">${values
    .map(
      (v) =>
        `<div class="flex items-center rounded-lg bg-gray-100 text-gray-900 border border-gray-300 my-1 ml-1 px-2 text-sm max-w-full min-w-fit"><span class="items-center">${v}</span>${closeButton(undefined, 'my-auto ml-1')}</div>`,
    )
    .join(
      '',
    )}<div class="relative w-full"><input id="${id}" placeholder="${values.length ? '' : placeholder}" type="text" autocomplete="off" class="block text-sm m-2.5 p-0 bg-transparent border-none outline-none text-gray-900 h-min w-full min-w-fit focus:ring-0 placeholder-gray-400" value=""></div></div>`;
const floating = (id: string, text: string, value: string) =>
  `<div class="relative mb-6"><input id="${id}" placeholder=" " type="text" value="${value}" class="block w-full text-sm text-gray-900 bg-transparent appearance-none focus:outline-hidden focus:ring-0 peer rounded-lg border px-2.5 pb-2.5 pt-4"><label for="${id}" class="absolute text-sm duration-300 transform scale-75 z-10 origin-left -translate-y-4 bg-white px-2 peer-placeholder-shown:-translate-y-1/2 peer-placeholder-shown:top-1/2 start-1 text-gray-500">${text}</label></div>`;

const h = (t: string) => `<h3 class="text-xl font-bold dark:text-white mb-4">${t}</h3>`;
const app = (body: string) =>
  `<div class="p-8"><form class="max-w-2xl">${body}<button type="submit" class="text-center font-medium rounded-lg px-5 py-2.5 text-white bg-primary-700">Submit</button></form></div>`;
const CODES = ['M04.1', 'M06.1', 'M04.8'];

describe('Flowbite-Svelte 1: Input, Select, MultiSelect, Tags, FloatingLabelInput', () => {
  it('reads the full Ilaris request', () => {
    page(
      app(`${h('Member')}${input('memberId', 'Member ID', ILARIS['patient.memberId'])}${input('dob', 'Date of birth', ILARIS['patient.dob'])}${input('weight', 'Weight', '72', { right: 'kg' })}
      ${h('Diagnosis')}<div class="mb-6">${label('icd', 'ICD-10 codes')}${multiSelect('icd', 'icd', CODES, ['M04.1', 'M06.1'])}</div>
      ${h('Medication')}${nativeSelect('drugName', 'Drug name', ['Ilaris (canakinumab)', 'Kineret (anakinra)'], ILARIS['drug.name'])}${input('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${input('ndc', 'NDC', ILARIS['drug.ndc'])}${input('dose', 'Dose', '150', { right: 'mg' })}${input('units', 'Billing units', '150')}${nativeSelect('frequency', 'Frequency', ['Every 4 weeks', 'Every 8 weeks', 'Once'], 'Every 4 weeks')}
      ${h('Labs')}${input('crp', 'CRP', '24', { right: 'mg/L' })}${input('crpDate', 'CRP collection date', ILARIS['labs.crpDate'])}
      ${h('Prescriber')}${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`),
    );
    expect(read()).toEqual({ ...ILARIS, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('reads a MultiSelect by its badges, without "Remove badge", and not twice through its hidden store select', () => {
    page(
      app(
        `<div class="mb-6">${label('icd', 'ICD-10 codes')}${multiSelect('icd', 'icd', CODES, ['M04.1', 'M06.1'])}</div>${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
    noDuplicatePaths();
  });

  it('reads an empty MultiSelect as empty, not its placeholder, and takes nothing from its open dropdown', () => {
    page(
      app(
        `<div class="mb-6">${label('icd', 'ICD-10 codes')}${multiSelect('icd', 'icd', CODES, [], { placeholder: 'Choose codes', open: true })}</div>${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads Tags (Tailwind-classed tags with unlabelled close buttons) as the codes', () => {
    page(
      app(
        `<div class="mb-6">${label('icd', 'ICD-10 codes')}${tags('icd', ['M04.1', 'M06.1'])}</div>${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('names a FloatingLabelInput by its label written after it (placeholder " ")', () => {
    page(
      app(
        `${floating('memberId', 'Member ID', ILARIS['patient.memberId'])}${floating('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}${floating('hcpcs', 'HCPCS code', '')}`,
      ),
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'prescriber.npi': ILARIS['prescriber.npi'],
      'drug.hcpcs': '',
    });
    expect(field('drug.hcpcs')?.label).toBe('HCPCS code');
  });

  it('names an Input by its Label, not its Helper or error text, and takes the unit from its right addon', () => {
    page(
      app(
        `${input('npi', 'Prescriber NPI', '123456789', { error: 'Oops! NPI must be 10 digits.' })}${input('weight', 'Weight', '72', { right: 'kg', help: 'Dosing weight, not ideal body weight' })}${input('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}`,
      ),
    );
    expect(read()).toEqual({ 'prescriber.npi': '123456789', 'patient.weight': '72', 'drug.hcpcs': ILARIS['drug.hcpcs'] });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg' });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
    nothingFrom('p.text-xs');
  });
});
