import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * ToolJet 3 deployed app widgets (ToolJet/ToolJet, read through the stored index:
 * frontend/src/_ui/Label.jsx @ 01168b6, frontend/src/AppBuilder/Widgets/BaseComponents/BaseInput.jsx (the
 * TextInput, its newer version passing `inputId`), the NumberInput widget, DropdownV2/DropdownV2.jsx @ ff52359,
 * Date/BaseDateComponent.jsx + DatepickerInput.jsx + CustomDatePickerHeader.jsx @ 1b0af54/cadb639), with
 * react-select 5 and react-datepicker for their DOM. The canvas wrapper per widget (an absolutely positioned
 * box) and the Text widget used as a section title are simplified stand-ins; the widgets' own markup follows
 * the sources. Prior therapies (ToolJet's Table widget) are not probed here.
 * - MultiselectV2 (MultiselectV2.jsx + CustomValueContainer.jsx @ 416d595): react-select `isMulti` whose custom
 *   ValueContainer ignores its children (so no chips and no input are drawn) and shows `span.text-truncate#options`
 *   with the labels joined by ", " ("All items are selected." when all are), or the placeholder; label without for.
 * - Label: `label[for=component-<id>]` (viewer mode; DropdownV2 and the date/number widgets pass no inputId, so
 *   no `for`, DropdownV2 gives it `id=<id>-label`) > `p` holding the text and, when mandatory, a `span` "*".
 * - TextInput: `div.text-input.scrollbar-container.d-flex` > label + `div.tj-text-input-widget-container` >
 *   `input.tj-text-input-widget#component-<id>[type=text]` with `aria-hidden="false"`, `aria-disabled`,
 *   `aria-busy`, `aria-required`, `aria-invalid` all spelled out; the validation message in a bare `div` after.
 * - NumberInput: `div.text-input.tj-number-input-widget` > label + `input.input-number.tj-text-input-widget
 *   [type=number][autocomplete=off]` and two arrow icon divs.
 * - DropdownV2: `div.dropdown-widget` > label#<id>-label + `div.dropdownV2-widget` > react-select (not
 *   searchable): container `div#component-<id>`, a11y live regions, control > value container holding
 *   `div…singleValue` (or the placeholder) and the DummyInput `input[role=combobox][inputmode=none]
 *   [aria-readonly=true][aria-labelledby=<id>-label]`; the open menu portalled to the end of body.
 * - DatePickerV2: `div.datetimepicker-component` > label (no for) + react-datepicker's
 *   `div.react-datepicker-wrapper > div.react-datepicker__input-container > input.table-column-datepicker-input`
 *   (no id, name or type) showing the display format (here MM/DD/YYYY) + the icon span; open, the popper is
 *   portalled into `#component-portal`: month/year spans in the custom header and `div.react-datepicker__day
 *   [role=option][aria-selected]` days.
 */

let n = 0;
const uuid = () => `3f9c2a${(++n).toString(16).padStart(2, '0')}-7b1d-4e0a-9c55-1d2e3f4a5b6c`;
const labelEl = (text: string, o: { for?: string; id?: string; mandatory?: boolean } = {}) =>
  `<label style="width: 30%; max-width: 70%; display: flex; font-weight: 500; justify-content: flex-start; font-size: 12px;"${o.for ? ` for="${o.for}"` : ''} class="tw-self-center"${o.id ? ` id="${o.id}"` : ''} data-cy="undefined-label"><p style="position: relative; color: var(--text-primary); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; display: block; margin: 0px; padding-right: 12px;">${text}${
    o.mandatory ? '<span style="color: var(--cc-error-systemStatus); position: absolute; right: 4px; top: 0px;">*</span>' : ''
  }</p></label>`;
const box = (id: string, top: number, inner: string) =>
  `<div class="ele-${id} moveable-box" id="${id}" style="position: absolute; height: 40px; width: 430px; transform: translate(24px, ${top}px);">${inner}</div>`;
