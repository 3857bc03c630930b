import { describe, expect, it } from 'vitest';
import { field, mapped, page, read, units } from '../read';
import { shadow } from '../components/shadow';
import { ILARIS, noDuplicatePaths } from './ilaris';

/**
 * Vaadin 24 web components: the field's label, input, helper and error message are light-DOM
 * children slotted into the host's shadow root (`<label slot="label" id="label-vaadin-text-field-0"
 * for="input-vaadin-text-field-3">`, `<div slot="helper">`, `<div slot="error-message" hidden>`,
 * `<input slot="input" id="input-vaadin-text-field-3" aria-labelledby aria-describedby>`); the shadow
 * root holds `div.vaadin-field-container > div[part=label] > slot[name=label]`,
 * `vaadin-input-container[part=input-field]` (its own shadow: prefix slot, default slot, suffix slot)
 * with `slot[name=input]` and the user's `[slot=suffix]` unit, `div[part=helper-text]`,
 * `div[part=error-message]`; a combo box's input has `role=combobox`, a toggle button
 * `div[part=toggle-button][slot=suffix][aria-hidden]` in the shadow; a date picker shows M/D/YYYY;
 * `vaadin-grid` renders cell texts into light-DOM `vaadin-grid-cell-content[slot]` elements that
 * its shadow table's `td[part~=cell]` slot in (header row first).
 * Light DOM checked against vaadin's snapshot tests (text-field host snapshot: label/input ids and
 * slots, hidden error-message div); shadow parts from memory.
 */

let n = 0;
type Opts = { suffix?: string; helper?: string; error?: string; combo?: boolean; type?: string };

const vField = (tag: string, label: string, value: string, o: Opts = {}) => {
  const i = n;
  n += 4;
  const lid = `label-${tag}-${i}`;
  const hid = `helper-${tag}-${i + 1}`;
  const eid = `error-message-${tag}-${i + 2}`;
  const iid = `input-${tag}-${i + 3}`;
  const described = [o.helper ? hid : '', o.error ? eid : ''].filter(Boolean).join(' ');
  return `<${tag} has-label has-value${o.helper ? ' has-helper' : ''}${o.error ? ' invalid has-error-message' : ''}>
    <label slot="label" id="${lid}" for="${iid}">${label}</label>
    ${o.helper ? `<div slot="helper" id="${hid}">${o.helper}</div>` : ''}
    <div slot="error-message" id="${eid}"${o.error ? ' role="alert"' : ' hidden'}>${o.error ?? ''}</div>
    <input slot="input" type="${o.type ?? 'text'}" id="${iid}" value="${value}" aria-labelledby="${lid}"${described ? ` aria-describedby="${described}"` : ''}${o.error ? ' aria-invalid="true"' : ''}${o.combo ? ` role="combobox" aria-autocomplete="list" aria-expanded="false" spellcheck="false" autocomplete="off" autocapitalize="off"` : ''}>
    ${o.suffix ? `<div slot="suffix">${o.suffix}</div>` : ''}
  </${tag}>`;
};

const FIELD_SHADOW = (el: Element) => `<div class="vaadin-field-container">
    <div part="label"><slot name="label"></slot><span part="required-indicator" aria-hidden="true"></span></div>
    <vaadin-input-container part="input-field">
      <slot name="prefix" slot="prefix"></slot>
      <slot name="input"></slot>
      <slot name="suffix" slot="suffix"></slot>
      <div id="clearButton" part="clear-button" slot="suffix" aria-hidden="true"></div>
      ${el.localName === 'vaadin-combo-box' || el.localName === 'vaadin-date-picker' ? `<div id="toggleButton" part="toggle-button" slot="suffix" aria-hidden="true"></div>` : ''}
    </vaadin-input-container>
    <div part="helper-text"><slot name="helper"></slot></div>
    <div part="error-message"><slot name="error-message"></slot></div>
  </div><slot name="tooltip"></slot>`;
const CONTAINER_SHADOW = () =>
  `<slot name="prefix"></slot><div class="vaadin-input-container-wrapper"><slot></slot></div><slot name="suffix"></slot>`;

