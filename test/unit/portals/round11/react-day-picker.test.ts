import { describe, expect, it } from 'vitest';
import { field, normalized, page, read } from '../read';
import { ILARIS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * react-day-picker 9.14 (gpbl/react-day-picker at db6c561: src/DayPicker.tsx, components/Dropdown.tsx,
 * labels/labelDayButton.ts ("PPPP", then ", selected"), labelMonthDropdown / labelYearDropdown
 * ("Choose the Month" / "Choose the Year"), labelNav ("")) and 8.10 (from memory of its rendered
 * markup: `div.rdp > div.rdp-months > div.rdp-month > div.rdp-caption > div.rdp-caption_label
 * [aria-live=polite][role=presentation][id]` + `table.rdp-table[role=grid][aria-labelledby]`, days as
 * `td.rdp-cell[role=presentation] > button[name=day].rdp-day[role=gridcell][aria-selected]`
 * (.rdp-day_selected), no date attribute), and shadcn/ui's date picker (shadcn-ui/ui, v4 new-york
 * registry: date-picker-demo (Popover + Calendar, the Button showing `format(date, "PPP")` or
 * `<span>Pick a date</span>`, `data-empty`), the react-hook-form version in a FormItem
 * (`label[data-slot=form-label][for=<id>-form-item]`, the trigger `button#<id>-form-item
 * [aria-describedby][aria-invalid]`, `p[data-slot=form-description]`), Radix Popover
 * (`button[aria-haspopup=dialog][aria-expanded][aria-controls][data-state]`; opened:
 * `div[data-radix-popper-content-wrapper] > div[data-slot=popover-content][role=dialog][data-state=open]`
 * at the end of body) and its Calendar (DayPicker v9 with `data-slot=calendar`, `captionLayout=
 * "dropdown"` for a birth date). v9 markup:
 * `div.rdp-root[data-mode=single] > div.rdp-months > nav.rdp-nav[aria-label=""]` (previous/next
 * buttons) + `div.rdp-month > div.rdp-month_caption` (`span.rdp-caption_label[role=status]
 * [aria-live=polite]` "November 2026", or the dropdowns `span.rdp-dropdown_root > select
 * [aria-label="Choose the Month"]` + `span.rdp-caption_label[aria-hidden]` "Nov" …) +
 * `table.rdp-month_grid[role=grid][aria-label="November 2026"]` > `thead[aria-hidden]` +
 * `tbody.rdp-weeks > tr.rdp-week > td.rdp-day[role=gridcell][data-day=<ISO>][aria-selected]
 * [data-selected] > button.rdp-day_button[aria-label="Friday, November 20th, 2026, selected"]`.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ordinal = (d: number) =>
  `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;
/** date-fns "PPP": "November 20th, 2026" */
const ppp = (y: number, m: number, d: number) => `${MONTHS[m]} ${ordinal(d)}, ${y}`;
const iso = (y: number, m: number, d: number) => `${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const weekday = (y: number, m: number, d: number) => DAYS[new Date(Date.UTC(y, m, d)).getUTCDay()]!;

const chevron = (o: string) =>
  `<svg class="rdp-chevron" width="24" height="24" viewBox="0 0 24 24"><polygon points="${o === 'left' ? '16 18.112 9.81111111 12 16 5.87733333 14.0888889 4 6 12 14.0888889 20' : '8 18.112 14.18888889 12 8 5.87733333 9.91111111 4 18 12 9.91111111 20'}"></polygon></svg>`;

type Day = { y: number; m: number; d: number };

/** a DayPicker v9 month, the days around `shown` (selected when `selected`) */
function v9(shown: Day, o: { selected?: boolean; dropdown?: { years: number[] }; slot?: string } = {}): string {
  const { y, m, d } = shown;
  const caption = o.dropdown
    ? `<div class="rdp-dropdowns"><span class="rdp-dropdown_root"><select class="rdp-dropdown rdp-months_dropdown" aria-label="Choose the Month">${MONTHS.map((mm, i) => `<option value="${i}"${i === m ? ' selected=""' : ''}>${mm.slice(0, 3)}</option>`).join('')}</select><span class="rdp-caption_label" aria-hidden="true">${MONTHS[m]!.slice(0, 3)}${chevron('down')}</span></span><span class="rdp-dropdown_root"><select class="rdp-dropdown rdp-years_dropdown" aria-label="Choose the Year">${o.dropdown.years
        .map((yy) => `<option value="${yy}"${yy === y ? ' selected=""' : ''}>${yy}</option>`)
        .join(
          '',
        )}</select><span class="rdp-caption_label" aria-hidden="true">${y}${chevron('down')}</span></span><span role="status" aria-live="polite" style="border: 0px; clip: rect(0px, 0px, 0px, 0px); height: 1px; margin: -1px; overflow: hidden; padding: 0px; position: absolute; width: 1px; white-space: nowrap; overflow-wrap: normal;">${MONTHS[m]} ${y}</span></div>`
    : `<span class="rdp-caption_label" role="status" aria-live="polite">${MONTHS[m]} ${y}</span>`;
  const days = [d - 1, d, d + 1]
    .map((dd) => {
      const sel = o.selected && dd === d;
      return `<td class="rdp-day${sel ? ' rdp-selected' : ''}" role="gridcell"${sel ? ' aria-selected="true"' : ''} data-day="${iso(y, m, dd)}"${sel ? ' data-selected="true"' : ''}><button class="rdp-day_button" type="button" tabindex="${dd === d ? 0 : -1}" aria-label="${weekday(y, m, dd)}, ${ppp(y, m, dd)}${sel ? ', selected' : ''}">${dd}</button></td>`;
    })
    .join('');
  return `<div class="rdp-root" lang="en-US" data-mode="single"${o.slot ? ` data-slot="${o.slot}"` : ''}><div class="rdp-months"><nav class="rdp-nav" aria-label=""><button type="button" class="rdp-button_previous" aria-label="Go to the Previous Month">${chevron('left')}</button><button type="button" class="rdp-button_next" aria-label="Go to the Next Month">${chevron('right')}</button></nav><div class="rdp-month"><div class="rdp-month_caption">${caption}</div><table role="grid" aria-label="${MONTHS[m]} ${y}" class="rdp-month_grid"><thead aria-hidden="true"><tr class="rdp-weekdays">${DAYS.map((w) => `<th aria-label="${w}" class="rdp-weekday" scope="col">${w.slice(0, 2)}</th>`).join('')}</tr></thead><tbody class="rdp-weeks"><tr class="rdp-week">${days}</tr></tbody></table></div></div></div>`;
}

/** a DayPicker v8 month */
function v8(shown: Day, selected: boolean, captionId: string): string {
  const { y, m, d } = shown;
  return `<div class="rdp"><div class="rdp-months"><div class="rdp-month rdp-caption_start rdp-caption_end"><div class="rdp-caption"><div class="rdp-caption_label" aria-live="polite" role="presentation" id="${captionId}">${MONTHS[m]} ${y}</div><div class="rdp-nav"><button name="previous-month" aria-label="Go to previous month" class="rdp-button_reset rdp-button rdp-nav_button rdp-nav_button_previous" type="button"><svg width="16px" height="16px" viewBox="0 0 120 120" class="rdp-nav_icon"><path d="M69.490332,3.34314575 C72.6145263,0.218951416 77.6798462,0.218951416 80.8040405,3.34314575 Z" fill="currentColor" fill-rule="nonzero"></path></svg></button><button name="next-month" aria-label="Go to next month" class="rdp-button_reset rdp-button rdp-nav_button rdp-nav_button_next" type="button"><svg width="16px" height="16px" viewBox="0 0 120 120" class="rdp-nav_icon"><path d="M49.8040405,3.34314575 Z" fill="currentColor" fill-rule="nonzero"></path></svg></button></div></div><table class="rdp-table" role="grid" aria-labelledby="${captionId}"><thead class="rdp-head"><tr class="rdp-head_row">${DAYS.map((w) => `<th scope="col" class="rdp-head_cell" aria-label="${w}">${w.slice(0, 2)}</th>`).join('')}</tr></thead><tbody class="rdp-tbody"><tr class="rdp-row">${[
    d - 1,
    d,
    d + 1,
  ]
    .map(
      (dd) =>
        `<td class="rdp-cell" role="presentation"><button name="day" class="rdp-button_reset rdp-button rdp-day${selected && dd === d ? ' rdp-day_selected' : ''}" role="gridcell"${selected && dd === d ? ' aria-selected="true"' : ''} tabindex="${dd === d ? 0 : -1}" type="button">${dd}</button></td>`,
    )
    .join('')}</tr></tbody></table></div></div></div>`;
}

const calendarIcon =
  '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" class="lucide lucide-calendar" aria-hidden="true"><path d="M8 2v4"></path><path d="M16 2v4"></path><rect width="18" height="18" x="3" y="4" rx="2"></rect><path d="M3 10h18"></path></svg>';

/** shadcn FormItem with the date picker's Popover trigger; `open` adds the popover content for the end of body */
function shadcnDate(
  id: string,
  label: string,
  date: Day | null,
  o: { description?: string; open?: boolean; years?: number[] } = {},
): { html: string; popover: string } {
  const text = date ? ppp(date.y, date.m, date.d) : '<span>Pick a date</span>';
  const html = `<div data-slot="form-item" class="grid gap-2"><label data-slot="form-label" data-error="false" class="flex items-center gap-2 text-sm leading-none font-medium select-none data-[error=true]:text-destructive" for="${id}-form-item">${label}</label><button data-slot="popover-trigger" class="inline-flex items-center justify-center gap-2 whitespace-nowrap rounded-md text-sm border bg-background shadow-xs h-9 px-4 py-2 w-[240px] pl-3 text-left font-normal${date ? '' : ' text-muted-foreground'}" id="${id}-form-item"${o.description ? ` aria-describedby="${id}-form-item-description"` : ''} aria-invalid="false" type="button" aria-haspopup="dialog" aria-expanded="${o.open ? 'true' : 'false'}" aria-controls="radix-${id}" data-state="${o.open ? 'open' : 'closed'}">${text}${calendarIcon.replace('lucide-calendar"', 'lucide-calendar ml-auto h-4 w-4 opacity-50"')}</button>${
    o.description
      ? `<p data-slot="form-description" id="${id}-form-item-description" class="text-muted-foreground text-sm">${o.description}</p>`
      : ''
  }</div>`;
  const shown = date ?? { y: 2026, m: 11, d: 4 };
  const popover = o.open
    ? `<div data-radix-popper-content-wrapper="" dir="ltr" style="position: fixed; left: 0px; top: 0px; transform: translate(24px, 212px); min-width: max-content; z-index: 50;"><div data-side="bottom" data-align="start" data-state="open" role="dialog" id="radix-${id}" data-slot="popover-content" class="bg-popover text-popover-foreground z-50 rounded-md border shadow-md outline-hidden w-auto p-0" tabindex="-1" style="--radix-popover-content-transform-origin: var(--radix-popper-transform-origin);">${v9(shown, { selected: !!date, slot: 'calendar', ...(o.years ? { dropdown: { years: o.years } } : {}) })}</div></div>`
    : '';
  return { html, popover };
}

const form = (body: string, tail = '') =>
  `<div id="root"><form class="space-y-8">${body}<button data-slot="button" type="submit" class="inline-flex h-9 px-4 py-2">Submit</button></form></div>${tail}`;
const labelled = (label: string, body: string) => `<div class="space-y-2"><h3 class="text-sm font-medium">${label}</h3>${body}</div>`;

describe('react-day-picker 8/9 inline calendars and the shadcn/ui date picker', () => {
  it('reads shadcn date pickers by their "PPP" trigger text, with the request around them', () => {
    const dob = shadcnDate('dob', 'Date of birth', { y: 1988, m: 2, d: 14 }, { description: 'Used to verify eligibility.' });
    const crp = shadcnDate('crpDate', 'CRP collection date', { y: 2026, m: 10, d: 2 });
    page(
      form(
        `<div data-slot="form-item" class="grid gap-2"><label data-slot="form-label" data-error="false" for="memberId-form-item">Member ID</label><input data-slot="input" class="h-9 w-full" id="memberId-form-item" aria-invalid="false" name="memberId" value="${ILARIS['patient.memberId']}"></div>${dob.html}${crp.html}`,
      ),
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.dob': 'March 14th, 1988',
      'labs.crpDate': 'November 2nd, 2026',
    });
    expect(normalized().patient.dob?.value).toBe('1988-03-14');
    expect(normalized().labs.crp.date?.value).toBe('2026-11-02');
    noDuplicatePaths();
  });

  it('reads a shadcn date picker showing "Pick a date" as empty', () => {
    page(form(shadcnDate('crpDate', 'CRP collection date', null).html));
    expect(read()).toEqual({ 'labs.crpDate': '' });
  });

  it('reads an open shadcn date picker by its trigger, nothing from the Calendar and its month/year dropdowns in the popover', () => {
    const dob = shadcnDate('dob', 'Date of birth', { y: 1988, m: 2, d: 14 }, { open: true, years: [1986, 1987, 1988, 1989, 1990] });
    page(
      form(
        `${dob.html}<div data-slot="form-item" class="grid gap-2"><label data-slot="form-label" for="npi-form-item">Prescriber NPI</label><input data-slot="input" id="npi-form-item" value="${ILARIS['prescriber.npi']}"></div>`,
        dob.popover,
      ),
    );
    expect(read()).toEqual({ 'patient.dob': 'March 14th, 1988', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('patient.dob')?.label).toBe('Date of birth');
    nothingFrom('[data-slot=popover-content]');
  });

  // misread: collects no field at all from the calendar (the selected td[data-day="2026-11-02"][aria-selected] is ignored): no labs.crpDate
  it.fails('reads the date selected in an inline v9 calendar under its heading', () => {
    page(form(labelled('CRP collection date', v9({ y: 2026, m: 10, d: 2 }, { selected: true }))));
    expect(normalized().labs.crp.date?.value).toBe('2026-11-02');
  });

  it('reads an inline v9 calendar with no selected day as no date', () => {
    page(form(labelled('CRP collection date', v9({ y: 2026, m: 10, d: 20 }))));
    expect(normalized().labs.crp.date?.value).toBeUndefined();
    expect(read()['labs.crpDate'] ?? '').toBe('');
  });

  // misread: collects no field at all from the calendar (the button[aria-selected] "2" under caption "November 2026" is ignored): no labs.crpDate
  it.fails('reads the date selected in an inline v8 calendar (caption "November 2026", day button "2")', () => {
    page(form(labelled('CRP collection date', v8({ y: 2026, m: 10, d: 2 }, true, 'react-day-picker-1'))));
    expect(normalized().labs.crp.date?.value).toBe('2026-11-02');
  });

  it('takes no field from the dropdown caption of an inline v9 calendar with nothing selected', () => {
    page(
      form(
        `${labelled('Date of birth', v9({ y: 1988, m: 2, d: 14 }, { dropdown: { years: [1987, 1988, 1989] } }))}<label for="npi">Prescriber NPI</label><input id="npi" value="${ILARIS['prescriber.npi']}">`,
      ),
    );
    expect(read()).toMatchObject({ 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(read()['patient.dob'] ?? '').toBe('');
  });
});
