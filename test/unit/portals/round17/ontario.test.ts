import { describe, expect, it } from 'vitest';
import { field, read } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths } from '../round5/request';
import { renderComponents } from '../components/shadow';

/**
 * Ontario Design System web components (ongov/ontario-design-system at 3c0fe9a, 2026-08-07; Stencil,
 * `shadow: true`), packages/ontario-design-system-component-library/src/components:
 * - ontario-input (test/__snapshots__/ontario-input.spec.tsx.snap, ontario-input.tsx): shadow `div` >
 *   `label.ontario-label[for=<element-id>]` (caption text + `span.ontario-label__flag` "(optional)" or
 *   "(required)"), a nested ontario-hint-text (its own shadow root: `p.ontario-hint[part=hint-text][id]`),
 *   `div.ontario-error-messaging[role=alert]` (`ontario-error__hidden` without an error; the
 *   ontario-icon-alert-error with its own shadow root + `div.ontario-error-messaging__content`), then
 *   `input.ontario-input#<element-id>[name][type][aria-describedby=<hint id>]`. The snapshot prints the
 *   label's `htmlFor` as `htmlfor` (mock-doc); a browser sets the `for` attribute through the property.
 * - ontario-dropdown-list (test/ontario-dropdown-list.spec.tsx): the same label and error, then
 *   `select.ontario-input.ontario-dropdown#<element-id>`, its first option the `is-empty-start-option`
 *   text ("Please select").
 * - ontario-date-input (test/ontario-date-input.spec.tsx, components/input.tsx): `fieldset.ontario-fieldset
 *   [role=group] > legend.ontario-fieldset__legend` (caption + flag), `p.ontario-hint` hint, the error, then
 *   `div.ontario-date__group` of Year, Month and Day (that order) `div.ontario-date__group-input > label[for]`
 *   (the word + `span.ontario-show-for-sr` with the digits note exactly as the spec prints it) +
 *   `input.ontario-input.ontario-input--4-char-width#year-<id>[inputmode=numeric]`.
 * - ontario-checkboxes / ontario-radio-buttons (ontario-checkboxes.tsx, ontario-radio-buttons.tsx): `div >
 *   fieldset.ontario-fieldset > legend.ontario-fieldset__legend`, the hint and error, `div.ontario-checkboxes
 *   > div.ontario-checkboxes__item > input.ontario-checkboxes__input + label.ontario-checkboxes__label`
 *   (radios: `ontario-radios`, `ontario-radios__item`, `__input`, `__label`).
 */

type Caption = { captionText: string; captionType?: string };
const cap = (el: Element): Caption => JSON.parse(el.getAttribute('caption') ?? '{"captionText":""}') as Caption;
const flag = (el: Element) =>
  `<span class="ontario-label__flag">${el.getAttribute('required') === 'true' ? '(required)' : '(optional)'}</span>`;
const errorBox = (el: Element) => {
  const msg = el.getAttribute('error-message');
  return `<div role="alert" class="ontario-error-messaging${msg ? '' : ' ontario-error__hidden'}"><ontario-icon-alert-error class="hydrated"></ontario-icon-alert-error><div class="ontario-error-messaging__content">${msg ?? ''}</div></div>`;
};
const hintId = (el: Element) => `hint-text-${el.getAttribute('element-id') ?? el.getAttribute('name')}`;
const hint = (el: Element) =>
  el.getAttribute('hint-text')
    ? `<ontario-hint-text hint="${el.getAttribute('hint-text')}" element-id="${hintId(el)}" class="hydrated"></ontario-hint-text>`
    : '';
const described = (el: Element) => (el.getAttribute('hint-text') ? ` aria-describedby="${hintId(el)}"` : '');

