import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, THERAPY_ROWS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * shadcn/ui's newer components (shadcn-ui/ui at 1773ecf, apps/v4/registry/new-york-v4/ui/field.tsx, input-group.tsx,
 * native-select.tsx, combobox.tsx (on @base-ui/react 1.6: mui/base-ui at 087c60b, packages/react/src/combobox/chips,
 * chip, chip-remove, input/ComboboxInput.tsx, root/AriaCombobox.tsx), input.tsx, label.tsx, popover.tsx,
 * radio-group.tsx, table.tsx; examples/combobox-demo.tsx, date-picker-demo.tsx, field-input.tsx, field-radio.tsx,
 * input-group-text.tsx; Tailwind class lists shortened to their leading utilities):
 * - Field: `div[role=group][data-slot=field][data-orientation]` > `label[data-slot=field-label][for]` > control >
 *   `p[data-slot=field-description]` (after the control, or between label and control as field-input.tsx writes
 *   the password), `div[role=alert][data-slot=field-error]`; FieldSet `fieldset[data-slot=field-set]` >
 *   `legend[data-slot=field-legend][data-variant]`; FieldGroup `div[data-slot=field-group]`.
 * - InputGroup: `div[data-slot=input-group][role=group]` > `input[data-slot=input-group-control]` then
 *   `div[data-slot=input-group-addon][role=group][data-align=inline-end]` > `span` text ("kg"); an
 *   inline-start addon comes BEFORE the input in the DOM in input-group-text.tsx.
 * - NativeSelect: `div[data-slot=native-select-wrapper]` > `select[data-slot=native-select]` of
 *   `option[data-slot=native-select-option]` + `svg[data-slot=native-select-icon][aria-hidden]`.
 * - Combobox from Popover + Command (combobox-demo.tsx): `button[data-slot=popover-trigger][role=combobox]
 *   [aria-haspopup=dialog][aria-expanded][data-state]` showing the chosen label or "Select …", a lucide
 *   chevrons icon; the popover content exists only while open.
 * - Date picker (date-picker-demo.tsx): `button[data-slot=popover-trigger][aria-haspopup=dialog]` with a lucide
 *   calendar icon and `format(date, "PPP")` ("March 14th, 1988") or `<span>Pick a date</span>`; open, Radix
 *   portals `div[data-radix-popper-content-wrapper]` > `div[data-slot=popover-content][role=dialog]` >
 *   `div[data-slot=calendar]` (react-day-picker 9: `table.rdp-month_grid[role=grid]` of day buttons).
 * - Multi-select of badges (Base UI Combobox `multiple`, examples/base/combobox-multiple.tsx):
 *   `div[data-slot=combobox-chips][role=toolbar]` > `div[data-slot=combobox-chip][tabindex=-1]` text +
 *   `button[data-slot=combobox-chip-remove][tabindex=-1]` (an X icon, no name) per value, then
 *   `input[data-slot=combobox-chip-input][role=combobox][aria-autocomplete=list]`; the root renders an
 *   `aria-hidden` visually hidden `input[tabindex=-1]` (value "" when multiple) after them.
 * - RadioGroup in a FieldSet (field-radio.tsx): the question is a `label[data-slot=field-label]` with no `for`,
 *   `div[role=radiogroup]` of horizontal Fields: `button[role=radio][aria-checked]` + Radix's hidden bubble
 *   `input[type=radio][aria-hidden]` in a form + `label[for]`.
 */

const HID =
  'position: absolute; border: 0px; width: 1px; height: 1px; padding: 0px; margin: -1px; overflow: hidden; clip: rect(0px, 0px, 0px, 0px); white-space: nowrap; word-wrap: normal;';
const BUBBLE =
  'transform: translateX(-100%); position: absolute; pointer-events: none; opacity: 0; margin: 0px; width: 16px; height: 16px;';
