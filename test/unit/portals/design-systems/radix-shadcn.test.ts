import { describe, expect, it } from 'vitest';
import { field, mapped, read, page } from '../read';

/**
 * Radix UI primitives as shadcn/ui's Form renders them (FormItem / FormLabel `for` the
 * FormControl's id). Select (packages/react/select: the trigger is a `<button role="combobox"
 * aria-autocomplete="none">` without aria-haspopup; inside a form a SelectBubbleInput — a
 * visually hidden, aria-hidden `<select>` whose options carry the items' text — follows the
 * trigger; shadcn's form does not pass `name`), RadioGroup (role=radiogroup of `<button
 * role="radio" aria-checked>`, a hidden bubble `<input type=radio aria-hidden>` after each, the
 * label a sibling `<label for>`), Popover date picker and combobox (a `<button
 * aria-haspopup="dialog">` showing the value).
 */

let n = 0;
const rid = () => `:r${(n += 1).toString(36)}:`;

const formItem = (label: string, id: string, control: string, description = '', cls = 'grid gap-2') => `
  <div data-slot="form-item" class="${cls}">
    <label data-slot="form-label" data-error="false" class="flex items-center gap-2 text-sm leading-none font-medium select-none data-[error=true]:text-destructive" for="${id}-form-item">${label}</label>
    ${control}
    ${description ? `<p data-slot="form-description" id="${id}-form-item-description" class="text-muted-foreground text-sm">${description}</p>` : ''}
  </div>`;

const input = (label: string, value: string, description = '') => {
  const id = rid();
  return formItem(
    label,
    id,
    `<input data-slot="form-control" id="${id}-form-item" aria-describedby="${id}-form-item-description" aria-invalid="false" data-slot="input" class="file:text-foreground placeholder:text-muted-foreground flex h-9 w-full min-w-0 rounded-md border bg-transparent px-3 py-1 text-base shadow-xs" value="${value}">`,
    description,
  );
};

const HIDDEN =
  'position: absolute; border: 0px; width: 1px; height: 1px; padding: 0px; margin: -1px; overflow: hidden; clip: rect(0px, 0px, 0px, 0px); white-space: nowrap; overflow-wrap: normal;';

/** shadcn Select in a form: the trigger, then Radix's bubble select. */
const select = (label: string, options: [string, string][], chosen: string | null, placeholder: string) => {
  const id = rid();
  const shown = chosen ? options.find(([v]) => v === chosen)![1] : placeholder;
  return formItem(
    label,
    id,
    `<button type="button" role="combobox" aria-controls="radix-${id}" aria-expanded="false" aria-autocomplete="none" dir="ltr" data-state="closed"${chosen ? '' : ' data-placeholder=""'} data-slot="select-trigger" data-size="default" class="border-input data-[placeholder]:text-muted-foreground flex w-fit items-center justify-between gap-2 rounded-md border bg-transparent px-3 py-2 text-sm whitespace-nowrap shadow-xs" id="${id}-form-item" aria-describedby="${id}-form-item-description" aria-invalid="false"><span data-slot="select-value" style="pointer-events: none;">${shown}</span><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" class="lucide lucide-chevron-down size-4 opacity-50" aria-hidden="true"><path d="m6 9 6 6 6-6"></path></svg></button>
    <select aria-hidden="true" tabindex="-1" style="${HIDDEN}">${chosen ? '' : '<option value=""></option>'}${options
      .map(([v, t]) => `<option value="${v}"${v === chosen ? ' selected' : ''}>${t}</option>`)
      .join('')}</select>`,
  );
};

/** shadcn RadioGroup in a form (one FormItem per option). */
const radioGroup = (label: string, options: string[], checked: string) => {
  const id = rid();
  return formItem(
    label,
    id,
    `<div role="radiogroup" aria-required="false" dir="ltr" data-slot="radio-group" class="flex flex-col gap-3" tabindex="0" style="outline: none;" id="${id}-form-item" aria-describedby="${id}-form-item-description" aria-invalid="false">
      ${options
        .map((o) => {
          const item = rid();
          const on = o === checked;
          return `<div data-slot="form-item" class="flex items-center gap-3">
            <button type="button" role="radio" aria-checked="${on}" data-state="${on ? 'checked' : 'unchecked'}" value="${o.toLowerCase()}" data-slot="radio-group-item" class="border-input text-primary aspect-square size-4 shrink-0 rounded-full border shadow-xs" id="${item}-form-item" aria-describedby="${item}-form-item-description" aria-invalid="false" tabindex="-1" data-radix-collection-item="">${
              on
                ? '<span data-state="checked" data-slot="radio-group-indicator" class="relative flex items-center justify-center"><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" class="lucide lucide-circle fill-primary absolute top-1/2 left-1/2 size-2 -translate-x-1/2 -translate-y-1/2" aria-hidden="true"><circle cx="12" cy="12" r="10"></circle></svg></span>'
                : ''
            }</button>
            <input type="radio" aria-hidden="true" tabindex="-1" value="${o.toLowerCase()}"${on ? ' checked' : ''} style="transform: translateX(-100%); position: absolute; pointer-events: none; opacity: 0; margin: 0px; width: 16px; height: 16px;">
            <label data-slot="form-label" data-error="false" class="flex items-center gap-2 text-sm leading-none select-none font-normal" for="${item}-form-item">${o}</label>
          </div>`;
        })
        .join('')}
    </div>`,
    '',
    'space-y-3',
  );
};

