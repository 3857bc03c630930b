import { describe, expect, it } from 'vitest';
import { collectFields } from '@/lib/dom/collect';
import { field, mapped, read, page } from '../read';

/**
 * Date pickers as they render with the popup closed.
 * - react-datepicker (v4-v7): `div.react-datepicker-wrapper > div.react-datepicker__input-container >
 *   input` holding the formatted date (+ `button.react-datepicker__close-icon[aria-label=Close]` when
 *   isClearable, an `svg.react-datepicker__calendar-icon` when showIcon); no calendar while closed.
 * - MUI X v7 with `enableAccessibleFieldDOMStructure` (PickersTextField): `label[for=<id>][id=<id>-label]`,
 *   a `div.MuiPickersInputBase-root[role=group][aria-labelledby=<id>-label]` holding
 *   `.MuiPickersSectionList-root` with one `span.MuiPickersSectionList-section` per section: a
 *   `span[role=spinbutton][contenteditable]#<id>-month` (aria-label "Month", aria-valuenow,
 *   aria-valuetext "March", aria-labelledby its own id, text "03", placeholder "MM" when empty)
 *   followed by a separator "/" span, then the calendar button adornment, an
 *   `input.MuiPickersInputBase-input[aria-hidden=true][tabindex=-1]#<id>` holding "03/14/1988",
 *   and the notched outline fieldset whose legend repeats the label.
 * - MUI X v6 (and v7 by default before v8): one `input.MuiInputBase-input` with placeholder
 *   "MM/DD/YYYY" and the same adornment/outline.
 */

const calendarIcon = `<svg class="MuiSvgIcon-root MuiSvgIcon-fontSizeMedium" focusable="false" aria-hidden="true" viewBox="0 0 24 24" data-testid="CalendarIcon"><path d="M17 12h-5v5h5v-5zM16 1v2H8V1H6v2H5c-1.11 0-1.99.9-1.99 2L3 19c0 1.1.89 2 2 2h14c1.1 0 2-.9 2-2V5c0-1.1-.9-2-2-2h-1V1h-2zm3 18H5V8h14v11z"></path></svg>`;
const adornment = (aria: string) =>
  `<div class="MuiInputAdornment-root MuiInputAdornment-positionEnd MuiInputAdornment-outlined MuiInputAdornment-sizeMedium"><button class="MuiButtonBase-root MuiIconButton-root MuiIconButton-edgeEnd MuiIconButton-sizeMedium" tabindex="0" type="button" aria-label="${aria}">${calendarIcon}<span class="MuiTouchRipple-root"></span></button></div>`;

// ---------- react-datepicker ----------
const reactDatepicker = (id: string, label: string, value: string, clearable = false) => `
  <div class="form-group">
    <label for="${id}">${label}</label>
    <div class="react-datepicker-wrapper">
      <div class="react-datepicker__input-container${clearable ? '' : ' react-datepicker__view-calendar-icon'}">
        ${clearable ? '' : '<svg class="react-datepicker__calendar-icon" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 448 512" aria-hidden="true"><path d="M96 32V64H48C21.5 64 0 85.5 0 112v48H448V112c0-26.5-21.5-48-48-48H352V32c0-17.7-14.3-32-32-32s-32 14.3-32 32V64H160V32c0-17.7-14.3-32-32-32S96 14.3 96 32z"></path></svg>'}
        <input type="text" id="${id}" placeholder="MM/DD/YYYY" class="form-control" value="${value}">
        ${clearable && value ? '<button type="button" class="react-datepicker__close-icon" aria-label="Close" tabindex="-1"></button>' : ''}
      </div>
    </div>
  </div>`;

const text = (id: string, label: string, value: string) =>
  `<div class="form-group"><label for="${id}">${label}</label><input type="text" class="form-control" id="${id}" value="${value}"></div>`;

describe('react-datepicker', () => {
  it('reads the dates typed or picked, and no field from the icon or clear button', () => {
    page(`<form>
      ${reactDatepicker('dob', 'Date of birth', '03/14/1988')}
      ${text('crp', 'CRP (mg/L)', '12.4')}
      ${reactDatepicker('crpDate', 'CRP collection date', '04/15/2026', true)}
      ${reactDatepicker('service', 'Date of service', '', true)}</form>`);
    expect(read()).toEqual({
      'patient.dob': '03/14/1988',
      'labs.crpValue': '12.4',
      'labs.crpDate': '04/15/2026',
      'request.serviceDate': '',
    });
  });
});

