import { describe, expect, it } from 'vitest';
import { field, read } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';
import { renderComponents } from '../components/shadow';

/**
 * Siemens iX 5.2 (@siemens/ix@5.2.0 from npm, its Stencil collection build of siemens/ix packages/core/src/components:
 * input/input.js + input.fc.js, input/number-input.js, field-wrapper/field-wrapper.js + helper-text-util.js,
 * field-label/field-label.js, utils/a11y.js (a11yHostAttributes), select/select.js, select-item/select-item.js,
 * dropdown-item/dropdown-item.js, dropdown/dropdown.js, utils/focus/focus-proxy.js, filter-chip/filter-chip.js,
 * date-input/date-input.js, date-picker/date-picker.js, date-time-card, dropdown-button, checkbox-group, checkbox,
 * radio-group, radio, icon-button, typography; all `encapsulation: shadow`):
 * - Every field draws `ix-field-wrapper` in its shadow root; the wrapper's own shadow root holds `div.field-top >
 *   ix-field-label` (the label TEXT is that element's light DOM, slotted into `label > ix-typography > slot` + a
 *   `span` "*" when required; the field passes `ariaHidden: true`, which a11yHostAttributes moves from the host onto
 *   that `<label aria-hidden="true">`, and the label has no `for`), `div.slot-wrapper > slot` (the field's control,
 *   light DOM of the wrapper inside the field's shadow root) and `div.field-bottom` with the helper or invalid text
 *   (`ix-typography.bottom-text`, an ix-icon before an invalid text). So nothing links the input to its label.
 * - Validation: the page marks a field invalid with the `ix-invalid` class; the input then gets `.is-invalid` and
 *   `aria-invalid=true`, and the wrapper shows the invalid text instead of the helper text.
 * - ix-input: `div.input-wrapper > div.start-container > slot[name=start]`, `input#input-N[autocomplete=off]
 *   [aria-invalid][aria-required]`, `div.end-container > slot[name=end]`. ix-number-input: `input[type=number]` and
 *   two hidden stepper ix-icon-buttons ("decrement number", "increment number").
 * - ix-select (host id `ix-select-N`, tabindex 0): `div.select > div.input-container > div.chips` ([multiple]
 *   `ix-filter-chip`s: slotted label + an ix-icon-button aria-labelled "Remove <label>"), `div.trigger >
 *   input#ix-select-N-input[role=combobox][aria-controls=ix-select-N-proxy-listbox][aria-expanded]` holding the
 *   chosen label in single mode and nothing in multiple mode (placeholder "Select an option"), an aria-hidden chevron
 *   icon button; then `ix-dropdown#ix-select-N-listbox[aria-modal=true]` (no `show` class while closed; its shadow
 *   root renders its slot only when shown) holding the aria-hidden "Select an option" header, the slot for the
 *   light-DOM `ix-select-item`s (hosts `role=presentation aria-hidden=true aria-label=<label>`, each drawing an
 *   `ix-dropdown-item[role=option][aria-hidden=true]`, `.select-item-checked` when chosen) and the proxy
 *   `ul.proxy-list[role=listbox][aria-hidden]` (its `li[role=option]`s are filled when the list first opens).
 * - ix-date-input (format default "yyyy/LL/dd"): `div.input-wrapper > input[type=text][aria-haspopup=true]
 *   [autocomplete=off]` + `ix-icon-button[aria-label="Open calendar"][tabindex=-1]`, then a closed `ix-dropdown`
 *   holding the ix-date-picker (ix-date-time-card: a header of arrow buttons and month/year ix-dropdown-buttons of
 *   ix-dropdown-items, then a `div.grid` of `role=row` divs: weekday `columnheader`s and day `gridcell`s
 *   aria-labelled "14 March 1988", `aria-selected`).
 * - ix-checkbox: host `role=checkbox aria-checked`; shadow `label > input[type=checkbox]` + `div.checkbox-button >
 *   button` + `ix-typography` with the label. ix-radio: host `role=radio aria-checked tabindex`; shadow `label >
 *   div.radio-button` + `ix-typography` with the label (no native radio). ix-radio-group host `role=radiogroup`,
 *   ix-checkbox-group none; both draw the field wrapper around `div.checkbox-container > slot`.
 */

