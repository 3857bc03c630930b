import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPY_ROWS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Helsinki Design System, hds-react 3.x/4.x (City-of-Helsinki/helsinki-design-system, packages/react/src:
 * components/textInput/TextInput.tsx @ 0423061 and __snapshots__/TextInput.test.tsx.snap @ 39289d1,
 * internal/input-wrapper/InputWrapper.tsx @ 0e93965, internal/field-label/FieldLabel.tsx @ 0084fc8,
 * components/dateInput/DateInput.tsx @ 027e477 and __snapshots__ @ 06e6cba, dateInput/components/datePicker/DatePicker.tsx
 * @ 0258eb3, monthNavigation/MonthNavigation.tsx @ 1676104, monthTable/MonthTable.tsx @ 2a2f671,
 * components/select/__snapshots__/Select.test.tsx.snap @ 03ba0b9, select/components/selectedOptions/
 * ButtonWithSelectedOptions.tsx @ 0fbd511, list/listItems/SingleSelectOption.tsx @ 0ef39f5, tagList/TagList.tsx @ 1c6c483,
 * Tags.tsx @ b010515, TagListItem.tsx @ 0ddf23f, components/tag/__snapshots__ @ 09fc88b, components/table/__snapshots__
 * @ 071bfde). React with CSS modules: the snapshots show the bare module keys (`root`, `inputWrapper`); a build
 * prefixes and hashes them, so the classes below are stand-ins of that form (`TextInput-module_root__…`).
 * - TextInput: `div.root` > `label.label[for=<id>]` (label text + `span.indicator` "*" when required),
 *   `div.inputWrapper > input.input[id][type][aria-describedby="<id>-helper <id>-error"]`, then `div.errorText
 *   #<id>-error` and `div.helperText#<id>-helper`.
 * - DateInput: `div.wrapper[lang]` > the TextInput with `input.input.hasButton[type=text]` showing the date in
 *   `dateFormat` (default "d.M.yyyy": "14.3.1988") + `div.buttonWrapper > button[aria-label="Choose date"]
 *   [aria-controls=hds-date-picker][aria-expanded]` (calendar svg); while open, the picker is the TextInput's child, in
 *   the inputWrapper after the button: `div.hds-datepicker` > navigation with two native selects
 *   (`aria-label` "Month", "Year", each followed by an aria-hidden label), the month `table` of day buttons
 *   (`button[data-date]`), and the "Select"/"Close" buttons.
 * - Select (no filter/search input): `div#<id>.wrapper.root` > `label#<id>-label[for=<id>-main-button]` (+ indicator),
 *   `div.selectAndListContainer` > `div.selectedOptionsContainer` > `button#<id>-main-button[role=combobox]
 *   [aria-haspopup=listbox][aria-controls=<id>-list][aria-expanded][aria-label="<label>. Selected option "<a>" and
 *   "<b>""]` > `div.labels[aria-hidden]` of `span.dropdownButtonOption` per chosen option (the placeholder, and class
 *   `placeholder` on the button, when none) + for two or more `span.count[aria-hidden] > span.count` "+1"; then
 *   `button.arrowButton[aria-hidden][tabindex=-1]`; `div#<id>-sl-container.listAndInputContainer` (aria-hidden while
 *   closed) > `div.listContainer` (`hidden` class while closed) > `ul#<id>-list[role=listbox][aria-multiselectable]`
 *   of `li[role=option][aria-selected]` > `span.singleSelectListItemLabel` (+ check icon) while open. A multiselect
 *   lists its choices again as tags after that container: `div.tagListContainer > div#<id>-tag-list.tagList >
 *   div.tag[role=button][tabindex=0][aria-label='Remove selection "<label>".'] > span <label> + cross svg`.
 * - Accordion (components/accordion/__snapshots__ @ 13a3fc1): `div.accordion#<id> > div.accordionHeader > div[role=heading]
 *   [aria-level=2] > div.headingContainer[role=button][aria-expanded]`, then `div.accordionContent[role=region]`, kept
 *   in the DOM with `style="display: none;"` while closed, ending in its close button.
 * - Table: `div.container[tabindex=0] > table.table > caption.caption`, `thead > tr.headerRow > th[scope=col]`,
 *   `tbody.content > tr > td[data-testid=<key>-<row>]` text cells.
 */

const svg = (name: string) =>
  `<svg aria-hidden="true" aria-label="${name}" class="Icon-module_icon__1Jtzj Icon-module_s__2WGWe" role="img" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><path d="M12 2" fill="currentColor"></path></svg>`;
