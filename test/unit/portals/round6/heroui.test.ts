import { describe, expect, it } from 'vitest';
import { field, mapped, page, read, units } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom, THERAPY_ROWS } from '../round5/request';

/**
 * HeroUI 2.7 (formerly NextUI v2; heroui-inc/heroui packages/components: input (use-input, input.tsx),
 * number-input, select (select.tsx, use-select.ts, hidden-select.tsx), listbox, popover
 * (FreeSoloPopover, portalled by React Aria's Overlay), chip, date-input + date-picker
 * (React Aria useDateField segments), calendar, modal, table), tailwind-variants class strings
 * abbreviated:
 * - Input / NumberInput: `div[data-slot=base]` (data-has-label/-has-value/-filled) >
 *   `div[data-slot=main-wrapper] > div[data-slot=input-wrapper]` holding `label[data-slot=label]
 *   #<labelId>[for=<id>]` and `div[data-slot=inner-wrapper] > input[data-slot=input]#<id>
 *   [aria-labelledby=<labelId>]` (+ `endContent`, e.g. `span.text-default-400` "kg"; NumberInput adds
 *   `aria-roledescription="Number field"` and `div[data-slot=stepper-wrapper]` with
 *   Increase/Decrease buttons), then `div[data-slot=helper-wrapper]` with `[data-slot=description]`
 *   or `[data-slot=error-message]`.
 * - Select: first a HiddenSelect (`div[aria-hidden=true][data-testid=hidden-select-container]`,
 *   visually hidden, `label` containing the label text and `select[name][tabindex=-1]` whose option
 *   *values* are the item keys), then `button[data-slot=trigger][aria-haspopup=listbox]
 *   [aria-labelledby="<valueId> <labelId>"]` holding the `label[data-slot=label]` (no `for`) and
 *   `span[data-slot=value]#<valueId>` with the chosen text, or the placeholder, or the app's
 *   `renderValue` (chips); the open listbox is a popover portalled to the end of the body.
 * - DatePicker: `div[data-slot=base][role=group][aria-labelledby=<labelId>]` with the label, then the
 *   DateInput segments: `div[data-slot=segment][role=spinbutton][contenteditable][aria-valuetext]
 *   [data-type=month|day|year]` separated by `aria-hidden` literal segments ("/"), empty segments
 *   showing "mm"/"dd"/"yyyy" with `data-placeholder=true`; an `input[type=hidden][name]` with the ISO
 *   date; the calendar `button[data-slot=selector-button]`; the open Calendar (a `table[role=grid]`
 *   of `span[data-slot=cell-button]`) in a body-portalled popover.
 */

let n = 0;
const rid = () => `react-aria-:r${(n += 1).toString(36)}:`;

const helper = (o: { description?: string; error?: string }) =>
  o.description || o.error
    ? `<div data-slot="helper-wrapper" class="p-1 flex relative flex-col gap-1.5">${
        o.error
          ? `<div data-slot="error-message" class="text-tiny text-danger" id="${rid()}">${o.error}</div>`
          : `<div data-slot="description" class="text-tiny text-foreground-400" id="${rid()}">${o.description}</div>`
      }</div>`
    : '';

