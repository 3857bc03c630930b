import { describe, expect, it } from 'vitest';
import { mapped, page, read } from '../read';

/**
 * Salesforce Experience Cloud, Lightning base components (SLDS markup). In an Aura site LWC runs
 * with synthetic shadow: the components' trees are plain light DOM to a content script, marked
 * with scoping attributes (`lightning-input_input-host`). In an LWR site they are native open
 * shadow roots, nested (lightning-combobox → lightning-base-combobox), ids inside them kept
 * unsuffixed. Rendered: lightning-input = `div.slds-form-element` > `label.slds-form-element__label
 * [for]` (an `abbr.slds-required` "*" first, a lightning-helptext "Help" button after it) >
 * `div.slds-form-element__control > input.slds-input`, an error `div.slds-form-element__help`
 * after it; `variant="label-hidden"` keeps the label as `slds-assistive-text`; type=date is a
 * lightning-datepicker (a text box showing "Nov 12, 2026", a calendar button whose assistive
 * text is "Select a date for <label>"); lightning-combobox = a `label[id]` (no for) and a
 * `button.slds-combobox__input[role=combobox][aria-labelledby=<label id>]` showing the value in a
 * `span.slds-truncate` (placeholder "Select an Option" when empty), its listbox of
 * `lightning-base-combobox-item[role=option]` rendered after it; lightning-dual-listbox = a
 * `role=group` titled by a div, Available / Selected `ul[role=listbox]`s of `div[role=option]`s.
 */

let n = 10;

type Opts = { required?: boolean; help?: string; error?: string; hiddenLabel?: boolean; type?: string };

/** lightning-input's inside (lightning-primitive-input-simple) */
const inputInner = (label: string, value: string, o: Opts = {}, id = `input-${++n}`) =>
  `<div part="input-text" class="slds-form-element${o.error ? ' slds-has-error' : ''}" lightning-primitiveinputsimple_primitiveinputsimple="">
    <label class="slds-form-element__label slds-no-flex${o.hiddenLabel ? ' slds-assistive-text' : ''}" for="${id}" lightning-primitiveinputsimple_primitiveinputsimple="">${
      o.required ? '<abbr class="slds-required" title="required">* </abbr>' : ''
    }${label}</label>${
      o.help
        ? `<lightning-helptext class="slds-form-element__icon" lightning-primitiveinputsimple_primitiveinputsimple=""><div class="slds-form-element__icon"><button class="slds-button slds-button_icon" type="button" aria-describedby="salesforce-lightning-tooltip-bubble_${n}"><lightning-primitive-icon variant="bare"><svg focusable="false" aria-hidden="true" viewBox="0 0 520 520" class="slds-button__icon"><path d="M260 20a240 240 0 100 480"></path></svg></lightning-primitive-icon><span class="slds-assistive-text">Help</span></button></div><div id="salesforce-lightning-tooltip-bubble_${n}" class="slds-popover slds-popover_tooltip slds-nubbin_bottom-left slds-fall-into-ground" role="tooltip" style="position:absolute"><div class="slds-popover__body">${o.help}</div></div></lightning-helptext>`
        : ''
    }
    <div class="slds-form-element__control slds-grow" part="input-container" lightning-primitiveinputsimple_primitiveinputsimple="">
      <input type="${o.type === 'number' ? 'text" inputmode="decimal' : 'text'}" id="${id}" class="slds-input" part="input"${o.required ? ' required=""' : ''}${o.error ? ` aria-invalid="true" aria-describedby="help-message-${n}"` : ''} value="${value}" lightning-primitiveinputsimple_primitiveinputsimple="">
    </div>
    ${o.error ? `<div id="help-message-${n}" class="slds-form-element__help" data-help-message="" role="alert" part="help-text" lightning-primitiveinputsimple_primitiveinputsimple="">${o.error}</div>` : ''}
  </div>`;

const lInput = (label: string, value: string, o: Opts = {}) =>
  `<lightning-input class="slds-form-element" lightning-input_input-host=""${o.hiddenLabel ? ' variant="label-hidden"' : ''}><lightning-primitive-input-simple variant="standard" lightning-input_input="">${inputInner(label, value, o)}</lightning-primitive-input-simple></lightning-input>`;

