import { describe, expect, it } from 'vitest';
import { field, read } from '../read';
import { ISO_REQUEST, ISO_THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';
import { renderComponents } from '../components/shadow';

/**
 * New York State Design System 1.19 (ITS-HCD/nysds at 19a3f47, Lit components, open shadow roots: the render() of
 * packages/nys-textinput/src/nys-textinput.ts, nys-label/src/nys-label.ts, nys-errormessage, nys-select/src/nys-select.ts
 * (+ _handleSlotChange cloning the light-DOM options), nys-datepicker/src/nys-datepicker.ts, nys-checkbox/src/
 * nys-checkbox.ts + nys-checkboxgroup.ts, nys-radiobutton/src/nys-radiogroup.ts + nys-radiobutton.ts (renders
 * nothing), nys-button, nys-icon) and the wc-datepicker it embeds (Sqrrl/wc-datepicker at 5f9d7fb, a scoped Stencil
 * component without shadow root, 0.13.0 at HEAD where NYSDS asks ^0.10.0: src/components/wc-datepicker/
 * wc-datepicker.tsx, its default labels):
 * - nys-textinput: `div.nys-textinput > nys-label#<id>--label` (its own shadow root: `label.nys-label__label` with the
 *   text and `div.nys-label__required[aria-hidden]` "*", linked to nothing, then `p.nys-label__description > slot`),
 *   `input.nys-textinput__input#<id>--native[aria-label="<label> <description>"]`, and `nys-errormessage` (a
 *   `role=alert` region holding an icon and the message while shown). Host ids are generated
 *   (`nys-textinput-<Date.now()>-<n>`).
 * - nys-select: the label, `select.nys-select__select#<id>--native[aria-label]` holding a hidden disabled empty
 *   `option[data-native]` and clones of the page's light-DOM `<option>`s (slotted into a `display: none` slot).
 * - nys-datepicker (desktop): `input.nys-datepicker--input[type=date][aria-label]` + `button#calendar-button
 *   [aria-haspopup=dialog][aria-controls=wc-datepicker-popup]`, then `div.wc-datepicker--container > wc-datepicker
 *   [role=dialog][aria-modal=false]` (closed, hidden by the stylesheet) drawing a `role=group` "Choose date" with a
 *   month `<select aria-label="Select month">`, a year `<input type=number aria-label="Select year">`, the day
 *   `table[role=grid]` of `td[role=gridcell]`, and NYSDS's "Today"/"Clear" nys-buttons.
 * - nys-checkboxgroup: `fieldset[role=radiogroup][aria-label]` > nys-label + a slot for nys-checkbox hosts, each
 *   drawing `input.nys-checkbox__checkbox[type=checkbox][aria-label=<label>]` and an aria-hidden nys-label.
 * - nys-radiogroup draws every radio itself in its shadow root (`fieldset[role=radiogroup] > legend > nys-label`,
 *   then per nys-radiobutton `input#input-<id>[type=radio][aria-label]` + an aria-hidden nys-label); the
 *   light-DOM nys-radiobutton hosts render nothing and sit in a `display:none` slot.
 */

const a = (el: Element, k: string) => el.getAttribute(k) ?? '';
const has = (el: Element, k: string) => el.hasAttribute(k);
const flag = (el: Element) => (has(el, 'required') ? 'required' : has(el, 'optional') ? 'optional' : '');
const nysLabel = (id: string, label: string, description: string, flagged: string, hidden = false) =>
  `<nys-label${id ? ` id="${id}"` : ''}${hidden ? ' aria-hidden="true"' : ''} label="${label}" description="${description}" flag="${flagged}"><slot name="description" slot="description">${description}</slot></nys-label>`;
const error = (id: string, el: Element) =>
  `<nys-errormessage${id ? ` id="${id}"` : ''}${has(el, 'showError') ? ' showerror' : ''} errormessage="${a(el, 'errorMessage')}"></nys-errormessage>`;
const aria = (el: Element) => [a(el, 'label'), a(el, 'description')].filter(Boolean).join(' ');

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** wc-datepicker's light DOM (scoped) for the month of `iso`, closed */
const wcDatepicker = (iso: string) => {
  const [y, m, d] = (iso || '2026-12-04').split('-').map(Number) as [number, number, number];
  const start = new Date(Date.UTC(y, m - 1, 1));
  start.setUTCDate(1 - start.getUTCDay());
  const weeks = Math.ceil((new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + new Date(Date.UTC(y, m, 0)).getUTCDate()) / 7);
  const day = (i: number) => new Date(start.getTime() + i * 86400000);
  const chosen = (t: Date) => !!iso && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
  return `<wc-datepicker id="wc-datepicker-popup" locale="en-US" role="dialog" aria-modal="false" class="sc-wc-datepicker-h"><div aria-disabled="false" aria-label="Choose date" class="wc-datepicker sc-wc-datepicker" role="group"><div class="wc-datepicker__header sc-wc-datepicker"><span aria-atomic="true" aria-live="polite" class="visually-hidden sc-wc-datepicker"></span><button aria-label="Previous month" class="wc-datepicker__previous-month-button sc-wc-datepicker" type="button"><nys-icon name="chevron_left" size="2xl"></nys-icon></button><span class="wc-datepicker__current-month sc-wc-datepicker"><select title="Select month" aria-label="Select month" class="wc-datepicker__month-select sc-wc-datepicker">${months
    .map((mn, i) => `<option value="${i + 1}"${i === m - 1 ? ' selected' : ''}>${mn}</option>`)
    .join(
      '',
    )}</select><input title="Select year" aria-label="Select year" class="wc-datepicker__year-select sc-wc-datepicker" max="9999" maxlength="4" min="1" type="number" value="${y}"></span><button aria-label="Next month" class="wc-datepicker__next-month-button sc-wc-datepicker" type="button"><nys-icon name="chevron_right" size="2xl"></nys-icon></button></div><div class="wc-datepicker__body sc-wc-datepicker"><table class="wc-datepicker__calendar sc-wc-datepicker" role="grid" aria-label="${months[m - 1]} ${y}" aria-multiselectable="false"><thead class="wc-datepicker__calendar-header sc-wc-datepicker"><tr class="wc-datepicker__weekday-row sc-wc-datepicker">${[
    'Sunday',
    'Monday',
    'Tuesday',
    'Wednesday',
    'Thursday',
    'Friday',
    'Saturday',
  ]
    .map(
      (w) =>
        `<th aria-label="${w}" abbr="${w}" class="wc-datepicker__weekday sc-wc-datepicker" scope="col"><span class="sc-wc-datepicker">${w.slice(0, 3)}</span></th>`,
    )
    .join('')}</tr></thead><tbody class="sc-wc-datepicker">${Array.from(
    { length: weeks },
    (_, w) =>
      `<tr class="wc-datepicker__calendar-row sc-wc-datepicker">${Array.from({ length: 7 }, (_, i) => {
        const t = day(w * 7 + i);
        const tag = chosen(t) ? 'strong' : 'span';
        return `<td aria-disabled="false"${chosen(t) ? ' aria-selected="true" aria-current="true"' : ''} class="wc-datepicker__date${t.getUTCMonth() === m - 1 ? '' : ' wc-datepicker__date--overflowing'}${chosen(t) ? ' wc-datepicker__date--selected wc-datepicker__date--current' : ''} sc-wc-datepicker" data-date="${t.toISOString().slice(0, 10)}" role="gridcell" tabindex="${chosen(t) ? 0 : -1}"><${tag} aria-hidden="true" class="sc-wc-datepicker">${t.getUTCDate()}</${tag}><span class="visually-hidden sc-wc-datepicker">${months[t.getUTCMonth()]} ${t.getUTCDate()}, ${t.getUTCFullYear()}</span></td>`;
      }).join('')}</tr>`,
  ).join(
    '',
  )}</tbody></table></div></div><div class="wc-datepicker--button-container"><nys-button label="Today" size="sm" fullwidth variant="outline"></nys-button><nys-button label="Clear" size="sm" fullwidth variant="outline"></nys-button></div></wc-datepicker>`;
};

const T: Record<string, (el: Element) => string> = {
  'nys-label': (el) =>
    `<div class="nys-label"><div class="nys-label__tooltip-wrapper"><label class="nys-label__label">${a(el, 'label')} ${a(el, 'flag') === 'required' ? '<div class="nys-label__required" aria-hidden="true">*</div>' : ''}${a(el, 'flag') === 'optional' ? '<div class="nys-label__optional">(Optional)</div>' : ''}</label></div><p class="nys-label__description"><slot name="description">${a(el, 'description')}</slot></p></div>`,
  'nys-errormessage': (el) =>
    `<div role="alert" aria-live="assertive" aria-atomic="true" class="nys-errormessage__region">${has(el, 'showerror') ? `<div class="nys-errormessage"><nys-icon name="error" size="2xl"></nys-icon>${a(el, 'errormessage')}</div>` : ''}</div>`,
  'nys-icon': () => '<svg aria-hidden="true" role="img" viewBox="0 0 24 24"><path d="M12 2z"></path></svg>',
  'nys-button': (el) =>
    `<button class="nys-button" type="button" aria-label="${a(el, 'label')}"><slot name="prefix-icon" hidden></slot><div class="nys-button__text">${a(el, 'label')}</div><slot name="suffix-icon" hidden></slot></button>`,
  'nys-textinput': (el) =>
    `<div class="nys-textinput">${nysLabel(`${el.id}--label`, a(el, 'label'), a(el, 'description'), flag(el))}<div class="nys-textinput__buttoncontainer"><slot name="startButton"></slot><div class="nys-textinput__container"><span class="nys-textinput__mask-overlay"></span><input class="nys-textinput__input" type="${a(el, 'type') || 'text'}" name="${a(el, 'name')}" id="${el.id}--native"${has(el, 'required') ? ' required' : ''}${has(el, 'readonly') ? ' readonly' : ''}${aria(el) ? ` aria-label="${aria(el)}"` : ''} aria-required="${has(el, 'required')}" aria-disabled="false" aria-invalid="${has(el, 'showError')}" aria-errormessage="${el.id}--error" value="${a(el, 'value')}"></div><slot name="endButton"></slot></div>${error(`${el.id}--error`, el)}</div>`,
  'nys-select': (el) => {
    const value = a(el, 'value');
    const options = Array.from(el.querySelectorAll('option'));
    return `<div class="nys-select">${nysLabel('', a(el, 'label'), a(el, 'description'), flag(el))}<div class="nys-select__selectwrapper"><select class="nys-select__select" name="${a(el, 'name')}" id="${el.id}--native"${has(el, 'required') ? ' required' : ''} aria-disabled="false" aria-label="${aria(el)}"><option data-native hidden disabled value=""${value ? '' : ' selected'}></option>${options
      .map((o) => `<option value="${o.value}"${o.value === value ? ' selected' : ''}>${o.textContent}</option>`)
      .join(
        '',
      )}</select><slot style="display: none;"></slot><nys-icon name="chevron_down" size="2xl" class="nys-select__icon"></nys-icon></div>${error('', el)}</div>`;
  },
  'nys-datepicker': (el) =>
    `<div class="nys-datepicker--container">${nysLabel('', a(el, 'label'), a(el, 'description'), flag(el))}<div class="nys-datepicker--input-container "><input id="${el.id}" class="nys-datepicker--input" type="date" max="9999-12-31"${has(el, 'required') ? ' required aria-required="true"' : ''} value="${a(el, 'value')}" aria-label="${a(el, 'label')}"><button id="calendar-button" tabindex="0" aria-label="Open calendar" aria-haspopup="dialog" aria-controls="wc-datepicker-popup" aria-expanded="false"><nys-icon name="calendar_month" size="24"></nys-icon></button></div><div class="wc-datepicker--container">${wcDatepicker(a(el, 'value'))}</div></div>${error(`${el.id}-error`, el)}`,
  'nys-checkboxgroup': (el) =>
    `<fieldset aria-label="${aria(el)}" class="nys-checkboxgroup" role="radiogroup">${nysLabel('', a(el, 'label'), a(el, 'description'), flag(el))}<div class="nys-checkboxgroup__content"><slot></slot></div>${error('', el)}</fieldset>`,
  'nys-checkbox': (el) =>
    `<div class="nys-checkbox"><div class="nys-checkbox__main-container "><div class="nys-checkbox__checkbox-wrapper"><input id="${el.id}--native" class="nys-checkbox__checkbox" type="checkbox" name="${a(el, 'name')}" value="${a(el, 'value')}"${has(el, 'checked') ? ' checked' : ''} aria-checked="${has(el, 'checked')}" aria-disabled="false" aria-required="false" aria-describedby="group-info" aria-label="${a(el, 'label')}">${has(el, 'checked') ? '<nys-icon name="check" size="4xl" class="nys-checkbox__icon"></nys-icon>' : ''}</div>${nysLabel('', a(el, 'label'), '', '', true)}</div><div class="nys-checkbox__other-container"></div></div>`,
  'nys-radiogroup': (el) =>
    `<slot style="display:none"></slot><fieldset aria-label="${aria(el)}" role="radiogroup" aria-required="${has(el, 'required')}" class="nys-radiogroup"><legend>${nysLabel('', a(el, 'label'), a(el, 'description'), flag(el))}</legend><div class="nys-radiogroup__content">${Array.from(
      el.querySelectorAll('nys-radiobutton'),
    )
      .map(
        (r) =>
          `<div class="nys-radiobutton"><div class="nys-radiobutton__main-container"><!-- <span class="nys-radiobutton__radio" tabindex="-1"></span> --><input id="input-${r.id}" type="radio" class="nys-radiobutton__radio" name="${a(r, 'name')}" value="${a(r, 'value')}"${has(r, 'checked') ? ' checked' : ''} aria-label="${a(r, 'label')}">${nysLabel(`${r.id}-label`, a(r, 'label'), '', '', true)}</div><div class="nys-radiobutton__other-container"></div></div>`,
      )
      .join('')}</div>${error('', el)}</fieldset>`,
  'nys-radiobutton': () => '',
};

let ids = 0;
const id = (kind: string) => `nys-${kind}-1767225600000-${ids++}`;
/** Renders the page, then chooses each shadow-root select's option marked `selected`, as Lit's `.value` binding and
 *  the browser's parser do (happy-dom's innerHTML may choose another one). */
const render = (html: string) => {
  renderComponents(`<main id="main-content"><form novalidate>${html}</form></main>`, T);
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
const text = (name: string, label: string, value: string, extra = '') =>
  `<nys-textinput id="${id('textinput')}" name="${name}" label="${label}" value="${value}"${extra}></nys-textinput>`;
const date = (name: string, label: string, value: string, extra = '') =>
  `<nys-datepicker id="${id('datepicker')}" name="${name}" label="${label}" value="${value}"${extra}></nys-datepicker>`;
const select = (name: string, label: string, value: string, options: string[], extra = '') =>
  `<nys-select id="${id('select')}" name="${name}" label="${label}" value="${value}"${extra}>${options.map((o) => `<option value="${o}">${o}</option>`).join('')}</nys-select>`;
const radios = (name: string, label: string, value: string, options: string[]) =>
  `<nys-radiogroup id="${id('radiogroup')}" label="${label}" name="${name}">${options
    .map(
      (o) =>
        `<nys-radiobutton id="${id('radiobutton')}" name="${name}" value="${o}" label="${o}"${o === value ? ' checked' : ''}></nys-radiobutton>`,
    )
    .join('')}</nys-radiogroup>`;
const checkboxes = (label: string, checked: string[], options: string[]) =>
  `<nys-checkboxgroup id="${id('checkboxgroup')}" label="${label}" name="icd">${options
    .map(
      (o) =>
        `<nys-checkbox id="${id('checkbox')}" name="icd" value="${o}" label="${o}"${checked.includes(o) ? ' checked' : ''}></nys-checkbox>`,
    )
    .join('')}</nys-checkboxgroup>`;
const section = (title: string, body: string) => `<section><h2>${title}</h2>${body}</section>`;
const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const therapy = (i: 0 | 1) => {
  const v = (k: string) => ISO_THERAPIES[`priorTherapies.${i}.${k}` as keyof typeof ISO_THERAPIES];
  return `<h3>Prior therapy ${i + 1}</h3>${text(`t${i}drug`, 'Drug', v('drug'))}${text(`t${i}dose`, 'Dose', v('dose'))}${date(`t${i}start`, 'Start date', v('start'))}${date(`t${i}stop`, 'Stop date', v('stop'))}${text(`t${i}outcome`, 'Outcome', v('outcome'))}`;
};

describe('NYS Design System 1.19: nys-textinput, nys-select, nys-datepicker, nys-checkboxgroup, nys-radiogroup', () => {
  it('reads the full Ilaris request', () => {
    render(
      `${section('Patient', `${text('memberId', 'Member ID', ISO_REQUEST['patient.memberId'], ' required')}${date('dob', 'Date of birth', ISO_REQUEST['patient.dob'], ' required')}${text('weight', 'Weight (kg)', '72', ' type="number"')}`)}
      ${section('Diagnosis', text('icd', 'ICD-10 codes', 'M04.1, M06.1', ' description="Separate codes with commas"'))}
      ${section('Medication', `${select('drug', 'Drug name', DRUGS[0]!, DRUGS)}${text('hcpcs', 'HCPCS code', 'J0638')}${text('ndc', 'NDC', ISO_REQUEST['drug.ndc'])}${text('dose', 'Dose (mg)', '150', ' type="number"')}${text('units', 'Billing units', '150', ' type="number"')}${radios('frequency', 'Frequency', 'Every 4 weeks', FREQ)}`)}
      ${section('Labs', `${text('crp', 'CRP (mg/L)', '24', ' type="number"')}${date('crpDate', 'CRP collection date', ISO_REQUEST['labs.crpDate'])}`)}
      ${section('Prior therapies', `${therapy(0)}${therapy(1)}`)}
      ${section('Prescriber', text('npi', 'Prescriber NPI', ISO_REQUEST['prescriber.npi'], ' required'))}
      <nys-button type="submit" label="Submit request" variant="filled"></nys-button>`,
    );
    expect(read()).toEqual({ ...ISO_REQUEST, ...ISO_THERAPIES });
    noDuplicatePaths();
  });

  it('names a nys-textinput by its aria-label, though it carries the description after the label', () => {
    render(
      `${text('memberId', 'Member ID', ISO_REQUEST['patient.memberId'], ' required description="As printed on your insurance card"')}${text('npi', 'Prescriber NPI', ISO_REQUEST['prescriber.npi'], ' description="10 digits"')}`,
    );
    expect(read()).toEqual({ 'patient.memberId': ISO_REQUEST['patient.memberId'], 'prescriber.npi': ISO_REQUEST['prescriber.npi'] });
  });

  it('reads a nys-textinput showing its error message as empty, and names the next field by its own label', () => {
    render(
      `${text('memberId', 'Member ID', '', ' required showError errorMessage="Member ID is required"')}${text('npi', 'Prescriber NPI', ISO_REQUEST['prescriber.npi'])}`,
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ISO_REQUEST['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads nys-select by its chosen option, and as empty while its hidden empty option is chosen', () => {
    render(`${select('drug', 'Drug name', DRUGS[1]!, DRUGS, ' required')}${select('frequency', 'Frequency', '', FREQ)}`);
    expect(read()).toEqual({ 'drug.name': 'Kineret (anakinra)', 'drug.frequency': '' });
    noDuplicatePaths();
  });

  it('reads nys-datepicker as its ISO date, and nothing from the closed wc-datepicker (month select, year box)', () => {
    render(`${date('dob', 'Date of birth', ISO_REQUEST['patient.dob'], ' required')}${date('crpDate', 'CRP collection date', '')}`);
    expect(read()).toEqual({ 'patient.dob': ISO_REQUEST['patient.dob'], 'labs.crpDate': '' });
    nothingFrom('wc-datepicker');
    noDuplicatePaths();
  });

  it('reads a nys-radiogroup (radios drawn in its own shadow root) by its checked radio', () => {
    render(`${text('hcpcs', 'HCPCS code', 'J0638')}${radios('frequency', 'Frequency', 'Every 8 weeks', FREQ)}`);
    expect(read()).toEqual({ 'drug.hcpcs': 'J0638', 'drug.frequency': 'Every 8 weeks' });
  });

  it('reads a nys-checkboxgroup as its ticked codes', () => {
    render(checkboxes('ICD-10 codes', ['M04.1', 'M06.1'], ['M04.1', 'M06.1', 'M04.8']));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads the prior therapies under their h3 titles, dates as ISO', () => {
    render(section('Prior therapies', `${therapy(0)}${therapy(1)}`));
    expect(read()).toEqual(ISO_THERAPIES);
  });
});
