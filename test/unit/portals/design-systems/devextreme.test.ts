import { describe, expect, it } from 'vitest';
import { collectFields } from '@/lib/dom/collect';
import { read, page } from '../read';

/**
 * DevExtreme 23–24 editors as they render: dxTextBox / dxSelectBox / dxDateBox / dxNumberBox
 * (`.dx-texteditor-container > .dx-texteditor-input-container > input.dx-texteditor-input`,
 * the placeholder an empty div with data-dx_placeholder, a hidden submit input), dxTagBox
 * (m_tag_box.ts: `div.dx-tag[role=button]` with `.dx-tag-content > span + .dx-tag-remove-button`
 * before the input, a `select[multiple]` submit element with text-less options, display:none),
 * dxRadioGroup (role=radiogroup of role=radio items), in `.dx-field` rows
 * (`.dx-field-label` + `.dx-field-value`) and in dxForm (label `for` the input id, the items in
 * nested dxBox layouts).
 */

const placeholder = (text = '') => `<div data-dx_placeholder="${text}" class="dx-placeholder dx-state-invisible"></div>`;
const dropButton = `<div class="dx-texteditor-buttons-container"><div class="dx-widget dx-button-mode-contained dx-button-normal dx-dropdowneditor-button" role="button" aria-label="Select"><div class="dx-button-content"><div class="dx-dropdowneditor-icon"></div></div></div></div>`;

const textBox = (value: string, id = '') => `
  <div class="dx-show-invalid-badge dx-textbox dx-texteditor dx-editor-outlined dx-widget">
    <div class="dx-texteditor-container"><div class="dx-texteditor-input-container">
      <input autocomplete="off"${id ? ` id="${id}"` : ''} class="dx-texteditor-input" type="text" spellcheck="false" tabindex="0" role="textbox" value="${value}">${placeholder()}
    </div><div class="dx-texteditor-buttons-container"><div></div></div></div>
  </div>`;

const selectBox = (shown: string, name: string, value: string, id = '') => `
  <div class="dx-show-invalid-badge dx-selectbox dx-textbox dx-texteditor dx-dropdowneditor-button-visible dx-editor-outlined dx-widget dx-dropdowneditor dx-dropdowneditor-field-clickable${shown ? '' : ' dx-texteditor-empty'}">
    <div class="dx-dropdowneditor-input-wrapper dx-selectbox-container">
      <div class="dx-texteditor-container">
        <div class="dx-texteditor-input-container">
          <input autocomplete="off"${id ? ` id="${id}"` : ''} class="dx-texteditor-input" aria-autocomplete="list" type="text" readonly spellcheck="false" tabindex="0" role="combobox" aria-haspopup="listbox" aria-expanded="false" value="${shown}">
          <div data-dx_placeholder="Select..." class="dx-placeholder${shown ? ' dx-state-invisible' : ''}"></div>
        </div>${dropButton}
      </div>
    </div>
    <input type="hidden" value="${value}" name="${name}">
  </div>`;

const numberBox = (value: string, id = '', name = '') => `
  <div class="dx-show-invalid-badge dx-numberbox dx-texteditor dx-editor-outlined dx-widget dx-numberbox-spin">
    <div class="dx-texteditor-container"><div class="dx-texteditor-input-container">
      <input autocomplete="off"${id ? ` id="${id}"` : ''} class="dx-texteditor-input" type="text" inputmode="decimal" spellcheck="false" tabindex="0" role="spinbutton" aria-valuenow="${parseFloat(value)}" value="${value}">${placeholder()}
    </div><div class="dx-texteditor-buttons-container"><div class="dx-numberbox-spin-container"><div class="dx-numberbox-spin-up dx-widget"><div class="dx-numberbox-spin-up-icon"></div></div><div class="dx-numberbox-spin-down dx-widget"><div class="dx-numberbox-spin-down-icon"></div></div></div></div></div>
    ${name ? `<input type="hidden" value="${parseFloat(value)}" name="${name}">` : ''}
  </div>`;

