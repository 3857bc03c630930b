import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, noDuplicatePaths } from './ilaris';

/**
 * Two Java-generated UIs payer portals are still built with:
 * - GWT 2.x widgets: `input.gwt-TextBox` / `input.gwt-DateBox` / `select.gwt-ListBox` with no id or
 *   name, labelled only by `div.gwt-Label` in the cell before them (a `Grid`/`FlexTable` is a plain
 *   `<table cellspacing=0 cellpadding=0>`), a `HorizontalPanel` (one-row table) putting a
 *   `div.gwt-Label` unit after a box, `span.gwt-CheckBox` with `input#gwt-uid-N` + `label[for]`,
 *   and hidden `div.gwt-Label.error` messages;
 * - Oracle ADF Faces 12c: `af:panelFormLayout` tables, each field a `tr#pt1:r1:0:it1.af_inputText`
 *   with `td.af_panelFormLayout_label-cell > label[for="pt1:r1:0:it1::content"]` (a required
 *   `span.AFRequiredIconStyle` "*" inside) and `td.af_panelFormLayout_content-cell > input#…::content
 *   [name=pt1:r1:0:it1]`; `af_inputDate` adds an `a.af_inputDate_launch-icon`; `af_selectOneChoice`
 *   is a native select whose option values are indexes; an `af:table` draws its column headers in
 *   a table of their own (`div#…::ch`) above the data table (`div#…::db > table.af_table_data-table`)
 *   whose label-less inputs have ids like `pt1:r1:0:t1:0:it3::content`.
 * Both written from memory of the rendered markup.
 */

// ---------- GWT ----------
const gwtRow = (label: string, control: string) => `<tr><td><div class="gwt-Label">${label}</div></td><td>${control}</td></tr>`;
const box = (value: string, cls = 'gwt-TextBox') => `<input type="text" class="${cls}" tabindex="0" value="${value}">`;
const withUnit = (value: string, unit: string) =>
  `<table cellspacing="0" cellpadding="0"><tbody><tr><td align="left" style="vertical-align: top;">${box(value)}</td><td align="left" style="vertical-align: top;"><div class="gwt-Label">${unit}</div></td></tr></tbody></table>`;
const listBox = (options: [string, string][], chosen: string) =>
  `<select class="gwt-ListBox" tabindex="0">${options.map(([v, t]) => `<option value="${v}"${v === chosen ? ' selected' : ''}>${t}</option>`).join('')}</select>`;
const err = (text: string) => `<div class="gwt-Label error" style="display: none;">${text}</div>`;

const gwtTherapies = (rows: string[][]) =>
  `<div class="gwt-HTML"><h3>Prior therapies</h3></div>
  <table cellspacing="0" cellpadding="0" class="therapyTable"><tbody>
    <tr>${['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'].map((h) => `<td><div class="gwt-Label header">${h}</div></td>`).join('')}<td></td></tr>
    ${rows.map((r) => `<tr>${r.map((v) => `<td>${box(v)}</td>`).join('')}<td><button type="button" class="gwt-Button">Remove</button></td></tr>`).join('')}
  </tbody></table>`;

const gwtPage = () => `<div id="gwt-root"><div class="gwt-TabLayoutPanel">
  <div class="gwt-HTML"><h3>Patient</h3></div>
  <table cellspacing="0" cellpadding="0" class="formGrid"><tbody>
    ${gwtRow('Date of Birth:', box('03/02/1980', 'gwt-DateBox'))}
    ${gwtRow('Weight:', withUnit('70', 'kg') + err('Weight is required'))}
  </tbody></table>
  <div class="gwt-HTML"><h3>Diagnosis</h3></div>
  <table cellspacing="0" cellpadding="0" class="formGrid"><tbody>
    ${gwtRow('Primary ICD-10:', box('M04.1'))}
    ${gwtRow('Secondary ICD-10:', box('M04.2'))}
  </tbody></table>
  <div class="gwt-HTML"><h3>Medication</h3></div>
  <table cellspacing="0" cellpadding="0" class="formGrid"><tbody>
    ${gwtRow('Drug Name:', box('Ilaris (canakinumab)'))}
    ${gwtRow('HCPCS:', box('J0638'))}
    ${gwtRow('NDC:', box('00078-0734-61') + err('NDC must be 11 digits'))}
    ${gwtRow('Dose:', withUnit('150', 'mg'))}
    ${gwtRow('Billing Units:', box('150'))}
    ${gwtRow('Frequency:', box('every 4 weeks'))}
    ${gwtRow(
      'Place of Service:',
      listBox(
        [
          ['', ''],
          ['11', '11 - Office'],
          ['22', '22 - Outpatient hospital'],
        ],
        '11',
      ),
    )}
  </tbody></table>
  <div class="gwt-HTML"><h3>Labs</h3></div>
  <table cellspacing="0" cellpadding="0" class="formGrid"><tbody>
    ${gwtRow('CRP:', withUnit('4.5', 'mg/L'))}
    ${gwtRow('CRP Collection Date:', box('11/12/2026', 'gwt-DateBox'))}
  </tbody></table>
  ${gwtTherapies([['colchicine', '0.6 mg twice daily', '01/05/2026', '03/20/2026', 'inadequate response']])}
  <div class="gwt-HTML"><h3>Prescriber</h3></div>
  <table cellspacing="0" cellpadding="0" class="formGrid"><tbody>${gwtRow('Prescriber NPI:', box('1234567893'))}</tbody></table>
  <span class="gwt-CheckBox"><input type="checkbox" value="on" id="gwt-uid-7" tabindex="0" checked><label for="gwt-uid-7">I attest the information is accurate</label></span>
  <button type="button" class="gwt-Button">Submit</button>
</div></div>`;

