import { afterEach, describe, expect, it } from 'vitest';
import { mapped, page, read } from '../read';

/**
 * JSF / PrimeFaces pages, markup as the PrimeFaces renderers write it (primefaces/primefaces:
 * SelectOneMenuRenderer, AutoCompleteRenderer, SelectOneRadioRenderer, DatePickerRenderer,
 * SelectBooleanCheckboxRenderer, OutputLabelRenderer) inside an h:panelGrid (a table of label
 * and field cells). PrimeFaces 8-12 draw a selectOneMenu as a role=combobox div holding a
 * hidden focus input (what p:outputLabel's `for` names), the hidden select, and a `<label>`
 * element showing the chosen option; PrimeFaces 14+ show the choice in a role=combobox span.
 */

afterEach(() => {
  document.body.innerHTML = '';
});

const outputLabel = (id: string, forId: string, text: string, required = true) =>
  `<label id="paForm:${id}" class="ui-outputlabel ui-widget" for="paForm:${forId}">${text}${required ? '<span class="ui-outputlabel-rfi">*</span>' : ''}</label>`;

const options = (items: [string, string][], selected: string) =>
  items.map(([v, t]) => `<option value="${v}"${v === selected ? ' selected="selected"' : ''} data-escape="true">${t}</option>`).join('');

/** p:selectOneMenu as PrimeFaces 8-12 render it (after the widget script set the label's text) */
const somLegacy = (id: string, labelId: string, items: [string, string][], selected: string) => {
  const shown = items.find(([v]) => v === selected)?.[1] ?? '&nbsp;';
  return `<div id="paForm:${id}" class="ui-selectonemenu ui-widget ui-state-default ui-corner-all" aria-owns="paForm:${id}_panel" role="combobox" aria-haspopup="listbox" aria-expanded="false">
    <div class="ui-helper-hidden-accessible"><input id="paForm:${id}_focus" name="paForm:${id}_focus" type="text" autocomplete="off" aria-required="true" aria-labelledby="paForm:${labelId}" /></div>
    <div class="ui-helper-hidden-accessible"><select id="paForm:${id}_input" name="paForm:${id}_input" tabindex="-1" autocomplete="off" aria-hidden="true" onchange="PrimeFaces.ab({s:&quot;paForm:${id}&quot;,e:&quot;change&quot;});">${options(items, selected)}</select></div>
    <label id="paForm:${id}_label" class="ui-selectonemenu-label ui-inputfield ui-corner-all">${shown}</label>
    <div class="ui-selectonemenu-trigger ui-state-default ui-corner-right"><span class="ui-icon ui-icon-triangle-1-s ui-c"></span></div>
    <div id="paForm:${id}_panel" class="ui-selectonemenu-panel ui-widget ui-widget-content ui-corner-all ui-helper-hidden ui-shadow ui-input-overlay"><div class="ui-selectonemenu-items-wrapper" style="max-height:200px"><ul id="paForm:${id}_items" class="ui-selectonemenu-items ui-selectonemenu-list ui-widget-content ui-widget ui-corner-all ui-helper-reset" role="listbox">${items
      .map(
        ([, t]) =>
          `<li class="ui-selectonemenu-item ui-selectonemenu-list-item ui-corner-all" data-label="${t}" tabindex="-1" role="option">${t}</li>`,
      )
      .join('')}</ul></div></div>
  </div>`;
};

/** p:selectOneMenu as PrimeFaces 14+ render it */
const som14 = (id: string, labelId: string, items: [string, string][], selected: string) => {
  const shown = items.find(([v]) => v === selected)?.[1] ?? '&nbsp;';
  return `<div id="paForm:${id}" class="ui-selectonemenu ui-widget ui-state-default ui-corner-all">
    <div class="ui-helper-hidden-accessible"><select id="paForm:${id}_input" name="paForm:${id}_input" tabindex="-1" autocomplete="off" aria-hidden="true">${options(items, selected)}</select></div>
    <span id="paForm:${id}_label" class="ui-selectonemenu-label ui-inputfield ui-corner-all" tabindex="0" aria-controls="paForm:${id}_panel" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="paForm:${labelId}">${shown}</span>
    <div class="ui-selectonemenu-trigger ui-state-default ui-corner-right"><span class="ui-icon ui-icon-triangle-1-s ui-c"></span></div>
    <div id="paForm:${id}_panel" class="ui-selectonemenu-panel ui-widget ui-widget-content ui-corner-all ui-helper-hidden ui-shadow ui-input-overlay" tabindex="-1"><div class="ui-selectonemenu-items-wrapper" style="max-height:200px"></div></div>
  </div>`;
};

