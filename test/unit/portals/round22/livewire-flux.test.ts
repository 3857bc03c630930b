import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, ISO_REQUEST, ISO_THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Laravel Livewire 3 + Flux UI 2 (livewire/flux at a999138: stubs/resources/views/flux/field.blade.php, label,
 * description, error, with-field, with-inline-field, input/index, input/group/{index,suffix}, select/index +
 * select/variants/default, checkbox/{index,variants/default,indicator}, checkbox/group/variants/default,
 * table/{index,columns,column,rows,row,cell}; the runtime in dist/flux-lite.min.js: ui-label/ui-description get an
 * id `lofi-label-<hex>` and `aria-hidden="true"`, ui-field sets `aria-labelledby`/`aria-describedby` on its control
 * (on the button when the control's first child is one), ui-checkbox gets `role=checkbox` + `aria-checked` +
 * `data-checked` + `tabindex=0`, ui-checkbox-group `role=group`, ui-select's button `role=combobox` +
 * `aria-haspopup=listbox` + `aria-expanded` + `aria-controls`, ui-options `role=listbox`, ui-selected renders the
 * chosen option's cloned children in a `div[data-value][data-appended]` after its templates). Flux Pro's listbox
 * select and date picker are not in the free repo: their Blade stubs as published into an app
 * (HolgerHatGarKeineNode/einundzwanzig-nostr at b30fec1: resources/views/flux/select/{variants/listbox,button,selected,
 * options,option/variants/custom}.blade.php, date-picker/{index,input}.blade.php). The date picker is drawn with
 * `type="input"` (a native `input[type=date]` through flux:input, its calendar in a closed `<dialog>`); the button
 * variant's shown date is formatted by Pro's unpublished runtime, so it is left out.
 * `wire:model` names a Flux input (`name` = the model), not a listbox, checkbox or checkbox group.
 */

let seq = 0;
const hex = () => `${(0x3fa2c1 + ++seq * 7919).toString(16)}d0e8b7`;
const errorDiv = (message?: string) =>
  `<div role="alert" aria-live="polite" aria-atomic="true" class="mt-3 text-sm font-medium text-red-500 dark:text-red-400${message ? '' : ' hidden'}" data-flux-error>${
    message
      ? `<svg class="shrink-0 [:where(&)]:size-5 inline" data-flux-icon xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true" data-slot="icon"><path fill-rule="evenodd" d="M8.485 2.495c.673-1.167 2.357-1.167 3.03 0l6.28 10.875c.673 1.167-.17 2.625-1.516 2.625H3.72c-1.347 0-2.189-1.458-1.515-2.625L8.485 2.495Z" clip-rule="evenodd"/></svg> ${message}`
      : ''
  }</div>`;

type Field = { label: string; description?: string; badge?: string; error?: string };
/** flux:field with its label, description and error around `control(labelId, descId)` */
const fluxField = (f: Field, control: (labelledby: string, describedby: string) => string) => {
  const l = `lofi-label-${hex()}`;
  const d = f.description ? `lofi-description-${hex()}` : '';
  return `<ui-field class="min-w-0 block *:data-flux-label:mb-3 [&>[data-flux-label]:has(+[data-flux-description])]:mb-2" data-flux-field><ui-label class="inline-flex items-center text-sm font-medium [:where(&)]:text-zinc-800 [:where(&)]:dark:text-white" data-flux-label id="${l}" aria-hidden="true">${f.label}${
    f.badge
      ? `<span class="ms-1.5 text-zinc-800/70 text-xs bg-zinc-800/5 px-1.5 py-1 -my-1 rounded-[4px] dark:bg-white/10 dark:text-zinc-300" aria-hidden="true">${f.badge}</span>`
      : ''
  }</ui-label>${f.description ? `<ui-description class="text-sm text-zinc-500 dark:text-white/60" data-flux-description id="${d}" aria-hidden="true">${f.description}</ui-description>` : ''}${control(l, d)}${errorDiv(f.error)}</ui-field>`;
};

const inputEl = (model: string, value: string, type: string, labelledby: string, describedby: string, invalid = false) =>
  `<input type="${type}" class="w-full border block disabled:shadow-none appearance-none text-base sm:text-sm rounded-lg py-2 h-10 ps-3 pe-3 bg-white text-zinc-700 placeholder-zinc-400 shadow-xs border-zinc-200 data-invalid:border-red-500" wire:model="${model}" name="${model}"${value ? ` value="${value}"` : ''}${invalid ? ' aria-invalid="true" data-invalid' : ''} data-flux-control data-flux-group-target${labelledby ? ` aria-labelledby="${labelledby}"` : ''}${describedby ? ` aria-describedby="${describedby}"` : ''}>`;
const input = (model: string, f: Field, value: string, type = 'text') =>
  fluxField(
    f,
    (l, d) => `<div class="w-full relative block group/input" data-flux-input>${inputEl(model, value, type, l, d, !!f.error)}</div>`,
  );
/** flux:input.group with a suffix (the label goes on the group's field, the control is the input) */
const inputWithSuffix = (model: string, f: Field, value: string, suffix: string) =>
  fluxField(
    f,
    (l, d) =>
      `<div class="w-full flex group/input" data-flux-input-group><div class="w-full relative block group/input" data-flux-input>${inputEl(model, value, 'number', l, d)}</div><div class="flex items-center px-4 whitespace-nowrap text-zinc-800 bg-zinc-800/5 border-zinc-200 border-e border-t border-b shadow-xs text-base sm:text-sm rounded-e-lg" data-flux-input-group-suffix>${suffix}</div></div>`,
  );
/** flux:date-picker type="input": a native date input with its calendar button, the calendar in a closed dialog */
const datePicker = (model: string, f: Field, iso: string) =>
  fluxField(
    f,
    (l, d) =>
      `<ui-date-picker class="block min-w-0 border-0 p-0 bg-transparent" wire:model.self="${model}" data-flux-control data-flux-date-picker months="1" sm:months="1"><div class="w-full relative block group/input" data-flux-input>${inputEl(model, iso, 'date', l, d)}<div class="absolute top-0 bottom-0 flex items-center gap-x-1.5 pe-2 border-e border-transparent end-0 text-xs text-zinc-400"><button type="button" class="relative items-center font-medium justify-center gap-2 whitespace-nowrap h-8 text-sm rounded-md w-8 inline-flex bg-transparent hover:bg-zinc-800/5 -me-2" data-flux-button><svg class="shrink-0 [:where(&)]:size-5 text-zinc-300" data-flux-icon xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true" data-slot="icon"><path fill-rule="evenodd" d="M5.75 2a.75.75 0 0 1 .75.75V4h7V2.75a.75.75 0 0 1 1.5 0V4h.25A2.75 2.75 0 0 1 18 6.75v8.5A2.75 2.75 0 0 1 15.25 18H4.75A2.75 2.75 0 0 1 2 15.25v-8.5A2.75 2.75 0 0 1 4.75 4H5V2.75A.75.75 0 0 1 5.75 2Z" clip-rule="evenodd"/></svg></button></div></div><dialog wire:ignore class="rounded-xl shadow-xl bg-white"><ui-calendar class="isolate relative grid" wire:ignore><div class="row-span-full"></div><div class="relative"><header class="flex justify-between items-center"><ui-calendar-previous aria-label="Previous month"></ui-calendar-previous><ui-calendar-next aria-label="Next month"></ui-calendar-next></header></div><ui-calendar-months class="relative flex justify-center p-2 gap-4"></ui-calendar-months><div class="sm:hidden p-4 flex justify-end gap-2"><ui-close><button type="button" data-flux-button>Cancel</button></ui-close><ui-date-picker-select><button type="button" data-flux-button>Select date</button></ui-date-picker-select></div></ui-calendar></dialog></ui-date-picker>`,
  );
