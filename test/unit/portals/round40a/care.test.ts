import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * CARE (ohcnetwork/care_fe, develop at 7c35e611: src/components/ui/form.tsx, input.tsx, label.tsx,
 * select.tsx, table.tsx, date-field.tsx, autocomplete.tsx; src/components/Patient/PatientRegistration.tsx
 * for how they are put together; src/components/Medicine/MedicationsTable.tsx for the read-only table of
 * a patient's medications). React + Tailwind + shadcn/Radix:
 * - FormItem `div[data-slot=form-item].grid.gap-2` > FormLabel `label[data-slot=form-label][data-error]
 *   [for=<id>-form-item]` (`aria-required` on the label for required ones), the control given
 *   `id=<id>-form-item`, `aria-describedby`, `aria-invalid` by FormControl's Slot, FormDescription
 *   `p#<id>-form-item-description`, FormMessage `p#<id>-form-item-message.text-red-500` ("This field is required.").
 * - DateField (date of birth): `div.flex` of three `div.flex-1`, each a Label (`label[data-slot=label]`, no `for`)
 *   "Day" / "Month" / "Year" and an `input[type=number][inputmode=numeric][pattern][placeholder=DD|MM|YYYY]
 *   #dob-day-input` (day first), inside the "Date of Birth" tab of a Radix Tabs (tablist of `button[role=tab]`,
 *   the inactive "Age" tabpanel left empty with `hidden`); DateField takes `id="dob"` so the FormControl id is lost.
 * - Autocomplete: Popover (modal) trigger `button[role=combobox][aria-haspopup=dialog][aria-expanded][title]` >
 *   `span` showing the chosen label (or `span.text-gray-500` "Select..."), then a clear `button[title=Clear]` with
 *   `span.sr-only` "Clear" (or the CaretSortIcon). It spreads no `id`, so FormLabel's `for` names nothing. Open, its
 *   content is portalled to the end of body (`div[data-radix-popper-content-wrapper] > div[role=dialog]` > cmdk:
 *   search `input[cmdk-input][role=combobox]` "Search option...", `div[cmdk-list][role=listbox]` of
 *   `div[cmdk-item][role=option]`), focus guards at both ends of body and the app root `aria-hidden` (hideOthers).
 * - Select: Radix trigger `button[role=combobox][aria-autocomplete=none]` > `span` value, then its aria-hidden bubble `select`.
 * - Questionnaire medication requests (src/components/Questionnaire/QuestionTypes/MedicationRequestQuestion.tsx at 5178bc38,
 *   src/components/Common/ComboboxQuantityInput.tsx at 2decc969), desktop layout: a CSS grid of `div`s, a header row of
 *   `div`s ("Medicine", "Dosage *", "Frequency *", "Duration", …), then per request a MedicationRequestGridRow `div`:
 *   the medicine name `span`, each cell's Label (`lg:hidden`, still in the DOM) + control: ComboboxQuantityInput (a
 *   PopoverTrigger `div` given `type=button aria-haspopup=dialog` around `input[inputmode=numeric]` and the unit `div`),
 *   a Radix Select for the frequency, a number input + unit Select for the duration. An existing request (it has an id)
 *   is read-only: its controls disabled, the row `opacity-40 pointer-events-none` when disabled. Only the first four
 *   of the twelve columns are drawn here.
 */

let n = 0;
const rid = () => `:r${(n += 1).toString(36)}:`;
const ICON = '<svg width="15" height="15" viewBox="0 0 15 15" fill="none" class="size-4 ml-1 opacity-50"><path d="M4 6h7"></path></svg>';
const INPUT_CLS =
  'flex w-full rounded-md border border-gray-200 bg-white px-3 py-2 text-base shadow-sm transition-colors placeholder:text-gray-500 md:text-sm';