// ---------- MUI X v7 accessible DOM ----------
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ordinal = (d: number) =>
  `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;

const section = (id: string, index: number, type: 'month' | 'day' | 'year', value: string, after: string) => {
  const placeholder = { month: 'MM', day: 'DD', year: 'YYYY' }[type];
  const [min, max] = { month: [1, 12], day: [1, 31], year: [99, 9999] }[type];
  const n = Number(value);
  const valuetext = !value ? 'Empty' : type === 'month' ? MONTHS[n - 1] : type === 'day' ? ordinal(n) : undefined;
  return `<span class="MuiPickersSectionList-section" data-sectionindex="${index}"><span class="MuiPickersSectionList-sectionSeparator MuiPickersInputBase-sectionBefore"></span><span class="MuiPickersSectionList-sectionContent MuiPickersInputBase-sectionContent" aria-labelledby="${id}-${type}" aria-readonly="false"${value ? ` aria-valuenow="${n}"` : ''} aria-valuemin="${min}" aria-valuemax="${max}"${valuetext ? ` aria-valuetext="${valuetext}"` : ''} aria-label="${type[0]!.toUpperCase()}${type.slice(1)}" aria-disabled="false" tabindex="${index === 0 ? 0 : -1}" contenteditable="true" role="spinbutton" id="${id}-${type}" spellcheck="false" autocapitalize="off" autocorrect="off" enterkeyhint="next" inputmode="numeric">${value || placeholder}</span><span class="MuiPickersSectionList-sectionSeparator MuiPickersInputBase-sectionAfter">${after}</span></span>`;
};

const muiV7Date = (id: string, label: string, mmddyyyy: string, helper = '') => {
  const [m = '', d = '', y = ''] = mmddyyyy ? mmddyyyy.split('/') : [];
  const filled = Boolean(mmddyyyy);
  const human = filled ? `${MONTHS[Number(m) - 1]!.slice(0, 3)} ${Number(d)}, ${y}` : '';
  return `
  <div class="MuiFormControl-root MuiPickersTextField-root MuiPickersTextField-variantOutlined">
    <label class="MuiFormLabel-root MuiInputLabel-root MuiInputLabel-formControl MuiInputLabel-animated MuiInputLabel-shrink MuiInputLabel-sizeMedium MuiInputLabel-outlined MuiFormLabel-colorPrimary${filled ? ' MuiFormLabel-filled' : ''}" data-shrink="true" for="${id}" id="${id}-label">${label}</label>
    <div class="MuiPickersInputBase-root MuiPickersOutlinedInput-root MuiPickersInputBase-colorPrimary MuiPickersInputBase-adornedEnd" role="group" aria-labelledby="${id}-label"${helper ? ` aria-describedby="${id}-helper-text"` : ''} aria-invalid="false">
      <div class="MuiPickersSectionList-root MuiPickersInputBase-sectionsContainer MuiPickersOutlinedInput-sectionsContainer" tabindex="-1" contenteditable="false">
        ${section(id, 0, 'month', m, '/')}${section(id, 1, 'day', d, '/')}${section(id, 2, 'year', y, '')}
      </div>
      ${adornment(filled ? `Choose date, selected date is ${human}` : 'Choose date')}
      <input aria-invalid="false" aria-hidden="true" tabindex="-1" class="MuiPickersInputBase-input MuiPickersOutlinedInput-input" value="${mmddyyyy}" id="${id}">
      <fieldset aria-hidden="true" class="MuiPickersOutlined-notchedOutline MuiPickersOutlinedInput-notchedOutline"><legend><span>${label}</span></legend></fieldset>
    </div>
    ${helper ? `<p class="MuiFormHelperText-root MuiFormHelperText-sizeMedium MuiFormHelperText-contained" id="${id}-helper-text">${helper}</p>` : ''}
  </div>`;
};

// ---------- MUI v6 (single input) and MUI TextField ----------
const muiTextField = (id: string, label: string, value: string, opts: { placeholder?: string; end?: string } = {}) => `
  <div class="MuiFormControl-root MuiFormControl-fullWidth MuiTextField-root">
    <label class="MuiFormLabel-root MuiInputLabel-root MuiInputLabel-formControl MuiInputLabel-animated MuiInputLabel-shrink MuiInputLabel-sizeMedium MuiInputLabel-outlined MuiFormLabel-colorPrimary MuiFormLabel-filled" data-shrink="true" for="${id}" id="${id}-label">${label}</label>
    <div class="MuiInputBase-root MuiOutlinedInput-root MuiInputBase-colorPrimary MuiInputBase-fullWidth MuiInputBase-formControl${opts.end ? ' MuiInputBase-adornedEnd' : ''}">
      <input aria-invalid="false" autocomplete="off" id="${id}"${opts.placeholder ? ` placeholder="${opts.placeholder}"` : ''} type="text"${opts.placeholder === 'MM/DD/YYYY' ? ' inputmode="text"' : ''} class="MuiInputBase-input MuiOutlinedInput-input${opts.end ? ' MuiInputBase-inputAdornedEnd' : ''}" value="${value}">
      ${opts.end ?? ''}
      <fieldset aria-hidden="true" class="MuiOutlinedInput-notchedOutline"><legend><span>${label}</span></legend></fieldset>
    </div>
  </div>`;
const unitAdornment = (unit: string) =>
  `<div class="MuiInputAdornment-root MuiInputAdornment-positionEnd MuiInputAdornment-outlined MuiInputAdornment-sizeMedium"><p class="MuiTypography-root MuiTypography-body1">${unit}</p></div>`;
const muiV6Date = (id: string, label: string, value: string) =>
  muiTextField(id, label, value, {
    placeholder: 'MM/DD/YYYY',
    end: adornment(value ? `Choose date, selected date is ${value}` : 'Choose date'),
  });

const noDuplicatePaths = () => {
  const paths = mapped().map((m) => m.path);
  expect(paths.length).toBe(new Set(paths).size);
};

describe('MUI X v7 DatePicker, accessible DOM structure (spinbutton sections)', () => {
  it('reads each sectioned date once as MM/DD/YYYY', () => {
    page(`<form>
      ${muiV7Date(':r1:', 'Date of birth', '03/14/1988')}
      ${muiTextField(':r5:', 'Weight', '70', { end: unitAdornment('kg') })}
      ${muiTextField(':r6:', 'CRP (mg/L)', '12.4')}
      ${muiV7Date(':r7:', 'CRP collection date', '04/15/2026', 'Date the sample was drawn')}</form>`);
    expect(read()).toEqual({
      'patient.dob': '03/14/1988',
      'patient.weight': '70',
      'labs.crpValue': '12.4',
      'labs.crpDate': '04/15/2026',
    });
    expect(field('patient.weight')?.impliedUnit).toEqual({ path: 'patient.weightUnit', unit: 'kg' });
    noDuplicatePaths();
  });

  it('reads an empty sectioned date as empty, not its "MM/DD/YYYY" placeholders', () => {
    page(`<form>${muiV7Date(':r1:', 'Date of service', '')}</form>`);
    expect(read()).toEqual({ 'request.serviceDate': '' });
  });

  it('labels a sectioned date by its label, not by "Month"', () => {
    page(`<form>${muiV7Date(':r1:', 'Date of birth', '03/14/1988')}</form>`);
    expect(field('patient.dob')?.label).toBe('Date of birth');
  });

  it('reads sectioned start and stop dates in a prior therapy row', () => {
    page(`<form><h6 class="MuiTypography-root MuiTypography-h6">Prior therapies</h6>
      ${muiTextField(':r9:', 'Drug', 'colchicine')}
      ${muiV7Date(':ra:', 'Start date', '01/02/2024')}
      ${muiV7Date(':rb:', 'Stop date', '06/30/2024')}
      ${muiTextField(':rc:', 'Outcome', 'Inadequate response')}</form>`);
    expect(read()).toEqual({
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.0.start': '01/02/2024',
      'priorTherapies.0.stop': '06/30/2024',
      'priorTherapies.0.outcome': 'Inadequate response',
    });
  });
});

describe('MUI X v6 DatePicker (single input)', () => {
  it('reads a prior therapy row of outlined MUI TextFields under its heading', () => {
    page(`<form><h6 class="MuiTypography-root MuiTypography-h6">Prior therapies</h6>
      ${muiTextField(':r9:', 'Drug', 'colchicine')}
      ${muiTextField(':ra:', 'Dose', '0.6 mg')}
      ${muiV6Date(':rb:', 'Start date', '01/02/2024')}
      ${muiTextField(':rc:', 'Outcome', 'Inadequate response')}</form>`);
    expect(read()).toEqual({
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.0.dose': '0.6 mg',
      'priorTherapies.0.start': '01/02/2024',
      'priorTherapies.0.outcome': 'Inadequate response',
    });
  });

  it('reads the input’s date, and an empty one as empty', () => {
    page(`<form>
      ${muiV6Date(':r1:', 'Date of birth', '03/14/1988')}
      ${muiV6Date(':r2:', 'Date of service', '')}</form>`);
    expect(read()).toEqual({ 'patient.dob': '03/14/1988', 'request.serviceDate': '' });
  });
});

// ---------- open calendars navigated by month and year selects ----------
const months = (cls: string, attrs = '') =>
  `<select class="${cls}"${attrs}>${MONTHS.map((m, i) => `<option value="${i}"${i === 2 ? ' selected' : ''}>${m}</option>`).join('')}</select>`;
const years = (cls: string, attrs = '') =>
  `<select class="${cls}"${attrs}><option value="2025">2025</option><option value="2026" selected>2026</option></select>`;
const days = (cell: (d: number) => string) =>
  `<table><tbody><tr>${[1, 2, 3].map((d) => `<td>${cell(d)}</td>`).join('')}</tr></tbody></table>`;
/** Pikaday's (renderTitle: `div.pika-label` selects out of the tab order), jQuery UI's with
 *  changeMonth/changeYear (`#ui-datepicker-div`), react-datepicker's with dropdownMode="select". */