const input = (
  label: string,
  value: string,
  o: { type?: string; end?: string; number?: boolean; description?: string; error?: string; name?: string; ariaLabel?: string } = {},
) => {
  const id = rid();
  const labelId = rid();
  const end = o.end
    ? `<div class="pointer-events-none flex items-center"><span class="text-default-400 text-small">${o.end}</span></div>`
    : '';
  const stepper = o.number
    ? `<div data-slot="stepper-wrapper" class="flex flex-col h-full justify-center items-center"><button data-slot="increase-button" type="button" tabindex="-1" aria-label="Increase" aria-controls="${id}" class="flex items-center justify-center w-4 h-4 rounded-sm"><svg aria-hidden="true" fill="none" focusable="false" height="1em" role="presentation" viewBox="0 0 24 24" width="1em"><path d="m6 15 6-6 6 6"></path></svg></button><button data-slot="decrease-button" type="button" tabindex="-1" aria-label="Decrease" aria-controls="${id}" class="flex items-center justify-center w-4 h-4 rounded-sm"><svg aria-hidden="true" fill="none" focusable="false" height="1em" role="presentation" viewBox="0 0 24 24" width="1em"><path d="m6 9 6 6 6-6"></path></svg></button></div>`
    : '';
  return `<div class="group flex flex-col data-[hidden=true]:hidden w-full" data-slot="base" data-filled="true" data-filled-within="true" data-has-elements="true" data-has-label="true"${value ? ' data-has-value="true"' : ''}${o.error ? ' data-invalid="true"' : ''}>
    <div data-slot="main-wrapper" class="h-full flex flex-col"><div data-slot="input-wrapper" class="relative w-full inline-flex tap-highlight-transparent flex-row items-center shadow-sm px-3 gap-3 bg-default-100 h-14 min-h-14 rounded-medium flex-col items-start justify-center gap-0 py-2" style="cursor: text;">
      ${o.ariaLabel ? '' : `<label data-slot="label" class="absolute z-10 pointer-events-none origin-top-left subpixel-antialiased block text-foreground-500 cursor-text" id="${labelId}" for="${id}">${label}</label>`}
      <div data-slot="inner-wrapper" class="inline-flex w-full items-center h-full box-border group-data-[has-label=true]:items-end pb-0.5"><input data-slot="input" data-has-start-content="false" data-has-end-content="${o.end ? 'true' : 'false'}" class="w-full font-normal bg-transparent !outline-none placeholder:text-foreground-500 text-small" ${
        o.ariaLabel ? `aria-label="${o.ariaLabel}"` : `aria-labelledby="${labelId}"`
      }${o.number ? ' aria-roledescription="Number field" inputmode="numeric" autocomplete="off" autocorrect="off" spellcheck="false"' : ''} type="${o.type ?? 'text'}"${o.name ? ` name="${o.name}"` : ''}${o.error ? ' aria-invalid="true"' : ''} id="${id}" value="${value}">${end}${stepper}</div>
    </div>${helper(o)}</div>
  </div>`;
};

const chevron = `<svg aria-hidden="true" fill="none" focusable="false" height="1em" role="presentation" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round" stroke-width="1.5" viewBox="0 0 24 24" width="1em" data-slot="selectorIcon" class="absolute end-3 w-4 h-4 transition-transform duration-150 ease motion-reduce:transition-none"><path d="m6 9 6 6 6-6"></path></svg>`;

const chip = (v: string, closable: boolean) =>
  `<div class="relative max-w-fit min-w-min inline-flex items-center justify-between box-border whitespace-nowrap px-1 h-7 text-small rounded-full bg-default text-default-foreground"><span class="flex-1 text-inherit font-normal px-2">${v}</span>${
    closable
      ? `<span role="button" tabindex="0" aria-label="close chip" class="z-10 appearance-none outline-none select-none transition-opacity opacity-70 hover:opacity-100 cursor-pointer"><svg aria-hidden="true" focusable="false" height="1em" role="presentation" viewBox="0 0 24 24" width="1em"><path d="M12 2a10 10 0 1010 10A10.016 10.016 0 0012 2z" fill="currentColor"></path></svg></span>`
      : ''
  }</div>`;

