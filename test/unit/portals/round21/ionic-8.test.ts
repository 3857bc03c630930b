import { describe, expect, it } from 'vitest';
import { field, read } from '../read';
import { renderComponents } from '../components/shadow';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Ionic 8 (ionic-team/ionic-framework, core/src/components/input/input.tsx and select/select.tsx as stored in the
 * index: the modern form markup with `label` or `slot="label"`, `htmlFor` on the input wrapper, start/end slots;
 * ion-datetime-button as the existing components/ionic.test.ts draws it):
 * - ion-input (scoped, no shadow root): host > `label.input-wrapper[for=ion-input-N]` > `div.label-text-wrapper` >
 *   the slotted `div[slot=label]` (Stencil relocates it; an `ion-text` "(Required)" inside) or `div.label-text`,
 *   `div.native-wrapper` > `input.native-input#ion-input-N` + the relocated `slot="end"` content (a unit); then
 *   `div.input-bottom` > `div.helper-text` + `div.error-text` (both rendered when either is set; the error text
 *   shown by CSS only once `ion-touched.ion-invalid`).
 * - ion-select (shadow root): `label.select-wrapper#select-label` > `div.label-text-wrapper[part=label]` >
 *   `slot[name=label]` or `div.label-text`, `div.select-wrapper-inner` > `div.native-wrapper` >
 *   `div.select-text[aria-hidden]` (chosen texts joined ", ", or the placeholder classed `select-placeholder`) +
 *   an empty `button#ion-sel-N[aria-haspopup=dialog]` named "<label>, <text>"; `renderHiddenInput` puts
 *   `input[type=hidden].aux-input[name]` (values joined ",") in the host's light DOM.
 * - ion-datetime-button (shadow root): `button#date-button[aria-expanded]` showing "Mar 14, 1988"; its
 *   ion-datetime sits in an `ion-modal[keep-contents-mounted]` hidden with `overlay-hidden` until opened.
 * - ion-item (shadow root): `div.item-native > slot[name=start] + div.item-inner > div.input-wrapper > slot`.
 */

let n = 0;
const ionItem = (inner: string) =>
  `<ion-item class="item md item-lines-default item-fill-none in-list ion-focusable item-label hydrated">${inner}</ion-item>`;
type In = { slotLabel?: boolean; required?: boolean; end?: string; helper?: string; error?: string; type?: string };
const ionInput = (label: string, value: string, o: In = {}) => {
  const id = `ion-input-${n++}`;
  const text = o.slotLabel
    ? `<div slot="label" class="sc-ion-input-md-s">${label}${o.required ? ' <ion-text color="danger" class="ion-color ion-color-danger md hydrated">(Required)</ion-text>' : ''}</div>`
    : `<div class="label-text sc-ion-input-md">${label}</div>`;
  return ionItem(
    `<ion-input${o.slotLabel ? '' : ` label="${label}"`} label-placement="stacked" type="${o.type ?? 'text'}" value="${value}" class="sc-ion-input-md-h sc-ion-input-md-s md in-item${value ? ' has-value' : ''} label-floating input-label-placement-stacked hydrated${o.error ? ' ion-invalid ion-touched' : ''}"><label class="input-wrapper sc-ion-input-md" for="${id}"><div class="label-text-wrapper sc-ion-input-md">${text}</div><div class="native-wrapper sc-ion-input-md"><input class="native-input sc-ion-input-md" id="${id}" autocapitalize="off" autocomplete="off" autocorrect="off" name="${id}" placeholder="" spellcheck="false" type="${o.type ?? 'text'}"${o.required ? ' required=""' : ''} value="${value}">${
      o.end ? `<div slot="end" class="sc-ion-input-md-s">${o.end}</div>` : ''
    }</div></label>${
      o.helper || o.error
        ? `<div class="input-bottom sc-ion-input-md"><div class="helper-text sc-ion-input-md">${o.helper ?? ''}</div><div class="error-text sc-ion-input-md">${o.error ?? ''}</div></div>`
        : ''
    }</ion-input>`,
  );
};
/** ion-select; its shadow root is drawn from the data-* attributes */
const ionSelect = (label: string, chosen: string[], options: string[], o: { placeholder?: string; multiple?: boolean } = {}) =>
  ionItem(
    `<ion-select label-placement="stacked"${o.multiple ? ' multiple="true"' : ''}${o.placeholder ? ` placeholder="${o.placeholder}"` : ''} interface="popover" data-label="${label}" data-text="${chosen.join(', ')}" class="md in-item${chosen.length ? ' has-value' : ''} label-floating ion-focusable select-ltr select-label-placement-stacked${o.placeholder ? ' has-placeholder' : ''} hydrated"><div slot="label">${label}</div>${options
      .map((v) => `<ion-select-option value="${v}" class="md hydrated">${v}</ion-select-option>`)
      .join('')}<input type="hidden" class="aux-input" name="ion-sel-${n++}" value="${chosen.join(',')}"></ion-select>`,
  );