const OPEN_CALENDARS = {
  Pikaday: `<div class="pika-single is-bound"><div class="pika-lendar"><div class="pika-title" role="heading" aria-live="assertive"><div class="pika-label">March${months('pika-select pika-select-month', ' tabindex="-1"')}</div><div class="pika-label">2026${years('pika-select pika-select-year', ' tabindex="-1"')}</div><button class="pika-prev" type="button">Previous Month</button><button class="pika-next" type="button">Next Month</button></div>${days((d) => `<button class="pika-button pika-day" type="button">${d}</button>`)}</div></div>`,
  'jQuery UI': `<div id="ui-datepicker-div" class="ui-datepicker ui-widget ui-widget-content ui-helper-clearfix ui-corner-all" style="position: absolute; display: block;"><div class="ui-datepicker-header ui-widget-header ui-helper-clearfix ui-corner-all"><a class="ui-datepicker-prev ui-corner-all" data-handler="prev" data-event="click" title="Prev"><span class="ui-icon ui-icon-circle-triangle-w">Prev</span></a><div class="ui-datepicker-title">${months('ui-datepicker-month', ' data-handler="selectMonth" data-event="change"')}${years('ui-datepicker-year', ' data-handler="selectYear" data-event="change"')}</div></div>${days((d) => `<a class="ui-state-default" href="#">${d}</a>`)}</div>`,
  'react-datepicker': `<div class="react-datepicker-popper" data-placement="bottom-start"><div class="react-datepicker"><button type="button" class="react-datepicker__navigation react-datepicker__navigation--previous" aria-label="Previous Month"></button><div class="react-datepicker__month-container"><div class="react-datepicker__header"><div class="react-datepicker__header__dropdown react-datepicker__header__dropdown--select"><div class="react-datepicker__month-dropdown-container react-datepicker__month-dropdown-container--select">${months('react-datepicker__month-select')}</div><div class="react-datepicker__year-dropdown-container react-datepicker__year-dropdown-container--select">${years('react-datepicker__year-select')}</div></div></div></div></div></div>`,
};

describe('an open calendar navigated by month and year selects', () => {
  it.each(Object.entries(OPEN_CALENDARS))('%s: the selects move the calendar and are no fields; the date is the input’s', (_, calendar) => {
    page(`<form>${text('start', 'Start date', '03/02/2026')}${calendar}</form>`);
    expect(collectFields(document).fields.map((f) => f.element.id)).toEqual(['start']);
  });
});