type Extra = { required?: boolean; description?: string; error?: string };
const formItem = (id: string, label: string, control: string, o: Extra = {}) =>
  `<div data-slot="form-item" class="grid gap-2"><label data-slot="form-label" data-error="${!!o.error}" class="flex items-center gap-3 mb-2 text-sm leading-none font-medium select-none data-[error=true]:text-red-500" for="${id}-form-item"${o.required ? ' aria-required="true"' : ''}>${label}</label>${control}${
    o.description
      ? `<p data-slot="form-description" id="${id}-form-item-description" class="text-gray-500 text-sm">${o.description}</p>`
      : ''
  }${o.error ? `<p data-slot="form-message" id="${id}-form-item-message" class="text-red-500 text-sm">${o.error}</p>` : ''}</div>`;

const input = (label: string, value: string, o: Extra & { type?: string; placeholder?: string } = {}) => {
  const id = rid();
  return formItem(
    id,
    label,
    `<input type="${o.type ?? 'text'}"${o.placeholder ? ` placeholder="${o.placeholder}"` : ''} class="${INPUT_CLS}" data-slot="form-control" id="${id}-form-item" aria-describedby="${id}-form-item-description${o.error ? ` ${id}-form-item-message` : ''}" aria-invalid="${!!o.error}" value="${value}">`,
    o,
  );
};

/** DateField with id "dob": [day, month, year] as shown */
const dateField = (parts: [string, string, string]) =>
  `<div class="flex items-center gap-2">${(['day', 'month', 'year'] as const)
    .map(
      (p, i) =>
        `<div class="flex-1"><label data-slot="label" class="flex items-center gap-3 text-sm leading-none font-medium select-none mb-1">${p[0]!.toUpperCase()}${p.slice(1)}</label><input type="number" inputmode="numeric" pattern="[0-9]*" placeholder="${['DD', 'MM', 'YYYY'][i]}" min="${[1, 1, 1900][i]}" max="${[31, 12, 2026][i]}" id="dob-${p}-input" data-cy="dob-${p}-input" class="${INPUT_CLS}" value="${parts[i]}"></div>`,
    )
    .join('')}</div>`;

/** the DOB / Age Tabs of PatientRegistration, the DOB tab active */
const dobTabs = (parts: [string, string, string]) => {
  const id = rid();
  const tab = (v: string, text: string, on: boolean) =>
    `<button type="button" role="tab" aria-selected="${on}" aria-controls="radix-${id}-content-${v}" data-state="${on ? 'active' : 'inactive'}" id="radix-${id}-trigger-${v}" class="inline-flex items-center justify-center whitespace-nowrap rounded-md px-3 py-1 text-sm font-medium" tabindex="-1" data-orientation="horizontal" data-radix-collection-item="" data-cy="${v}-tab">${text}</button>`;
  return `<div dir="ltr" data-orientation="horizontal"><div role="tablist" aria-orientation="horizontal" class="inline-flex h-9 items-center justify-center rounded-lg bg-gray-100 p-1 text-gray-500 mb-2" tabindex="0" data-orientation="horizontal" style="outline: none;">${tab('dob', 'Date of Birth', true)}${tab('age', 'Age', false)}</div><div data-state="active" data-orientation="horizontal" role="tabpanel" aria-labelledby="radix-${id}-trigger-dob" id="radix-${id}-content-dob" tabindex="0" class="mt-2" style="animation-duration: 0s;"><div data-slot="form-item" class="grid gap-2">${dateField(parts)}</div></div><div data-state="inactive" data-orientation="horizontal" role="tabpanel" aria-labelledby="radix-${id}-trigger-age" hidden="" id="radix-${id}-content-age" tabindex="0" class="mt-2"></div></div>`;
};