const datepickerInner = (label: string, value: string, id = `input-${++n}`) =>
  `<div class="slds-form-element slds-dropdown-trigger slds-dropdown-trigger_click">
    <label class="slds-form-element__label" for="${id}">${label}</label>
    <div class="slds-form-element__control slds-input-has-icon slds-input-has-icon_right">
      <input type="text" id="${id}" autocomplete="off" class="slds-input" part="input" value="${value}">
      <lightning-button-icon class="slds-input__icon slds-input__icon_right"><button class="slds-button slds-button_icon slds-button_icon-bare" title="Select a date for ${label}" type="button"><lightning-primitive-icon><svg focusable="false" aria-hidden="true" viewBox="0 0 520 520" class="slds-button__icon"><path d="M446 60"></path></svg></lightning-primitive-icon><span class="slds-assistive-text">Select a date for ${label}</span></button></lightning-button-icon>
    </div>
  </div>`;

const lDate = (label: string, value: string) =>
  `<lightning-input class="slds-form-element" type="date" lightning-input_input-host=""><lightning-datepicker class="slds-form-element" lightning-input_input="">${datepickerInner(label, value)}</lightning-datepicker></lightning-input>`;

const baseComboboxInner = (labelId: string, chosen: [string, string] | null, options: [string, string][], bid = `combobox-button-${++n}`) =>
  `<div class="slds-combobox slds-dropdown-trigger slds-dropdown-trigger_click">
    <div role="none" class="slds-combobox__form-element slds-input-has-icon slds-input-has-icon_right">
      <button type="button" role="combobox" id="${bid}" class="slds-combobox__input slds-input_faux${chosen ? ' slds-combobox__input-value' : ''}" aria-labelledby="${labelId}" aria-expanded="false" aria-haspopup="listbox" aria-controls="dropdown-element-${n}" data-value="${chosen?.[0] ?? ''}"><span class="slds-truncate">${chosen?.[1] ?? 'Select an Option'}</span></button>
      <div class="slds-input__icon-group slds-input__icon-group_right"><lightning-icon class="slds-icon-utility-down slds-input__icon slds-input__icon_right slds-icon_container"><span style="--sds-c-icon-color-background: var(--slds-c-icon-color-background, transparent)" part="boundary"><lightning-primitive-icon size="x-small" variant="bare"><svg focusable="false" aria-hidden="true" viewBox="0 0 520 520" class="slds-icon slds-icon-text-default slds-icon_x-small"><path d="M83 140"></path></svg></lightning-primitive-icon></span></lightning-icon></div>
    </div>
    <div id="dropdown-element-${n}" class="slds-dropdown slds-dropdown_length-with-icon-7 slds-dropdown_fluid slds-dropdown_left" role="listbox" aria-label="options">${options
      .map(
        ([v, t]) =>
          `<lightning-base-combobox-item role="option" data-value="${v}" aria-checked="${chosen?.[0] === v}" aria-selected="${chosen?.[0] === v}" class="slds-media slds-listbox__option slds-media_center slds-listbox__option_plain"><span class="slds-media__figure slds-listbox__option-icon">${
            chosen?.[0] === v
              ? '<span class="slds-icon_container slds-current-color"><svg class="slds-icon slds-icon_x-small" aria-hidden="true"></svg></span>'
              : ''
          }</span><span class="slds-media__body"><span class="slds-truncate" title="${t}">${t}</span></span></lightning-base-combobox-item>`,
      )
      .join('')}</div>
  </div>`;

const comboboxLabel = (label: string, id: string, required = false) =>
  `<label class="slds-form-element__label" id="${id}">${required ? '<abbr class="slds-required" title="required">* </abbr>' : ''}${label}</label>`;

const lCombobox = (label: string, chosen: [string, string] | null, options: [string, string][]) => {
  const lid = `combobox-label-${++n}`;
  return `<lightning-combobox class="slds-form-element" lightning-combobox_combobox-host="">${comboboxLabel(label, lid)}
    <div class="slds-form-element__control"><lightning-base-combobox class="slds-combobox_container">${baseComboboxInner(lid, chosen, options)}</lightning-base-combobox></div></lightning-combobox>`;
};

const option = (v: string, selected: boolean) =>
  `<li role="presentation" class="slds-listbox__item"><div class="slds-listbox__option slds-listbox__option_plain slds-media slds-media_small slds-media_inline" aria-selected="false" role="option" tabindex="${selected ? '0' : '-1'}" data-index="0" data-value="${v}"><span class="slds-media__body"><span class="slds-truncate" title="${v}">${v}</span></span></div></li>`;