/** flux:select (native variant) */
const nativeSelect = (model: string, f: Field, options: [string, string][], chosen: string | null, placeholder?: string) =>
  fluxField(
    f,
    (l) =>
      `<select class="appearance-none w-full ps-3 pe-10 block h-10 py-2 text-base sm:text-sm rounded-lg shadow-xs bg-white text-zinc-700 has-[option.placeholder:checked]:text-zinc-400 border border-zinc-200" wire:model="${model}" name="${model}" data-flux-control data-flux-select-native data-flux-group-target aria-labelledby="${l}">${
        placeholder ? `<option value="" disabled${chosen === null ? ' selected' : ''} class="placeholder">${placeholder}</option>` : ''
      }${options.map(([v, t]) => `<option value="${v}" wire:key="${v}"${v === chosen ? ' selected' : ''}>${t}</option>`).join('')}</select>`,
  );

const FREQ: [string, string][] = [
  ['q4w', 'Every 4 weeks'],
  ['q8w', 'Every 8 weeks'],
  ['once', 'Once'],
];
const chevron =
  '<svg class="shrink-0 [:where(&)]:size-5 ms-2 -me-1 text-zinc-400/75" data-flux-icon xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true" data-slot="icon"><path fill-rule="evenodd" d="M5.22 8.22a.75.75 0 0 1 1.06 0L10 11.94l3.72-3.72a.75.75 0 1 1 1.06 1.06l-4.25 4.25a.75.75 0 0 1-1.06 0L5.22 9.28a.75.75 0 0 1 0-1.06Z" clip-rule="evenodd"/></svg>';
