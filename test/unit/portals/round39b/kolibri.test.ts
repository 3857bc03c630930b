import { describe, expect, it } from 'vitest';
import { field, read } from '../read';
import { ISO_REQUEST, THERAPY_ROWS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';
import { renderComponents as renderShadow } from '../components/shadow';

/**
 * KoliBri (@public-ui/components 3.x/4.x; public-ui/kolibri, packages/components/src: components/input-text/test/
 * __snapshots__/snapshot.spec.tsx.snap @ 02b5c3f, functional-components/FormField/FormField.tsx + its snapshot @ 57b268d,
 * functional-components/FormFieldMsg/tests/__snapshots__ @ 018e075, components/select/test/__snapshots__ and
 * components/input-radio/test/__snapshots__ @ 0197a48, components/form/test/__snapshots__ @ 0ec6873,
 * components/table-stateless/test/__snapshots__ @ 57b268d, components/tabs/test/__snapshots__ @ 01a46bd,
 * components/details/test/__snapshots__ @ 0ab8506). Stencil
 * components, each in an open shadow root; the app writes the hosts with `_`-props as attributes.
 * - Form field (all inputs): `div.kol-form-field[role=presentation]` (classes --required, --touched, --error,
 *   --read-only, --disabled; the required asterisk is drawn by CSS only) > `label.kol-form-field__label[for=<id>]
 *   [id=<id>-label]` > `span.kol-form-field__label-text > span` "Label" (the snapshots' `htmlfor` is mock-doc's
 *   spelling of the `htmlFor` property: a browser gets `for`), `div.kol-form-field__input > div.kol-input-container >
 *   div.kol-input-container__container > input.kol-input[id][name]`; when touched with an error `_msg`, the message
 *   `div#<id>-msg.kol-alert.kol-form-field__msg[role=alert][aria-live=assertive]` > `div.kol-alert__container` >
 *   `span.visually-hidden` "kol-error" (the untranslated i18n key), `kol-icon`, `div.kol-alert__container-content >
 *   span.kol-alert__content`, the input `aria-invalid=true aria-describedby=<id>-msg`; then `span.kol-form-field__hint`.
 * - _hideLabel: the label gets `hidden`, the control `aria-label`, and a tooltip `div.kol-form-field__tooltip >
 *   div.kol-tooltip__floating > span.kol-tooltip__content` repeating the label follows it in the input box.
 * - kol-select: a native `select.kol-select` whose options have index values "-0", "-1"…; `_multiple` adds `multiple`.
 * - kol-input-radio: `fieldset.kol-form-field` > `legend.kol-form-field__label` + per option `div.kol-field-control >
 *   div.kol-field-control__input > label.kol-input-radio > input[type=radio][value=-N]` then
 *   `label.kol-field-control__label[for]` with the option's text AFTER the box.
 * - kol-form: shadow `form.kol-form[method=post][novalidate]` > (with `_errorList`) the error card
 *   `div.kol-alert.kol-form__alert` listing links to the fields, `p.kol-form__mandatory-fields-hint`, `slot`.
 * - kol-table-stateless: `div.kol-table > table.kol-table__table > caption`, `thead th[scope=col]`, an aria-hidden
 *   spacer row, `tbody tr.kol-table__row > td.kol-table__cell--body` text cells.
 * - kol-tabs: `div[role=tablist]` of `button[role=tab][aria-selected]`, then `div.kol-tabs__content` > per tab
 *   `div[role=tabpanel][hidden unless selected] > slot[name=tabpanel-slot-N]`; the app's panel children are given
 *   `slot="tabpanel-slot-N"`.
 */

const a = (el: Element, k: string) => el.getAttribute(k) ?? '';
/** KoliBri gives each instance its own nonce id */
const ids = new WeakMap<Element, string>();
const id = (el: Element) => {
  if (!ids.has(el)) ids.set(el, `id-${a(el, '_name')}-${Math.random().toString(36).slice(2, 8)}`);
  return ids.get(el)!;
};

/** the FormField wrapper around `control`; `hideLabel` draws the tooltip and hides the label */
function formField(el: Element, control: string, type: string): string {
  const i = id(el);
  const msg = el.hasAttribute('_touched') && a(el, '_msg');
  const hide = el.hasAttribute('_hide-label');
  const cls = ['kol-form-field', a(el, '_value') && 'has-value', el.hasAttribute('_required') && 'kol-form-field--required'];
  if (msg) cls.push('kol-form-field--touched', 'kol-form-field--error', 'kol-form-field--msg-type-error');
  const label = `<span class="kol-form-field__label-text"><span>${a(el, '_label')}</span></span>`;
  return `<div class="${cls.filter(Boolean).join(' ')} kol-${type}" role="presentation"><label class="kol-form-field__label" for="${i}" id="${i}-label"${hide ? ' hidden' : ''}>${label}</label><div class="kol-form-field__input"><div class="kol-input-container${msg ? ' kol-input-container--error' : ''}"><div class="kol-input-container__container">${control}</div></div>${
    hide
      ? `<div class="kol-form-field__tooltip"><div class="kol-tooltip__floating"><div class="kol-tooltip__arrow"></div><span class="kol-tooltip__content" id="${i}-label"><span>${a(el, '_label')}</span></span></div></div>`
      : ''
  }</div>${
    msg
      ? `<div aria-live="assertive" class="kol-alert kol-alert--type-error kol-alert--variant-msg kol-form-field__msg" id="${i}-msg" role="alert"><div class="kol-alert__container"><span class="visually-hidden">kol-error</span><kol-icon _icons="codicon codicon-error" _label="" class="kol-alert__icon"></kol-icon><div class="kol-alert__container-content"><span class="kol-alert__content">${msg}</span></div></div></div>`
      : ''
  }${a(el, '_hint') ? `<span class="kol-form-field__hint" id="${i}-hint">${a(el, '_hint')}</span>` : ''}</div>`;
}

const attrs = (el: Element) => {
  const i = id(el);
  const touchedMsg = el.hasAttribute('_touched') && a(el, '_msg');
  const described = [touchedMsg && `${i}-msg`, a(el, '_hint') && `${i}-hint`].filter(Boolean).join(' ');
  return `id="${i}" name="${a(el, '_name')}"${described ? ` aria-describedby="${described}"` : ''}${touchedMsg ? ' aria-invalid="true"' : ''}${el.hasAttribute('_hide-label') ? ` aria-label="${a(el, '_label')}"` : ''}${el.hasAttribute('_read-only') ? ' readonly' : ''}${el.hasAttribute('_required') ? ' required' : ''}`;
};
const input = (type: string) => (el: Element) =>
  formField(
    el,
    `<input autocapitalize="off" autocomplete="off" autocorrect="off" class="kol-input" ${attrs(el)} type="${type}" value="${a(el, '_value')}">`,
    `input-${type}`,
  );

const templates: Record<string, (el: Element) => string> = {
  'kol-icon': () => '<i aria-hidden="true" class="kol-icon codicon codicon-error" role="presentation"></i>',
  'kol-input-text': input('text'),
  'kol-input-date': input('date'),
  'kol-input-number': input('number'),
  'kol-select': (el) => {
    const chosen = a(el, '_value').split('|');
    const options = a(el, '_options').split('|');
    return formField(
      el,
      `<select autocapitalize="off" autocorrect="off" class="kol-select" ${attrs(el)}${el.hasAttribute('_multiple') ? ' multiple' : ''}${el.hasAttribute('_disabled') ? ' disabled' : ''}>${options
        .map(
          (o, n) =>
            `<option class="kol-select__option${chosen.includes(o) ? ' kol-select__option--selected' : ''}" value="-${n}"${chosen.includes(o) ? ' selected' : ''}>${o}</option>`,
        )
        .join('')}</select>`,
      'select',
    );
  },
  'kol-input-radio': (el) =>
    `<fieldset class="kol-form-field kol-form-field--radio" role="presentation"><legend class="kol-form-field__label kol-form-field__label--legend" id="${id(el)}-label"><span class="kol-form-field__label-text"><span>${a(el, '_label')}</span></span></legend><div class="kol-form-field__input kol-form-field__input--orientation-vertical">${a(
      el,
      '_options',
    )
      .split('|')
      .map((o, n) => {
        const on = o === a(el, '_value');
        return `<div class="kol-field-control"><div class="kol-field-control__input"><label class="kol-input-radio${on ? ' kol-input-radio--checked' : ''}"><input autocapitalize="off" autocorrect="off"${on ? ' checked' : ''} class="kol-input kol-input-radio__input" id="${id(el)}-${n}" name="${a(el, '_name')}" type="radio" value="-${n}"></label></div><label class="kol-field-control__label" for="${id(el)}-${n}" id="${id(el)}-${n}-label"><span class="kol-field-control__label-text"><span>${o}</span></span></label></div>`;
      })
      .join('')}</div></fieldset>`,
  'kol-form': (el) =>
    `${
      a(el, '_error-list')
        ? `<div class="kol-alert kol-alert--type-error kol-alert--variant-card kol-form__alert"><span class="visually-hidden">kol-error</span><i aria-hidden="true" class="kol-alert__icon kol-icon kol-icon__icon kolicon-alert-error" role="presentation"></i><strong class="kol-alert__heading kol-alert__heading--h0 kol-headline kol-headline--single kol-headline--strong" id="alert-heading-f1">kol-error-list-message</strong><div aria-describedby="alert-heading-f1" class="kol-alert__content"><nav aria-label="kol-error-list"><ul>${a(
            el,
            '_error-list',
          )
            .split('|')
            .map(
              (m) =>
                `<li><span class="kol-form__link"><div class="kol-link kol-link--inline"><a class="kol-link__interactive-element" href="javascript:void(0);"><span class="kol-link__text"><span>${m}</span></span></a></div></span></li>`,
            )
            .join('')}</ul></nav></div></div>`
        : ''
    }<form class="kol-form" method="post" novalidate><p class="kol-form__mandatory-fields-hint">Pflichtfelder sind mit einem Sternchen (*) gekennzeichnet.</p><slot></slot></form>`,
  'kol-table-stateless': (el) => {
    const rows = JSON.parse(a(el, '_data')) as string[][];
    const heads = a(el, '_headers').split('|');
    return `<div class="kol-table"><table class="kol-table__table"><caption class="kol-table__caption" id="caption">${a(el, '_label')}</caption><thead class="kol-table__head"><tr class="kol-table__head-row">${heads
      .map((h) => `<th class="kol-table__cell kol-table__cell--header" data-sort="sort-undefined" scope="col">${h}</th>`)
      .join(
        '',
      )}</tr><tr aria-hidden="true" class="kol-table__spacer kol-table__spacer--head"><td class="kol-table__spacer-line kol-table__spacer-line--head" colspan="${heads.length}"></td></tr></thead><tbody class="kol-table__body">${rows
      .map(
        (r) =>
          `<tr class="kol-table__row kol-table__row--body">${r.map((c) => `<td class="kol-table__cell kol-table__cell--body">${c}</td>`).join('')}</tr>`,
      )
      .join('')}</tbody></table></div>`;
  },
  'kol-details': (el) => {
    const open = el.hasAttribute('_open');
    return `<details class="collapsible${open ? ' collapsible--open' : ''} kol-details"${open ? ' open' : ''}><summary aria-controls="details-control-d1" class="collapsible__heading collapsible__heading-button kol-details__heading kol-details__heading-button" id="details-heading-d1"><strong class="kol-headline kol-headline--single kol-headline--strong"><span class="kol-span"><span class="kol-span__container"><i aria-hidden="true" class="kol-icon kol-icon__icon kol-span__icon kol-span__icon--left kolicon-chevron-right" role="presentation"></i><span class="kol-span__label">${a(el, '_label')}</span><span aria-hidden="true" class="kol-span__slot" hidden></span></span></span></strong></summary><div class="collapsible__wrapper kol-details__wrapper"><div class="collapsible__wrapper-animation kol-details__wrapper-animation"><div${open ? '' : ' aria-hidden="true"'} aria-labelledby="details-heading-d1" class="collapsible__content indented-text kol-details__content" id="details-control-d1" role="region"><slot></slot></div></div></div></details>`;
  },
  'kol-tabs': (el) => {
    const tabs = a(el, '_tabs').split('|');
    const sel = Number(a(el, '_selected'));
    return `<div class="kol-tabs kol-tabs--align-top"><div class="kol-tabs__button-group"><div aria-label="${a(el, '_label')}" class="kol-tabs__tablist" role="tablist">${tabs
      .map(
        (t, n) =>
          `<div class="kol-tabs__tab"><div class="kol-button kol-button--standalone${n === sel ? ' selected' : ''}"><button aria-controls="tabs-k1-panel-${n}" aria-selected="${n === sel}" class="kol-button__interactive-element" id="tabs-k1-tab-${n}" role="tab" tabindex="${n === sel ? 0 : -1}" type="button"><span class="kol-button__text"><span>${t}</span></span></button></div></div>`,
      )
      .join('')}</div></div><div class="kol-tabs__content">${tabs
      .map(
        (_, n) =>
          `<div aria-labelledby="tabs-k1-tab-${n}"${n === sel ? '' : ' hidden'} id="tabs-k1-panel-${n}" role="tabpanel"><slot name="tabpanel-slot-${n}"></slot></div>`,
      )
      .join('')}</div></div>`;
  },
};

/** Renders the components; Stencil then holds kol-table's focus element inside its table, put there by DOM calls (an
 *  HTML parser would move it out of the table, and happy-dom's drops the table's rows instead). */
function renderComponents(html: string, components: typeof templates): void {
  renderShadow(html, components);
  for (const host of Array.from(document.querySelectorAll('kol-table-stateless'))) {
    const focus = document.createElement('div');
    focus.className = 'kol-table__focus-element';
    focus.setAttribute('aria-describedby', 'caption');
    host.shadowRoot?.querySelector('table')?.prepend(focus);
  }
}

const text = (name: string, label: string, value: string, extra = '') =>
  `<kol-input-text _name="${name}" _label="${label}" _value="${value}"${extra}></kol-input-text>`;
const date = (name: string, label: string, value: string, extra = '') =>
  `<kol-input-date _name="${name}" _label="${label}" _value="${value}"${extra}></kol-input-date>`;
const num = (name: string, label: string, value: string) =>
  `<kol-input-number _name="${name}" _label="${label}" _value="${value}"></kol-input-number>`;
const select = (name: string, label: string, value: string, options: string[], extra = '') =>
  `<kol-select _name="${name}" _label="${label}" _value="${value}" _options="${options.join('|')}"${extra}></kol-select>`;
const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const form = (body: string, extra = '') =>
  `<main><kol-form${extra}>${body}<kol-button _label="Antrag senden" _type="submit"></kol-button></kol-form></main>`;
const therapies = (rows: string[][]) =>
  `<kol-table-stateless _label="Prior therapies" _headers="Drug|Dose|Start date|Stop date|Outcome" _data='${JSON.stringify(rows)}'></kol-table-stateless>`;

const request = () =>
  `<h2>Member</h2>${text('memberId', 'Member ID', ISO_REQUEST['patient.memberId'], ' _required')}${date('dob', 'Date of birth', ISO_REQUEST['patient.dob'])}${num('weight', 'Weight (kg)', '72')}
  <h2>Diagnosis</h2>${select('icd', 'ICD-10 codes', 'M04.1|M06.1', ['M04.1', 'M06.1', 'M04.8'], ' _multiple')}
  <h2>Medication</h2>${select('drug', 'Drug name', ISO_REQUEST['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}${text('hcpcs', 'HCPCS code', 'J0638')}${text('ndc', 'NDC', ISO_REQUEST['drug.ndc'], ' _hint="11 digits, 5-4-2"')}${num('dose', 'Dose (mg)', '150')}${num('units', 'Billing units', '150')}${select('freq', 'Frequency', 'Every 4 weeks', FREQ)}
  <h2>Labs</h2>${num('crp', 'CRP (mg/L)', '24')}${date('crpDate', 'CRP collection date', ISO_REQUEST['labs.crpDate'])}
  <h2>Prior therapies</h2>${therapies(THERAPY_ROWS)}
  <h2>Prescriber</h2>${text('npi', 'Prescriber NPI', ISO_REQUEST['prescriber.npi'], ' _required')}`;

describe('KoliBri: kol-input-*, kol-select, kol-input-radio, kol-form, kol-table-stateless, kol-tabs, kol-details', () => {
  it('reads the full Ilaris request, prior therapies from the kol-table-stateless', () => {
    renderComponents(form(request()), templates);
    expect(read()).toEqual({ ...ISO_REQUEST, ...THERAPIES });
    noDuplicatePaths();
  });

  it('names fields by their labels, not the hint of the field before them', () => {
    renderComponents(
      form(
        `${text('ndc', 'NDC', ISO_REQUEST['drug.ndc'], ' _hint="11 digits, 5-4-2"')}${text('npi', 'Prescriber NPI', ISO_REQUEST['prescriber.npi'])}`,
      ),
      templates,
    );
    expect(read()).toEqual({ 'drug.ndc': ISO_REQUEST['drug.ndc'], 'prescriber.npi': ISO_REQUEST['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it("reads a touched field with its error shown as empty, and takes nothing from kol-form's error list", () => {
    renderComponents(
      form(
        `${text('memberId', 'Member ID', '', ' _required _touched _msg="Member ID is required."')}${text('npi', 'Prescriber NPI', ISO_REQUEST['prescriber.npi'], ' _required')}`,
        ' _error-list="Member ID is required."',
      ),
      templates,
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ISO_REQUEST['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads a kol-select by its chosen option text, not its index value "-1"', () => {
    renderComponents(
      form(
        `${select('drug', 'Drug name', 'Kineret (anakinra)', ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}${select('freq', 'Frequency', 'Every 8 weeks', FREQ, ' _disabled')}`,
      ),
      templates,
    );
    expect(read()).toEqual({ 'drug.name': 'Kineret (anakinra)', 'drug.frequency': 'Every 8 weeks' });
  });

  it("reads a kol-input-radio group by its checked option's label after the box, not its index value", () => {
    renderComponents(
      form(
        `<kol-input-radio _name="freq" _label="Frequency" _value="Every 8 weeks" _options="${FREQ.join('|')}"></kol-input-radio>${text('npi', 'Prescriber NPI', ISO_REQUEST['prescriber.npi'])}`,
      ),
      templates,
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'prescriber.npi': ISO_REQUEST['prescriber.npi'] });
  });

  it('reads fields with hidden labels by their aria-label, not the tooltip repeating the label', () => {
    renderComponents(
      form(
        `${num('dose', 'Dose (mg)', '150').replace('>', ' _hide-label>')}${text('hcpcs', 'HCPCS code', 'J0638', ' _hide-label')}${text('ndc', 'NDC', ISO_REQUEST['drug.ndc'], ' _hide-label')}`,
      ),
      templates,
    );
    expect(read()).toEqual({ 'drug.dose': '150', 'drug.hcpcs': 'J0638', 'drug.ndc': ISO_REQUEST['drug.ndc'] });
    noDuplicatePaths();
  });

  it('reads only the selected kol-tabs panel, nothing from the hidden panel showing the previous request', () => {
    const previous = `${select('drug', 'Drug name', 'Kineret (anakinra)', ['Ilaris (canakinumab)', 'Kineret (anakinra)'], ' _disabled')}${num('dose', 'Dose (mg)', '100')}${text('npi', 'Prescriber NPI', '1987654321', ' _read-only')}`;
    const current = `${select('drug', 'Drug name', ISO_REQUEST['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}${num('dose', 'Dose (mg)', '150')}${text('npi', 'Prescriber NPI', ISO_REQUEST['prescriber.npi'])}`;
    renderComponents(
      form(
        `<kol-tabs _label="Request" _selected="0" _tabs="Current request|Previous request (2025)"><div slot="tabpanel-slot-0">${current}</div><div slot="tabpanel-slot-1">${previous}</div></kol-tabs>`,
      ),
      templates,
    );
    expect(read()).toEqual({ 'drug.name': ISO_REQUEST['drug.name'], 'drug.dose': '150', 'prescriber.npi': ISO_REQUEST['prescriber.npi'] });
    nothingFrom('[slot="tabpanel-slot-1"]');
  });

  it('takes nothing from a kol-table-stateless of past requests beside the form', () => {
    const past = `<kol-table-stateless _label="Previous requests" _headers="Submitted|Drug|Dose|Status" _data='${JSON.stringify([
      ['03/02/2025', 'Kineret (anakinra)', '100 mg', 'Approved'],
      ['09/20/2025', 'Ilaris (canakinumab)', '300 mg', 'Denied'],
    ])}'></kol-table-stateless>`;
    renderComponents(
      `${past}${form(`${select('drug', 'Drug name', ISO_REQUEST['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}${num('dose', 'Dose (mg)', '150')}`)}`,
      templates,
    );
    expect(read()).toEqual({ 'drug.name': ISO_REQUEST['drug.name'], 'drug.dose': '150' });
  });

  it('reads the request, and nothing from a closed kol-details holding the previous request read-only', () => {
    const previous = `${select('drug', 'Drug name', 'Kineret (anakinra)', ['Ilaris (canakinumab)', 'Kineret (anakinra)'], ' _disabled')}${num('dose', 'Dose (mg)', '100')}${date('crpDate', 'CRP collection date', '2025-02-20', ' _read-only')}`;
    renderComponents(
      form(
        `<kol-details _label="Previous request (03/2025)">${previous}</kol-details>${select('drug', 'Drug name', ISO_REQUEST['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}${num('dose', 'Dose (mg)', '150')}${date('crpDate', 'CRP collection date', ISO_REQUEST['labs.crpDate'])}`,
      ),
      templates,
    );
    expect(read()).toEqual({ 'drug.name': ISO_REQUEST['drug.name'], 'drug.dose': '150', 'labs.crpDate': ISO_REQUEST['labs.crpDate'] });
    nothingFrom('kol-details');
  });
});