const lDualListbox = (label: string, available: string[], selected: string[]) => {
  const k = ++n;
  return `<lightning-dual-listbox class="slds-form-element" lightning-duallistbox_duallistbox-host=""><div class="slds-form-element" role="group" aria-labelledby="group-label-${k}">
    <div class="slds-form-element__label slds-form-element__legend" id="group-label-${k}">${label}</div>
    <div class="slds-form-element__control"><div class="slds-dueling-list">
      <div class="slds-assistive-text" id="option-drag-label-${k}">Press Space Bar when on an item, to move it within the list. Click Move Up or Move Down to reorder.</div>
      <div class="slds-dueling-list__column"><span class="slds-form-element__label" id="source-list-label-${k}">Available</span>
        <div class="slds-dueling-list__options"><ul aria-describedby="option-drag-label-${k}" aria-labelledby="source-list-label-${k}" aria-multiselectable="true" class="slds-listbox slds-listbox_vertical" role="listbox" aria-disabled="false">${available.map((v) => option(v, false)).join('')}</ul></div></div>
      <div class="slds-dueling-list__column"><lightning-button-icon><button class="slds-button slds-button_icon slds-button_icon-container" title="Move selection to Selected" type="button"><span class="slds-assistive-text">Move selection to Selected</span></button></lightning-button-icon><lightning-button-icon><button class="slds-button slds-button_icon slds-button_icon-container" title="Move selection to Available" type="button"><span class="slds-assistive-text">Move selection to Available</span></button></lightning-button-icon></div>
      <div class="slds-dueling-list__column"><span class="slds-form-element__label" id="selected-list-label-${k}">Selected</span>
        <div class="slds-dueling-list__options"><ul aria-describedby="option-drag-label-${k}" aria-labelledby="selected-list-label-${k}" aria-multiselectable="true" class="slds-listbox slds-listbox_vertical" role="listbox" aria-disabled="false">${selected.map((v, i) => option(v, i === 0)).join('')}</ul></div></div>
    </div></div></div></lightning-dual-listbox>`;
};

const card = (title: string, body: string) =>
  `<article class="slds-card"><div class="slds-card__header slds-grid"><header class="slds-media slds-media_center slds-has-flexi-truncate"><div class="slds-media__body"><h2 class="slds-card__header-title"><span class="slds-truncate">${title}</span></h2></div></header></div>
    <div class="slds-card__body slds-card__body_inner"><div class="slds-form" role="list">${body}</div></div></article>`;

/** a custom LWC table of label-hidden lightning-inputs, with an "Add Therapy" button */
const therapyTable = (rows: string[][]) =>
  `<table class="slds-table slds-table_cell-buffer slds-table_bordered" aria-label="Prior therapies"><thead><tr class="slds-line-height_reset">${[
    'Drug',
    'Dose',
    'Start Date',
    'End Date',
    'Outcome',
    '',
  ]
    .map((h) => `<th class="" scope="col"><div class="slds-truncate" title="${h}">${h}</div></th>`)
    .join('')}</tr></thead>
    <tbody>${rows
      .map(
        (r) =>
          `<tr class="slds-hint-parent">${r
            .map(
              (v, i) =>
                `<td data-label="${['Drug', 'Dose', 'Start Date', 'End Date', 'Outcome'][i]}">${lInput(['Drug', 'Dose', 'Start Date', 'End Date', 'Outcome'][i]!, v, { hiddenLabel: true })}</td>`,
            )
            .join(
              '',
            )}<td><lightning-button-icon><button class="slds-button slds-button_icon slds-button_icon-border-filled" title="Delete" type="button"><span class="slds-assistive-text">Delete</span></button></lightning-button-icon></td></tr>`,
      )
      .join('')}</tbody></table>
    <lightning-button class="slds-m-top_small"><button class="slds-button slds-button_neutral" type="button">Add Therapy</button></lightning-button>`;

const site = (body: string) =>
  `<div class="siteforceContentArea"><div class="comm-content-body"><c-pa-request-form><div class="slds-p-around_medium"><h1 class="slds-text-heading_large">Prior Authorization Request: Ilaris (canakinumab)</h1>${body}
    <lightning-button><button class="slds-button slds-button_brand" type="button">Submit Request</button></lightning-button></div></c-pa-request-form></div></div>`;

const PLACES: [string, string][] = [
  ['11', 'Office (11)'],
  ['19', 'Off-campus outpatient hospital (19)'],
  ['22', 'On-campus outpatient hospital (22)'],
];