type Opt = [key: string, text: string];
const select = (
  label: string,
  name: string,
  options: Opt[],
  chosen: string[],
  o: { placeholder?: string; chips?: boolean; closable?: boolean; open?: boolean; description?: string } = {},
) => {
  const trigger = rid();
  const labelId = rid();
  const valueId = rid();
  const multi = !!o.chips;
  const texts = options.filter(([k]) => chosen.includes(k)).map(([, t]) => t);
  const value = texts.length
    ? multi
      ? `<div class="flex flex-wrap gap-2">${texts.map((t) => chip(t, !!o.closable)).join('')}</div>`
      : texts.join(', ')
    : (o.placeholder ?? '');
  return `<div class="group flex flex-col w-full" data-slot="base" data-filled="true" data-has-label="true"${texts.length ? ' data-has-value="true"' : ''}${o.open ? ' data-open="true"' : ''}>
    <div aria-hidden="true" data-a11y-ignore="aria-hidden-focus" data-testid="hidden-select-container" style="border: 0px; clip: rect(0px, 0px, 0px, 0px); clip-path: inset(50%); height: 1px; margin: -1px; overflow: hidden; padding: 0px; position: absolute; width: 1px; white-space: nowrap;"><label>${label}<select name="${name}" tabindex="-1"${multi ? ' multiple' : ''}><option></option>${options
      .map(([k, t]) => `<option value="${k}"${chosen.includes(k) ? ' selected' : ''}>${t}</option>`)
      .join('')}</select></label></div>
    <div data-slot="main-wrapper" class="w-full flex flex-col"><button data-slot="trigger" class="relative px-3 gap-3 w-full inline-flex flex-row items-center shadow-sm outline-none tap-highlight-transparent bg-default-100 rounded-medium flex-col items-start justify-center gap-0 ${multi ? 'min-h-14 py-2' : 'h-14 min-h-14 py-2'}" type="button" data-react-aria-pressable="true" id="${trigger}" aria-labelledby="${valueId} ${labelId}" aria-haspopup="listbox" aria-expanded="${o.open ? 'true' : 'false'}"${o.open ? ` aria-controls="${trigger}-listbox"` : ''}>
      <label data-slot="label" class="block absolute z-10 origin-top-left subpixel-antialiased text-small text-foreground-500 pointer-events-none cursor-pointer" id="${labelId}">${label}</label>
      <div data-slot="inner-wrapper" class="inline-flex h-fit w-[calc(100%_-_theme(spacing.6))] min-h-4 items-center gap-1.5 box-border"><span data-slot="value" class="font-normal w-full text-start text-small ${texts.length ? 'text-foreground' : 'text-foreground-500'} truncate" id="${valueId}">${value}</span></div>
      ${chevron}
    </button>${helper(o)}</div>
  </div>`;
};

/** an open Select listbox, in a popover portalled to the end of the body */
const listboxPopover = (id: string, options: [string, boolean][]) =>
  `<div data-overlay-container="true"><div><div data-slot="base" data-open="true" data-focus="false" data-arrow="false" data-focus-visible="false" data-placement="bottom" class="flex p-0 justify-center items-center outline-none box-border subpixel-antialiased" tabindex="-1" style="position: absolute; z-index: 50; left: 24px; top: 412px; max-height: 280px; width: 480px;"><div style="border: 0px; clip: rect(0px, 0px, 0px, 0px); height: 1px; margin: -1px; overflow: hidden; padding: 0px; position: absolute; width: 1px; white-space: nowrap;"><button aria-label="Dismiss" tabindex="-1" style="width: 1px; height: 1px;"></button></div><div data-slot="content" data-open="true" data-placement="bottom" class="z-10 px-2.5 py-1 w-full inline-flex flex-col items-center justify-center subpixel-antialiased outline-none box-border text-small bg-content1 rounded-large shadow-medium"><div data-slot="listboxWrapper" class="scroll-py-6 w-full" data-scroll-shadow="true"><div data-slot="base" class="w-full relative flex flex-col gap-1 p-1 overflow-clip"><ul data-slot="list" class="w-full flex flex-col gap-0.5 outline-none" id="${id}-listbox" role="listbox" aria-multiselectable="true" tabindex="-1">${options
    .map(
      ([o, on]) =>
        `<li role="option" aria-selected="${on}" data-key="${o}" id="${id}-option-${o}" tabindex="-1" data-selectable="true"${on ? ' data-selected="true"' : ''} class="flex group gap-2 items-center justify-between relative px-2 py-1.5 w-full h-full box-border rounded-small subpixel-antialiased cursor-pointer"><span data-label="true" data-slot="title" class="flex-1 text-small font-normal">${o}</span>${on ? `<span aria-hidden="true" data-visible="true" data-slot="selectedIcon" class="text-inherit w-3 h-3 flex-shrink-0"><svg aria-hidden="true" data-selected="true" role="presentation" viewBox="0 0 17 18"><polyline fill="none" points="1 9 7 14 15 4" stroke="currentColor" stroke-width="1.5"></polyline></svg></span>` : ''}</li>`,
    )
    .join('')}</ul></div></div></div></div></div></div>`;

