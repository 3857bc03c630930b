import { describe, expect, it } from 'vitest';
import { page, read, units } from '../read';
import { ILARIS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Formbricks link surveys (formbricks/formbricks at b66c1dd: packages/surveys/src/components/
 * {wrappers/{survey-container,stacked-cards-container,stacked-card,auto-close-wrapper,scrollable-container},
 * general/{survey,block-conditional,element-conditional,progress-bar,progress,formbricks-branding},
 * elements/{open-text,date,multiple-choice-single,multiple-choice-multi}-element}.tsx and @formbricks/survey-ui 1.0.4
 * src/components/{elements/{open-text,date,single-select,multi-select},general/{element-header,label,input,
 * element-error,calendar,dropdown-menu,dropdown-search}}.tsx; the calendar is react-day-picker 9 as that
 * Calendar configures it; strings from packages/surveys/locales/en-US.json):
 * - `div#fbjs.formbricks-form[role=form][aria-label=<survey name>]` (no `<form>` around the survey) >
 *   `h1.sr-only`, the stacked cards container: one `div#questionCard-<block index>` per card. With the
 *   "straight" arrangement the previous, current and two next cards are drawn; a card other than the
 *   current shows an empty dummy once its 300 ms delay has run, so only the card that just left still
 *   holds its block (opacity 0, `pointer-events: none`, translated) while the next one comes in.
 * - a card: the progress bar (`div.progress-track[role=progressbar][aria-label="Survey progress"]`), the
 *   block: each element is its own `<form class="w-full">` > `div#<element id>` > the ElementHeader (a
 *   "Required" `span.label-card` above an `h2[data-slot=element-headline]` holding
 *   `label.label-headline[for=<input id>]`, a `span.label-description` subheader), then the
 *   `ElementError` live region and the control; then Back / Next ("Finish" on the last block) buttons.
 * - open text: `input[data-slot=input][id=<element id>-input]` (type text or number);
 * - date: the headline's `for` names the element's own div; the value is only the selected day of an
 *   always-shown calendar in a `fieldset[aria-labelledby=<id>-headline]`: month and year `<select>`s
 *   ("Choose the Month"/"Choose the Year", opacity 0 over their caption labels), the day grid of buttons;
 * - single select, list: `fieldset[role=radiogroup]` of `label[for] > span > input[type=radio].sr-only
 *   [value=<choice id>]` + indicator + `span` text; dropdown: a Radix menu trigger `button` named by the
 *   headline and its value span, the menu portalled to the end of body while open, with a search box
 *   (more than 3 options) and `menuitemradio` items; multi select: `fieldset` of `input[type=checkbox]`;
 *   matrix (survey-ui elements/matrix.tsx): a `fieldset` > `table`, a `th#<id>-col-<column>` per column, each row
 *   a `th[scope=row]` and cells of `label[for] > input[type=radio].sr-only[value=<column id>]` named only by
 *   `aria-labelledby="<row header> <column header>"`.
 */

type O = { required?: boolean; description?: string; error?: string };
const header = (id: string, headline: string, o: O, forId?: string) =>
  `<div class="space-y-2"><div>${o.required ? '<div><span data-slot="label" data-variant="card" class="flex items-center gap-2 leading-6 label-card select-none mb-[3px]">Required</span></div>' : '<div></div>'}<h2 class="flex" data-slot="element-headline">${
    forId
      ? `<label data-slot="label" data-variant="headline" class="flex items-center gap-2 leading-6 label-headline select-text" for="${forId}" id="${id}-headline">${headline}</label>`
      : `<span data-slot="label" data-variant="headline" class="flex items-center gap-2 leading-6 label-headline select-text" id="${id}-headline">${headline}</span>`
  }</h2></div>${o.description ? `<span data-slot="label" data-variant="description" class="flex items-center gap-2 leading-6 label-description select-text">${o.description}</span>` : ''}</div>`;
const error = (id: string, message?: string) =>
  `${message ? '<div class="bg-destructive absolute top-0 bottom-0 w-[4px] left-[-10px]"></div>' : ''}<div id="${id}-error" aria-live="polite" aria-atomic="true"${message ? ' class="text-destructive mb-2 flex items-center gap-1 text-sm"' : ''} dir="auto">${message ? `<svg class="lucide lucide-circle-alert size-4"></svg><span>${message}</span>` : ''}</div>`;
const element = (id: string, inner: string) =>
  `<div><form class="w-full"><div class="w-full space-y-4" id="${id}" dir="auto">${inner}</div></form></div>`;

const openText = (id: string, headline: string, value: string, o: O & { type?: string; placeholder?: string } = {}) => {
  const input = `${id}-input`;
  return element(
    id,
    `${header(input, headline, o, input)}<div class="relative" data-element-input>${error(input, o.error)}<div class="space-y-1"><div class="relative space-y-1"><input type="${o.type ?? 'text'}" dir="auto" data-slot="input" class="flex min-w-0 border w-input bg-input-bg border-input-border rounded-input" id="${input}" placeholder="${o.placeholder ?? 'Type your answer here...'}" aria-required="${!!o.required}" aria-invalid="${!!o.error}"${o.error ? ` aria-describedby="${input}-error"` : ''} value="${value}"></div></div></div>`,
  );
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** the date element: its calendar showing `value` (mm/dd/yyyy) selected, or the current month when empty */
const dateElement = (id: string, headline: string, value: string, o: O = {}) => {
  const [m, d, y] = value ? value.split('/').map(Number) : [11, 0, 2026];
  const first = new Date(Date.UTC(y!, m! - 1, 1));
  const start = new Date(first.getTime() - first.getUTCDay() * 86400000);
  const weeks = Array.from(
    { length: 5 },
    (_, w) =>
      `<tr class="flex w-full mt-2 rdp-week">${Array.from({ length: 7 }, (_, i) => {
        const day = new Date(start.getTime() + (w * 7 + i) * 86400000);
        const outside = day.getUTCMonth() !== m! - 1;
        const selected = !outside && day.getUTCDate() === d;
        const iso = day.toISOString().slice(0, 10);
        const label = `${DAYS[day.getUTCDay()]}, ${LONG[day.getUTCMonth()]} ${day.getUTCDate()}, ${day.getUTCFullYear()}${selected ? ', selected' : ''}`;
        return `<td class="relative w-full h-full p-0 text-center rdp-day${outside ? ' rdp-outside' : ''}${selected ? ' rdp-selected' : ''}" role="gridcell" data-day="${iso}"${outside ? ' data-outside="true"' : ''}${selected ? ' data-selected="true" aria-selected="true"' : ''}><button data-slot="button" class="inline-flex items-center justify-center rdp-day_button" type="button" tabindex="${selected ? 0 : -1}" aria-label="${label}" data-day="${day.getUTCMonth() + 1}/${day.getUTCDate()}/${day.getUTCFullYear()}"${selected ? ' data-selected-single="true"' : ''}>${day.getUTCDate()}</button></td>`;
      }).join('')}</tr>`,
  ).join('');
  const years = Array.from({ length: 201 }, (_, i) => 1926 + i);
  const calendar = `<div data-slot="calendar" class="bg-background group/calendar p-3 rdp-root" data-mode="single"><div class="flex gap-4 flex-col md:flex-row relative rdp-months"><nav aria-label="Navigation bar" class="flex items-center gap-1 w-full absolute top-0 inset-x-0 justify-between rdp-nav"><button type="button" class="rdp-button_previous" aria-label="Go to the Previous Month"><svg class="lucide lucide-chevron-left size-4"></svg></button><button type="button" class="rdp-button_next" aria-label="Go to the Next Month"><svg class="lucide lucide-chevron-right size-4"></svg></button></nav><div class="flex flex-col w-full gap-4 rdp-month"><div class="flex items-center justify-center rdp-month_caption"><span class="w-full flex items-center text-sm font-medium justify-center rdp-dropdowns"><span data-disabled="false" class="relative border border-input-border rounded-md rdp-dropdown_root"><select class="absolute bg-popover inset-0 opacity-0 rdp-dropdown rdp-months_dropdown" aria-label="Choose the Month">${MONTHS.map(
    (n, i) => `<option value="${i}"${i === m! - 1 ? ' selected' : ''}>${n}</option>`,
  ).join(
    '',
  )}</select><span class="select-none font-medium rounded-md pl-2 pr-1 flex items-center gap-1 text-sm h-8 rdp-caption_label" aria-hidden="true">${MONTHS[m! - 1]}<svg class="lucide lucide-chevron-down size-4"></svg></span></span><span data-disabled="false" class="relative border border-input-border rounded-md rdp-dropdown_root"><select class="absolute bg-popover inset-0 opacity-0 rdp-dropdown rdp-years_dropdown" aria-label="Choose the Year">${years
    .map((n) => `<option value="${n}"${n === y ? ' selected' : ''}>${n}</option>`)
    .join(
      '',
    )}</select><span class="select-none font-medium rounded-md pl-2 pr-1 flex items-center gap-1 text-sm h-8 rdp-caption_label" aria-hidden="true">${y}<svg class="lucide lucide-chevron-down size-4"></svg></span></span></span><span role="status" aria-live="polite" style="border: 0px; clip: rect(0px, 0px, 0px, 0px); height: 1px; margin: -1px; overflow: hidden; padding: 0px; position: absolute; width: 1px; white-space: nowrap;">${LONG[m! - 1]} ${y}</span></div><table role="grid" aria-multiselectable="false" aria-label="${LONG[m! - 1]} ${y}" class="w-full border-collapse rdp-month_grid"><thead aria-hidden="true"><tr class="flex rdp-weekdays">${DAYS.map(
    (n) => `<th aria-label="${n}" class="rdp-weekday" scope="col">${n.slice(0, 2)}</th>`,
  ).join('')}</tr></thead><tbody class="rdp-weeks">${weeks}</tbody></table></div></div></div>`;
  return element(
    id,
    `${header(id, headline, o, id)}<div class="relative" data-element-input>${error(id, o.error)}<fieldset class="m-0 w-full min-w-0 border-0 p-0" aria-labelledby="${id}-headline" aria-invalid="${!!o.error}">${calendar}</fieldset></div>`,
  );
};

type Choice = [id: string, label: string];
const choiceList = (type: 'radio' | 'checkbox', id: string, headline: string, options: Choice[], chosen: string[], o: O = {}) =>
  element(
    id,
    `<fieldset class="w-full space-y-4"${type === 'radio' ? ' role="radiogroup"' : ''} aria-labelledby="${id}-headline"${type === 'radio' ? ` aria-required="${!!o.required}"` : ''} aria-invalid="false">${header(id, headline, o)}<div class="relative" data-element-input>${error(id)}<div class="w-full space-y-2">${options
      .map(([cid, label]) => {
        const on = chosen.includes(cid);
        return `<label dir="auto" for="${id}-${cid}" class="relative flex cursor-pointer flex-col rounded-option border p-4 ${on ? 'bg-option-selected-bg border-brand z-10' : 'bg-option-bg border-option-border'}"><span class="flex items-center"><input type="${type}" id="${id}-${cid}" name="${id}" value="${cid}"${on ? ' checked' : ''} class="peer sr-only"${type === 'radio' ? ` tabindex="${on ? 0 : -1}"` : ' aria-invalid="false"'}><span aria-hidden="true" class="border-input-border relative flex size-4 shrink-0 items-center justify-center border bg-white">${type === 'checkbox' ? '<svg class="lucide lucide-check size-3.5"></svg>' : ''}</span><span class="mx-3 grow option-label">${label}</span></span></label>`;
      })
      .join('')}</div></div></fieldset>`,
  );
/** single select, dropdown variant; `open` draws its Radix menu (with the search past 3 options) for the end of body */
const dropdown = (id: string, headline: string, options: Choice[], chosen: string, open?: { search: string }) => {
  const shown = options.find(([cid]) => cid === chosen)?.[1] ?? 'Select an option';
  const html = element(
    id,
    `${header(id, headline, {})}<div data-element-input>${error(id)}<button data-slot="button" class="inline-flex items-center rounded-input min-h-input bg-input-bg border-input-border text-input-text w-full justify-between" aria-invalid="false" aria-labelledby="${id}-headline ${id}-trigger-value" type="button" id="radix-_r3_" aria-haspopup="menu" aria-expanded="${!!open}" data-state="${open ? 'open' : 'closed'}"${open ? ' aria-controls="radix-_r4_"' : ''}><span id="${id}-trigger-value" class="font-input font-input-weight text-input-text truncate">${shown}</span><svg class="lucide lucide-chevron-down ml-2 h-4 w-4 shrink-0 opacity-50"></svg></button></div>`,
  );
  const matches = open ? options.filter(([, l]) => l.toLowerCase().includes(open.search.toLowerCase())) : [];
  const menu = open
    ? `<div data-radix-popper-content-wrapper="" dir="ltr" style="position: fixed; left: 0px; top: 0px; transform: translate(24px, 318px); min-width: max-content; z-index: 50;"><div data-side="bottom" data-align="start" role="menu" aria-orientation="vertical" data-state="open" data-radix-menu-content="" dir="ltr" id="radix-_r4_" aria-labelledby="radix-_r3_" data-slot="dropdown-menu-content" class="bg-option-bg border-input-border overflow-hidden" tabindex="-1"><div class="border-option-border border-b pb-0.5" role="search"><div class="relative flex items-center"><svg class="lucide lucide-search pointer-events-none absolute left-1.5 h-4 w-4 shrink-0"></svg><input type="text" placeholder="Search..." dir="auto" class="bg-input-bg text-input-text h-9 w-full rounded-sm pr-3 pl-8 text-sm outline-none" aria-label="Search..." autocomplete="off" value="${open.search}"></div></div><div class="max-h-[260px] overflow-y-auto"><div role="group">${matches
        .map(
          ([cid, l]) =>
            `<div role="menuitemradio" aria-checked="${cid === chosen}" data-state="${cid === chosen ? 'checked' : 'unchecked'}" id="${id}-${cid}" dir="auto" data-slot="dropdown-menu-radio-item" class="relative flex cursor-pointer items-center gap-2 rounded-sm py-1.5 pr-2 pl-8 text-sm" tabindex="-1" data-orientation="vertical" data-radix-collection-item=""><span class="label-headline pointer-events-none absolute left-2 flex size-3.5 items-center justify-center">${cid === chosen ? '<span data-state="checked"><svg class="lucide lucide-check size-4"></svg></span>' : ''}</span><span class="font-input font-input-weight text-input-text">${l}</span></div>`,
        )
        .join('')}</div></div></div></div>`
    : '';
  return { html, menu };
};

/** the matrix element: a table of radios, one row group per row, each named by its row and column headers */
const matrix = (id: string, headline: string, rows: Choice[], columns: Choice[], chosen: Record<string, string>) =>
  element(
    id,
    `<fieldset class="w-full space-y-4" aria-labelledby="${id}-headline" aria-invalid="false">${header(id, headline, {})}<div class="relative" data-element-input>${error(id)}<div class="overflow-x-auto"><table class="w-full border-collapse"><thead><tr><td class="p-2"></td>${columns
      .map(
        ([cid, l]) =>
          `<th id="${id}-col-${cid}" class="p-2 text-center font-normal"><span data-slot="label" data-variant="default" class="flex items-center gap-2 leading-6 label-default select-none justify-center">${l}</span></th>`,
      )
      .join('')}</tr></thead><tbody>${rows
      .map(([rid, rl], i) => {
        const group = `${id}-row-${rid}`;
        return `<tr class="relative ${i % 2 ? 'bg-transparent' : 'bg-input-bg'}" dir="auto"><th scope="row" id="${group}-header" class="rounded-s-input p-2 align-middle"><div class="flex flex-col gap-0 leading-none"><span data-slot="label" data-variant="default" class="flex items-center gap-2 leading-6 label-default select-none">${rl}</span></div></th>${columns
          .map(
            ([cid], c) =>
              `<td class="p-2 text-center align-middle${c === columns.length - 1 ? ' rounded-e-input' : ''}"><label for="${group}-${cid}" class="flex justify-center cursor-pointer"><input type="radio" id="${group}-${cid}" name="${group}" value="${cid}"${chosen[rid] === cid ? ' checked' : ''} aria-labelledby="${group}-header ${id}-col-${cid}" class="peer sr-only"><span aria-hidden="true" data-fb-focus-ring="" class="border-input-border relative flex size-4 shrink-0 items-center justify-center rounded-full border bg-white"></span></label></td>`,
          )
          .join('')}</tr>`;
      })
      .join('')}</tbody></table></div></div></fieldset>`,
  );

/** a card's content: progress bar, the block's elements, Back/Next, branding */
const card = (elements: string, o: { progress: number; first?: boolean; last?: boolean }) =>
  `<div class="flex h-full w-full flex-col"><div class="h-full w-full" data-testid="fb__surveys__auto-close-wrapper-test"><div class="no-scrollbar flex w-full flex-col justify-between transition-opacity duration-1000 ease-in-out bg-survey-bg h-full overflow-hidden opacity-100"><div class="relative"><div class="flex w-full flex-col items-end"><div class="progress-track h-2 w-full overflow-hidden rounded-none" role="progressbar" aria-label="Survey progress" aria-valuemin="0" aria-valuemax="100" aria-valuenow="${o.progress}"><div class="transition-width progress-indicator z-20 h-full duration-500" style="width: ${o.progress}%;"></div></div></div><div class="my-auto"><div class="space-y-6"><div class="relative"><div style="max-height: 60dvh;" class="bg-survey-bg overflow-auto px-4 pt-4"><div class="space-y-6"><div class="space-y-6">${elements}</div><div class="flex w-full flex-row-reverse justify-between"><div><button data-slot="button" dir="auto" type="submit" tabindex="0" class="inline-flex items-center justify-center button-custom">${o.last ? 'Finish' : 'Next'}</button></div>${
    o.first
      ? ''
      : '<button data-slot="button" dir="auto" type="button" tabindex="0" class="inline-flex items-center justify-center button-custom">Back</button>'
  }</div></div></div></div></div></div><div class="flex flex-col justify-center gap-2 p-3"><span class="flex justify-center"><a href="https://formbricks.com?utm_source=formbricks-app&amp;utm_medium=survey&amp;utm_campaign=powered_by_badge" target="_blank" rel="noopener"><p class="text-signature text-xs">Powered by <b><span class="text-branding-text hover:text-signature">Formbricks</span></b></p></a></span></div></div></div></div></div>`;
/** the survey root with "simple" cards (the current one only) */
const simple = (idx: number, content: string, tail = '') =>
  `<div id="fbjs" class="formbricks-form" style="height: 100%; width: 100%;" dir="auto" role="form" aria-label="Ilaris prior authorization"><h1 class="sr-only">Ilaris prior authorization</h1><div data-testid="stacked-cards-container" class="relative flex justify-center h-full items-center"><div id="questionCard-${idx}" data-testid="questionCard-${idx}" class="w-full bg-survey-bg overflow-hidden" style="border: 1px solid; border-radius: var(--fb-border-radius); border-color: #e2e8f0;">${content}</div></div></div>${tail}`;
/** the "straight" stack just after Next: the card that left (still holding its block), the current one, two dummies */
const straight = (prev: { idx: number; content: string }, current: { idx: number; content: string }) => {
  const dummy = (idx: number, offset: number) =>
    `<div id="questionCard-${idx}" data-testid="questionCard-${idx}" style="z-index: ${1000 - idx}; transform: translateY(-${10 * offset}px); opacity: ${(100 - 20 * offset) / 100}; height: 642px; transition: transform 600ms ease-in-out, opacity 600ms ease-in-out, width 600ms ease-in-out; pointer-events: none; border: 1px solid; border-radius: var(--fb-border-radius); border-color: #e2e8f0; width: ${100 - 5 * offset}%; margin: auto;" class="pointer rounded-custom bg-survey-bg absolute inset-x-0 overflow-hidden"><div style="opacity: 0; transition: opacity 300ms ease-in-out; height: 100%;"><div style="height: 642px;" class="w-full p-6"></div></div></div>`;
  return `<div id="fbjs" class="formbricks-form" style="height: 100%; width: 100%;" dir="auto" role="form" aria-label="Ilaris prior authorization"><h1 class="sr-only">Ilaris prior authorization</h1><div data-testid="stacked-cards-container" class="relative flex justify-center h-full items-center"><div style="height: 642px;"></div><div id="questionCard-${prev.idx}" data-testid="questionCard-${prev.idx}" style="z-index: ${1000 - prev.idx}; transform: translateY(25%); opacity: 0; height: initial; transition: transform 600ms ease-in-out, opacity 600ms ease-in-out, width 600ms ease-in-out; pointer-events: none; border: 1px solid; border-radius: var(--fb-border-radius); border-color: #e2e8f0; width: 100%; margin: auto;" class="pointer rounded-custom bg-survey-bg absolute inset-x-0 overflow-hidden"><div style="opacity: 0; transition: opacity 300ms ease-in-out; height: 100%;">${prev.content}</div></div><div id="questionCard-${current.idx}" data-testid="questionCard-${current.idx}" style="z-index: ${1000 - current.idx}; transform: translateY(-0px); opacity: 1; height: auto; transition: transform 600ms ease-in-out, opacity 600ms ease-in-out, width 600ms ease-in-out; pointer-events: auto; border: 1px solid; border-radius: var(--fb-border-radius); border-color: #e2e8f0; width: 100%; margin: auto;" class="pointer rounded-custom bg-survey-bg absolute inset-x-0 overflow-hidden"><div style="opacity: 1; transition: opacity 300ms ease-in-out; height: 100%;">${current.content}</div></div>${dummy(current.idx + 1, 1)}${dummy(current.idx + 2, 2)}</div></div>`;
};

const DRUGS: Choice[] = [
  ['ilaris', 'Ilaris (canakinumab)'],
  ['kineret', 'Kineret (anakinra)'],
  ['arcalyst', 'Arcalyst (rilonacept)'],
  ['actemra', 'Actemra (tocilizumab)'],
];
const FREQ: Choice[] = [
  ['q4w', 'Every 4 weeks'],
  ['q8w', 'Every 8 weeks'],
  ['once', 'Once'],
];
const CODES: Choice[] = [
  ['m041', 'M04.1'],
  ['m061', 'M06.1'],
  ['m048', 'M04.8'],
];
const memberBlock = (dob: string = ILARIS['patient.dob']) =>
  `${openText('memberid', 'Member ID', ILARIS['patient.memberId'], { required: true })}${dateElement('dob', 'Date of birth', dob)}${openText('weight', 'Weight (kg)', '72', { type: 'number' })}`;
const medicationBlock = (drug = dropdown('drug', 'Drug name', DRUGS, 'ilaris').html) =>
  `${drug}${openText('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${openText('ndc', 'NDC', ILARIS['drug.ndc'])}${openText('dose', 'Dose (mg)', '150', { type: 'number' })}${openText('units', 'Billing units', '150', { type: 'number' })}${choiceList('radio', 'frequency', 'Frequency', FREQ, ['q4w'])}`;
const diagnosisBlock = () =>
  `${choiceList('checkbox', 'icd', 'ICD-10 codes', CODES, ['m041', 'm061'], { description: 'Select every code that applies' })}${openText('crp', 'CRP (mg/L)', '24', { type: 'number' })}${dateElement('crpdate', 'CRP collection date', ILARIS['labs.crpDate'])}${openText('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true })}`;
const MEMBER = { 'patient.memberId': ILARIS['patient.memberId'], 'patient.dob': ILARIS['patient.dob'], 'patient.weight': '72' };

describe('Formbricks link survey: blocks one card at a time, calendar dates, choice lists, Radix dropdowns', () => {
  // misread: patient.dob and labs.crpDate are missing (the calendar's chosen day is only a selected button in
  // its grid), and drug.name is missing (the Radix menu trigger `button[aria-haspopup=menu]` showing the choice)
  it.fails('reads the full Ilaris request from one block holding every element', () => {
    page(simple(0, card(`${memberBlock()}${medicationBlock()}${diagnosisBlock()}`, { progress: 50, first: true })));
    expect(read()).toEqual({ ...ILARIS, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
  });

  // misread: drug.name is missing: the dropdown's Radix menu trigger (`button[aria-haspopup=menu]`, named by the
  // headline and its value span "Ilaris (canakinumab)") is read as no field
  it.fails('reads the medication block: the dropdown by its shown choice, the radios by their labels', () => {
    page(simple(1, card(medicationBlock(), { progress: 50 })));
    expect(read()).toEqual({
      'drug.name': ILARIS['drug.name'],
      'drug.hcpcs': ILARIS['drug.hcpcs'],
      'drug.ndc': ILARIS['drug.ndc'],
      'drug.dose': '150',
      'drug.units': '150',
      'drug.frequency': 'Every 4 weeks',
    });
    expect(units()).toMatchObject({ 'drug.doseUnit': 'mg' });
  });

  it('reads nothing from the open drug menu with a search typed', () => {
    const drug = dropdown('drug', 'Drug name', DRUGS, 'ilaris', { search: 'kin' });
    page(simple(1, card(medicationBlock(drug.html), { progress: 50 }), drug.menu));
    expect(Object.values(read())).not.toContain('kin');
    expect(read()).toMatchObject({ 'drug.hcpcs': ILARIS['drug.hcpcs'], 'drug.frequency': 'Every 4 weeks' });
    nothingFrom('[data-radix-popper-content-wrapper]');
    noDuplicatePaths();
  });

  it('reads the drug radios and nothing from a matrix of symptom ratings after them', () => {
    const rating = matrix(
      'symptoms',
      'How much did each symptom limit the patient in the last 4 weeks?',
      [
        ['fever', 'Fever'],
        ['rash', 'Urticarial rash'],
        ['joints', 'Joint pain'],
      ],
      [
        ['none', 'Not at all'],
        ['some', 'Somewhat'],
        ['much', 'Very much'],
      ],
      { fever: 'some', rash: 'much', joints: 'none' },
    );
    page(simple(1, card(`${medicationBlock(choiceList('radio', 'drug', 'Drug name', DRUGS, ['ilaris']))}${rating}`, { progress: 50 })));
    expect(read()).toEqual({
      'drug.name': ILARIS['drug.name'],
      'drug.hcpcs': ILARIS['drug.hcpcs'],
      'drug.ndc': ILARIS['drug.ndc'],
      'drug.dose': '150',
      'drug.units': '150',
      'drug.frequency': 'Every 4 weeks',
    });
    nothingFrom('#symptoms');
  });

  // misread: WRONG VALUE: a matrix rating each prior therapy is read as priorTherapies.0.outcome "partial" and
  // priorTherapies.1.outcome "none": its radios' choice ids (`value`), not their column titles ("Partial", "No
  // response": each radio is named only through aria-labelledby by its row and column headers)
  it.fails('reads a matrix rating the prior therapies by its column titles, never by its choice ids', () => {
    const response = matrix(
      'response',
      'How did the patient respond to each prior therapy?',
      [
        ['colchicine', 'colchicine'],
        ['anakinra', 'anakinra'],
      ],
      [
        ['none', 'No response'],
        ['partial', 'Partial'],
        ['full', 'Full'],
      ],
      { colchicine: 'partial', anakinra: 'none' },
    );
    page(simple(3, card(response, { progress: 75 })));
    const values = Object.values(read());
    expect(values).not.toContain('partial');
    expect(values).not.toContain('none');
  });

  it('reads the ticked ICD-10 boxes as the codes, without the Required badge or the subheader', () => {
    page(simple(2, card(diagnosisBlock(), { progress: 75, last: true })));
    expect(read()).toMatchObject({
      'diagnosis.codes.0': 'M04.1, M06.1',
      'labs.crpValue': '24',
      'prescriber.npi': ILARIS['prescriber.npi'],
    });
    noDuplicatePaths();
  });

  // misread: patient.dob is missing: the chosen day is only the selected button (`td[aria-selected=true]`,
  // "Monday, March 14, 1988, selected") in the calendar's grid under its month and year selects
  it.fails('reads the date of birth from the calendar, and no date from its month and year selects', () => {
    page(simple(0, card(memberBlock(), { progress: 25, first: true })));
    expect(read()).toEqual(MEMBER);
  });

  it('reads no date from an empty calendar showing the current month', () => {
    page(simple(0, card(memberBlock(''), { progress: 25, first: true })));
    expect(read()).toMatchObject({ 'patient.memberId': ILARIS['patient.memberId'], 'patient.weight': '72' });
    expect(read()['patient.dob'] ?? '').toBe('');
  });

  // misread: WRONG VALUE: the card that just left the stack (opacity 0, `pointer-events: none`, still holding its
  // block for 300 ms) is read: its member ID W1234567890 and weight 68 come back beside the current block
  it.fails('reads only the current card, not the block of the card that just left the stack', () => {
    const previous = card(
      `${openText('memberid', 'Member ID', 'W1234567890', { required: true })}${openText('weight', 'Weight (kg)', '68', { type: 'number' })}`,
      { progress: 25, first: true },
    );
    page(straight({ idx: 0, content: previous }, { idx: 1, content: card(medicationBlock(), { progress: 50 }) }));
    expect(read()).toEqual({
      'drug.name': ILARIS['drug.name'],
      'drug.hcpcs': ILARIS['drug.hcpcs'],
      'drug.ndc': ILARIS['drug.ndc'],
      'drug.dose': '150',
      'drug.units': '150',
      'drug.frequency': 'Every 4 weeks',
    });
    nothingFrom('#questionCard-0');
  });

  it('reads a field with its error shown and names it without the message', () => {
    page(
      simple(
        2,
        card(
          `${openText('npi', 'Prescriber NPI', '12345', { required: true, error: 'Please enter a valid 10-digit NPI' })}${openText('crp', 'CRP (mg/L)', '24', { type: 'number', description: 'Most recent value' })}`,
          { progress: 75 },
        ),
      ),
    );
    expect(read()).toEqual({ 'prescriber.npi': '12345', 'labs.crpValue': '24' });
  });
});