const selectShadow = (el: Element) => {
  const label = el.getAttribute('data-label')!;
  const text = el.getAttribute('data-text')!;
  const placeholder = el.getAttribute('placeholder');
  const shown = text || placeholder || '';
  return `<label class="select-wrapper" id="select-label"><div class="label-text-wrapper" part="label"><slot name="label"></slot></div><div class="select-wrapper-inner"><slot name="start"></slot><div class="native-wrapper" part="container"><div aria-hidden="true" class="select-text${text ? '' : ' select-placeholder'}" part="${text ? 'text' : 'placeholder'}">${shown}</div><button id="ion-sel-${n++}" aria-label="${label}${shown ? `, ${shown}` : ''}" aria-haspopup="dialog" aria-expanded="false"></button></div><slot name="end"></slot></div><ion-icon class="select-icon md hydrated" part="icon" aria-hidden="true" role="img"></ion-icon></label>`;
};
const dateButton = (label: string, id: string, shown: string, iso: string) =>
  `${ionItem(`<ion-label class="sc-ion-label-md-h sc-ion-label-md-s md hydrated">${label}</ion-label><ion-datetime-button slot="end" datetime="${id}" data-shown="${shown}" class="md hydrated"></ion-datetime-button>`)}<ion-modal keep-contents-mounted="true" class="md modal-default overlay-hidden hydrated" aria-modal="true" role="dialog" tabindex="-1"><ion-datetime id="${id}" presentation="date"${iso ? ` value="${iso}"` : ''} class="md datetime-presentation-date datetime-size-fixed hydrated"></ion-datetime></ion-modal>`;
const TEMPLATES = {
  'ion-item': () =>
    '<div class="item-native" part="native"><slot name="start"></slot><div class="item-inner"><div class="input-wrapper"><slot></slot></div><slot name="end"></slot><div class="item-inner-highlight"></div></div></div>',
  'ion-text': () => '<slot></slot>',
  'ion-select': selectShadow,
  'ion-datetime-button': (el: Element) =>
    `<button class="ion-activatable" id="date-button" aria-expanded="false" part="native">${el.getAttribute('data-shown') || 'Date'}<ion-ripple-effect role="presentation" class="md hydrated"></ion-ripple-effect></button>`,
  'ion-modal': () =>
    '<div part="backdrop" class="ion-overlay-backdrop"></div><div class="modal-wrapper ion-overlay-wrapper" part="content"><slot></slot></div>',
  'ion-datetime': () =>
    '<div class="datetime-calendar"><div class="calendar-header"><div class="calendar-action-buttons"><ion-item button="true" class="md hydrated">March 1988</ion-item></div><div class="calendar-days-of-week" aria-hidden="true"><div class="day-of-week">S</div><div class="day-of-week">M</div></div></div><div class="calendar-body"><div class="calendar-month"><div class="calendar-month-grid"><div class="calendar-day-wrapper"><button tabindex="-1" data-day="14" data-month="3" data-year="1988" class="calendar-day calendar-day-active" aria-selected="true" aria-label="Monday, March 14">14</button></div></div></div></div></div>',
};
const listHeader = (t: string) =>
  `<ion-list-header class="md hydrated"><ion-label class="sc-ion-label-md-h md hydrated">${t}</ion-label></ion-list-header>`;
const list = (items: string, header?: string) =>
  `<ion-list class="md list-md hydrated">${header ? listHeader(header) : ''}${items}</ion-list>`;
const app = (body: string) =>
  `<ion-app class="md ion-page hydrated"><ion-header class="md header-md hydrated"><ion-toolbar class="md hydrated"><ion-title class="md title-default hydrated">New prior authorization</ion-title></ion-toolbar></ion-header><ion-content class="md hydrated"><form>${body}<ion-button type="submit" class="md button button-solid hydrated">Submit request</ion-button></form></ion-content></ion-app>`;
const render = (html: string) => renderComponents(html, TEMPLATES);

const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const FREQUENCIES = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const CODES = ['M04.1', 'M06.1', 'M04.8'];
const therapy = (i: 0 | 1) =>
  list(
    (['drug', 'dose', 'start', 'stop', 'outcome'] as const)
      .map((k) =>
        ionInput(
          { drug: 'Drug', dose: 'Dose', start: 'Start date', stop: 'Stop date', outcome: 'Outcome' }[k],
          THERAPIES[`priorTherapies.${i}.${k}`],
        ),
      )
      .join(''),
    `Therapy ${i + 1}`,
  );