const T = (k: string) => `TextInput-module_${k}__3s8Fv`;
const S = (k: string) => `Select-module_${k}__2bQ1x`;
const indicator = '<span class="RequiredIndicator-module_indicator__1rD3b" aria-hidden="true">*</span>';

type Opts = { required?: boolean; helper?: string; error?: string; type?: string; readOnly?: boolean };
const wrap = (id: string, label: string, inner: string, o: Opts = {}) =>
  `<div class="${T('root')}${o.error ? ` ${T('invalid')}` : ''}"><label for="${id}" class="FieldLabel-module_label__2nUkk ">${label}${o.required ? indicator : ''}</label><div class="${T('inputWrapper')}">${inner}</div>${
    o.error ? `<div class="${T('errorText')}" id="${id}-error">${o.error}</div>` : ''
  }${o.helper ? `<div class="${T('helperText')}" id="${id}-helper">${o.helper}</div>` : ''}</div>`;
const described = (id: string, o: Opts) => [o.helper && `${id}-helper`, o.error && `${id}-error`].filter(Boolean).join(' ');
const textInput = (id: string, label: string, value: string, o: Opts = {}) =>
  wrap(
    id,
    label,
    `<input class="${T('input')}" id="${id}" type="${o.type ?? 'text'}"${o.required ? ' required' : ''}${o.readOnly ? ' readonly' : ''}${described(id, o) ? ` aria-describedby="${described(id, o)}"` : ''}${o.error ? ' aria-invalid="true"' : ''} value="${value}">`,
    o,
  );

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** the open picker, drawn in the inputWrapper after the toggle button */
const picker = (month: number, year: number, day: number) =>
  `<div class="DatePicker-module_hds-datepicker__1dxcr"><div><div class="DatePicker-module_hds-datepicker__navigation__2vYsk"><div class="DatePicker-module_hds-datepicker__navigation__select__1hEj5"><select aria-label="Month">${MONTHS.map(
    (m, i) => `<option value="${i}"${i === month ? ' selected' : ''}>${m}</option>`,
  ).join(
    '',
  )}</select><div class="DatePicker-module_hds-datepicker__navigation__select-label__3r1pY" aria-hidden="true">${MONTHS[month]!.slice(0, 3)}<div>${svg('angle-down')}</div></div></div><div class="DatePicker-module_hds-datepicker__navigation__select__1hEj5"><select aria-label="Year">${[
    year - 1,
    year,
    year + 1,
  ]
    .map((y) => `<option value="${y}"${y === year ? ' selected' : ''}>${y}</option>`)
    .join(
      '',
    )}</select><div class="DatePicker-module_hds-datepicker__navigation__select-label__3r1pY" aria-hidden="true">${year}<div>${svg('angle-down')}</div></div></div><div class="DatePicker-module_hds-datepicker__navigation__buttons__2Xk0o"><button tabindex="0" aria-disabled="false" type="button" aria-label="Previous month">${svg('angle-left')}</button><button tabindex="0" aria-disabled="false" type="button" aria-label="Next month">${svg('angle-right')}</button></div></div><table class="DatePicker-module_hds-datepicker__month-table__2lq4w"><thead><tr><th><span aria-hidden="true">Mo</span><span class="hiddenFromScreen">Monday</span></th><th><span aria-hidden="true">Tu</span><span class="hiddenFromScreen">Tuesday</span></th><th><span aria-hidden="true">We</span><span class="hiddenFromScreen">Wednesday</span></th></tr></thead><tbody><tr>${[
    day - 1,
    day,
    day + 1,
  ]
    .map(
      (d) =>
        `<td><button type="button" class="DatePicker-module_hds-datepicker__day__1oPh2${d === day ? ' DatePicker-module_hds-datepicker__day--selected__2Jm7C' : ''}" data-date="${year}-${String(month + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}" tabindex="${d === day ? 0 : -1}" aria-pressed="${d === day}"><span class="DatePicker-module_hds-datepicker__day__date__1nR2x">${d}</span></button></td>`,
    )
    .join(
      '',
    )}</tr></tbody></table></div><div class="DatePicker-module_hds-datepicker__bottom-buttons__3mP0R"><button type="button" class="Button-module_button__1cL4v Button-module_secondary__3f3Fh"><span class="Button-module_label__3yZ8J">Select</span></button><button type="button" class="Button-module_button__1cL4v Button-module_supplementary__2a3hP"><span class="Button-module_label__3yZ8J">Close</span></button></div></div>`;