const templates: Record<string, (el: Element) => string> = {
  'ontario-input': (el) => {
    const id = el.getAttribute('element-id')!;
    return `<div class="${el.getAttribute('error-message') ? 'ontario-input--error' : ''}"><label for="${id}" class="ontario-label">${cap(el).captionText}${flag(el)}</label>${hint(el)}${errorBox(el)}<input${described(el)} class="ontario-input" id="${id}" name="${el.getAttribute('name')}" type="${el.getAttribute('type') ?? 'text'}" value="${el.getAttribute('value') ?? ''}"${el.getAttribute('required') === 'true' ? ' required' : ''}></div>`;
  },
  'ontario-dropdown-list': (el) => {
    const id = el.getAttribute('element-id')!;
    const options = JSON.parse(el.getAttribute('options') ?? '[]') as { value: string; label: string; selected?: boolean }[];
    const empty = el.getAttribute('is-empty-start-option');
    const chosen = options.some((o) => o.selected);
    return `<div><label for="${id}" class="ontario-label">${cap(el).captionText}${flag(el)}</label>${hint(el)}${errorBox(el)}<select class="ontario-input ontario-dropdown" id="${id}" name="${el.getAttribute('name')}"${described(el)}>${empty ? `<option value=""${chosen ? '' : ' selected'}>${empty}</option>` : ''}${options.map((o) => `<option value="${o.value}"${o.selected ? ' selected' : ''}>${o.label}</option>`).join('')}</select></div>`;
  },
  'ontario-date-input': (el) => {
    const id = el.getAttribute('element-id')!;
    const [y = '', m = '', d = ''] = (el.getAttribute('value') ?? '').split('-');
    const box = (part: string, word: string, sr: string, v: string) =>
      `<div class="ontario-date__group-input"><label for="${part}-${id}">${word}<span class="ontario-show-for-sr">${sr}</span></label><input class="ontario-input ontario-input--4-char-width" id="${part}-${id}" type="text" value="${v}" inputmode="numeric" aria-describedby="date-input-hint-${id}"></div>`;
    return `<fieldset role="group" class="ontario-fieldset"><legend class="ontario-fieldset__legend">${cap(el).captionText}${flag(el)}</legend>${el.getAttribute('hint-text') ? `<p id="date-input-hint-${id}" class="ontario-hint">${el.getAttribute('hint-text')}</p>` : ''}${errorBox(el)}<div class="ontario-date__group">${box('year', 'Year', '(1 or 2 digits)', y)}${box('month', 'Month', '(1 or 2 digits)', m)}${box('day', 'Day', '(4 digits)', d)}</div></fieldset>`;
  },
  'ontario-checkboxes': (el) => choices(el, 'checkbox', 'ontario-checkboxes'),
  'ontario-radio-buttons': (el) => choices(el, 'radio', 'ontario-radios'),
  'ontario-hint-text': (el) =>
    `<p part="hint-text" id="${el.getAttribute('element-id')}" class="ontario-hint">${el.getAttribute('hint')}</p>`,
  'ontario-icon-alert-error': () =>
    '<div class="ontario-icon ontario-icon--width-24"><svg class="svg-icon" role="img" xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" id="alert-error"><path d="M12 2C6.48 2 2 6.48 2 12z" fill="#cd0000"></path></svg></div>',
};

function choices(el: Element, type: 'checkbox' | 'radio', base: string): string {
  const options = JSON.parse(el.getAttribute('options') ?? '[]') as {
    value: string;
    label: string;
    elementId: string;
    checked?: boolean;
  }[];
  return `<div class="${el.getAttribute('error-message') ? 'ontario-input--error' : ''}"><fieldset class="ontario-fieldset"${described(el)}><legend class="ontario-fieldset__legend">${cap(el).captionText}${flag(el)}</legend>${hint(el)}${errorBox(el)}<div class="${base}">${options
    .map(
      (o) =>
        `<div class="${base}__item"><input class="${base}__input" id="${o.elementId}" name="${el.getAttribute('name')}" type="${type}" value="${o.value}"${o.checked ? ' checked' : ''}><label class="${base}__label" for="${o.elementId}">${o.label}</label></div>`,
    )
    .join('')}</div></fieldset></div>`;
}

const render = (body: string) =>
  renderComponents(
    `<main id="main-content" class="ontario-row"><div class="ontario-columns ontario-small-12"><form>${body}<ontario-button type="primary" class="hydrated">Submit request</ontario-button></form></div></main>`,
    templates,
  );

