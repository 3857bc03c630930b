import { describe, expect, it } from 'vitest';
import { field, read, units } from '../read';
import { ISO_REQUEST, ISO_THERAPIES, ILARIS, noDuplicatePaths, nothingFrom } from '../round5/request';
import { renderComponents } from '../components/shadow';

/**
 * Astro UXDS web components 8.0.0 (RocketCommunicationsInc/astro at 6f4dc9f, 2026-07-01; Stencil, `shadow: true`,
 * hosts classed `hydrated`), packages/web-components/src/components and src/utils/utils.ts:
 * - rux-input (rux-input.tsx): shadow `div.rux-form-field[part=form-field]` > (with a label prop or slot)
 *   `label.rux-input-label[part=label][aria-hidden=false][for=rux-input-N]` > `span` > `slot[name=label]`
 *   (fallback: the label + `span.rux-input-label__asterisk[part=required]` "*"), `div.rux-input[part=input-field]` >
 *   `span.rux-input-prefix > slot[name=prefix]`, `input.native-input#rux-input-N[part=input][aria-invalid]`,
 *   `span.rux-input-suffix > slot[name=suffix]`; then `div.rux-error-text|hidden[part=error-text]` (an svg +
 *   `slot[name=error-text]`) and `div.rux-help-text|hidden[part=help-text]`. renderHiddenInput appends
 *   `input.aux-input[type=hidden]` to the host's light DOM.
 * - rux-select (rux-select.tsx): shadow `label[part=label][aria-hidden=false]` (`for`/`id` only from input-id and
 *   label-id) > `span` > `slot[name=label]`, `select.rux-select.rux-select--medium[part=select]` holding options
 *   copied from the slotted rux-option hosts, `div.hidden[aria-hidden=true] > slot` for those hosts (each
 *   `rux-option.rux-option[value][label]` drawing its label in its own shadow root), the error and help divs;
 *   renderHiddenSelect appends `input.aux-select.aux-select-0[type=hidden]` to the host.
 * - rux-checkbox-group / rux-radio-group: shadow `div.rux-form-field > div.rux-label[part=label] > slot[name=label]`,
 *   `div.rux-checkbox-group[part=container] > slot` (radio: `div.rux-radio-group[role=radiogroup]`), error, help.
 *   rux-checkbox: `label.rux-checkbox[for] > input.rux-checkbox__input[type=checkbox]#rux-checkbox-N +
 *   div.rux-checkbox__control > svg + div.rux-checkbox__label[part=label]` (label + `slot`), a checked one adds
 *   `input.aux-input[type=hidden]` to its host. rux-radio: `div.rux-form-field > div.rux-radio >
 *   input[type=radio]#rux-radio-N[tabindex]` (roving: 0 on the checked one) + `label[for][part=label] > slot`.
 * - rux-container: `div.rux-container > div.rux-container__header > slot[name=header]`, tab-bar, toolbar and footer
 *   divs classed `hidden` while empty, `div.rux-container__body > slot`; rux-button: `button.rux-button[type=button] > slot`.
 * - rux-segmented-button (rux-segmented-button.tsx): shadow `ul.rux-segmented-button[part=ul] > li.rux-segmented-button__segment`
 *   each `input[type=radio][name=rux-segmented-button-N][id=<slug of label>][value][data-label]` + `label[for][part=label]`;
 *   it draws no label of its own (the app writes one before it).
 * - rux-table and its parts: each host's shadow root is a bare `slot` (no roles; drawn as a table by CSS).
 * - rux-dialog: renders nothing in its shadow root while closed (`open && …`), its slotted content left in the
 *   light DOM; open: `div.rux-dialog__wrapper[part=container] > dialog.rux-dialog__dialog[role=dialog]` (no `open`
 *   attribute: shown by CSS) > `header.rux-dialog__header > slot[name=header]`, `div.rux-dialog__content >
 *   div.rux-dialog__message > slot`, `footer.rux-dialog__footer > slot[name=footer]`.
 */

const errorSvg =
  '<svg fill="none" width="14" height="14" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 14 14"><path fill-rule="evenodd" clip-rule="evenodd" d="M11.393 12.25c.898 0 1.458-.974 1.009-1.75L8.009 2.91a1.166 1.166 0 0 0-2.018 0L1.598 10.5Z" fill="currentColor"></path></svg>';
