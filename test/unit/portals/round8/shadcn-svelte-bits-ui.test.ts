import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * shadcn-svelte (huntabyte/shadcn-svelte HEAD bf4f461, docs/src/lib/registry/ui/select/select-trigger.svelte,
 * select-item.svelte, select-content.svelte, label/label.svelte, examples/select-demo.svelte,
 * combobox-demo.svelte (Popover + Command, a Button with role=combobox showing the label or
 * "Select a framework..."), date-picker-demo.svelte (a Popover trigger showing `dateStyle: "long"` or
 * "Pick a date")) on Bits UI 2.19 (huntabyte/bits-ui HEAD d9cc7cc, packages/bits-ui/src/lib/bits/:
 * select/select.svelte.ts (trigger: `aria-haspopup=listbox`, `aria-expanded`, `data-state`,
 * `data-placeholder` while empty, `data-select-trigger`, no role; content `[role=listbox]`, items
 * `[role=option][data-value][data-label][aria-selected]`), select/components/select.svelte +
 * select-hidden-input.svelte + utilities/hidden-input.svelte (with a `name`, one sr-only
 * `input[aria-hidden][tabindex=-1]` per value after the trigger), popover/popover.svelte.ts
 * (trigger `aria-haspopup=dialog`, `aria-controls`), command/command.svelte.ts (input
 * `[role=combobox][aria-expanded=true]`, items `[role=option]`), date-field/date-field.svelte.ts
 * (label `div[data-date-field-label]`, `div[role=group][data-date-field-input][aria-labelledby]`,
 * segments `span[role=spinbutton][contenteditable][aria-label="month, "][data-segment]`, literals
 * `[data-segment=literal][aria-hidden]`)).
 */

const chevron =
  '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" class="lucide-icon lucide lucide-chevron-down cn-select-trigger-icon pointer-events-none"><path d="m6 9 6 6 6-6"></path></svg>';
const calendarIcon =
  '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" class="lucide-icon lucide lucide-calendar"><path d="M8 2v4"></path></svg>';
const srOnly =
  'position: absolute; width: 1px; height: 1px; padding: 0px; margin: -1px; overflow: hidden; clip: rect(0px, 0px, 0px, 0px); white-space: nowrap; border-width: 0px; top: 0px; left: 0px;';
const slug = (v: string) => v.toLowerCase().replace(/[^a-z0-9]+/g, '-');
let n = 0;
const bitsId = () => `bits-${(n += 1) + 100}`;

const label = (id: string, text: string) =>
  `<label data-slot="label" class="flex items-center gap-2 text-sm leading-none font-medium select-none" data-label-root="" for="${id}">${text}</label>`;
const field_ = (l: string, control: string, description = '') =>
  `<div class="grid w-full items-center gap-1.5">${l}${control}${description ? `<p class="text-muted-foreground text-sm">${description}</p>` : ''}</div>`;
const input = (id: string, text: string, value: string) =>
  field_(
    label(id, text),
    `<input data-slot="input" class="border-input placeholder:text-muted-foreground flex h-9 w-full min-w-0 rounded-md border bg-transparent px-3 py-1 text-base shadow-xs md:text-sm" id="${id}" type="text" value="${value}">`,
  );