const segment = (type: 'month' | 'day' | 'year', v: string, labelId: string, text: string, max: number, min = 1) => {
  const id = rid();
  const empty = v === '';
  return `<div data-slot="segment" role="spinbutton" id="${id}" aria-label="${type}, " aria-labelledby="${id} ${labelId}" aria-valuemin="${min}" aria-valuemax="${max}"${empty ? '' : ` aria-valuenow="${Number(v)}"`} aria-valuetext="${empty ? 'Empty' : text}" contenteditable="true" spellcheck="false" autocorrect="off" enterkeyhint="next" inputmode="numeric" tabindex="0" data-type="${type}"${empty ? ' data-placeholder="true"' : ''} data-editable="true" class="group first:-ms-0.5 [&amp;:not(:first-child)]:-ms-1 px-0.5 my-auto box-content tabular-nums text-start inline-flex outline-none focus:shadow-sm rounded-md text-foreground-500 data-[editable=true]:text-foreground data-[editable=true]:data-[placeholder=true]:text-foreground-500" style="caret-color: transparent;">${empty ? { month: 'mm', day: 'dd', year: 'yyyy' }[type] : v}</div>`;
};
const literal = `<div data-slot="segment" aria-hidden="true" data-type="literal" class="group first:-ms-0.5 px-0.5 my-auto box-content tabular-nums text-start inline-flex outline-none text-foreground-500">/</div>`;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** `mm/dd/yyyy` (or '') as a DatePicker with segments, shown as en-US does by default ("3/14/1988") */
const datePicker = (label: string, name: string, date: string, o: { open?: boolean; description?: string } = {}) => {
  const labelId = rid();
  const [m = '', d = '', y = ''] = date ? date.split('/') : [];
  const iso = date ? `${y}-${m}-${d}` : '';
  return `<div data-slot="base" class="group flex flex-col w-full" data-has-label="true"${date ? ' data-has-selected-value="true"' : ''} role="group" aria-labelledby="${labelId}" id="${rid()}"${o.open ? ' data-open="true"' : ''}>
    <div data-slot="input-wrapper" class="relative px-3 gap-3 w-full inline-flex flex-row items-center cursor-text tap-highlight-transparent shadow-sm bg-default-100 rounded-medium h-14 min-h-14 flex-col items-start justify-center gap-0 py-2" role="presentation">
      <span data-slot="label" id="${labelId}" class="block subpixel-antialiased text-foreground-500 pointer-events-none text-tiny">${label}</span>
      <div data-slot="inner-wrapper" class="flex w-full items-center">
        <div data-slot="input" class="flex w-full items-center gap-x-0.5 px-1 py-0.5 text-small" role="presentation">${segment('month', m && String(Number(m)), labelId, m ? `${Number(m)} – ${MONTHS[Number(m) - 1]}` : '', 12)}${literal}${segment('day', d && String(Number(d)), labelId, d ? String(Number(d)) : '', 31)}${literal}${segment('year', y, labelId, y, 9999)}</div>
        <input type="hidden" name="${name}" value="${iso}">
        <button data-slot="selector-button" type="button" tabindex="-1" aria-label="Calendar" aria-labelledby="${labelId}-btn ${labelId}" id="${labelId}-btn" aria-haspopup="dialog" aria-expanded="${o.open ? 'true' : 'false'}" data-react-aria-pressable="true" class="z-0 group relative inline-flex items-center justify-center box-border appearance-none select-none whitespace-nowrap font-normal min-w-8 w-8 h-8 rounded-full bg-transparent -me-2 text-inherit"><svg aria-hidden="true" fill="none" focusable="false" height="1em" role="presentation" viewBox="0 0 24 24" width="1em" data-slot="selector-icon" class="text-lg text-default-400 pointer-events-none flex-shrink-0"><path d="M19.5 4h-3V2.5a.5.5 0 0 0-1 0V4h-7V2.5a.5.5 0 0 0-1 0V4h-3A2.503 2.503 0 0 0 2 6.5v13A2.503 2.503 0 0 0 4.5 22h15a2.502 2.502 0 0 0 2.5-2.5v-13A2.502 2.502 0 0 0 19.5 4z" fill="currentColor"></path></svg></button>
      </div>
    </div>${helper(o)}
  </div>`;
};