/** Autocomplete in a FormItem; `open` draws its trigger expanded (the popover is `popover()`) */
const autocomplete = (label: string, chosen: string, o: Extra & { open?: boolean } = {}) => {
  const id = rid();
  const shown = chosen ? `<span class="truncate">${chosen}</span>` : '<span class="text-gray-500">Select...</span>';
  const after = chosen
    ? `<button class="inline-flex items-center justify-center rounded-md size-9 absolute right-1 top-1/2 -translate-y-1/2 p-0 hover:bg-transparent opacity-50 z-10" title="Clear"><svg width="15" height="15" viewBox="0 0 15 15" fill="none" class="size-3"><path d="M11.78 4.03"></path></svg><span class="sr-only">Clear</span></button>`
    : '<svg width="15" height="15" viewBox="0 0 15 15" fill="none" class="absolute right-3 top-1/2 -translate-y-1/2 ml-2 size-4 shrink-0 opacity-50"><path d="M4.93 5.43"></path></svg>';
  return formItem(
    id,
    label,
    `<div class="relative w-full"><button${chosen ? ` title="${chosen}"` : ''} class="inline-flex items-center gap-2 whitespace-nowrap rounded-md text-sm font-medium border border-gray-200 bg-white shadow-xs h-9 px-4 py-2 w-full justify-between" role="combobox" aria-expanded="${!!o.open}" type="button" aria-haspopup="dialog" aria-controls="radix-${id}" data-state="${o.open ? 'open' : 'closed'}">${shown}</button>${after}</div>`,
    o,
  );
};

/** the Autocomplete's open popover at the end of body: cmdk with a search typed and its options */
const popover = (typed: string, options: string[], chosen: string) =>
  `<div data-radix-popper-content-wrapper="" dir="ltr" style="position: fixed; left: 0px; top: 0px; transform: translate(40px, 312px); min-width: max-content; z-index: 50;"><div data-side="bottom" data-align="center" data-state="open" role="dialog" id="radix-pop" class="z-50 rounded-md border bg-white shadow-md outline-hidden p-0 pointer-events-auto w-[var(--radix-popover-trigger-width)]" tabindex="-1" style="--radix-popover-trigger-width: 420px;"><div cmdk-root="" class="flex h-full w-full flex-col overflow-hidden rounded-md bg-white"><label cmdk-label="" for=":cmdk-in:" id=":cmdk-lbl:" style="position: absolute; width: 1px; height: 1px; padding: 0px; margin: -1px; overflow: hidden; clip: rect(0px, 0px, 0px, 0px); white-space: nowrap; border-width: 0px;"></label><div class="flex items-center border-b px-3" cmdk-input-wrapper=""><svg width="15" height="15" viewBox="0 0 15 15" class="mr-2 size-4 shrink-0 opacity-50"><path d="M10 6.5"></path></svg><input class="flex h-10 w-full rounded-md bg-transparent py-3 text-sm outline-hidden border-none ring-0 shadow-none text-base" placeholder="Search option..." cmdk-input="" autocomplete="off" autocorrect="off" spellcheck="false" aria-autocomplete="list" role="combobox" aria-expanded="true" aria-controls=":cmdk-list:" aria-labelledby=":cmdk-lbl:" id=":cmdk-in:" type="text" value="${typed}"></div><div cmdk-list="" role="listbox" tabindex="-1" aria-label="Suggestions" id=":cmdk-list:" class="max-h-[300px] overflow-y-auto overflow-x-hidden"><div cmdk-list-sizer=""><div cmdk-group="" role="presentation" class="overflow-hidden p-1 text-gray-950"><div cmdk-group-items="" role="group">${options
    .map(
      (o, i) =>
        `<div cmdk-item="" role="option" aria-disabled="false" aria-selected="${i === 0}" data-disabled="false" data-selected="${i === 0}" data-value="${o} - ${o.toLowerCase()}" id=":cmdk-o${i}:" class="relative flex cursor-default select-none items-center rounded-sm px-2 py-1.5 text-sm"><svg width="15" height="15" viewBox="0 0 15 15" class="mr-2 size-4 ${o === chosen ? 'opacity-100' : 'opacity-0'}"><path d="M11.4 3.8"></path></svg>${o}</div>`,
    )
    .join('')}</div></div></div></div></div></div></div>`;