const dateBox = (shown: string, name: string, iso: string, id = '') => `
  <div class="dx-show-invalid-badge dx-datebox dx-textbox dx-texteditor dx-dropdowneditor-button-visible dx-editor-outlined dx-widget dx-dropdowneditor dx-datebox-date dx-datebox-calendar">
    <div class="dx-dropdowneditor-input-wrapper">
      <div class="dx-texteditor-container">
        <div class="dx-texteditor-input-container">
          <input autocomplete="off"${id ? ` id="${id}"` : ''} class="dx-texteditor-input" type="text" spellcheck="false" tabindex="0" role="combobox" aria-haspopup="dialog" aria-expanded="false" value="${shown}">${placeholder()}
        </div>${dropButton}
      </div>
    </div>
    <input type="hidden" value="${iso}" name="${name}">
  </div>`;

const tagBox = (tags: string[], id = '') => `
  <div class="dx-show-invalid-badge dx-tagbox dx-selectbox dx-textbox dx-texteditor dx-editor-outlined dx-widget dx-dropdowneditor dx-tagbox-default-template" role="application" aria-roledescription="tagbox" aria-labelledby="${tags.map((_, i) => `dx-tag-${i}`).join(' ')}">
    <div class="dx-dropdowneditor-input-wrapper dx-selectbox-container">
      <div class="dx-texteditor-container">
        <div class="dx-texteditor-input-container dx-tag-container">
          ${tags
            .map(
              (t, i) =>
                `<div id="dx-tag-${i}" class="dx-tag" role="button" aria-label="${t}" aria-roledescription="Tag. Press the Delete key to remove this tag"><div class="dx-tag-content"><span>${t}</span><div class="dx-tag-remove-button"></div></div></div>`,
            )
            .join('')}
          <input autocomplete="off"${id ? ` id="${id}"` : ''} class="dx-texteditor-input" aria-autocomplete="list" type="text" spellcheck="false" tabindex="0" role="combobox" aria-haspopup="listbox" aria-expanded="false" size="1" value="">
          <div data-dx_placeholder="Select..." class="dx-placeholder${tags.length ? ' dx-state-invisible' : ''}"></div>
        </div>
        <div class="dx-texteditor-buttons-container"><div></div></div>
      </div>
    </div>
    <select multiple="multiple" aria-label="Selected items" style="display: none;">${tags.map((t) => `<option value="${t}" selected="selected"></option>`).join('')}</select>
  </div>`;

const radioGroup = (options: string[], checked: string) => `
  <div class="dx-radiogroup dx-radiogroup-horizontal dx-widget dx-collection" role="radiogroup" tabindex="0">
    ${options
      .map(
        (o) =>
          `<div class="dx-item dx-radiobutton${o === checked ? ' dx-item-selected dx-radiobutton-checked' : ''}" role="radio" aria-checked="${o === checked}"><div class="dx-radio-value-container"><div class="dx-radiobutton-icon${o === checked ? ' dx-radiobutton-icon-checked' : ''}"><div class="dx-radiobutton-icon-dot"></div></div></div><div class="dx-item-content">${o}</div></div>`,
      )
      .join('')}
    <input type="hidden" value="${checked.toLowerCase()}">
  </div>`;

const field = (label: string, editor: string) =>
  `<div class="dx-field"><div class="dx-field-label">${label}</div><div class="dx-field-value">${editor}</div></div>`;

/** One dxForm item (label `for` the editor's input), inside a dxBox item. */
const formItem = (label: string, id: string, editor: string, col: number) => `
  <div class="dx-item dx-box-item" style="display: flex; min-width: 0px; flex: 1 1 0px;"><div class="dx-item-content dx-box-item-content" style="width: auto; height: auto; display: flex; flex-direction: column;">
    <div class="${col === 0 ? 'dx-first-col' : 'dx-last-col'} dx-field-item dx-col-${col} dx-flex-layout dx-label-h-align">
      <label class="dx-field-item-label dx-field-item-label-location-left" for="${id}"><span class="dx-field-item-label-content"><span class="dx-field-item-label-text">${label}:</span></span></label>
      <div class="dx-field-item-content dx-field-item-content-location-right">${editor}</div>
    </div></div></div>`;