const dateInput = (id: string, label: string, value: string, o: Opts & { open?: [number, number, number] } = {}) =>
  `<div lang="en" class="DateInput-module_wrapper__2uR0c">${wrap(
    id,
    label,
    `<input class="${T('input')} ${T('hasButton')}" id="${id}" type="text"${o.required ? ' required' : ''} value="${value}"><div class="${T('buttonWrapper')}"><button aria-controls="hds-date-picker" aria-expanded="${o.open ? 'true' : 'false'}" aria-label="Choose date" class="${T('button')}" type="button">${svg('calendar')}</button></div>${o.open ? picker(...o.open) : ''}`,
    o,
  )}</div>`;

function select(
  id: string,
  label: string,
  chosen: string[],
  options: string[],
  o: { multi?: boolean; open?: boolean; placeholder?: string; required?: boolean; filter?: string } = {},
) {
  const aria = chosen.length
    ? `${label}. Selected option &quot;${chosen[0]}&quot;${chosen[1] ? ` and &quot;${chosen[1]}&quot;` : ''}`
    : `${label}. ${o.placeholder ?? ''}. 0 options selected.`;
  const labels = (chosen.length ? chosen : [o.placeholder ?? ''])
    .map((c) => `<span class="${S('dropdownButtonOption')}">${c}</span>`)
    .join('');
  const list = o.open
    ? options
        .map(
          (v, i) =>
            `<li class="${S('listItem')} ${S('selectableListItem')} ${S('singleSelectListItem')}${chosen.includes(v) ? ` ${S('selected')}` : ''}" role="option" aria-selected="${chosen.includes(v)}" aria-disabled="false" tabindex="-1" id="${id}-${i}"><span class="${S('singleSelectListItemLabel')}">${v}${chosen.includes(v) ? `<span>${svg('check')}</span>` : ''}</span></li>`,
        )
        .join('')
    : '';
  const hasInput = o.filter !== undefined;
  const filterInput =
    hasInput && o.open
      ? `<div class="${T('root')} ${S('searchOrFilterInput')}"><label id="${id}-input-label" for="${id}-input" class="FieldLabel-module_label__2nUkk ">Clear filter</label><div class="${T('inputWrapper')}"><input class="${T('input')} ${T('hasClearButton')}" id="${id}-input" type="text" placeholder="Type text to filter results with" aria-controls="${id}-list" aria-expanded="true" aria-labelledby="${id}-input-label ${id}-label" aria-haspopup="listbox" role="combobox" value="${o.filter}"><div class="${T('buttonWrapper')}"><button aria-label="Filter" class="${T('button')} ${T('clearButton')}" type="button">${svg('cross-circle')}</button></div></div></div>`
      : '';
  const tags =
    o.multi && chosen.length
      ? `<div class="${S('tagListContainer')}"><div id="${id}-tag-list" class="${S('tagList')}">${chosen
          .map(
            (c) =>
              `<div aria-label="Remove selection &quot;${c}&quot;." class="Tag-module_tag__3p1aE ${S('tag')} Tag-module_action__2X0aG" role="button" tabindex="0"><span>${c}</span>${svg('cross')}</div>`,
          )
          .join('')}</div></div>`
      : '';
  return `<div class="${S('wrapper')} ${S('root')}" id="${id}"><label class="FieldLabel-module_label__2nUkk " for="${id}-main-button" id="${id}-label">${label}${o.required ? indicator : ''}</label><div class="${S('selectAndListContainer')}${o.open ? ` ${S('open')}` : ''}"><div class="${S('selectedOptionsContainer')}"><button type="button" aria-controls="${hasInput ? `${id}-input` : `${id}-list`}" aria-expanded="${o.open ? 'true' : 'false'}" aria-haspopup="${hasInput ? 'dialog' : 'listbox'}" aria-invalid="false" aria-label="${aria}" class="${S('dropdownButton')} ${S('selectedOptions')}${chosen.length ? '' : ` ${S('placeholder')}`} ${S('spaceForOneDigit')}"${hasInput ? '' : ' role="combobox"'} id="${id}-main-button"><div aria-hidden="true" class="${S('labels')}">${labels}</div>${
    chosen.length > 1 ? `<span class="${S('count')}" aria-hidden="true"><span class="count">+1</span></span>` : ''
  }</button><button aria-hidden="true" class="${S('dropdownButton')} ${S('icon')} ${S('arrowButton')}" id="${id}-arrow-button" tabindex="-1" type="button">${svg('angle-down')}</button></div><div${o.open ? '' : ' aria-hidden="true"'} class="${S('listAndInputContainer')}" id="${id}-sl-container">${filterInput}<div class="${S('listContainer')}${o.open ? '' : ` ${S('hidden')}`}" style="max-height: 286px;"><ul aria-multiselectable="${o.multi ? 'true' : 'false'}" class="${S('list')}" id="${id}-list" role="listbox" tabindex="-1">${list}</ul></div></div></div>${tags}<div aria-live="polite" class="${S('screenReaderNotifications')}"></div></div>`;
}