const a = (el: Element, k: string) => el.getAttribute(k) ?? '';
const has = (el: Element, k: string) => el.hasAttribute(k);
const icon = (name: string, extra = '') => `<ix-icon name="${name}" size="16"${extra}></ix-icon>`;
const iconButton = (label: string, name: string, extra = '') =>
  `<ix-icon-button variant="subtle-tertiary" size="16" icon="${name}" aria-label="${label}"${extra}></ix-icon-button>`;

/** the field wrapper a field draws around `control` (its label and helper go into the wrapper's attributes) */
const wrapper = (_el: Element, control: string) => `<ix-field-wrapper class="hydrated">${control}</ix-field-wrapper>`;
/** the validation state iX reads from the host's `ix-invalid` class */
const invalid = (el: Element) => el.classList.contains('ix-invalid');
let ids = 0;
const nativeInput = (el: Element, type: string) =>
  `<input id="input-${ids++}" autocomplete="off"${has(el, 'readonly') ? ' readonly' : ''}${has(el, 'disabled') ? ' disabled' : ''} type="${type}"${invalid(el) ? ' class="is-invalid"' : ''}${has(el, 'required') ? ' required' : ''} value="${a(el, 'value')}"${has(el, 'placeholder') ? ` placeholder="${a(el, 'placeholder')}"` : ''} aria-invalid="${invalid(el)}" aria-required="${has(el, 'required')}">`;