const has = (el: Element, slot: string) => !!el.querySelector(`:scope > [slot="${slot}"]`);
const a = (el: Element, n: string) => el.getAttribute(n) ?? '';
const req = (el: Element, cls: string) => (el.hasAttribute('required') ? `<span part="required" class="${cls}">*</span>` : '');
const tail = (el: Element) =>
  `<div class="${a(el, 'error-text') || has(el, 'error-text') ? 'rux-error-text' : 'hidden'}" part="error-text">${errorSvg}<slot name="error-text">${a(el, 'error-text')}</slot></div><div class="${(a(el, 'help-text') || has(el, 'help-text')) && !a(el, 'error-text') ? 'rux-help-text' : 'hidden'}" part="help-text"><slot name="help-text">${a(el, 'help-text')}</slot></div>`;
let n = 0;
const checkSvg =
  '<svg fill="none" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 18 18"><rect x=".5" y=".5" width="17" height="17" rx="1.5"></rect></svg>';

const templates: Record<string, (el: Element) => string> = {
  'rux-input': (el) => {
    const id = `rux-input-${++n}`;
    const label =
      a(el, 'label') || has(el, 'label')
        ? `<label class="rux-input-label" part="label" aria-hidden="false" for="${id}"><span class=""><slot name="label">${a(el, 'label')}${req(el, 'rux-input-label__asterisk')}</slot></span></label>`
        : '';
    return `<div class="rux-form-field" part="form-field">${label}<div part="input-field" class="rux-input rux-input--medium${el.hasAttribute('disabled') ? ' rux-input--disabled' : ''}"><span part="prefix" class="rux-input-prefix"><slot name="prefix"></slot></span><input name="${a(el, 'name')}" type="${a(el, 'type') || 'text'}" aria-invalid="${el.hasAttribute('invalid')}"${a(el, 'placeholder') ? ` placeholder="${a(el, 'placeholder')}"` : ''}${el.hasAttribute('required') ? ' required' : ''}${el.hasAttribute('disabled') ? ' disabled' : ''}${el.hasAttribute('readonly') ? ' readonly' : ''} value="${a(el, 'value')}" class="native-input" id="${id}" spellcheck="false" part="input" autocomplete="off"><span part="suffix" class="rux-input-suffix"><slot name="suffix"></slot></span></div></div>${tail(el)}`;
  },
  'rux-select': (el) => {
    const opts = Array.from(el.querySelectorAll(':scope > rux-option'))
      .map((o) => `<option value="${a(o, 'value')}"${a(o, 'value') === a(el, 'value') ? ' selected' : ''}>${a(o, 'label')}</option>`)
      .join('');
    const ids = `${a(el, 'label-id') ? ` id="${a(el, 'label-id')}"` : ''}${a(el, 'input-id') ? ` for="${a(el, 'input-id')}"` : ''}`;
    return `<label${ids} aria-hidden="${a(el, 'label') || has(el, 'label') ? 'false' : 'true'}" part="label"><span class=""><slot name="label">${a(el, 'label')}${req(el, 'rux-label__asterisk')}</slot></span></label><select class="rux-select rux-select--medium${el.hasAttribute('multiple') ? ' rux-select--multiple' : ''}"${el.hasAttribute('multiple') ? ' multiple' : ''} ${a(el, 'input-id') ? `id="${a(el, 'input-id')}" ` : ''}name="${a(el, 'name')}" part="select">${opts}</select><div aria-hidden="true" class="hidden"><slot></slot></div>${tail(el)}`;
  },
  'rux-option': (el) => a(el, 'label'),
  'rux-checkbox-group': (el) =>
    `<div class="rux-form-field" part="form-field"><div class="rux-label" part="label"><slot name="label">${a(el, 'label')}${req(el, 'rux-label__asterisk')}</slot></div><div class="rux-checkbox-group" part="container"><slot></slot></div></div>${tail(el)}`,
  'rux-radio-group': (el) =>
    `<div class="rux-form-field" part="form-field"><div class="rux-label" part="label"><slot name="label">${a(el, 'label')}${req(el, 'rux-label__asterisk')}</slot></div><div class="rux-radio-group" role="radiogroup" part="radiogroup"><slot></slot></div></div>${tail(el)}`,
  'rux-checkbox': (el) => {
    const id = `rux-checkbox-${++n}`;
    return `<div class="rux-form-field" part="form-field"><label class="rux-checkbox" for="${id}"><input type="checkbox" class="rux-checkbox__input" name="${a(el, 'name')}" id="${id}" value="${a(el, 'value')}"${el.hasAttribute('checked') ? ' checked' : ''}><div class="rux-checkbox__control">${checkSvg}</div><div part="label" class="rux-checkbox__label">${a(el, 'label')}<slot></slot></div></label></div><div class="hidden" part="help-text"><slot name="help-text"></slot></div>`;
  },
  'rux-radio': (el) => {
    const id = `rux-radio-${++n}`;
    return `<div class="rux-form-field" part="form-field"><div class="rux-radio"><input type="radio" name="${a(el, 'name')}" id="${id}" value="${a(el, 'value')}"${el.hasAttribute('checked') ? ' checked' : ''} tabindex="${el.hasAttribute('checked') ? 0 : -1}"><label for="${id}" part="label" class=""><slot>${a(el, 'label')}</slot></label></div></div>`;
  },
  'rux-dialog': (el) =>
    el.hasAttribute('open')
      ? `<div part="container" class="rux-dialog__wrapper"><dialog class="rux-dialog__dialog" role="dialog" part="dialog"><header class="rux-dialog__header" part="header"><slot name="header">${a(el, 'header')}</slot></header><div class="rux-dialog__content"><div class="rux-dialog__message" part="message"><slot></slot></div></div><footer class="rux-dialog__footer" part="footer"><slot name="footer"></slot></footer></dialog></div>`
      : '',
  'rux-container': (el) =>
    `<div class="rux-container" part="container"><div class="rux-container__header${has(el, 'header') ? '' : ' hidden'}" part="header"><slot name="header"></slot></div><div class="rux-container__tab-bar hidden" part="tab-bar"><slot name="tab-bar"></slot></div><div class="rux-container__toolbar hidden" part="toolbar"><slot name="toolbar"></slot></div><div class="rux-container__body" part="body"><slot></slot></div><div class="rux-container__footer hidden" part="footer"><slot name="footer"></slot></div></div>`,
  'rux-button': (el) =>
    `<button type="button" class="rux-button ${el.hasAttribute('secondary') ? 'rux-button--secondary' : 'rux-button--default'}" part="container"><slot></slot></button>`,
  'rux-segmented-button': (el) => {
    const name = `rux-segmented-button-${++n}`;
    const data = JSON.parse(a(el, 'data') || '[]') as { label: string }[];
    return `<ul class="rux-segmented-button" part="ul">${data
      .map((d) => {
        const slug = d.label
          .trim()
          .toLowerCase()
          .replace(/[^a-z0-9 -]/g, '')
          .replace(/\s+/g, '-')
          .replace(/-+/g, '-');
        return `<li class="rux-segmented-button__segment" part="li"><input type="radio" name="${name}" id="${slug}" value="${d.label}"${d.label === a(el, 'selected') ? ' checked' : ''} data-label="${d.label}"><label for="${slug}" part="label" class="rux-segmented-button-label">${d.label}</label></li>`;
      })
      .join('')}</ul>`;
  },
  ...Object.fromEntries(
    [
      'rux-table',
      'rux-table-header',
      'rux-table-header-row',
      'rux-table-header-cell',
      'rux-table-body',
      'rux-table-row',
      'rux-table-cell',
    ].map((t) => [t, () => '<slot></slot>']),
  ),
};

