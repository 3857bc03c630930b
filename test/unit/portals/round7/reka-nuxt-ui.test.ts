import { describe, expect, it } from 'vitest';
import { field, mapped, page, read, units } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Reka UI 2.2 (the Radix Vue successor; unovue/reka-ui HEAD, packages/core 2.2.1) under Nuxt UI 3.
 * Opened in Reka: Select/SelectRoot.vue (a `BubbleSelect` hidden native select when inside a form),
 * Select/BubbleSelect.vue, Select/SelectTrigger.vue (`button[role=combobox][aria-autocomplete=none]`,
 * `data-placeholder` while empty), Select/SelectValue.vue, TagsInput/TagsInputRoot.vue,
 * TagsInputItem.vue (a `div` with `aria-labelledby` its text, `aria-current`, `data-state`; no role),
 * TagsInputItemText.vue, TagsInputItemDelete.vue (a `button` named by `aria-labelledby` the tag text),
 * TagsInputInput.vue (the text input, taking the root's `id`), VisuallyHidden/VisuallyHiddenInput.vue +
 * VisuallyHiddenInputBubble.vue + VisuallyHidden.vue (inside a form with a `name`: one visually hidden
 * `input` per value, no `type` (text), `name="[codes][0]"`, `data-hidden`, `tabindex=-1`, clipped 1px
 * style, not aria-hidden), NumberField/NumberFieldRoot.vue (`div[role=group]` + the same hidden input
 * holding the raw number) and NumberFieldInput.vue (`input[role=spinbutton][type=text]
 * [aria-roledescription="Number field"]` showing the formatted value, e.g. "72 kg" with a unit
 * format), DateField/DateFieldRoot.vue (`div[role=group]` + a focusable hidden `input#<id>[aria-hidden]`
 * holding the ISO value) and DateFieldInput.vue + shared/date/useDateField.ts (segments
 * `div[role=spinbutton][contenteditable][aria-label="month, "][aria-valuetext="3 - March"]`,
 * literal `/` segments `aria-hidden` with `data-segment=literal`, empty ones `data-placeholder` showing
 * "mm"/"dd"/"yyyy"), Combobox/ComboboxRoot.vue (a ListboxRoot `div` taking the attrs, `id` included),
 * ComboboxInput.vue (`input[role=combobox][aria-autocomplete=list]`).
 * Opened in nuxt/ui (HEAD 3.0.0-alpha.11): src/runtime/components/FormField.vue (label wrapper with
 * `<Label for=id>` and the hint span, description `p`, then the control, the error or help below),
 * src/theme/form-field.ts, Select.vue / SelectMenu.vue / InputMenu.vue templates and their test
 * snapshots (Select, SelectMenu, InputMenu, InputNumber, Form); Select.vue of a 3.0 port (SelectTrigger
 * takes the field's `id`). InputTags, InputDate, UTable, UModal and the 3.x hint/help/error ids
 * (`<id>-hint`, `-description`, `-help`, `-error`, wired into `aria-describedby`) are from knowledge.
 */

let n = 0;
const uid = () => `v-1-${(n += 1)}`;

const chevron = `<span class="iconify i-lucide:chevron-down shrink-0 text-dimmed size-5" aria-hidden="true"></span>`;
const BASE =
  'w-full rounded-md border-0 placeholder:text-dimmed focus:outline-none px-2.5 py-1.5 text-sm gap-1.5 text-highlighted bg-default ring ring-inset ring-accented';

type FieldOpts = { hint?: string; description?: string; help?: string; error?: string };
/** UFormField: label wrapper (label + hint), description, then the control and its error or help */
const formField = (label: string, id: string, control: string, o: FieldOpts = {}) =>
  `<div class="text-sm"><div class=""><div class="flex content-center items-center justify-between"><label for="${id}" class="block font-medium text-default">${label}</label>${
    o.hint ? `<span id="${id}-hint" class="text-muted">${o.hint}</span>` : ''
  }</div>${o.description ? `<p id="${id}-description" class="text-muted">${o.description}</p>` : ''}</div><div class="mt-1 relative">${control}${
    o.error
      ? `<div id="${id}-error" class="mt-2 text-error">${o.error}</div>`
      : o.help
        ? `<div id="${id}-help" class="mt-2 text-muted">${o.help}</div>`
        : ''
  }</div></div>`;

const describedBy = (id: string, o: FieldOpts) =>
  [
    o.error ? `${id}-error` : '',
    o.description ? `${id}-description` : '',
    o.hint ? `${id}-hint` : '',
    !o.error && o.help ? `${id}-help` : '',
  ]
    .filter(Boolean)
    .join(' ');

/** UInput (optionally with a trailing slot, e.g. a unit) */
const uInput = (
  id: string,
  name: string,
  value: string,
  o: FieldOpts & { trailing?: string; placeholder?: string; type?: string } = {},
) => {
  const db = describedBy(id, o);
  return `<div class="relative inline-flex items-center"><input id="${id}" type="${o.type ?? 'text'}" name="${name}"${o.placeholder ? ` placeholder="${o.placeholder}"` : ''}${db ? ` aria-describedby="${db}"` : ''}${o.error ? ' aria-invalid="true"' : ''} class="${BASE}${o.trailing ? ' pe-9' : ''}" autocomplete="off" value="${value}">${
    o.trailing
      ? `<span class="absolute inset-y-0 end-0 flex items-center pe-2.5"><span class="text-xs text-muted">${o.trailing}</span></span>`
      : ''
  }</div>`;
};

/** the VisuallyHidden (fully-hidden) form input Reka adds in a form */
const hiddenInput = (name: string, value: string) =>
  `<input name="${name}" value="${value}" data-hidden="" tabindex="-1" style="position: absolute; border: 0px; width: 1px; height: 1px; padding: 0px; margin: -1px; overflow: hidden; clip: rect(0px, 0px, 0px, 0px); clip-path: inset(50%); white-space: nowrap; word-wrap: normal;">`;

/** UInputNumber (NumberField) with format-options style unit: the input shows "72 kg" */
const uInputNumber = (id: string, name: string, raw: string, shown: string) =>
  `<div class="relative inline-flex items-center" role="group"><input id="${id}" role="spinbutton" type="text" tabindex="0" inputmode="decimal" autocomplete="off" autocorrect="off" spellcheck="false" aria-roledescription="Number field" aria-valuenow="${raw}" class="${BASE} text-center px-9" value="${shown}"><div class="absolute flex items-center inset-y-0 end-0 pe-1"><button type="button" aria-label="Increment" tabindex="-1" class="rounded-md font-medium inline-flex items-center text-sm gap-1.5 text-primary p-1.5"><span class="iconify i-lucide:plus shrink-0 size-5" aria-hidden="true"></span></button></div><div class="absolute flex items-center inset-y-0 start-0 ps-1"><button type="button" aria-label="Decrement" tabindex="-1" class="rounded-md font-medium inline-flex items-center text-sm gap-1.5 text-primary p-1.5"><span class="iconify i-lucide:minus shrink-0 size-5" aria-hidden="true"></span></button></div>${hiddenInput(name, raw)}</div>`;

/** USelect: SelectTrigger button + the BubbleSelect mirror (a form control with a name) */
const uSelect = (id: string, name: string, items: [string, string][], chosen: string | null, placeholder: string, open = false) => {
  const shown = items.find(([v]) => v === chosen)?.[1];
  return `<button id="${id}" role="combobox" type="button" aria-controls="reka-select-content-${id}" aria-expanded="${open}" aria-required="false" aria-autocomplete="none" dir="ltr" data-state="${open ? 'open' : 'closed'}"${shown ? '' : ' data-placeholder=""'} class="relative group rounded-md inline-flex items-center focus:outline-none px-2.5 py-1.5 text-sm gap-1.5 text-highlighted bg-default ring ring-inset ring-accented pe-9">${
    shown ? `<span class="truncate pointer-events-none">${shown}</span>` : `<span class="truncate text-dimmed">${placeholder}</span>`
  }<span class="absolute inset-y-0 end-0 flex items-center pe-2.5">${chevron}</span></button><select aria-hidden="true" tabindex="-1" name="${name}" style="position: absolute; border: 0px; width: 1px; height: 1px; padding: 0px; margin: -1px; overflow: hidden; clip: rect(0px, 0px, 0px, 0px); clip-path: inset(50%); white-space: nowrap; word-wrap: normal;">${
    chosen ? '' : '<option value=""></option>'
  }${items.map(([v, t]) => `<option value="${v}">${t}</option>`).join('')}</select>`;
};

/** USelectMenu: the ComboboxRoot div takes the field id; its ComboboxTrigger button (aria-label
 *  "Show popup", aria-haspopup=listbox) shows the choice */
const selectMenu = (id: string, shown: string, placeholder: string) =>
  `<div id="${id}" dir="ltr" style=""><button type="button" tabindex="0" aria-label="Show popup" aria-haspopup="listbox" aria-expanded="false" aria-controls="" data-state="closed" aria-disabled="false" class="relative group rounded-md inline-flex items-center focus:outline-none px-2.5 py-1.5 text-sm gap-1.5 text-highlighted bg-default ring ring-inset ring-accented pe-9" dir="ltr">${
    shown ? `<span class="truncate pointer-events-none">${shown}</span>` : `<span class="truncate text-dimmed">${placeholder}</span>`
  }<span class="absolute inset-y-0 end-0 flex items-center pe-2.5">${chevron}</span></button></div>`;

/** the open Select content, teleported to body */
const selectContent = (id: string, items: [string, string][], chosen: string | null) =>
  `<div data-reka-popper-content-wrapper="" style="position: fixed; left: 0px; top: 0px; transform: translate(312px, 410px); min-width: max-content; --reka-popper-transform-origin: 0% 0px; z-index: 50;"><div position="popper" id="reka-select-content-${id}" role="listbox" data-state="open" dir="ltr" data-dismissable-layer="" tabindex="-1" class="max-h-60 w-(--reka-select-trigger-width) bg-default shadow-lg rounded-md ring ring-default overflow-hidden pointer-events-auto" data-side="bottom" data-align="start" style="box-sizing: border-box; display: flex; flex-direction: column; outline: none; pointer-events: auto;"><div data-reka-select-viewport="" role="presentation" class="divide-y divide-default scroll-py-1" style="position: relative; flex: 1 1 0%; overflow: hidden auto;"><div role="group" aria-labelledby="reka-select-group-${id}" class="p-1 isolate">${items
    .map(
      ([v, t], i) =>
        `<div role="option" aria-labelledby="reka-select-item-text-${id}-${i}" aria-selected="${v === chosen}" data-state="${v === chosen ? 'checked' : 'unchecked'}" tabindex="-1" class="group relative w-full flex items-center select-none outline-none p-1.5 text-sm gap-1.5" data-reka-collection-item=""><span id="reka-select-item-text-${id}-${i}" class="truncate">${t}</span><span class="ms-auto inline-flex gap-1.5 items-center">${v === chosen ? '<span class="iconify i-lucide:check shrink-0 size-5" aria-hidden="true"></span>' : ''}</span></div>`,
    )
    .join('')}</div></div></div></div>`;

/** UInputTags: TagsInputRoot > TagsInputItem (text + delete) … TagsInputInput; hidden inputs in a form */
const uInputTags = (id: string, name: string, tags: string[], placeholder: string) =>
  `<div dir="ltr" class="relative inline-flex items-center flex-wrap rounded-md px-2.5 py-1.5 text-sm gap-1.5 bg-default ring ring-inset ring-accented">${tags
    .map((t, i) => {
      const tid = `reka-tags-input-item-text-${id}-${i}`;
      return `<div aria-labelledby="${tid}" aria-current="false" data-state="inactive" data-reka-collection-item="" class="px-1.5 py-0.5 rounded-sm font-medium inline-flex items-center gap-0.5 ring ring-inset ring-accented bg-elevated text-default text-xs"><span id="${tid}" class="truncate">${t}</span><button tabindex="-1" aria-labelledby="${tid}" aria-current="false" data-state="inactive" type="button" class="inline-flex items-center rounded-xs text-dimmed hover:text-default hover:bg-accented/75 transition-colors"><span class="iconify i-lucide:x shrink-0 size-3.5" aria-hidden="true"></span></button></div>`;
    })
    .join(
      '',
    )}<input id="${id}" type="text" autocomplete="off" autocorrect="off" autocapitalize="off" placeholder="${placeholder}" class="flex-1 border-0 bg-transparent placeholder:text-dimmed focus:outline-none" value="">${tags
    .map((t, i) => hiddenInput(`[${name}][${i}]`, t))
    .join('')}</div>`;

const seg = (part: 'month' | 'day' | 'year', value: string, text: string) => {
  const label = { month: 'month, ', day: 'day,', year: 'year, ' }[part];
  const max = { month: 12, day: 31, year: 9999 }[part];
  return `<div role="spinbutton" contenteditable="true" tabindex="0" spellcheck="false" inputmode="numeric" autocorrect="off" enterkeyhint="next" style="caret-color: transparent;" aria-label="${label}" aria-valuemin="1" aria-valuemax="${max}" aria-valuenow="${value ? Number(value) : 1}" aria-valuetext="${text || 'Empty'}"${value ? '' : ' data-placeholder=""'} data-reka-date-field-segment="${part}" data-segment="${part}" class="rounded-sm text-center outline-hidden transition-colors data-placeholder:text-dimmed focus:bg-elevated">${value || { month: 'mm', day: 'dd', year: 'yyyy' }[part]}</div>`;
};
const lit = `<div aria-hidden="true" data-segment="literal" contenteditable="false" data-reka-date-field-segment="literal" class="rounded-sm text-center text-muted">/</div>`;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** UInputDate: DateFieldRoot (role=group) with segments MM/DD/YYYY and the hidden ISO input taking the id */
const uInputDate = (id: string, name: string, mdy: string) => {
  const [m = '', d = '', y = ''] = mdy ? mdy.split('/') : [];
  const iso = mdy ? `${y}-${m}-${d}` : '';
  return `<div role="group" dir="ltr" class="group relative inline-flex items-center rounded-md select-none px-2.5 py-1.5 text-sm gap-0.25 bg-default ring ring-inset ring-accented">${seg('month', m, m ? `${Number(m)} - ${MONTHS[Number(m) - 1]}` : '')}${lit}${seg('day', d, d ? String(Number(d)) : '')}${lit}${seg('year', y, y)}<input id="${id}" aria-hidden="true" tabindex="-1" value="${iso}" name="${name}" style="position: absolute; border: 0px; width: 1px; height: 1px; padding: 0px; margin: -1px; overflow: hidden; clip: rect(0px, 0px, 0px, 0px); clip-path: inset(50%); white-space: nowrap; word-wrap: normal;"></div>`;
};

const uForm = (body: string) =>
  `<div id="__nuxt"><div class="isolate"><main class="p-6"><form id="v-0-form" class="space-y-4">${body}</form></main></div></div>`;

const DRUGS: [string, string][] = [
  ['ilaris', 'Ilaris (canakinumab)'],
  ['kineret', 'Kineret (anakinra)'],
];
const FREQ: [string, string][] = [
  ['q4w', 'Every 4 weeks'],
  ['q8w', 'Every 8 weeks'],
];

/** the BubbleSelect's value is set by script (select.value), not by a selected attribute */
const setNative = (name: string, value: string) => {
  const el = document.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
  if (el) el.value = value;
};

const KEYS = ['drug', 'dose', 'start', 'stop', 'outcome'];

/** UTable of UInputs (UForm nested names: therapies.0.drug) */
const therapyTable = () => {
  const cols = ['Drug', 'Dose', 'Start date', 'End date', 'Outcome'];
  return `<div class="relative overflow-auto"><table class="min-w-full overflow-clip"><thead class="relative"><tr class="data-[selected=true]:bg-elevated/50">${cols
    .map((c) => `<th data-pinned="false" class="px-4 py-3.5 text-sm text-highlighted text-left rtl:text-right font-semibold">${c}</th>`)
    .join('')}</tr></thead><tbody class="divide-y divide-default">${THERAPY_ROWS.map(
    (r, ri) =>
      `<tr data-selected="false" data-expanded="false" class="">${r.map((v, ci) => `<td data-pinned="false" class="p-4 text-sm text-muted whitespace-nowrap">${uInput(uid(), `therapies.${ri}.${KEYS[ci] ?? ''}`, v)}</td>`).join('')}</tr>`,
  ).join('')}</tbody></table></div>`;
};

describe('Nuxt UI 3 on Reka UI: UFormField, UInput, UInputNumber, UInputDate, USelect, UInputTags, UTable', () => {
  it('reads the full Ilaris request in a UForm', () => {
    page(
      uForm(`<h2 class="font-semibold">Member</h2>
        ${formField('Member ID', 'v-0-1', uInput('v-0-1', 'memberId', ILARIS['patient.memberId'], { description: 'As printed on the card' }), { description: 'As printed on the card' })}
        ${formField('Date of birth', 'v-0-2', uInputDate('v-0-2', 'dob', ILARIS['patient.dob']))}
        ${formField('Weight', 'v-0-3', uInputNumber('v-0-3', 'weight', '72', '72 kg'))}
        <h2 class="font-semibold">Diagnosis</h2>
        ${formField('ICD-10 codes', 'v-0-4', uInputTags('v-0-4', 'codes', ['M04.1', 'M06.1'], 'Add a code…'))}
        <h2 class="font-semibold">Medication</h2>
        ${formField('Drug name', 'v-0-5', uSelect('v-0-5', 'drugName', DRUGS, 'ilaris', 'Select a drug'))}
        ${formField('HCPCS code', 'v-0-6', uInput('v-0-6', 'hcpcs', ILARIS['drug.hcpcs']))}
        ${formField('NDC', 'v-0-7', uInput('v-0-7', 'ndc', ILARIS['drug.ndc']))}
        ${formField('Dose', 'v-0-8', uInputNumber('v-0-8', 'dose', '150', '150 mg'))}
        ${formField('Billing units', 'v-0-9', uInput('v-0-9', 'units', '150'))}
        ${formField('Frequency', 'v-0-10', uSelect('v-0-10', 'frequency', FREQ, 'q4w', 'Select a frequency'))}
        <h2 class="font-semibold">Labs</h2>
        ${formField('CRP', 'v-0-11', uInput('v-0-11', 'crp', '24', { trailing: 'mg/L' }))}
        ${formField('CRP collection date', 'v-0-12', uInputDate('v-0-12', 'crpDate', ILARIS['labs.crpDate']))}
        <h2 class="font-semibold">Prescriber</h2>
        ${formField('Prescriber NPI', 'v-0-13', uInput('v-0-13', 'npi', ILARIS['prescriber.npi']))}
        <h2 class="font-semibold">Prior therapies</h2>
        ${therapyTable()}
        <button type="submit" class="rounded-md font-medium inline-flex items-center px-2.5 py-1.5 text-sm gap-1.5 text-inverted bg-primary">Submit</button>`),
    );
    setNative('drugName', 'ilaris');
    setNative('frequency', 'q4w');
    // the date field's label names its hidden ISO input (DateFieldRoot gives it the id): read as ISO
    expect(read()).toEqual({
      ...ILARIS,
      ...THERAPIES,
      'patient.dob': '1988-03-14',
      'labs.crpDate': '2026-11-02',
      'patient.weight': '72 kg',
      'drug.dose': '150 mg',
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.frequency': 'Every 4 weeks',
    });
    expect(units()).toEqual({ 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('reads a USelect trigger by its text, empty while it shows its placeholder, and takes no field from its hidden native select', () => {
    page(
      uForm(
        `${formField('Drug name', 'v-0-5', uSelect('v-0-5', 'drugName', DRUGS, null, 'Select a drug'))}${formField('Frequency', 'v-0-10', uSelect('v-0-10', 'frequency', FREQ, 'q4w', 'Select a frequency'))}`,
      ),
    );
    setNative('frequency', 'q4w');
    expect(read()).toEqual({ 'drug.name': '', 'drug.frequency': 'Every 4 weeks' });
    nothingFrom('select[aria-hidden="true"]');
    expect(field('drug.frequency')?.label).toBe('Frequency');
  });

  it('takes nothing from an open USelect listbox teleported to body', () => {
    page(
      `${uForm(formField('Frequency', 'v-0-10', uSelect('v-0-10', 'frequency', FREQ, 'q4w', 'Select a frequency', true)))}${selectContent('v-0-10', FREQ, 'q4w')}`,
    );
    setNative('frequency', 'q4w');
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks' });
    nothingFrom('[data-reka-popper-content-wrapper]');
  });

  it('reads UInputTags as its tags once, taking nothing from the tags, their delete buttons or the hidden form inputs', () => {
    page(uForm(formField('ICD-10 codes', 'v-0-4', uInputTags('v-0-4', 'codes', ['M04.1', 'M06.1'], 'Add a code…'))));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom('[data-hidden]');
    expect(mapped()).toHaveLength(1);
  });

  it('reads UInputDate once (its label names the hidden ISO input), and empty segments ("mm", "dd", "yyyy" placeholders) as empty', () => {
    page(
      uForm(
        `${formField('Date of birth', 'v-0-2', uInputDate('v-0-2', 'dob', ILARIS['patient.dob']))}${formField('CRP collection date', 'v-0-12', uInputDate('v-0-12', 'crpDate', ''))}`,
      ),
    );
    expect(read()).toEqual({ 'patient.dob': '1988-03-14', 'labs.crpDate': '' });
    expect(mapped()).toHaveLength(2);
  });

  it('reads a UInputNumber with a unit format whole ("72 kg") and takes no field from its hidden raw-number input', () => {
    page(
      uForm(
        `${formField('Weight', 'v-0-3', uInputNumber('v-0-3', 'weight', '72', '72 kg'))}${formField('Dose', 'v-0-8', uInputNumber('v-0-8', 'dose', '150', '150 mg'))}`,
      ),
    );
    expect(read()).toEqual({ 'patient.weight': '72 kg', 'drug.dose': '150 mg' });
    nothingFrom('[data-hidden]');
  });

  it('keeps the UFormField hint, description, help and error out of labels and values', () => {
    page(
      uForm(`${formField('Member ID', 'v-0-1', uInput('v-0-1', 'memberId', ILARIS['patient.memberId'], { hint: 'Optional', help: 'Prescriber NPI if unknown' }), { hint: 'Optional', help: 'Prescriber NPI if unknown' })}
        ${formField('Prescriber NPI', 'v-0-13', uInput('v-0-13', 'npi', '123456789', { error: 'NDC must be 11 digits' }), { error: 'NDC must be 11 digits' })}
        ${formField('Billing units', 'v-0-9', uInput('v-0-9', 'units', '150', { hint: 'Dose in mg', description: 'J0638 is 1 mg per unit' }), { hint: 'Dose in mg', description: 'J0638 is 1 mg per unit' })}`),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': '123456789', 'drug.units': '150' });
    expect(field('drug.units')?.label).toBe('Billing units');
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads a UInputMenu (ComboboxRoot div taking the field id, ComboboxInput showing the choice)', () => {
    const menu = (id: string, value: string, placeholder: string) =>
      `<div id="${id}" dir="ltr" class="relative inline-flex items-center"><input aria-disabled="false" type="text" aria-expanded="false" aria-controls="" aria-autocomplete="list" role="combobox" autocomplete="false" placeholder="${placeholder}" class="${BASE} pe-9" value="${value}"><button type="button" tabindex="-1" aria-label="Show popup" aria-haspopup="listbox" aria-expanded="false" aria-controls="" data-state="closed" aria-disabled="false" class="group absolute inset-y-0 end-0 flex items-center pe-2.5">${chevron}</button></div>`;
    page(
      uForm(
        `${formField('Drug name', 'v-0-5', menu('v-0-5', ILARIS['drug.name'], 'Search drugs…'))}${formField('Frequency', 'v-0-10', menu('v-0-10', '', 'Search…'))}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': '' });
  });

  it('reads a UInputMenu with multiple (TagsInput inside the combobox anchor) as its tags', () => {
    const id = 'v-0-4';
    const tags = ['M04.1', 'M06.1']
      .map((t, i) => {
        const tid = `reka-tags-input-item-text-${id}-${i}`;
        return `<div aria-labelledby="${tid}" aria-current="false" data-state="inactive" data-reka-collection-item="" class="px-1.5 py-0.5 rounded-sm font-medium inline-flex items-center gap-0.5 ring ring-inset ring-accented bg-elevated text-default"><span id="${tid}" class="truncate">${t}</span><button tabindex="-1" aria-labelledby="${tid}" aria-current="false" data-state="inactive" type="button" class="inline-flex items-center rounded-xs text-dimmed transition-colors"><span class="iconify i-lucide:x shrink-0 size-4" aria-hidden="true"></span></button></div>`;
      })
      .join('');
    page(
      uForm(
        formField(
          'ICD-10 codes',
          id,
          `<div id="${id}" dir="ltr" style=""><div class="relative inline-flex items-center flex-wrap rounded-md px-2.5 py-1.5 text-sm gap-1.5 bg-default ring ring-inset ring-accented pe-9"><div dir="ltr" class="flex items-center gap-1.5 flex-wrap">${tags}<input type="text" autocomplete="false" autocorrect="off" autocapitalize="off" placeholder="Search codes…" aria-expanded="false" aria-controls="" aria-autocomplete="list" role="combobox" class="flex-1 border-0 bg-transparent placeholder:text-dimmed focus:outline-none" value=""></div><button type="button" tabindex="-1" aria-label="Show popup" aria-haspopup="listbox" aria-expanded="false" aria-controls="" data-state="closed" class="group absolute inset-y-0 end-0 flex items-center pe-2.5">${chevron}</button></div></div>`,
        ),
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads a USelectMenu (ComboboxRoot div taking the id, a ComboboxTrigger button showing the choice) and a multiple USelect', () => {
    const multi = `<button id="v-0-4" role="combobox" type="button" aria-controls="reka-select-content-v-0-4" aria-expanded="false" aria-required="false" aria-autocomplete="none" dir="ltr" data-state="closed" class="relative group rounded-md inline-flex items-center px-2.5 py-1.5 text-sm gap-1.5 pe-9"><span class="truncate pointer-events-none">M04.1, M06.1</span><span class="absolute inset-y-0 end-0 flex items-center pe-2.5">${chevron}</span></button>`;
    page(
      uForm(
        `${formField('Drug name', 'v-0-5', selectMenu('v-0-5', ILARIS['drug.name'], 'Select a drug'))}${formField('Frequency', 'v-0-10', selectMenu('v-0-10', '', 'Select a frequency'))}${formField('ICD-10 codes', 'v-0-4', multi)}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': '', 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('names a USelectMenu by its UFormField label, not the trigger\'s "Show popup"', () => {
    page(
      uForm(
        `${formField('Drug name', 'v-0-5', selectMenu('v-0-5', ILARIS['drug.name'], 'Select a drug'))}${formField('NDC', 'v-0-7', uInput('v-0-7', 'ndc', ILARIS['drug.ndc']))}`,
      ),
    );
    expect(field('drug.name')?.label).toBe('Drug name');
  });

  it('reads a form in a UModal (Reka DialogContent), the app behind it made aria-hidden', () => {
    page(
      `<div id="__nuxt" aria-hidden="true" data-aria-hidden="true"><div class="isolate"><main><form>${formField('Search member ID', 'v-0-90', uInput('v-0-90', 'q', 'U0000000000'))}</form></main></div></div><div data-state="open" style="pointer-events: auto;" class="fixed inset-0 bg-elevated/75"></div><div role="dialog" id="reka-dialog-content-v-3" aria-describedby="reka-dialog-description-v-5" aria-labelledby="reka-dialog-title-v-4" data-state="open" data-dismissable-layer="" tabindex="-1" style="pointer-events: auto;" class="fixed bg-default divide-y divide-default flex flex-col focus:outline-none top-[50%] left-[50%] translate-x-[-50%] translate-y-[-50%] w-[calc(100vw-2rem)] max-w-lg rounded-lg shadow-lg ring ring-default"><div class="flex items-center gap-1.5 p-4 sm:px-6 min-h-16"><div class=""><h2 id="reka-dialog-title-v-4" class="text-highlighted font-semibold">Edit member</h2><p id="reka-dialog-description-v-5" class="mt-1 text-muted text-sm">Member details for this request</p></div><button type="button" aria-label="Close" class="absolute top-4 end-4 rounded-md p-1.5"><span class="iconify i-lucide:x shrink-0 size-5" aria-hidden="true"></span></button></div><div class="flex-1 overflow-y-auto p-4 sm:p-6"><form id="v-0-modal-form" class="space-y-4">${formField('Member ID', 'v-0-91', uInput('v-0-91', 'memberId', ILARIS['patient.memberId']))}${formField('Date of birth', 'v-0-92', uInputDate('v-0-92', 'dob', ILARIS['patient.dob']))}</form></div></div>`,
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'patient.dob': '1988-03-14' });
    expect(mapped()).toHaveLength(2);
  });
});

/**
 * shadcn-vue (new-york-v4 registry) on Reka UI, written from knowledge of its registry components
 * (not opened): FormItem `div.grid.gap-2` with FormLabel `label[data-slot=form-label][for=<id>]`,
 * FormControl (a Reka Slot) giving the control the id, `aria-describedby` and `aria-invalid`,
 * FormDescription `p#<id>-description` and FormMessage `p#<id>-message`; the date picker of its form
 * example: a PopoverTrigger Button (`aria-haspopup=dialog`) showing the date as
 * `DateFormatter('en-US', { dateStyle: 'long' })` writes it ("March 14, 1988") or "Pick a date",
 * then a lucide calendar svg, beside an `<input hidden>`; TagsInput: Reka TagsInputItem divs
 * (`data-state`, `aria-labelledby`, no role) with TagsInputItemText span and a TagsInputItemDelete
 * button holding a lucide x svg, then TagsInputInput.
 */
const scnItem = (label: string, id: string, control: string, o: { description?: string; message?: string } = {}) =>
  `<div data-slot="form-item" class="grid gap-2"><label data-slot="form-label" data-error="${!!o.message}" class="flex items-center gap-2 text-sm leading-none font-medium select-none data-[error=true]:text-destructive" for="${id}">${label}</label>${control}${
    o.description ? `<p data-slot="form-description" id="${id}-description" class="text-muted-foreground text-sm">${o.description}</p>` : ''
  }${o.message ? `<p data-slot="form-message" id="${id}-message" class="text-destructive text-sm">${o.message}</p>` : ''}</div>`;

const lucide = (name: string, cls: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" class="lucide lucide-${name}-icon lucide-${name} ${cls}"><path d="M8 2v4"></path></svg>`;

const scnDatePicker = (id: string, shown: string) =>
  `<button id="${id}" aria-describedby="${id}-description" aria-invalid="false" type="button" aria-haspopup="dialog" aria-expanded="false" aria-controls="reka-popover-content-${id}" data-state="closed" data-slot="popover-trigger" class="inline-flex items-center gap-2 whitespace-nowrap rounded-md text-sm font-medium border bg-background shadow-xs h-9 px-4 py-2 w-[240px] ps-3 text-start${shown ? '' : ' text-muted-foreground'}"><span>${shown || 'Pick a date'}</span>${lucide('calendar', 'ms-auto h-4 w-4 opacity-50')}</button><input hidden="">`;

const scnTags = (id: string, tags: string[]) =>
  `<div data-slot="tags-input" class="flex flex-wrap gap-2 items-center rounded-md border border-input bg-background px-2 py-1 text-sm">${tags
    .map((t, i) => {
      const tid = `reka-tags-input-item-text-${id}-${i}`;
      return `<div aria-labelledby="${tid}" aria-current="false" data-state="inactive" data-slot="tags-input-item" class="flex h-5 items-center rounded-md bg-secondary data-[state=active]:ring-ring"><span id="${tid}" data-slot="tags-input-item-text" class="py-0.5 px-2 text-sm rounded bg-transparent">${t}</span><button tabindex="-1" aria-labelledby="${tid}" aria-current="false" data-state="inactive" type="button" data-slot="tags-input-item-delete" class="flex rounded bg-transparent mr-1">${lucide('x', 'w-4 h-4')}</button></div>`;
    })
    .join(
      '',
    )}<input id="${id}" aria-describedby="${id}-description" aria-invalid="false" type="text" autocomplete="off" autocorrect="off" autocapitalize="off" placeholder="Add a code" data-slot="tags-input-input" class="text-sm min-h-5 focus:outline-none flex-1 bg-transparent px-1" value=""></div>`;

describe('shadcn-vue on Reka UI: FormItem, the popover date picker button, TagsInput', () => {
  it('reads the popover date picker button by the long date it shows, and "Pick a date" as empty', () => {
    page(
      `<form class="space-y-8">${scnItem('Date of birth', 'v-2-form-item', scnDatePicker('v-2-form-item', 'March 14, 1988'), { description: 'Your date of birth is used to calculate your age.' })}${scnItem('CRP collection date', 'v-3-form-item', scnDatePicker('v-3-form-item', ''))}</form>`,
    );
    expect(read()).toEqual({ 'patient.dob': 'March 14, 1988', 'labs.crpDate': '' });
    expect(mapped()).toHaveLength(2);
  });

  it('reads a TagsInput as its tags, with a FormMessage not taken as a value', () => {
    page(
      `<form class="space-y-8">${scnItem('ICD-10 codes', 'v-4-form-item', scnTags('v-4-form-item', ['M04.1', 'M06.1']), { message: 'Add at most 2 codes' })}</form>`,
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });
});
