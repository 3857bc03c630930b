import { describe, expect, it } from 'vitest';
import { field, mapped, page, read, units } from '../read';
import { ILARIS, noDuplicatePaths } from './request';

/**
 * Base UI 1.x (mui/base-ui packages/react/src: field/label, input, number-field/{group,input,
 * increment,decrement}, select/{root,trigger,value}, combobox/{chips,chip,chip-remove,input}),
 * styled with Tailwind as its docs' Tailwind demos (no component class names in the DOM):
 * - Field.Label: `<label for=<control id> id=…>`; for a Select it is rendered `nativeLabel={false}`
 *   as a `div` the trigger names by `aria-labelledby`; Field.Description a `p` linked by
 *   `aria-describedby`.
 * - Input: a plain `<input>`; ids `base-ui-:r5:`.
 * - NumberField: `div > div[role=group]` holding `button[aria-label=Decrease][tabindex=-1]`,
 *   `input[type=text][inputmode=numeric][aria-roledescription="Number field"]`,
 *   `button[aria-label=Increase]`; a unit is app text after the group.
 * - Select: `button[role=combobox][aria-haspopup=listbox][aria-expanded][aria-labelledby]`
 *   (`data-placeholder` while nothing is chosen) holding `Select.Value` (a `span` with the chosen
 *   label or the placeholder, `data-placeholder` too) and `Select.Icon` (`span[aria-hidden]`
 *   chevron); then the root's hidden `input[aria-hidden][tabindex=-1][name]` (no type, visually
 *   hidden, the serialized *value*); the popup renders only while open.
 * - Combobox multiple with chips: `Combobox.Chips` (`div[role=toolbar]` once it has chips) holding
 *   per value a `Combobox.Chip` (`div[tabindex=-1][aria-label=<value>]`, text + a
 *   `Combobox.ChipRemove` `button[tabindex=-1][aria-label=Remove]` with an svg cross), then
 *   `Combobox.Input` (`input[role=combobox][aria-autocomplete=list]`); with `name`, one hidden
 *   input per value after it.
 */

let n = 0;
const bid = () => `base-ui-:r${(n += 1).toString(36)}:`;

const tw = {
  label: 'text-sm leading-5 font-medium text-gray-900',
  input:
    'h-10 w-full rounded-md border border-gray-200 pl-3.5 text-base text-gray-900 focus:outline-2 focus:-outline-offset-1 focus:outline-blue-800',
  desc: 'text-sm text-gray-600',
  root: 'flex w-full max-w-64 flex-col items-start gap-1',
};

const visuallyHidden =
  'clip-path: inset(50%); overflow: hidden; white-space: nowrap; border: 0px; padding: 0px; width: 1px; height: 1px; margin: -1px; position: absolute; top: 0px; left: 0px;';

const fieldInput = (label: string, value: string, description?: string) => {
  const id = bid();
  const descId = bid();
  return `<div class="${tw.root}"><label class="${tw.label}" for="${id}" id="${bid()}">${label}</label>
    <input id="${id}" class="${tw.input}"${description ? ` aria-describedby="${descId}"` : ''} value="${value}">
    ${description ? `<p id="${descId}" class="${tw.desc}">${description}</p>` : ''}</div>`;
};

const svg = (d: string) =>
  `<svg width="10" height="10" viewBox="0 0 10 10" fill="none" stroke="currentcolor" stroke-width="1.6" xmlns="http://www.w3.org/2000/svg"><path d="${d}"></path></svg>`;

const numberField = (label: string, value: string, unit?: string) => {
  const id = bid();
  return `<div class="flex flex-col items-start gap-1"><label for="${id}" class="cursor-ew-resize text-sm font-medium text-gray-900">${label}</label>
    <div class="flex items-center gap-2"><div class="flex" role="group">
      <button type="button" tabindex="-1" aria-label="Decrease" class="flex size-10 items-center justify-center rounded-tl-md rounded-bl-md border border-gray-200">${svg('M0 5H10')}</button>
      <input id="${id}" inputmode="numeric" type="text" aria-roledescription="Number field" autocomplete="off" autocorrect="off" spellcheck="false" class="h-10 w-24 border-t border-b border-gray-200 text-center text-base text-gray-900 tabular-nums" value="${value}">
      <button type="button" tabindex="-1" aria-label="Increase" class="flex size-10 items-center justify-center rounded-tr-md rounded-br-md border border-gray-200">${svg('M0 5H5M10 5H5M5 5V0M5 5V10')}</button>
    </div>${unit ? `<span class="text-sm text-gray-600">${unit}</span>` : ''}</div></div>`;
};