const table = (caption: string, heads: [string, string][], rows: string[][]) =>
  `<div class="Table-module_container__1Ms0o" tabindex="0"><table class="Table-module_table__2fTQz"><caption class="Table-module_caption__1Ylnf"><span><b>${caption}</b></span></caption><thead><tr class="Table-module_headerRow__3mAYX">${heads
    .map(([, h]) => `<th scope="col">${h}</th>`)
    .join('')}</tr></thead><tbody class="Table-module_content__2uoB1">${rows
    .map((r, i) => `<tr>${r.map((c, j) => `<td data-testid="${heads[j]![0]}-${i}">${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table></div>`;

/** an Accordion; closed, its content stays in the DOM with `display: none` */
const accordion = (id: string, heading: string, body: string, open = false) =>
  `<div class="Accordion-module_accordion__3pD8l Accordion-module_m__1Hn0C" id="${id}"><div class="Accordion-module_accordionHeader__2sCzR"><div aria-level="2" id="${id}-heading" role="heading"><div aria-expanded="${open}" aria-labelledby="${id}-heading" class="Accordion-module_headingContainer__1Xr0Q" role="button" tabindex="0"><span class="Accordion-module_label__3xsqO">${heading}</span>${svg(open ? 'angle-up' : 'angle-down')}</div></div></div><div aria-labelledby="${id}-heading" class="Accordion-module_accordionContent__2QWvE" id="${id}-content" role="region"${open ? '' : ' style="display: none;"'}>${body}<button aria-label="Close ${heading}" class="Button-module_button__1cL4v Button-module_supplementary__2a3hP Accordion-module_closeButton__1rV0N" type="button"><span class="Button-module_label__3yZ8J">Close</span><div aria-hidden="true" class="Button-module_icon__2xZ1s">${svg('angle-up')}</div></button></div></div>`;

const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const CODES = ['M04.1', 'M06.1', 'M04.8'];
const form = (body: string) =>
  `<main id="main-content"><div class="container"><form>${body}<button type="submit" class="Button-module_button__1cL4v Button-module_primary__1nN5u"><span class="Button-module_label__3yZ8J">Send request</span></button></form></div></main>`;
const FI = { 'patient.dob': '14.3.1988', 'labs.crpDate': '2.11.2026' };
const THERAPY_HEADS: [string, string][] = [
  ['drug', 'Drug'],
  ['dose', 'Dose'],
  ['start', 'Start date'],
  ['stop', 'Stop date'],
  ['outcome', 'Outcome'],
];

describe('Helsinki Design System (hds-react): TextInput, DateInput, Select, Table, Accordion', () => {
  // misread: drug.name, drug.frequency and diagnosis.codes.0 read "" (everything else right): the Select's main button
  // (role=combobox) draws its chosen options in `div.labels[aria-hidden]`, text the reader skips as hidden, and the
  // choice is left only in its aria-label ('Drug name. Selected option "Ilaris (canakinumab)"')
  it.fails('reads the full Ilaris request, dates as DateInput shows them (d.M.yyyy)', () => {
    page(
      form(
        `<h2>Member</h2>${textInput('memberId', 'Member ID', ILARIS['patient.memberId'], { required: true })}${dateInput('dob', 'Date of birth', FI['patient.dob'])}${textInput('weight', 'Weight (kg)', '72', { type: 'number' })}
        <h2>Diagnosis</h2>${select('icd', 'ICD-10 codes', ['M04.1', 'M06.1'], CODES, { multi: true, placeholder: 'Choose codes' })}
        <h2>Medication</h2>${select('drug', 'Drug name', [ILARIS['drug.name']], DRUGS)}${textInput('hcpcs', 'HCPCS code', 'J0638')}${textInput('ndc', 'NDC', ILARIS['drug.ndc'], { helper: 'Format 12345-6789-01' })}${textInput('dose', 'Dose (mg)', '150', { type: 'number' })}${textInput('units', 'Billing units', '150', { type: 'number' })}${select('freq', 'Frequency', ['Every 4 weeks'], FREQ)}
        <h2>Labs</h2>${textInput('crp', 'CRP (mg/L)', '24', { type: 'number' })}${dateInput('crpDate', 'CRP collection date', FI['labs.crpDate'])}
        <h2>Prior therapies</h2>${table('Prior therapies', THERAPY_HEADS, THERAPY_ROWS)}
        <h2>Prescriber</h2>${textInput('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true })}`,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...FI, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  it('names a required TextInput by its label without the indicator, not the error or helper of the field before', () => {
    page(
      form(
        `${textInput('memberId', 'Member ID', '', { required: true, error: 'Member ID is required', helper: 'As on the insurance card' })}${textInput('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  // misread: drug.name reads "" (the chosen "Kineret (anakinra)" is drawn only in the button's aria-hidden
  // `div.labels`; its aria-label names it as 'Drug name. Selected option "Kineret (anakinra)"')
  it.fails('reads a closed single Select by its chosen option, and an empty one showing its placeholder as empty', () => {
    page(
      form(
        `${select('drug', 'Drug name', ['Kineret (anakinra)'], DRUGS)}${select('freq', 'Frequency', [], FREQ, { placeholder: 'Choose one' })}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': 'Kineret (anakinra)', 'drug.frequency': '' });
  });

  // misread: drug.frequency reads "" (chosen text only in the aria-hidden `div.labels` of the main button; nothing is
  // taken from the open listbox, rightly)
  it.fails('reads an open Select by its chosen option, and nothing from its open list', () => {
    page(
      form(
        `${select('freq', 'Frequency', ['Every 8 weeks'], FREQ, { open: true })}${textInput('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('[role="listbox"]');
  });

  // misread: diagnosis.codes.0 reads "" (the chosen codes are drawn in the button's aria-hidden `div.labels` and
  // again as removable tags after the widget's box, neither read; no "+1" and no duplicate path, rightly)
  it.fails('reads a multiselect as its chosen codes once: not its "+1" count, nor again from its removable tags', () => {
    page(
      form(
        `${select('icd', 'ICD-10 codes', ['M04.1', 'M06.1'], CODES, { multi: true, placeholder: 'Choose codes' })}${textInput('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
    noDuplicatePaths();
  });

  it("reads a DateInput with its picker open, and nothing from the picker's month and year selects or day buttons", () => {
    page(
      form(
        `${dateInput('dob', 'Date of birth', FI['patient.dob'], { open: [2, 1988, 14] })}${dateInput('crpDate', 'CRP collection date', '')}${textInput('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'patient.dob': FI['patient.dob'], 'labs.crpDate': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('[class*="hds-datepicker"]');
  });

  it('takes nothing from a Table of previous requests beside the form', () => {
    const past = table(
      'Previous requests',
      [
        ['submitted', 'Submitted'],
        ['drug', 'Drug'],
        ['dose', 'Dose'],
        ['decision', 'Decision'],
      ],
      [
        ['3.2.2025', 'Kineret (anakinra)', '100 mg', 'Approved'],
        ['20.9.2025', 'Ilaris (canakinumab)', '300 mg', 'Denied'],
      ],
    );
    page(
      `<h2>Your requests</h2>${past}${form(`<h2>New request</h2>${textInput('drug', 'Drug name', ILARIS['drug.name'])}${textInput('dose', 'Dose (mg)', '150', { type: 'number' })}`)}`,
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.dose': '150' });
  });

  it('reads a read-only TextInput (the member from the session) like any other', () => {
    page(
      form(
        `${textInput('memberId', 'Member ID', ILARIS['patient.memberId'], { readOnly: true, helper: 'From your login' })}${dateInput('dob', 'Date of birth', FI['patient.dob'])}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'patient.dob': FI['patient.dob'] });
  });

  // misread: drug.name reads "" (the chosen option only in the main button's aria-hidden `div.labels`); the filter box
  // in the open list ("Kin", labelled "Clear filter" as hds-react swaps its texts) is rightly no field
  it.fails('reads an open filtered Select by its chosen option, not the filter text typed into its list', () => {
    page(
      form(
        `${select('drug', 'Drug name', [ILARIS['drug.name']], ['Kineret (anakinra)'], { open: true, filter: 'Kin' })}${textInput('dose', 'Dose (mg)', '150', { type: 'number' })}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.dose': '150' });
    nothingFrom('[id$="-sl-container"]');
  });

  it('reads the request, and nothing from a closed Accordion holding the previous request', () => {
    const previous = `${textInput('prevDose', 'Dose (mg)', '100', { type: 'number' })}${textInput('prevNpi', 'Prescriber NPI', '1987654321')}`;
    page(
      form(
        `${accordion('accordion-1', 'Previous request (3.2.2025)', previous)}${textInput('dose', 'Dose (mg)', '150', { type: 'number' })}${textInput('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'drug.dose': '150', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('[id="accordion-1-content"]');
  });
});