/** A dxForm row of two items (colCount: 2), as the layout manager nests it. */
const formRow = (items: string) => `
  <div class="dx-form dx-widget"><div class="dx-layout-manager dx-widget">
    <div class="dx-responsivebox-screen-lg dx-responsivebox dx-widget dx-visibility-change-handler dx-collection">
      <div class="dx-box-flex dx-box dx-widget dx-visibility-change-handler dx-collection" style="display: flex; flex-direction: column;">
        <div class="dx-item dx-box-item" style="display: flex;"><div class="dx-item-content dx-box-item-content" style="display: flex; flex-direction: column;">
          <div class="dx-box-flex dx-box dx-widget dx-visibility-change-handler dx-collection" style="display: flex; flex-direction: row;">${items}</div>
        </div></div>
      </div>
    </div></div></div>`;

describe('DevExtreme editors in .dx-field rows', () => {
  it('reads text, select, number and date boxes, never their hidden submit inputs', () => {
    page(`<form><div class="dx-fieldset"><div class="dx-fieldset-header">Request</div>
      ${field('Member ID', textBox('U1234567801'))}
      ${field('Drug name', selectBox('Ilaris (canakinumab)', 'drug', '17'))}
      ${field('Frequency', selectBox('Every 4 weeks', 'frequency', 'q4w'))}
      ${field('Dose', numberBox('150 mg', '', 'dose'))}
      ${field('Date of service', dateBox('4/15/2026', 'dos', '2026-04-15'))}
    </div></form>`);
    expect(read()).toEqual({
      'patient.memberId': 'U1234567801',
      'drug.name': 'Ilaris (canakinumab)',
      'drug.frequency': 'Every 4 weeks',
      'drug.dose': '150 mg',
      'request.serviceDate': '4/15/2026',
    });
    expect(collectFields(document).fields).toHaveLength(5);
  });

  it('reads an empty SelectBox (its placeholder is a CSS attribute) as empty', () => {
    page(`<form>${field('Place of service', selectBox('', 'pos', ''))}</form>`);
    expect(read()).toEqual({ 'drug.placeOfService': '' });
  });

  it('reads a TagBox’s tags as the diagnosis codes, and no field from its submit select', () => {
    page(`<form>${field('ICD-10 codes', tagBox(['M04.1', 'R50.9']))}</form>`);
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, R50.9' });
  });

  it('reads a yes/no RadioGroup by its checked item', () => {
    page(`<form>${field('Is the patient continuing colchicine?', radioGroup(['Yes', 'No'], 'No'))}</form>`);
    expect(read()).toEqual({ 'clinical.colchicineContinuing': 'No' });
  });
});

describe('DevExtreme dxForm', () => {
  it('reads items labelled `for` their inputs', () => {
    page(
      `<form>${formRow(
        formItem('Patient name', 'dx_name', textBox('Jane Q Doe', 'dx_name'), 0) +
          formItem('ICD-10 codes', 'dx_codes', tagBox(['M10.9'], 'dx_codes'), 1),
      )}</form>`,
    );
    expect(read()).toEqual({ 'patient.name': 'Jane Q Doe', 'diagnosis.codes.0': 'M10.9' });
  });

  it('pairs a "Unit" SelectBox item with the Weight item in the same form row', () => {
    page(
      `<form>${formRow(
        formItem('Weight', 'dx_weight', numberBox('154', 'dx_weight'), 0) +
          formItem('Unit', 'dx_unit', selectBox('lb', 'weightUnit', 'lb', 'dx_unit'), 1),
      )}</form>`,
    );
    expect(read()).toEqual({ 'patient.weight': '154', 'patient.weightUnit': 'lb' });
  });
});
