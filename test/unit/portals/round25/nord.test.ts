import { describe, expect, it } from 'vitest';
import { field, read, units } from '../read';
import { ISO_REQUEST, ISO_THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';
import { renderComponents } from '../components/shadow';

/**
 * Nord Design System 4.20 (Nordhealth; @nordhealth/components@4.20.0 from npm: the Lit sources its source maps
 * carry, src/input/Input.ts, common/mixins/FormAssociatedMixin.ts (renderLabel/renderHint/renderError),
 * select/Select.ts, date-picker/DatePicker.ts + localization.ts, calendar/Calendar.ts + localization.ts,
 * popout/Popout.ts, checkbox/Checkbox.ts, radio/Radio.ts, fieldset/Fieldset.ts, table/Table.ts, modal/Modal.ts,
 * button/Button.ts, icon/Icon.ts; the source repository is private):
 * - Every form component's shadow root: `div.n-label-container > label[for=input]` > `slot[name=label]` (fallback:
 *   the `label` attribute) + `span.n-required[aria-hidden=true]` "*" (`hidden` unless required), then
 *   `div.n-caption.n-hint#hint` (`hidden` without a hint); with `hide-label` that label and hint are wrapped in
 *   `nord-visually-hidden`; after the control `div.n-caption.n-error#error[role=alert]` (`hidden` without an error).
 * - nord-input: `div.n-input-container > slot[name=start]`, `input#input.n-input` (type "number" renders
 *   `type=text inputmode=numeric pattern=[0-9]*`, spellcheck=false, autocomplete=off), `slot[name=end]` (a unit
 *   suffix is slotted there by the page).
 * - nord-select: a default `slot` for the page's light-DOM `<option>`s, the label, `div.n-select-container >
 *   select#input` (its options copied, the placeholder as `option[value=""][disabled]`) + an inert nord-button
 *   showing the chosen option's text (or the placeholder) and a dropdown nord-icon.
 * - nord-date-picker (ISO adapter, "yyyy-mm-dd"): a nord-input#input carrying the label and the formatted value,
 *   with `nord-button.n-date-picker-toggle[slot=end][aria-controls=popout]` (nord-visually-hidden "Choose date, Selected
 *   date is March 14, 1988"), then the always-rendered `nord-popout#popout[role=dialog][aria-modal=true]
 *   [aria-labelledby=header]` (closed: no `open`, its `div.n-popout[aria-hidden=true]`) holding the "Choose a date"
 *   heading, a close button and nord-calendar: visually hidden h2 "March, 1988", native month/year selects
 *   aria-labelled "Month"/"Year", and a day table of `button.n-calendar-day[aria-pressed][aria-label="March 14"]`
 *   (weeks from Monday).
 * - nord-checkbox: `div.n-flex > div.n-input-container > input#input.n-input[type=checkbox]` + icons, then
 *   `div.n-expand` with the label. nord-radio renders its `input[slot=input]` and `label[slot=label-internal]
 *   [for=nord-radio-input-N]` into the LIGHT DOM (label first), its shadow root only slots them.
 * - nord-fieldset: `fieldset > legend.n-label-container > div.n-label > slot[name=label]` + required span, hint,
 *   the default slot, the error. nord-table has no shadow root (a styled wrapper of the page's `<table>`);
 *   nord-card slots an `h2[slot=header]`; nord-modal sets role=dialog on its host and slots header and body.
 */

const a = (el: Element, k: string) => el.getAttribute(k) ?? '';
const has = (el: Element, k: string) => el.hasAttribute(k);
const h = (on: boolean) => (on ? '' : ' hidden');

const labelPart = (el: Element) => {
  const label = `<label for="input"><slot name="label">${a(el, 'label')}</slot><span${h(has(el, 'required'))} aria-hidden="true" class="n-required">*</span></label>`;
  const hint = `<div class="n-caption n-hint" id="hint"${h(!!a(el, 'hint'))}><slot name="hint">${a(el, 'hint')}</slot></div>`;
  return has(el, 'hide-label')
    ? `<nord-visually-hidden>${label}${hint}</nord-visually-hidden>`
    : `<div class="n-label-container">${label}${hint}</div>`;
};
const errorPart = (el: Element) =>
  `<div class="n-caption n-error" id="error" role="alert"${h(!!a(el, 'error'))}><slot name="error">${a(el, 'error')}</slot></div>`;
const described = (el: Element) => [a(el, 'hint') && 'hint', a(el, 'error') && 'error'].filter(Boolean).join(' ');

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** nord-calendar's shadow root for the month of `iso` (a six-week view from Monday), that day pressed */
const calendar = (el: Element) => {
  const [y, m, d] = (a(el, 'value') || '2026-12-04').split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1, 1));
  const start = new Date(first.getTime() - ((first.getUTCDay() + 6) % 7) * 86400000);
  const days = Array.from({ length: 42 }, (_, i) => new Date(start.getTime() + i * 86400000));
  const weeks = [0, 1, 2, 3, 4, 5].map((w) => days.slice(w * 7, w * 7 + 7));
  const pressed = (day: Date) => !!a(el, 'value') && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
  const names = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
  return `<div class="n-calendar"><div class="n-calendar-header"><div><nord-visually-hidden><h2 id="dialog-label" aria-live="polite" aria-atomic="true">${months[m - 1]}, ${y}</h2></nord-visually-hidden><div class="n-calendar-select"><select aria-label="Month" class="n-calendar-select-month">${months
    .map((n, i) => `<option value="${i}"${i === m - 1 ? ' selected' : ''}>${n}</option>`)
    .join(
      '',
    )}</select><div class="n-calendar-select-label" aria-hidden="true"><span>${months[m - 1]!.slice(0, 3)}</span><nord-icon color="var(--n-color-icon)" name="arrow-down-small" size="xxs"></nord-icon></div></div><div class="n-calendar-select"><select aria-label="Year" class="n-calendar-select-year">${[
    y - 1,
    y,
    y + 1,
  ]
    .map((n) => `<option${n === y ? ' selected' : ''}>${n}</option>`)
    .join(
      '',
    )}</select><div class="n-calendar-select-label" aria-hidden="true"><span>${y}</span><nord-icon color="var(--n-color-icon)" name="arrow-down-small" size="xxs"></nord-icon></div></div></div><div class="n-calendar-nav"><nord-button class="n-calendar-prev" size="m" square type="button"><nord-visually-hidden>Previous month</nord-visually-hidden><nord-icon name="arrow-left-small" size="s"></nord-icon></nord-button><nord-button class="n-calendar-next" size="m" square type="button"><nord-visually-hidden>Next month</nord-visually-hidden><nord-icon name="arrow-right-small" size="s"></nord-icon></nord-button></div></div><table class="n-calendar-table" aria-labelledby="dialog-label"><thead><tr>${names
    .map(
      (n) =>
        `<th class="n-calendar-table-header" scope="col"><span aria-hidden="true">${n.slice(0, 2)}</span><nord-visually-hidden>${n}</nord-visually-hidden></th>`,
    )
    .join('')}</tr></thead><tbody>${weeks
    .map(
      (w) =>
        `<tr class="n-calendar-row">${w
          .map(
            (day) =>
              `<td class="n-calendar-cell"><button type="button" tabindex="${pressed(day) ? 0 : -1}" class="n-calendar-day${day.getUTCMonth() === m - 1 ? ' is-month' : ''}" aria-pressed="${pressed(day)}" aria-label="${months[day.getUTCMonth()]} ${day.getUTCDate()}"><span aria-hidden="true">${day.getUTCDate()}</span></button></td>`,
          )
          .join('')}</tr>`,
    )
    .join('')}</tbody></table></div>`;
};

