import { describe, expect, it } from 'vitest';
import { field, read } from '../read';
import { ISO_REQUEST, ISO_THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';
import { renderComponents } from '../components/shadow';

/**
 * Porsche Design System 4.5 (the current major; @porsche-design-system/components-js@4.5.0 from npm, the Stencil
 * components its jsdom-polyfill/index.cjs bundles: InputBase, Label, Required, StateMessage, LoadingMessage, InputText,
 * InputDate, InputSearch, Select + SelectOption, MultiSelect + MultiSelectOption, Checkbox, RadioGroup +
 * RadioGroupOption, ButtonPure, Icon, getComboboxAriaAttributes/getListboxAriaAttributes/getOptionAriaAttributes;
 * the v3 `p-text-field-wrapper` era is gone; the repository is too large to fetch here):
 * - InputBase (p-input-text, p-input-date, p-input-search): `div.root > div.label-wrapper > label.label#label
 *   [for=input-text]` (the text + `span.required[aria-hidden]` " *") + `slot[name=label-after]`, `span.label
 *   #description` when described, `div.wrapper > slot[start]`, `input#input-text[dir=auto]`, slot[end]; then the
 *   always-rendered `span#message.message[role=alert]` (an aria-hidden p-icon + the message in the error state) and
 *   `span#loading.loading[role=status]`. p-input-date draws `input#input-date[type=date]` and a p-button-pure "Open
 *   date picker" (hidden label, calendar icon) at its end.
 * - p-select: the label for `button#button[role=combobox][aria-labelledby=label][aria-haspopup=listbox]
 *   [aria-expanded][aria-controls=listbox]` holding `span` = the chosen option's text + an arrow p-icon, then a
 *   `div[popover=manual]` (closed: not shown, still in the DOM) > `div#listbox.options[role=listbox]` slotting the
 *   light-DOM p-select-option hosts (`role=option aria-selected`, shadow: `div.option` > slot + a check p-icon).
 * - p-multi-select: the same combobox showing the chosen texts joined ", " and a p-button-pure "Reset selection";
 *   its popover holds a p-input-search "Filter options" (hidden label, search icon, clear button) before the
 *   `aria-multiselectable` listbox of p-multi-select-option hosts (a `span.checkbox[aria-hidden]` + slot).
 * - p-checkbox: `div.root > div.wrapper > div.input-wrapper > input#x[type=checkbox]` + the Label for `x`.
 *   p-radio-group: `fieldset.root[role=radiogroup][aria-labelledby=label]` > Label drawn as `div.label#label`,
 *   `div.wrapper > slot` of p-radio-group-option hosts, each `input#radio-group-option[type=radio]` + its label.
 * - p-fieldset: `fieldset > legend` (its label) + slot + the message span. p-icon draws `img[alt=""]` (src omitted
 *   here: PDS_SKIP_FETCH).
 */

const a = (el: Element, k: string) => el.getAttribute(k) ?? '';
const has = (el: Element, k: string) => el.hasAttribute(k);
const icon = (name: string, extra = '') => `<p-icon name="${name}"${extra} aria-hidden="true"></p-icon>`;
const label = (el: Element, htmlFor: string | null, tag = 'label') =>
  `<div class="label-wrapper"><${tag} class="label" id="label"${htmlFor ? ` for="${htmlFor}"` : ''}>${a(el, 'label')}${has(el, 'required') ? '<span class="required" aria-hidden="true"> *</span>' : ''}</${tag}><slot name="label-after"></slot></div>${a(el, 'description') ? `<span class="label" id="description">${a(el, 'description')}</span>` : ''}`;
const message = (el: Element) =>
  `<span id="message" class="message" role="alert">${a(el, 'state') === 'error' && a(el, 'message') ? `${icon('exclamation', ' color="error"')}${a(el, 'message')}` : ''}</span>`;
const describedBy = (el: Element) =>
  [a(el, 'state') === 'error' && a(el, 'message') && 'message', a(el, 'description') && 'description'].filter(Boolean).join(' ');
const inputBase = (el: Element, id: string, type: string, o: { start?: string; end?: string } = {}) =>
  `<div class="root">${label(el, id)}<div class="wrapper"><slot name="start"></slot>${o.start ?? ''}<input${describedBy(el) ? ` aria-describedby="${describedBy(el)}"` : ''}${a(el, 'state') === 'error' ? ' aria-invalid="true"' : ''} id="${id}"${a(el, 'name') ? ` name="${a(el, 'name')}"` : ''} type="${type}"${has(el, 'required') ? ' required' : ''}${a(el, 'placeholder') ? ` placeholder="${a(el, 'placeholder')}"` : ''} value="${a(el, 'value')}"${has(el, 'autocomplete') ? ` autocomplete="${a(el, 'autocomplete')}"` : ''} dir="auto">${o.end ?? ''}<slot name="end"></slot></div>${message(el)}<span id="loading" class="loading" role="status"></span></div>`;
const combobox = (el: Element, shown: string, extra = '') =>
  `<button${a(el, 'state') === 'error' ? ' aria-invalid="true"' : ''} type="button" role="combobox" id="button" tabindex="0" aria-labelledby="label"${describedBy(el) ? ` aria-describedby="${describedBy(el)}"` : ''} aria-haspopup="listbox" aria-expanded="false" aria-required="${has(el, 'required')}" aria-controls="listbox"${el.localName === 'p-select' ? ' aria-autocomplete="none"' : ''}><span>${shown}</span>${extra}<p-icon class="icon" name="arrow-head-down" color="primary" aria-hidden="true"></p-icon></button>`;
/** a radio option is selected by its group's value (a property the group syncs to its options, no attribute) */
const selected = (el: Element) => a(el.parentElement!, 'value') === a(el, 'value');
const listbox = (el: Element, multi: boolean) =>
  `<div id="listbox" class="options" role="listbox" aria-labelledby="label" aria-required="${has(el, 'required')}" aria-multiselectable="${multi}" tabindex="-1"><slot name="options-status"></slot><slot></slot></div>`;

const T: Record<string, (el: Element) => string> = {
  'p-input-text': (el) => inputBase(el, 'input-text', 'text'),
  'p-input-date': (el) =>
    inputBase(el, 'input-date', 'date', {
      end: '<p-button-pure hide-label class="button" type="button" icon="calendar">Open date picker</p-button-pure>',
    }),
  'p-input-search': (el) =>
    inputBase(el, 'input-search', 'search', {
      start: icon('search', ' color="contrast-medium"'),
      end: '<p-button-pure tabindex="-1" hide-label class="button" type="button" icon="close" hidden>Clear field</p-button-pure>',
    }),
  'p-select': (el) => {
    const chosen = Array.from(el.querySelectorAll('p-select-option')).find((o) => a(o, 'value') === a(el, 'value'));
    return `<div class="root">${label(el, 'button')}${combobox(el, chosen?.textContent ?? '')}<div popover="manual" tabindex="0">${listbox(el, false)}</div>${message(el)}</div>`;
  },
  'p-select-option': (el) =>
    `<div class="option${a(el, 'aria-selected') === 'true' ? ' option--selected' : ''}"><slot></slot>${a(el, 'aria-selected') === 'true' ? '<p-icon class="icon" aria-hidden="true" name="check" color="primary"></p-icon>' : ''}</div>`,
  'p-multi-select': (el) => {
    const chosen = Array.from(el.querySelectorAll('p-multi-select-option')).filter((o) => a(o, 'aria-selected') === 'true');
    const reset = chosen.length
      ? '<p-button-pure type="button" class="button" icon="close" hide-label>Reset selection</p-button-pure>'
      : '';
    return `<div class="root">${label(el, 'button')}${combobox(el, chosen.map((o) => (o.textContent ?? '').trim()).join(', '), reset)}<div popover="manual" tabindex="0"><p-input-search class="filter" name="filter" label="Filter options" hide-label autocomplete="off" clear indicator compact></p-input-search>${listbox(el, true)}</div>${message(el)}</div>`;
  },
  'p-multi-select-option': (el) =>
    `<div class="option${a(el, 'aria-selected') === 'true' ? ' option--selected' : ''}"><span class="checkbox" aria-hidden="true"></span><slot></slot></div>`,
  'p-checkbox': (el) =>
    `<div class="root"><div class="wrapper"><div class="input-wrapper"><input type="checkbox" id="x"${has(el, 'checked') ? ' checked' : ''} value="${a(el, 'value') || 'on'}" name="${a(el, 'name')}"></div>${label(el, 'x')}</div>${message(el)}<span id="loading" class="loading" role="status"></span></div>`,
  'p-radio-group': (el) =>
    `<fieldset class="root" role="radiogroup"${has(el, 'required') ? ' aria-required="true"' : ''} aria-labelledby="label">${label(el, null, 'div')}<div class="wrapper"><slot></slot></div>${message(el)}<span id="loading" class="loading" role="status"></span></fieldset>`,
  'p-radio-group-option': (el) =>
    `<div class="root"><div class="wrapper"><input id="radio-group-option" type="radio" name="${a(el.parentElement!, 'name')}"${selected(el) ? ' checked' : ''} value="${a(el, 'value')}"></div><div class="label-wrapper"><label class="label" id="label" for="radio-group-option">${a(el, 'label')}</label><span class="label-after"><slot name="label-after"></slot></span></div><span id="loading" class="loading" role="status"></span></div>`,
  'p-button-pure': () =>
    '<button class="root" type="button"><p-icon class="icon" size="inherit" color="inherit" aria-hidden="true"></p-icon><span class="label"><slot></slot></span></button><span id="loading" class="loading" role="status"></span>',
  'p-icon': () => '<img width="24" height="24" loading="lazy" alt="">',
  'p-fieldset': (el) => `<fieldset>${a(el, 'label') ? `<legend>${a(el, 'label')}</legend>` : ''}<slot></slot>${message(el)}</fieldset>`,
  'p-button': () =>
    '<button class="root" type="submit"><p-icon class="icon" size="inherit" color="inherit" aria-hidden="true"></p-icon><span class="label"><slot></slot></span></button><span id="loading" class="loading" role="status"></span>',
};
const render = (html: string) => renderComponents(`<main><form novalidate>${html}</form></main>`, T);

const text = (name: string, lbl: string, value: string, extra = '') =>
  `<p-input-text name="${name}" label="${lbl}" value="${value}"${extra}></p-input-text>`;
const date = (name: string, lbl: string, value: string, extra = '') =>
  `<p-input-date name="${name}" label="${lbl}" value="${value}"${extra}></p-input-date>`;
const select = (name: string, lbl: string, value: string, options: string[], extra = '') =>
  `<p-select name="${name}" label="${lbl}" value="${value}"${extra}>${options.map((o) => `<p-select-option value="${o}" role="option" aria-selected="${o === value}">${o}</p-select-option>`).join('')}</p-select>`;
const multi = (name: string, lbl: string, chosen: string[], options: string[]) =>
  `<p-multi-select name="${name}" label="${lbl}">${options.map((o) => `<p-multi-select-option value="${o}" role="option" aria-selected="${chosen.includes(o)}">${o}</p-multi-select-option>`).join('')}</p-multi-select>`;
const radios = (name: string, lbl: string, value: string, options: string[]) =>
  `<p-radio-group name="${name}" label="${lbl}" value="${value}">${options.map((o) => `<p-radio-group-option value="${o}" label="${o}"></p-radio-group-option>`).join('')}</p-radio-group>`;
const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const CODES = ['M04.1', 'M06.1', 'M04.8'];
const therapy = (i: 0 | 1) => {
  const v = (k: string) => ISO_THERAPIES[`priorTherapies.${i}.${k}` as keyof typeof ISO_THERAPIES];
  return `<p-fieldset label="Prior therapy ${i + 1}">${text(`t${i}drug`, 'Drug', v('drug'))}${text(`t${i}dose`, 'Dose', v('dose'))}${date(`t${i}start`, 'Start date', v('start'))}${date(`t${i}stop`, 'Stop date', v('stop'))}${text(`t${i}outcome`, 'Outcome', v('outcome'))}</p-fieldset>`;
};

describe('Porsche Design System 4: p-input-text, p-input-date, p-select, p-multi-select, p-checkbox, p-radio-group', () => {
  it('reads the full Ilaris request', () => {
    render(
      `<h2>Patient</h2>${text('memberId', 'Member ID', ISO_REQUEST['patient.memberId'], ' required')}${date('dob', 'Date of birth', ISO_REQUEST['patient.dob'], ' required')}${text('weight', 'Weight (kg)', '72')}
      <h2>Diagnosis</h2>${multi('icd', 'ICD-10 codes', ['M04.1', 'M06.1'], CODES)}
      <h2>Medication</h2>${select('drug', 'Drug name', DRUGS[0]!, DRUGS, ' required')}${text('hcpcs', 'HCPCS code', 'J0638')}${text('ndc', 'NDC', ISO_REQUEST['drug.ndc'], ' description="11 digits, 5-4-2"')}${text('dose', 'Dose (mg)', '150')}${text('units', 'Billing units', '150')}${radios('frequency', 'Frequency', 'Every 4 weeks', FREQ)}
      <h2>Labs</h2>${text('crp', 'CRP (mg/L)', '24')}${date('crpDate', 'CRP collection date', ISO_REQUEST['labs.crpDate'])}
      <h2>Prior therapies</h2>${therapy(0)}${therapy(1)}
      <h2>Prescriber</h2>${text('npi', 'Prescriber NPI', ISO_REQUEST['prescriber.npi'], ' required')}
      <p-checkbox name="attest" label="I confirm the information is accurate" checked></p-checkbox><p-button type="submit">Submit request</p-button>`,
    );
    expect(read()).toEqual({ ...ISO_REQUEST, ...ISO_THERAPIES });
    noDuplicatePaths();
  });

  it('names a required p-input-text by its label, not the " *" or its description', () => {
    render(
      `${text('memberId', 'Member ID', ISO_REQUEST['patient.memberId'], ' required description="As printed on the card"')}${text('npi', 'Prescriber NPI', ISO_REQUEST['prescriber.npi'], ' required')}`,
    );
    expect(read()).toEqual({ 'patient.memberId': ISO_REQUEST['patient.memberId'], 'prescriber.npi': ISO_REQUEST['prescriber.npi'] });
    expect(field('patient.memberId')?.label).toBe('Member ID');
  });

  it('reads a p-input-text in its error state as empty, and names the next field by its own label', () => {
    render(
      `${text('memberId', 'Member ID', '', ' required state="error" message="Please enter the member ID."')}${text('npi', 'Prescriber NPI', ISO_REQUEST['prescriber.npi'])}`,
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ISO_REQUEST['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads p-input-date as its ISO date, not its "Open date picker" button', () => {
    render(`${date('dob', 'Date of birth', ISO_REQUEST['patient.dob'])}${date('crpDate', 'CRP collection date', '')}`);
    expect(read()).toEqual({ 'patient.dob': ISO_REQUEST['patient.dob'], 'labs.crpDate': '' });
  });

  it('reads p-select by its combobox button, and nothing from its closed popover of options', () => {
    render(`${select('drug', 'Drug name', DRUGS[1]!, DRUGS)}${select('frequency', 'Frequency', '', FREQ)}`);
    expect(read()).toEqual({ 'drug.name': 'Kineret (anakinra)', 'drug.frequency': '' });
    nothingFrom('[popover]');
    nothingFrom('p-select-option');
  });

  it('reads p-multi-select as its chosen codes, and nothing from the filter box in its closed popover', () => {
    render(multi('icd', 'ICD-10 codes', ['M04.1', 'M06.1'], CODES));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom('p-input-search');
    noDuplicatePaths();
  });

  it('reads a p-radio-group (label drawn as a div, options in their own shadow roots) by its checked option', () => {
    render(`${text('hcpcs', 'HCPCS code', 'J0638')}${radios('frequency', 'Frequency', 'Every 8 weeks', FREQ)}`);
    expect(read()).toEqual({ 'drug.hcpcs': 'J0638', 'drug.frequency': 'Every 8 weeks' });
  });

  it('reads p-checkboxes for the codes, each in its own shadow root, as the ticked codes', () => {
    render(
      `<p-fieldset label="ICD-10 codes">${CODES.map((c) => `<p-checkbox name="icd" value="${c}" label="${c}"${c !== 'M04.8' ? ' checked' : ''}></p-checkbox>`).join('')}</p-fieldset>`,
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });
});
