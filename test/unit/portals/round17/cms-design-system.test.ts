import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * CMS Design System (CMSgov/design-system, @cmsgov/design-system 10–12, `ds-c-*`; Medicare.gov and
 * HealthCare.gov). Markup from the repository's snapshots and sources, read through the code index:
 * - TextField: TextField/__snapshots__/TextField.test.tsx.snap (a0e2a58): `div.ds-u-clearfix > label.ds-c-label
 *   [for=<id>][id=<id>__label] + input.ds-c-field[id][name][aria-invalid]`; FormLabel/FormLabel.tsx (e546542)
 *   and its snapshot (d26d874): the label holds `span` (text) + `span.ds-c-field__hint` (requirement label
 *   "Optional." then the hint) + the top-placed error (useFormLabel.tsx, 7bcc194: `span.ds-c-inline-error
 *   .ds-c-field__error-message#<id>__error` with the alert-circle icon), the input `aria-describedby` the hint
 *   and error ids.
 * - Dropdown (newer): Dropdown/__snapshots__/Dropdown.test.tsx.snap (da56d45): `div.ds-c-dropdown > label
 *   .ds-c-label[for=dropdown__button--N][id=dropdown__label--N] > span`, `button.ds-c-dropdown__button.ds-c-field
 *   [role=combobox][aria-haspopup=listbox][aria-expanded][aria-controls][aria-labelledby="<content id> <label
 *   id>"][name]` > `span.ds-u-truncate#dropdown__button-content--N` (the chosen text) + caret svg, then
 *   `div.ds-c-dropdown__menu-container` (hidden while closed, left in the DOM) > `ul.ds-c-dropdown__menu
 *   [role=listbox]` of `li.ds-c-dropdown__item[aria-selected]` (the chosen one with a check icon), and a
 *   bottom error `span.ds-c-inline-error.ds-c-field__error-message--bottom`. Older versions: a native
 *   `select.ds-c-field` (Dropdown/Select.jsx).
 * - MultiInputDateField (DateField/__snapshots__/MultiInputDateField.test.tsx.snap, 8f3a3db; DateInput.tsx,
 *   3be900d): `fieldset.ds-c-fieldset > legend.ds-c-label` (text + hint "For example: 4 / 28 / 1986"),
 *   `div.ds-c-datefield__container.ds-l-form-row` of three TextFields (`div.ds-u-clearfix.ds-l-col--auto`,
 *   label `ds-c-datefield__label` Month/Day/Year, `input.ds-c-field.ds-c-field--month[name][maxlength]
 *   [inputmode=numeric][pattern]`) split by `span.ds-c-datefield__separator` "/".
 * - SingleInputDateField (SingleInputDateField.test.tsx.snap, 379f23c): `div.ds-c-single-input-date-field
 *   [--with-picker]` > label (text + hint), `div.ds-c-label-mask` ("MM/DD/YYYY" twice, one aria-hidden), the
 *   field wrapper with `input.ds-c-field[inputmode=numeric]` and the calendar button (svg titled "Open
 *   calendar picker dialog").
 * - ChoiceList (ChoiceList.test.tsx.snap, c695575): `fieldset.ds-c-fieldset > legend.ds-c-label > span`,
 *   each choice `div > div.ds-c-choice-wrapper > input.ds-c-choice#<id>__choice--N + label.ds-c-label > span`.
 * - Alert: `div.ds-c-alert.ds-c-alert--error[role=region][aria-labelledby]` > icon + `div.ds-c-alert__body >
 *   h2.ds-c-alert__heading + p.ds-c-alert__text`.
 */

let n = 0;
const alertIcon =
  '<svg aria-hidden="true" class="ds-c-icon ds-c-icon--alert-circle " focusable="false" viewBox="36 -12 186 186" xmlns="http://www.w3.org/2000/svg"><path d="M162.18 41.592c-5.595-9.586-13.185-17.176-22.771-22.771z"></path></svg>';
const caret =
  '<span class="ds-c-dropdown__caret"><svg aria-hidden="true" class="ds-c-icon ds-u-font-size--sm" focusable="false" viewBox="0 0 384 512" xmlns="http://www.w3.org/2000/svg"><path d="m360.5 217.5-152 143.1z"></path></svg></span>';
const check =
  '<span class="ds-c-dropdown__item-selected-indicator"><svg aria-hidden="true" class="ds-c-icon ds-u-font-size--sm" focusable="false" viewBox="0 0 512 512" xmlns="http://www.w3.org/2000/svg"><path d="m480.1 128.1-272 272z"></path></svg></span>';

type Extra = { hint?: string; optional?: boolean; error?: string };
const hintOf = (id: string, o: Extra) => {
  const hint = [o.optional ? (o.hint ? 'Optional.' : 'Optional') : '', o.hint ?? ''].filter(Boolean).join(' ');
  return hint ? `<span class="ds-c-field__hint" id="${id}__hint">${hint}</span>` : '';
};
const topError = (id: string, o: Extra) =>
  o.error
    ? `<span class="ds-c-inline-error ds-c-field__error-message" id="${id}__error" aria-live="assertive" aria-atomic="true">${alertIcon}${o.error}</span>`
    : '';
const label = (id: string, text: string, o: Extra, extraClass = '') =>
  `<label class="ds-c-label${extraClass}" for="${id}" id="${id}__label"><span class="">${text}</span>${hintOf(id, o)}${topError(id, o)}</label>`;

const textField = (name: string, text: string, value: string, o: Extra = {}) => {
  const id = `text-field--${++n}`;
  const described = [o.error ? `${id}__error` : '', `${id}__hint`].filter(Boolean).join(' ');
  return `<div class="ds-u-clearfix">${label(id, text, o)}<input aria-describedby="${described}" aria-invalid="${!!o.error}" class="ds-c-field${o.error ? ' ds-c-field--error' : ''}" id="${id}" name="${name}" type="text" value="${value}"></div>`;
};

/** The newer Dropdown: a combobox button, its listbox left in the DOM (hidden) while closed. */
const dropdown = (name: string, text: string, value: string, options: string[], o: Extra & { open?: boolean } = {}) => {
  const i = ++n;
  const [btn, lab, content, menu] = [
    `dropdown__button--${i}`,
    `dropdown__label--${i}`,
    `dropdown__button-content--${i}`,
    `dropdown__menu--${i}`,
  ];
  const items = options
    .map(
      (v, k) =>
        `<li aria-selected="${v === value}" class="ds-c-dropdown__item${v === value ? ' ds-c-dropdown__item--selected' : ''}" id="downshift-${i}-item-${k}" role="option">${v === value ? check : ''}${v}</li>`,
    )
    .join('');
  return `<div class="ds-c-dropdown"><label class="ds-c-label" for="${btn}" id="${lab}"><span class="">${text}</span>${hintOf(btn, o)}</label><button aria-activedescendant="" aria-controls="${menu}" aria-expanded="${!!o.open}" aria-haspopup="listbox" aria-invalid="${!!o.error}" aria-labelledby="${content} ${lab}" class="ds-c-dropdown__button ds-c-field${o.error ? ' ds-c-field--error' : ''}" id="${btn}" name="${name}" role="combobox" tabindex="0"><span class="ds-u-truncate" id="${content}">${value}</span>${caret}</button><div class="ds-c-dropdown__menu-container"${o.open ? '' : ' hidden=""'}><ul class="ds-c-dropdown__menu" id="${menu}" role="listbox">${items}</ul></div>${o.error ? `<span aria-atomic="true" aria-live="assertive" class="ds-c-inline-error ds-c-field__error-message ds-c-field__error-message--bottom" id="${btn}__error">${alertIcon}${o.error}</span>` : ''}</div>`;
};

/** The older Dropdown: a native select. */
const select = (name: string, text: string, value: string, options: string[]) => {
  const id = `select--${++n}`;
  return `<div class="ds-u-clearfix">${label(id, text, {})}<select aria-invalid="false" class="ds-c-field" id="${id}" name="${name}"><option value="">Select an option</option>${options.map((v) => `<option value="${v}"${v === value ? ' selected' : ''}>${v}</option>`).join('')}</select></div>`;
};

const multiDate = (name: string, text: string, value: string) => {
  const id = `date-field--${++n}`;
  const [m = '', d = '', y = ''] = value ? value.split('/') : [];
  const part = (p: string, label: string, v: string, max: number) =>
    `<div class="ds-u-clearfix ds-l-col--auto"><label class="ds-c-label ds-c-datefield__label" for="${id}-${p}" id="${id}-${p}__label"><span class="">${label}</span></label><input aria-describedby="${id}__label" aria-invalid="false" class="ds-c-field ds-c-field--${p}" id="${id}-${p}" inputmode="numeric" maxlength="${max}" name="${name}-${p}" pattern="[0-9]*" type="text" value="${v}"></div>`;
  const sep = '<span class="ds-c-datefield__separator">/</span>';
  return `<fieldset aria-invalid="false" class="ds-c-fieldset"><legend class="ds-c-label" id="${id}__label"><span class="">${text}</span><span class="ds-c-field__hint">For example: 4 / 28 / 1986</span></legend><div class="ds-c-datefield__container ds-l-form-row">${part('month', 'Month', m, 2)}${sep}${part('day', 'Day', d, 2)}${sep}${part('year', 'Year', y, 4)}</div></fieldset>`;
};

const singleDate = (name: string, text: string, value: string, o: Extra = {}) => {
  const id = `date-field--${++n}`;
  return `<div class="ds-c-single-input-date-field ds-c-single-input-date-field--with-picker">${label(id, text, o)}<div class="ds-c-label-mask" id="${id}__label-mask"><span class="">MM/DD/YYYY</span><span aria-hidden="true" class="ds-u-display--none">MM/DD/YYYY</span></div><div class="ds-c-single-input-date-field__field-wrapper"><input aria-describedby="${id}__label-mask" aria-invalid="false" class="ds-c-field" id="${id}" inputmode="numeric" name="${name}" type="text" value="${value}"><button class="ds-c-single-input-date-field__button" type="button"><svg aria-hidden="false" aria-labelledby="icon--${id}__title" class="ds-c-icon ds-c-icon--calendar " focusable="false" role="img" viewBox="0 0 448 512" xmlns="http://www.w3.org/2000/svg"><title id="icon--${id}__title">Open calendar picker dialog</title><path d="M152 64H296V24z"></path></svg></button></div></div>`;
};

const choiceList = (type: 'radio' | 'checkbox', name: string, text: string, chosen: string[], options: string[]) => {
  const id = `choice-list--${++n}`;
  return `<fieldset aria-invalid="false" class="ds-c-fieldset"><legend class="ds-c-label" id="${id}__label"><span class="">${text}</span></legend>${options
    .map(
      (v, k) =>
        `<div><div class="ds-c-choice-wrapper"><input${chosen.includes(v) ? ' checked=""' : ''} class="ds-c-choice" id="${id}__choice--${k}" name="${name}" type="${type}" value="${v}"><label class="ds-c-label" for="${id}__choice--${k}"><span class="">${v}</span></label></div></div>`,
    )
    .join('')}</fieldset>`;
};

const alert = (heading: string, text: string) =>
  `<div class="ds-c-alert ds-c-alert--error" role="region" aria-labelledby="alert--${++n}__heading">${alertIcon}<div class="ds-c-alert__body"><h2 class="ds-c-alert__heading" id="alert--${n}__heading">${heading}</h2><p class="ds-c-alert__text">${text}</p></div></div>`;
const form = (body: string) =>
  `<main class="ds-l-container"><form class="ds-u-margin-top--3">${body}<button type="submit" class="ds-c-button ds-c-button--solid">Submit request</button></form></main>`;
const h = (t: string) => `<h2 class="ds-text-heading--xl">${t}</h2>`;
const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];

