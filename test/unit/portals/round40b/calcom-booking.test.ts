import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { CODE_OPTIONS, DRUG_OPTIONS, FREQUENCY_OPTIONS, ILARIS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Cal.com's booking questions on the public booking page (calcom/cal.com, stored versions:
 * packages/features/form-builder/FormBuilderField.tsx @020ccaa23d74ebed11e2b1e999712ec881cac496 (FormBuilderField,
 * WithLabel, error), form-builder/Components.tsx (the 2024-25 version importing @calcom/ui/components/*),
 * form-builder/widgets.tsx @42dd5c2574ee40947a9d1bcb7becc81392072aa1, ui/components/form/inputs/TextField.tsx
 * @90e33bb24c6cc01226efd72be31302cf2ab82e28, ui/components/form/select/Select.tsx
 * @5b6d63e6300b8d930530b1b876d556a12fcfbd96 (SelectWithValidation), ui/components/form/checkbox/Checkbox.tsx
 * (Radix Checkbox, CheckboxField with descriptionAsSafeHtml), ui/components/radio/Radio.tsx
 * @add81669f24cbc32c23c26d499def59841858b47, features/components/phone-input/PhoneInput.tsx
 * @9c477e499fa9e8f0c2ba91f2618b6d3f4bff5e4c (react-phone-input-2), Booker BookEventForm/BookingFields.tsx
 * @6d80b3a2e49da561a04b212e7d3f79b585ccb772):
 * - each question: `div[data-fob-field-name=<name>].mb-4` (class `hidden` added for a hidden question) > div >
 *   WithLabel div > `div.mb-2 > label[for=<name>] > span` label + `span` "*" when required, then the widget, then
 *   the error `div[data-testid=error-message-<name>] > svg + p`.
 * - text/number: TextField `div.w-full.mb-2 > input#<name>[name=<name>]` (no label of its own: noLabel).
 * - select / multiselect: SelectWithValidation `div.relative.mb-2` > react-select 5 (`id` = the question's name on
 *   its container, so the label's `for` names a div; input `#react-select-N-input[role=combobox]`; multiselect
 *   passes aria-label="multi-select-dropdown", which lands on that input; chips `multiValue` with a
 *   "Remove <x>" button; hidden `input[name]` per value) and, when required, a validation input with opacity 0
 *   holding the chosen option values joined by ",".
 * - checkbox group: `label.block` per option: Radix `button[role=checkbox][aria-checked]` + its hidden bubble
 *   `input[type=checkbox][aria-hidden]` + `span` option text. radio: Radix `div[role=radiogroup]` of
 *   `button[role=radio]` + bubble input + `label[for]`. boolean: CheckboxField, a native checkbox in a label whose
 *   text is the question (markdown rendered as `<p>`).
 * - phone: react-phone-input-2 `div.react-tel-input > div.special-label + input.form-control[type=tel]` + the flag
 *   dropdown (`div.selected-flag[role=button][aria-haspopup=listbox]`, open: `ul.country-list[role=listbox]` with
 *   a search box and `li.country[role=option]`s showing dial codes).
 * - the page: the Booker's event meta (host, title, date and time, duration, a timezone react-select) beside the
 *   booking form, its Back and Confirm buttons.
 */

let rs = 0;
const label = (name: string, text: string, required?: boolean) =>
  `<div class="mb-2 flex items-center"><label for="${name}" class="text-default text-emphasis mb-2 block text-sm font-medium leading-none !mb-0 flex items-center"><span>${text}</span><span class="text-emphasis -mb-1 ml-1 text-sm font-medium leading-none">${required ? '*' : ''}</span></label></div>`;
const errorDiv = (name: string, message?: string) =>
  message
    ? `<div data-testid="error-message-${name}" class="mt-2 flex items-center text-sm text-red-700 "><svg class="h-3 w-3 ltr:mr-2 rtl:ml-2" aria-hidden="true"><use href="#info"></use></svg><p>${message}</p></div>`
    : '';
type Q = { required?: boolean; hidden?: boolean; error?: string };
const question = (name: string, text: string | null, widget: string, o: Q = {}) =>
  `<div data-fob-field-name="${name}" class="mb-4${o.hidden ? ' hidden' : ''}"><div><div>${text === null ? '' : label(name, text, o.required)}${widget}</div>${errorDiv(name, o.error)}</div></div>`;

const inputCls =
  'rounded-[10px] border leading-none font-normal bg-default border-default text-default placeholder:text-muted hover:border-emphasis focus:border-emphasis focus:ring-0 shadow-outline-gray-rested transition-all h-7 px-2 py-1 text-xs w-full disabled:bg-subtle disabled:hover:border-subtle disabled:cursor-not-allowed';
const text = (name: string, labelText: string, value: string, o: Q & { type?: string; placeholder?: string } = {}) =>
  question(
    name,
    labelText,
    `<div class="w-full${o.type === 'number' ? '' : ' mb-2'}"><input id="${name}" type="${o.type ?? 'text'}" placeholder="${o.placeholder ?? ''}" class="${inputCls}${o.type === 'number' ? ' mb-2' : ''}" name="${name}"${o.required ? ' required' : ''} value="${value}"></div>`,
    o,
  );

const chevron =
  '<svg height="20" width="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false" class="css-tj5bde-Svg"><path d="M4.516 7.548c0.436-0.446 1.043-0.481 1.576 0l3.908 3.747 3.908-3.747z"></path></svg>';
const cross =
  '<svg height="14" width="14" viewBox="0 0 20 20" aria-hidden="true" focusable="false" class="css-tj5bde-Svg"><path d="M14.348 14.849l-2.651-3.030 2.651-3.030z"></path></svg>';
/** a react-select as cal.com's Select styles it; `id` goes on its container */
const reactSelect = (
  id: string | null,
  chosen: string[],
  o: { multi?: boolean; name?: string; ariaLabel?: string; placeholder?: string; extraCls?: string } = {},
) => {
  const n = ++rs;
  const values = o.multi
    ? chosen
        .map(
          (v) =>
            `<div class="css-1p3m7a8-multiValue font-medium inline-flex items-center justify-center rounded bg-emphasis text-emphasis leading-none text-xs px-1.5 py-px rounded-md"><div class="css-9jq23d">${v}</div><div role="button" class="css-v7duua text-default py-auto" aria-label="Remove ${v}">${cross}</div></div>`,
        )
        .join('')
    : chosen.length
      ? `<div class="css-1dimb5e-singleValue text-default placeholder:text-muted">${chosen[0]}</div>`
      : `<div class="css-1jqq78o-placeholder text-muted" id="react-select-${n}-placeholder">${o.placeholder ?? 'Select...'}</div>`;
  const input = `<div class="css-19bb58m" data-value=""><input class="focus:ring-0 focus:ring-offset-0 dark:!text-darkgray-900 !text-emphasis" style="color: inherit; background: 0px center; opacity: 1; width: 100%; grid-area: 1 / 2; font: inherit; min-width: 2px; border: 0px; margin: 0px; outline: 0px; padding: 0px;" autocapitalize="none" autocomplete="off" autocorrect="off" id="react-select-${n}-input" spellcheck="false" tabindex="0" type="text" aria-autocomplete="list" aria-expanded="false" aria-haspopup="true"${o.ariaLabel ? ` aria-label="${o.ariaLabel}"` : ''} role="combobox" aria-activedescendant=""${chosen.length || o.multi ? '' : ` aria-describedby="react-select-${n}-placeholder"`} value=""></div>`;
  const hidden = o.name
    ? o.multi
      ? chosen.map((v) => `<input name="${o.name}" type="hidden" value="${v}">`).join('')
      : `<input name="${o.name}" type="hidden" value="${chosen[0] ?? ''}">`
    : '';
  return `<div class="${o.extraCls ? `${o.extraCls} ` : ''}css-b62m3t-container"${id ? ` id="${id}"` : ''}><span id="react-select-${n}-live-region" class="css-1f43avz-a11yText-A11yText"></span><span aria-live="polite" aria-atomic="false" aria-relevant="additions text" role="log" class="css-1f43avz-a11yText-A11yText"></span><div class="css-13cymwt-control rounded-[10px] border leading-none font-normal bg-default border-default text-default h-fit ${o.multi && chosen.length ? 'p-1' : 'px-3'} text-sm"><div class="css-hlgwow text-default placeholder:text-muted flex gap-1">${values}${input}</div><div class="css-1wy0on6 flex items-start! justify-center mt-1 h-full"><span class="css-1u9des2-indicatorSeparator"></span><div class="css-1xc3v61-indicatorContainer text-default w-4 h-4 flex items-center justify-center " aria-hidden="true">${chevron}</div></div></div>${hidden}</div>`;
};
/** SelectWithValidation: the react-select and, when required, its validation input */
const select = (name: string, labelText: string, chosen: string[], o: Q & { multi?: boolean } = {}) =>
  question(
    name,
    labelText,
    `<div class="relative mb-2">${reactSelect(name, chosen, { multi: o.multi, name, ariaLabel: o.multi ? 'multi-select-dropdown' : undefined, extraCls: 'mb-2' })}${o.required ? `<input tabindex="-1" autocomplete="off" style="opacity: 0; width: 100%; height: 1px; position: absolute;" required="" value="${chosen.join(',')}">` : ''}</div>`,
    o,
  );

const bubble = (type: string, value: string, checked: boolean) =>
  `<input type="${type}" aria-hidden="true" tabindex="-1" value="${value}"${checked ? ' checked' : ''} style="transform: translateX(-100%); position: absolute; pointer-events: none; opacity: 0; margin: 0px; width: 16px; height: 16px;">`;
const checkboxGroup = (name: string, labelText: string, chosen: string[], options: string[], o: Q = {}) =>
  question(
    name,
    labelText,
    `<div>${options
      .map((v) => {
        const on = chosen.includes(v);
        return `<label class="block"><button type="button" role="checkbox" aria-checked="${on}" data-state="${on ? 'checked' : 'unchecked'}" value="${v}" class="border-default data-[state=checked]:bg-brand-default data-[state=checked]:text-brand peer h-4 w-4 shrink-0 rounded-[4px] border">${on ? '<span data-state="checked" class="flex items-center justify-center text-current" style="pointer-events: none;"><svg class="h-4 w-4" aria-hidden="true"><use href="#check"></use></svg></span>' : ''}</button>${bubble('checkbox', v, on)}<span class="text-emphasis me-2 ms-2 text-sm">${v}</span></label>`;
      })
      .join('')}</div>`,
    o,
  );
const radioGroup = (name: string, labelText: string, chosen: string, options: string[], o: Q = {}) =>
  question(
    name,
    labelText,
    `<div role="radiogroup" aria-required="false" dir="ltr" tabindex="0" style="outline: none;">${options
      .map((v, k) => {
        const on = v === chosen;
        const id = `${name}.option.${k}.radio`;
        return `<div class="flex items-start"><button type="button" role="radio" aria-checked="${on}" data-state="${on ? 'checked' : 'unchecked'}" value="${v}" id="${id}" class="hover:bg-subtle border-default me-1.5 mt-0.5 h-4 w-4 shrink-0 rounded-full border" tabindex="-1" data-radix-collection-item="">${on ? '<span data-state="checked" class="after:bg-default relative flex h-full w-full items-center justify-center rounded-full bg-black bg-brand-default"></span>' : ''}</button>${bubble('radio', v, on)}<label for="${id}" class="text-emphasis ms-2 w-full text-sm font-medium leading-5">${v}</label></div>`;
      })
      .join('')}</div>`,
    o,
  );
const boolean = (name: string, labelText: string, checked: boolean) =>
  question(
    name,
    null,
    `<div class="flex"><div class="block items-center sm:flex"><div class="w-full"><div class="relative flex items-center"><label class="relative flex items-start text-emphasis"><div class="flex h-5 items-center"><input name="${name}" placeholder="" type="checkbox" id=":r${name.length}:" class="text-emphasis border-default bg-default h-4 w-4 rounded transition ltr:mr-2 rtl:ml-2 hover:bg-subtle hover:border-emphasis checked:bg-gray-800"${checked ? ' checked' : ''}></div><span class="text-sm"><p>${labelText}</p>\n</span></label></div></div></div></div>`,
  );
const phone = (name: string, labelText: string, value: string, open = false) =>
  question(
    name,
    labelText,
    `<div class="react-tel-input hover:border-emphasis focus-within:border-emphasis border-default !bg-default rounded-md border"><div class="special-label">Phone</div><input class="form-control text-sm focus:ring-0 !bg-default text-default placeholder:text-muted" placeholder="1 (702) 123-4567" type="tel" name="${name}" autocomplete="tel" value="${value}" style="width: inherit; border: 0px;"><div class="flag-dropdown text-emphasis !bg-default${open ? ' open' : ''}"><div class="selected-flag${open ? ' open' : ''}" title="United States: + 1" tabindex="0" role="button" aria-haspopup="listbox"><div class="flag us"><div class="arrow${open ? ' up' : ''}"></div></div></div>${
      open
        ? `<ul class="country-list !text-default !bg-default" role="listbox" tabindex="-1" style="width: max-content;"><li class="search"><input class="search-box !text-default !bg-default" type="search" placeholder="search" autocomplete="off" value="" style="display: flex; width: 296px; height: 28px;"></li>${[
            ['us', 'United States', '1'],
            ['gb', 'United Kingdom', '44'],
            ['ca', 'Canada', '1'],
          ]
            .map(
              ([c, n, d], k) =>
                `<li class="country${k === 0 ? ' highlight' : ''}" tabindex="0" data-dial-code="${d}" data-country-code="${c}" role="option" aria-selected="${k === 0}"><div class="flag ${c} margin"></div><span class="country-name">${n}</span><span class="dial-code">+${d}</span></li>`,
            )
            .join('')}</ul>`
        : ''
    }</div></div>`,
  );

/** the Booker: event meta (with its timezone select) beside the booking form */
const booker = (fields: string) =>
  `<main class="bg-default flex min-h-full w-full flex-col items-center"><div class="bg-default grid max-w-full items-start dark:[color-scheme:dark] sm:transition-[width] sm:duration-300 md:flex-row rounded-md"><div class="relative z-10 flex [grid-area:meta]"><div class="max-w-screen flex w-full flex-col md:min-w-96"><div class="relative z-10 p-6" data-testid="event-meta"><p class="text-subtle mt-2 text-sm font-semibold">Rheumatology Associates</p><h1 data-testid="event-title" class="text-text text-xl font-semibold my-2">Prior authorization intake</h1><div class="space-y-4 font-medium rtl:-mr-2"><div class="flex items-start justify-start text-sm text-text"><svg class="relative z-20 mr-2 mt-[2px] h-4 w-4 flex-shrink-0" aria-hidden="true"><use href="#calendar"></use></svg><div class="relative z-10 max-w-full break-words">Wednesday, November 4, 2026<br>9:00am - 9:30am</div></div><div class="flex items-start justify-start text-sm text-text"><svg class="relative z-20 mr-2 mt-[2px] h-4 w-4 flex-shrink-0" aria-hidden="true"><use href="#clock"></use></svg><div class="relative z-10 max-w-full break-words">30m</div></div><div class="flex items-start justify-start text-sm text-text"><svg class="relative z-20 mr-2 mt-[2px] h-4 w-4 flex-shrink-0" aria-hidden="true"><use href="#globe"></use></svg><div class="relative z-10 max-w-full break-words"><span class="current-timezone before:bg-subtle min-w-32 -mt-[2px] flex h-6 max-w-full items-center justify-start before:absolute before:inset-0 before:bottom-[-3px] before:left-[-30px] before:top-[-3px] before:w-[calc(100%_+_35px)] before:rounded-md before:py-3 before:opacity-0 before:transition-opacity hover:before:opacity-100">${reactSelect(null, ['America/New York GMT -5:00'])}</span></div></div></div></div></div></div><div class="[grid-area:main] md:border-subtle ml-[-1px] h-full flex-shrink px-5 py-3 md:border-l lg:w-[var(--booker-main-width)]"><div class="flex h-full flex-col"><form class="flex h-full flex-col"><div>${fields}</div><div class="modalsticky mt-auto flex justify-end space-x-2 rtl:space-x-reverse"><button type="button" class="whitespace-nowrap inline-flex items-center text-sm font-medium relative rounded-[10px] transition text-subtle h-9 px-4 py-2.5">Back</button><button type="submit" data-testid="confirm-book-button" class="whitespace-nowrap inline-flex items-center text-sm font-medium relative rounded-[10px] transition bg-brand-default text-brand h-9 px-4 py-2.5">Confirm</button></div></form></div></div></div></main>`;

const system = `${text('name', 'Your name', 'Dana Whitfield', { required: true })}${text('email', 'Email address', 'intake@rheum-associates.example', { required: true, type: 'email' })}`;

describe('Cal.com booking questions: text, react-select select and multiselect, checkbox group, radio, boolean, phone', () => {
  it('reads the full Ilaris request', () => {
    page(
      booker(
        `${system}${text('memberId', 'Member ID', ILARIS['patient.memberId'], { required: true })}${text('dob', 'Date of birth', ILARIS['patient.dob'], { required: true, placeholder: 'MM/DD/YYYY' })}${text('weight', 'Weight (kg)', '72', { type: 'number' })}
        ${select('icd10', 'ICD-10 codes', ['M04.1', 'M06.1'], { multi: true })}${select('drugName', 'Drug name', [ILARIS['drug.name']])}${text('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${text('ndc', 'NDC', ILARIS['drug.ndc'])}${text('dose', 'Dose (mg)', '150', { type: 'number' })}${text('units', 'Billing units', '150', { type: 'number' })}
        ${radioGroup('frequency', 'Frequency', 'Every 4 weeks', FREQUENCY_OPTIONS)}${text('crp', 'CRP (mg/L)', '24', { type: 'number' })}${text('crpDate', 'CRP collection date', ILARIS['labs.crpDate'])}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true })}`,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  it('names a box by its label, not the asterisk nor the error under the question before it', () => {
    page(
      booker(
        `${text('memberId', 'Member ID', '', { required: true, error: 'This field is required' })}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads a required select by its shown option, not its validation input', () => {
    page(
      booker(
        `${select('drugName', 'Drug name', [ILARIS['drug.name']], { required: true })}${select('frequency', 'Frequency', [], {})}${text('dose', 'Dose (mg)', '150', { type: 'number' })}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': '', 'drug.dose': '150' });
    noDuplicatePaths();
  });

  it('reads a required multiselect as its chips, named by its question, not "multi-select-dropdown"', () => {
    page(
      booker(
        `${select('icd10', 'ICD-10 codes', ['M04.1', 'M06.1'], { multi: true, required: true })}${text('units', 'Billing units', '150', { type: 'number' })}`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.units': '150' });
    noDuplicatePaths();
  });

  // misread: the group is left out: its Radix checkboxes (`button[role=checkbox]`, each in a `label.block` with
  // its option) are read as lone boxes named "M04.1", "M06.1", "M04.8" under the section "ICD-10 codes", not as one
  // field of the ticked codes; the question's `label[for=icd10]` names no element
  it.fails('reads a checkbox group as its ticked options', () => {
    page(
      booker(
        `${checkboxGroup('icd10', 'ICD-10 codes', ['M04.1', 'M06.1'], CODE_OPTIONS)}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads a radio group and a boolean checkbox', () => {
    page(
      booker(
        `${radioGroup('drugName', 'Drug name', ILARIS['drug.name'], DRUG_OPTIONS, { required: true })}${boolean('colchicine', 'Colchicine contraindicated or not tolerated', true)}${text('dose', 'Dose (mg)', '150', { type: 'number' })}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'clinical.colchicineContraindicated': 'Yes', 'drug.dose': '150' });
  });

  it('reads the phone box and nothing from its open country list', () => {
    page(
      booker(
        `${phone('prescriberPhone', 'Prescriber phone', '+1 (415) 555-0134', true)}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'prescriber.phone': '+1 (415) 555-0134', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.country-list');
  });

  it('takes nothing from the event meta beside the form, its timezone select included', () => {
    page(
      booker(
        `${system}${text('memberId', 'Member ID', ILARIS['patient.memberId'])}${text('weight', 'Weight (kg)', '72', { type: 'number' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'patient.weight': '72' });
    nothingFrom('[data-testid="event-meta"]');
  });

  // misread: WRONG VALUE: the question the owner hid (its wrapper classed `hidden`, Tailwind's display: none) is
  // read: prescriber.npi "9876543210", a value carried in the booking link that staff never see on the page
  it.fails('takes nothing from a hidden question', () => {
    page(
      booker(
        `${text('referringNpi', 'Prescriber NPI', '9876543210', { hidden: true })}${text('memberId', 'Member ID', ILARIS['patient.memberId'])}${text('weight', 'Weight (kg)', '72', { type: 'number' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'patient.weight': '72' });
  });

  it('reads an open select as its chosen option, not the options in its open menu', () => {
    const menu = `<div class="css-1nmdiq5-menu rounded-lg bg-default text-sm leading-4 text-default mt-1 border border-subtle shadow-dropdown p-1"><div class="css-1n6sfyn-MenuList scroll-bar scrollbar-track-w-20 rounded-md flex flex-col space-y-1" role="listbox" aria-multiselectable="false" id="react-select-${rs + 1}-listbox">${FREQUENCY_OPTIONS.map((v, k) => `<div class="css-10wo9uf-option bg-default flex cursor-pointer justify-between py-2 px-3 rounded-md text-default items-center${k === 1 ? ' bg-emphasis text-default' : ''}" aria-disabled="false" id="react-select-${rs + 1}-option-${k}" tabindex="-1" role="option" aria-selected="${k === 1}"><div class="flex"><span class="mr-auto">${v}</span>${k === 1 ? '<svg class="ml-2 h-4 w-4" aria-hidden="true"><use href="#check"></use></svg>' : ''}</div></div>`).join('')}</div></div>`;
    const open = select('frequency', 'Frequency', ['Every 8 weeks'], { required: true })
      .replace(
        'aria-expanded="false"',
        `aria-expanded="true" aria-controls="react-select-${rs + 1}-listbox" aria-owns="react-select-${rs + 1}-listbox"`,
      )
      .replace(/<input name="frequency" type="hidden"/, `${menu}<input name="frequency" type="hidden"`);
    page(booker(`${open}${text('dose', 'Dose (mg)', '150', { type: 'number' })}`));
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'drug.dose': '150' });
    nothingFrom('[role="listbox"]');
  });
});