const T: Record<string, (el: Element) => string> = {
  'nord-input': (el) => {
    const number = a(el, 'type') === 'number';
    return `${labelPart(el)}<div class="n-input-container"><slot name="start"></slot><input id="input" class="n-input" type="${number ? 'text' : a(el, 'type') || 'text'}"${number ? ' inputmode="numeric" pattern="[0-9]*"' : ''}${has(el, 'disabled') ? ' disabled' : ''}${has(el, 'required') ? ' required' : ''}${has(el, 'readonly') ? ' readonly' : ''}${a(el, 'name') ? ` name="${a(el, 'name')}"` : ''} value="${a(el, 'value')}"${has(el, 'placeholder') ? ` placeholder="${a(el, 'placeholder')}"` : ''}${described(el) ? ` aria-describedby="${described(el)}"` : ''}${a(el, 'error') ? ' aria-invalid="true"' : ''} spellcheck="false" autocomplete="off"><slot name="end"></slot></div>${errorPart(el)}`;
  },
  'nord-select': (el) => {
    const value = a(el, 'value');
    const options = Array.from(el.querySelectorAll('option'));
    const chosen = options.find((o) => o.value === value);
    const text = chosen?.text ?? (a(el, 'placeholder') || options[0]?.text || '');
    return `<slot></slot>${labelPart(el)}<div class="n-select-container"><select id="input"${has(el, 'disabled') ? ' disabled' : ''}${has(el, 'required') ? ' required' : ''} name="${a(el, 'name')}" autocomplete="off">${a(el, 'placeholder') ? `<option value="" disabled${value ? '' : ' selected'}>${a(el, 'placeholder')}</option>` : ''}${options
      .map((o) => `<option value="${o.value}"${o === chosen ? ' selected' : ''}>${o.text}</option>`)
      .join(
        '',
      )}</select><nord-button size="m"${has(el, 'disabled') ? ' disabled' : ''} type="button" inert><slot slot="start" name="icon"></slot>${text}<nord-icon slot="end" name="interface-dropdown-small"></nord-icon></nord-button></div>${errorPart(el)}`;
  },
  'nord-date-picker': (el) => {
    const value = a(el, 'value');
    const [y, m, d] = value.split('-').map(Number);
    const pass = ['hint', 'error', 'placeholder'].map((k) => (has(el, k) ? ` ${k}="${a(el, k)}"` : '')).join('');
    const flags = ['required', 'disabled', 'readonly', 'hide-label'].map((k) => (has(el, k) ? ` ${k}` : '')).join('');
    return `<nord-input class="n-date-picker-input" value="${value}" label="${a(el, 'label')}"${pass} id="input" size="m"${flags} disallow-pattern="[^0-9./-]"><nord-button size="m" slot="end" class="n-date-picker-toggle" aria-controls="popout" type="button" aria-expanded="${has(el, 'open')}"><nord-icon name="interface-calendar"></nord-icon><nord-visually-hidden>Choose date${value ? `<span>, Selected date is ${months[m! - 1]} ${d}, ${y}</span>` : ''}</nord-visually-hidden></nord-button></nord-input><nord-popout${has(el, 'open') ? ' open popover="manual"' : ''} id="popout" anchor="input" align="end" position="block-end" role="dialog" aria-modal="true" aria-labelledby="header"><div aria-hidden="true" tabindex="0"></div><nord-stack class="n-date-picker-header" direction="horizontal" justify-content="space-between"><div class="n-date-picker-heading" id="header">Choose a date</div><nord-button class="n-date-picker-close-button" type="button" size="s" variant="plain"><nord-visually-hidden>Close window</nord-visually-hidden><nord-icon name="interface-close-small"></nord-icon></nord-button></nord-stack><nord-calendar class="n-date-picker-calendar" expand value="${value}"></nord-calendar><div aria-hidden="true" tabindex="0"></div></nord-popout>`;
  },
  'nord-calendar': calendar,
  'nord-popout': (el) => `<div class="n-popout" aria-hidden="${has(el, 'open') ? 'false' : 'true'}"><slot></slot></div>`,
  'nord-checkbox': (el) =>
    `<div class="n-flex"><div class="n-input-container"><input class="n-input" id="input" type="checkbox" name="${a(el, 'name')}" value="${a(el, 'value') || 'on'}"${has(el, 'checked') ? ' checked' : ''}${has(el, 'disabled') ? ' disabled' : ''}><nord-icon class="icon-checked" name="interface-checked-small"></nord-icon><nord-icon class="icon-indeterminate" name="interface-remove-small"></nord-icon></div><div class="n-expand">${labelPart(el)} ${errorPart(el)}</div></div>`,
  'nord-radio': (el) =>
    `<div class="n-flex"><div class="n-input-container"><slot name="input"></slot>${has(el, 'checked') ? '<div class="n-dot"></div>' : ''}</div><div class="n-expand"><div class="n-label-container"><slot name="label"></slot><slot name="label-internal"></slot><div class="n-caption n-hint" hidden><slot name="hint"></slot><slot name="hint-internal"></slot></div></div><div class="n-caption n-error" role="alert" hidden><slot name="error"></slot><slot name="error-internal"></slot></div></div></div>`,
  'nord-fieldset': (el) =>
    `<fieldset${a(el, 'error') ? ' aria-invalid="true"' : ''}${has(el, 'required') ? ' aria-required="true"' : ''}><legend class="n-label-container"><div class="n-label"><slot name="label">${a(el, 'label')}</slot><span aria-hidden="true" class="n-required"${h(has(el, 'required'))}>*</span></div><div class="n-caption n-hint" id="hint"${h(!!a(el, 'hint'))}><slot name="hint">${a(el, 'hint')}</slot></div></legend><slot></slot>${errorPart(el)}</fieldset>`,
  'nord-button': () =>
    `<slot name="proxy"></slot><button class="n-button"><slot name="start"></slot><div class="n-content"><slot></slot></div><nord-spinner class="n-button-spinner" color="currentColor" hidden></nord-spinner><slot name="end"></slot></button>`,
  'nord-icon': (el) =>
    `<div${a(el, 'label') ? ` role="img" aria-label="${a(el, 'label')}"` : ''}><slot aria-hidden="true"></slot><div aria-hidden="true"><svg viewBox="0 0 24 24"><path d="M12 16 6 10h12z"></path></svg></div></div>`,
  'nord-visually-hidden': () => '<slot></slot>',
  'nord-stack': () => '<slot></slot>',
  'nord-card': () =>
    `<div class="n-card"><div class="header"><slot name="header"></slot><slot name="header-end"></slot></div><slot></slot><slot name="footer" hidden></slot></div>`,
  'nord-modal': () =>
    `<div class="n-modal-backdrop"><div class="n-modal" tabindex="0"><div class="n-modal-header n-rounded-top"><slot class="n-padded" name="header"></slot><button class="n-close"><nord-icon name="interface-close-small" size="s" label="Close dialog"></nord-icon></button></div><div class="n-modal-body"><slot name="feature" hidden></slot><slot class="n-body-padded"></slot></div><nord-footer><slot name="footer"></slot></nord-footer></div></div>`,
};
/** Renders the page, then chooses each shadow-root select's option marked `selected`, as Lit's `.selected`
 *  binding does (happy-dom's innerHTML may choose another one). */