/** renders the page and upgrades its components; the light-DOM mirrors each host appends, and the chosen options
 *  (Stencil sets `option.selected`, which happy-dom's parser may not honour past the first two) */
function render(html: string): void {
  renderComponents(html, templates);
  for (const host of Array.from(document.querySelectorAll('rux-input, rux-select, rux-radio-group, rux-checkbox[checked]'))) {
    const aux = document.createElement('input');
    aux.type = 'hidden';
    aux.className = host.localName === 'rux-select' ? 'aux-select aux-select-0' : 'aux-input';
    aux.name = a(host, 'name');
    aux.value = a(host, 'value') || (host.localName === 'rux-checkbox' ? 'on' : '');
    if (host.localName !== 'rux-radio-group' || host.hasAttribute('value')) host.appendChild(aux);
    const select = host.shadowRoot?.querySelector('select');
    if (select) for (const o of Array.from(select.options)) o.selected = o.hasAttribute('selected');
  }
}

const shell = (body: string, after = '') =>
  `<rux-global-status-bar class="hydrated" app-domain="PA" app-name="Prior Authorization"></rux-global-status-bar><main class="page"><form id="pa-request">${body}<rux-button type="submit" class="hydrated">Submit request</rux-button></form></main>${after}`;
const section = (title: string, body: string) => `<section class="form-section"><h2>${title}</h2>${body}</section>`;

