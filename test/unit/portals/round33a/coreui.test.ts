import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPY_ROWS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * CoreUI 5 (coreui/coreui 5.9.0 at c252352: Bootstrap 5's `.form-floating`, input after label-less
 * placeholder and `label[for]` after the input, as docs/src/content/docs/forms/floating-labels.mdx) and
 * CoreUI PRO 5.27.1 (coreui/coreui-pro at 9077767, public: js/src/multi-select.js, date-range-picker.js +
 * date-picker.js, calendar.js, chip-input.js + chip-set.js + chip.js, docs/src/content/docs/forms/*.mdx):
 * - Multi Select on `select[multiple][data-coreui-multi-select]`: a `div.form-multi-select` wrapper takes the
 *   select's place (copying its classes) and the select is prepended inside it (tabindex -1, id and name kept;
 *   hidden by the stylesheet as an invisible overlay); then `div.form-multi-select-input-group[role=combobox]
 *   [aria-expanded][aria-haspopup=listbox][aria-controls=<id>-listbox]` (tabindex 0 without search) >
 *   `div.form-multi-select-selection[aria-live=polite]` (selectionType "tags": `.form-multi-select-selection-tags`
 *   of `div.form-multi-select-tag[data-value]` text + `button.form-multi-select-tag-delete[aria-label="Remove X"]`;
 *   "counter": the text "N item(s) selected"; single: the option's text; nothing chosen and no search:
 *   `span.form-multi-select-placeholder` "Select..."), the search `input.form-multi-select-search#search-<id>
 *   [aria-label=Search][aria-autocomplete=list]` appended in it when search is on (a single select with search
 *   shows its choice only as this input's placeholder), `div.form-multi-select-buttons` (cleaner, indicator);
 *   then, in the wrapper (container false), `div.form-multi-select-dropdown` > header `button.form-multi-select-all`
 *   "Select all" + `div.form-multi-select-options[role=listbox][id=<id>-listbox][aria-multiselectable]` of
 *   `div.form-multi-select-option.form-multi-select-option-with-checkbox[role=option][aria-selected][tabindex=0]`
 *   (chosen: `form-multi-selected`). Open, the wrapper is classed `show` and the toggler aria-expanded.
 * - Date Picker on `div[data-coreui-toggle=date-picker]`: the div (keeping its id) gets `date-picker` and holds
 *   `div.date-picker-input-group` > `div.date-picker-input-wrapper` > `input.date-picker-input[autocomplete=off]
 *   [placeholder="Select date"][name=date-picker-<id>]` + the hover preview `input.date-picker-input.date-picker-input-preview
 *   [readonly][tabindex=-1][style=display:none]`, `div.date-picker-indicator[tabindex=0]`, `div.date-picker-cleaner`;
 *   then its `div.date-picker-dropdown` (always in the DOM; shown with the picker's `show`) > `div.date-picker-body`
 *   > `div.date-picker-calendars` > `div.date-picker-calendar.calendars` > `div.calendar` > `div.calendar-nav`
 *   (prev/next buttons, month and year buttons) + `table` of `th.calendar-cell[abbr]` and `tr.calendar-row` >
 *   `td.calendar-cell[tabindex][aria-label][data-coreui-date] > div.calendar-cell-inner.day`.
 * - Chip Input on `div.chip-input[data-coreui-chip-input]`: `label.chip-input-label[for]`, `span.chip[tabindex=0]`
 *   each with `button.chip-remove[aria-label="Remove X"][tabindex=-1] > svg`, the created `input.chip-input-field#<for>`,
 *   and a hidden input holding the values joined ",".
 */

const floating = (id: string, label: string, value: string, o: { help?: string; invalid?: string } = {}) =>
  `<div class="form-floating mb-3"><input type="text" class="form-control${o.invalid ? ' is-invalid' : ''}" id="${id}" placeholder="${label}" value="${value}"><label for="${id}">${label}</label>${
    o.invalid ? `<div class="invalid-feedback">${o.invalid}</div>` : ''
  }</div>${o.help ? `<div class="form-text">${o.help}</div>` : ''}`;

type Ms = {
  id: string;
  label: string;
  chosen: string[];
  options: string[];
  single?: boolean;
  search?: boolean;
  typed?: string;
  counter?: boolean;
  open?: boolean;
  /** the label written with no `for` (as most docs examples leave it) */
  bareLabel?: boolean;
};
const multiSelect = (m: Ms) => {
  const multiple = !m.single;
  const tag = (t: string) =>
    `<div class="form-multi-select-tag" data-value="${t}">${t}<button type="button" class="form-multi-select-tag-delete" aria-label="Remove ${t}"></button></div>`;
  const search = m.search
    ? `<input class="form-multi-select-search" id="search-${m.id}" name="search-${m.id}" aria-label="Search" aria-autocomplete="list" aria-controls="${m.id}-listbox" size="${Math.max((m.typed ?? '').length, 2)}"${
        !multiple && m.chosen.length ? ` placeholder="${m.chosen[0]}"` : m.chosen.length ? '' : ' placeholder="Select..."'
      } value="${m.typed ?? ''}">`
    : '';
  const selection =
    !m.chosen.length && !m.search
      ? '<span class="form-multi-select-placeholder">Select...</span>'
      : m.counter && !m.search
        ? `${m.chosen.length} item(s) selected`
        : !multiple
          ? m.search
            ? ''
            : m.chosen[0]
          : m.chosen.map(tag).join('');
  const tags = multiple && !m.counter;
  return `<label class="form-label"${m.bareLabel ? '' : ` for="${m.id}"`}>${m.label}</label><div class="form-multi-select${m.open ? ' show' : ''}"><select class="form-multi-select" id="${m.id}" name="${m.id}"${multiple ? ' multiple=""' : ''} data-coreui-multi-select=""${m.single ? ' data-coreui-multiple="false"' : ''}${
    m.search ? ' data-coreui-search="true"' : ''
  }${m.counter ? ' data-coreui-selection-type="counter"' : ''} tabindex="-1">${m.options
    .map((o) => `<option value="${o}"${m.chosen.includes(o) ? ' selected="selected"' : ''}>${o}</option>`)
    .join(
      '',
    )}</select><div class="form-multi-select-input-group" role="combobox" aria-expanded="${!!m.open}" aria-haspopup="listbox" aria-controls="${m.id}-listbox"${
    m.search ? '' : ' tabindex="0"'
  }><div class="form-multi-select-selection${tags ? ' form-multi-select-selection-tags' : ''}" aria-live="polite">${selection}${search}</div><div class="form-multi-select-buttons">${
    m.chosen.length ? '<button type="button" class="form-multi-select-cleaner" aria-label="Clear all selections"></button>' : ''
  }<button type="button" class="form-multi-select-indicator" aria-label="Toggle visibility of options menu"></button></div></div><div class="form-multi-select-dropdown">${
    multiple
      ? '<div class="form-multi-select-dropdown-header"><button type="button" class="form-multi-select-all form-multi-select-all-with-checkbox">Select all</button></div>'
      : ''
  }<div class="form-multi-select-options" role="listbox" id="${m.id}-listbox"${multiple ? ' aria-multiselectable="true"' : ''}>${m.options
    .filter((o) => !m.typed || o.toLowerCase().includes(m.typed.toLowerCase()))
    .map(
      (o) =>
        `<div class="form-multi-select-option form-multi-select-option-with-checkbox${m.chosen.includes(o) ? ' form-multi-selected' : ''}" data-value="${o}" tabindex="0" role="option" aria-selected="${m.chosen.includes(o)}">${o}</div>`,
    )
    .join('')}</div></div></div>`;
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const datePicker = (id: string, label: string, value: string, o: { open?: boolean; preview?: string } = {}) => {
  const [m, d, y] = value ? value.split('/').map(Number) : [11, 2, 2026];
  const days = Array.from({ length: 7 }, (_, i) => i + 1);
  return `<label class="form-label" for="${id}">${label}</label><div id="${id}" data-coreui-locale="en-US" data-coreui-toggle="date-picker"${value ? ` data-coreui-date="${value}"` : ''} class="date-picker${o.open ? ' show' : ''}"${o.open ? ' aria-expanded="true"' : ''}><div class="date-picker-input-group"><div class="date-picker-input-wrapper"><input class="date-picker-input" autocomplete="off" placeholder="Select date" type="text" name="date-picker-${id}" value="${value}"><input class="date-picker-input date-picker-input-preview" type="text" readonly="" tabindex="-1" style="display: ${o.preview ? 'block' : 'none'};" value="${o.preview ?? ''}"></div><div class="date-picker-indicator" tabindex="0"></div><div class="date-picker-cleaner"></div></div><div class="date-picker-dropdown"><div class="date-picker-body"><div class="date-picker-calendars"><div class="date-picker-calendar calendars"><div class="calendar" data-coreui-calendar-index="0"><div class="calendar-nav"><div class="calendar-nav-prev"><button type="button" class="calendar-nav-btn btn-double-prev" aria-label="Previous year"><span class="calendar-nav-icon calendar-nav-icon-double-prev"></span></button><button type="button" class="calendar-nav-btn btn-prev" aria-label="Previous month"><span class="calendar-nav-icon calendar-nav-icon-prev"></span></button></div><div class="calendar-nav-date" aria-live="polite"><button type="button" class="calendar-nav-btn btn-sm btn-month">${MONTHS[m! - 1]}</button><button type="button" class="calendar-nav-btn btn-year">${y}</button></div><div class="calendar-nav-next"><button type="button" class="calendar-nav-btn btn-next" aria-label="Next month"><span class="calendar-nav-icon calendar-nav-icon-next"></span></button><button type="button" class="calendar-nav-btn btn-double-next" aria-label="Next year"><span class="calendar-nav-icon calendar-nav-icon-double-next"></span></button></div></div><table><thead><tr>${[
    'Su',
    'Mo',
    'Tu',
    'We',
    'Th',
    'Fr',
    'Sa',
  ]
    .map((w) => `<th class="calendar-cell" abbr="${w}"><div class="calendar-header-cell-inner">${w}</div></th>`)
    .join('')}</tr></thead><tbody><tr class="calendar-row" tabindex="-1">${days
    .map(
      (n) =>
        `<td class="calendar-cell${value && n === d ? ' selected' : ''}" tabindex="${value && n === d ? 0 : -1}"${value && n === d ? ' aria-selected="true"' : ''} aria-label="${MONTHS[m! - 1]} ${n}, ${y}" data-coreui-date="${new Date(y!, m! - 1, n).toString()}"><div class="calendar-cell-inner day">${n}</div></td>`,
    )
    .join('')}</tr></tbody></table></div></div></div></div></div></div>`;
};

const chipInput = (id: string, label: string, chips: string[], typed = '') =>
  `<div class="chip-input" data-coreui-chip-input="" data-coreui-name="${id}" data-coreui-placeholder="Add a code..." aria-disabled="false" aria-readonly="false"><label class="chip-input-label" for="${id}Input">${label}</label>${chips
    .map(
      (c) =>
        `<span class="chip" tabindex="0">${c}<button type="button" class="chip-remove" aria-label="Remove ${c}" tabindex="-1"><svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><line x1="4" y1="4" x2="12" y2="12"></line><line x1="12" y1="4" x2="4" y2="12"></line></svg></button></span>`,
    )
    .join(
      '',
    )}<input type="text" class="chip-input-field" id="${id}Input" placeholder="Add a code..." size="${Math.max(typed.length, 12)}" value="${typed}"><input type="hidden" id="chip-input${id}" name="${id}" value="${chips.join(',')}"></div>`;

const card = (title: string, body: string) =>
  `<div class="card mb-4"><div class="card-header">${title}</div><div class="card-body">${body}</div></div>`;
const col = (...cells: string[]) => `<div class="row g-3">${cells.map((c) => `<div class="col-md-6">${c}</div>`).join('')}</div>`;
const shell = (body: string) =>
  `<div class="wrapper d-flex flex-column min-vh-100"><header class="header header-sticky"><div class="container-fluid"><span class="header-brand">Payer portal</span></div></header><div class="body flex-grow-1"><div class="container-lg px-4"><form class="needs-validation">${body}<button class="btn btn-primary" type="submit">Submit request</button></form></div></div></div>`;

const therapyTable = () =>
  `<table class="table table-bordered"><thead><tr><th scope="col">Drug</th><th scope="col">Dose</th><th scope="col">Start date</th><th scope="col">Stop date</th><th scope="col">Outcome</th></tr></thead><tbody>${THERAPY_ROWS.map(
    (r, i) =>
      `<tr>${r.map((v, c) => `<td><input type="text" class="form-control form-control-sm" name="therapies[${i}][${c}]" value="${v}"></td>`).join('')}</tr>`,
  ).join('')}</tbody></table>`;

const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const CODES = ['M04.1', 'M06.1', 'M04.8'];

describe('CoreUI 5 / PRO: form-floating, Multi Select, Date Picker, Chip Input', () => {
  it('reads the full Ilaris request', () => {
    page(
      shell(
        card(
          'Member',
          col(floating('memberId', 'Member ID', ILARIS['patient.memberId']), datePicker('dob', 'Date of birth', ILARIS['patient.dob'])) +
            floating('weight', 'Weight (kg)', '72'),
        ) +
          card('Diagnosis', multiSelect({ id: 'codes', label: 'ICD-10 codes', chosen: ['M04.1', 'M06.1'], options: CODES })) +
          card(
            'Medication',
            col(floating('drugName', 'Drug name', ILARIS['drug.name']), floating('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])) +
              col(floating('ndc', 'NDC', ILARIS['drug.ndc']), floating('dose', 'Dose (mg)', '150')) +
              col(
                floating('units', 'Billing units', '150'),
                multiSelect({ id: 'frequency', label: 'Frequency', chosen: ['Every 4 weeks'], options: FREQ, single: true }),
              ),
          ) +
          card('Labs', col(floating('crp', 'CRP (mg/L)', '24'), datePicker('crpDate', 'CRP collection date', ILARIS['labs.crpDate']))) +
          card('Prior therapies', therapyTable()) +
          card('Prescriber', floating('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])),
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  it('names a floating input by its label after it, not its placeholder copy, help or invalid feedback', () => {
    page(
      shell(
        floating('memberId', 'Member ID', ILARIS['patient.memberId'], { help: 'As printed on the card' }) +
          floating('npi', 'Prescriber NPI', '12345', { invalid: 'NPI must be 10 digits' }),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': '12345' });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads a multi select as its tags once, nothing from its closed options list or "Select all"', () => {
    page(shell(multiSelect({ id: 'codes', label: 'ICD-10 codes', chosen: ['M04.1', 'M06.1'], options: CODES })));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 codes');
    nothingFrom('.form-multi-select-dropdown');
    noDuplicatePaths();
  });

  it('reads a multi select with nothing chosen ("Select..." shown) as empty', () => {
    page(shell(multiSelect({ id: 'codes', label: 'ICD-10 codes', chosen: [], options: CODES })));
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });

  it('reads an open searchable multi select as its tags, not the search typed in it', () => {
    page(
      shell(
        multiSelect({
          id: 'codes',
          label: 'ICD-10 codes',
          chosen: ['M04.1', 'M06.1'],
          options: CODES,
          search: true,
          typed: 'M04',
          open: true,
        }),
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads a single searchable select showing its choice only as the search placeholder as that choice', () => {
    page(shell(multiSelect({ id: 'frequency', label: 'Frequency', chosen: ['Every 8 weeks'], options: FREQ, single: true, search: true })));
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks' });
  });

  it('reads an open single searchable select as its choice, not the search being typed over it', () => {
    page(
      shell(
        floating('dose', 'Dose (mg)', '150') +
          multiSelect({
            id: 'frequency',
            label: 'Frequency',
            chosen: ['Every 4 weeks'],
            options: FREQ,
            single: true,
            search: true,
            typed: 'Every 8',
            open: true,
          }),
      ),
    );
    expect(read()).toEqual({ 'drug.dose': '150', 'drug.frequency': 'Every 4 weeks' });
  });

  it('reads date pickers by their input, named by the label for the picker div, nothing from the calendar kept in the DOM', () => {
    page(shell(col(datePicker('dob', 'Date of birth', ILARIS['patient.dob']), datePicker('crpDate', 'CRP collection date', ''))));
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': '' });
    nothingFrom('.date-picker-dropdown');
  });

  it('reads a chip input as its chips, not their remove buttons or its hidden mirror', () => {
    page(shell(floating('memberId', 'Member ID', ILARIS['patient.memberId']) + chipInput('codes', 'ICD-10 codes', ['M04.1', 'M06.1'])));
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'diagnosis.codes.0': 'M04.1, M06.1' });
    noDuplicatePaths();
  });

  it('reads a counter multi select whose label has no for as the codes chosen, not "2 item(s) selected"', () => {
    page(
      shell(
        multiSelect({ id: 'codes', label: 'ICD-10 codes', chosen: ['M04.1', 'M06.1'], options: CODES, counter: true, bareLabel: true }),
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads an open date picker as its chosen date, not the day hovered in its preview input', () => {
    page(
      shell(
        col(
          floating('memberId', 'Member ID', ILARIS['patient.memberId']),
          datePicker('dob', 'Date of birth', ILARIS['patient.dob'], { open: true, preview: '03/16/1988' }),
        ),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'patient.dob': ILARIS['patient.dob'] });
    noDuplicatePaths();
  });
});
