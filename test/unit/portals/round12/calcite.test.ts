import { describe, expect, it } from 'vitest';
import { field, read } from '../read';
import { renderComponents } from '../components/shadow';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Esri Calcite Design System web components (Esri/calcite-design-system at 22fcf49, @esri/calcite-components
 * 4.0.0-next.25; packages/calcite-components/src/components/{label,input,input-text,input-date-picker,combobox,chip,
 * select,radio-button-group,radio-button}/*.tsx render() + resources.ts, input-date-picker/assets/t9n/messages.en.json,
 * utils/form.tsx (HiddenFormInputSlot, syncHiddenFormInput), utils/label.ts (getLabelText), utils/interactive.tsx):
 * - calcite-label: its shadow root is `div.container > slot`, so the label text and the labelled component are both
 *   its light-DOM children; a component's inner control takes its aria-label from getLabelText: its `label` property,
 *   else the whole calcite-label's textContent.
 * - Every form component with a `name` inside a form gets a light-DOM `input[aria-hidden=true][slot=hidden-form-input]
 *   [name][tabindex=-1]` holding its value (type date with the ISO date for calcite-input-date-picker, type radio for
 *   calcite-radio-button, one per value for a multiple combobox), slotted into `slot[name=hidden-form-input]`.
 * - calcite-input: `div.interactive-container > div.wrapper > div.element-wrapper > input[aria-label][type]` (number:
 *   `type=text inputmode=decimal` + aria-hidden number buttons), `div.action-wrapper > slot[name=action]`,
 *   `div.suffix` (suffix-text).
 * - calcite-input-date-picker: `div.container > div.input-container[role=group][aria-label]` > `div.input-wrapper` >
 *   `calcite-input-text[role=combobox][aria-haspopup=dialog][label=Date][placeholder]` (its own shadow input shows the
 *   date as Intl.DateTimeFormat("en") formats it: "3/14/1988", aria-label "Date"), the toggle chevron span and the
 *   aria-hidden "Date Format: MM/DD/YYYY" text; then the closed `div.menu-container[role=dialog][aria-hidden=true]`
 *   holding calcite-date-picker.
 * - calcite-combobox (selection-mode multiple, selection-display all): `div.wrapper > div.grid-input` > one
 *   `calcite-chip.chip[closable][label][value]` per selected item (chip shadow: `div.container[role=img][aria-label]
 *   > span.title > slot` + `button.close[aria-label="Remove tag"]`), an sr-only `label[for=<input>]` with the combobox
 *   label, `span.input-wrap > input[role=combobox][aria-label]` (the filter text, empty); the clear button and chevron;
 *   an sr-only `ul[role=listbox][aria-multiselectable]` of `li[role=option][aria-selected]`; the aria-hidden
 *   floating container whose `ul.list` slots the light-DOM calcite-combobox-items. Single selection: no chips; the chosen
 *   label in `span.label` before the filter input, classed `input--hidden` while it shows.
 * - disabled: `div.interactive-container[inert]`, the inner control and the hidden form input disabled.
 * - calcite-select: `div.wrapper > select[aria-label]` holding a `slot` and the native options it builds from its
 *   calcite-option children (`label` and text = the option's label), then the chevron.
 * - calcite-radio-button-group[role=radiogroup] > calcite-label(layout=inline) > calcite-radio-button + text; the radio's
 *   shadow `div.container[role=radio][aria-checked][aria-label=<its label's text>] > div.radio`.
 */

const icon = (el: Element) =>
  `<svg xmlns="http://www.w3.org/2000/svg" fill="currentColor" height="16" width="16" aria-hidden="true" class="svg" viewBox="0 0 16 16"><path d="M8 11.207 3.646 6.854l.708-.708L8 9.793l3.646-3.647.708.708z" data-icon="${el.getAttribute('icon') ?? ''}"></path></svg>`;
const labelText = (el: Element) => el.getAttribute('label') || el.closest('calcite-label')?.textContent?.trim() || '';
const hiddenSlot = '<slot name="hidden-form-input"></slot>';

const templates: Record<string, (el: Element) => string> = {
  'calcite-icon': icon,
  'calcite-label': () => '<div class="container"><slot></slot></div>',
  'calcite-input': (el) => {
    const number = el.getAttribute('type') === 'number';
    const suffix = el.getAttribute('suffix-text');
    const disabled = el.hasAttribute('disabled');
    return `<div class="interactive-container"${disabled ? ' inert' : ''}><div class="wrapper${suffix ? ' has-suffix' : ''}"><div class="element-wrapper"><input aria-errormessage="inputValidationMessage" aria-label="${labelText(el)}"${disabled ? ' disabled' : ''}${number ? ' inputmode="decimal"' : ''} placeholder="" type="text" value="${el.getAttribute('value') ?? ''}"></div><div class="action-wrapper"><slot name="action"></slot></div>${
      number
        ? '<div class="number-button-wrapper"><button aria-hidden="true" class="number-button-item" data-adjustment="up" tabindex="-1" type="button"><calcite-icon icon="chevron-up" scale="s"></calcite-icon></button><button aria-hidden="true" class="number-button-item" data-adjustment="down" tabindex="-1" type="button"><calcite-icon icon="chevron-down" scale="s"></calcite-icon></button></div>'
        : ''
    }${suffix ? `<div class="suffix">${suffix}</div>` : ''}${hiddenSlot}</div></div>`;
  },
  'calcite-input-text': (el) => {
    // the date picker sets the inner input's value as a property; the attribute only carries it to this template
    const value = el.getAttribute('data-shown') ?? '';
    el.removeAttribute('data-shown');
    return `<div class="interactive-container"><div class="wrapper"><div class="element-wrapper"><input aria-errormessage="inputValidationMessage" aria-label="${el.getAttribute('label') ?? ''}" placeholder="${el.getAttribute('placeholder') ?? ''}" type="text" value="${value}"><calcite-icon class="icon" icon="${el.getAttribute('icon') ?? ''}" scale="s"></calcite-icon></div><div class="action-wrapper"><slot name="action"></slot></div></div></div>`;
  },
  'calcite-input-date-picker': (el) => {
    const iso = el.getAttribute('value') ?? '';
    const [y, m, d] = iso.split('-');
    const shown = iso ? `${Number(m)}/${Number(d)}/${y}` : '';
    const id = el.getAttribute('name') ?? 'dp';
    return `<div class="interactive-container"><div class="container"><div aria-label="${labelText(el)}" class="input-container" role="group"><div class="input-wrapper" data-position="start"><calcite-input-text aria-controls="date-picker-dialog--${id}" aria-describedby="calcite-input-date-picker-placeholder-${id}" aria-autocomplete="none" aria-expanded="false" aria-haspopup="dialog" class="input" icon="calendar" label="Date" placeholder="MM/DD/YYYY" role="combobox" scale="m" data-shown="${shown}"></calcite-input-text><span class="toggle-icon" tabindex="-1"><calcite-icon class="chevron-icon" icon="chevron-down" scale="s"></calcite-icon></span><span aria-hidden="true" class="assistive-text" id="calcite-input-date-picker-placeholder-${id}">Date Format: MM/DD/YYYY</span></div><div aria-hidden="true" aria-label="Choose date" aria-live="polite" aria-modal="true" class="menu-container" id="date-picker-dialog--${id}" role="dialog"><div class="calendar-wrapper floating-ui-anim"><calcite-date-picker scale="m" tabindex="-1"></calcite-date-picker></div></div></div></div>${hiddenSlot}</div>`;
  },
  'calcite-combobox': (el) => {
    const guid = el.getAttribute('name') ?? 'cb';
    const label = el.getAttribute('label') ?? '';
    const items = Array.from(el.querySelectorAll('calcite-combobox-item'));
    const chosen = items.filter((i) => i.hasAttribute('selected'));
    const single = el.getAttribute('selection-mode') === 'single';
    const shown = single && chosen[0] ? `<span class="label">${chosen[0].getAttribute('heading')}</span>` : '';
    const chips = (single ? [] : chosen)
      .map(
        (c, i) =>
          `<calcite-chip appearance="solid" class="chip" closable="" data-test-id="chip-${i}" id="calcite-combobox-chip-${guid}${i}" label="${c.getAttribute('heading')}" scale="m" tabindex="-1" title="${c.getAttribute('heading')}" value="${c.getAttribute('value')}">${c.getAttribute('heading')}</calcite-chip>`,
      )
      .join('');
    return `<div class="interactive-container"><div aria-live="polite" class="wrapper${single || !chosen.length ? ' wrapper--single' : ''}"><div class="grid-input">${chips}<label class="screen-readers-only" for="calcite-combobox-input-${guid}" id="calcite-combobox-label-${guid}">${label}</label><span class="input-wrap${single ? ' input-wrap--single' : ''}">${shown}<input aria-controls="calcite-combobox-listbox-${guid}" aria-errormessage="comboboxValidationMessage" aria-owns="calcite-combobox-listbox-${guid}" aria-autocomplete="list" aria-expanded="false" aria-haspopup="listbox" aria-label="${label}" class="input input--single${shown ? ' input--hidden' : ''}" data-test-id="input" id="calcite-combobox-input-${guid}" placeholder="${el.getAttribute('placeholder') ?? ''}" role="combobox" tabindex="0" type="text" value=""></span></div>${
      chosen.length
        ? '<button aria-label="Clear" class="x-button" tabindex="-1" type="button"><calcite-icon icon="x" scale="s"></calcite-icon></button>'
        : ''
    }<span class="icon-end"><calcite-icon class="icon" icon="chevron-down" scale="s"></calcite-icon></span></div><ul aria-labelledby="calcite-combobox-label-${guid}" aria-multiselectable="true" class="screen-readers-only" id="calcite-combobox-listbox-${guid}" role="listbox" tabindex="-1">${items
      .map(
        (i, n) =>
          `<li aria-label="${i.getAttribute('heading')}" aria-selected="${i.hasAttribute('selected')}" id="calcite-combobox-item-${guid}${n}" role="option" tabindex="-1">${i.getAttribute('heading')}</li>`,
      )
      .join(
        '',
      )}</ul><div aria-hidden="true" class="floating-ui-container"><div class="list-container floating-ui-anim"><ul class="list list--hide"><slot></slot></ul></div></div>${hiddenSlot}</div>`;
  },
  'calcite-combobox-item': (el) =>
    `<div class="interactive-container"><li class="container scale--m${el.hasAttribute('selected') ? ' selected' : ''}" id="item-${el.getAttribute('value')}"><calcite-icon class="icon" icon="check" scale="s"></calcite-icon><div class="center-content"><div class="title">${el.getAttribute('heading')}</div></div></li></div>`,
  'calcite-chip': () =>
    '<div class="interactive-container"><div aria-label="" class="container text-slotted closable non-interactive" role="img" tabindex="-1"><span class="title"><slot></slot></span><button aria-label="Remove tag" class="close" tabindex="0"><calcite-icon icon="x" scale="s"></calcite-icon></button></div></div>',
  'calcite-select': (el) =>
    `<div class="interactive-container"><div class="wrapper"><select aria-errormessage="selectValidationMessage" aria-label="${labelText(el)}" class="select"><slot></slot>${Array.from(
      el.querySelectorAll('calcite-option'),
    )
      .map(
        (o) =>
          `<option label="${o.textContent}" value="${o.getAttribute('value')}"${o.hasAttribute('selected') ? ' selected' : ''}>${o.textContent}</option>`,
      )
      .join(
        '',
      )}</select><div class="icon-container"><calcite-icon class="icon" icon="chevron-down" scale="s"></calcite-icon></div>${hiddenSlot}</div></div>`,
  'calcite-option': () => '<slot></slot>',
  'calcite-radio-button-group': () => '<div aria-errormessage="radioButtonGroupValidationMessage" class="item-wrapper"><slot></slot></div>',
  'calcite-radio-button': (el) =>
    `<div class="interactive-container"><div aria-checked="${el.hasAttribute('checked')}" aria-label="${labelText(el)}" class="container" role="radio" tabindex="${el.hasAttribute('checked') ? 0 : -1}"><div class="radio"></div></div>${hiddenSlot}</div>`,
};

const hidden = (name: string, value: string, type = 'text', checked = false) =>
  `<input aria-hidden="true" slot="hidden-form-input" name="${name}" tabindex="-1" type="${type}" value="${value}"${checked ? ' checked' : ''}>`;
const input = (name: string, label: string, value: string, o: { type?: string; suffix?: string; disabled?: boolean } = {}) =>
  `<calcite-label${o.disabled ? ' disabled' : ''}>${label}<calcite-input name="${name}"${o.type ? ` type="${o.type}"` : ''}${o.suffix ? ` suffix-text="${o.suffix}"` : ''}${o.disabled ? ' disabled' : ''} value="${value}">${hidden(name, value, o.type ?? 'text').replace('>', o.disabled ? ' disabled>' : '>')}</calcite-input></calcite-label>`;
const date = (name: string, label: string, iso: string) =>
  `<calcite-label>${label}<calcite-input-date-picker name="${name}" value="${iso}">${hidden(name, iso, 'date')}</calcite-input-date-picker></calcite-label>`;
const combobox = (name: string, label: string, items: string[], chosen: string[], mode = 'multiple') =>
  `<calcite-label>${label}<calcite-combobox name="${name}" label="${label}" selection-mode="${mode}" placeholder="${mode === 'single' ? 'Choose' : 'Add a code'}">${items
    .map((i) => `<calcite-combobox-item value="${i}" heading="${i}"${chosen.includes(i) ? ' selected' : ''}></calcite-combobox-item>`)
    .join('')}${chosen.map((c) => hidden(name, c)).join('')}</calcite-combobox></calcite-label>`;
const select = (name: string, label: string, options: string[], chosen: string) =>
  `<calcite-label>${label}<calcite-select name="${name}">${options
    .map((o) => `<calcite-option value="${o}"${o === chosen ? ' selected' : ''}>${o}</calcite-option>`)
    .join('')}${hidden(name, chosen)}</calcite-select></calcite-label>`;
const radios = (name: string, label: string, options: string[], chosen: string) =>
  `<calcite-label>${label}<calcite-radio-button-group name="${name}" layout="vertical" role="radiogroup">${options
    .map(
      (o) =>
        `<calcite-label layout="inline"><calcite-radio-button value="${o}"${o === chosen ? ' checked' : ''}>${hidden(name, o === chosen ? o : '', 'radio', o === chosen)}</calcite-radio-button>${o}</calcite-label>`,
    )
    .join('')}</calcite-radio-button-group></calcite-label>`;

const render = (body: string) =>
  renderComponents(
    `<calcite-shell><form id="pa">${body}<calcite-button type="submit">Submit</calcite-button></form></calcite-shell>`,
    templates,
  );
const block = (heading: string, body: string) => `<calcite-block heading="${heading}" expanded><h3>${heading}</h3>${body}</calcite-block>`;
const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const iso = (mdy: string) => {
  const [m, d, y] = mdy.split('/');
  return `${y}-${m}-${d}`;
};
const shown = (mdy: string) => mdy.replace(/(^|\/)0/g, '$1');
const therapy = (i: 0 | 1) => {
  const t = (k: 'drug' | 'dose' | 'start' | 'stop' | 'outcome') => THERAPIES[`priorTherapies.${i}.${k}`];
  return block(
    `Prior therapy ${i + 1}`,
    `${input(`drug${i}`, 'Drug', t('drug'))}${input(`dose${i}`, 'Dose', t('dose'))}${date(`start${i}`, 'Start date', iso(t('start')))}${date(`stop${i}`, 'Stop date', iso(t('stop')))}${input(`outcome${i}`, 'Outcome', t('outcome'))}`,
  );
};
/** the therapies as Calcite shows their dates (Intl "en": no leading zeros) */
const SHOWN_THERAPIES = Object.fromEntries(Object.entries(THERAPIES).map(([k, v]) => [k, /date|start|stop/.test(k) ? shown(v) : v]));

describe('Calcite: calcite-label around inputs, date pickers, comboboxes, selects and radio groups (shadow roots)', () => {
  // misread: the combobox reads "" (its chips unseen), the radio group nothing (drug.frequency missing), and the date pickers of DOB and the therapies nothing (each is a calcite-input-text combobox read empty plus an inner input named "Date"; see below)
  it.fails('reads the full Ilaris request', () => {
    render(
      `${block('Member', `${input('memberId', 'Member ID', ILARIS['patient.memberId'])}${date('dob', 'Date of birth', '1988-03-14')}${input('weight', 'Weight', '72', { type: 'number', suffix: 'kg' })}`)}
      ${block('Diagnosis', combobox('icd', 'ICD-10 codes', ['M04.1', 'M06.1', 'M04.8'], ['M04.1', 'M06.1']))}
      ${block('Medication', `${select('drug', 'Drug name', ['Ilaris (canakinumab)', 'Kineret (anakinra)'], ILARIS['drug.name'])}${input('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${input('ndc', 'NDC', ILARIS['drug.ndc'])}${input('dose', 'Dose (mg)', '150', { type: 'number' })}${input('units', 'Billing units', '150', { type: 'number' })}${radios('freq', 'Frequency', FREQ, 'Every 4 weeks')}`)}
      ${block('Labs', `${input('crp', 'CRP (mg/L)', '24', { type: 'number' })}${date('crpDate', 'CRP collection date', '2026-11-02')}`)}
      ${therapy(0)}${therapy(1)}
      ${block('Prescriber', input('npi', 'Prescriber NPI', ILARIS['prescriber.npi']))}`,
    );
    expect(read()).toEqual({
      ...ILARIS,
      ...SHOWN_THERAPIES,
      'patient.dob': '3/14/1988',
      'labs.crpDate': '11/2/2026',
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.frequency': 'Every 4 weeks',
    });
    noDuplicatePaths();
  });

  it('names a calcite-input by the calcite-label text around it, not by its hidden form input', () => {
    render(`${input('memberId', 'Member ID', ILARIS['patient.memberId'])}${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`);
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
    nothingFrom('input[slot="hidden-form-input"]');
  });

  it('reads a number calcite-input with its suffix text as the unit', () => {
    render(input('weight', 'Weight', '72', { type: 'number', suffix: 'kg' }));
    expect(read()).toEqual({ 'patient.weight': '72' });
    expect(field('patient.weight')?.impliedUnit).toEqual({ path: 'patient.weightUnit', unit: 'kg' });
  });

  // misread: DOB missing and CRP date read "": the calcite-input-text host (role=combobox) is read as an empty custom select with placeholder "MM/DD/YYYY" and the shadow input showing the date is named only by its aria-label "Date"; the calcite-label text is taken as their section
  it.fails('reads a calcite-input-date-picker as its shown date, named by its calcite-label, not "Date"', () => {
    render(`${date('dob', 'Date of birth', '1988-03-14')}${date('crpDate', 'CRP collection date', '')}`);
    expect(read()).toEqual({ 'patient.dob': '3/14/1988', 'labs.crpDate': '' });
    expect(field('patient.dob')?.label).toBe('Date of birth');
    nothingFrom('.menu-container');
  });

  // misread: reads "": only the empty filter input is a field (text, named "ICD-10 codes"); the calcite-chip hosts in the combobox's shadow root (class chip, their remove button inside each chip's own shadow root) are not seen as chips
  it.fails('reads the calcite-combobox chips as the ICD-10 codes, nothing from its sr-only listbox or items', () => {
    render(combobox('icd', 'ICD-10 codes', ['M04.1', 'M06.1', 'M04.8'], ['M04.1', 'M06.1']));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom('calcite-combobox-item');
  });

  it('reads a single-selection calcite-combobox by the chosen label it shows over its hidden filter input', () => {
    render(combobox('drug', 'Drug name', ['Ilaris (canakinumab)', 'Kineret (anakinra)'], [ILARIS['drug.name']], 'single'));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'] });
  });

  it('reads a disabled calcite-input (its shadow container inert)', () => {
    render(
      `${input('memberId', 'Member ID', ILARIS['patient.memberId'], { disabled: true })}${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads an empty calcite-combobox (placeholder only) as empty', () => {
    render(combobox('icd', 'ICD-10 codes', ['M04.1', 'M06.1', 'M04.8'], []));
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });

  // misread: the value and path are right, but the field is named by its aria-label "FrequencyEvery 4 weeksEvery 8 weeksOnce" (getLabelText takes the calcite-label's whole textContent, options included)
  it.fails('reads a calcite-select by its chosen option, named by the calcite-label (its aria-label also holds every option)', () => {
    render(select('freq', 'Frequency', FREQ, 'Every 8 weeks'));
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks' });
    expect(field('drug.frequency')?.label).toBe('Frequency');
  });

  // misread: reads nothing: the role=radio boxes inside each calcite-radio-button's shadow root (aria-checked, aria-label) form no group, and the aria-hidden type=radio form inputs are (rightly) no field
  it.fails('reads a calcite-radio-button-group by its checked radio', () => {
    render(radios('freq', 'Frequency', FREQ, 'Every 8 weeks'));
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks' });
  });
});