const check =
  '<svg class="shrink-0 [:where(&)]:size-4 hidden [ui-option[data-selected]_&]:block" data-flux-icon xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16" fill="currentColor" aria-hidden="true" data-slot="icon"><path fill-rule="evenodd" d="M12.416 3.376a.75.75 0 0 1 .208 1.04l-5 7.5a.75.75 0 0 1-1.154.114l-3-3a.75.75 0 0 1 1.06-1.06l2.353 2.353 4.493-6.74a.75.75 0 0 1 1.04-.207Z" clip-rule="evenodd"/></svg>';
const indicator = `<div class="w-6 shrink-0 [ui-selected_&]:hidden"><div class="shrink-0 size-[1.125rem] flex items-center justify-center" data-flux-select-indicator>${check}</div></div>`;
/** flux:select variant="listbox" as ui-select draws it; `open` shows its options popover */
const listbox = (model: string, f: Field, options: [string, string][], chosen: string | null, placeholder: string, open = false) =>
  fluxField(f, (l) => {
    const optionsId = `lofi-options-${hex()}`;
    const chosenText = options.find(([v]) => v === chosen)?.[1];
    return `<ui-select clear="close esc select" class="w-full border-0 p-0 bg-transparent" wire:model="${model}" filter data-flux-control data-flux-select><button type="button" class="group/select-button cursor-default py-2 overflow-hidden flex items-center shadow-xs bg-white h-10 text-base sm:text-sm rounded-lg px-3 block w-full border border-zinc-200" data-flux-group-target data-flux-select-button aria-labelledby="${l}" role="combobox" aria-controls="${optionsId}" aria-haspopup="listbox" aria-expanded="${open}"${open ? ' data-open' : ''}><ui-selected x-ignore wire:ignore class="truncate flex gap-2 text-start flex-1 text-zinc-700"><template name="placeholder"><span class="text-zinc-400" data-flux-select-placeholder>${placeholder}</span></template>${
      chosenText ? '' : `<span class="text-zinc-400" data-flux-select-placeholder data-appended="">${placeholder}</span>`
    }<template name="overflow" max="1"><div><slot name="count"></slot> selected</div></template><template name="options"><div><slot></slot></div></template><template name="option"><div><slot></slot></div></template>${
      chosenText ? `<div data-value="${chosen}" data-appended="${chosen}">${indicator}${chosenText}</div>` : ''
    }</ui-selected>${chevron}</button><ui-options popover="manual" class="[:where(&)]:min-w-48 [:where(&)]:max-h-[20rem] p-[.3125rem] rounded-lg shadow-xs border border-zinc-200 bg-white" data-flux-options id="${optionsId}" role="listbox" aria-multiselectable="false"${open ? ' data-open' : ''}>${options
      .map(
        ([v, t], i) =>
          `<ui-option value="${v}" wire:key="${v}" class="group/option overflow-hidden data-hidden:hidden group flex items-center px-2 py-1.5 w-full rounded-md text-start text-sm font-medium select-none text-zinc-800 data-active:bg-zinc-100" data-flux-option id="${optionsId}-option-${i}" role="option" aria-selected="${v === chosen}"${v === chosen ? ' data-selected' : ''}>${indicator}${t}</ui-option>`,
      )
      .join('')}</ui-options></ui-select>`;
  });