/** the open Calendar popover (March 1988), portalled to the body */
const calendarPopover = () => {
  const cell = (dd: number) =>
    `<td aria-selected="${dd === 14 ? 'true' : 'false'}" role="gridcell" data-slot="cell" class="py-0.5 px-0"><span data-slot="cell-button" role="button" tabindex="${dd === 14 ? 0 : -1}" aria-label="${dd === 14 ? 'Monday, ' : ''}March ${dd}, 1988${dd === 14 ? ' selected' : ''}" data-react-aria-pressable="true"${dd === 14 ? ' data-selected="true"' : ''} class="w-8 h-8 flex items-center text-foreground justify-center rounded-full box-border appearance-none select-none whitespace-nowrap font-normal subpixel-antialiased">${dd}</span></td>`;
  const rows = [0, 7, 14, 21, 28].map(
    (s) =>
      `<tr class="flex justify-center items-center">${Array.from({ length: 7 }, (_, i) => s + i + 1)
        .filter((x) => x <= 31)
        .map(cell)
        .join('')}</tr>`,
  );
  return `<div data-overlay-container="true"><div><div data-slot="base" data-open="true" role="dialog" tabindex="-1" class="flex p-0 justify-center items-center outline-none box-border subpixel-antialiased" style="position: absolute; z-index: 50; left: 24px; top: 220px;"><div data-slot="content" class="z-10 inline-flex flex-col items-center justify-center subpixel-antialiased outline-none box-border text-small bg-content1 rounded-large shadow-medium p-0 w-full">
    <div data-slot="base" role="application" aria-label="Date of birth, March 1988" data-has-multiple-months="false" class="relative w-fit max-w-full shadow-small inline-block overflow-y-hidden rounded-large overflow-x-auto bg-default-50 dark:bg-background"><div class="relative flex w-fit max-w-full"><div data-slot="header-wrapper" class="px-4 py-2 flex items-center justify-center gap-2 w-full"><button data-slot="prev-button" type="button" aria-label="Previous" tabindex="-1" class="z-0 min-w-6 w-6 h-6 rounded-full bg-transparent"><svg aria-hidden="true" viewBox="0 0 16 16"><path d="M10 3.33 5.33 8 10 12.67"></path></svg></button><button data-slot="header" type="button" aria-live="polite" class="flex w-full items-center justify-center text-small">March 1988</button><button data-slot="next-button" type="button" aria-label="Next" tabindex="-1" class="z-0 min-w-6 w-6 h-6 rounded-full bg-transparent"><svg aria-hidden="true" viewBox="0 0 16 16"><path d="m6 3.33 4.67 4.67L6 12.67"></path></svg></button></div>
    <table data-slot="grid" role="grid" aria-readonly="true" aria-label="March 1988" tabindex="-1" class="w-full border-collapse shadow-none"><thead aria-hidden="true" data-slot="grid-header" class="bg-content1 shadow-[0px_20px_20px_0px_rgb(0_0_0/0.05)]"><tr data-slot="grid-header-row" class="px-4 flex justify-center text-default-400">${['S', 'M', 'T', 'W', 'T', 'F', 'S'].map((x) => `<th data-slot="grid-header-cell" class="flex w-8 justify-center items-center font-medium text-small"><span>${x}</span></th>`).join('')}</tr></thead><tbody data-slot="grid-body" tabindex="-1" class="bg-default-50 dark:bg-background">${rows.join('')}</tbody></table></div></div>
  </div></div></div></div>`;
};

const form = (body: string) =>
  `<form class="flex flex-col gap-4 w-full max-w-xl" novalidate>${body}<button type="submit" class="z-0 group relative inline-flex items-center justify-center px-4 min-w-20 h-10 rounded-medium bg-primary text-primary-foreground" data-react-aria-pressable="true">Submit</button></form>`;
const h = (t: string) => `<h3 class="text-medium font-semibold text-default-600">${t}</h3>`;

const ICD: Opt[] = [
  ['M041', 'M04.1'],
  ['M061', 'M06.1'],
  ['M048', 'M04.8'],
];
const DRUGS: Opt[] = [
  ['ilaris', 'Ilaris (canakinumab)'],
  ['kineret', 'Kineret (anakinra)'],
];
const FREQS: Opt[] = [
  ['q4w', 'Every 4 weeks'],
  ['q8w', 'Every 8 weeks'],
];