const TAGS = ['vaadin-text-field', 'vaadin-number-field', 'vaadin-integer-field', 'vaadin-combo-box', 'vaadin-date-picker'];

const grid = (rows: string[][]) => {
  const cols = ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'];
  let c = 0;
  const header = cols.map((h) => ({ slot: `vaadin-grid-cell-content-${c++}`, text: h }));
  const body = rows.map((r) => r.map((v) => ({ slot: `vaadin-grid-cell-content-${c++}`, text: v })));
  const light = [...header, ...body.flat()]
    .map((x) => `<vaadin-grid-cell-content slot="${x.slot}">${x.text}</vaadin-grid-cell-content>`)
    .join('');
  const table = `<div id="scroller"><table id="table" role="treegrid" aria-multiselectable="true" tabindex="-1" aria-rowcount="${rows.length + 1}" aria-colcount="${cols.length}">
      <thead id="header" role="rowgroup"><tr role="row" part="row header-row">${header.map((x) => `<th role="columnheader" part="cell header-cell" tabindex="0"><slot name="${x.slot}"></slot></th>`).join('')}</tr></thead>
      <tbody id="items" role="rowgroup">${body.map((r, i) => `<tr role="row" part="row body-row${i === 0 ? ' first-row' : ''}" aria-rowindex="${i + 2}">${r.map((x) => `<td role="gridcell" part="cell body-cell" tabindex="-1"><slot name="${x.slot}"></slot></td>`).join('')}</tr>`).join('')}</tbody>
    </table></div>`;
  return { light: `<vaadin-grid theme="row-stripes" aria-label="Prior therapies" style="height: 200px;">${light}</vaadin-grid>`, table };
};

function render(html: string, gridTable?: string) {
  page(html);
  for (const t of TAGS) shadow(document, t, FIELD_SHADOW);
  // nested: the input containers live in the fields' shadow roots
  for (const host of Array.from(document.querySelectorAll(TAGS.join(','))))
    shadow(host.shadowRoot!, 'vaadin-input-container', CONTAINER_SHADOW);
  shadow(document, 'vaadin-form-layout', () => `<div id="layout"><slot></slot></div>`);
  if (gridTable) shadow(document, 'vaadin-grid', () => gridTable);
}

const THERAPY = ['colchicine', '0.6 mg twice daily', '01/05/2026', '03/20/2026', 'inadequate response'];

const wholeRequest = () => {
  const g = grid([THERAPY]);
  return {
    html: `<vaadin-vertical-layout theme="padding spacing">
      <h3>Patient</h3>
      <vaadin-form-layout>
        ${vField('vaadin-date-picker', 'Date of birth', '3/2/1980')}
        ${vField('vaadin-number-field', 'Weight', '70', { suffix: 'kg', type: 'number' })}
      </vaadin-form-layout>
      <h3>Diagnosis</h3>
      <vaadin-form-layout>
        ${vField('vaadin-combo-box', 'Primary ICD-10 code', 'M04.1', { combo: true })}
        ${vField('vaadin-combo-box', 'Secondary ICD-10 code', 'M04.2', { combo: true })}
      </vaadin-form-layout>
      <h3>Medication</h3>
      <vaadin-form-layout>
        ${vField('vaadin-combo-box', 'Drug name', 'Ilaris (canakinumab)', { combo: true })}
        ${vField('vaadin-text-field', 'HCPCS code', 'J0638')}
        ${vField('vaadin-text-field', 'NDC', '00078-0734-61', { helper: 'Billing units are per NDC package, 5-4-2 format' })}
        ${vField('vaadin-number-field', 'Dose', '150', { suffix: 'mg', type: 'number' })}
        ${vField('vaadin-integer-field', 'Billing units', '150', { type: 'number' })}
        ${vField('vaadin-combo-box', 'Frequency', 'every 4 weeks', { combo: true })}
        ${vField('vaadin-combo-box', 'Place of service', '11 - Office', { combo: true })}
      </vaadin-form-layout>
      <h3>Labs</h3>
      <vaadin-form-layout>
        ${vField('vaadin-number-field', 'CRP', '4.5', { suffix: 'mg/L', type: 'number' })}
        ${vField('vaadin-date-picker', 'CRP collection date', '11/12/2026')}
      </vaadin-form-layout>
      <h3>Prior therapies</h3>
      ${g.light}
      <h3>Prescriber</h3>
      <vaadin-form-layout>${vField('vaadin-text-field', 'Prescriber NPI', '1234567893')}</vaadin-form-layout>
      <vaadin-button role="button" tabindex="0" theme="primary">Submit</vaadin-button>
    </vaadin-vertical-layout>`,
    table: g.table,
  };
};