const CODES = ['M04.1', 'M06.1', 'M04.8'];
/** flux:checkbox.group of flux:checkbox label="…" (ui-checkbox, no native box) */
const checkboxGroup = (model: string, f: Field, chosen: string[]) =>
  fluxField(
    f,
    (l) =>
      `<ui-checkbox-group wire:model.self="${model}" class="*:data-flux-field:mb-3 [&>[data-flux-field]:last-child]:mb-0!" data-flux-checkbox-group role="group" aria-labelledby="${l}">${CODES.map(
        (c) => {
          const cl = `lofi-label-${hex()}`;
          const on = chosen.includes(c);
          return `<ui-field class="min-w-0 grid gap-x-3 gap-y-1.5 has-[[data-flux-control]~[data-flux-label]]:grid-cols-[auto_1fr]" data-flux-field><ui-checkbox value="${c}" class="flex size-[1.125rem] rounded-[.3rem] mt-px outline-offset-2" data-flux-control data-flux-checkbox role="checkbox" aria-checked="${on}"${on ? ' data-checked' : ''} tabindex="0" aria-labelledby="${cl}"><div class="shrink-0 size-[1.125rem] rounded-[.3rem] flex justify-center items-center text-sm text-zinc-700 border border-zinc-300" data-flux-checkbox-indicator>${check.replace('hidden [ui-option[data-selected]_&]:block', 'hidden text-[var(--color-accent-foreground)]')}</div></ui-checkbox><ui-label class="inline-flex items-center text-sm font-medium" data-flux-label id="${cl}" aria-hidden="true">${c}</ui-label>${errorDiv()}</ui-field>`;
        },
      ).join('')}</ui-checkbox-group>`,
  );

const heading = (t: string) =>
  `<h2 class="font-medium [:where(&)]:text-zinc-800 text-base [&:has(+[data-flux-subheading])]:mb-2" data-flux-heading>${t}</h2>`;
const therapyTable = () =>
  `<div class="">${heading('Prior therapies')}<ui-table-scroll-area class="overflow-auto"><table class="[:where(&)]:min-w-full table-fixed text-zinc-800 divide-y divide-zinc-800/10 whitespace-nowrap" data-flux-table><thead data-flux-columns><tr>${[
    'Drug',
    'Dose',
    'Start date',
    'Stop date',
    'Outcome',
  ]
    .map(
      (h) =>
        `<th class="py-3 px-3 first:ps-0 last:pe-0 text-start text-sm font-medium text-zinc-800" data-flux-column><div class="flex in-[.group\\/center-align]:justify-center in-[.group\\/end-align]:justify-end">${h}</div></th>`,
    )
    .join(
      '',
    )}<th class="py-3 px-3 first:ps-0 last:pe-0" data-flux-column><div class="flex"></div></th></tr></thead><tbody data-flux-rows>${THERAPY_ROWS.map(
    (r, i) =>
      `<tr wire:key="table-therapy-${i}" data-flux-row>${r
        .map(
          (v, c) =>
            `<td class="py-3 px-3 first:ps-0 last:pe-0 text-sm whitespace-nowrap text-zinc-500" data-flux-cell><div class="w-full relative block group/input" data-flux-input>${inputEl(`form.therapies.${i}.${['drug', 'dose', 'start', 'stop', 'outcome'][c]}`, c === 2 || c === 3 ? ISO_THERAPIES[`priorTherapies.${i as 0 | 1}.${c === 2 ? 'start' : 'stop'}`] : v, c === 2 || c === 3 ? 'date' : 'text', '', '')}</div></td>`,
        )
        .join(
          '',
        )}<td class="py-3 px-3 first:ps-0 last:pe-0 text-sm" data-flux-cell><button type="button" class="relative items-center font-medium justify-center h-8 text-sm rounded-md w-8 inline-flex bg-transparent" data-flux-button aria-label="Remove therapy" wire:click="removeTherapy(${i})"><svg class="shrink-0 [:where(&)]:size-4" data-flux-icon xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16" fill="currentColor" aria-hidden="true" data-slot="icon"><path d="M5 3.25V4H2.75a.75.75 0 0 0 0 1.5h.3l.815 8.15A1.5 1.5 0 0 0 5.357 15h5.285a1.5 1.5 0 0 0 1.493-1.35l.815-8.15h.3a.75.75 0 0 0 0-1.5H11v-.75A2.25 2.25 0 0 0 8.75 1h-1.5A2.25 2.25 0 0 0 5 3.25Z"/></svg></button></td></tr>`,
  ).join('')}</tbody></table></ui-table-scroll-area></div>`;

/** flux:modal (flyout: a drawer) with the therapy fields; `open` = shown (showModal sets `open`) */
const therapyModal = (open: boolean) =>
  `<ui-modal data-flux-modal><dialog wire:ignore.self class="fixed m-0 p-8 max-h-dvh min-h-dvh md:[:where(&)]:min-w-[25rem] overflow-y-auto ml-auto border-s bg-white border-transparent" data-modal="add-therapy" data-flux-flyout x-data="fluxModal('add-therapy', 'Xk3vRq9')" x-on:modal-show.document="handleShow($event)" x-on:modal-close.document="handleClose($event)"${open ? ' open' : ''}><div class="space-y-6">${heading('Add prior therapy')}${input('therapy.drug', { label: 'Drug' }, ISO_THERAPIES['priorTherapies.0.drug'])}${input('therapy.dose', { label: 'Dose' }, ISO_THERAPIES['priorTherapies.0.dose'])}${input('therapy.start', { label: 'Start date' }, ISO_THERAPIES['priorTherapies.0.start'], 'date')}${input('therapy.stop', { label: 'Stop date' }, ISO_THERAPIES['priorTherapies.0.stop'], 'date')}${input('therapy.outcome', { label: 'Outcome' }, ISO_THERAPIES['priorTherapies.0.outcome'])}<button type="button" class="relative items-center font-medium justify-center h-10 text-sm rounded-lg px-4 inline-flex" data-flux-button wire:click="addTherapy">Add therapy</button></div><div class="absolute top-0 end-0 mt-4 me-4"><ui-close data-flux-modal-close><button type="button" class="relative items-center font-medium justify-center h-8 text-sm rounded-md w-8 inline-flex bg-transparent text-zinc-400!" data-flux-button aria-label="Close modal"><svg class="shrink-0 [:where(&)]:size-4" data-flux-icon xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16" fill="currentColor" aria-hidden="true" data-slot="icon"><path d="M5.28 4.22a.75.75 0 0 0-1.06 1.06L6.94 8l-2.72 2.72a.75.75 0 1 0 1.06 1.06L8 9.06l2.72 2.72a.75.75 0 1 0 1.06-1.06L9.06 8l2.72-2.72a.75.75 0 0 0-1.06-1.06L8 6.94 5.28 4.22Z"/></svg></button></ui-close></div></dialog></ui-modal>`;