type SelectOpts = { id: string; name?: string; placeholder: string; open?: string[]; disabled?: boolean };
/** a shadcn-svelte Select (Bits Select.Root type single or multiple; the trigger shows what the app renders in it) */
function select(chosen: string[], o: SelectOpts): { html: string; portal: string } {
  const contentId = bitsId();
  const empty = chosen.length === 0;
  const trigger = `<button data-slot="select-trigger" data-size="default" class="cn-select-trigger border-input data-[placeholder]:text-muted-foreground flex w-fit items-center justify-between gap-2 rounded-md border bg-transparent px-3 py-2 text-sm whitespace-nowrap shadow-xs w-[240px]" id="${o.id}" type="button"${o.disabled ? ' disabled=""' : ''} aria-haspopup="listbox" aria-expanded="${o.open ? 'true' : 'false'}"${o.open ? ` aria-controls="${contentId}"` : ''} data-state="${o.open ? 'open' : 'closed'}"${o.disabled ? ' data-disabled=""' : ''}${empty ? ' data-placeholder=""' : ''} data-select-trigger="">${empty ? o.placeholder : chosen.join(', ')}${chevron}</button>`;
  const hidden = o.name
    ? (empty ? [''] : chosen)
        .map((v) => `<input name="${o.name}" aria-hidden="true" tabindex="-1" style="${srOnly}" value="${v && slug(v)}">`)
        .join('')
    : '';
  const portal = o.open
    ? `<div data-select-content-wrapper="" style="position: fixed; left: 0px; top: 0px; transform: translate(96px, 412px); min-width: max-content; z-index: 50;"><div data-slot="select-content" class="bg-popover text-popover-foreground relative z-50 max-h-(--bits-select-content-available-height) min-w-[8rem] overflow-x-hidden overflow-y-auto rounded-md border shadow-md" id="${contentId}" role="listbox" data-state="open" data-side="bottom" data-select-content="" tabindex="-1" style="display: flex; flex-direction: column; outline: none; box-sizing: border-box; pointer-events: auto;"><div data-select-viewport="" role="presentation" class="p-1" style="position: relative; flex: 1 1 0%; overflow: auto;">${o.open
        .map((v) => {
          const on = chosen.includes(v);
          return `<div data-slot="select-item" class="cn-select-item relative flex w-full cursor-default items-center gap-2 rounded-sm py-1.5 ps-2 pe-8 text-sm" id="${bitsId()}" role="option" aria-selected="${on}" data-value="${slug(v)}" data-label="${v}"${on ? ' data-selected=""' : ''} data-select-item=""><span class="absolute end-2 flex size-3.5 items-center justify-center">${on ? '<svg class="lucide-icon lucide lucide-check cn-select-item-indicator-icon"><path d="M20 6 9 17l-5-5"></path></svg>' : ''}</span><span class="cn-select-item-text shrink-0 whitespace-nowrap">${v}</span></div>`;
        })
        .join('')}</div></div></div>`
    : '';
  return { html: `${trigger}${hidden}`, portal };
}

/** the combobox pattern: a Popover trigger Button with role=combobox; the open popover holds a Command */
function combobox(id: string, chosen: string, placeholder: string, open?: string[]): { html: string; portal: string } {
  const contentId = bitsId();
  const html = `<button data-slot="popover-trigger" class="cn-button inline-flex shrink-0 items-center justify-center gap-2 rounded-md text-sm font-medium whitespace-nowrap border bg-background shadow-xs h-9 px-4 py-2 w-[280px] justify-between" id="${id}" aria-haspopup="dialog" aria-expanded="${open ? 'true' : 'false'}" data-state="${open ? 'open' : 'closed'}"${open ? ` aria-controls="${contentId}"` : ''} data-popover-trigger="" role="combobox" type="button">${chosen || placeholder}<svg class="lucide-icon lucide lucide-chevrons-up-down opacity-50"><path d="m7 15 5 5 5-5"></path></svg></button>`;
  const listId = bitsId();
  const portal = open
    ? `<div data-popover-content-wrapper="" style="position: fixed; left: 0px; top: 0px; transform: translate(96px, 300px); min-width: max-content; z-index: 50;"><div data-slot="popover-content" class="bg-popover text-popover-foreground z-50 w-[280px] rounded-md border p-0 shadow-md" id="${contentId}" tabindex="-1" data-state="open" data-popover-content="" style="pointer-events: auto; contain: layout style;"><div data-slot="command" class="bg-popover text-popover-foreground flex h-full w-full flex-col overflow-hidden rounded-md" role="application" data-command-root="" tabindex="-1"><div class="flex h-9 items-center gap-2 border-b px-3" data-slot="command-input-wrapper"><svg class="lucide-icon lucide lucide-search size-4 shrink-0 opacity-50"></svg><input data-slot="command-input" class="placeholder:text-muted-foreground flex h-10 w-full rounded-md bg-transparent py-3 text-sm outline-hidden" placeholder="Search drugs..." data-command-input="" autocomplete="off" autocorrect="off" spellcheck="false" aria-autocomplete="list" role="combobox" aria-expanded="true" aria-controls="${listId}" value=""></div><div data-slot="command-list" class="max-h-[300px] scroll-py-1 overflow-x-hidden overflow-y-auto" role="listbox" id="${listId}" data-command-list=""><div data-command-viewport=""><div data-slot="command-group" class="text-foreground overflow-hidden p-1" role="presentation" data-command-group=""><div role="group" data-command-group-items="">${open
        .map(
          (v, i) =>
            `<div data-slot="command-item" class="relative flex cursor-default items-center gap-2 rounded-sm px-2 py-1.5 text-sm outline-hidden select-none" aria-disabled="false" aria-selected="${i === 0}" data-value="${slug(v)}"${i === 0 ? ' data-selected=""' : ''} data-command-item="" role="option" id="${bitsId()}"><svg class="lucide-icon lucide lucide-check${v === chosen ? '' : ' text-transparent'}"><path d="M20 6 9 17l-5-5"></path></svg>${v}</div>`,
        )
        .join('')}</div></div></div></div></div></div></div>`
    : '';
  return { html, portal };
}

