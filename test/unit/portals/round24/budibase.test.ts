import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Budibase 3 published app (Budibase/budibase, read through the stored index: packages/client/src/components/app/
 * forms/Field.svelte @ f41bb83; packages/bbui/src/Form/Core/TextField.svelte @ 1e09838, Picker.svelte @ 28fc050,
 * Multiselect.svelte @ db04ee8, DatePicker/FlatpickrDatePicker.svelte @ 38a2195; Popover/Popover.svelte @ 1c48277)
 * with Spectrum CSS, and flatpickr 4.6 for its DOM (altInput, the calendar appended to body):
 * - Field: `div.spectrum-Form-item.span-6.above` > `label.spectrum-FieldLabel.spectrum-FieldLabel--sizeM.spectrum-Form-itemLabel
 *   [for=<fieldId>]` + `div.spectrum-Form-itemField` > the control, then `div.error` (Alert icon + span) or
 *   `div.helpText` (HelpOutline icon + span).
 * - Text/number: `div.spectrum-Textfield > input.spectrum-Textfield-input#<fieldId>[type][inputmode][placeholder=""]`.
 * - Options (Select) and multi-select (Multiselect): the Picker `button#<fieldId>.spectrum-Picker.spectrum-Picker--sizeM
 *   [aria-haspopup=listbox]` > `span.spectrum-Picker-label` showing the choice, or the placeholder ("Choose an
 *   option", "Choose some options") classed `is-placeholder`; a multi-select shows "(2) M04.1, M06.1"; then the
 *   chevron svg. Open, the Popover is portalled: `div.spectrum-Popover.is-open[role=presentation][tabindex=0]` >
 *   `div.popover-content > ul.spectrum-Menu[role=listbox] > li.spectrum-Menu-item[role=option][aria-selected=true]`
 *   (every option says aria-selected="true"; the chosen one is classed is-selected).
 * - Date (enableTime off): `div.flatpickr.spectrum-InputGroup.spectrum-Datepicker[aria-haspopup=true]` >
 *   `div.spectrum-Textfield` > the original `input#<fieldId>[data-input]` turned by flatpickr's altInput into
 *   `type=hidden` holding "1988-03-14", and after it the visible `input.form-control.input[readonly]` (no id)
 *   showing altFormat "F j, Y" ("March 14, 1988"); then the calendar button. Each instance appends a closed
 *   `div.flatpickr-calendar` to body with its month select and year number input.
 */

let n = 0;
const fieldId = () => `id-7c1e${(++n).toString(16).padStart(4, '0')}`;
const spectrumIcon = (name: string) =>
  `<svg class="spectrum-Icon spectrum-Icon--sizeM" focusable="false" aria-hidden="true" aria-label="${name}"><use xlink:href="#spectrum-icon-18-${name}"></use></svg>`;
const chevron = `<svg class="spectrum-Icon spectrum-UIIcon-ChevronDown100 spectrum-Picker-menuIcon" focusable="false" aria-hidden="true"><use xlink:href="#spectrum-css-icon-Chevron100"></use></svg>`;
type Extra = { help?: string; error?: string };

const formItem = (id: string, label: string, control: string, o: Extra = {}) =>
  `<div class="spectrum-Form-item span-6 above"><label for="${id}" class="spectrum-FieldLabel spectrum-FieldLabel--sizeM spectrum-Form-itemLabel">${label}</label><div class="spectrum-Form-itemField">${control}${
    o.error
      ? `<div class="error">${spectrumIcon('Alert')}<span>${o.error}</span></div>`
      : o.help
        ? `<div class="helpText">${spectrumIcon('HelpOutline')} <span>${o.help}</span></div>`
        : ''
  }</div></div>`;

function text(label: string, value: string, o: Extra & { type?: 'text' | 'number'; disabled?: boolean } = {}) {
  const id = fieldId();
  const type = o.type ?? 'text';
  return formItem(
    id,
    label,
    `<div class="spectrum-Textfield${o.error ? ' is-invalid' : ''}${o.disabled ? ' is-disabled' : ''}">${o.error ? `<svg class="spectrum-Icon spectrum-Icon--sizeM spectrum-Textfield-validationIcon" focusable="false" aria-hidden="true"><use xlink:href="#spectrum-icon-18-Alert"></use></svg>` : ''}<input${o.disabled ? ' disabled=""' : ''} id="${id}" placeholder="" type="${type}" class="spectrum-Textfield-input" style="" inputmode="${type === 'number' ? 'decimal' : 'text'}" value="${value}"></div>`,
    o,
  );
}

/** the Picker of a Select (one choice) or Multiselect (many) */
function picker(label: string, chosen: string[], options: string[], o: { multiple?: boolean; open?: boolean } = {}) {
  const id = fieldId();
  const placeholder = !chosen.length;
  const shown = placeholder
    ? o.multiple
      ? 'Choose some options'
      : 'Choose an option'
    : o.multiple
      ? `(${chosen.length}) ${chosen.join(', ')}`
      : chosen[0];
  const html = formItem(
    id,
    label,
    `<button id="${id}" class="spectrum-Picker spectrum-Picker--sizeM${o.open ? ' is-open' : ''}" aria-haspopup="listbox"><span class="spectrum-Picker-label${placeholder ? ' is-placeholder' : ''}">${shown}</span>${chevron}</button>`,
  );
  const popover = o.open
    ? `<div tabindex="0" class="spectrum-Popover is-open" role="presentation" style="height: undefined; --customZindex: undefined; position: fixed; top: 320px; left: 24px; width: 360px; max-height: 400px;"><div class="popover-content">${
        o.multiple
          ? ''
          : `<ul class="spectrum-Menu" role="listbox"><li class="spectrum-Menu-item placeholder${placeholder ? ' is-selected' : ''}" role="option" aria-selected="true" tabindex="0"><span class="spectrum-Menu-itemLabel">Choose an option</span></li>`
      }${o.multiple ? '<ul class="spectrum-Menu" role="listbox">' : ''}${options
        .map(
          (v) =>
            `<li class="spectrum-Menu-item${chosen.includes(v) ? ' is-selected' : ''}" role="option" aria-selected="true" tabindex="0"><span class="spectrum-Menu-itemLabel">${v}</span><svg class="spectrum-Icon spectrum-UIIcon-Checkmark100 spectrum-Menu-checkmark spectrum-Menu-itemIcon" focusable="false" aria-hidden="true"><use xlink:href="#spectrum-css-icon-Checkmark100"></use></svg></li>`,
        )
        .join('')}</ul></div></div>`
    : '';
  return { html, popover };
}
const select = (label: string, value: string, options: string[]) => picker(label, value ? [value] : [], options).html;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** a flatpickr date field (altInput) and the closed calendar it appends to body */
function date(label: string, iso: string) {
  const id = fieldId();
  const d = iso ? new Date(`${iso}T00:00:00`) : new Date('2026-12-04T00:00:00');
  const shown = iso ? `${MONTHS[d.getMonth()]} ${d.getDate()}, ${d.getFullYear()}` : '';
  const html = formItem(
    id,
    label,
    `<div id="${id}-f3a9-wrapper" class="flatpickr spectrum-InputGroup spectrum-Datepicker" aria-readonly="false" aria-required="false" aria-haspopup="true"><div class="spectrum-Textfield spectrum-InputGroup-textfield"><input data-input="" type="hidden" class="spectrum-Textfield-input spectrum-InputGroup-input flatpickr-input" id="${id}" value="${iso}"><input class="spectrum-Textfield-input spectrum-InputGroup-input form-control input" placeholder="" tabindex="0" type="text" readonly="readonly" value="${shown}"></div><button type="button" class="spectrum-Picker spectrum-Picker--sizeM spectrum-InputGroup-button" tabindex="-1">${spectrumIcon('Calendar')}</button></div>`,
  );
  const days = [d.getDate() - 1, d.getDate(), d.getDate() + 1]
    .map(
      (day) =>
        `<span class="flatpickr-day${iso && day === d.getDate() ? ' selected' : ''}" aria-label="${MONTHS[d.getMonth()]} ${day}, ${d.getFullYear()}" tabindex="-1">${day}</span>`,
    )
    .join('');
  const calendar = `<div class="flatpickr-calendar animate" tabindex="-1"><div class="flatpickr-months"><span class="flatpickr-prev-month"><svg version="1.1" viewBox="0 0 17 17"><path d="M5.207 8.471l7.146 7.147-0.707 0.707-7.853-7.854 7.854-7.853 0.707 0.707-7.147 7.146z"></path></svg></span><div class="flatpickr-month"><div class="flatpickr-current-month"><select class="flatpickr-monthDropdown-months" aria-label="Month" tabindex="-1">${MONTHS.map(
    (m, i) =>
      `<option class="flatpickr-monthDropdown-month" value="${i}" tabindex="-1"${i === d.getMonth() ? ' selected' : ''}>${m}</option>`,
  ).join(
    '',
  )}</select><div class="numInputWrapper"><input class="numInput cur-year" type="number" tabindex="-1" aria-label="Year" value="${d.getFullYear()}"><span class="arrowUp"></span><span class="arrowDown"></span></div></div></div><span class="flatpickr-next-month"><svg version="1.1" viewBox="0 0 17 17"><path d="M13.207 8.472l-7.854 7.854-0.707-0.707 7.146-7.146-7.146-7.148 0.707-0.707 7.854 7.854z"></path></svg></span></div><div class="flatpickr-innerContainer"><div class="flatpickr-rContainer"><div class="flatpickr-weekdays"><div class="flatpickr-weekdaycontainer"><span class="flatpickr-weekday">Sun</span><span class="flatpickr-weekday">Mon</span></div></div><div class="flatpickr-days" tabindex="-1"><div class="dayContainer">${days}</div></div></div></div></div>`;
  return { html, calendar };
}

const heading = (text: string, level = 2) => `<h${level} class="spectrum-Heading spectrum-Heading--sizeM" style="">${text}</h${level}>`;
/** the published app: a form block of fields, its Save button, and what the app appended to body */
const app = (body: string, tail = '') =>
  `<div id="app-root" class="spectrum spectrum--medium spectrum--light"><div class="component layout"><div class="main"><div class="component container">${heading('Prior authorization request', 1)}<div class="component form"><div class="component form-block fields">${body}</div><div class="component button-group"><button class="spectrum-Button spectrum-Button--sizeM spectrum-Button--cta"><span class="spectrum-Button-label">Save</span></button></div></div></div></div></div></div>${tail}`;

const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const FREQS = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const CODES = ['M04.1', 'M06.1', 'M04.8'];
const EXPECTED = {
  ...ILARIS,
  'patient.dob': 'March 14, 1988',
  'labs.crpDate': 'November 2, 2026',
  'diagnosis.codes.0': 'M04.1, M06.1',
  'drug.frequency': 'Every 4 weeks',
};

describe('Budibase app forms: Spectrum form items, Picker selects and multi-selects, flatpickr dates', () => {
  it('reads the full Ilaris request', () => {
    const dob = date('Date of birth', '1988-03-14');
    const crpDate = date('CRP collection date', '2026-11-02');
    const therapy = (i: 0 | 1) => {
      const t = (k: 'drug' | 'dose' | 'start' | 'stop' | 'outcome') => THERAPIES[`priorTherapies.${i}.${k}`];
      return `${heading(`Therapy ${i + 1}`, 3)}${text('Drug', t('drug'))}${text('Dose', t('dose'))}${text('Start date', t('start'))}${text('Stop date', t('stop'))}${text('Outcome', t('outcome'))}`;
    };
    page(
      app(
        `${heading('Member')}${text('Member ID', ILARIS['patient.memberId'])}${dob.html}${text('Weight (kg)', '72', { type: 'number' })}
        ${heading('Diagnosis')}${picker('ICD-10 codes', ['M04.1', 'M06.1'], CODES, { multiple: true }).html}
        ${heading('Medication')}${select('Drug name', ILARIS['drug.name'], DRUGS)}${text('HCPCS code', ILARIS['drug.hcpcs'])}${text('NDC', ILARIS['drug.ndc'])}${text('Dose (mg)', '150', { type: 'number' })}${text('Billing units', '150', { type: 'number' })}${select('Frequency', 'Every 4 weeks', FREQS)}
        ${heading('Labs')}${text('CRP (mg/L)', '24', { type: 'number' })}${crpDate.html}
        ${heading('Prior therapies')}${therapy(0)}${therapy(1)}
        ${heading('Prescriber')}${text('Prescriber NPI', ILARIS['prescriber.npi'])}`,
        dob.calendar + crpDate.calendar,
      ),
    );
    expect(read()).toEqual({ ...EXPECTED, ...THERAPIES });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('names a field by its label, not its help text or the error under the field before it', () => {
    page(
      app(
        `${text('Member ID', '', { error: 'Required' })}${text('Prescriber NPI', ILARIS['prescriber.npi'], { help: 'The 10-digit NPI' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads an options Picker by its label text', () => {
    page(app(`${select('Drug name', ILARIS['drug.name'], DRUGS)}${select('Frequency', 'Every 8 weeks', FREQS)}`));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': 'Every 8 weeks' });
    expect(field('drug.frequency')?.label).toBe('Frequency');
  });

  it('reads a Picker showing its placeholder ("Choose an option", is-placeholder) as empty', () => {
    page(app(`${select('Drug name', '', DRUGS)}${select('Frequency', '', FREQS)}`));
    expect(read()).toEqual({ 'drug.name': '', 'drug.frequency': '' });
  });

  it('reads a multi-select Picker as its codes, without the "(2)" count it shows first', () => {
    page(app(picker('ICD-10 codes', ['M04.1', 'M06.1'], CODES, { multiple: true }).html));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads an empty multi-select ("Choose some options") as empty', () => {
    page(app(picker('ICD-10 codes', [], CODES, { multiple: true }).html));
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });

  it('reads an open Picker once and nothing from its portalled popover (every option aria-selected)', () => {
    const p = picker('Frequency', ['Once'], FREQS, { open: true });
    page(app(`${p.html}${text('Prescriber NPI', ILARIS['prescriber.npi'])}`, p.popover));
    expect(read()).toEqual({ 'drug.frequency': 'Once', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.spectrum-Popover');
  });

  it('reads flatpickr dates by their visible alt input, and nothing from the closed calendars on body', () => {
    const dob = date('Date of birth', '1988-03-14');
    const crp = date('CRP collection date', '');
    page(app(`${dob.html}${crp.html}`, dob.calendar + crp.calendar));
    expect(read()).toEqual({ 'patient.dob': 'March 14, 1988', 'labs.crpDate': '' });
    expect(field('patient.dob')?.label).toBe('Date of birth');
    nothingFrom('.flatpickr-calendar');
  });

  it('reads disabled text fields by their values', () => {
    page(
      app(
        `${text('Member ID', ILARIS['patient.memberId'], { disabled: true })}${text('Prescriber NPI', ILARIS['prescriber.npi'], { disabled: true })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
  });
});