const select = (label: string, chosen: [string, string] | null, placeholder: string, name: string) => {
  const labelId = bid();
  const ph = chosen ? '' : ' data-placeholder=""';
  return `<div class="${tw.root}"><div class="${tw.label}" id="${labelId}">${label}</div>
    <button type="button" tabindex="0" role="combobox" aria-expanded="false" aria-haspopup="listbox" aria-labelledby="${labelId}" id="${bid()}"${ph} class="flex h-10 min-w-40 items-center justify-between gap-3 rounded-md border border-gray-200 pr-3 pl-3.5 text-base text-gray-900 select-none data-[popup-open]:bg-gray-100">
      <span class="data-[placeholder]:opacity-60"${ph}>${chosen ? chosen[1] : placeholder}</span>
      <span class="flex" aria-hidden="true"><svg width="8" height="12" viewBox="0 0 8 12" fill="none" stroke="currentcolor" stroke-width="1.5"><path d="M0.5 4.5L4 1.5L7.5 4.5"></path><path d="M0.5 7.5L4 10.5L7.5 7.5"></path></svg></span>
    </button>
    <input name="${name}" value="${chosen ? chosen[0] : ''}" tabindex="-1" aria-hidden="true" style="${visuallyHidden}"></div>`;
};

const comboboxChips = (label: string, chosen: string[], name: string) => {
  const id = bid();
  return `<div class="${tw.root}"><label class="${tw.label}" for="${id}">${label}</label>
    <div class="flex w-64 flex-wrap items-center gap-0.5 rounded-md border border-gray-200 px-1.5 py-1"${chosen.length ? ' role="toolbar"' : ''}>
      ${chosen
        .map(
          (c) =>
            `<div tabindex="-1" aria-label="${c}" class="flex cursor-default items-center gap-1 rounded-md bg-gray-100 px-1.5 py-[0.2rem] text-sm text-gray-900 outline-none">${c}<button type="button" tabindex="-1" aria-label="Remove" class="rounded-md p-1 text-inherit hover:bg-gray-200">${svg('M1 1L9 9M9 1L1 9')}</button></div>`,
        )
        .join('')}
      <input id="${id}" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-haspopup="listbox" autocomplete="off" tabindex="0" class="min-w-12 flex-1 h-8 rounded-md border-0 bg-transparent pl-2 text-base text-gray-900 outline-none"${chosen.length ? '' : ' placeholder="e.g. M04.1"'} value="">
    </div>
    ${chosen.map((c) => `<input type="hidden" name="${name}" value="${c}">`).join('')}</div>`;
};

const section = (title: string, body: string) =>
  `<section class="flex flex-col gap-4"><h2 class="text-lg font-semibold">${title}</h2>${body}</section>`;

describe('Base UI Field, NumberField, Select', () => {
  it('reads the request: number fields by their input, selects by their shown value, units from the text after a group', () => {
    page(`<form class="flex flex-col gap-6">
      ${section(
        'Member',
        `${fieldInput('Member ID', ILARIS['patient.memberId'], 'As shown on the member ID card')}
        ${fieldInput('Date of birth', ILARIS['patient.dob'])}
        ${numberField('Weight', '72', 'kg')}`,
      )}
      ${section(
        'Medication',
        `${fieldInput('Drug name', ILARIS['drug.name'])}
        ${fieldInput('HCPCS code', ILARIS['drug.hcpcs'])}
        ${fieldInput('NDC', ILARIS['drug.ndc'])}
        ${numberField('Dose', '150', 'mg')}
        ${numberField('Billing units', '150')}
        ${select('Place of service', ['11', '11 - Office'], 'Select place of service', 'pos')}`,
      )}
      ${section('Labs', `${numberField('CRP', '24', 'mg/L')}${fieldInput('CRP collection date', ILARIS['labs.crpDate'])}`)}
      ${section('Prescriber', fieldInput('Prescriber NPI', ILARIS['prescriber.npi']))}
    </form>`);
    expect(read()).toEqual({ ...ILARIS, 'drug.placeOfService': '11 - Office' });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    expect(mapped().some((m) => m.field.element.getAttribute('aria-hidden') === 'true')).toBe(false);
    noDuplicatePaths();
  });

  it('reads a Select marked data-placeholder as empty, and a unit Select beside the weight', () => {
    page(`<form>${select('Place of service', null, 'Select place of service', 'pos')}</form>`);
    expect(read()).toEqual({ 'drug.placeOfService': '' });
    page(`<form><div class="flex gap-2">${numberField('Weight', '158')}${select('Unit', ['lb', 'lb'], 'Unit', 'weightUnit')}</div></form>`);
    expect(read()).toEqual({ 'patient.weight': '158', 'patient.weightUnit': 'lb' });
  });
});

describe('Base UI Combobox multiple with chips (Tailwind: no chip class names)', () => {
  it('reads the diagnosis codes from the chips before the input, without "Remove"', () => {
    page(`<form>${comboboxChips('ICD-10 codes', ['M04.1', 'M06.1'], 'icd10')}</form>`);
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 codes');
  });

  it('reads an empty chip combobox as empty, not its placeholder', () => {
    page(`<form>${comboboxChips('ICD-10 codes', [], 'icd10')}</form>`);
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });
});