describe('Salesforce LWC, synthetic shadow (Aura site)', () => {
  it('reads lightning-inputs with a required "*" and a field-level help tooltip', () => {
    page(
      site(
        card(
          'Patient',
          lDate('Date of Birth', 'Mar 2, 1980') +
            lInput('Weight (kg)', '70', { required: true, type: 'number', help: 'Dose is 4 mg/kg for patients under 40 kg' }) +
            lInput('Member ID', 'U9876543201', { required: true }),
        ),
      ),
    );
    expect(read()).toEqual({ 'patient.dob': 'Mar 2, 1980', 'patient.weight': '70', 'patient.memberId': 'U9876543201' });
  });

  it('does not read an error message under an input as a label or value', () => {
    page(
      site(
        card(
          'Prescriber',
          lInput('Prescriber NPI', '', { required: true, error: 'Complete this field.' }) +
            lInput('Prescriber Name', 'Dana R. Whitfield, MD') +
            lInput('Specialty', 'Rheumatology'),
        ),
      ),
    );
    expect(read()).toEqual({ 'prescriber.npi': '', 'prescriber.name': 'Dana R. Whitfield, MD', 'prescriber.specialty': 'Rheumatology' });
  });

  it('reads lightning-combobox (button role=combobox labelled by its label) by its shown value, and an empty one as empty', () => {
    page(
      site(
        card(
          'Medication Requested',
          lCombobox('Place of Service', ['11', 'Office (11)'], PLACES) +
            lCombobox('CRP Unit', null, [
              ['mgL', 'mg/L'],
              ['mgdL', 'mg/dL'],
            ]),
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.placeOfService': 'Office (11)', 'labs.crpUnit': '' });
    expect(mapped()).toHaveLength(2);
  });

  it('reads a lightning-datepicker box, not its calendar button', () => {
    page(site(card('Laboratory Results', lInput('CRP Result', '4.5') + lDate('CRP Collection Date', 'Nov 12, 2026'))));
    expect(read()).toEqual({ 'labs.crpValue': '4.5', 'labs.crpDate': 'Nov 12, 2026' });
  });

  // reads nothing: the dual listbox has no form control (ul[role=listbox] of div[role=option]), so no field is collected
  it.fails('reads the Selected list of a lightning-dual-listbox of diagnosis codes', () => {
    page(site(card('Diagnosis', lDualListbox('Diagnosis Codes (ICD-10)', ['M04.8', 'M04.9', 'M06.1'], ['M04.1', 'M04.2']))));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M04.2' });
  });

  it('numbers rows of label-hidden lightning-inputs in an SLDS table', () => {
    page(
      site(
        card(
          'Prior Therapies',
          therapyTable([
            ['colchicine', '0.6 mg twice daily', 'Jan 5, 2026', 'Mar 20, 2026', 'inadequate response'],
            ['anakinra', '100 mg daily', 'Apr 1, 2026', 'Jun 30, 2026', 'injection-site reactions'],
          ]),
        ),
      ),
    );
    expect(read()).toEqual({
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.0.dose': '0.6 mg twice daily',
      'priorTherapies.0.start': 'Jan 5, 2026',
      'priorTherapies.0.stop': 'Mar 20, 2026',
      'priorTherapies.0.outcome': 'inadequate response',
      'priorTherapies.1.drug': 'anakinra',
      'priorTherapies.1.dose': '100 mg daily',
      'priorTherapies.1.start': 'Apr 1, 2026',
      'priorTherapies.1.stop': 'Jun 30, 2026',
      'priorTherapies.1.outcome': 'injection-site reactions',
    });
  });

  it('reads the whole Ilaris request', () => {
    page(
      site(
        card('Patient', lDate('Date of Birth', 'Mar 2, 1980') + lInput('Weight (kg)', '70', { type: 'number' })) +
          card('Diagnosis', lInput('Primary ICD-10 Code', 'M04.1', { required: true }) + lInput('Secondary ICD-10 Code', 'M04.2')) +
          card(
            'Medication Requested',
            lInput('Drug Name', 'Ilaris (canakinumab)') +
              lInput('HCPCS Code', 'J0638') +
              lInput('NDC', '00078-0734-61', { help: 'Use the 11-digit 5-4-2 format' }) +
              lInput('Dose (mg)', '150', { type: 'number' }) +
              lInput('Billing Units', '150', { type: 'number' }) +
              lInput('Frequency', 'every 4 weeks') +
              lCombobox('Place of Service', ['11', 'Office (11)'], PLACES),
          ) +
          card(
            'Laboratory Results',
            lInput('CRP Result', '4.5') +
              lCombobox(
                'CRP Unit',
                ['mgL', 'mg/L'],
                [
                  ['mgL', 'mg/L'],
                  ['mgdL', 'mg/dL'],
                ],
              ) +
              lDate('CRP Collection Date', 'Nov 12, 2026'),
          ) +
          card(
            'Prior Therapies',
            therapyTable([['colchicine', '0.6 mg twice daily', 'Jan 5, 2026', 'Mar 20, 2026', 'inadequate response']]),
          ) +
          card('Prescriber', lInput('Prescriber NPI', '1234567893')),
      ),
    );
    expect(read()).toEqual({
      'patient.dob': 'Mar 2, 1980',
      'patient.weight': '70',
      'diagnosis.codes.0': 'M04.1',
      'diagnosis.codes.1': 'M04.2',
      'drug.name': 'Ilaris (canakinumab)',
      'drug.hcpcs': 'J0638',
      'drug.ndc': '00078-0734-61',
      'drug.dose': '150',
      'drug.units': '150',
      'drug.frequency': 'every 4 weeks',
      'drug.placeOfService': 'Office (11)',
      'labs.crpValue': '4.5',
      'labs.crpUnit': 'mg/L',
      'labs.crpDate': 'Nov 12, 2026',
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.0.dose': '0.6 mg twice daily',
      'priorTherapies.0.start': 'Jan 5, 2026',
      'priorTherapies.0.stop': 'Mar 20, 2026',
      'priorTherapies.0.outcome': 'inadequate response',
      'prescriber.npi': '1234567893',
    });
  });
});

describe('Salesforce LWC, native shadow (LWR site)', () => {
  /** hosts whose shadow roots hold the component's template; ids inside each root are unsuffixed */
  const host = (tag: string, attrs = '') => `<${tag} class="slds-form-element"${attrs}></${tag}>`;

  function render(body: string, roots: Record<string, (el: Element) => string>): void {
    page(site(body));
    // attach in document order, nested hosts after their parents' roots exist
    const attach = (root: ParentNode) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        const make = roots[el.localName];
        if (make && !el.shadowRoot) {
          el.attachShadow({ mode: 'open' }).innerHTML = make(el);
          attach(el.shadowRoot!);
        }
      }
    };
    attach(document);
  }

  const attr = (el: Element, name: string) => el.getAttribute(name) ?? '';

  const roots: Record<string, (el: Element) => string> = {
    'lightning-input': (el) =>
      attr(el, 'type') === 'date'
        ? `<lightning-datepicker class="slds-form-element" data-label="${attr(el, 'label')}" data-value="${attr(el, 'value')}"></lightning-datepicker>`
        : `<lightning-primitive-input-simple variant="standard" data-label="${attr(el, 'label')}" data-value="${attr(el, 'value')}" data-hidden="${attr(el, 'variant')}"></lightning-primitive-input-simple>`,
    'lightning-primitive-input-simple': (el) =>
      inputInner(attr(el, 'data-label'), attr(el, 'data-value'), { hiddenLabel: attr(el, 'data-hidden') === 'label-hidden' }, 'input'),
    'lightning-datepicker': (el) => datepickerInner(attr(el, 'data-label'), attr(el, 'data-value'), 'input'),
    'lightning-combobox': (el) =>
      `${comboboxLabel(attr(el, 'label'), 'combobox-label')}<div class="slds-form-element__control"><lightning-base-combobox class="slds-combobox_container" data-value="${attr(el, 'value')}"></lightning-base-combobox></div>`,
    // in native shadow the button cannot point at the label in its parent's root: LBC labels it with aria-label
    'lightning-base-combobox': (el) => {
      const chosen = PLACES.find(([v]) => v === attr(el, 'data-value')) ?? null;
      return baseComboboxInner('', chosen, PLACES, 'combobox-button').replace('aria-labelledby=""', 'aria-label="Place of Service"');
    },
  };

  it('reads lightning-inputs, a datepicker and a combobox inside nested open shadow roots', () => {
    render(
      card(
        'Patient',
        host('lightning-input', ' label="Date of Birth" type="date" value="Mar 2, 1980"') +
          host('lightning-input', ' label="Weight (kg)" value="70"'),
      ) +
        card(
          'Medication Requested',
          host('lightning-input', ' label="HCPCS Code" value="J0638"') +
            host('lightning-input', ' label="Dose (mg)" value="150"') +
            host('lightning-input', ' label="Billing Units" value="150"') +
            host('lightning-combobox', ' label="Place of Service" value="11"'),
        ) +
        card('Prescriber', host('lightning-input', ' label="Prescriber NPI" value="1234567893"')),
      roots,
    );
    expect(read()).toEqual({
      'patient.dob': 'Mar 2, 1980',
      'patient.weight': '70',
      'drug.hcpcs': 'J0638',
      'drug.dose': '150',
      'drug.units': '150',
      'drug.placeOfService': 'Office (11)',
      'prescriber.npi': '1234567893',
    });
  });

  it('numbers rows of label-hidden lightning-inputs (shadow roots) in an SLDS table', () => {
    const row = (vals: string[]) =>
      `<tr>${vals.map((v, i) => `<td>${host('lightning-input', ` label="${['Drug', 'Dose', 'Start Date', 'End Date', 'Outcome'][i]}" variant="label-hidden" value="${v}"`)}</td>`).join('')}</tr>`;
    render(
      card(
        'Prior Therapies',
        `<table class="slds-table slds-table_bordered"><thead><tr>${['Drug', 'Dose', 'Start Date', 'End Date', 'Outcome'].map((h) => `<th scope="col"><div class="slds-truncate" title="${h}">${h}</div></th>`).join('')}</tr></thead>
          <tbody>${row(['colchicine', '0.6 mg twice daily', 'Jan 5, 2026', 'Mar 20, 2026', 'inadequate response'])}${row(['anakinra', '100 mg daily', 'Apr 1, 2026', 'Jun 30, 2026', 'injection-site reactions'])}</tbody></table>`,
      ),
      roots,
    );
    expect(read()).toEqual({
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.0.dose': '0.6 mg twice daily',
      'priorTherapies.0.start': 'Jan 5, 2026',
      'priorTherapies.0.stop': 'Mar 20, 2026',
      'priorTherapies.0.outcome': 'inadequate response',
      'priorTherapies.1.drug': 'anakinra',
      'priorTherapies.1.dose': '100 mg daily',
      'priorTherapies.1.start': 'Apr 1, 2026',
      'priorTherapies.1.stop': 'Jun 30, 2026',
      'priorTherapies.1.outcome': 'injection-site reactions',
    });
  });

  describe('Salesforce LWC radio group (synthetic shadow)', () => {
    const radioGroup = (label: string, options: string[], checked: string) => {
      const k = ++n;
      return `<lightning-radio-group class="slds-form-element" lightning-radiogroup_radiogroup-host=""><fieldset class="slds-form-element" lightning-radiogroup_radiogroup="">
      <legend class="slds-form-element__legend slds-form-element__label" lightning-radiogroup_radiogroup=""><abbr class="slds-required" title="required">*</abbr>${label}</legend>
      <div class="slds-form-element__control" lightning-radiogroup_radiogroup="">${options
        .map(
          (o, i) =>
            `<span class="slds-radio" lightning-radiogroup_radiogroup=""><input type="radio" id="radio-${i}-${k}" value="${o}" name="radiogroup-${k}"${o === checked ? ' checked' : ''} lightning-radiogroup_radiogroup=""><label class="slds-radio__label" for="radio-${i}-${k}" lightning-radiogroup_radiogroup=""><span class="slds-radio_faux" lightning-radiogroup_radiogroup=""></span><span class="slds-form-element__label" lightning-radiogroup_radiogroup="">${o}</span></label></span>`,
        )
        .join('')}</div></fieldset></lightning-radio-group>`;
    };

    it('reads lightning-radio-group by its legend and checked radio', () => {
      page(
        site(
          card(
            'Clinical Information',
            radioGroup('Has the patient been hospitalized for a flare?', ['Yes', 'No'], 'No') +
              radioGroup('Will colchicine be continued?', ['Yes', 'No'], 'Yes') +
              lInput('Number of flares in the last 12 months', '4'),
          ),
        ),
      );
      expect(read()).toEqual({
        'clinical.hospitalization': 'No',
        'clinical.colchicineContinuing': 'Yes',
        'clinical.flaresPast12Months': '4',
      });
    });
  });
});