type In = { type?: string; required?: boolean; help?: string; error?: string; suffix?: string; readonly?: boolean; slotLabel?: boolean };
const input = (name: string, label: string, value: string, o: In = {}) =>
  `<rux-input class="hydrated" name="${name}"${o.slotLabel ? '' : ` label="${label}"`} value="${value}"${o.type ? ` type="${o.type}"` : ''}${o.required ? ' required' : ''}${o.readonly ? ' readonly' : ''}${o.help ? ` help-text="${o.help}"` : ''}${o.error ? ` error-text="${o.error}" invalid` : ''}>${o.slotLabel ? `<span slot="label">${label}</span>` : ''}${o.suffix ? `<span slot="suffix">${o.suffix}</span>` : ''}</rux-input>`;
const select = (name: string, label: string, value: string, options: string[], prompt = 'Select an option', ids = false) =>
  `<rux-select class="hydrated" name="${name}" label="${label}"${value ? ` value="${value}"` : ''}${ids ? ` input-id="${name}-select" label-id="${name}-label"` : ''} size="medium">${[
    ['', prompt],
    ...options.map((v) => [v, v]),
  ]
    .map(([v, l]) => `<rux-option class="rux-option hydrated" value="${v}" label="${l}"></rux-option>`)
    .join('')}</rux-select>`;
const checkboxes = (name: string, label: string, chosen: string[], options: string[]) =>
  `<rux-checkbox-group class="hydrated" label="${label}">${options
    .map(
      (v) =>
        `<rux-checkbox class="hydrated" name="${name}" value="${v}" label="${v}"${chosen.includes(v) ? ' checked' : ''}></rux-checkbox>`,
    )
    .join('')}</rux-checkbox-group>`;
const radios = (name: string, label: string, value: string, options: string[]) =>
  `<rux-radio-group class="hydrated" name="${name}" label="${label}"${value ? ` value="${value}"` : ''}>${options
    .map((v) => `<rux-radio class="hydrated" name="${name}" value="${v}" label="${v}"${v === value ? ' checked' : ''}></rux-radio>`)
    .join('')}</rux-radio-group>`;
const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const CODES = ['M04.1', 'M06.1', 'M04.8'];
const COLS = ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'];
const KEYS = ['drug', 'dose', 'start', 'stop', 'outcome'] as const;

/** the prior therapies as a rux-table of rux-inputs with no labels of their own, dates typed `date` */
const therapyTable = () =>
  `<rux-table class="hydrated"><rux-table-header class="hydrated"><rux-table-header-row class="hydrated">${COLS.map((c) => `<rux-table-header-cell class="hydrated">${c}</rux-table-header-cell>`).join('')}</rux-table-header-row></rux-table-header><rux-table-body class="hydrated">${[
    0, 1,
  ]
    .map(
      (i) =>
        `<rux-table-row class="hydrated">${KEYS.map((k) => `<rux-table-cell class="hydrated"><rux-input class="hydrated" name="therapy${i}${k}" size="small" value="${ISO_THERAPIES[`priorTherapies.${i as 0 | 1}.${k}`]}"${k === 'start' || k === 'stop' ? ' type="date"' : ''}></rux-input></rux-table-cell>`).join('')}</rux-table-row>`,
    )
    .join('')}</rux-table-body></rux-table>`;