const FREQ: [string, string][] = [
  ['', 'Select One'],
  ['Q4W', 'Every 4 weeks'],
  ['Q8W', 'Every 8 weeks'],
];
const UNIT: [string, string][] = [
  ['mg', 'mg'],
  ['mL', 'mL'],
];
const POS: [string, string][] = [
  ['', 'Select One'],
  ['11', '11 - Office'],
  ['22', '22 - On Campus-Outpatient Hospital'],
];

const inputText = (id: string, value: string, labelId: string) =>
  `<input id="paForm:${id}" name="paForm:${id}" type="text" value="${value}" class="ui-inputfield ui-inputtext ui-widget ui-state-default ui-corner-all" aria-required="true" aria-labelledby="paForm:${labelId}" />`;

const grid = (rows: [string, string][]) =>
  `<table id="paForm:medGrid"><tbody>${rows.map(([l, f]) => `<tr><td>${l}</td><td>${f}</td></tr>`).join('')}</tbody></table>`;

describe('PrimeFaces selectOneMenu', () => {
  it('reads a PrimeFaces 8-12 selectOneMenu by the option it shows, not its empty focus input', () => {
    page(`<form id="paForm" name="paForm" method="post" action="/pa/request.xhtml" enctype="application/x-www-form-urlencoded">
      <input type="hidden" name="paForm" value="paForm" />
      <h2>Medication Requested</h2>
      ${grid([
        [outputLabel('l1', 'drugName', 'Drug Name'), inputText('drugName', 'Ilaris', 'l1')],
        [outputLabel('l2', 'dose', 'Dose'), inputText('dose', '150', 'l2')],
        [outputLabel('l3', 'doseUnit_focus', 'Dose Unit'), somLegacy('doseUnit', 'l3', UNIT, 'mg')],
        [outputLabel('l4', 'frequency_focus', 'Frequency'), somLegacy('frequency', 'l4', FREQ, 'Q8W')],
        [outputLabel('l5', 'pos_focus', 'Place of Service'), somLegacy('pos', 'l5', POS, '11')],
      ])}
      <input type="hidden" name="javax.faces.ViewState" id="j_id1:javax.faces.ViewState:0" value="-123:456" autocomplete="off" /></form>`);
    expect(read()).toEqual({
      'drug.name': 'Ilaris',
      'drug.dose': '150',
      'drug.doseUnit': 'mg',
      'drug.frequency': 'Every 8 weeks',
      'drug.placeOfService': '11 - Office',
    });
  });

  it('reads an empty PrimeFaces 8-12 selectOneMenu as empty, not as its "Select One" item', () => {
    page(`<form id="paForm" method="post">
      ${grid([[outputLabel('l4', 'frequency_focus', 'Frequency'), somLegacy('frequency', 'l4', FREQ, '')]])}</form>`);
    expect(read()).toEqual({ 'drug.frequency': '' });
  });

  it('reads a PrimeFaces 14 selectOneMenu by the option it shows, once', () => {
    page(`<form id="paForm" method="post">
      <h2>Medication Requested</h2>
      ${grid([
        [outputLabel('l2', 'dose', 'Dose'), inputText('dose', '150', 'l2')],
        [outputLabel('l3', 'doseUnit_label', 'Dose Unit'), som14('doseUnit', 'l3', UNIT, 'mg')],
        [outputLabel('l4', 'frequency_label', 'Frequency'), som14('frequency', 'l4', FREQ, 'Q8W')],
      ])}</form>`);
    expect(read()).toEqual({ 'drug.dose': '150', 'drug.doseUnit': 'mg', 'drug.frequency': 'Every 8 weeks' });
    expect(mapped()).toHaveLength(3);
  });
});