const lucide = (name: string, d: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" class="lucide lucide-${name}" aria-hidden="true"><path d="${d}"></path></svg>`;
const chevrons = lucide('chevrons-up-down opacity-50', 'm7 15 5 5 5-5');
const calendarIcon = lucide('calendar', 'M8 2v4');
const xIcon = lucide('x pointer-events-none', 'M18 6 6 18');
const INPUT = 'h-9 w-full min-w-0 rounded-md border border-input bg-transparent px-3 py-1 text-base shadow-xs md:text-sm';
const BUTTON =
  'inline-flex items-center gap-2 whitespace-nowrap rounded-md text-sm font-medium border bg-background shadow-xs h-9 px-4 py-2';

type D = { description?: string; descriptionFirst?: boolean; error?: string };
const fieldOf = (id: string, label: string, control: string, o: D = {}) => {
  const desc = o.description
    ? `<p data-slot="field-description" class="text-sm leading-normal font-normal text-muted-foreground">${o.description}</p>`
    : '';
  return `<div role="group" data-slot="field" data-orientation="vertical"${o.error ? ' data-invalid="true"' : ''} class="group/field flex w-full gap-3 flex-col"><label data-slot="field-label" class="flex items-center gap-2 text-sm leading-none font-medium select-none" for="${id}">${label}</label>${o.descriptionFirst ? desc : ''}${control}${o.descriptionFirst ? '' : desc}${
    o.error ? `<div role="alert" data-slot="field-error" class="text-sm font-normal text-destructive">${o.error}</div>` : ''
  }</div>`;
};
const input = (id: string, label: string, value: string, o: D = {}) =>
  fieldOf(
    id,
    label,
    `<input type="text" data-slot="input" id="${id}"${o.error ? ' aria-invalid="true"' : ''} class="${INPUT}" value="${value}">`,
    o,
  );
const inputGroup = (id: string, label: string, value: string, addon: { text: string; start?: boolean }) => {
  const a = `<div role="group" data-slot="input-group-addon" data-align="${addon.start ? 'inline-start' : 'inline-end'}" class="flex h-auto cursor-text items-center justify-center gap-2 py-1.5 text-sm font-medium text-muted-foreground select-none ${addon.start ? 'order-first pl-3' : 'order-last pr-3'}"><span class="flex items-center gap-2 text-sm text-muted-foreground">${addon.text}</span></div>`;
  return fieldOf(
    id,
    label,
    `<div data-slot="input-group" role="group" class="group/input-group relative flex w-full items-center rounded-md border border-input shadow-xs h-9 min-w-0">${addon.start ? a : ''}<input type="text" data-slot="input-group-control" id="${id}" class="${INPUT} flex-1 rounded-none border-0 bg-transparent shadow-none" value="${value}">${addon.start ? '' : a}</div>`,
  );
};
const nativeSelect = (id: string, label: string, chosen: string, options: string[], prompt: string) =>
  fieldOf(
    id,
    label,
    `<div class="group/native-select relative w-fit has-[select:disabled]:opacity-50" data-slot="native-select-wrapper"><select data-slot="native-select" data-size="default" id="${id}" class="h-9 w-full min-w-0 appearance-none rounded-md border border-input bg-transparent px-3 py-2 pr-9 text-sm"><option value="" data-slot="native-select-option" class="bg-[Canvas] text-[CanvasText]"${chosen ? '' : ' selected=""'}>${prompt}</option>${options
      .map(
        (o) =>
          `<option value="${o}" data-slot="native-select-option" class="bg-[Canvas] text-[CanvasText]"${o === chosen ? ' selected=""' : ''}>${o}</option>`,
      )
      .join(
        '',
      )}</select>${lucide('chevron-down pointer-events-none absolute top-1/2 right-3.5 size-4 -translate-y-1/2 opacity-50', 'm6 9 6 6 6-6').replace('<svg ', '<svg data-slot="native-select-icon" ')}</div>`,
  );
/** Popover + Command combobox trigger */
const popoverCombobox = (id: string, label: string, chosen: string, prompt: string) =>
  fieldOf(
    id,
    label,
    `<button data-slot="popover-trigger" class="${BUTTON} w-[260px] justify-between" role="combobox" aria-expanded="false" type="button" aria-haspopup="dialog" aria-controls="radix-${id}" data-state="closed" id="${id}">${chosen || prompt}${chevrons}</button>`,
  );
/** date picker trigger; `open` gives its popover for the end of body */
function datePicker(id: string, label: string, shown: string, open?: { month: string; selected: number }) {
  const html = fieldOf(
    id,
    label,
    `<button data-slot="popover-trigger" class="${BUTTON} w-[240px] justify-start text-left font-normal${shown ? '' : ' text-muted-foreground'}" type="button" aria-haspopup="dialog" aria-expanded="${!!open}" aria-controls="radix-${id}" data-state="${open ? 'open' : 'closed'}" id="${id}">${calendarIcon}${shown || '<span>Pick a date</span>'}</button>`,
  );
  const popover = open
    ? `<div data-radix-popper-content-wrapper="" dir="ltr" style="position: fixed; left: 0px; top: 0px; transform: translate(24px, 220px); min-width: max-content; z-index: 50;"><div data-side="bottom" data-align="start" data-state="open" role="dialog" id="radix-${id}" data-slot="popover-content" tabindex="-1" class="bg-popover text-popover-foreground z-50 rounded-md border shadow-md outline-hidden w-auto p-0"><div data-slot="calendar" class="rdp-root bg-background group/calendar p-3"><div class="rdp-months relative flex flex-col gap-4"><nav class="rdp-nav absolute inset-x-0 top-0 flex w-full items-center justify-between gap-1"><button type="button" aria-label="Go to the Previous Month" class="rdp-button_previous"></button><button type="button" aria-label="Go to the Next Month" class="rdp-button_next"></button></nav><div class="rdp-month flex w-full flex-col gap-4"><div class="rdp-month_caption"><span role="status" aria-live="polite" class="rdp-caption_label">${open.month}</span></div><table role="grid" aria-multiselectable="false" aria-label="${open.month}" class="rdp-month_grid w-full border-collapse"><thead aria-hidden="true"><tr class="rdp-weekdays flex"><th aria-label="Sunday" scope="col" class="rdp-weekday">Su</th><th aria-label="Monday" scope="col" class="rdp-weekday">Mo</th></tr></thead><tbody class="rdp-weeks"><tr class="rdp-week flex w-full mt-2">${[
        open.selected - 1,
        open.selected,
        open.selected + 1,
      ]
        .map(
          (d) =>
            `<td class="rdp-day${d === open.selected ? ' rdp-selected' : ''}" role="gridcell" data-day="${d}"${d === open.selected ? ' data-selected="true" aria-selected="true"' : ''}><button data-slot="button" class="rdp-day_button" type="button" tabindex="${d === open.selected ? 0 : -1}" aria-label="${open.month.split(' ')[0]} ${d}">${d}</button></td>`,
        )
        .join('')}</tr></tbody></table></div></div></div></div></div>`
    : '';
  return { html, popover };
}
/** Base UI Combobox `multiple` drawn as chips */
const chipsCombobox = (id: string, label: string, chips: string[]) =>
  fieldOf(
    id,
    label,
    `<div data-slot="combobox-chips"${chips.length ? ' role="toolbar"' : ''} class="flex min-h-9 flex-wrap items-center gap-1.5 rounded-md border border-input bg-transparent px-2.5 py-1.5 text-sm">${chips
      .map(
        (c) =>
          `<div data-slot="combobox-chip" tabindex="-1" class="flex h-[calc(--spacing(5.5))] w-fit items-center justify-center gap-1 rounded-sm bg-muted px-1.5 text-xs font-medium">${c}<button data-slot="combobox-chip-remove" type="button" tabindex="-1" data-variant="ghost" data-size="icon-xs" class="-ml-1 opacity-50 hover:opacity-100">${xIcon}</button></div>`,
      )
      .join(
        '',
      )}<input data-slot="combobox-chip-input" id="${id}" autocomplete="off" spellcheck="false" autocorrect="off" autocapitalize="none" role="combobox" aria-expanded="false" aria-haspopup="listbox" aria-autocomplete="list" class="min-w-16 flex-1 outline-none" value=""></div><input tabindex="-1" aria-hidden="true" style="${HID}" value="">`,
  );
/** a yes/no RadioGroup as field-radio.tsx writes it */
const radioFieldSet = (question: string, id: string, options: string[], checked: string) =>
  `<fieldset data-slot="field-set" class="flex flex-col gap-6"><label data-slot="field-label" class="flex items-center gap-2 text-sm leading-none font-medium select-none">${question}</label><div role="radiogroup" aria-required="false" dir="ltr" data-slot="radio-group" class="grid gap-3" tabindex="0" style="outline: none;">${options
    .map((o) => {
      const on = o === checked;
      return `<div role="group" data-slot="field" data-orientation="horizontal" class="group/field flex w-full gap-3 flex-row items-center"><button type="button" role="radio" aria-checked="${on}" data-state="${on ? 'checked' : 'unchecked'}" value="${o.toLowerCase()}" data-slot="radio-group-item" id="${id}-${o.toLowerCase()}" tabindex="-1" data-radix-collection-item="" class="aspect-square size-4 shrink-0 rounded-full border border-input">${on ? '<span data-state="checked" data-slot="radio-group-indicator" class="relative flex items-center justify-center"></span>' : ''}</button><input type="radio" aria-hidden="true" tabindex="-1" value="${o.toLowerCase()}"${on ? ' checked=""' : ''} style="${BUBBLE}"><label data-slot="field-label" class="flex items-center gap-2 text-sm leading-none select-none font-normal" for="${id}-${o.toLowerCase()}">${o}</label></div>`;
    })
    .join('')}</div></fieldset>`;
const therapyTable = () =>
  `<div data-slot="table-container" class="relative w-full overflow-x-auto"><table data-slot="table" class="w-full caption-bottom text-sm"><thead data-slot="table-header"><tr data-slot="table-row" class="border-b">${[
    'Drug',
    'Dose',
    'Start date',
    'Stop date',
    'Outcome',
  ]
    .map((h) => `<th data-slot="table-head" class="h-10 px-2 text-left align-middle font-medium">${h}</th>`)
    .join('')}</tr></thead><tbody data-slot="table-body">${THERAPY_ROWS.map(
    (r) =>
      `<tr data-slot="table-row" class="border-b">${r.map((v) => `<td data-slot="table-cell" class="p-2 align-middle"><input type="text" data-slot="input" class="${INPUT}" value="${v}"></td>`).join('')}</tr>`,
  ).join('')}</tbody></table></div>`;
const fieldSet = (legend: string, body: string) =>
  `<fieldset data-slot="field-set" class="flex flex-col gap-6"><legend data-slot="field-legend" data-variant="legend" class="mb-3 font-medium">${legend}</legend><div data-slot="field-group" class="group/field-group flex w-full flex-col gap-7">${body}</div></fieldset>`;
const form = (body: string, tail = '') =>
  `<div class="bg-background min-h-svh"><main class="container py-6"><form class="space-y-8">${body}<button data-slot="button" type="submit" class="${BUTTON}">Submit request</button></form></main></div>${tail}`;

const FREQUENCIES = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const PPP = { 'patient.dob': 'March 14th, 1988', 'labs.crpDate': 'November 2nd, 2026' };

describe('shadcn/ui v4: Field, InputGroup, NativeSelect, Popover combobox, date picker, chips combobox, RadioGroup', () => {
  it('reads the full Ilaris request', () => {
    page(
      form(
        `${fieldSet('Member', `${input('member-id', 'Member ID', ILARIS['patient.memberId'], { description: 'As printed on the member card.' })}${datePicker('dob', 'Date of birth', PPP['patient.dob']).html}${inputGroup('weight', 'Weight', '72', { text: 'kg' })}`)}
        ${fieldSet('Diagnosis', `${chipsCombobox('icd', 'ICD-10 codes', ['M04.1', 'M06.1'])}${radioFieldSet('Is colchicine contraindicated or not tolerated?', 'colchicine', ['Yes', 'No'], 'Yes')}`)}
        ${fieldSet(
          'Medication',
          `${popoverCombobox('drug', 'Drug name', ILARIS['drug.name'], 'Select drug...')}${input('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${input('ndc', 'NDC', ILARIS['drug.ndc'])}${inputGroup('dose', 'Dose', '150', { text: 'mg' })}${input('units', 'Billing units', '150')}${nativeSelect('frequency', 'Frequency', 'Every 4 weeks', FREQUENCIES, 'Select frequency')}`,
        )}
        ${fieldSet('Labs', `${inputGroup('crp', 'CRP', '24', { text: 'mg/L' })}${datePicker('crp-date', 'CRP collection date', PPP['labs.crpDate']).html}`)}
        ${fieldSet('Prior therapies', therapyTable())}
        ${fieldSet('Prescriber', input('npi', 'Prescriber NPI', ILARIS['prescriber.npi']))}`,
      ),
    );
    expect(read()).toEqual({
      ...ILARIS,
      ...PPP,
      ...THERAPIES,
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.frequency': 'Every 4 weeks',
      'clinical.colchicineContraindicated': 'Yes',
    });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('names a field by its FieldLabel, not a FieldDescription written between label and input, nor the FieldError before it', () => {
    page(
      form(
        `${input('member-id', 'Member ID', '', { error: 'Member ID is required.' })}${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { description: 'Must be 10 digits.', descriptionFirst: true })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('takes a unit from an inline-end InputGroup addon, and none from an inline-start one written before the input', () => {
    page(
      form(
        `${inputGroup('weight', 'Weight', '72', { text: 'kg' })}${inputGroup('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { text: '#', start: true })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.weight': '72', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('patient.weight')?.impliedUnit).toEqual({ path: 'patient.weightUnit', unit: 'kg' });
    expect(field('prescriber.npi')?.impliedUnit).toBeFalsy();
  });

  it('reads a NativeSelect by its chosen option and its "Select frequency" prompt (value "") as empty', () => {
    page(
      form(
        `${nativeSelect('frequency', 'Frequency', '', FREQUENCIES, 'Select frequency')}${nativeSelect('drug', 'Drug name', ILARIS['drug.name'], [ILARIS['drug.name'], 'Kineret (anakinra)'], 'Select drug')}`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': '', 'drug.name': ILARIS['drug.name'] });
  });

  it('reads a Popover + Command combobox button by its text, and its "Select drug..." prompt as empty', () => {
    page(form(popoverCombobox('drug', 'Drug name', ILARIS['drug.name'], 'Select drug...')));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'] });
    page(form(popoverCombobox('drug', 'Drug name', '', 'Select drug...')));
    expect(read()).toEqual({ 'drug.name': '' });
  });

  it('reads date picker buttons as shown ("PPP"), "Pick a date" as empty, nothing from an open calendar popover', () => {
    const dob = datePicker('dob', 'Date of birth', PPP['patient.dob'], { month: 'March 1988', selected: 14 });
    page(form(`${dob.html}${datePicker('crp-date', 'CRP collection date', '').html}`, dob.popover));
    expect(read()).toEqual({ 'patient.dob': PPP['patient.dob'], 'labs.crpDate': '' });
    nothingFrom('[data-radix-popper-content-wrapper]');
  });

  it('reads the chips of a multiple Combobox as the ICD-10 codes, not the hidden form input; none as empty', () => {
    page(form(chipsCombobox('icd', 'ICD-10 codes', ['M04.1', 'M06.1'])));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    noDuplicatePaths();
    page(form(chipsCombobox('icd', 'ICD-10 codes', [])));
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });

  it('reads a RadioGroup whose question is a FieldLabel with no `for` by its checked item', () => {
    page(form(radioFieldSet('Is colchicine contraindicated or not tolerated?', 'colchicine', ['Yes', 'No'], 'No')));
    expect(read()).toEqual({ 'clinical.colchicineContraindicated': 'No' });
  });
});