/** the prior therapies as rux-containers titled "Prior therapy N", each of five labelled rux-inputs */
const therapyCards = () =>
  ([0, 1] as const)
    .map(
      (i) =>
        `<rux-container class="hydrated"><h3 slot="header">Prior therapy ${i + 1}</h3>${KEYS.map((k, j) =>
          input(
            `therapy${i}${k}`,
            COLS[j]!,
            ISO_THERAPIES[`priorTherapies.${i}.${k}`],
            k === 'start' || k === 'stop' ? { type: 'date' } : {},
          ),
        ).join('')}</rux-container>`,
    )
    .join('');

const requestBody = (therapies: string) =>
  `${section('Member', `${input('memberId', 'Member ID', ILARIS['patient.memberId'], { required: true })}${input('dob', 'Date of birth', ISO_REQUEST['patient.dob'], { type: 'date' })}${input('weight', 'Weight', '72', { type: 'number', suffix: 'kg' })}`)}
  ${section('Diagnosis', checkboxes('icd10', 'ICD-10 codes', ['M04.1', 'M06.1'], CODES))}
  ${section('Medication', `${select('drug', 'Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}${input('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${input('ndc', 'NDC', ILARIS['drug.ndc'], { help: '11 digits, 5-4-2' })}${input('dose', 'Dose (mg)', '150', { type: 'number' })}${input('units', 'Billing units', '150', { type: 'number' })}${radios('frequency', 'Frequency', 'Every 4 weeks', FREQ)}`)}
  ${section('Labs', `${input('crp', 'CRP (mg/L)', '24', { type: 'number' })}${input('crpDate', 'CRP collection date', ISO_REQUEST['labs.crpDate'], { type: 'date' })}`)}
  ${section('Prior therapies', therapies)}
  ${section('Prescriber', input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true }))}`;

describe('Astro UXDS 8: rux-input, rux-select, rux-checkbox-group, rux-radio-group, rux-table, rux-dialog', () => {
  // misread: no prior therapy is read: the rux-table parts are custom elements with bare slots and no roles, so
  // the header cells name no column (their row's text becomes the boxes' section) and the ten unlabelled boxes
  // under it are left out; every other path is read
  it.fails('reads the full Ilaris request, prior therapies as a rux-table of rux-inputs', () => {
    render(shell(requestBody(therapyTable())));
    expect(read()).toEqual({ ...ISO_REQUEST, ...ISO_THERAPIES });
    noDuplicatePaths();
  });

  it('reads the request with each prior therapy as labelled rux-inputs, and the unit from the suffix slot', () => {
    render(shell(requestBody(therapyCards())));
    expect(read()).toEqual({ ...ISO_REQUEST, ...ISO_THERAPIES });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('names a rux-input by its label prop or its slotted label, without the asterisk, help or error text', () => {
    render(
      shell(
        `${input('memberId', 'Member ID', '', { required: true, error: 'Member ID is required' })}${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { slotLabel: true, help: '10 digits' })}${input('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'], { readonly: true })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'], 'drug.hcpcs': ILARIS['drug.hcpcs'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
    expect(field('patient.memberId')?.label).toBe('Member ID');
  });

  it('reads a rux-select by its shadow select, labelled with or without input-id, and nothing from its rux-options', () => {
    render(
      shell(
        `${select('drug', 'Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'], 'Select a drug', true)}${select('frequency', 'Frequency', 'Every 8 weeks', FREQ)}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': 'Every 8 weeks' });
    expect(field('drug.frequency')?.label).toBe('Frequency');
    nothingFrom('rux-option');
    noDuplicatePaths();
  });

  it('reads a rux-select left on its "Select an option" prompt option as empty', () => {
    render(
      shell(
        `${select('frequency', 'Frequency', '', FREQ, 'Select a frequency')}${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads a rux-checkbox-group as its checked codes, named by its label prop', () => {
    render(
      shell(`${checkboxes('icd10', 'ICD-10 codes', ['M04.1', 'M06.1'], CODES)}${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 codes');
  });

  // misread: the value is right, but only through the radios' name "frequency": the group's label "Frequency",
  // drawn in the rux-radio-group's shadow root before its slot, reaches none of the radios (each in a shadow root
  // of its own), so the field has no label signal and its message names it "drug.frequency"
  it.fails('reads a rux-radio-group as its checked radio, named by the group label in its shadow root', () => {
    render(shell(`${radios('frequency', 'Frequency', 'Once', FREQ)}${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`));
    expect(read()).toEqual({ 'drug.frequency': 'Once', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('drug.frequency')?.label).toBe('Frequency');
  });

  it('reads a multiple rux-select as its chosen codes', () => {
    render(
      shell(
        `<rux-select class="hydrated" name="icd10" label="ICD-10 codes" multiple size="medium">${CODES.map((v) => `<rux-option class="rux-option hydrated" value="${v}" label="${v}"></rux-option>`).join('')}</rux-select>`,
      ),
    );
    // the app sets the host's value to ['M04.1', 'M06.1']; _syncOptionsFromValue then selects those options
    const s = document.querySelector('rux-select')!.shadowRoot!.querySelector('select')!;
    for (const o of Array.from(s.options)) o.selected = o.value !== 'M04.8';
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  // misread: the frequency is not read: the segments' radios (named "rux-segmented-button-N" in the host's shadow
  // root) get no label signal, as the text the app writes right before the host is not searched across the shadow
  // boundary; only the NPI is read
  it.fails('reads a rux-segmented-button as its selected segment, named by the label the app writes before it', () => {
    render(
      shell(
        `<div class="field"><span class="field-label">Frequency</span><rux-segmented-button class="hydrated" selected="Every 8 weeks" data='${JSON.stringify(FREQ.map((label) => ({ label })))}'></rux-segmented-button></div>${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('takes nothing from a rux-table of past requests (rows with selection checkboxes) beside the form', () => {
    const past = [
      ['PA-20931', 'U7731002945', 'Kineret (anakinra)', '2026-03-02', 'Denied'],
      ['PA-20544', 'U7731002945', 'Humira (adalimumab)', '2025-11-18', 'Approved'],
    ];
    render(
      shell(
        `${input('memberId', 'Member ID', ILARIS['patient.memberId'])}${select('drug', 'Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}`,
        `<aside><h2>Recent requests</h2><rux-table class="hydrated"><rux-table-header class="hydrated"><rux-table-header-row class="hydrated"><rux-table-header-cell class="hydrated"></rux-table-header-cell>${['Request', 'Member ID', 'Drug name', 'Submitted', 'Status'].map((c) => `<rux-table-header-cell class="hydrated">${c}</rux-table-header-cell>`).join('')}</rux-table-header-row></rux-table-header><rux-table-body class="hydrated">${past.map((r) => `<rux-table-row class="hydrated"><rux-table-cell class="hydrated"><rux-checkbox class="hydrated" name="pick" value="${r[0]}"></rux-checkbox></rux-table-cell>${r.map((v) => `<rux-table-cell class="hydrated">${v}</rux-table-cell>`).join('')}</rux-table-row>`).join('')}</rux-table-body></rux-table></aside>`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'drug.name': ILARIS['drug.name'] });
    nothingFrom('aside');
  });

  it('takes nothing from a closed rux-dialog whose slotted form edits another therapy', () => {
    const dialog = `<rux-dialog class="hydrated" header="Edit prior therapy">${KEYS.map((k, j) =>
      input(
        `edit${k}`,
        COLS[j]!,
        { drug: 'methotrexate', dose: '15 mg weekly', start: '2025-01-10', stop: '2025-12-01', outcome: 'Hepatotoxicity' }[k],
        k === 'start' || k === 'stop' ? { type: 'date' } : {},
      ),
    ).join(
      '',
    )}<div slot="footer"><rux-button class="hydrated" secondary>Cancel</rux-button><rux-button class="hydrated">Save</rux-button></div></rux-dialog>`;
    render(shell(requestBody(therapyCards()), dialog));
    expect(read()).toEqual({ ...ISO_REQUEST, ...ISO_THERAPIES });
    nothingFrom('rux-dialog');
  });

  it('reads the request in an open rux-dialog (its native dialog shown by CSS, with no open attribute)', () => {
    render(
      shell(
        input('search', 'Search requests', ''),
        `<rux-dialog class="hydrated" open header="New prior authorization">${input('memberId', 'Member ID', ILARIS['patient.memberId'])}${select('drug', 'Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}</rux-dialog>`,
      ),
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'drug.name': ILARIS['drug.name'],
      'prescriber.npi': ILARIS['prescriber.npi'],
    });
  });
});