const render = (html: string, form = true) => {
  renderComponents(`<nord-layout><main>${form ? `<form novalidate>${html}</form>` : html}</main></nord-layout>`, T);
  const settle = (root: ParentNode): void => {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      if (el instanceof HTMLSelectElement) {
        const marked = Array.from(el.options).findIndex((o) => o.hasAttribute('selected'));
        if (marked >= 0) el.selectedIndex = marked;
      }
      if (el.shadowRoot) settle(el.shadowRoot);
    }
  };
  settle(document);
};

const input = (name: string, label: string, value: string, extra = '', inner = '') =>
  `<nord-input name="${name}" label="${label}" value="${value}"${extra}>${inner}</nord-input>`;
const unit = (u: string) => `<span slot="end">${u}</span>`;
const date = (name: string, label: string, value: string, extra = '') =>
  `<nord-date-picker name="${name}" label="${label}" value="${value}"${extra}></nord-date-picker>`;
const select = (name: string, label: string, value: string, options: string[], extra = '') =>
  `<nord-select name="${name}" label="${label}" value="${value}"${extra}>${options.map((o) => `<option value="${o}">${o}</option>`).join('')}</nord-select>`;
let radioId = 0;
const radios = (name: string, label: string, value: string, options: string[]) =>
  `<nord-fieldset label="${label}"><nord-stack gap="s">${options
    .map((o) => {
      const id = `nord-radio-input-${radioId++}`;
      return `<nord-radio name="${name}" value="${o}" label="${o}"${o === value ? ' checked' : ''}><label slot="label-internal" for="${id}">${o}</label><input slot="input" class="n-input" id="${id}" type="radio" name="${name}" value="${o}"${o === value ? ' checked' : ''}></nord-radio>`;
    })
    .join('')}</nord-stack></nord-fieldset>`;