describe('Ionic 8: ion-input (label slot), ion-select, ion-datetime-button in ion-items', () => {
  it('reads the full Ilaris request', () => {
    render(
      app(
        `${list(`${ionInput('Member ID', ILARIS['patient.memberId'], { slotLabel: true, required: true })}${dateButton('Date of birth', 'dob', 'Mar 14, 1988', '1988-03-14')}${ionInput('Weight', '72', { end: 'kg', type: 'number' })}`, 'Member')}
        ${list(ionSelect('ICD-10 codes', ['M04.1', 'M06.1'], CODES, { multiple: true, placeholder: 'Select codes' }), 'Diagnosis')}
        ${list(
          `${ionSelect('Drug name', [ILARIS['drug.name']], DRUGS)}${ionInput('HCPCS code', ILARIS['drug.hcpcs'])}${ionInput('NDC', ILARIS['drug.ndc'], { helper: '11 digits' })}${ionInput('Dose', '150', { end: 'mg', type: 'number' })}${ionInput('Billing units', '150', { type: 'number' })}${ionSelect('Frequency', ['Every 4 weeks'], FREQUENCIES, { placeholder: 'Select' })}`,
          'Medication',
        )}
        ${list(`${ionInput('CRP', '24', { end: 'mg/L', type: 'number' })}${dateButton('CRP collection date', 'crp', 'Nov 2, 2026', '2026-11-02')}`, 'Labs')}
        <h2>Prior therapies</h2>${therapy(0)}${therapy(1)}
        ${list(ionInput('Prescriber NPI', ILARIS['prescriber.npi'], { slotLabel: true, required: true }), 'Prescriber')}`,
      ),
    );
    expect(read()).toEqual({
      ...ILARIS,
      ...THERAPIES,
      'patient.dob': 'Mar 14, 1988',
      'labs.crpDate': 'Nov 2, 2026',
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.frequency': 'Every 4 weeks',
    });
    noDuplicatePaths();
  });

  it('names an ion-input by its slotted label without the "(Required)" ion-text, not the helper or error text of the one before', () => {
    render(
      app(
        list(
          `${ionInput('Member ID', '', { slotLabel: true, required: true, helper: 'As printed on the card', error: 'Member ID is required' })}${ionInput('Prescriber NPI', ILARIS['prescriber.npi'], { slotLabel: true, required: true })}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toMatch(/^Prescriber NPI/);
  });

  it('takes the unit from an ion-input end slot', () => {
    render(
      app(list(`${ionInput('Weight', '72', { end: 'kg', type: 'number' })}${ionInput('CRP', '24', { end: 'mg/L', type: 'number' })}`)),
    );
    expect(read()).toEqual({ 'patient.weight': '72', 'labs.crpValue': '24' });
    expect(field('patient.weight')?.impliedUnit).toEqual({ path: 'patient.weightUnit', unit: 'kg' });
  });

  it('reads an ion-select with a slotted label by its shown text once, not its aux input', () => {
    render(app(list(`${ionSelect('Drug name', [ILARIS['drug.name']], DRUGS)}${ionSelect('Frequency', ['Every 8 weeks'], FREQUENCIES)}`)));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': 'Every 8 weeks' });
    nothingFrom('input.aux-input');
    noDuplicatePaths();
  });

  it('reads an ion-select showing its placeholder as empty, and a multiple one as its codes joined', () => {
    render(
      app(
        list(
          `${ionSelect('Frequency', [], FREQUENCIES, { placeholder: 'Select' })}${ionSelect('ICD-10 codes', ['M04.1', 'M06.1'], CODES, { multiple: true })}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': '', 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads ion-datetime-buttons by their shown date, and nothing from the ion-datetime kept in a hidden ion-modal', () => {
    render(
      app(
        list(
          `${ionInput('Member ID', ILARIS['patient.memberId'])}${ionInput('Weight', '72', { end: 'kg', type: 'number' })}${dateButton('Date of birth', 'dob', 'Mar 14, 1988', '1988-03-14')}${dateButton('CRP collection date', 'crp', 'Nov 2, 2026', '2026-11-02')}`,
        ),
      ),
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.weight': '72',
      'patient.dob': 'Mar 14, 1988',
      'labs.crpDate': 'Nov 2, 2026',
    });
    nothingFrom('ion-modal');
  });

  it('loads the reader for a wizard step of one ion-input and two ion-datetime-buttons', () => {
    render(
      app(
        list(
          `${ionInput('Member ID', ILARIS['patient.memberId'])}${dateButton('Date of birth', 'dob', 'Mar 14, 1988', '1988-03-14')}${dateButton('CRP collection date', 'crp', 'Nov 2, 2026', '2026-11-02')}`,
        ),
      ),
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.dob': 'Mar 14, 1988',
      'labs.crpDate': 'Nov 2, 2026',
    });
  });

  it('reads prior therapies from ion-lists headed "Therapy 1" and "Therapy 2" under a "Prior therapies" heading', () => {
    render(app(`${list(ionInput('Prescriber NPI', ILARIS['prescriber.npi']))}<h2>Prior therapies</h2>${therapy(0)}${therapy(1)}`));
    expect(read()).toEqual({ 'prescriber.npi': ILARIS['prescriber.npi'], ...THERAPIES });
  });
});