// ---------- ADF ----------
let adf = 0;
const adfRow = (cls: string, label: string, control: (id: string) => string, required = true) => {
  const id = `pt1:r1:0:${cls === 'af_inputDate' ? 'id' : cls === 'af_selectOneChoice' ? 'soc' : 'it'}${++adf}`;
  return `<tr id="${id}" class="${cls}${required ? ' p_AFRequired' : ''}">
    <td class="${cls}_label af_panelFormLayout_label-cell"><label for="${id}::content" class="${cls}_label-text">${required ? '<span title="Required" class="AFRequiredIconStyle">*</span>' : ''}${label}</label></td>
    <td valign="top" class="AFContentCell af_panelFormLayout_content-cell" nowrap="">${control(id)}</td>
  </tr>`;
};
const adfText = (label: string, value: string, after = '') =>
  adfRow(
    'af_inputText',
    label,
    (id) => `<input id="${id}::content" name="${id}" class="af_inputText_content" type="text" value="${value}">${after}`,
  );
const adfDate = (label: string, value: string) =>
  adfRow(
    'af_inputDate',
    label,
    (id) =>
      `<input id="${id}::content" name="${id}" class="af_inputDate_content" type="text" value="${value}" title="Example: 12/03/2026"><a id="${id}::glyph" class="af_inputDate_launch-icon" title="Select Date" href="#" role="button"></a>`,
  );
const adfChoice = (label: string, options: string[], chosen: number) =>
  adfRow(
    'af_selectOneChoice',
    label,
    (id) =>
      `<select id="${id}::content" name="${id}" class="af_selectOneChoice_content" title="${options[chosen]}">${options.map((t, i) => `<option value="${i}"${i === chosen ? ' selected' : ''}>${t}</option>`).join('')}</select>`,
  );
const unit = (u: string) => `<span id="pt1:r1:0:ot${++adf}" class="af_outputText">${u}</span>`;

const formLayout = (title: string, rows: string) =>
  `<div class="af_panelHeader"><h2 class="af_panelHeader_title-text0">${title}</h2></div>
  <div id="pt1:r1:0:pfl${++adf}" class="af_panelFormLayout"><table cellpadding="0" cellspacing="0" border="0" summary="" style="width: 100%"><tbody><tr><td class="af_panelFormLayout_column" style="width: 100%" valign="top">
    <table cellpadding="0" cellspacing="0" border="0" summary="" style="width: 100%"><tbody>${rows}</tbody></table>
  </td></tr></tbody></table></div>`;

const adfTable = (rows: string[][]) => {
  const cols = ['Drug', 'Dose', 'Start Date', 'Stop Date', 'Outcome'];
  return `<div class="af_panelHeader"><h2 class="af_panelHeader_title-text0">Prior Therapies</h2></div>
  <div id="pt1:r1:0:t1" class="af_table" style="width: 100%;" _rowcount="${rows.length}">
    <div id="pt1:r1:0:t1::ch" class="af_table_column-headers" style="overflow: hidden;"><table class="af_table_column-header-table" cellspacing="0" cellpadding="0" summary="" style="table-layout: fixed;"><tbody><tr>${cols
      .map(
        (c, i) =>
          `<th id="pt1:r1:0:t1:c${i + 1}" class="af_column_header-text" align="left" nowrap="" _d_index="${i}"><div class="af_column_header-text-inner">${c}</div></th>`,
      )
      .join('')}</tr></tbody></table></div>
    <div id="pt1:r1:0:t1::db" class="af_table_data-body" style="overflow: auto;"><table class="af_table_data-table" cellspacing="0" cellpadding="0" summary="Prior Therapies" style="table-layout: fixed;"><tbody>${rows
      .map(
        (r, i) =>
          `<tr _afrrk="${i}" class="af_table_data-row">${r.map((v, c) => `<td class="af_column_data-cell" nowrap=""><input id="pt1:r1:0:t1:${i}:it${c + 20}::content" name="pt1:r1:0:t1:${i}:it${c + 20}" class="af_inputText_content" type="text" value="${v}"></td>`).join('')}</tr>`,
      )
      .join('')}</tbody></table></div>
  </div>`;
};