const livewire = (body: string) =>
  `<main class="[grid-area:main] p-6 lg:p-8" data-flux-main><div wire:snapshot="{&quot;data&quot;:{&quot;form&quot;:[{}]},&quot;memo&quot;:{&quot;id&quot;:&quot;Xk3vRq9&quot;,&quot;name&quot;:&quot;prior-auth.create&quot;}}" wire:effects="[]" wire:id="Xk3vRq9"><form wire:submit="save" class="space-y-6">${body}<button type="submit" class="relative items-center font-medium justify-center gap-2 whitespace-nowrap h-10 text-sm rounded-lg px-4 inline-flex bg-[var(--color-accent)] text-[var(--color-accent-foreground)]" data-flux-button>Submit request</button></form></div></main>`;

const fullPage = () =>
  livewire(`${heading('Patient')}
${input('form.member_id', { label: 'Member ID', badge: 'Required', description: 'As printed on the member card.' }, ILARIS['patient.memberId'])}
${datePicker('form.date_of_birth', { label: 'Date of birth' }, '1988-03-14')}
${inputWithSuffix('form.weight', { label: 'Weight' }, '72', 'kg')}
${heading('Diagnosis')}
${checkboxGroup('form.codes', { label: 'ICD-10 codes' }, ['M04.1', 'M06.1'])}
${heading('Medication')}
${listbox(
  'form.drug',
  { label: 'Drug name' },
  [
    ['ilaris', 'Ilaris (canakinumab)'],
    ['kineret', 'Kineret (anakinra)'],
  ],
  'ilaris',
  'Choose a drug...',
)}
${input('form.hcpcs', { label: 'HCPCS code' }, ILARIS['drug.hcpcs'])}
${input('form.ndc', { label: 'NDC' }, ILARIS['drug.ndc'])}
${inputWithSuffix('form.dose', { label: 'Dose' }, '150', 'mg')}
${input('form.units', { label: 'Billing units' }, '150', 'number')}
${nativeSelect('form.frequency', { label: 'Frequency' }, FREQ, 'q4w', 'Choose frequency...')}
${heading('Labs')}
${inputWithSuffix('form.crp', { label: 'CRP' }, '24', 'mg/L')}
${datePicker('form.crp_date', { label: 'CRP collection date' }, '2026-11-02')}
${therapyTable()}
${heading('Prescriber')}
${input('form.npi', { label: 'Prescriber NPI', badge: 'Required' }, ILARIS['prescriber.npi'])}`);