const attr = (o: Record<string, string | undefined>) =>
  Object.entries(o)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}='${v}'`)
    .join('');
const c = (text: string) => JSON.stringify({ captionText: text, captionType: 'default' });
const input = (name: string, label: string, value: string, o: { required?: boolean; hint?: string; error?: string } = {}) =>
  `<ontario-input${attr({ caption: c(label), name, 'element-id': name, value, required: o.required ? 'true' : undefined, 'hint-text': o.hint, 'error-message': o.error })} class="hydrated"></ontario-input>`;
const date = (name: string, label: string, iso: string, o: { required?: boolean; hint?: string } = {}) =>
  `<ontario-date-input${attr({ caption: c(label), 'element-id': name, value: iso, required: o.required ? 'true' : undefined, 'hint-text': o.hint, language: 'en' })} class="hydrated"></ontario-date-input>`;
const dropdown = (name: string, label: string, value: string, options: string[]) =>
  `<ontario-dropdown-list${attr({ caption: c(label), name, 'element-id': name, 'is-empty-start-option': 'Please select', options: JSON.stringify(options.map((v) => ({ value: v, label: v, ...(v === value ? { selected: true } : {}) }))) })} class="hydrated"></ontario-dropdown-list>`;
const group = (
  tag: 'ontario-checkboxes' | 'ontario-radio-buttons',
  name: string,
  label: string,
  chosen: string[],
  options: string[],
  o: { hint?: string } = {},
) =>
  `<${tag}${attr({ caption: c(label), name, 'hint-text': o.hint, options: JSON.stringify(options.map((v, i) => ({ value: v, label: v, elementId: `${name}-${i}`, ...(chosen.includes(v) ? { checked: true } : {}) }))) })} class="hydrated"></${tag}>`;
const iso = (us: string) => {
  const [m, d, y] = us.split('/');
  return `${y}-${m}-${d}`;
};
const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];

describe('Ontario Design System: ontario-input, ontario-dropdown-list, ontario-date-input, checkboxes and radios', () => {
  it('reads the full Ilaris request', () => {
    const therapy = (i: 0 | 1) => {
      const v = (k: 'drug' | 'dose' | 'start' | 'stop' | 'outcome') => THERAPIES[`priorTherapies.${i}.${k}`];
      return `<h3>Prior therapy ${i + 1}</h3>${input(`t${i}drug`, 'Drug', v('drug'))}${input(`t${i}dose`, 'Dose', v('dose'))}${date(`t${i}start`, 'Start date', iso(v('start')))}${date(`t${i}stop`, 'Stop date', iso(v('stop')))}${input(`t${i}outcome`, 'Outcome', v('outcome'))}`;
    };
    render(
      `<h2>Patient</h2>${input('memberId', 'Member ID', ILARIS['patient.memberId'], { required: true })}${date('dob', 'Date of birth', '1988-03-14', { required: true })}${input('weight', 'Weight (kg)', '72')}
      <h2>Diagnosis</h2>${group('ontario-checkboxes', 'icd', 'ICD-10 codes', ['M04.1', 'M06.1'], ['M04.1', 'M06.1', 'M04.8'])}
      <h2>Medication</h2>${dropdown('drugName', 'Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}${input('hcpcs', 'HCPCS code', 'J0638')}${input('ndc', 'NDC', ILARIS['drug.ndc'])}${input('dose', 'Dose (mg)', '150')}${input('units', 'Billing units', '150')}${group('ontario-radio-buttons', 'frequency', 'Frequency', ['Every 4 weeks'], FREQ)}
      <h2>Labs</h2>${input('crp', 'CRP (mg/L)', '24')}${date('crpDate', 'CRP collection date', '2026-11-02')}
      <h2>Prior therapies</h2>${therapy(0)}${therapy(1)}
      <h2>Prescriber</h2>${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true })}`,
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  it('names an ontario-input by its caption, without the "(required)" flag, its hint or its hidden error box', () => {
    render(
      `${input('memberId', 'Member ID', ILARIS['patient.memberId'], { required: true, hint: 'As shown on the card' })}${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('patient.memberId')?.label).toBe('Member ID');
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads an ontario-input showing its error as empty', () => {
    render(
      `${input('memberId', 'Member ID', '', { required: true, error: 'Enter the member ID' })}${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads ontario-date-input as one date from its Year, Month and Day boxes', () => {
    render(
      `${date('dob', 'Date of birth', '1988-03-14', { required: true, hint: 'For example, 1988 03 14' })}${date('crpDate', 'CRP collection date', '')}`,
    );
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': '' });
    noDuplicatePaths();
  });

  it('reads ontario-dropdown-list by its chosen option, and as empty on "Please select"', () => {
    render(
      `${dropdown('drugName', 'Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}${dropdown('frequency', 'Frequency', '', FREQ)}`,
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': '' });
  });

  it('reads ontario-checkboxes as the checked ICD-10 codes and ontario-radio-buttons by the checked option', () => {
    render(
      `${group('ontario-checkboxes', 'icd', 'ICD-10 codes', ['M04.1', 'M06.1'], ['M04.1', 'M06.1', 'M04.8'], { hint: 'Select all that apply' })}${group('ontario-radio-buttons', 'frequency', 'Frequency', ['Every 8 weeks'], FREQ)}`,
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 8 weeks' });
  });

  it('reads ontario-checkboxes showing an error, named by its legend and not the error text', () => {
    render(
      `<ontario-checkboxes${attr({ caption: c('ICD-10 codes'), name: 'icd', required: 'true', 'error-message': 'Select at least one code', options: JSON.stringify(['M04.1', 'M06.1', 'M04.8'].map((v, i) => ({ value: v, label: v, elementId: `icd-${i}` }))) })} class="hydrated"></ontario-checkboxes>${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads an ontario-radio-buttons group with nothing checked as empty', () => {
    render(`${input('hcpcs', 'HCPCS code', 'J0638')}${group('ontario-radio-buttons', 'frequency', 'Frequency', [], FREQ)}`);
    expect(read()).toEqual({ 'drug.hcpcs': 'J0638', 'drug.frequency': '' });
  });
});