const adfPage =
  () => `<form id="f1" name="f1" method="POST" action="/pa/faces/request.jspx"><div id="pt1:r1:0:ps1" class="af_panelStretchLayout">
  ${formLayout('Patient', adfDate('Date of Birth', '03/02/1980') + adfText('Weight', '70', unit('kg')))}
  ${formLayout('Diagnosis', adfText('Primary ICD-10 Code', 'M04.1') + adfText('Secondary ICD-10 Code', 'M04.2', ''))}
  ${formLayout(
    'Medication',
    adfText('Drug Name', 'Ilaris (canakinumab)') +
      adfText('HCPCS Code', 'J0638') +
      adfText('NDC', '00078-0734-61') +
      adfText('Dose', '150', unit('mg')) +
      adfText('Billing Units', '150') +
      adfText('Frequency', 'every 4 weeks') +
      adfChoice('Place of Service', ['', '11 - Office', '19 - Off campus outpatient hospital', '22 - On campus outpatient hospital'], 1),
  )}
  ${formLayout('Laboratory', adfText('CRP', '4.5', unit('mg/L')) + adfDate('CRP Collection Date', '11/12/2026'))}
  ${adfTable([['colchicine', '0.6 mg twice daily', '01/05/2026', '03/20/2026', 'inadequate response']])}
  ${formLayout('Prescriber', adfText('Prescriber NPI', '1234567893'))}
  <input type="hidden" name="javax.faces.ViewState" value="!-xyz123"><input type="hidden" name="org.apache.myfaces.trinidad.faces.FORM" value="f1">
</div></form>`;

const WHOLE = { ...ILARIS, 'diagnosis.codes.0': 'M04.1', 'diagnosis.codes.1': 'M04.2', 'drug.placeOfService': '11 - Office' };

describe('GWT widgets', () => {
  it('reads the whole Ilaris request, each path once', () => {
    page(gwtPage());
    expect(read()).toEqual(WHOLE);
    noDuplicatePaths();
  });

  it('takes the units from the gwt-Label after the box in a HorizontalPanel', () => {
    page(gwtPage());
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
  });

  it('numbers FlexTable therapy rows under a header row of gwt-Labels from 0', () => {
    page(
      gwtTherapies([
        ['colchicine', '0.6 mg twice daily', '01/05/2026', '03/20/2026', 'inadequate response'],
        ['anakinra', '100 mg daily', '04/01/2026', '06/30/2026', 'injection-site reactions'],
      ]),
    );
    expect(read()).toMatchObject({
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.0.stop': '03/20/2026',
      'priorTherapies.1.drug': 'anakinra',
      'priorTherapies.1.outcome': 'injection-site reactions',
    });
    noDuplicatePaths();
  });
});

describe('Oracle ADF Faces', () => {
  it('reads the whole Ilaris request, each path once', () => {
    page(adfPage());
    expect(read()).toEqual(WHOLE);
    noDuplicatePaths();
  });

  it('takes the units from the outputText after the inputs', () => {
    page(adfPage());
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
  });

  it('reads a selectOneChoice by its text and a required label without its "*"', () => {
    page(
      `<form>${formLayout('Medication', adfText('Billing Units', '150') + adfChoice('Place of Service', ['', '11 - Office'], 1))}</form>`,
    );
    expect(read()).toEqual({ 'drug.units': '150', 'drug.placeOfService': '11 - Office' });
    expect(field('drug.units')?.label).not.toContain('*');
  });

  it('numbers af:table rows whose column headers sit in a separate header table', () => {
    page(
      `<form>${adfTable([
        ['colchicine', '0.6 mg twice daily', '01/05/2026', '03/20/2026', 'inadequate response'],
        ['anakinra', '100 mg daily', '04/01/2026', '06/30/2026', 'injection-site reactions'],
      ])}</form>`,
    );
    expect(read()).toEqual({
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.0.dose': '0.6 mg twice daily',
      'priorTherapies.0.start': '01/05/2026',
      'priorTherapies.0.stop': '03/20/2026',
      'priorTherapies.0.outcome': 'inadequate response',
      'priorTherapies.1.drug': 'anakinra',
      'priorTherapies.1.dose': '100 mg daily',
      'priorTherapies.1.start': '04/01/2026',
      'priorTherapies.1.stop': '06/30/2026',
      'priorTherapies.1.outcome': 'injection-site reactions',
    });
  });
});