describe('PrimeFaces autoComplete multiple (diagnosis codes as tokens)', () => {
  const token14 = (code: string) =>
    `<li data-token-value="${code}" class="ui-autocomplete-token ui-state-active ui-corner-all" role="option" aria-label="${code}" aria-selected="true"><span class="ui-autocomplete-token-label">${code}</span><span class="ui-autocomplete-token-icon ui-icon ui-icon-close" aria-hidden="true"></span></li>`;
  const token12 = (code: string) =>
    `<li data-token-value="${code}" class="ui-autocomplete-token ui-state-active ui-corner-all"><span class="ui-autocomplete-token-label">${code}</span><span class="ui-autocomplete-token-icon ui-icon ui-icon-close"></span></li>`;
  const hidden = (codes: string[]) =>
    `<select id="paForm:dx_hinput" name="paForm:dx_hinput" multiple="multiple" class="ui-helper-hidden-accessible" tabindex="-1" aria-hidden="true">${codes
      .map((c) => `<option value="${c}" selected="selected"></option>`)
      .join('')}</select>`;

  it('reads a PrimeFaces 14 multiple autoComplete as its tokens', () => {
    page(
      `<form id="paForm" method="post">${grid([
        [
          outputLabel('l7', 'dx_input', 'ICD-10 Diagnosis Codes'),
          `<div id="paForm:dx" class="ui-autocomplete ui-autocomplete-multiple"><ul class="ui-autocomplete-multiple-container ui-widget ui-inputfield ui-state-default ui-corner-all" tabindex="-1" role="listbox" aria-orientation="horizontal">${token14('M04.1')}${token14('M04.2')}<li class="ui-autocomplete-input-token"><input type="text" id="paForm:dx_input" name="paForm:dx_input" autocomplete="off" aria-labelledby="paForm:l7" role="combobox" aria-controls="paForm:dx_panel" aria-expanded="false" aria-haspopup="listbox" /></li></ul><div id="paForm:dx_panel" class="ui-autocomplete-panel ui-widget-content ui-corner-all ui-helper-hidden ui-shadow ui-input-overlay"></div>${hidden(['M04.1', 'M04.2'])}</div>`,
        ],
      ])}</form>`,
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M04.2' });
  });

  it('reads a PrimeFaces 12 multiple autoComplete (tokens without roles) as its tokens', () => {
    page(
      `<form id="paForm" method="post">${grid([
        [
          outputLabel('l7', 'dx_input', 'ICD-10 Diagnosis Codes'),
          `<div id="paForm:dx" class="ui-autocomplete ui-autocomplete-multiple"><ul class="ui-autocomplete-multiple-container ui-widget ui-inputfield ui-state-default ui-corner-all">${token12('M04.1')}${token12('M04.2')}<li class="ui-autocomplete-input-token"><input type="text" id="paForm:dx_input" name="paForm:dx_input" autocomplete="off" aria-labelledby="paForm:l7" /></li></ul><div id="paForm:dx_panel" class="ui-autocomplete-panel ui-widget-content ui-corner-all ui-helper-hidden ui-shadow ui-input-overlay"></div>${hidden(['M04.1', 'M04.2'])}</div>`,
        ],
      ])}</form>`,
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M04.2' });
  });
});

describe('PrimeFaces radios, checkboxes and dates', () => {
  it('reads a PrimeFaces 12 selectOneRadio (a role=radiogroup table of role=radio cells) once, by its checked option', () => {
    const option = (i: number, value: string, text: string, checked: boolean) =>
      `<td role="radio" aria-checked="${checked}"><div class="ui-radiobutton ui-widget"><div class="ui-helper-hidden-accessible"><input id="paForm:cont:${i}" name="paForm:cont" type="radio" value="${value}"${checked ? ' checked="checked"' : ''} /></div><div class="ui-radiobutton-box ui-widget ui-corner-all ui-state-default${checked ? ' ui-state-active' : ''}"><span class="ui-radiobutton-icon ui-icon ${checked ? 'ui-icon-bullet' : 'ui-icon-blank'} ui-c"></span></div></div><label for="paForm:cont:${i}">${text}</label></td>`;
    page(
      `<form id="paForm" method="post"><h2>Clinical Information</h2>${grid([
        [
          outputLabel('l9', 'cont', 'Will the patient continue colchicine?'),
          `<table id="paForm:cont" role="radiogroup" class="ui-selectoneradio ui-widget" aria-required="true"><tr>${option(0, 'Y', 'Yes', true)}${option(1, 'N', 'No', false)}</tr></table>`,
        ],
      ])}</form>`,
    );
    expect(read()).toEqual({ 'clinical.colchicineContinuing': 'Yes' });
    expect(mapped()).toHaveLength(1);
  });

  it('reads selectBooleanCheckboxes by their own item labels (spans after the box), not the one before', () => {
    const box = (id: string, label: string, checked: boolean) =>
      `<div id="paForm:${id}" class="ui-selectbooleancheckbox ui-chkbox ui-widget"><div class="ui-helper-hidden-accessible"><input id="paForm:${id}_input" name="paForm:${id}_input" type="checkbox" aria-label="${label}"${checked ? ' checked="checked"' : ''} /></div><div class="ui-chkbox-box ui-widget ui-corner-all ui-state-default${checked ? ' ui-state-active' : ''}"><span class="ui-chkbox-icon ui-icon ui-c ${checked ? 'ui-icon-check' : 'ui-icon-blank'}"></span></div><span class="ui-chkbox-label">${label}</span></div>`;
    page(`<form id="paForm" method="post"><h2>Clinical Information</h2><p>Check all that apply:</p>
      ${box('colch', 'Colchicine is contraindicated or not tolerated', false)}<br/>
      ${box('nsaid', 'NSAIDs are contraindicated or not tolerated', true)}<br/>
      ${box('ster', 'Patient is not a candidate for repeated corticosteroid courses', true)}</form>`);
    expect(read()).toEqual({
      'clinical.colchicineContraindicated': '',
      'clinical.nsaidContraindicated': 'Yes',
      'clinical.corticosteroidsNotCandidate': 'Yes',
    });
  });

  it('reads a p:datePicker and a p:calendar (with its trigger button) by their labels', () => {
    page(
      `<form id="paForm" method="post"><h2>Labs</h2>${grid([
        [
          outputLabel('l10', 'crp_input', 'CRP (mg/L)'),
          `<span id="paForm:crp" class="ui-inputnumber ui-widget"><input id="paForm:crp_input" name="paForm:crp_input" type="text" value="45.00" class="ui-inputfield ui-inputnumber-input ui-widget ui-state-default ui-corner-all" aria-labelledby="paForm:l10" /><input type="hidden" id="paForm:crp_hinput" name="paForm:crp" value="45" autocomplete="off" /></span>`,
        ],
        [
          outputLabel('l11', 'crpDate_input', 'Date Collected'),
          `<span id="paForm:crpDate" class="ui-calendar"><input id="paForm:crpDate_input" name="paForm:crpDate_input" type="text" value="04/01/2026" class="ui-inputfield ui-widget ui-state-default ui-corner-all hasDatepicker" aria-labelledby="paForm:l11" /><button class="ui-datepicker-trigger ui-button ui-widget ui-state-default ui-corner-all ui-button-icon-only" type="button"><span class="ui-button-icon-left ui-icon ui-icon-calendar"></span><span class="ui-button-text">ui-button</span></button></span>`,
        ],
        [
          outputLabel('l12', 'dob_input', 'Date of Birth'),
          `<span id="paForm:dob" class="ui-calendar ui-trigger-calendar"><input id="paForm:dob_input" name="paForm:dob_input" type="text" class="ui-inputfield ui-widget ui-state-default ui-corner-all" autocomplete="off" value="03/02/1980" aria-labelledby="paForm:l12" /><button class="ui-datepicker-trigger ui-button ui-widget ui-state-default ui-corner-right ui-button-icon-only" type="button" aria-label="Show Calendar"><span class="ui-button-icon-left ui-icon ui-icon-calendar"></span><span class="ui-button-text">ui-button</span></button></span>`,
        ],
      ])}</form>`,
    );
    expect(read()).toEqual({ 'labs.crpValue': '45.00', 'labs.crpDate': '04/01/2026', 'patient.dob': '03/02/1980' });
  });
});