const select = (label: string, chosen: string, options: string[], placeholder: string) => {
  const id = rid();
  return formItem(
    id,
    label,
    `<button type="button" role="combobox" aria-controls="radix-${id}" aria-expanded="false" aria-autocomplete="none" dir="ltr" data-state="closed"${chosen ? '' : ' data-placeholder=""'} class="flex h-9 w-full items-center justify-between whitespace-nowrap rounded-md border border-gray-200 bg-white px-3 py-2 text-sm shadow-xs" id="${id}-form-item" aria-describedby="${id}-form-item-description" aria-invalid="false"><span style="pointer-events: none;">${chosen || placeholder}</span>${ICON}</button><select aria-hidden="true" tabindex="-1" style="position: absolute; border: 0px; width: 1px; height: 1px; padding: 0px; margin: -1px; overflow: hidden; clip: rect(0px, 0px, 0px, 0px); white-space: nowrap; overflow-wrap: normal;">${chosen ? '' : '<option value=""></option>'}${options
      .map((o) => `<option value="${o}"${o === chosen ? ' selected' : ''}>${o}</option>`)
      .join('')}</select>`,
  );
};

const table = (heads: string[], rows: string[][], cell: (v: string) => string) =>
  `<div data-slot="table-container" class="relative w-full overflow-x-auto"><table data-slot="table" class="w-full caption-bottom text-sm"><thead data-slot="table-header" class="[&_tr]:border-b"><tr data-slot="table-row" class="hover:bg-gray-100/50 border-b transition-colors divide-x bg-gray-100">${heads
    .map((h) => `<th data-slot="table-head" class="text-gray-950 h-10 px-2 text-left align-middle font-medium whitespace-nowrap">${h}</th>`)
    .join('')}</tr></thead><tbody data-slot="table-body" class="[&_tr:last-child]:border-0">${rows
    .map(
      (r) =>
        `<tr data-slot="table-row" class="hover:bg-gray-100/50 border-b transition-colors divide-x font-medium">${r.map((v) => `<td data-slot="table-cell" class="p-2 align-middle whitespace-nowrap py-2 px-3 break-words whitespace-normal">${cell(v)}</td>`).join('')}</tr>`,
    )
    .join('')}</tbody></table></div>`;
const therapyTable = () =>
  table(['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'], THERAPY_ROWS, (v) => `<input class="${INPUT_CLS}" value="${v}">`);
/** MedicationsTable: the patient's active medications, read-only */
const medicationsTable = () =>
  `<div class="@container border border-gray-200 rounded-lg" id="meds">${table(
    ['Medicine', 'Dosage', 'Frequency', 'Duration', 'Instructions'],
    [
      ['Kineret (anakinra) 100 mg/0.67 mL', '100 mg', 'Once daily', '30 days', 'Subcutaneous'],
      ['Febuxostat 40 mg Tablet', '40 mg', 'Once daily', '90 days', 'After food'],
    ],
    (v) => `<ul class="list-none"><li>${v}</li></ul>`,
  )}</div>`;

const section = (id: string, title: string, body: string) =>
  `<div id="${id}" class="space-y-6"><div><h2 class="text-lg font-semibold">${title}</h2></div>${body}</div>`;
const app = (form: string, tail = '', rootAttrs = '') =>
  `<div id="root"${rootAttrs}><div class="relative mt-4 flex flex-col md:flex-row gap-4"><form class="md:w-[500px] space-y-10">${form}<div class="flex justify-end mt-20 gap-4"><button class="inline-flex" type="button">Cancel</button><button type="submit" class="inline-flex">Save and Continue</button></div></form></div></div>${tail}`;

