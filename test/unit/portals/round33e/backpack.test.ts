import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Backpack (Skyscanner/backpack at 2445895, @skyscanner/backpack-web 21.0.1), from the Jest snapshots in
 * packages/backpack-web/src: bpk-component-fieldset (BpkFieldset-test.tsx.snap + BpkFieldset.tsx), bpk-component-input
 * (BpkInput-test.tsx.snap + BpkInput.tsx), bpk-component-select, bpk-component-checkbox, bpk-component-radio,
 * bpk-component-label (BpkLabel.tsx), bpk-component-datepicker (BpkDatepicker-test.tsx.snap + BpkDatepicker.tsx),
 * bpk-component-calendar (BpkCalendarNav / BpkCalendarGrid / BpkCalendarDate snapshots, composeCalendar,
 * BpkCalendarGridHeader.tsx), bpk-component-popover (BpkPopover.tsx), bpk-component-table:
 * - BpkFieldset wraps ONE control: `fieldset.bpk-fieldset[data-backpack-ds-component=Fieldset]` (no legend) >
 *   `div.bpk-fieldset__label > label.bpk-label[for]` (required: `span.bpk-label__asterisk` "*"), the control, an
 *   optional `span.bpk-fieldset__description#<id>_description`, then BpkFormValidation inside an AnimateHeight
 *   (`div[style=height: 0px…] > div[style=display: none;]` while valid) > `div.bpk-form-validation
 *   #<id>_validation_message` (icon + text).
 * - BpkInput: `input.bpk-input[data-backpack-ds-component=Input][aria-invalid]`; clearable, it sits in
 *   `div.bpk-input__container` with a `button.bpk-input__clear-button[title=""][aria-label=""][tabindex=-1]`.
 * - BpkSelect: a native `select.bpk-select`. BpkCheckbox / BpkRadio: `label.bpk-checkbox > input[aria-label]` +
 *   `span.bpk-checkbox__label[aria-hidden=true]` (radio: `div.bpk-radio__circle` + `span[aria-hidden]`).
 * - BpkDatepicker: `div > input.bpk-input.bpk-input--large[id][name=<id>_input][inputmode=none][data-openable]
 *   [aria-live=polite][aria-atomic]` whose `aria-label` is the chosen date in words (formatDateFull: "Monday, 14th
 *   March 1988", "" when empty) and whose value the app's formatDate gives ("03/14/1988"). Open on desktop, a
 *   BpkPopover is portalled (floating-ui) to the end of body: `div.bpk-popover--container` > `section.bpk-popover
 *   [role=dialog][aria-labelledby=bpk-popover-label-<id>-popover]` > `span.bpk-popover__label` (the title), the
 *   arrow svg, `div.bpk-popover__body--padded` > BpkCalendar (`div.bpk-calendar-nav` with a hidden "Change month"
 *   label over a native `select.bpk-select[name=months]`, `header.bpk-calendar__header[aria-hidden]`,
 *   `div.bpk-calendar-grid[role=grid][aria-label="March 1988"]` of `role=row` weeks of gridcells holding
 *   `button.bpk-calendar-date[aria-pressed][aria-label="Monday, 14th March 1988"]`), `footer` > close link.
 * - BpkTable: `table.bpk-table > thead > tr > th.bpk-table__cell.bpk-table__cell--head`, `td.bpk-table__cell`.
 * - BpkModal (mobile datepicker; BpkModal-test.tsx.snap, bpk-scrim-utils/withScrim.tsx sets aria-hidden on the app
 *   element), BpkMultiSelectChipGroup / BpkSingleSelectChipGroup (BpkMultiSelectChipGroup.tsx, BpkSelectableChip
 *   snapshot), BpkNudger (BpkNudger-test.tsx.snap), BpkAccordionItem (BpkAccordionItem-test.tsx.snap: collapsed content
 *   kept in an AnimateHeight `div[style=display: none;]`).
 */

const svg = (cls = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="1rem" height="1rem" aria-hidden="true"${cls ? ` class="${cls}"` : ''}><path d="M0 0h24v24H0z"></path></svg>`;

type F = { id: string; label: string; required?: boolean; description?: string; invalid?: string; message?: string };
const fieldset = (f: F, control: string) =>
  `<fieldset class="bpk-fieldset" data-backpack-ds-component="Fieldset"><div class="bpk-fieldset__label"><label class="bpk-label${f.invalid ? ' bpk-label--invalid' : ''}" data-backpack-ds-component="Label" for="${f.id}">${f.label}${
    f.required ? '<span class="bpk-label__asterisk">*</span>' : ''
  }</label></div>${control}${f.description ? `<span class="bpk-fieldset__description" id="${f.id}_description">${f.description}</span>` : ''}${
    f.invalid || f.message
      ? `<div style="height: ${f.invalid ? 'auto' : '0px'}; overflow: visible; transition: height 200ms ease;"><div${f.invalid ? '' : ' style="display: none;"'}><div class="bpk-form-validation__container"><div class="bpk-form-validation" id="${f.id}_validation_message"><span class="bpk-form-validation__icon"><span style="line-height: 1rem; display: inline-block; margin-top: 0.125rem; vertical-align: top;">${svg()}</span></span>${f.invalid ?? f.message}</div></div></div></div>`
      : ''
  }</fieldset>`;
const described = (f: F) =>
  f.invalid ? ` aria-describedby="${f.id}_validation_message"` : f.description ? ` aria-describedby="${f.id}_description"` : '';
const inputEl = (f: F, value: string, o: { clear?: boolean; placeholder?: string } = {}) => {
  const input = `<input${described(f)} aria-invalid="${!!f.invalid}" aria-required="${!!f.required}" class="bpk-input${f.invalid ? ' bpk-input--invalid' : ''}${o.clear ? ' bpk-input--clearable' : ''}" data-backpack-ds-component="Input" id="${f.id}" name="${f.id}"${o.placeholder ? ` placeholder="${o.placeholder}"` : ''} type="text" value="${value}">`;
  return o.clear
    ? `<div class="bpk-input__container">${input}${value ? `<button type="button" title="" aria-label="" tabindex="-1" class="bpk-input__clear-button"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" focusable="false" fill="currentcolor" width="1.5rem" height="1.5rem"><path d="M0 0h24v24H0z"></path></svg></button>` : ''}</div>`
    : input;
};
const text = (f: F, value: string, o: { clear?: boolean; placeholder?: string } = {}) => fieldset(f, inputEl(f, value, o));
const select = (f: F, options: string[], chosen: string) =>
  fieldset(
    f,
    `<select aria-invalid="false" aria-required="${!!f.required}" class="bpk-select" id="${f.id}" name="${f.id}"><option value="">Please select...</option>${options
      .map((o) => `<option value="${o}"${o === chosen ? ' selected=""' : ''}>${o}</option>`)
      .join('')}</select>`,
  );
const WORDS: Record<string, string> = {
  '03/14/1988': 'Monday, 14th March 1988',
  '11/02/2026': 'Monday, 2nd November 2026',
  '01/05/2026': 'Monday, 5th January 2026',
  '06/30/2026': 'Tuesday, 30th June 2026',
  '07/01/2026': 'Wednesday, 1st July 2026',
  '09/15/2026': 'Tuesday, 15th September 2026',
};
const dateEl = (id: string, value: string) =>
  `<div><input aria-atomic="true" aria-invalid="false" aria-label="${value ? WORDS[value] : ''}" aria-live="polite" class="bpk-input bpk-input--large" data-backpack-ds-component="Input" data-openable="true" id="${id}" inputmode="none" name="${id}_input" placeholder="MM/DD/YYYY" type="text" value="${value}"></div>`;
const date = (f: F, value: string) => fieldset(f, dateEl(f.id, value));
const checks = (name: string, options: string[], ticked: string[]) =>
  options
    .map(
      (o) =>
        `<label class="bpk-checkbox" data-backpack-ds-component="Checkbox"><input aria-invalid="false" aria-label="${o}" class="bpk-checkbox__input" data-indeterminate="false" name="${name}" type="checkbox" value="${o}"${ticked.includes(o) ? ' checked=""' : ''}><span aria-hidden="true" class="bpk-checkbox__label">${o}</span></label>`,
    )
    .join('');
const radios = (name: string, options: string[], chosen: string) =>
  options
    .map(
      (o) =>
        `<label class="bpk-radio"><input aria-invalid="false" aria-label="${o}" class="bpk-radio__input" name="${name}" type="radio" value="${o}"${o === chosen ? ' checked=""' : ''}><div class="bpk-radio__circle"></div><span aria-hidden="true">${o}</span></label>`,
    )
    .join('');
const h = (t: string, level = 2) => `<h${level} class="bpk-text bpk-text--heading-${level + 2}">${t}</h${level}>`;
const group = (title: string, controls: string) => `<div class="app-field-group">${h(title, 3)}${controls}</div>`;

/** BpkTable of therapies: a BpkInput (named by nothing but its column) or a BpkDatepicker in each cell */
const therapyTable = () => {
  const keys = ['drug', 'dose', 'start', 'stop', 'outcome'];
  return `<table class="bpk-table"><thead><tr>${['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'].map((c) => `<th class="bpk-table__cell bpk-table__cell--head">${c}</th>`).join('')}</tr></thead><tbody>${THERAPY_ROWS.map(
    (r, i) =>
      `<tr>${r
        .map((v, j) => {
          const id = `therapy_${i}_${keys[j]}`;
          return `<td class="bpk-table__cell">${j === 2 || j === 3 ? dateEl(id, v) : `<input aria-invalid="false" class="bpk-input" data-backpack-ds-component="Input" id="${id}" name="${id}" type="text" value="${v}">`}</td>`;
        })
        .join('')}</tr>`,
  ).join('')}</tbody></table>`;
};

/** the BpkCalendar an open BpkDatepicker shows, on March 1988, the 14th chosen */
const calendar = (id: string, fixed: boolean) => {
  const day = (d: number, wd: string) =>
    `<div aria-hidden="false" class="bpk-calendar-week__date bpk-calendar-week__date--${d === 14 ? 'single' : 'none'}" role="gridcell"><button aria-label="${wd}, ${d}th March 1988" aria-pressed="${d === 14}" class="bpk-calendar-date${d === 14 ? ' bpk-calendar-date--selected' : ''}" data-backpack-ds-component="CalendarDate" tabindex="${d === 14 ? 0 : -1}" type="button"><span aria-hidden="true">${d}</span></button></div>`;
  const nav = `${id}-calendar__bpk_calendar_nav`;
  const week = (days: [number, string][]) =>
    `<div class="bpk-calendar-week" data-backpack-ds-component="CalendarWeek" role="row">${days.map(([d, w]) => day(d, w)).join('')}</div>`;
  return `<div class="bpk-calendar${fixed ? ' bpk-calendar--fixed' : ''}"><div class="bpk-calendar-nav" data-backpack-ds-component="CalendarNav"><div style="display: table-row;"><div class="bpk-calendar-nav__nudger"><button class="bpk-calendar-nav__button" id="${nav}_month_nudger_previous" type="button">${svg('bpk-calendar-nav__icon')}<span class="bpk-calendar-nav__text--hidden">Go to previous month</span></button></div><div class="bpk-calendar-nav__month"><label class="bpk-calendar-nav__text--hidden" for="${nav}_select">Change month</label><select aria-invalid="false" class="bpk-select" id="${nav}_select" name="months"><option value="1988-02">February 1988</option><option value="1988-03" selected="">March 1988</option><option value="1988-04">April 1988</option></select></div><div class="bpk-calendar-nav__nudger"><button class="bpk-calendar-nav__button" id="${nav}_month_nudger_next" type="button">${svg('bpk-calendar-nav__icon')}<span class="bpk-calendar-nav__text--hidden">Go to next month</span></button></div><div aria-live="polite" class="bpk-aria-live bpk-aria-live--invisible" data-backpack-ds-component="AriaLive">March 1988</div></div></div><header class="bpk-calendar-header bpk-calendar__header" aria-hidden="true"><ol class="bpk-calendar-header__week">${['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].map((d) => `<li class="bpk-calendar-header__weekday"><span>${d}</span></li>`).join('')}</ol></header><div aria-hidden="false" aria-label="March 1988" class="bpk-calendar-grid" data-backpack-ds-component="CalendarGrid" role="grid"><div role="rowgroup">${week(
    [
      [7, 'Monday'],
      [8, 'Tuesday'],
      [9, 'Wednesday'],
      [10, 'Thursday'],
      [11, 'Friday'],
      [12, 'Saturday'],
      [13, 'Sunday'],
    ],
  )}${week([
    [14, 'Monday'],
    [15, 'Tuesday'],
  ])}</div></div></div>`;
};
const guard =
  '<span data-type="outside" tabindex="0" aria-hidden="true" data-floating-ui-focus-guard="" style="border: 0px; clip: rect(0px, 0px, 0px, 0px); height: 1px; margin: -1px; overflow: hidden; padding: 0px; position: fixed; white-space: nowrap; width: 1px; top: 0px; left: 0px;"></span>';
/** desktop: the BpkPopover an open BpkDatepicker portals (floating-ui) to the end of body */
const calendarPopover = (id: string, title: string) =>
  `<div id="floating-ui-r7" data-floating-ui-portal="">${guard}<div class="bpk-popover--container" style="position: absolute; left: 0px; top: 0px; transform: translate(32px, 260px); z-index: 1000;"><section id="${id}-popover" tabindex="-1" role="dialog" aria-labelledby="bpk-popover-label-${id}-popover" class="bpk-popover" data-backpack-ds-component="Popover"><svg class="bpk-popover__arrow" role="presentation" width="14" height="14" viewBox="0 0 14 14"><path d="M0 0"></path></svg><span id="bpk-popover-label-${id}-popover" class="bpk-popover__label">${title}</span><div class="bpk-popover__body--padded">${calendar(id, true)}</div><footer class="bpk-popover__footer"><button type="button" class="bpk-link">Close</button></footer></section></div>${guard}</div>`;
/** mobile: the BpkModal (withScrimmedPortal) an open BpkDatepicker portals to the end of body; withScrim marks the
 *  application element aria-hidden */
const calendarModal = (id: string, title: string) =>
  `<div><div role="none" tabindex="-1"><div class="bpk-scrim-content bpk-modal__container bpk-modal__container--full-screen-mobile"><div class="bpk-scrim" data-backpack-ds-component="Scrim" role="presentation"></div><section aria-labelledby="bpk-modal-heading-${id}-modal" class="bpk-modal bpk-modal__modal-style--default bpk-modal--full-screen-mobile" id="${id}-modal" role="dialog" tabindex="-1"><header class="bpk-modal__header"><nav aria-labelledby="bpk-modal-heading-${id}-modal" class="bpk-navigation-bar bpk-navigation-bar--default bpk-modal__navigation" data-backpack-ds-component="NavigationBar"><div class="bpk-navigation-bar__title-container"><h2 class="bpk-modal__heading" id="bpk-modal-heading-${id}-modal">${title}</h2></div><div class="bpk-navigation-bar__trailing-item bpk-navigation-bar__trailing-item-default"><button aria-label="Close" class="bpk-close-button__default" data-backpack-ds-component="CloseButton" title="Close" type="button"><span class="bpk-close-button-icon">${svg()}</span></button></div></nav></header><div class="bpk-modal__content bpk-modal__content--padded">${calendar(id, false)}</div></section></div></div></div>`;

/** BpkMultiSelectChipGroup / BpkSingleSelectChipGroup (type wrap): a fieldset of role group / radiogroup, its ariaLabel
 *  a visually hidden legend, its label an aria-hidden footnote, chips `button[role=checkbox|radio][aria-checked]` */
const chipGroup = (ariaLabel: string, options: string[], chosen: string[], multi: boolean) =>
  `<div class="bpk-chip-group-container" data-backpack-ds-component="MultiSelectChipGroup"><fieldset class="bpk-chip-group bpk-chip-group--wrap" role="${multi ? 'group' : 'radiogroup'}"><legend class="bpk-visually-hidden" data-backpack-ds-component="VisuallyHidden">${ariaLabel}</legend><span class="bpk-text bpk-text--footnote" data-backpack-ds-component="Text" aria-hidden="true">${ariaLabel}</span>${options
    .map(
      (o) =>
        `<button aria-checked="${chosen.includes(o)}" class="bpk-chip bpk-chip--default${chosen.includes(o) ? ' bpk-chip--default-selected' : ''}" data-backpack-ds-component="SelectableChip" role="${multi ? 'checkbox' : 'radio'}" title="${o}" type="button"><span class="bpk-text bpk-text--footnote" data-backpack-ds-component="Text">${o}</span></button>`,
    )
    .join('')}</fieldset></div>`;
/** BpkNudger in a BpkFieldset: Decrease button, `input.bpk-nudger__input[type=number]`, Increase button */
const nudger = (f: F, value: string) =>
  fieldset(
    f,
    `<div class=""><div class="bpk-nudger">${['Decrease', 'Increase']
      .map(
        (l) =>
          `<button aria-controls="${f.id}" aria-label="${l}" class="bpk-button bpk-button--icon-only bpk-button--secondary" data-backpack-ds-component="Button" type="button"><span style="line-height: 1rem; display: inline-block; margin-top: 0.25rem; vertical-align: top;">${svg()}</span></button>`,
      )
      .join(
        `<input aria-live="polite" class="bpk-nudger__input bpk-nudger__input--numeric" data-backpack-ds-component="Nudger" id="${f.id}" name="${f.id}" step="1" type="number" value="${value}">`,
      )}</div></div>`,
  );

/** a BpkAccordionItem (its title an h3 in the toggle button); collapsed, AnimateHeight keeps the content, display none */
const accordionItem = (id: string, title: string, body: string, expanded: boolean) =>
  `<div class="bpk-accordion__item bpk-accordion__item--with-divider" data-backpack-ds-component="AccordionItem" id="${id}"><div class="bpk-accordion__title"><button aria-controls="${id}_content" aria-expanded="${expanded}" class="bpk-accordion__toggle-button" type="button"><div class="bpk-accordion__flex-container"><div class="bpk-accordion__title-text"><h3 class="bpk-text bpk-text--body-default" data-backpack-ds-component="Text">${title}</h3></div><span class="bpk-accordion__icon-wrapper bpk-accordion__item-expand-icon"><span style="line-height: 1rem; display: inline-block; margin-top: 0.25rem; vertical-align: top;">${svg()}</span></span></div></button></div><div class="bpk-accordion__content-container" id="${id}_content"><div style="height: ${expanded ? 'auto' : '0px'}; overflow: ${expanded ? 'visible' : 'hidden'}; transition: height 200ms ease;"><div${expanded ? '' : ' style="display: none;"'}><div class="bpk-accordion__content-inner-container bpk-accordion__content-inner-container--with-divider">${body}</div></div></div></div></div>`;

const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const form = (body: string, rootAttrs = '') =>
  `<div id="app-root"${rootAttrs}><main>${h('Prior authorization request', 1)}<form novalidate="">${body}<button type="submit" class="bpk-button bpk-button--primary" data-backpack-ds-component="Button">Submit request</button></form></main></div>`;
const member = () =>
  `${h('Member')}${text({ id: 'memberId', label: 'Member ID', required: true }, ILARIS['patient.memberId'])}${date({ id: 'dob', label: 'Date of birth' }, ILARIS['patient.dob'])}${text({ id: 'weight', label: 'Weight (kg)' }, '72')}`;
const medication = () =>
  `${h('Medication')}${select({ id: 'drugName', label: 'Drug name' }, DRUGS, ILARIS['drug.name'])}${text({ id: 'hcpcs', label: 'HCPCS code' }, ILARIS['drug.hcpcs'])}${text({ id: 'ndc', label: 'NDC' }, ILARIS['drug.ndc'])}${text({ id: 'dose', label: 'Dose (mg)' }, '150')}${text({ id: 'units', label: 'Billing units' }, '150')}${group('Frequency', radios('frequency', FREQ, 'Every 4 weeks'))}`;
const clinical = () =>
  `${h('Diagnosis')}${group('ICD-10 codes', checks('icd10', ['M04.1', 'M06.1', 'M04.8'], ['M04.1', 'M06.1']))}${h('Labs')}${text({ id: 'crp', label: 'CRP (mg/L)' }, '24')}${date({ id: 'crpDate', label: 'CRP collection date' }, ILARIS['labs.crpDate'])}`;
const rest = () =>
  `${h('Prior therapies')}${therapyTable()}${h('Prescriber')}${text({ id: 'npi', label: 'Prescriber NPI', required: true }, ILARIS['prescriber.npi'])}`;
const FULL = { ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' };

describe('Backpack: BpkFieldset, BpkInput, BpkSelect, BpkCheckbox, BpkRadio, BpkDatepicker with its popover calendar, BpkTable', () => {
  it('reads the full Ilaris request', () => {
    page(form(`${member()}${clinical()}${medication()}${rest()}`));
    expect(read()).toEqual(FULL);
    noDuplicatePaths();
  });

  it('names an input by its fieldset label, without the asterisk, its description or a validation message', () => {
    page(
      form(
        `${text({ id: 'memberId', label: 'Member ID', required: true, description: 'As printed on the member card', message: 'Enter the member ID' }, ILARIS['patient.memberId'])}${text({ id: 'npi', label: 'Prescriber NPI', required: true, invalid: 'Enter a 10-digit NPI' }, '123456789')}${text({ id: 'hcpcs', label: 'HCPCS code' }, ILARIS['drug.hcpcs'])}`,
      ),
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'prescriber.npi': '123456789',
      'drug.hcpcs': ILARIS['drug.hcpcs'],
    });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
    expect(field('drug.hcpcs')?.label).toBe('HCPCS code');
  });

  it('names a BpkDatepicker by its fieldset label, not its aria-label (the date in words), an empty one as empty', () => {
    page(
      form(
        `${date({ id: 'dob', label: 'Date of birth' }, ILARIS['patient.dob'])}${date({ id: 'crpDate', label: 'CRP collection date' }, '')}`,
      ),
    );
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': '' });
  });

  it('reads the form while a BpkDatepicker’s popover is open, nothing from its calendar’s month select or pressed day', () => {
    page(
      form(`${member()}${text({ id: 'npi', label: 'Prescriber NPI' }, ILARIS['prescriber.npi'])}`) +
        calendarPopover('dob', 'Date of birth'),
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.dob': ILARIS['patient.dob'],
      'patient.weight': '72',
      'prescriber.npi': ILARIS['prescriber.npi'],
    });
    nothingFrom('[data-floating-ui-portal]');
  });

  it('reads a BpkSelect still on "Please select..." as empty', () => {
    page(
      form(
        `${select({ id: 'drugName', label: 'Drug name' }, DRUGS, '')}${text({ id: 'hcpcs', label: 'HCPCS code' }, ILARIS['drug.hcpcs'])}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': '', 'drug.hcpcs': ILARIS['drug.hcpcs'] });
  });

  it('reads BpkCheckboxes (aria-labelled, their shown labels aria-hidden) as the ICD-10 codes and BpkRadios as the frequency', () => {
    page(
      form(
        `${group('ICD-10 codes', checks('icd10', ['M04.1', 'M06.1', 'M04.8'], ['M04.1', 'M06.1']))}${group('Frequency', radios('frequency', FREQ, 'Every 8 weeks'))}`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 8 weeks' });
  });

  it('reads a clearable BpkInput by its value, nothing from its unnamed clear button', () => {
    page(
      form(
        `${text({ id: 'ndc', label: 'NDC' }, ILARIS['drug.ndc'], { clear: true })}${text({ id: 'dose', label: 'Dose (mg)' }, '150', { clear: true })}`,
      ),
    );
    expect(read()).toEqual({ 'drug.ndc': ILARIS['drug.ndc'], 'drug.dose': '150' });
  });

  it('reads a BpkTable of therapies, its date cells BpkDatepickers labelled by the date in words', () => {
    page(form(`${h('Prior therapies')}${therapyTable()}`));
    expect(read()).toEqual({ ...THERAPIES });
    noDuplicatePaths();
  });

  it('reads the form while a BpkDatepicker’s mobile BpkModal is open (the app root aria-hidden), nothing from its calendar', () => {
    page(
      form(`${member()}${text({ id: 'npi', label: 'Prescriber NPI' }, ILARIS['prescriber.npi'])}`, ' aria-hidden="true"') +
        calendarModal('dob', 'Date of birth'),
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.dob': ILARIS['patient.dob'],
      'patient.weight': '72',
      'prescriber.npi': ILARIS['prescriber.npi'],
    });
    nothingFrom('.bpk-modal');
  });

  it('reads chip groups (checkbox chips for the codes, radio chips for the frequency) and a BpkNudger for the units', () => {
    page(
      form(
        `${chipGroup('ICD-10 codes', ['M04.1', 'M06.1', 'M04.8'], ['M04.1', 'M06.1'], true)}${chipGroup('Frequency', FREQ, ['Every 4 weeks'], false)}${nudger({ id: 'units', label: 'Billing units' }, '150')}`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks', 'drug.units': '150' });
  });

  it('reads therapies in BpkAccordionItems, the second collapsed (its content kept with display none)', () => {
    const therapy = (i: 0 | 1) =>
      accordionItem(
        `therapy-${i}`,
        `Prior therapy ${i + 1}`,
        (['drug', 'dose', 'start', 'stop', 'outcome'] as const)
          .map((k) => {
            const f = {
              id: `therapy_${i}_${k}`,
              label: { drug: 'Drug', dose: 'Dose', start: 'Start date', stop: 'Stop date', outcome: 'Outcome' }[k],
            };
            const v = THERAPIES[`priorTherapies.${i}.${k}`];
            return k === 'start' || k === 'stop' ? date(f, v) : text(f, v);
          })
          .join(''),
        i === 0,
      );
    page(form(`${h('Prior therapies')}<div class="bpk-accordion" data-backpack-ds-component="Accordion">${therapy(0)}${therapy(1)}</div>`));
    expect(read()).toEqual({ ...THERAPIES });
    noDuplicatePaths();
  });
});