/** the date picker pattern: a Popover trigger (aria-haspopup=dialog) showing the long date or "Pick a date" */
const datePicker = (id: string, shown: string) =>
  `<button data-slot="popover-trigger" class="cn-button inline-flex items-center gap-2 rounded-md border bg-background shadow-xs h-9 px-4 py-2 w-[280px] justify-start text-start font-normal${shown ? '' : ' text-muted-foreground'}" id="${id}" aria-haspopup="dialog" aria-expanded="false" data-state="closed" data-popover-trigger="" type="button">${calendarIcon}${shown || 'Pick a date'}</button>`;

/** a Bits DateField: a label div, a group of month/day/year spinbutton segments, a hidden ISO input */
function dateField(labelText: string, name: string, us: string): string {
  // the hidden input is rendered only for a named field
  const labelId = bitsId();
  const [m, d, y] = us ? us.split('/') : ['', '', ''];
  const seg = (part: string, v: string, ph: string, max: number) => {
    const sid = bitsId();
    return `<span id="${sid}" role="spinbutton" contenteditable="true" tabindex="0" spellcheck="false" inputmode="numeric" data-segment="${part}" data-date-field-segment="" aria-label="${part}, " aria-labelledby="${sid} ${labelId}" aria-valuemin="1" aria-valuemax="${max}"${v ? ` aria-valuenow="${Number(v)}" aria-valuetext="${v}"` : ' aria-valuetext="Empty"'} aria-invalid="false" aria-disabled="false" aria-readonly="false" class="rounded-sm px-1 focus:bg-accent aria-[valuetext=Empty]:text-muted-foreground">${v || ph}</span>`;
  };
  const lit = '<span aria-hidden="true" data-segment="literal" data-date-field-segment="" class="p-1">/</span>';
  return `<div class="flex w-full flex-col gap-1.5"><div data-date-field-label="" id="${labelId}" class="block text-sm font-medium select-none">${labelText}</div><div role="group" aria-labelledby="${labelId}" aria-disabled="false" data-date-field-input="" class="border-input flex h-9 w-full items-center rounded-md border bg-transparent px-2 py-1 text-sm shadow-xs">${seg('month', m!, 'mm', 12)}${lit}${seg('day', d!, 'dd', 31)}${lit}${seg('year', y!, 'yyyy', 9999)}</div>${name ? `<input name="${name}" aria-hidden="true" tabindex="-1" style="${srOnly}" value="${us ? `${y}-${m}-${d}` : ''}">` : ''}</div>`;
}