/** shadcn date picker: a Popover trigger button showing format(date, "PPP") or "Pick a date". */
const datePicker = (label: string, shown: string) => {
  const id = rid();
  return formItem(
    label,
    id,
    `<button data-slot="popover-trigger" class="inline-flex items-center justify-center gap-2 whitespace-nowrap rounded-md text-sm border bg-background shadow-xs h-9 px-4 py-2 w-[240px] pl-3 text-left font-normal${shown ? '' : ' text-muted-foreground'}" id="${id}-form-item" aria-describedby="${id}-form-item-description" aria-invalid="false" type="button" aria-haspopup="dialog" aria-expanded="false" aria-controls="radix-${id}" data-state="closed">${
      shown || '<span>Pick a date</span>'
    }<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" class="lucide lucide-calendar ml-auto size-4 opacity-50" aria-hidden="true"><path d="M8 2v4"></path></svg></button>`,
    '',
    'flex flex-col',
  );
};

/** shadcn combobox (Popover + Command): a button role=combobox that is also the Popover trigger. */
const combobox = (label: string, shown: string) => {
  const id = rid();
  return formItem(
    label,
    id,
    `<button data-slot="popover-trigger" class="inline-flex items-center gap-2 whitespace-nowrap rounded-md text-sm border bg-background shadow-xs h-9 px-4 py-2 w-[200px] justify-between${shown ? '' : ' text-muted-foreground'}" role="combobox" id="${id}-form-item" aria-describedby="${id}-form-item-description" aria-invalid="false" type="button" aria-haspopup="dialog" aria-expanded="false" aria-controls="radix-${id}" data-state="closed">${
      shown || 'Select drug'
    }<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" class="lucide lucide-chevrons-up-down opacity-50" aria-hidden="true"><path d="m7 15 5 5 5-5"></path></svg></button>`,
    '',
    'flex flex-col',
  );
};

const frequencies: [string, string][] = [
  ['q4w', 'Every 4 weeks'],
  ['q8w', 'Every 8 weeks'],
];

describe('shadcn Input', () => {
  it('reads inputs with FormLabel and FormDescription', () => {
    page(`<form class="space-y-8">
      ${input('Member ID', 'U1234567801', 'As printed on the member’s card.')}
      ${input('HCPCS code', 'J0638')}
      ${input('NDC', '00078-0734-61')}</form>`);
    expect(read()).toEqual({ 'patient.memberId': 'U1234567801', 'drug.hcpcs': 'J0638', 'drug.ndc': '00078-0734-61' });
  });
});

describe('Radix / shadcn Select', () => {
  it('reads the frequency shown in the Select trigger', () => {
    page(`<form class="space-y-8">${select('Frequency', frequencies, 'q8w', 'Select a frequency')}</form>`);
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks' });
  });

  it('maps the trigger, not the aria-hidden bubble select, and only once', () => {
    page(`<form class="space-y-8">${select('Frequency', frequencies, 'q8w', 'Select a frequency')}</form>`);
    const freq = field('drug.frequency');
    expect(freq?.field.element.getAttribute('role')).toBe('combobox');
    expect(mapped()).toHaveLength(1);
  });

  it('reads a Select showing its placeholder as empty', () => {
    page(
      `<form class="space-y-8">${select(
        'Place of service',
        [
          ['11', 'Physician office'],
          ['12', 'Home'],
        ],
        null,
        'Choose where the drug is given',
      )}</form>`,
    );
    expect(read()).toEqual({ 'drug.placeOfService': '' });
  });

  it('pairs a "Unit" Select with the dose beside it', () => {
    page(`<form class="space-y-8"><div class="flex gap-4">
      ${input('Dose', '150')}
      ${select(
        'Unit',
        [
          ['mg', 'mg'],
          ['mcg', 'mcg'],
          ['mL', 'mL'],
        ],
        'mg',
        'Unit',
      )}</div></form>`);
    expect(read()).toEqual({ 'drug.dose': '150', 'drug.doseUnit': 'mg' });
  });
});

describe('Radix / shadcn RadioGroup', () => {
  it('reads the checked radio button’s label', () => {
    page(
      `<form class="space-y-8">${radioGroup('Has the patient been hospitalized for gout in the past 12 months?', ['Yes', 'No'], 'Yes')}</form>`,
    );
    expect(read()).toEqual({ 'clinical.hospitalization': 'Yes' });
  });

  it('reads a request type RadioGroup by the chosen option', () => {
    page(`<form class="space-y-8">${radioGroup('Request type', ['Initial authorization', 'Reauthorization'], 'Reauthorization')}</form>`);
    expect(read()).toEqual({ 'request.type': 'Reauthorization' });
  });
});

describe('shadcn Popover date picker and combobox', () => {
  it('reads the CRP date from the date picker trigger', () => {
    page(`<form class="space-y-8"><h3>C-reactive protein</h3>
      ${input('CRP result (mg/L)', '12.4')}
      ${datePicker('Date collected', 'April 15th, 2026')}</form>`);
    expect(read()).toEqual({ 'labs.crpValue': '12.4', 'labs.crpDate': 'April 15th, 2026' });
  });

  it('reads an empty date picker ("Pick a date") as empty', () => {
    page(`<form class="space-y-8">${datePicker('Date of birth', '')}</form>`);
    expect(read()).toEqual({ 'patient.dob': '' });
  });

  it('reads the drug from the combobox trigger', () => {
    page(`<form class="space-y-8">${combobox('Drug name', 'Ilaris (canakinumab)')}</form>`);
    expect(read()).toEqual({ 'drug.name': 'Ilaris (canakinumab)' });
  });
});