const checkboxes = (label: string, checked: string[], options: string[], extra = '') =>
  `<nord-fieldset label="${label}"${extra}><nord-stack gap="s">${options
    .map((o) => `<nord-checkbox name="icd" value="${o}" label="${o}"${checked.includes(o) ? ' checked' : ''}></nord-checkbox>`)
    .join('')}</nord-stack></nord-fieldset>`;
const card = (title: string, body: string) => `<nord-card><h2 slot="header">${title}</h2><nord-stack>${body}</nord-stack></nord-card>`;
const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const therapyTable = () =>
  `<nord-table><table><thead><tr><th>Drug</th><th>Dose</th><th>Start date</th><th>Stop date</th><th>Outcome</th></tr></thead><tbody>${(
    [0, 1] as const
  )
    .map((i) => {
      const v = (k: string) => ISO_THERAPIES[`priorTherapies.${i}.${k}` as keyof typeof ISO_THERAPIES];
      return `<tr><td>${input(`t${i}drug`, 'Drug', v('drug'), ' hide-label expand')}</td><td>${input(`t${i}dose`, 'Dose', v('dose'), ' hide-label expand')}</td><td>${date(`t${i}start`, 'Start date', v('start'), ' hide-label')}</td><td>${date(`t${i}stop`, 'Stop date', v('stop'), ' hide-label')}</td><td>${input(`t${i}outcome`, 'Outcome', v('outcome'), ' hide-label expand')}</td></tr>`;
    })
    .join('')}</tbody></table></nord-table>`;