const heading = (t: string) => `<h3 class="scroll-m-20 text-2xl font-semibold tracking-tight">${t}</h3>`;
const app = (body: string, portal = '') =>
  `<div style="display: contents"><main class="container mx-auto max-w-2xl py-10"><form method="POST" class="space-y-6">${body}<button data-slot="button" class="cn-button bg-primary text-primary-foreground h-9 px-4 py-2" type="submit">Submit request</button></form></main></div>${portal}`;

describe('shadcn-svelte on Bits UI 2: Select, combobox (Popover + Command), date picker and DateField', () => {
  it('reads the full Ilaris request', () => {
    const unit = select(['kg'], { id: 'weightUnit', name: 'weightUnit', placeholder: 'Unit' }).html;
    page(
      app(`${heading('Member')}${input('memberId', 'Member ID', ILARIS['patient.memberId'])}${field_(label('dob', 'Date of birth'), datePicker('dob', 'March 14, 1988'))}
      <div class="flex items-end gap-2">${input('weight', 'Weight', '72')}${unit}</div>
      ${heading('Diagnosis')}${field_(label('icd', 'ICD-10 codes'), select(['M04.1', 'M06.1'], { id: 'icd', name: 'icd', placeholder: 'Select codes' }).html)}
      ${heading('Medication')}${field_(label('drug', 'Drug name'), combobox('drug', ILARIS['drug.name'], 'Select a drug...').html)}${input('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${input('ndc', 'NDC', ILARIS['drug.ndc'])}${input('dose', 'Dose (mg)', '150')}${input('units', 'Billing units', '150')}${field_(label('frequency', 'Frequency'), select(['Every 4 weeks'], { id: 'frequency', name: 'frequency', placeholder: 'Select a frequency' }).html)}
      ${heading('Labs')}${input('crp', 'CRP (mg/L)', '24')}${dateField('CRP collection date', 'crpDate', ILARIS['labs.crpDate'])}
      ${heading('Prescriber')}${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`),
    );
    expect(read()).toEqual({
      ...ILARIS,
      'patient.dob': 'March 14, 1988',
      'labs.crpDate': '2026-11-02',
      'patient.weightUnit': 'kg',
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.frequency': 'Every 4 weeks',
    });
    noDuplicatePaths();
  });

  it('reads a Select trigger by its text and leaves its sr-only hidden input (the value slug) alone', () => {
    page(
      app(
        field_(
          label('frequency', 'Frequency'),
          select(['Every 4 weeks'], { id: 'frequency', name: 'frequency', placeholder: 'Select a frequency' }).html,
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks' });
    expect(field('drug.frequency')?.field.element.localName).toBe('button');
  });

  it('reads empty Select (data-placeholder), combobox ("Select a drug...") and date picker ("Pick a date") as empty', () => {
    page(
      app(
        `${field_(label('frequency', 'Frequency'), select([], { id: 'frequency', name: 'frequency', placeholder: 'Select a frequency' }).html)}${field_(label('drug', 'Drug name'), combobox('drug', '', 'Select a drug...').html)}${field_(label('dob', 'Date of birth'), datePicker('dob', ''))}`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': '', 'drug.name': '', 'patient.dob': '' });
  });

  it('takes nothing from an open Select content in its portal, and reads the trigger, not the highlighted item', () => {
    const s = select(['Every 4 weeks'], {
      id: 'frequency',
      name: 'frequency',
      placeholder: 'Select a frequency',
      open: ['Every 4 weeks', 'Every 8 weeks', 'Once'],
    });
    page(app(`${field_(label('frequency', 'Frequency'), s.html)}${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`, s.portal));
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('[data-select-content-wrapper]');
  });

  it("takes nothing from an open combobox's Command (its search box and items)", () => {
    const c = combobox('drug', ILARIS['drug.name'], 'Select a drug...', ['Ilaris (canakinumab)', 'Kineret (anakinra)']);
    page(app(`${field_(label('drug', 'Drug name'), c.html)}${input('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}`, c.portal));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.hcpcs': ILARIS['drug.hcpcs'] });
    nothingFrom('[data-popover-content-wrapper]');
  });

  it('reads a Bits DateField once, by the ISO value of its hidden input (its spinbutton segments are no second field)', () => {
    page(app(`${dateField('Date of birth', 'dob', ILARIS['patient.dob'])}${dateField('CRP collection date', 'crpDate', '')}`));
    expect(read()).toEqual({ 'patient.dob': '1988-03-14', 'labs.crpDate': '' });
    noDuplicatePaths();
  });

  it('reads an unnamed Bits DateField (no hidden input) by its segments as they show ("03"), named by its label div', () => {
    page(app(`${dateField('Date of birth', '', ILARIS['patient.dob'])}${dateField('CRP collection date', '', '')}`));
    expect(read()).toEqual({ 'patient.dob': '03/14/1988', 'labs.crpDate': '' });
  });

  it('takes the weight unit from a unit Select beside the number', () => {
    page(
      app(
        `<div class="flex items-end gap-2">${input('weight', 'Weight', '72')}${select(['kg'], { id: 'weightUnit', name: 'weightUnit', placeholder: 'Unit' }).html}</div>${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'patient.weight': '72', 'patient.weightUnit': 'kg', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('names a field by its label, not the description under it, and reads a disabled Select', () => {
    page(
      app(
        `${field_(label('npi', 'Prescriber NPI'), '<input data-slot="input" class="border-input flex h-9 w-full rounded-md border px-3 py-1" id="npi" type="text" value="1234567893">', 'The 10-digit NPI, not the DEA number')}${field_(label('drug', 'Drug name'), select([ILARIS['drug.name']], { id: 'drug', name: 'drug', placeholder: 'Select a drug', disabled: true }).html)}`,
      ),
    );
    expect(read()).toEqual({ 'prescriber.npi': '1234567893', 'drug.name': ILARIS['drug.name'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads a RadioGroup (button[role=radio] items named by their <Label for>) by its checked item, beside an unrelated Checkbox', () => {
    const item = (id: string, value: string, text: string, on: boolean) =>
      `<div class="flex items-center gap-3"><button data-slot="radio-group-item" class="border-input text-primary aspect-square size-4 shrink-0 rounded-full border shadow-xs" id="${id}" data-value="${value}" data-orientation="vertical" data-state="${on ? 'checked' : 'unchecked'}" aria-checked="${on}" data-radio-group-item="" type="button" role="radio" tabindex="${on ? 0 : -1}">${on ? '<div data-slot="radio-group-indicator" class="relative flex items-center justify-center"><svg class="lucide-icon lucide lucide-circle fill-primary absolute size-2"></svg></div>' : ''}</button>${label(id, text)}</div>`;
    page(
      app(
        `<div class="grid gap-3"><p class="text-sm font-medium">Is this a new request or a continuation?</p><div data-slot="radio-group" class="grid gap-3" role="radiogroup" aria-required="false" aria-disabled="false" data-orientation="vertical" data-radio-group-root="">${item('r1', 'new', 'New request', true)}${item('r2', 'continuation', 'Continuation of therapy', false)}</div></div>${input('memberId', 'Member ID', ILARIS['patient.memberId'])}<div class="flex items-center gap-3"><button data-slot="checkbox" class="peer border-input size-4 shrink-0 rounded-[4px] border shadow-xs" id="terms" role="checkbox" type="button" aria-checked="true" aria-required="false" aria-readonly="false" data-state="checked" data-checkbox-root=""><div data-slot="checkbox-indicator" class="flex items-center justify-center text-current"><svg class="lucide-icon lucide lucide-check size-3.5"></svg></div></button>${label('terms', 'Send me a copy of the determination letter')}</div>`,
      ),
    );
    expect(read()).toEqual({ 'request.type': 'New request', 'patient.memberId': ILARIS['patient.memberId'] });
  });
});