const WHOLE = { ...ISO_REQUEST, ...ISO_THERAPIES };

describe('Livewire 3 + Flux UI: flux:field/label/input, select (native and listbox), date-picker, checkbox.group', () => {
  it('reads the full Ilaris request', () => {
    page(fullPage());
    expect(read()).toEqual(WHOLE);
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('names an input by its aria-hidden ui-label, without the Required badge or the description', () => {
    page(
      livewire(
        `${input('form.member_id', { label: 'Member ID', badge: 'Required', description: 'As printed on the member card.' }, ILARIS['patient.memberId'])}${input('form.npi', { label: 'Prescriber NPI', badge: 'Required' }, ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('patient.memberId')?.label).toBe('Member ID');
  });

  it('reads an invalid input as empty, its flux:error no label of the next field', () => {
    page(
      livewire(
        `${input('form.npi', { label: 'Prescriber NPI', error: 'The NPI field is required.' }, '')}${input('form.hcpcs', { label: 'HCPCS code' }, ILARIS['drug.hcpcs'])}`,
      ),
    );
    expect(read()).toEqual({ 'prescriber.npi': '', 'drug.hcpcs': ILARIS['drug.hcpcs'] });
    expect(field('drug.hcpcs')?.label).toBe('HCPCS code');
  });

  it('reads a listbox select by the option ui-selected shows, nothing from its closed ui-options', () => {
    page(livewire(listbox('form.frequency', { label: 'Frequency' }, FREQ, 'q8w', 'Choose frequency...')));
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks' });
    nothingFrom('ui-options');
  });

  it('reads a listbox select showing its placeholder as empty', () => {
    page(livewire(listbox('form.frequency', { label: 'Frequency' }, FREQ, null, 'Choose frequency...')));
    expect(read()).toEqual({ 'drug.frequency': '' });
  });

  it('reads an open listbox select by its button, not its open options popover', () => {
    page(
      livewire(
        `${listbox('form.frequency', { label: 'Frequency' }, FREQ, 'once', 'Choose frequency...', true)}${input('form.npi', { label: 'Prescriber NPI' }, ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Once', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('ui-options');
  });

  it('reads a native flux:select still on its disabled placeholder option as empty', () => {
    page(livewire(nativeSelect('form.frequency', { label: 'Frequency' }, FREQ, null, 'Choose frequency...')));
    expect(read()).toEqual({ 'drug.frequency': '' });
  });

  it('reads a checkbox.group of ui-checkbox elements as the checked codes', () => {
    page(livewire(checkboxGroup('form.codes', { label: 'ICD-10 codes' }, ['M04.1', 'M06.1'])));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads date-picker inputs, nothing from the calendar in their closed dialogs', () => {
    page(
      livewire(
        `${datePicker('form.date_of_birth', { label: 'Date of birth' }, '1988-03-14')}${datePicker('form.crp_date', { label: 'CRP collection date' }, '')}`,
      ),
    );
    expect(read()).toEqual({ 'patient.dob': '1988-03-14', 'labs.crpDate': '' });
    nothingFrom('dialog');
  });

  it('takes nothing from a closed flux:modal (its dialog not open) left in the page', () => {
    page(livewire(`${input('form.member_id', { label: 'Member ID' }, ILARIS['patient.memberId'])}${therapyModal(false)}`));
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'] });
    nothingFrom('dialog');
  });

  it('reads the open flyout modal as one prior therapy, the page behind it left out', () => {
    page(livewire(`${input('form.member_id', { label: 'Member ID' }, ILARIS['patient.memberId'])}${therapyModal(true)}`));
    expect(read()).toEqual({
      'priorTherapies.0.drug': ISO_THERAPIES['priorTherapies.0.drug'],
      'priorTherapies.0.dose': ISO_THERAPIES['priorTherapies.0.dose'],
      'priorTherapies.0.start': ISO_THERAPIES['priorTherapies.0.start'],
      'priorTherapies.0.stop': ISO_THERAPIES['priorTherapies.0.stop'],
      'priorTherapies.0.outcome': ISO_THERAPIES['priorTherapies.0.outcome'],
    });
  });
});