let menus = 0;
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** the ix-date-picker the date input keeps in its closed dropdown, showing the month of `mdy` (MM/DD/YYYY) */
const datePicker = (mdy: string) => {
  const [m, d, y] = (mdy || '12/04/2026').split('/').map(Number) as [number, number, number];
  const firstDay = (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7;
  const length = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const cells = [...Array<number>(firstDay).fill(0), ...Array.from({ length }, (_, i) => i + 1)];
  const rows = Array.from({ length: Math.ceil(cells.length / 7) }, (_, r) => cells.slice(r * 7, r * 7 + 7));
  const selected = (day: number) => !!mdy && day === d;
  const items = (list: (string | number)[], chosen: string | number) =>
    list
      .map(
        (v) =>
          `<ix-dropdown-item class="month-dropdown-item"${v === chosen ? ' checked' : ''}><span class="capitalize monthMargin">${v}</span></ix-dropdown-item>`,
      )
      .join('');
  return `<ix-date-picker format="MM/dd/yyyy" single-selection from="${mdy}" embedded><ix-date-time-card embedded><div class="header" slot="header">${iconButton('Previous month', 'chevron-left-small', ' class="arrows" variant="tertiary"')}<div class="selector"><ix-dropdown-button class="month-selector" variant="tertiary" aria-label="Select month" tabindex="0" role="button" aria-haspopup="true" aria-disabled="false" aria-expanded="false" aria-controls="dropdown-button-menu-${menus++}"><ix-typography bold class="capitalize" slot="button-label">${months[m - 1]}</ix-typography>${items(months, months[m - 1]!)}</ix-dropdown-button><ix-dropdown-button class="year-selector" variant="tertiary" aria-label="Select year" tabindex="0" role="button" aria-haspopup="true" aria-disabled="false" aria-expanded="false" aria-controls="dropdown-button-menu-${menus++}"><ix-typography bold class="capitalize" slot="button-label">${y}</ix-typography>${items([y - 2, y - 1, y, y + 1, y + 2], y)}</ix-dropdown-button></div>${iconButton('Next month', 'chevron-right-small', ' class="arrows" variant="tertiary"')}</div><div class="grid"><div role="row">${['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].map((n) => `<div class="calendar-item week-day" role="columnheader"><div class="overflow">${n}</div></div>`).join('')}</div>${rows
    .map(
      (r) =>
        `<div role="row">${r.map((day) => (day ? `<div role="gridcell" aria-selected="${selected(day)}" id="day-cell-${day}" data-calendar-day="${day}" class="calendar-item${selected(day) ? ' selected' : ''}" tabindex="${selected(day) ? 0 : -1}" aria-label="${day} ${months[m - 1]} ${y}">${day}</div>` : '<div role="gridcell"></div>')).join('')}</div>`,
    )
    .join('')}</div></ix-date-time-card></ix-date-picker>`;
};
const dropdown = (id: string, inner: string, open = false) =>
  `<ix-dropdown${id ? ` id="${id}"` : ''} aria-modal="true" data-ix-focus-trap class="dropdown-menu${open ? ' show' : ''} overflow" style="margin: 0px; min-width: 0px; position: fixed;">${inner}</ix-dropdown>`;

const T: Record<string, (el: Element) => string> = {
  'ix-field-wrapper': (wrapperEl) => {
    // the wrapper's props (label, helperText, invalidText, isInvalid, required) are set as properties by the field
    // whose shadow root holds it, not as attributes
    const el = (wrapperEl.getRootNode() as ShadowRoot).host;
    const invalidText = invalid(el) && a(el, 'invalid-text');
    const bottom = invalidText
      ? `<ix-typography text-color="alarm" class="bottom-text">${icon('error', ' aria-hidden="true" class="text-icon invalid"')}${a(el, 'invalid-text')}</ix-typography>`
      : a(el, 'helper-text')
        ? `<ix-typography class="bottom-text" text-color="soft">${a(el, 'helper-text')}</ix-typography>`
        : '';
    return `${a(el, 'label') ? `<div class="field-top"><ix-field-label${has(el, 'required') ? ' required' : ''} class="text-overflow-wrap">${a(el, 'label')}</ix-field-label></div>` : ''}<div class="slot-wrapper"><slot></slot></div><div class="field-bottom">${bottom}<div class="bottom-right"><slot name="bottom-right"></slot></div></div>`;
  },
  'ix-field-label': (el) =>
    `<label aria-hidden="true"><ix-typography text-color="soft" format="label" class="typography-label"><slot></slot>${has(el, 'required') ? '<span>*</span>' : ''}</ix-typography></label>`,
  'ix-typography': () => '<slot></slot>',
  'ix-icon': () => '<svg viewBox="0 0 512 512" aria-hidden="true"><path d="M256 0z"></path></svg>',
  'ix-icon-button': (el) =>
    `<button type="button" class="btn btn-${a(el, 'variant') || 'primary'} btn-icon btn-icon-16" aria-label="${a(el, 'aria-label')}" tabindex="-1">${icon(a(el, 'icon'))}</button>`,
  'ix-input': (el) =>
    wrapper(
      el,
      `<div class="input-wrapper"><div class="start-container"><slot name="start"></slot></div>${nativeInput(el, a(el, 'type') || 'text')}<div class="end-container"><slot name="end"></slot></div></div>`,
    ),
  'ix-number-input': (el) =>
    wrapper(
      el,
      `<div class="input-wrapper"><div class="start-container"><slot name="start"></slot></div>${nativeInput(el, 'number')}<div class="end-container"><slot name="end"></slot><div class="number-stepper-container container-hidden">${iconButton('decrement number', 'minus', ' class="number-stepper-button step-minus"')}${iconButton('increment number', 'plus', ' class="number-stepper-button step-plus"')}</div></div></div>`,
    ),
  'ix-select': (el) => {
    const id = a(el, 'id');
    const multiple = a(el, 'mode') === 'multiple';
    const chosen = a(el, 'value').split(',').filter(Boolean);
    const items = Array.from(el.querySelectorAll('ix-select-item'));
    const labels = items.filter((i) => chosen.includes(a(i, 'value'))).map((i) => a(i, 'label'));
    const open = has(el, 'open');
    const chips = multiple ? labels.map((l) => `<ix-filter-chip title="${l}">${l}</ix-filter-chip>`).join('') : '';
    const proxy = open
      ? items
          .map(
            (i) =>
              `<li id="${a(i, 'id')}-proxy-listbox-item" role="option" aria-label="${a(i, 'label')}" aria-selected="${chosen.includes(a(i, 'value'))}">${a(i, 'label')}</li>`,
          )
          .join('')
      : '';
    return `${wrapper(el, `<div class="select"><div class="input-container"><div class="chips">${chips}<div class="trigger"><input id="${id}-input" role="combobox" aria-controls="${id}-proxy-listbox" aria-expanded="${open}" aria-autocomplete="list" aria-disabled="${has(el, 'disabled')}" autocomplete="off" data-testid="input"${has(el, 'disabled') ? ' disabled' : ''}${has(el, 'required') ? ' required' : ''} type="text" placeholder="${has(el, 'disabled') ? '' : 'Select an option'}" value="${multiple ? '' : (labels[0] ?? '')}">${has(el, 'disabled') ? '' : iconButton(open ? 'Close select dropdown' : 'Open select dropdown', open ? 'chevron-up-small' : 'chevron-down-small', ' aria-hidden="true" tabindex="-1" data-select-dropdown')}</div></div></div></div>`)}${dropdown(
      `${id}-listbox`,
      `<div aria-hidden="true" class="select-list-header hidden" title="Select an option">Select an option</div><slot></slot><ul class="proxy-list" role="listbox" id="${id}-proxy-listbox" aria-hidden="${!open}" aria-multiselectable="${multiple}">${proxy}</ul>`,
      open,
    )}`;
  },
  'ix-select-item': (el) =>
    `<ix-dropdown-item aria-hidden="true" role="option" aria-disabled="false" class="${has(el, 'selected') ? 'select-item-checked' : ''}"${has(el, 'selected') ? ' checked' : ''} label="${a(el, 'label')}"></ix-dropdown-item>`,
  'ix-dropdown-item': (el) =>
    `<div class="dropdown-item"><div class="dropdown-item-checked">${has(el, 'checked') ? icon('single-check', ' aria-hidden="true" class="checkmark"') : ''}</div><div class="dropdown-item-text">${a(el, 'label')}<slot></slot></div><div class="dropdown-item-end"><slot name="end"></slot></div></div>`,
  'ix-dropdown': (el) =>
    `<div style="display: contents;" role="presentation">${el.classList.contains('show') ? '<slot></slot>' : ''}</div>`,
  'ix-filter-chip': (el) =>
    `<div class="slot-container"><slot></slot></div>${iconButton(`Remove ${el.textContent}`, 'close-small', ' variant="tertiary" oval')}`,
  'ix-date-input': (el) =>
    `${wrapper(el, `<div class="input-wrapper"><div class="start-container"><slot name="start"></slot></div><input aria-haspopup="true" autocomplete="off"${invalid(el) ? ' class="is-invalid"' : ''}${has(el, 'required') ? ' required' : ''} type="text" value="${a(el, 'value')}" placeholder="${a(el, 'placeholder')}" name="${a(el, 'name')}"><div class="end-container"><slot name="end"></slot>${iconButton('Open calendar', 'calendar', ' tabindex="-1" data-testid="open-calendar"')}</div></div>`)}${dropdown(
      '',
      datePicker(a(el, 'format') === 'MM/dd/yyyy' ? a(el, 'value') : ''),
    )}`,
  'ix-date-picker': () => '<slot></slot>',
  'ix-date-time-card': () =>
    `<div class="card"><div class="header-container"><div class="header"><slot name="header"></slot></div><div class="separator"></div></div><div class="content"><slot></slot></div></div>`,
  'ix-dropdown-button': (el) => {
    const n = a(el, 'aria-controls').replace('dropdown-button-menu-', '');
    return `<div class="dropdown-button"><ix-button id="dropdown-button-${n}" class="internal-button" variant="tertiary" alignment="start" tabindex="-1"><div class="content"><div class="button-label"></div><slot name="button-label"></slot></div></ix-button></div><ix-dropdown role="menu" id="dropdown-button-menu-${n}" aria-labelledby="dropdown-button-${n}" aria-modal="true" data-ix-focus-trap class="dropdown-menu overflow" style="margin: 0px; min-width: 0px; position: fixed;"><slot></slot></ix-dropdown>`;
  },
  'ix-button': () => '<button type="button" class="btn btn-tertiary" tabindex="-1"><slot></slot></button>',
  'ix-checkbox-group': (el) => wrapper(el, '<div class="checkbox-container"><slot></slot></div>'),
  'ix-radio-group': (el) => wrapper(el, '<div class="checkbox-container"><slot></slot></div>'),
  'ix-checkbox': (el) =>
    `<label><input aria-checked="${has(el, 'checked')}" type="checkbox"${has(el, 'checked') ? ' checked' : ''}><div class="checkbox-button"><button class="${has(el, 'checked') ? 'checked' : ''}">${has(el, 'checked') ? '<svg width="18" height="18" viewBox="0 0 18 18"><path d="M7 12.5 3.5 9l1-1L7 10.5 13.5 4l1 1z"></path></svg>' : ''}</button></div><ix-typography format="label" text-color="std">${a(el, 'label')}<slot></slot></ix-typography></label>`,
  'ix-radio': (el) =>
    `<label><div class="radio-button"><div aria-hidden="true" class="radio-checkmark${has(el, 'checked') ? ' checked' : ''}"><div class="checkmark" style="visibility: ${has(el, 'checked') ? 'visible' : 'hidden'};"></div></div></div><ix-typography format="label" text-color="std">${a(el, 'label')}<slot></slot></ix-typography></label>`,
};
const render = (html: string) =>
  renderComponents(`<ix-application><ix-content><form novalidate class="needs-validation">${html}</form></ix-content></ix-application>`, T);

const input = (name: string, label: string, value: string, extra = '') =>
  `<ix-input name="${name}" label="${label}" value="${value}"${extra} class="hydrated"></ix-input>`;
const number = (name: string, label: string, value: string) =>
  `<ix-number-input name="${name}" label="${label}" value="${value}" class="hydrated"></ix-number-input>`;
const date = (name: string, label: string, value: string, extra = ' format="MM/dd/yyyy"') =>
  `<ix-date-input name="${name}" label="${label}" value="${value}"${extra} class="hydrated"></ix-date-input>`;
let selects = 0;
const select = (name: string, label: string, chosen: string[], options: string[], extra = '') => {
  const id = `ix-select-${selects++}`;
  return `<ix-select id="${id}" name="${name}" label="${label}" value="${chosen.join(',')}"${extra} tabindex="0" class="hydrated">${options
    .map(
      (o, i) =>
        `<ix-select-item value="${o}" label="${o}" aria-label="${o}" id="${id}-item-${i}" aria-hidden="true" role="presentation"${chosen.includes(o) ? ' selected' : ''} class="ix-focusable hydrated"></ix-select-item>`,
    )
    .join('')}</ix-select>`;
};
const radios = (label: string, value: string, options: string[]) =>
  `<ix-radio-group label="${label}" role="radiogroup" class="hydrated">${options
    .map(
      (o) =>
        `<ix-radio name="frequency" value="${o}" label="${o}" aria-checked="${o === value}" aria-disabled="false" role="radio" tabindex="0"${o === value ? ' checked class="checked hydrated"' : ' class="hydrated"'}></ix-radio>`,
    )
    .join('')}</ix-radio-group>`;
const checkboxes = (label: string, checked: string[], options: string[]) =>
  `<ix-checkbox-group label="${label}" class="hydrated">${options
    .map(
      (o) =>
        `<ix-checkbox name="icd" value="${o}" label="${o}" aria-checked="${checked.includes(o)}" aria-disabled="false" role="checkbox"${checked.includes(o) ? ' checked class="checked hydrated"' : ' class="hydrated"'}></ix-checkbox>`,
    )
    .join('')}</ix-checkbox-group>`;
const section = (title: string, body: string) =>
  `<ix-typography format="h4">${title}</ix-typography><ix-layout-grid>${body}</ix-layout-grid>`;
const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const CODES = ['M04.1', 'M06.1', 'M04.8'];
const therapy = (i: 0 | 1) => {
  const v = (k: 'drug' | 'dose' | 'start' | 'stop' | 'outcome') => THERAPIES[`priorTherapies.${i}.${k}`];
  return section(
    `Prior therapy ${i + 1}`,
    `${input(`t${i}drug`, 'Drug', v('drug'))}${input(`t${i}dose`, 'Dose', v('dose'))}${date(`t${i}start`, 'Start date', v('start'))}${date(`t${i}stop`, 'Stop date', v('stop'))}${input(`t${i}outcome`, 'Outcome', v('outcome'))}`,
  );
};

describe('Siemens iX 5: ix-input, ix-select (chips in multiple mode), ix-date-input, ix-checkbox-group, ix-radio-group', () => {
  // misread: reads only the three date inputs (named by their `name`: dob, crpDate, t0start…); every other field is
  // unnamed: its label is ix-field-label's light DOM inside ix-field-wrapper's shadow root, aria-hidden and linked to
  // nothing, so the inputs carry only generated ids ("input-0", "ix-select-1-input") and the radio group reads empty
  it.fails('reads the full Ilaris request', () => {
    render(
      `${section('Patient', `${input('memberId', 'Member ID', ILARIS['patient.memberId'], ' required')}${date('dob', 'Date of birth', ILARIS['patient.dob'])}${number('weight', 'Weight (kg)', '72')}`)}
      ${section('Diagnosis', select('icd', 'ICD-10 codes', ['M04.1', 'M06.1'], CODES, ' mode="multiple"'))}
      ${section('Medication', `${select('drug', 'Drug name', [DRUGS[0]!], DRUGS)}${input('hcpcs', 'HCPCS code', 'J0638')}${input('ndc', 'NDC', ILARIS['drug.ndc'], ' helper-text="11 digits, 5-4-2"')}${number('dose', 'Dose (mg)', '150')}${number('units', 'Billing units', '150')}${radios('Frequency', 'Every 4 weeks', FREQ)}`)}
      ${section('Labs', `${number('crp', 'CRP (mg/L)', '24')}${date('crpDate', 'CRP collection date', ILARIS['labs.crpDate'])}`)}
      ${therapy(0)}${therapy(1)}
      ${section('Prescriber', input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], ' required'))}
      <ix-button type="submit">Submit request</ix-button>`,
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  // misread: reads nothing: the label "Member ID" sits in ix-field-wrapper's shadow root (an aria-hidden <label> with no
  // `for`, its text slotted from ix-field-label), the input in ix-input's; the dump shows only the id "input-0"
  it.fails('names an ix-input by its field label (aria-hidden, linked to nothing), not its helper text', () => {
    render(
      `${input('memberId', 'Member ID', ILARIS['patient.memberId'], ' required helper-text="As printed on the card"')}${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('patient.memberId')?.label).toBe('Member ID');
  });

  // misread: reads nothing, as above: neither input gets a label signal (only ids "input-0", "input-1")
  it.fails('reads an invalid ix-input as empty, and names the next field by its own label, not the invalid text', () => {
    render(
      `<ix-input name="memberId" label="Member ID" value="" required invalid-text="Member ID is required" class="ix-invalid hydrated"></ix-input>${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  // misread: reads nothing: both combobox inputs show the right text ("Kineret (anakinra)", "") but are named only by
  // their ids, data-testid "input" and placeholder "Select an option"; the field label is unreachable as above
  it.fails('reads a single ix-select by its combobox input, and nothing from its closed dropdown of items', () => {
    render(`${select('drug', 'Drug name', [DRUGS[1]!], DRUGS)}${select('frequency', 'Frequency', [], FREQ)}`);
    expect(read()).toEqual({ 'drug.name': 'Kineret (anakinra)', 'drug.frequency': '' });
    nothingFrom('ix-dropdown');
    nothingFrom('ix-select-item');
  });

  // misread: reads nothing: the combobox input reads its chips right ("M04.1, M06.1") but has no label signal
  it.fails('reads a multiple ix-select as its chips, not the "Remove" buttons', () => {
    render(select('icd', 'ICD-10 codes', ['M04.1', 'M06.1'], CODES, ' mode="multiple"'));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    noDuplicatePaths();
  });

  // misread: reads nothing: the combobox reads "Once" and the HCPCS input "J0638", neither named (labels unreachable)
  it.fails('reads an open ix-select as its choice, and nothing from its proxy listbox or items', () => {
    render(`${select('frequency', 'Frequency', ['Once'], FREQ, ' open')}${input('hcpcs', 'HCPCS code', 'J0638')}`);
    expect(read()).toEqual({ 'drug.frequency': 'Once', 'drug.hcpcs': 'J0638' });
    nothingFrom('ix-dropdown');
  });

  it('reads ix-date-input as shown, in its default yyyy/LL/dd format too, and nothing from its closed date picker', () => {
    render(`${date('dob', 'Date of birth', ILARIS['patient.dob'])}${date('crpDate', 'CRP collection date', '2026/11/02', '')}`);
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': '2026/11/02' });
    nothingFrom('ix-date-picker');
    noDuplicatePaths();
  });

  // misread: reads nothing: the role=radiogroup host is collected as a combobox with value "" (its ix-radio hosts carry
  // role=radio + aria-checked, their text only in their shadow roots), and the HCPCS input is unnamed as above
  it.fails('reads an ix-radio-group of role=radio hosts by its checked radio', () => {
    render(`${input('hcpcs', 'HCPCS code', 'J0638')}${radios('Frequency', 'Every 8 weeks', FREQ)}`);
    expect(read()).toEqual({ 'drug.hcpcs': 'J0638', 'drug.frequency': 'Every 8 weeks' });
  });

  it('reads an ix-checkbox-group as its ticked codes', () => {
    render(checkboxes('ICD-10 codes', ['M04.1', 'M06.1'], CODES));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });
});