const FULL = () =>
  `${section('general-info', 'General info', `${input('Member ID', ILARIS['patient.memberId'], { required: true })}${dobTabs(['14', '03', '1988'])}${input('Weight (kg)', '72', { type: 'number' })}`)}
  ${section('diagnosis', 'Diagnosis', input('ICD-10 codes', 'M04.1, M06.1', { description: 'Separate codes with commas' }))}
  ${section(
    'medication',
    'Medication',
    `${autocomplete('Drug name', ILARIS['drug.name'], { required: true })}${input('HCPCS code', ILARIS['drug.hcpcs'])}${input('NDC', ILARIS['drug.ndc'])}${input('Dose (mg)', '150', { type: 'number' })}${input('Billing units', '150', { type: 'number' })}${select('Frequency', 'Every 4 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once'], 'Select frequency')}`,
  )}
  ${section('labs', 'Labs', `${input('CRP (mg/L)', '24', { type: 'number' })}${input('CRP collection date', '2026-11-02', { type: 'date' })}`)}
  ${section('prior-therapies', 'Prior therapies', therapyTable())}
  ${section('prescriber', 'Prescriber', input('Prescriber NPI', ILARIS['prescriber.npi'], { required: true }))}`;

describe('CARE: shadcn FormItem, DateField, Autocomplete, Radix Select, Table', () => {
  it('reads the full Ilaris request', () => {
    page(app(FULL()));
    expect(read()).toEqual({
      ...ILARIS,
      ...THERAPIES,
      'labs.crpDate': '2026-11-02',
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.frequency': 'Every 4 weeks',
    });
    noDuplicatePaths();
  });

  it('reads the DateField day, month and year boxes (day first) under the "Date of Birth" tab as one date', () => {
    page(app(section('general-info', 'General info', `${input('Member ID', ILARIS['patient.memberId'])}${dobTabs(['14', '03', '1988'])}`)));
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'patient.dob': ILARIS['patient.dob'] });
  });

  it('reads an empty DateField (DD, MM, YYYY placeholders only) as empty', () => {
    page(app(section('general-info', 'General info', `${input('Member ID', ILARIS['patient.memberId'])}${dobTabs(['', '', ''])}`)));
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'patient.dob': '' });
  });

  it('reads an Autocomplete by its trigger text, though its FormLabel names no element, and not its "Clear" button', () => {
    page(app(`${autocomplete('Drug name', ILARIS['drug.name'])}${input('HCPCS code', ILARIS['drug.hcpcs'])}`));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.hcpcs': ILARIS['drug.hcpcs'] });
    expect(field('drug.name')?.label).toBe('Drug name');
  });

  it('reads an Autocomplete showing "Select..." as empty', () => {
    page(app(`${autocomplete('Drug name', '', { error: 'This field is required.' })}${input('HCPCS code', ILARIS['drug.hcpcs'])}`));
    expect(read()).toEqual({ 'drug.name': '', 'drug.hcpcs': ILARIS['drug.hcpcs'] });
  });

  it('reads the chosen drug while the modal popover is open, and nothing from its search or options', () => {
    const guard =
      '<span data-radix-focus-guard="" tabindex="0" style="outline: none; opacity: 0; position: fixed; pointer-events: none;"></span>';
    page(
      `${guard}${app(
        `${autocomplete('Drug name', ILARIS['drug.name'], { open: true })}${input('HCPCS code', ILARIS['drug.hcpcs'])}${input('NDC', ILARIS['drug.ndc'])}`,
        `${popover('kin', ['Kineret (anakinra)', 'Ilaris (canakinumab)'], ILARIS['drug.name'])}${guard}`,
        ' aria-hidden="true" data-aria-hidden="true"',
      )}`,
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.hcpcs': ILARIS['drug.hcpcs'], 'drug.ndc': ILARIS['drug.ndc'] });
    nothingFrom('[data-radix-popper-content-wrapper]');
  });

  it('takes nothing from the read-only table of active medications beside the request', () => {
    page(
      app(
        `${section('medication', 'Medication', `${autocomplete('Drug name', ILARIS['drug.name'])}${input('Dose (mg)', '150', { type: 'number' })}${select('Frequency', 'Every 4 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once'], 'Select frequency')}`)}${section('prior-therapies', 'Prior therapies', therapyTable())}`,
        `<aside class="space-y-2"><h3 class="text-base font-semibold">Active medications</h3>${medicationsTable()}</aside>`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.dose': '150', 'drug.frequency': 'Every 4 weeks', ...THERAPIES });
    nothingFrom('#meds');
  });

  it('makes no prior therapies of the active medications table when the request lists none', () => {
    page(
      app(
        section(
          'medication',
          'Medication',
          `${autocomplete('Drug name', ILARIS['drug.name'])}${input('Dose (mg)', '150', { type: 'number' })}${input('NDC', ILARIS['drug.ndc'])}`,
        ),
        `<aside class="space-y-2"><h3 class="text-base font-semibold">Active medications</h3>${medicationsTable()}</aside>`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.dose': '150', 'drug.ndc': ILARIS['drug.ndc'] });
    nothingFrom('#meds');
  });

  it('reads an open Select by its trigger, and nothing from its listbox portalled to the end of body', () => {
    const listbox = `<div data-radix-popper-content-wrapper="" dir="ltr" style="position: fixed; left: 0px; top: 0px; transform: translate(40px, 200px); min-width: max-content; z-index: 50;"><div role="listbox" id="radix-sel" aria-labelledby="" data-state="open" data-side="bottom" data-align="start" dir="ltr" class="relative z-50 max-h-96 min-w-[8rem] overflow-hidden rounded-md border" tabindex="-1" style="display: flex; flex-direction: column; outline: none;"><div data-radix-select-viewport="" role="presentation" class="p-1" style="position: relative; flex: 1 1 0%; overflow: hidden auto;">${[
      'Every 4 weeks',
      'Every 8 weeks',
      'Once',
    ]
      .map(
        (o) =>
          `<div role="option" aria-labelledby="radix-sel-${o.length}" aria-selected="${o === 'Every 8 weeks'}" data-state="${o === 'Every 8 weeks' ? 'checked' : 'unchecked'}"${o === 'Once' ? ' data-highlighted=""' : ''} tabindex="-1" class="relative flex w-full cursor-default select-none items-center rounded-sm py-1.5 pl-2 pr-8 text-sm" data-radix-collection-item=""><span class="absolute right-2 flex h-3.5 w-3.5 items-center justify-center"></span><span id="radix-sel-${o.length}">${o}</span></div>`,
      )
      .join('')}</div></div></div>`;
    page(
      app(
        `${select('Frequency', 'Every 8 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once'], 'Select frequency').replace('aria-expanded="false"', 'aria-expanded="true"').replace('data-state="closed"', 'data-state="open"')}${input('Prescriber NPI', ILARIS['prescriber.npi'])}`,
        listbox,
        ' aria-hidden="true" data-aria-hidden="true"',
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('[data-radix-popper-content-wrapper]');
  });

  it('names fields by their FormLabel, not the description or error message of the field before', () => {
    page(
      app(
        `${input('Member ID', '', { required: true, error: 'This field is required.', description: 'As printed on the insurance card' })}${input('Prescriber NPI', ILARIS['prescriber.npi'], { description: '10 digits' })}${select('Frequency', '', ['Every 4 weeks', 'Every 8 weeks', 'Once'], 'Select frequency')}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'], 'drug.frequency': '' });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads the new medication request, not the existing read-only request listed after it in the grid', () => {
    const label = (t: string, req = false) =>
      `<label data-slot="label" class="flex items-center gap-3 text-sm leading-none font-medium select-none mb-1.5 block text-sm lg:hidden">${t}${req ? '<span class="text-red-500 ml-0.5">*</span>' : ''}</label>`;
    const trigger = (shown: string, disabled: boolean, w = '') =>
      `<button type="button" role="combobox" aria-controls="radix-${rid()}" aria-expanded="false" aria-autocomplete="none" dir="ltr" data-state="closed"${disabled ? ' disabled=""' : ''} class="flex items-center justify-between whitespace-nowrap rounded-md border border-gray-200 bg-white px-3 py-2 shadow-xs h-9 text-sm${w}"><span style="pointer-events: none;">${shown}</span>${ICON}</button>`;
    const row = (m: { name: string; dose: string; unit: string; freq: string; days: string; existing?: boolean }) => {
      const d = m.existing ? ' disabled=""' : '';
      return `<div class="grid grid-cols-1 lg:grid-cols-[280px_220px_180px_160px_300px_180px_250px_180px_160px_220px_180px_48px] border-b border-gray-200 hover:bg-gray-50/50 space-y-3 lg:space-y-0${m.existing ? ' opacity-40 pointer-events-none' : ''}"><div class="lg:p-4 lg:px-2 lg:py-1 flex items-center justify-between lg:justify-start lg:col-span-1 lg:border-r border-gray-200 font-medium overflow-hidden text-sm" data-cy="medicine-name-view"><span class="break-words line-clamp-2 hidden lg:block">${m.name}</span></div><div class="lg:px-2 p-1 lg:py-1 lg:border-r border-gray-200 overflow-hidden">${label('Dosage', true)}<div data-cy="dosage"><div class=""><div class="relative flex w-full lg:max-w-[200px] flex-col gap-1"><div class="relative" type="button" aria-haspopup="dialog" aria-expanded="false" aria-controls="radix-${rid()}" data-state="closed"><input type="text" inputmode="numeric" pattern="\\d*" placeholder="Enter a number..." class="${INPUT_CLS} w-full text-sm pr-16"${d} value="${m.dose}"><div class="absolute right-1.5 top-1/2 -translate-y-1/2 text-sm text-gray-500">${m.unit}</div></div></div></div><div class="flex justify-end"><button class="inline-flex size-3 rounded-full hover:bg-transparent"${d}>+</button></div></div></div><div class="lg:px-2 lg:py-1 p-1 lg:border-r border-gray-200 overflow-hidden">${label('Frequency', true)}${trigger(m.freq, !!m.existing)}</div><div class="lg:px-2 p-1 lg:py-1 lg:border-r border-gray-200 overflow-hidden">${label('Duration')}<div class="flex gap-2"><input type="number" min="0" class="${INPUT_CLS} h-9 text-sm"${d} value="${m.days}">${trigger('days', !!m.existing, ' w-full')}</div></div></div>`;
    };
    const head = ['Medicine', 'Dosage', 'Frequency', 'Duration']
      .map(
        (h, i) =>
          `<div class="font-semibold text-gray-600 p-3 border-r border-gray-200">${h}${i === 1 || i === 2 ? '<span class="text-red-500 ml-0.5">*</span>' : ''}</div>`,
      )
      .join('');
    page(
      app(
        `${section('general-info', 'General info', input('Member ID', ILARIS['patient.memberId']))}<div class="space-y-4"><h3 class="text-base font-semibold">Medications</h3><div class="md:overflow-x-auto w-auto"><div class="min-w-fit"><div class="max-w-[2344px] relative lg:border border-gray-200 rounded-md"><div class="hidden lg:grid grid-cols-[280px_220px_180px_160px_300px_180px_250px_180px_160px_220px_180px_48px] bg-gray-50 border-b border-gray-200 text-sm font-medium text-gray-500">${head}</div><div class="bg-white">${row({ name: ILARIS['drug.name'], dose: '150', unit: 'mg', freq: 'Every 4 weeks', days: '1' })}${row({ name: 'Colchicine 0.6 mg Tablet', dose: '1', unit: 'tablet', freq: 'BD (Twice a day)', days: '90', existing: true })}</div></div></div></div></div>`,
      ),
    );
    expect(read()).toMatchObject({ 'patient.memberId': ILARIS['patient.memberId'], 'drug.dose': '150', 'drug.frequency': 'Every 4 weeks' });
    nothingFrom('div.bg-white > div.grid:nth-child(2)');
    noDuplicatePaths();
  });
});
