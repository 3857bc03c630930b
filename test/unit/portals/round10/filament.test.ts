import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Filament 3.2 forms (Laravel, Livewire 3 + Alpine; filamentphp/filament at 0e4b9b9, packages/forms/
 * resources/views/components: field-wrapper/index.blade.php + label.blade.php (`div.fi-fo-field-wrp
 * [data-field-wrapper]` > `label.fi-fo-field-wrp-label[for=<id>] > span` label text (+ `sup` "*" when
 * required)), text-input.blade.php on support's input/wrapper.blade.php (`div.fi-input-wrp.fi-fo-text-input`
 * > prefix div, `div.min-w-0.flex-1 > input.fi-input#data.<field>[wire:model]`, suffix div with
 * `span.fi-input-wrp-label` "kg"), select.blade.php (native: `select.fi-select-input` with a placeholder
 * `option[value=""]` "Select an option"; searchable/multiple: a Choices.js 10 `select[x-ref=input]` in
 * an `x-data=selectFormComponent` div, Choices markup from memory of choices.js templates.ts:
 * `div.choices[data-type][role=combobox][aria-autocomplete=list]` > `div.choices__inner` > the now hidden
 * select keeping only the chosen options + `div.choices__list--single|--multiple` of
 * `div.choices__item[data-value]` items with (removeItemButton = canSelectPlaceholder) a
 * `button.choices__button[aria-label="Remove item: '<value>'"]` "Remove item", and the dropdown
 * `div.choices__list--dropdown` (hidden by CSS until `.is-active`) holding the search input
 * `input.choices__input--cloned[type=search]` (single; in `choices__inner` for multiple) and the choice list),
 * date-time-picker.blade.php (native(false): hidden maxDate/minDate/disabledDates inputs, `button
 * [x-ref=button][aria-label=<placeholder>]` > `input.fi-fo-date-time-picker-display-text-input#<id>
 * [readonly][x-model=displayText]` showing the display format (DatePicker default "M j, Y": "Mar 14,
 * 1988"), then the panel `div.fi-fo-date-time-picker-panel` (x-float: display none while closed) with
 * a month select and a year number input), tags-input.blade.php (the text input, a datalist, then
 * `x-filament::badge`s: `span.fi-badge > span.grid > span.truncate > span[x-text=tag]` + a
 * `button.fi-badge-delete-button` icon), radio.blade.php (`div.fi-fo-radio` > `label` > `input.fi-radio-input
 * #<id>-<value>[name=<id>][value]` + `span` text; the field label's `for` is the bare id, which nothing
 * has), toggle.blade.php (inline: the `button.fi-fo-toggle[role=switch][aria-checked]#<id>` rendered in
 * the label row before the label), repeater/index.blade.php (`ul > li.fi-fo-repeater-item` with a header
 * `h4.fi-fo-repeater-item-header-label` and icon buttons, then `div.fi-fo-repeater-item-content`), fieldset
 * (`fieldset.fi-fieldset > legend`) and support's section (`section.fi-section > header >
 * h3.fi-section-header-heading`, `div.fi-section-content`).
 * Livewire binds values with wire:model, so inputs carry no value attribute: the values are set as
 * properties after render, as Livewire/Alpine do.
 */

const wrp = (id: string, label: string, control: string, o: { required?: boolean; labelPrefix?: string } = {}) =>
  `<div class="col-[--col-span-default]" style="--col-span-default: span 1 / span 1;"><div data-field-wrapper="" class="fi-fo-field-wrp"><div class="grid gap-y-2"><div class="flex items-center gap-x-3 justify-between"><label class="fi-fo-field-wrp-label inline-flex items-center gap-x-3" for="${id}">${o.labelPrefix ?? ''}<span class="text-sm font-medium leading-6 text-gray-950 dark:text-white">${label}${o.required ? '<sup class="text-danger-600 dark:text-danger-400 font-medium">*</sup>' : ''}</span></label></div>${control ? `<div class="grid auto-cols-fr gap-y-2">${control}</div>` : ''}</div></div></div>`;

const affix = (text: string, side: 'prefix' | 'suffix') =>
  `<div class="flex items-center gap-x-3 ${side === 'prefix' ? 'ps-3 border-e border-gray-200 pe-3 dark:border-white/10' : 'pe-3 border-s border-gray-200 ps-3 dark:border-white/10'}"><span class="fi-input-wrp-label whitespace-nowrap text-sm text-gray-500 dark:text-gray-400">${text}</span></div>`;

const inputWrp = (cls: string, inner: string, o: { prefix?: string; suffix?: string } = {}) =>
  `<div class="fi-input-wrp flex rounded-lg shadow-sm ring-1 transition duration-75 bg-white dark:bg-white/5 [&amp;:not(:has(.fi-ac-action:focus))]:focus-within:ring-2 ring-gray-950/10 dark:ring-white/20 ${cls}">${o.prefix ? affix(o.prefix, 'prefix') : ''}<div class="min-w-0 flex-1">${inner}</div>${o.suffix ? affix(o.suffix, 'suffix') : ''}</div>`;

const fiInput = (id: string, type = 'text', placeholder?: string) =>
  `<input class="fi-input block w-full border-none py-1.5 text-base text-gray-950 transition duration-75 placeholder:text-gray-400 focus:ring-0 disabled:text-gray-500 dark:text-white sm:text-sm sm:leading-6 bg-white/0 ps-3 pe-3" id="${id}"${placeholder ? ` placeholder="${placeholder}"` : ''}${type === 'number' ? ' step="any"' : ''} type="${type}" wire:model="${id}">`;

const textInput = (id: string, label: string, o: { type?: string; prefix?: string; suffix?: string; required?: boolean } = {}) =>
  wrp(id, label, inputWrp('fi-fo-text-input overflow-hidden', fiInput(id, o.type), o), { required: o.required });

type Opt = [value: string, label: string];
const nativeSelect = (id: string, label: string, options: Opt[]) =>
  wrp(
    id,
    label,
    inputWrp(
      'fi-fo-select',
      `<select class="fi-select-input block w-full border-none bg-transparent py-1.5 pe-8 text-base text-gray-950 transition duration-75 focus:ring-0 dark:text-white sm:text-sm sm:leading-6 [&amp;_optgroup]:bg-white ps-3" id="${id}" wire:model="${id}"><option value="">Select an option</option>${options
        .map(([v, l]) => `<option value="${v}">${l}</option>`)
        .join('')}</select>`,
    ),
  );

/** Select::make()->searchable() / ->multiple(), after Choices.js built it (closed) */
function choices(id: string, label: string, options: Opt[], chosen: string[], multiple = false): string {
  const picked = options.filter(([v]) => chosen.includes(v));
  const items = picked
    .map(
      ([v, l], i) =>
        `<div class="choices__item choices__item--selectable" data-item="" data-id="${i + 1}" data-value="${v}" aria-selected="true" data-deletable="">${l}<button type="button" class="choices__button" aria-label="Remove item: '${v}'" data-button="">Remove item</button></div>`,
    )
    .join('');
  const search = `<input type="search" name="search_terms" class="choices__input choices__input--cloned" autocomplete="off" autocapitalize="off" spellcheck="false" role="textbox" aria-autocomplete="list" aria-label="${multiple ? 'Select an option' : 'Start typing to search...'}" placeholder="${multiple ? (picked.length ? '' : 'Select an option') : 'Start typing to search...'}">`;
  const list = `<div class="choices__list" ${multiple ? 'aria-multiselectable="true" ' : ''}role="listbox">${options
    .map(
      ([v, l], i) =>
        `<div class="choices__item choices__item--choice choices__item--selectable" data-select-text="" data-choice="" data-id="${i + 1}" data-value="${v}" data-choice-selectable="" id="choices--${id.replace(/\./g, '')}-item-choice-${i + 1}" role="option">${l}</div>`,
    )
    .join('')}</div>`;
  const single = picked.length
    ? items
    : '<div class="choices__item choices__placeholder choices__item--selectable" data-item="" data-id="0" data-value="" aria-selected="true">Select an option</div>';
  const control = `<div class="hidden" x-data="{ isDisabled: false }"></div><div x-ignore="" ax-load="" ax-load-src="/js/filament/forms/components/select.js" x-data="selectFormComponent({})" wire:ignore=""><div class="choices" data-type="select-${multiple ? 'multiple' : 'one'}" ${multiple ? '' : 'tabindex="0" '}role="combobox" aria-autocomplete="list" aria-haspopup="true" aria-expanded="false"><div class="choices__inner"><select x-ref="input" id="${id}" class="h-9 w-full rounded-lg border-none bg-transparent !bg-none choices__input" hidden="" tabindex="-1" data-choice="active"${multiple ? ' multiple=""' : ''}>${picked
    .map(([v, l]) => `<option value="${v}" selected="">${l}</option>`)
    .join(
      '',
    )}</select><div class="choices__list choices__list--${multiple ? 'multiple' : 'single'}">${multiple ? items : single}</div>${multiple ? search : ''}</div><div class="choices__list choices__list--dropdown" aria-expanded="false">${multiple ? '' : search}${list}</div></div></div>`;
  return wrp(id, label, inputWrp('fi-fo-select', control));
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** DatePicker::make()->native(false), closed */
const datePicker = (id: string, label: string, placeholder = '') =>
  wrp(
    id,
    label,
    inputWrp(
      '',
      `<div x-ignore="" ax-load="" x-data="dateTimePickerFormComponent({ displayFormat: 'MMM D, YYYY' })" class="fi-fo-date-time-picker"><input x-ref="maxDate" type="hidden" value=""><input x-ref="minDate" type="hidden" value=""><input x-ref="disabledDates" type="hidden" value="[]"><button x-ref="button" aria-label="${placeholder}" type="button" tabindex="-1" class="w-full"><input readonly="" placeholder="${placeholder}" wire:key="abc.${id}.Filament\\Forms\\Components\\DatePicker.display-text" x-model="displayText" id="${id}" class="fi-fo-date-time-picker-display-text-input w-full border-none bg-transparent px-3 py-1.5 text-base text-gray-950 outline-none sm:text-sm sm:leading-6"></button><div x-ref="panel" x-float.placement.bottom-start.offset.flip.shift="{ offset: 8 }" wire:ignore="" class="fi-fo-date-time-picker-panel absolute z-10 rounded-lg bg-white p-4 shadow-lg ring-1 ring-gray-950/5" style="display: none;"><div class="grid gap-y-3"><div class="flex items-center justify-between"><select x-model="focusedMonth" class="grow cursor-pointer border-none bg-transparent p-0 text-sm font-medium">${months
        .map((m, i) => `<option value="${i}">${m}</option>`)
        .join(
          '',
        )}</select><input type="number" inputmode="numeric" x-model.debounce="focusedYear" class="w-16 border-none bg-transparent p-0 text-right text-sm"></div><div class="grid grid-cols-7 gap-1"><div class="text-center text-xs font-medium text-gray-500">Sun</div><div class="text-center text-xs font-medium text-gray-500">Mon</div></div><div role="grid" class="grid grid-cols-[repeat(7,minmax(theme(spacing.7),1fr))] gap-1"><div role="gridcell" class="rounded-full text-center text-sm leading-loose">1</div><div role="gridcell" class="rounded-full text-center text-sm leading-loose">2</div></div></div></div></div>`,
    ),
  );

const badge = (tag: string) =>
  `<span class="fi-badge flex items-center justify-center gap-x-1 rounded-md text-xs font-medium ring-1 ring-inset px-2 min-w-[theme(spacing.6)] py-1 fi-color-custom bg-custom-50 text-custom-600 ring-custom-600/10 fi-color-primary" style="--c-50:var(--primary-50);--c-400:var(--primary-400);--c-600:var(--primary-600);"><span class="grid"><span class="truncate"><span x-text="tag" class="select-none text-start">${tag}</span></span></span><button type="button" class="fi-badge-delete-button -my-1 -me-2 -ms-1 flex items-center justify-center p-1 outline-none transition duration-75 text-custom-700/50"><svg class="fi-icon h-3.5 w-3.5" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true" data-slot="icon"><path d="M6.28 5.22a.75.75 0 0 0-1.06 1.06L8.94 10l-3.72 3.72a.75.75 0 1 0 1.06 1.06L10 11.06l3.72 3.72a.75.75 0 1 0 1.06-1.06L11.06 10l3.72-3.72a.75.75 0 0 0-1.06-1.06L10 8.94 6.28 5.22Z"></path></svg></button></span>`;
/** TagsInput, its state rendered by Alpine's x-for */
const tagsInput = (id: string, label: string, tags: string[], placeholder = 'New tag') =>
  wrp(
    id,
    label,
    inputWrp(
      'fi-fo-tags-input',
      `<div ax-load="" x-data="tagsInputFormComponent({ splitKeys: [] })" x-ignore=""><input autocomplete="off" class="fi-input block w-full border-none py-1.5 text-base text-gray-950 sm:text-sm sm:leading-6 bg-white/0 ps-3 pe-3" id="${id}" list="${id}-suggestions" placeholder="${placeholder}" type="text" x-bind="input"><datalist id="${id}-suggestions"></datalist><div><div wire:ignore=""><template x-if="state?.length"></template>${
        tags.length
          ? `<div class="flex w-full flex-wrap gap-1.5 p-2 border-t border-t-gray-200 dark:border-t-white/10"><template x-for="(tag, index) in state" class="hidden"></template>${tags.map(badge).join('')}</div>`
          : ''
      }</div></div></div>`,
    ),
  );

const radio = (id: string, label: string, options: Opt[]) =>
  wrp(
    id,
    label,
    `<div class="fi-fo-radio gap-4 grid grid-cols-[--cols-default]" style="--cols-default: repeat(1, minmax(0, 1fr));">${options
      .map(
        ([v, l]) =>
          `<div class="break-inside-avoid pt-2"><label class="flex gap-x-3"><input class="fi-radio-input border-none bg-white shadow-sm ring-1 mt-1" id="${id}-${v}" name="${id}" type="radio" value="${v}" wire:loading.attr="disabled" wire:model="${id}"><div class="grid text-sm leading-6"><span class="font-medium text-gray-950 dark:text-white">${l}</span></div></label></div>`,
      )
      .join('')}</div>`,
  );

const toggle = (id: string, label: string, on: boolean) =>
  wrp(id, label, '', {
    labelPrefix: `<button x-data="{ state: $wire.$entangle('${id}') }" x-bind:aria-checked="state?.toString()" x-on:click="state = ! state" aria-checked="${on}" id="${id}" role="switch" type="button" wire:loading.attr="disabled" class="fi-fo-toggle relative inline-flex h-6 w-11 shrink-0 cursor-pointer rounded-full border-2 border-transparent outline-none transition-colors duration-200 ease-in-out ${on ? 'fi-color-custom bg-custom-600' : 'fi-color-gray bg-gray-200'}"><span class="pointer-events-none relative inline-block h-5 w-5 transform rounded-full bg-white shadow ring-0 transition duration-200 ease-in-out ${on ? 'translate-x-5 rtl:-translate-x-5' : 'translate-x-0'}"><span class="absolute inset-0 flex h-full w-full items-center justify-center transition-opacity ${on ? 'opacity-0 ease-out duration-100' : 'opacity-100 ease-in duration-200'}" aria-hidden="true"></span><span class="absolute inset-0 flex h-full w-full items-center justify-center transition-opacity ${on ? 'opacity-100 ease-in duration-200' : 'opacity-0 ease-out duration-100'}" aria-hidden="true"></span></span></button>`,
  });

const grid = (body: string) =>
  `<div class="grid grid-cols-[--cols-default] fi-fo-component-ctn gap-6" style="--cols-default: repeat(1, minmax(0, 1fr));">${body}</div>`;
const section = (heading: string, body: string) =>
  `<div class="col-[--col-span-default]"><section x-data="{ isCollapsed: false }" class="fi-section rounded-xl bg-white shadow-sm ring-1 ring-gray-950/5 dark:bg-gray-900 dark:ring-white/10" id="${heading.toLowerCase().replace(/ /g, '-')}"><header class="fi-section-header flex flex-col gap-3 px-6 py-4"><div class="flex items-center gap-3"><div class="grid flex-1 gap-y-1"><h3 class="fi-section-header-heading text-base font-semibold leading-6 text-gray-950 dark:text-white">${heading}</h3></div></div></header><div class="fi-section-content-ctn border-t border-gray-200 dark:border-white/10"><div class="fi-section-content p-6">${grid(body)}</div></div></section></div>`;
const fieldset = (legend: string, body: string) =>
  `<div class="col-[--col-span-default]"><fieldset class="fi-fieldset rounded-xl border border-gray-200 p-4 sm:p-6 dark:border-white/10"><legend class="-ms-2 px-2 text-sm font-medium leading-6 text-gray-950 dark:text-white">${legend}</legend>${grid(body)}</fieldset></div>`;

const iconBtn = (label: string) =>
  `<li><button class="fi-icon-btn relative flex items-center justify-center rounded-lg outline-none transition duration-75 h-8 w-8 text-gray-400 fi-color-gray" title="${label}" type="button"><span class="sr-only">${label}</span><svg class="fi-icon-btn-icon h-4 w-4" viewBox="0 0 20 20" aria-hidden="true"></svg></button></li>`;
/** Repeater::make('prior_therapies') with two items, ->itemLabel('Prior therapy') */
function repeater(): string {
  const item = (i: 0 | 1, uuid: string) =>
    `<li wire:key="lw.data.prior_therapies.${uuid}.item" x-data="{ isCollapsed: false }" x-sortable-item="${uuid}" class="fi-fo-repeater-item divide-y divide-gray-100 rounded-xl bg-white shadow-sm ring-1 ring-gray-950/5"><div class="fi-fo-repeater-item-header flex items-center gap-x-3 overflow-hidden px-4 py-3"><ul class="flex items-center gap-x-3">${iconBtn('Move')}</ul><h4 class="fi-fo-repeater-item-header-label text-sm font-medium text-gray-950 dark:text-white truncate">Prior therapy ${i + 1}</h4><ul class="ms-auto flex items-center gap-x-3">${iconBtn('Delete')}${iconBtn('Collapse')}</ul></div><div x-show="! isCollapsed" class="fi-fo-repeater-item-content p-4">${grid(
      (['drug', 'dose', 'start', 'stop', 'outcome'] as const)
        .map((k) =>
          textInput(
            `data.prior_therapies.${uuid}.${k}`,
            { drug: 'Drug', dose: 'Dose', start: 'Start date', stop: 'Stop date', outcome: 'Outcome' }[k],
          ),
        )
        .join(''),
    )}</div></li>`;
  return wrp(
    'data.prior_therapies',
    'Prior therapies',
    `<div x-data="{}" class="fi-fo-repeater grid gap-y-4"><ul><div x-sortable="" class="grid grid-cols-[--cols-default] items-start gap-4">${item(0, '6b1f3c2e-1d7a-4c55-9b0e-2f7f0d2c9a11')}${item(1, 'c0a4e8d2-5f3b-4e1a-8c6d-7a9b1e2f3d44')}</div></ul><div class="flex justify-center"><button class="fi-btn relative grid-flow-col items-center justify-center font-semibold outline-none transition duration-75 rounded-lg fi-color-gray fi-btn-color-gray fi-size-sm gap-1 px-2.5 py-1.5 text-sm inline-grid shadow-sm bg-white text-gray-950 ring-1 ring-gray-950/10" type="button"><span class="fi-btn-label">Add to prior therapies</span></button></div></div>`,
  );
}

const form = (body: string) =>
  `<div class="fi-layout flex min-h-screen w-full"><main class="fi-main mx-auto h-full w-full px-4 md:px-6 lg:px-8 max-w-7xl"><section class="flex flex-col gap-y-8 py-8"><header class="fi-header"><h1 class="fi-header-heading text-2xl font-bold">Create Prior Authorization</h1></header><form method="post" wire:submit="create" id="form" class="fi-form grid gap-y-6">${grid(body)}<div class="fi-form-actions"><div class="fi-ac gap-3 flex flex-wrap items-center justify-start"><button class="fi-btn fi-btn-color-primary" type="submit" wire:loading.attr="disabled"><span class="fi-btn-label">Create</span></button></div></div></form></section></main></div>`;

/** What Livewire and Alpine put into the inputs and selects (wire:model / x-model set properties, not attributes) */
function fill(values: Record<string, string>): void {
  for (const [id, value] of Object.entries(values)) {
    const el = document.getElementById(id) as HTMLInputElement | HTMLSelectElement | null;
    if (!el) throw new Error(`no #${id}`);
    el.value = value;
  }
}
const check = (id: string) => ((document.getElementById(id) as HTMLInputElement).checked = true);

const DRUGS: Opt[] = [
  ['ilaris', 'Ilaris (canakinumab)'],
  ['kineret', 'Kineret (anakinra)'],
];
const FREQS: Opt[] = [
  ['q4w', 'Every 4 weeks'],
  ['q8w', 'Every 8 weeks'],
  ['once', 'Once'],
];
const CODES: Opt[] = [
  ['M04.1', 'M04.1'],
  ['M06.1', 'M06.1'],
  ['M04.8', 'M04.8'],
];

describe('Filament 3.2 forms (Livewire + Alpine): field wrapper, TextInput affixes, Select (native and Choices.js), DatePicker, TagsInput, Repeater, Radio, Toggle', () => {
  it('reads the Ilaris request', () => {
    page(
      form(
        `${section('Member', `${textInput('data.member_id', 'Member ID', { required: true })}${datePicker('data.dob', 'Date of birth')}${textInput('data.weight', 'Weight', { type: 'number', suffix: 'kg' })}`)}
        ${section('Diagnosis', choices('data.icd_codes', 'ICD-10 codes', CODES, ['M04.1', 'M06.1'], true))}
        ${section('Medication', `${choices('data.drug_name', 'Drug name', DRUGS, ['ilaris'])}${textInput('data.hcpcs', 'HCPCS code')}${textInput('data.ndc', 'NDC')}${textInput('data.dose', 'Dose', { type: 'number', suffix: 'mg' })}${textInput('data.units', 'Billing units', { type: 'number' })}${nativeSelect('data.frequency', 'Frequency', FREQS)}`)}
        ${section('Labs', `${textInput('data.crp', 'CRP', { type: 'number', suffix: 'mg/L' })}${datePicker('data.crp_date', 'CRP collection date')}`)}
        ${section('Prior therapies', repeater())}
        ${section('Prescriber', textInput('data.npi', 'Prescriber NPI'))}`,
      ),
    );
    fill({
      'data.member_id': ILARIS['patient.memberId'],
      'data.dob': 'Mar 14, 1988',
      'data.weight': '72',
      'data.hcpcs': ILARIS['drug.hcpcs'],
      'data.ndc': ILARIS['drug.ndc'],
      'data.dose': '150',
      'data.units': '150',
      'data.frequency': 'q4w',
      'data.crp': '24',
      'data.crp_date': 'Nov 2, 2026',
      'data.npi': ILARIS['prescriber.npi'],
    });
    const uuids = ['6b1f3c2e-1d7a-4c55-9b0e-2f7f0d2c9a11', 'c0a4e8d2-5f3b-4e1a-8c6d-7a9b1e2f3d44'];
    for (const i of [0, 1] as const)
      for (const k of ['drug', 'dose', 'start', 'stop', 'outcome'] as const)
        fill({ [`data.prior_therapies.${uuids[i]}.${k}`]: THERAPIES[`priorTherapies.${i}.${k}`] });
    expect(read()).toEqual({
      ...ILARIS,
      ...THERAPIES,
      'patient.dob': 'Mar 14, 1988',
      'labs.crpDate': 'Nov 2, 2026',
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.frequency': 'Every 4 weeks',
    });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('reads TextInputs set by wire:model (no value attribute) and names them without the required asterisk', () => {
    page(
      form(`${textInput('data.member_id', 'Member ID', { required: true })}${textInput('data.npi', 'Prescriber NPI', { required: true })}`),
    );
    fill({ 'data.member_id': ILARIS['patient.memberId'], 'data.npi': ILARIS['prescriber.npi'] });
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('patient.memberId')?.label).toBe('Member ID');
  });

  it('reads a TextInput suffix ("kg", "mg") as the unit and not as a value', () => {
    page(
      form(
        `${textInput('data.weight', 'Weight', { type: 'number', suffix: 'kg' })}${textInput('data.dose', 'Dose', { type: 'number', suffix: 'mg' })}`,
      ),
    );
    fill({ 'data.weight': '72', 'data.dose': '150' });
    expect(read()).toEqual({ 'patient.weight': '72', 'drug.dose': '150' });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg' });
  });

  it('reads a searchable Select (Choices.js) by its chosen item, not the "Remove item" button or the closed dropdown', () => {
    page(form(`${choices('data.drug_name', 'Drug name', DRUGS, ['kineret'])}${textInput('data.npi', 'Prescriber NPI')}`));
    fill({ 'data.npi': ILARIS['prescriber.npi'] });
    expect(read()).toEqual({ 'drug.name': 'Kineret (anakinra)', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.choices__list--dropdown');
  });

  it('reads a multiple Select (Choices.js) by its items', () => {
    page(form(choices('data.icd_codes', 'ICD-10 codes', CODES, ['M04.1', 'M06.1'], true)));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    noDuplicatePaths();
  });

  it('reads an empty searchable Select (Choices placeholder item "Select an option") as empty', () => {
    page(form(choices('data.drug_name', 'Drug name', DRUGS, [])));
    expect(read()).toEqual({ 'drug.name': '' });
  });

  it('reads a native Select by its chosen option text and its placeholder option as empty', () => {
    page(form(`${nativeSelect('data.frequency', 'Frequency', FREQS)}${nativeSelect('data.drug_name', 'Drug name', DRUGS)}`));
    fill({ 'data.frequency': 'q8w', 'data.drug_name': '' });
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'drug.name': '' });
  });

  it('reads DatePicker (native: false) by its display input, nothing from the closed panel or the hidden min/max inputs', () => {
    page(form(`${datePicker('data.dob', 'Date of birth')}${datePicker('data.crp_date', 'CRP collection date')}`));
    fill({ 'data.dob': 'Mar 14, 1988' });
    expect(read()).toEqual({ 'patient.dob': 'Mar 14, 1988', 'labs.crpDate': '' });
    nothingFrom('.fi-fo-date-time-picker-panel');
  });

  it('reads TagsInput by its badges, not the empty text input', () => {
    page(form(tagsInput('data.icd_codes', 'ICD-10 codes', ['M04.1', 'M06.1'])));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads a Radio by the checked option label in a Section (its field label points at the bare id)', () => {
    page(form(section('Medication', `${radio('data.frequency', 'Frequency', FREQS)}${textInput('data.hcpcs', 'HCPCS code')}`)));
    check('data.frequency-q8w');
    fill({ 'data.hcpcs': ILARIS['drug.hcpcs'] });
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'drug.hcpcs': ILARIS['drug.hcpcs'] });
  });

  it('reads a Radio by the checked option label (the field label points at the bare id) inside a Fieldset', () => {
    page(
      form(
        fieldset(
          'Medication',
          `${radio('data.frequency', 'Frequency', FREQS)}${toggle('data.attested', 'I attest the information is accurate', true)}`,
        ),
      ),
    );
    check('data.frequency-q4w');
    expect(read()).toMatchObject({ 'drug.frequency': 'Every 4 weeks' });
  });
});