describe('Nord 4: nord-input, nord-select, nord-date-picker, nord-fieldset of checkboxes and radios, nord-table', () => {
  it('reads the full Ilaris request', () => {
    render(
      `${card('Patient', `${input('memberId', 'Member ID', ISO_REQUEST['patient.memberId'], ' required')}${date('dob', 'Date of birth', ISO_REQUEST['patient.dob'], ' required')}${input('weight', 'Weight', '72', ' type="number"', unit('kg'))}`)}
      ${card('Diagnosis', input('icd', 'ICD-10 codes', 'M04.1, M06.1', ' hint="Separate codes with commas"'))}
      ${card('Medication', `${select('drug', 'Drug name', DRUGS[0]!, DRUGS, ' placeholder="Select a drug"')}${input('hcpcs', 'HCPCS code', 'J0638')}${input('ndc', 'NDC', '00078-0734-61', ' hint="11 digits, 5-4-2"')}${input('dose', 'Dose', '150', '', unit('mg'))}${input('units', 'Billing units', '150')}${radios('frequency', 'Frequency', 'Every 4 weeks', FREQ)}`)}
      ${card('Labs', `${input('crp', 'CRP', '24', '', unit('mg/L'))}${date('crpDate', 'CRP collection date', ISO_REQUEST['labs.crpDate'])}`)}
      ${card('Prior therapies', therapyTable())}
      ${card('Prescriber', input('npi', 'Prescriber NPI', ISO_REQUEST['prescriber.npi'], ' required'))}
      <nord-button type="submit" variant="primary">Submit request</nord-button>`,
    );
    expect(read()).toEqual({ ...ISO_REQUEST, ...ISO_THERAPIES });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('names a required nord-input by its label, without the required asterisk or its hint', () => {
    render(
      `${input('memberId', 'Member ID', ISO_REQUEST['patient.memberId'], ' required hint="As printed on the insurance card"')}${input('npi', 'Prescriber NPI', ISO_REQUEST['prescriber.npi'], ' required')}`,
    );
    expect(read()).toEqual({ 'patient.memberId': ISO_REQUEST['patient.memberId'], 'prescriber.npi': ISO_REQUEST['prescriber.npi'] });
    expect(field('patient.memberId')?.label).toBe('Member ID');
  });

  it('reads a nord-input showing its error as empty, and names the next field by its own label', () => {
    render(
      `${input('memberId', 'Member ID', '', ' required error="Enter the member ID"')}${input('npi', 'Prescriber NPI', ISO_REQUEST['prescriber.npi'])}`,
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ISO_REQUEST['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads nord-select by its chosen option, and as empty while its placeholder is shown', () => {
    render(
      `${select('drug', 'Drug name', DRUGS[1]!, DRUGS, ' placeholder="Select a drug"')}${select('frequency', 'Frequency', '', FREQ, ' placeholder="Select a frequency"')}`,
    );
    expect(read()).toEqual({ 'drug.name': 'Kineret (anakinra)', 'drug.frequency': '' });
    nothingFrom('nord-button');
  });

  it('reads nord-date-picker as its ISO date, and nothing from the closed calendar popout it keeps rendered', () => {
    render(
      `${date('dob', 'Date of birth', ISO_REQUEST['patient.dob'])}${date('crpDate', 'CRP collection date', '', ' hint="yyyy-mm-dd"')}`,
    );
    expect(read()).toEqual({ 'patient.dob': ISO_REQUEST['patient.dob'], 'labs.crpDate': '' });
    expect(field('patient.dob')?.label).toBe('Date of birth');
    nothingFrom('nord-popout');
    noDuplicatePaths();
  });

  it('reads an open nord-date-picker as its date, and nothing from its calendar dialog or month and year selects', () => {
    render(
      `${date('crpDate', 'CRP collection date', ISO_REQUEST['labs.crpDate'], ' open')}${input('npi', 'Prescriber NPI', ISO_REQUEST['prescriber.npi'])}`,
    );
    expect(read()).toEqual({ 'labs.crpDate': ISO_REQUEST['labs.crpDate'], 'prescriber.npi': ISO_REQUEST['prescriber.npi'] });
    nothingFrom('nord-calendar');
  });

  it('reads a nord-fieldset of nord-checkboxes as its ticked codes', () => {
    render(checkboxes('ICD-10 codes', ['M04.1', 'M06.1'], ['M04.1', 'M06.1', 'M04.8'], ' required'));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads a nord-fieldset of nord-radios (inputs and labels in the light DOM) by its checked radio', () => {
    render(`${input('hcpcs', 'HCPCS code', 'J0638')}${radios('frequency', 'Frequency', 'Every 8 weeks', FREQ)}`);
    expect(read()).toEqual({ 'drug.hcpcs': 'J0638', 'drug.frequency': 'Every 8 weeks' });
  });

  it('reads the prior therapies in a nord-table of hidden-label inputs and date pickers', () => {
    render(card('Prior therapies', therapyTable()));
    expect(read()).toEqual(ISO_THERAPIES);
  });

  it('reads the request inside an open nord-modal over a list page', () => {
    render(
      `<h1>Prior authorizations</h1><nord-table><table><thead><tr><th>Member</th><th>Drug</th><th>Status</th></tr></thead><tbody><tr><td>U4829163702</td><td>Ilaris</td><td>Draft</td></tr></tbody></table></nord-table><nord-modal open size="m" role="dialog"><h2 slot="header">New prior authorization</h2><form novalidate>${input('memberId', 'Member ID', ISO_REQUEST['patient.memberId'])}${date('dob', 'Date of birth', ISO_REQUEST['patient.dob'])}${input('npi', 'Prescriber NPI', ISO_REQUEST['prescriber.npi'])}</form><nord-button slot="footer" variant="primary">Continue</nord-button></nord-modal>`,
      false,
    );
    expect(read()).toEqual({
      'patient.memberId': ISO_REQUEST['patient.memberId'],
      'patient.dob': ISO_REQUEST['patient.dob'],
      'prescriber.npi': ISO_REQUEST['prescriber.npi'],
    });
  });
});