describe('HeroUI (NextUI v2): Input / NumberInput / Select / DatePicker', () => {
  it('reads the full Ilaris request', () => {
    page(
      `<div id="__next"><main class="container mx-auto">${form(`
      ${h('Member')}
      ${input('Member ID', ILARIS['patient.memberId'], { description: 'As printed on the member card', name: 'memberId' })}
      ${datePicker('Date of birth', 'dob', ILARIS['patient.dob'])}
      ${input('Weight', '72', { number: true, end: 'kg', name: 'weight' })}
      ${h('Diagnosis')}
      ${select('ICD-10 codes', 'icd10', ICD, ['M041', 'M061'], { chips: true, placeholder: 'Select codes' })}
      ${h('Medication')}
      ${select('Drug name', 'drug', DRUGS, ['ilaris'], { placeholder: 'Select a drug' })}
      ${input('HCPCS code', ILARIS['drug.hcpcs'], { name: 'hcpcs' })}
      ${input('NDC', ILARIS['drug.ndc'], { name: 'ndc', description: '11-digit NDC in 5-4-2 format' })}
      ${input('Dose', '150', { type: 'number', end: 'mg', name: 'dose' })}
      ${input('Billing units', '150', { type: 'number', name: 'units' })}
      ${select('Frequency', 'frequency', FREQS, ['q4w'], { placeholder: 'Select a frequency' })}
      ${h('Labs')}
      ${input('CRP', '24', { number: true, end: 'mg/L', name: 'crp' })}
      ${datePicker('CRP collection date', 'crpDate', ILARIS['labs.crpDate'])}
      ${h('Prescriber')}
      ${input('Prescriber NPI', ILARIS['prescriber.npi'], { name: 'npi' })}
    `)}</main></div>`,
    );
    expect(read()).toEqual({
      ...ILARIS,
      'patient.dob': '3/14/1988',
      'labs.crpDate': '11/2/2026',
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.frequency': 'Every 4 weeks',
    });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    nothingFrom('[data-testid="hidden-select-container"]');
    nothingFrom('[data-slot="stepper-wrapper"]');
    noDuplicatePaths();
  });

  it('reads a Select once, by the text its trigger shows, not by the hidden native select', () => {
    page(form(select('Frequency', 'frequency', FREQS, ['q4w'], { placeholder: 'Select a frequency' })));
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks' });
    nothingFrom('[data-testid="hidden-select-container"]');
    expect(field('drug.frequency')?.label).toContain('Frequency');
  });

  it('reads a DatePicker from its spinbutton segments (as shown, "3/14/1988"), not its hidden ISO input', () => {
    page(form(datePicker('Date of birth', 'dob', ILARIS['patient.dob'])));
    expect(read()).toEqual({ 'patient.dob': '3/14/1988' });
    expect(mapped().some((m) => m.field.element.matches('input[type=hidden]'))).toBe(false);
  });

  it('reads a DatePicker placed right after an Input in the same form', () => {
    page(form(`${input('Member ID', ILARIS['patient.memberId'])}${datePicker('Date of birth', 'dob', ILARIS['patient.dob'])}`));
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'patient.dob': '3/14/1988' });
  });

  it('reads Selects showing their placeholder as empty', () => {
    page(
      form(`${select('Drug name', 'drug', DRUGS, [], { placeholder: 'Select a drug' })}
      ${select('ICD-10 codes', 'icd10', ICD, [], { chips: true, placeholder: 'Select codes' })}`),
    );
    expect(read()).toEqual({ 'drug.name': '', 'diagnosis.codes.0': '' });
  });

  it('reads a DatePicker of placeholder segments (mm/dd/yyyy) as empty', () => {
    page(form(datePicker('Date of birth', 'dob', '')));
    expect(read()).toEqual({ 'patient.dob': '' });
  });

  it('reads chips with close buttons as the codes, and nothing from the open listbox popover', () => {
    page(
      `${form(select('ICD-10 codes', 'icd10', ICD, ['M041'], { chips: true, closable: true, open: true }))}${listboxPopover('icd10', [
        ['M04.1', true],
        ['M06.1', false],
        ['M04.8', false],
      ])}`,
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1' });
    nothingFrom('[data-overlay-container]');
    nothingFrom('[aria-label="close chip"]');
  });

  it('takes nothing from the open Calendar popover', () => {
    page(`${form(datePicker('Date of birth', 'dob', ILARIS['patient.dob'], { open: true }))}${calendarPopover()}`);
    expect(read()).toEqual({ 'patient.dob': '3/14/1988' });
    nothingFrom('[data-overlay-container]');
  });

  it('reads an invalid Input with its error message by its value', () => {
    page(form(input('Prescriber NPI', '123456789', { error: 'NPI must be 10 digits', name: 'npi' })));
    expect(read()).toEqual({ 'prescriber.npi': '123456789' });
  });

  it('reads prior therapies from a Table of inputs', () => {
    const cols = ['Drug', 'Dose', 'Start date', 'End date', 'Outcome'];
    const rows = THERAPY_ROWS;
    page(
      form(`${h('Prior therapies')}<div data-slot="base" class="flex flex-col relative gap-4"><div data-slot="wrapper" class="p-4 z-0 flex flex-col relative justify-between gap-4 shadow-small bg-content1 overflow-auto rounded-large"><table aria-label="Prior therapies" id="${rid()}" role="grid" tabindex="-1" aria-multiselectable="false" data-slot="table" class="min-w-full h-auto table-auto w-full">
        <thead data-slot="thead" class="[&amp;>tr]:first:rounded-lg" role="rowgroup"><tr role="row" data-slot="tr" class="group/tr outline-none">${cols.map((c) => `<th tabindex="-1" data-slot="th" role="columnheader" id="${rid()}" class="group/th px-3 h-10 text-start align-middle bg-default-100 text-foreground-500 text-tiny font-semibold">${c}</th>`).join('')}</tr></thead>
        <tbody data-slot="tbody" role="rowgroup">${rows
          .map(
            (r, i) =>
              `<tr role="row" tabindex="-1" data-key="${i}" aria-labelledby="" data-slot="tr" class="group/tr outline-none">${r
                .map(
                  (v, c) =>
                    `<td tabindex="-1" data-slot="td" role="${c === 0 ? 'rowheader' : 'gridcell'}" class="py-2 px-3 relative align-middle whitespace-normal text-small font-normal">${input(cols[c]!, v, { ariaLabel: cols[c] })}</td>`,
                )
                .join('')}</tr>`,
          )
          .join('')}</tbody></table></div></div>`),
    );
    expect(read()).toEqual(THERAPIES);
  });

  it('reads a form in a Modal portalled to the body', () => {
    page(`<div id="__next"></div><div data-overlay-container="true"><div class="fixed inset-0 z-50 w-screen h-screen bg-black/50 backdrop-opacity-disabled" aria-hidden="true" data-slot="backdrop"></div><div data-slot="wrapper" class="flex w-screen h-[100dvh] fixed inset-0 z-50 overflow-x-auto justify-center items-end sm:items-center"><section role="dialog" tabindex="-1" data-slot="base" aria-modal="true" aria-labelledby="modal-header" class="flex flex-col relative bg-white z-50 w-full box-border bg-content1 outline-none mx-1 my-1 sm:mx-6 sm:my-16 max-w-md rounded-large shadow-small overflow-y-hidden">
      <div style="border: 0px; clip: rect(0px, 0px, 0px, 0px); height: 1px; margin: -1px; overflow: hidden; padding: 0px; position: absolute; width: 1px; white-space: nowrap;"><button aria-label="Dismiss" tabindex="-1" style="width: 1px; height: 1px;"></button></div>
      <button type="button" data-slot="close-button" aria-label="Close" class="absolute appearance-none outline-none select-none top-1 end-1 p-2 text-foreground-500 rounded-full"><svg aria-hidden="true" viewBox="0 0 24 24"><path d="M18 6L6 18M6 6l12 12"></path></svg></button>
      <header data-slot="header" class="flex py-4 px-6 flex-initial text-large font-semibold" id="modal-header">Edit member</header>
      <div data-slot="body" class="flex flex-1 flex-col gap-3 px-6 py-2">${form(`${input('Member ID', ILARIS['patient.memberId'])}${input('Weight', '72', { number: true, end: 'kg' })}`)}</div>
      <footer data-slot="footer" class="flex flex-row gap-2 px-6 py-4 justify-end"><button type="button" class="z-0 group relative inline-flex items-center justify-center px-4 min-w-20 h-10 rounded-medium bg-transparent text-danger">Close</button></footer>
    </section></div></div>`);
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'patient.weight': '72' });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg' });
  });
});