const tablerIcon = (name: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" class="tabler-icon tabler-icon-${name}"><path d="M4 7h16"></path></svg>`;

function textInput(label: string, value: string, o: { mandatory?: boolean; error?: string; disabled?: boolean } = {}) {
  const id = uuid();
  const invalid = !!o.error;
  return {
    id,
    html: `<div data-cy="label-textinput" class="text-input scrollbar-container d-flex   visibility" style="position: relative; white-space: nowrap; width: 100%; height: 100%;">${labelEl(label, { for: `component-${id}`, mandatory: o.mandatory })}<div class="tw-px-2.5 tw-py-2 tw-border tw-border-solid tw-flex tw-items-center tw-gap-1.5 tj-text-input-widget-container" style="border-radius: 6px; border-color: ${invalid ? 'var(--cc-error-systemStatus)' : 'var(--borders-default)'};"><input data-cy="textinput-input" type="text" class="tj-text-input-widget ${invalid ? 'is-invalid' : ''} validation-without-icon" placeholder="Enter your input" style="color: var(--text-primary); text-overflow: ellipsis; background-color: inherit;" id="component-${id}" aria-disabled="${!!o.disabled}" aria-busy="false" aria-required="${!!o.mandatory}" aria-hidden="false" aria-invalid="${invalid}"${o.disabled ? ' disabled=""' : ''} value="${value}"></div></div>${
      invalid
        ? `<div data-cy="textinput-invalid-feedback" style="color: var(--status-error-strong); font-size: 11px; font-weight: 400; line-height: 16px;">${o.error}</div>`
        : ''
    }`,
  };
}

function numberInput(label: string, value: string) {
  const id = uuid();
  return {
    id,
    html: `<div><div data-cy="label-numberinput" class="text-input tj-number-input-widget  d-flex  align-items-center    visibility" style="position: relative; width: 100%; display: flex; white-space: nowrap;" data-disabled="false">${labelEl(label)}<input type="number" class=" input-number  tj-text-input-widget" placeholder="0" style="height: 36px; border-radius: 6px; padding: 8px 10px;" data-cy="numberinput-input" autocomplete="off" value="${value}"><div><svg class="numberinput-up-arrow arrow number-input-arrow" width="17px" height="17px" viewBox="0 0 17 17"><path d="M4 11l4-5 4 5z"></path></svg></div><div><svg class="numberinput-down-arrow arrow number-input-arrow" width="17px" height="17px" viewBox="0 0 17 17"><path d="M4 6l4 5 4-5z"></path></svg></div></div></div>`,
  };
}

let rs = 0;
/** DropdownV2 (react-select, not searchable) and, when open, its menu portalled to body */
function dropdown(label: string, value: string, options: string[], o: { placeholder?: string; open?: boolean } = {}) {
  const id = uuid();
  const inst = ++rs;
  const html = `<div data-cy="label-dropdown " class="dropdown-widget d-flex align-items-center visibility" style="position: relative; white-space: nowrap; width: 100%;">${labelEl(label, { id: `${id}-label` })}<div class="px-0 h-100 dropdownV2-widget" style="width: 70%;"><div class="css-b62m3t-container" id="component-${id}"><span id="react-select-${inst}-live-region" class="css-1f43avz-a11yText-A11yText"></span><span aria-live="polite" aria-atomic="false" aria-relevant="additions text" role="log" class="css-1f43avz-a11yText-A11yText"></span><div class="css-13cymwt-control"><div class="css-hlgwow">${
    value
      ? `<div class="css-1dimb5e-singleValue">${value}</div>`
      : `<div class="css-1jqq78o-placeholder" id="react-select-${inst}-placeholder">${o.placeholder ?? 'Select an option'}</div>`
  }<input id="react-select-${inst}-input" tabindex="0" inputmode="none" aria-autocomplete="list" aria-expanded="${!!o.open}" aria-haspopup="true" aria-invalid="false" aria-labelledby="${id}-label"${o.open ? ` aria-controls="react-select-${inst}-listbox" aria-owns="react-select-${inst}-listbox"` : ''}${value ? '' : ` aria-describedby="react-select-${inst}-placeholder"`} role="combobox" aria-readonly="true" class="css-1hac4vs-dummyInput" value=""></div><div class="css-1wy0on6"><div class="css-1xc3v61-indicatorContainer" aria-hidden="true">${tablerIcon('chevron-down')}</div></div></div></div></div></div>`;
  const menu = o.open
    ? `<div class="css-1jb5hd4-MenuPortal" style="position: absolute; top: 264px; left: 153px; width: 301px; z-index: 1;"><div class="css-1nmdiq5-menu" id="react-select-${inst}-listbox"><div class="css-1n6sfyn-MenuList" role="listbox" aria-multiselectable="false">${options
        .map(
          (v, i) =>
            `<div class="css-d7l1ni-option" aria-disabled="false" id="react-select-${inst}-option-${i}" tabindex="-1" role="option" aria-selected="${v === value}"><div class="d-flex">${v === value ? tablerIcon('check') : ''}<span>${v}</span></div></div>`,
        )
        .join('')}</div></div></div>`
    : '';
  return { id, html, menu };
}

/** MultiselectV2: react-select isMulti whose custom ValueContainer draws only the joined labels (its children,
 *  the chips and the input, are dropped); the label has neither `for` nor `id` */
function multiselect(label: string, chosen: string[], options: string[]) {
  const id = uuid();
  const all = chosen.length === options.length;
  return {
    id,
    html: `<div data-cy="label-multiselect " class="multiselect-widget d-flex align-items-center visibility" style="position: relative; white-space: nowrap; width: 100%;">${labelEl(label)}<div class="w-100 px-0 h-100"><div class="css-b62m3t-container"><span id="react-select-${++rs}-live-region" class="css-1f43avz-a11yText-A11yText"></span><span aria-live="polite" aria-atomic="false" aria-relevant="additions text" role="log" class="css-1f43avz-a11yText-A11yText"></span><div class="css-13cymwt-control"><div class="css-1dyz3mf"><div class="w-full"><span class="d-flex w-full align-items-center" style="margin-bottom: 2px;">${
      chosen.length
        ? `<span class="text-truncate" id="options" style="max-width: 280px;">${all ? 'All items are selected.' : chosen.join(', ')}</span>`
        : '<div class="css-1jqq78o-placeholder">Select options</div>'
    }</span></div></div><div class="css-1wy0on6">${chosen.length ? `<div class="css-1xc3v61-indicatorContainer" aria-hidden="true">${tablerIcon('x')}</div>` : ''}<div class="css-1xc3v61-indicatorContainer" aria-hidden="true">${tablerIcon('chevron-down')}</div></div></div></div></div></div>`,
  };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** DatePickerV2 showing MM/DD/YYYY; `open` adds its popper in #component-portal */
function datepicker(label: string, shown: string, open = false) {
  const id = uuid();
  const [m, d, y] = shown ? shown.split('/').map(Number) : [12, 4, 2026];
  const html = `<div data-cy="label-datepicker" class="d-flex datetimepicker-component align-items-center visibility" style="position: relative; white-space: nowrap; width: 100%;">${labelEl(label)}<div class="w-100 px-0 h-100"><div class="react-datepicker-wrapper"><div class="react-datepicker__input-container"><input class="table-column-datepicker-input text-truncate" style="height: 36px; width: 100%; border-radius: 6px; padding-left: 10px;" value="${shown}"><span class="cell-icon-display">${tablerIcon('calendar')}</span><span></span></div></div></div></div>`;
  const days = [d! - 1, d!, d! + 1]
    .map(
      (day) =>
        `<div class="react-datepicker__day react-datepicker__day--0${String(day).padStart(2, '0')}${day === d ? ' react-datepicker__day--selected' : ''}" tabindex="${day === d ? 0 : -1}" aria-label="Choose ${MONTHS[m! - 1]} ${day}, ${y}" role="option" aria-disabled="false" aria-selected="${day === d}">${day}</div>`,
    )
    .join('');
  const popper = open
    ? `<div id="component-portal"><div class="react-datepicker-popper tj-table-datepicker tj-datepicker-widget" data-placement="bottom-start" style="position: absolute; inset: 0px auto auto 0px; transform: translate(153px, 300px);"><div><div class="react-datepicker"><div class="react-datepicker__month-container"><div class="react-datepicker__header react-datepicker__header--custom"><div style="margin-bottom: 10px; margin-top: 10px; display: flex; justify-content: center;"><button class="tj-datepicker-widget-arrows tj-datepicker-widget-left"><svg width="12" viewBox="0 0 25 25"><path d="M15 6l-6 6 6 6"></path></svg></button><div style="margin-right: 8px;"><div class="d-flex gap-2"><span class="tj-datepicker-widget-month-selector">${MONTHS[m! - 1]}</span><span class="tj-datepicker-widget-year-selector">${y}</span></div></div><button class="tj-datepicker-widget-arrows tj-datepicker-widget-right "><svg width="12" viewBox="0 0 25 25"><path d="M9 6l6 6-6 6"></path></svg></button></div><div class="react-datepicker__day-names"><div class="react-datepicker__day-name">Su</div><div class="react-datepicker__day-name">Mo</div></div></div><div class="react-datepicker__month" role="listbox" aria-label="Month ${MONTHS[m! - 1]}, ${y}"><div class="react-datepicker__week">${days}</div></div></div></div></div></div></div>`
    : '';
  return { id, html, popper };
}

/** a Text widget used as a section title (stand-in markup) */
const title = (text: string) =>
  `<div class="text-widget" style="height: 24px;"><div class="text-widget-section"><p><strong>${text}</strong></p></div></div>`;
/** the deployed app's canvas; each widget in its own absolutely positioned box */
const canvas = (widgets: { id: string; html: string }[], tail = '') =>
  `<div class="viewer wrapper"><div class="canvas-container page-container align-items-center"><div class="canvas-area" style="width: 1292px;"><div class="real-canvas" id="real-canvas">${widgets
    .map((w, i) => box(w.id, 24 + i * 48, w.html))
    .join('')}</div></div></div></div>${tail}`;
const t = (text: string) => ({ id: uuid(), html: title(text) });

const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const FREQS = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const CODES = ['M04.1', 'M06.1', 'M04.8'];

describe('ToolJet deployed app: TextInput, NumberInput, DropdownV2 and MultiselectV2 (react-select), DatePickerV2 (react-datepicker)', () => {
  // misread: no diagnosis.codes.0: the MultiselectV2 draws no control at all (no input, no combobox role, no
  // chips), only a `span#options` of joined labels inside react-select's control, so nothing is collected there
  it.fails('reads the Ilaris request laid out as canvas widgets', () => {
    page(
      canvas([
        t('Member'),
        textInput('Member ID', ILARIS['patient.memberId'], { mandatory: true }),
        datepicker('Date of birth', ILARIS['patient.dob']),
        numberInput('Weight (kg)', '72'),
        t('Medication'),
        dropdown('Drug name', ILARIS['drug.name'], DRUGS),
        textInput('HCPCS code', ILARIS['drug.hcpcs']),
        textInput('NDC', ILARIS['drug.ndc']),
        numberInput('Dose (mg)', '150'),
        numberInput('Billing units', '150'),
        dropdown('Frequency', 'Every 4 weeks', FREQS),
        multiselect('ICD-10 codes', ['M04.1', 'M06.1'], CODES),
        t('Labs'),
        numberInput('CRP (mg/L)', '24'),
        datepicker('CRP collection date', ILARIS['labs.crpDate']),
        t('Prescriber'),
        textInput('Prescriber NPI', ILARIS['prescriber.npi'], { mandatory: true }),
      ]),
    );
    expect(read()).toEqual({ ...ILARIS, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  it('names a TextInput by its label (for=component-<id>), without the mandatory "*" or the validation message before it', () => {
    page(
      canvas([
        textInput('Member ID', '', { mandatory: true, error: 'Field cannot be empty' }),
        textInput('Prescriber NPI', ILARIS['prescriber.npi'], { mandatory: true }),
      ]),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
    expect(field('patient.memberId')?.label).toBe('Member ID');
  });

  it('reads NumberInputs by the label before them (no for)', () => {
    page(canvas([numberInput('Weight (kg)', '72'), numberInput('Dose (mg)', '150')]));
    expect(read()).toEqual({ 'patient.weight': '72', 'drug.dose': '150' });
  });

  it('reads a DropdownV2 by its single value, an empty one (placeholder) as empty', () => {
    page(canvas([dropdown('Drug name', '', DRUGS, { placeholder: 'Select a drug' }), dropdown('Frequency', 'Every 8 weeks', FREQS)]));
    expect(read()).toEqual({ 'drug.name': '', 'drug.frequency': 'Every 8 weeks' });
    expect(field('drug.frequency')?.label).toBe('Frequency');
  });

  it('reads an open DropdownV2 once and nothing from its menu portalled to body', () => {
    const d = dropdown('Frequency', 'Once', FREQS, { open: true });
    page(canvas([d, textInput('Prescriber NPI', ILARIS['prescriber.npi'])], d.menu));
    expect(read()).toEqual({ 'drug.frequency': 'Once', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.css-1jb5hd4-MenuPortal');
  });

  it('reads DatePickerV2 inputs as shown, and nothing from the open popper in #component-portal', () => {
    const dob = datepicker('Date of birth', ILARIS['patient.dob'], true);
    page(canvas([dob, datepicker('CRP collection date', '')], dob.popper));
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': '' });
    nothingFrom('#component-portal');
  });

  // misread: only prescriber.npi: the MultiselectV2 holds no input or role to collect, its chosen codes sit in a
  // plain `span#options` inside react-select's control
  it.fails('reads a MultiselectV2 by the codes it lists (no input, no chips), none chosen as empty', () => {
    page(canvas([multiselect('ICD-10 codes', ['M04.1', 'M06.1'], CODES), textInput('Prescriber NPI', ILARIS['prescriber.npi'])]));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
    page(canvas([multiselect('ICD-10 codes', [], CODES), textInput('Prescriber NPI', ILARIS['prescriber.npi'])]));
    expect(read()).toEqual({ 'diagnosis.codes.0': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads a disabled TextInput by its value', () => {
    page(
      canvas([
        textInput('Member ID', ILARIS['patient.memberId'], { disabled: true }),
        textInput('Prescriber NPI', ILARIS['prescriber.npi']),
      ]),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
  });
});