const FORM_PATHS = Object.fromEntries(Object.entries(ILARIS).filter(([k]) => !k.startsWith('priorTherapies.')));

describe('Vaadin 24 web components', () => {
  // reads no priorTherapies.*: vaadin-grid's cells are slotted texts, not controls
  it.fails('reads the whole Ilaris request, the grid included, each path once', () => {
    const { html, table } = wholeRequest();
    render(html, table);
    expect(read()).toEqual({
      ...ILARIS,
      'patient.dob': '3/2/1980',
      'diagnosis.codes.0': 'M04.1',
      'diagnosis.codes.1': 'M04.2',
      'drug.placeOfService': '11 - Office',
    });
    noDuplicatePaths();
  });

  it('reads every field of the form layouts once by its slotted label', () => {
    const { html, table } = wholeRequest();
    render(html, table);
    const got = read();
    expect(Object.fromEntries(Object.entries(got).filter(([k]) => !k.startsWith('priorTherapies.')))).toEqual({
      ...FORM_PATHS,
      'patient.dob': '3/2/1980',
      'diagnosis.codes.0': 'M04.1',
      'diagnosis.codes.1': 'M04.2',
      'drug.placeOfService': '11 - Office',
    });
    noDuplicatePaths();
  });

  it('takes the units from the slot="suffix" elements', () => {
    const { html, table } = wholeRequest();
    render(html, table);
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
  });

  it('reads neither the helper text nor a shown error message as a label or value', () => {
    render(`<vaadin-form-layout>
      ${vField('vaadin-text-field', 'NDC', '00078-0734-61', { helper: 'Dose and frequency go below' })}
      ${vField('vaadin-number-field', 'Dose', '', { error: 'Frequency is required', type: 'number' })}
      ${vField('vaadin-combo-box', 'Frequency', 'every 4 weeks', { combo: true })}
    </vaadin-form-layout>`);
    expect(read()).toEqual({ 'drug.ndc': '00078-0734-61', 'drug.dose': '', 'drug.frequency': 'every 4 weeks' });
  });

  it('reads a combo box by the text in its slotted input, once', () => {
    render(vField('vaadin-combo-box', 'Place of service', '11 - Office', { combo: true }));
    expect(read()).toEqual({ 'drug.placeOfService': '11 - Office' });
    expect(mapped()).toHaveLength(1);
    expect(field('drug.placeOfService')?.field.element.getAttribute('slot')).toBe('input');
  });

  // reads nothing from the grid: vaadin-grid-cell-content texts are not controls
  it.fails('reads vaadin-grid rows as numbered prior therapies', () => {
    const g = grid([THERAPY, ['anakinra', '100 mg daily', '04/01/2026', '06/30/2026', 'injection-site reactions']]);
    render(`<h3>Prior therapies</h3>${g.light}`, g.table);
    expect(read()).toMatchObject({
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.0.stop': '03/20/2026',
      'priorTherapies.1.drug': 'anakinra',
      'priorTherapies.1.outcome': 'injection-site reactions',
    });
  });
});

