import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * WPForms (Lite 1.4.7.2: ineagu/wpforms@7bb8d0b2b975567b6484f50dde4c6077d2e2fafb, a copy of the
 * plugin: includes/class-frontend.php (container, field_container_open, field_label, field_error,
 * field_description, honeypot, foot), includes/fields/class-base.php (field_display_sublabel,
 * field_display_error), includes/fields/class-{text,number,name,select,checkbox,radio}.php,
 * assets/css/wpforms-full.css; Pro's Date / Time field (class-date-time.php, 1.5.x: datepicker and
 * date dropdowns) and Page Break field (1.9.4: progress indicator, pages) as stored in the code index):
 * - `div.wpforms-container.wpforms-container-full#wpforms-1` > `form#wpforms-form-1.wpforms-validate.wpforms-form`
 *   > `div.wpforms-field-container` of `div#wpforms-1-field_N-container.wpforms-field.wpforms-field-<type>
 *   [data-field-id]` > `label.wpforms-field-label[for=wpforms-1-field_N]` (+ `span.wpforms-required-label`
 *   " *") + the input `#wpforms-1-field_N` + `div.wpforms-field-description`.
 * - Name (first-last): `div.wpforms-field-row` > two `div.wpforms-field-row-block.wpforms-one-half`, the
 *   first box's id is the field's (the field label's `for` names it), the last's `…-last`, each followed by
 *   its `label.wpforms-field-sublabel.after[for]` ("First", "Last").
 * - Checkbox / radio: `ul#wpforms-1-field_N` (the field label's `for` names the list) of `li.choice-K.depth-1`
 *   (`wpforms-selected` when ticked) > input `#wpforms-1-field_N_K` + `label.wpforms-field-label-inline[for]`.
 * - Select: `option.placeholder[value=""][disabled]` first.
 * - Date (datepicker): `input.wpforms-field-date-time-date.wpforms-datepicker[data-date-format=m/d/Y]`, made a
 *   flatpickr (readonly, `flatpickr-input`) whose `div.flatpickr-calendar` is appended to body at init (month
 *   select, year number box, day spans), open or not. Date (dropdown): three selects `#wpforms-field_N-month`,
 *   `-day`, `-year` (classed `wpforms-field-date-time-date-month` …) each with a selected disabled placeholder
 *   ("MM", "DD", "YYYY"), `span.wpforms-field-date-time-date-sep` "/" between; the field label's `for`
 *   (`wpforms-1-field_N`) names no element then.
 * - Errors: jQuery Validate's `label.wpforms-error#wpforms-1-field_N-error[for]` after the input.
 * - Honeypot: `div.wpforms-field.wpforms-field-hp` after the fields (hidden by wpforms-full.css), labelled with
 *   a random word of Name, Phone, Comment, Message, Email, Website.
 * - Page Break: `div.wpforms-page-indicator.progress` (title, " - ", "Step N of M", progress bar) before the
 *   fields; `div.wpforms-page.wpforms-page-K[data-page]`, the pages after the first `style="display:none;"`
 *   until shown (the pages left behind hidden again), each ended by `div.wpforms-field-pagebreak` with its
 *   Previous/Next buttons.
 * - Section Divider (Pro): `div.wpforms-field-divider` > `h3` + `div.wpforms-field-description`.
 * - Dropdown, "modern" style: the select (`choicesjs-select`) made a Choices.js 9.0.1 widget
 *   (Choices-js/Choices@v9.0.1 src/scripts/templates.js, constants.js, components/wrapped-element.js
 *   conceal(), wrapped-select.js): `div.choices[data-type][role=listbox][aria-haspopup][aria-expanded=false]`
 *   (`tabindex=0` for select-one) > `div.choices__inner` > the select (hidden, `tabindex=-1`,
 *   `choices__input`, `data-choice=active`, its options replaced by the chosen items) + `div.choices__list
 *   --single|--multiple` of `div.choices__item[data-item][aria-selected=true]` (multiple: ending in
 *   `button.choices__button` "Remove item") (+ multiple: `input.choices__input--cloned[role=textbox]`), then the
 *   closed `div.choices__list--dropdown[aria-expanded=false]` > `div.choices__list[role=listbox]` of
 *   `div.choices__item--choice[role=option]` (the chosen one `is-selected`; a multiple's chosen ones left out,
 *   the first left `is-highlighted`).
 */

const req = ' <span class="wpforms-required-label">*</span>';
const box = (id: number, type: string, inner: string, style = '') =>
  `<div id="wpforms-1-field_${id}-container" class="wpforms-field wpforms-field-${type}" data-field-id="${id}"${style}>${inner}</div>`;
const lbl = (id: number, text: string, required = true) =>
  `<label class="wpforms-field-label" for="wpforms-1-field_${id}">${text}${required ? req : ''}</label>`;
const desc = (text?: string) => (text ? `<div class="wpforms-field-description">${text}</div>` : '');

type TextOpts = { type?: 'text' | 'number'; description?: string; error?: string; placeholder?: string };
function text(id: number, label: string, value: string, o: TextOpts = {}): string {
  const input = `<input type="${o.type ?? 'text'}" id="wpforms-1-field_${id}" class="wpforms-field-medium wpforms-field-required${o.error ? ' wpforms-error' : ''}" name="wpforms[fields][${id}]" value="${value}"${o.placeholder ? ` placeholder="${o.placeholder}"` : ''} required${o.error ? ' aria-invalid="true"' : ''}>`;
  const error = o.error
    ? `<label id="wpforms-1-field_${id}-error" class="wpforms-error" for="wpforms-1-field_${id}">${o.error}</label>`
    : '';
  return box(id, o.type ?? 'text', `${lbl(id, label)}${input}${error}${desc(o.description)}`);
}

const name = (id: number, label: string, first: string, last: string) =>
  box(
    id,
    'name',
    `${lbl(id, label)}<div class="wpforms-field-row wpforms-field-medium"><div class="wpforms-field-row-block wpforms-first wpforms-one-half"><input type="text" id="wpforms-1-field_${id}" class="wpforms-field-name-first wpforms-field-required" name="wpforms[fields][${id}][first]" value="${first}" required><label for="wpforms-1-field_${id}" class="wpforms-field-sublabel after ">First</label></div><div class="wpforms-field-row-block wpforms-one-half"><input type="text" id="wpforms-1-field_${id}-last" class="wpforms-field-name-last wpforms-field-required" name="wpforms[fields][${id}][last]" value="${last}" required><label for="wpforms-1-field_${id}-last" class="wpforms-field-sublabel after ">Last</label></div></div>`,
  );

const select = (id: number, label: string, chosen: string, options: string[], placeholder: string) =>
  box(
    id,
    'select',
    `${lbl(id, label)}<select name="wpforms[fields][${id}]" id="wpforms-1-field_${id}" class="wpforms-field-medium wpforms-field-required" required><option value="" class="placeholder" disabled${chosen ? '' : ' selected'}>${placeholder}</option>${options
      .map((v) => `<option value="${v}"${v === chosen ? ' selected' : ''}>${v}</option>`)
      .join('')}</select>`,
  );

const choices = (id: number, type: 'checkbox' | 'radio', label: string, chosen: string[], options: string[]) =>
  box(
    id,
    type,
    `${lbl(id, label)}<ul id="wpforms-1-field_${id}" class="wpforms-field-required">${options
      .map((v, i) => {
        const on = chosen.includes(v);
        return `<li class="choice-${i + 1} depth-1${on ? ' wpforms-selected' : ''}"><input type="${type}" id="wpforms-1-field_${id}_${i + 1}" name="wpforms[fields][${id}]${type === 'checkbox' ? '[]' : ''}" value="${v}"${on ? ' checked' : ''} required><label class="wpforms-field-label-inline" for="wpforms-1-field_${id}_${i + 1}">${v}</label></li>`;
      })
      .join('')}</ul>`,
  );

/** a Date field drawn as a flatpickr datepicker */
const datepicker = (id: number, label: string, value: string) =>
  box(
    id,
    'date-time',
    `${lbl(id, label)}<input type="text" id="wpforms-1-field_${id}" class="wpforms-field-date-time-date wpforms-datepicker wpforms-field-required wpforms-field-medium flatpickr-input" data-date-format="m/d/Y" name="wpforms[fields][${id}][date]" value="${value}" required readonly="readonly">`,
  );

/** a Date field drawn as month, day and year dropdowns (m/d/Y) */
function dropdowns(id: number, label: string, m = 0, d = 0, y = 0): string {
  const sel = (part: string, key: string, ph: string, values: number[], v: number) =>
    `<select name="wpforms[fields][${id}][date][${key}]" id="wpforms-field_${id}-${part}" class="wpforms-field-date-time-date-${part} wpforms-field-required" required><option class="placeholder"${v ? '' : ' selected'} disabled>${ph}</option>${values
      .map((n) => `<option value="${n}"${n === v ? ' selected' : ''}>${n}</option>`)
      .join('')}</select>`;
  const range = (a: number, b: number) => Array.from({ length: Math.abs(b - a) + 1 }, (_, i) => (a < b ? a + i : a - i));
  const sep = '<span class="wpforms-field-date-time-date-sep">/</span>';
  return box(
    id,
    'date-time',
    `${lbl(id, label)}${sel('month', 'm', 'MM', range(1, 12), m)}${sep}${sel('day', 'd', 'DD', range(1, 31), d)}${sep}${sel('year', 'y', 'YYYY', range(2026, 1920), y)}`,
  );
}

/** a "modern" Dropdown field: the select drawn over by Choices.js */
function modern(id: number, label: string, chosen: string[], options: string[], multiple = false): string {
  const items = chosen
    .map(
      (v, i) =>
        `<div class="choices__item choices__item--selectable" data-item="" data-id="${i + 1}" data-value="${v}" data-custom-properties="null" aria-selected="true"${multiple ? ' data-deletable=""' : ''}>${v}${multiple ? `<button type="button" class="choices__button" aria-label="Remove item: '${v}'" data-button="">Remove item</button>` : ''}</div>`,
    )
    .join('');
  const listed = options.filter((v) => !multiple || !chosen.includes(v));
  const choices = listed
    .map(
      (v, i) =>
        `<div id="choices--wpforms-1-field_${id}-item-choice-${i + 1}" class="choices__item choices__item--choice${chosen.includes(v) ? ' is-selected' : ''} choices__item--selectable${i === 0 ? ' is-highlighted' : ''}" role="option" data-choice="" data-id="${i + 1}" data-value="${v}" data-select-text="Press to select" data-choice-selectable=""${i === 0 ? ' aria-selected="true"' : ''}>${v}</div>`,
    )
    .join('');
  const native = `<select name="wpforms[fields][${id}]${multiple ? '[]' : ''}" id="wpforms-1-field_${id}" class="wpforms-field-medium wpforms-field-required choicesjs-select choices__input"${multiple ? ' multiple' : ''} required data-search-enabled="" hidden="" tabindex="-1" data-choice="active">${chosen.map((v) => `<option value="${v}" selected>${v}</option>`).join('')}</select>`;
  return box(
    id,
    'select',
    `${lbl(id, label)}<div class="choices" data-type="select-${multiple ? 'multiple' : 'one'}"${multiple ? '' : ' tabindex="0"'} role="listbox" aria-haspopup="true" aria-expanded="false"><div class="choices__inner">${native}<div class="choices__list choices__list--${multiple ? 'multiple' : 'single'}">${items}</div>${multiple ? `<input type="text" class="choices__input choices__input--cloned" autocomplete="off" autocapitalize="off" spellcheck="false" role="textbox" aria-autocomplete="list" aria-label="${label}">` : ''}</div><div class="choices__list choices__list--dropdown" aria-expanded="false"><div class="choices__list"${multiple ? ' aria-multiselectable="true"' : ''} role="listbox">${choices}</div></div></div>`,
  ).replace('class="wpforms-field wpforms-field-select"', 'class="wpforms-field wpforms-field-select wpforms-field-select-style-modern"');
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** the calendar flatpickr appends to body for each datepicker (`open` adds the class flatpickr shows it by) */
const calendar = (month: number, year: number, day: number, open = false) =>
  `<div class="flatpickr-calendar animate${open ? ' open arrowTop arrowLeft' : ''}" tabindex="-1"><div class="flatpickr-months"><span class="flatpickr-prev-month"><svg version="1.1" viewBox="0 0 17 17"><g></g><path d="M5.207 8.471l7.146 7.147-0.707 0.707-7.853-7.854 7.854-7.853 0.707 0.707-7.147 7.146z"></path></svg></span><div class="flatpickr-month"><div class="flatpickr-current-month"><select class="flatpickr-monthDropdown-months" aria-label="Month" tabindex="-1">${months
    .map(
      (mo, i) => `<option class="flatpickr-monthDropdown-month" value="${i}" tabindex="-1"${i === month ? ' selected' : ''}>${mo}</option>`,
    )
    .join(
      '',
    )}</select><div class="numInputWrapper"><input class="numInput cur-year" type="number" tabindex="-1" aria-label="Year" value="${year}"><span class="arrowUp"></span><span class="arrowDown"></span></div></div></div><span class="flatpickr-next-month"><svg version="1.1" viewBox="0 0 17 17"><g></g><path d="M13.207 8.472l-7.854 7.854-0.707-0.707 7.146-7.146-7.146-7.148 0.707-0.707 7.854 7.854z"></path></svg></span></div><div class="flatpickr-innerContainer"><div class="flatpickr-rContainer"><div class="flatpickr-weekdays"><div class="flatpickr-weekdaycontainer"><span class="flatpickr-weekday">Sun</span><span class="flatpickr-weekday">Mon</span><span class="flatpickr-weekday">Tue</span></div></div><div class="flatpickr-days" tabindex="-1"><div class="dayContainer">${[
    day - 1,
    day,
    day + 1,
  ]
    .map(
      (d) =>
        `<span class="flatpickr-day${d === day ? ' selected' : ''}" aria-label="${months[month]} ${d}, ${year}" tabindex="-1">${d}</span>`,
    )
    .join('')}</div></div></div></div></div>`;

const divider = (id: number, title: string, description = '') =>
  `<div id="wpforms-1-field_${id}-container" class="wpforms-field wpforms-field-divider" data-field-id="${id}"><h3 id="wpforms-1-field_${id}" name="wpforms[fields][${id}]">${title}</h3>${desc(description)}</div>`;

const honeypot = (word: string) =>
  `<div class="wpforms-field wpforms-field-hp"><label for="wpforms-field_hp" class="wpforms-field-label">${word}</label><input type="text" name="wpforms[hp]" id="wpforms-field_hp" class="wpforms-field-medium"></div>`;

const wpform = (fields: string, o: { before?: string; after?: string; tail?: string } = {}) =>
  `<div class="wpforms-container wpforms-container-full" id="wpforms-1"><form id="wpforms-form-1" class="wpforms-validate wpforms-form" data-formid="1" method="post" enctype="multipart/form-data" action="/prior-auth/" novalidate="novalidate">${o.before ?? ''}<div class="wpforms-field-container">${fields}</div>${o.after ?? ''}<div class="wpforms-submit-container"><input type="hidden" name="wpforms[id]" value="1"><input type="hidden" name="wpforms[author]" value="1"><input type="hidden" name="wpforms[post_id]" value="12"><button type="submit" name="wpforms[submit]" class="wpforms-submit" id="wpforms-submit-1" value="wpforms-submit" aria-live="assertive" data-alt-text="Sending..." data-submit-text="Submit">Submit</button></div></form></div>${o.tail ?? ''}`;

const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const CODES = ['M04.1', 'M06.1', 'M04.8'];
const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];

const therapy = (i: 0 | 1, id: number) =>
  `${divider(id, `Prior therapy ${i + 1}`)}${text(id + 1, 'Drug', THERAPIES[`priorTherapies.${i}.drug`])}${text(id + 2, 'Dose', THERAPIES[`priorTherapies.${i}.dose`])}${datepicker(id + 3, 'Start date', THERAPIES[`priorTherapies.${i}.start`])}${datepicker(id + 4, 'Stop date', THERAPIES[`priorTherapies.${i}.stop`])}${text(id + 5, 'Outcome', THERAPIES[`priorTherapies.${i}.outcome`])}`;

const member = () =>
  `${divider(1, 'Member')}${name(2, 'Patient name', 'Jordan', 'Sample')}${text(3, 'Member ID', ILARIS['patient.memberId'], { description: 'As printed on the member card' })}${datepicker(4, 'Date of birth', ILARIS['patient.dob'])}${text(5, 'Weight (kg)', '72', { type: 'number' })}`;
const medication = () =>
  `${divider(6, 'Medication')}${select(7, 'Drug name', ILARIS['drug.name'], DRUGS, 'Choose a drug')}${text(8, 'HCPCS code', ILARIS['drug.hcpcs'])}${text(9, 'NDC', ILARIS['drug.ndc'])}${text(10, 'Dose (mg)', '150', { type: 'number' })}${text(11, 'Billing units', '150', { type: 'number' })}${choices(12, 'radio', 'Frequency', ['Every 4 weeks'], FREQ)}${choices(13, 'checkbox', 'ICD-10 codes', ['M04.1', 'M06.1'], CODES)}`;
const labs = () =>
  `${divider(14, 'Labs')}${text(15, 'CRP (mg/L)', '24', { type: 'number' })}${datepicker(16, 'CRP collection date', ILARIS['labs.crpDate'])}`;
const prescriber = () => `${divider(40, 'Prescriber')}${text(41, 'Prescriber NPI', ILARIS['prescriber.npi'])}`;

const FULL = {
  ...ILARIS,
  ...THERAPIES,
  'patient.name': 'Jordan Sample',
  'diagnosis.codes.0': 'M04.1, M06.1',
  'drug.frequency': 'Every 4 weeks',
};

describe('WPForms: field containers, Name, choices, Date / Time, Page Break', () => {
  // misread: the empty honeypot is read as prescriber.phone (see the honeypot test)
  it.fails('reads the full Ilaris request, and nothing from the flatpickr calendars or the honeypot', () => {
    page(
      wpform(`${member()}${medication()}${labs()}${therapy(0, 20)}${therapy(1, 30)}${prescriber()}`, {
        after: honeypot('Phone'),
        tail: `${calendar(2, 1988, 14)}${calendar(10, 2026, 2)}${calendar(0, 2026, 5)}${calendar(5, 2026, 30)}${calendar(6, 2026, 1)}${calendar(8, 2026, 15)}`,
      }),
    );
    expect(read()).toEqual(FULL);
    noDuplicatePaths();
    nothingFrom('.flatpickr-calendar');
    nothingFrom('.wpforms-field-hp');
  });

  it('reads a Name field as one name, its label naming the first box and the sublabels after each box', () => {
    page(wpform(`${name(2, 'Patient name', 'Jordan', 'Sample')}${text(3, 'Member ID', ILARIS['patient.memberId'])}`));
    expect(read()).toEqual({ 'patient.name': 'Jordan Sample', 'patient.memberId': ILARIS['patient.memberId'] });
    noDuplicatePaths();
  });

  it('reads a Date field drawn as MM / DD / YYYY dropdowns as the date, and unchosen dropdowns as empty', () => {
    page(wpform(`${dropdowns(4, 'Date of birth', 3, 14, 1988)}${dropdowns(16, 'CRP collection date')}`));
    expect(read()).toEqual({ 'patient.dob': '3/14/1988', 'labs.crpDate': '' });
  });

  it('reads datepicker inputs, and nothing from an open calendar showing another month and day', () => {
    page(
      wpform(`${datepicker(4, 'Date of birth', ILARIS['patient.dob'])}${datepicker(16, 'CRP collection date', '')}`, {
        tail: `${calendar(2, 1988, 14)}${calendar(9, 2026, 28, true)}`,
      }),
    );
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': '' });
    expect(field('labs.crpDate')?.label).toContain('CRP collection date');
    nothingFrom('.flatpickr-calendar');
  });

  it('reads a checkbox list as its ticked codes and a radio list as its chosen frequency', () => {
    page(
      wpform(
        `${choices(12, 'radio', 'Frequency', ['Every 8 weeks'], FREQ)}${choices(13, 'checkbox', 'ICD-10 codes', ['M04.1', 'M06.1'], CODES)}`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads "modern" (Choices.js) dropdowns as their chosen drug and codes, and nothing from their closed choice lists', () => {
    page(wpform(`${modern(7, 'Drug name', [ILARIS['drug.name']], DRUGS)}${modern(13, 'ICD-10 codes', ['M04.1', 'M06.1'], CODES, true)}`));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'diagnosis.codes.0': 'M04.1, M06.1' });
    noDuplicatePaths();
    nothingFrom('.choices__list--dropdown');
  });

  it('reads choice lists with nothing ticked, and a select showing its disabled placeholder, as empty', () => {
    page(
      wpform(
        `${select(7, 'Drug name', '', DRUGS, 'Choose a drug')}${choices(12, 'radio', 'Frequency', [], FREQ)}${choices(13, 'checkbox', 'ICD-10 codes', [], CODES)}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': '', 'drug.frequency': '', 'diagnosis.codes.0': '' });
  });

  it('reads fields showing validation errors by their own labels, the error text naming nothing', () => {
    page(
      wpform(
        `${text(3, 'Member ID', '', { error: 'This field is required.' })}${text(10, 'Dose (mg)', '150', { type: 'number' })}${text(41, 'Prescriber NPI', '123456789', { error: 'Please enter a valid NPI.' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'drug.dose': '150', 'prescriber.npi': '123456789' });
    expect(field('prescriber.npi')?.label).toContain('Prescriber NPI');
  });

  it('reads prior therapies under Section Dividers titled "Prior therapy 1" and "Prior therapy 2"', () => {
    page(wpform(`${therapy(0, 20)}${therapy(1, 30)}`, { tail: `${calendar(0, 2026, 5)}${calendar(5, 2026, 30)}` }));
    expect(read()).toEqual(THERAPIES);
  });

  it('reads a multi-page form on its last step, the pages left behind hidden, and nothing from the progress indicator', () => {
    const indicator = `<div class="wpforms-page-indicator progress" data-indicator="progress" data-indicator-color="#066aab"><span class="wpforms-page-indicator-page-title" data-page-1-title="Member" data-page-2-title="Medication" data-page-3-title="Labs and prescriber" style="display: inline;">Labs and prescriber</span><span class="wpforms-page-indicator-page-title-sep" style="display: inline;"> - </span><span class="wpforms-page-indicator-steps">Step <span class="wpforms-page-indicator-steps-current">3</span> of 3</span><div class="wpforms-page-indicator-page-progress-wrap"><div class="wpforms-page-indicator-page-progress" style="width: 100%; background-color: #066aab;"></div></div></div>`;
    const brk = (id: number, p: number, prev: boolean, next: boolean) =>
      `<div id="wpforms-1-field_${id}-container" class="wpforms-field wpforms-field-pagebreak" data-field-id="${id}"><div class="wpforms-clear wpforms-pagebreak-left">${prev ? `<button class="wpforms-page-button wpforms-page-prev" data-action="prev" data-page="${p}" data-formid="1">Previous</button>` : ''}${next ? `<button class="wpforms-page-button wpforms-page-next" data-action="next" data-page="${p}" data-formid="1">Next</button>` : ''}</div></div>`;
    page(
      wpform(
        `<div class="wpforms-page wpforms-page-1" data-page="1" style="display: none;">${member()}${brk(50, 1, false, true)}</div><div class="wpforms-page wpforms-page-2" data-page="2" style="display: none;">${medication()}${brk(51, 2, true, true)}</div><div class="wpforms-page wpforms-page-3 last" data-page="3" style="">${labs()}${therapy(0, 20)}${therapy(1, 30)}${prescriber()}</div>`,
        { before: indicator },
      ),
    );
    expect(read()).toEqual(FULL);
    noDuplicatePaths();
    nothingFrom('.wpforms-page-indicator');
  });

  // misread: the honeypot's empty box is read as prescriber.phone (labelled "Phone", in the "Prescriber"
  // section; hidden only by wpforms-full.css)
  it.fails('claims nothing for the hidden honeypot box labelled "Phone" after the prescriber fields', () => {
    page(wpform(`${prescriber()}`, { after: honeypot('Phone') }));
    expect(read()).toEqual({ 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.wpforms-field-hp');
  });
});