describe('CMS Design System: TextField, Dropdown, DateFields, ChoiceList, Alert', () => {
  it('reads the full Ilaris request', () => {
    const therapy = (i: 0 | 1) => {
      const v = (k: 'drug' | 'dose' | 'start' | 'stop' | 'outcome') => THERAPIES[`priorTherapies.${i}.${k}`];
      return `<h3 class="ds-text-heading--lg">Prior therapy ${i + 1}</h3>${textField(`t${i}drug`, 'Drug', v('drug'))}${textField(`t${i}dose`, 'Dose', v('dose'))}${singleDate(`t${i}start`, 'Start date', v('start'))}${singleDate(`t${i}stop`, 'Stop date', v('stop'))}${textField(`t${i}outcome`, 'Outcome', v('outcome'))}`;
    };
    page(
      form(
        `${h('Patient')}${textField('memberId', 'Medicare number', ILARIS['patient.memberId'])}${multiDate('dob', 'Date of birth', ILARIS['patient.dob'])}${textField('weight', 'Weight (kg)', '72')}
        ${h('Diagnosis')}${choiceList('checkbox', 'icd', 'ICD-10 codes', ['M04.1', 'M06.1'], ['M04.1', 'M06.1', 'M04.8'])}
        ${h('Medication')}${dropdown('drugName', 'Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}${textField('hcpcs', 'HCPCS code', 'J0638')}${textField('ndc', 'NDC', ILARIS['drug.ndc'])}${textField('dose', 'Dose (mg)', '150')}${textField('units', 'Billing units', '150')}${choiceList('radio', 'frequency', 'Frequency', ['Every 4 weeks'], FREQ)}
        ${h('Labs')}${textField('crp', 'CRP (mg/L)', '24')}${singleDate('crpDate', 'CRP collection date', ILARIS['labs.crpDate'])}
        ${h('Prior therapies')}${therapy(0)}${therapy(1)}
        ${h('Prescriber')}${textField('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  it('names a TextField by its label, without its "Optional." requirement label, hint or top error', () => {
    page(
      form(
        `${textField('memberId', 'Member ID', '', { error: 'Enter a member ID' })}${textField('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { optional: true, hint: '10 digits' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('patient.memberId')?.label).toBe('Member ID');
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads a closed Dropdown as its chosen text and nothing from its hidden listbox', () => {
    page(
      form(
        `${dropdown('drugName', 'Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}${dropdown('frequency', 'Frequency', 'Every 8 weeks', FREQ)}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': 'Every 8 weeks' });
    nothingFrom('.ds-c-dropdown__menu-container');
    noDuplicatePaths();
  });

  it('reads an open Dropdown by its button, not its listbox options', () => {
    page(
      form(
        `${dropdown('frequency', 'Frequency', 'Once', FREQ, { open: true })}${textField('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Once', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.ds-c-dropdown__menu');
  });

  it('reads a Dropdown showing a bottom error, and an older native-select Dropdown', () => {
    page(
      form(
        `${dropdown('drugName', 'Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'], { error: 'Choose the drug requested' })}${select('frequency', 'Frequency', 'Every 4 weeks', FREQ)}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': 'Every 4 weeks' });
  });

  it('reads a MultiInputDateField as one date from its Month / Day / Year boxes', () => {
    page(form(`${multiDate('dob', 'Date of birth', ILARIS['patient.dob'])}${multiDate('crpDate', 'CRP collection date', '')}`));
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': '' });
  });

  it('reads a SingleInputDateField by its value, not its "MM/DD/YYYY" label mask', () => {
    page(
      form(
        `${singleDate('dob', 'Date of birth', ILARIS['patient.dob'], { hint: 'As on the Medicare card' })}${singleDate('crpDate', 'CRP collection date', '')}`,
      ),
    );
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': '' });
    expect(field('patient.dob')?.label).toBe('Date of birth');
  });

  it('reads checkbox and radio ChoiceLists by their checked choices', () => {
    page(
      form(
        `${choiceList('checkbox', 'icd', 'ICD-10 codes', ['M04.1', 'M06.1'], ['M04.1', 'M06.1', 'M04.8'])}${choiceList('radio', 'frequency', 'Frequency', ['Every 8 weeks'], FREQ)}`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 8 weeks' });
  });

  it('reads the form under an error Alert, which names no field', () => {
    page(
      form(
        `${alert('There was a problem with your request', 'Check the fields marked below.')}${textField('memberId', 'Member ID', ILARIS['patient.memberId'])}${textField('npi', 'Prescriber NPI', '', { error: 'Enter a 10-digit NPI' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': '' });
  });
});