describe('Vaadin 24 vaadin-select and vaadin-radio-group', () => {
  const SELECT_SHADOW = () => `<div class="vaadin-select-container">
    <div part="label"><slot name="label"></slot><span part="required-indicator" aria-hidden="true"></span></div>
    <vaadin-input-container part="input-field"><slot name="prefix" slot="prefix"></slot><slot name="value"></slot><div part="toggle-button" slot="suffix" aria-hidden="true"></div></vaadin-input-container>
    <div part="helper-text"><slot name="helper"></slot></div>
    <div part="error-message"><slot name="error-message"></slot></div>
  </div><vaadin-select-overlay id="overlay" no-vertical-overlap></vaadin-select-overlay><slot name="tooltip"></slot>`;
  const GROUP_SHADOW = () => `<div class="vaadin-group-field-container">
    <div part="label"><slot name="label"></slot><span part="required-indicator" aria-hidden="true"></span></div>
    <div part="group-field"><slot></slot></div>
    <div part="helper-text"><slot name="helper"></slot></div>
    <div part="error-message"><slot name="error-message"></slot></div>
  </div><slot name="tooltip"></slot>`;
  const RADIO_SHADOW = () =>
    `<div class="vaadin-radio-button-container"><div part="radio" aria-hidden="true"></div><slot name="input"></slot><slot name="label"></slot></div>`;

  const renderAll = (html: string) => {
    page(html);
    shadow(document, 'vaadin-select', SELECT_SHADOW);
    for (const host of Array.from(document.querySelectorAll('vaadin-select')))
      shadow(host.shadowRoot!, 'vaadin-input-container', CONTAINER_SHADOW);
    shadow(
      document,
      'vaadin-select-value-button',
      () =>
        `<div class="vaadin-button-container"><span part="prefix" aria-hidden="true"></span><span part="label"><slot></slot></span></div>`,
    );
    shadow(document, 'vaadin-radio-group', GROUP_SHADOW);
    shadow(document, 'vaadin-radio-button', RADIO_SHADOW);
    for (const t of TAGS) shadow(document, t, FIELD_SHADOW);
    for (const host of Array.from(document.querySelectorAll(TAGS.join(','))))
      shadow(host.shadowRoot!, 'vaadin-input-container', CONTAINER_SHADOW);
  };

  const select = (label: string, shown: string) =>
    `<vaadin-select has-label${shown ? ' has-value' : ''}>
      <label slot="label" id="label-vaadin-select-0">${label}</label>
      <div slot="error-message" id="error-message-vaadin-select-2" hidden></div>
      <vaadin-select-value-button slot="value" role="button" tabindex="0" aria-haspopup="listbox" aria-expanded="false" id="value-vaadin-select-3" aria-labelledby="label-vaadin-select-0 value-vaadin-select-3">${shown ? `<vaadin-select-item selected>${shown}</vaadin-select-item>` : ''}</vaadin-select-value-button>
    </vaadin-select>`;

  const radios = (label: string, options: string[], chosen: string) =>
    `<vaadin-radio-group has-label has-value role="radiogroup" aria-labelledby="label-vaadin-radio-group-0" theme="horizontal">
      <label slot="label" id="label-vaadin-radio-group-0">${label}</label>
      <div slot="error-message" id="error-message-vaadin-radio-group-2" hidden></div>
      ${options
        .map(
          (o, i) => `<vaadin-radio-button has-label${o === chosen ? ' checked' : ''}>
        <label slot="label" for="input-vaadin-radio-button-${i}" id="label-vaadin-radio-button-${i}">${o}</label>
        <input type="radio" slot="input" id="input-vaadin-radio-button-${i}" name="vaadin-radio-group-1" value="${o.toLowerCase()}"${o === chosen ? ' checked' : ''}>
      </vaadin-radio-button>`,
        )
        .join('')}
    </vaadin-radio-group>`;

  it('reads a vaadin-select by the item shown in its value button', () => {
    renderAll(
      `<vaadin-form-layout>${select('Place of service', '11 - Office')}${vField('vaadin-text-field', 'Frequency', 'every 4 weeks')}</vaadin-form-layout>`,
    );
    expect(read()).toEqual({ 'drug.placeOfService': '11 - Office', 'drug.frequency': 'every 4 weeks' });
  });

  it('reads a vaadin-select with nothing chosen as empty', () => {
    renderAll(select('Place of service', ''));
    expect(read()).toEqual({ 'drug.placeOfService': '' });
  });

  it('reads a vaadin-radio-group by its slotted group label and checked radio', () => {
    renderAll(radios('Will the patient continue colchicine?', ['Yes', 'No'], 'Yes'));
    expect(read()).toEqual({ 'clinical.colchicineContinuing': 'Yes' });
  });
});
