import { describe, expect, it } from 'vitest';
import { field, mapped, page, read, units } from '../read';
import { ILARIS, noDuplicatePaths } from './ilaris';

/**
 * jQuery UI 1.13 widgets as they leave the DOM after init:
 * - autocomplete: the input gains `ui-autocomplete-input` + `autocomplete=off`; a hidden
 *   `ul.ui-menu.ui-autocomplete.ui-front` and a `div[role=status].ui-helper-hidden-accessible` live
 *   region ("1 result is available, use up and down arrow keys to navigate.") are appended to the body;
 * - datepicker: the input gains `hasDatepicker`; `appendText` adds `span.ui-datepicker-append`
 *   after it, `showOn: "button"` a `button.ui-datepicker-trigger` "…"; one hidden `div#ui-datepicker-div`
 *   at the end of the body;
 * - selectmenu: the original `<select>` is hidden (display:none), the `<label for>` is re-pointed to
 *   the new `span#<id>-button.ui-selectmenu-button[role=combobox][aria-haspopup]` whose
 *   `span.ui-selectmenu-text` shows the chosen option's text; its `aria-labelledby` names the
 *   active menu item (`ui-id-N`) in the `div.ui-selectmenu-menu > ul[role=listbox]` appended to the body;
 * - spinner: the input is wrapped in `span.ui-spinner` with `role=spinbutton aria-valuenow` and
 *   two `a.ui-spinner-button[aria-hidden][tabindex=-1]` arrows after it.
 * Written from jQuery UI's widget sources as remembered.
 */

let ids = 0;
const uid = () => `ui-id-${++ids}`;
let bodyEnd = '';

const row = (id: string, label: string, control: string) => `<div class="field-row"><label for="${id}">${label}:</label> ${control}</div>`;

const input = (id: string, value: string, cls = '') =>
  `<input type="text" id="${id}" name="${id}" value="${value}"${cls ? ` class="${cls}"` : ''}>`;

const autocomplete = (id: string, value: string) => {
  const menu = uid();
  bodyEnd += `<ul id="${menu}" tabindex="0" class="ui-menu ui-widget ui-widget-content ui-autocomplete ui-front" unselectable="on" style="display: none;"></ul>`;
  return `<input type="text" id="${id}" name="${id}" value="${value}" class="ui-autocomplete-input" autocomplete="off">`;
};

const datepicker = (id: string, value: string, append = '') =>
  `<input type="text" id="${id}" name="${id}" value="${value}" class="hasDatepicker">${append ? `<span class="ui-datepicker-append">${append}</span>` : ''}<button type="button" class="ui-datepicker-trigger">...</button>`;

const spinner = (id: string, value: string) =>
  `<span class="ui-spinner ui-widget ui-widget-content ui-corner-all"><input type="text" id="${id}" name="${id}" value="${value}" class="ui-spinner-input" autocomplete="off" role="spinbutton" aria-valuenow="${value}"><a tabindex="-1" aria-hidden="true" class="ui-button ui-widget ui-state-default ui-button-icon-only ui-spinner-button ui-spinner-up ui-corner-tr" role="button"><span class="ui-button-icon ui-icon ui-icon-triangle-1-n"></span><span class="ui-button-icon-space"> </span></a><a tabindex="-1" aria-hidden="true" class="ui-button ui-widget ui-state-default ui-button-icon-only ui-spinner-button ui-spinner-down ui-corner-br" role="button"><span class="ui-button-icon ui-icon ui-icon-triangle-1-s"></span><span class="ui-button-icon-space"> </span></a></span>`;

/** a selectmenu: the label (when given) points at the button; returns the control markup */
const selectmenu = (id: string, options: [string, string][], chosen: string) => {
  const itemIds = options.map(() => uid());
  const active = itemIds[options.findIndex(([v]) => v === chosen)]!;
  bodyEnd += `<div class="ui-selectmenu-menu ui-front"><ul aria-hidden="true" aria-labelledby="${id}-button" id="${id}-menu" role="listbox" tabindex="0" class="ui-menu ui-corner-bottom ui-widget ui-widget-content" aria-activedescendant="${active}" aria-disabled="false">${options
    .map(
      ([, t], i) =>
        `<li class="ui-menu-item"><div id="${itemIds[i]}" tabindex="-1" role="option" class="ui-menu-item-wrapper">${t}</div></li>`,
    )
    .join('')}</ul></div>`;
  const shown = options.find(([v]) => v === chosen)![1];
  return `<select id="${id}" name="${id}" style="display: none;">${options
    .map(([v, t]) => `<option value="${v}"${v === chosen ? ' selected' : ''}>${t}</option>`)
    .join(
      '',
    )}</select><span tabindex="0" id="${id}-button" role="combobox" aria-expanded="false" aria-autocomplete="list" aria-owns="${id}-menu" aria-haspopup="true" class="ui-selectmenu-button ui-selectmenu-button-closed ui-corner-all ui-button ui-widget" aria-activedescendant="${active}" aria-labelledby="${active}" aria-disabled="false"><span class="ui-selectmenu-icon ui-icon ui-icon-triangle-1-s"></span><span class="ui-selectmenu-text">${shown}</span></span>`;
};

const LIVE = `<div role="status" aria-live="assertive" aria-relevant="additions" class="ui-helper-hidden-accessible"><div style="display: none;">1 result is available, use up and down arrow keys to navigate.</div></div>`;
const DP_DIV = `<div id="ui-datepicker-div" class="ui-datepicker ui-widget ui-widget-content ui-helper-clearfix ui-corner-all" style="display: none;"></div>`;

const render = (body: string) => {
  page(`${body}${bodyEnd}${LIVE}${DP_DIV}`);
  bodyEnd = '';
};

const POS: [string, string][] = [
  ['', 'Select one'],
  ['11', '11 - Office'],
  ['19', '19 - Off campus outpatient hospital'],
  ['22', '22 - On campus outpatient hospital'],
];

const therapyRow = (i: number, t: string[]) =>
  `<tr><td>${autocomplete(`pt_drug_${i}`, t[0]!)}</td><td>${input(`pt_dose_${i}`, t[1]!)}</td><td>${datepicker(`pt_start_${i}`, t[2]!)}</td><td>${datepicker(`pt_stop_${i}`, t[3]!)}</td><td>${input(`pt_outcome_${i}`, t[4]!)}</td></tr>`;

const therapies = (rows: string[][]) => `<h3>Prior therapies</h3>
  <table class="therapies"><thead><tr><th>Drug</th><th>Dose</th><th>Start date</th><th>Stop date</th><th>Outcome</th></tr></thead>
  <tbody>${rows.map((r, i) => therapyRow(i, r)).join('')}</tbody></table>`;

const wholeRequest = () => `<form id="paForm" action="/pa/submit" method="post">
  <h3>Patient</h3>
  ${row('dob', 'Date of birth', datepicker('dob', '03/02/1980', '(mm/dd/yyyy)'))}
  ${row('weight', 'Weight', `${spinner('weight', '70')} kg`)}
  <h3>Diagnosis</h3>
  ${row('icd1', 'Primary ICD-10 code', autocomplete('icd1', 'M04.1'))}
  ${row('icd2', 'Secondary ICD-10 code', autocomplete('icd2', 'M04.2'))}
  <h3>Medication</h3>
  ${row('drug', 'Drug name', autocomplete('drug', 'Ilaris (canakinumab)'))}
  ${row('hcpcs', 'HCPCS', input('hcpcs', 'J0638'))}
  ${row('ndc', 'NDC', input('ndc', '00078-0734-61'))}
  ${row(
    'dose',
    'Dose',
    `${spinner('dose', '150')} ${selectmenu(
      'doseUnit',
      [
        ['mg', 'mg'],
        ['mL', 'mL'],
      ],
      'mg',
    )}`,
  )}
  ${row('units', 'Billing units', spinner('units', '150'))}
  ${row('frequency', 'Frequency', input('frequency', 'every 4 weeks'))}
  <div class="field-row"><label for="pos-button">Place of service:</label> ${selectmenu('pos', POS, '11')}</div>
  <h3>Lab results</h3>
  ${row('crp', 'CRP (mg/L)', spinner('crp', '4.5'))}
  ${row('crpDate', 'CRP collection date', datepicker('crpDate', '11/12/2026', '(mm/dd/yyyy)'))}
  ${therapies([['colchicine', '0.6 mg twice daily', '01/05/2026', '03/20/2026', 'inadequate response']])}
  <h3>Prescriber</h3>
  ${row('npi', 'Prescriber NPI', input('npi', '1234567893'))}
  <p><input type="submit" value="Submit" class="ui-button ui-widget ui-corner-all"></p>
</form>`;

describe('jQuery UI widgets', () => {
  it('reads the whole Ilaris request, each path once', () => {
    render(wholeRequest());
    expect(read()).toEqual({
      ...ILARIS,
      'diagnosis.codes.0': 'M04.1',
      'diagnosis.codes.1': 'M04.2',
      'drug.doseUnit': 'mg',
      'drug.placeOfService': '11 - Office',
    });
    noDuplicatePaths();
  });

  it('takes the weight unit written after the spinner and the CRP unit in its label', () => {
    render(wholeRequest());
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'labs.crpUnit': 'mg/L' });
  });

  it('reads a selectmenu once, by its shown text, labelled by the re-pointed <label for>', () => {
    render(`<form><div class="field-row"><label for="pos-button">Place of service:</label> ${selectmenu('pos', POS, '11')}</div></form>`);
    expect(read()).toEqual({ 'drug.placeOfService': '11 - Office' });
    expect(mapped()).toHaveLength(1);
  });

  it('reads a selectmenu of units beside a spinner as that quantity’s unit', () => {
    render(
      `<form>${row(
        'dose',
        'Dose',
        `${spinner('dose', '150')} ${selectmenu(
          'doseUnit',
          [
            ['mg', 'mg'],
            ['mL', 'mL'],
          ],
          'mL',
        )}`,
      )}</form>`,
    );
    expect(read()).toEqual({ 'drug.dose': '150', 'drug.doseUnit': 'mL' });
  });

  it('reads a datepicker by its value, not its appendText "(mm/dd/yyyy)" nor the trigger button', () => {
    render(
      `<form>${row('dob', 'Date of birth', datepicker('dob', '03/02/1980', '(mm/dd/yyyy)'))}${row('weight', 'Weight', `${spinner('weight', '70')} kg`)}</form>`,
    );
    expect(read()).toEqual({ 'patient.dob': '03/02/1980', 'patient.weight': '70' });
    expect(field('patient.weight')?.impliedUnit).toEqual({ path: 'patient.weightUnit', unit: 'kg' });
  });

  it('numbers therapy rows with autocomplete and datepicker cells from 0', () => {
    render(
      `<form>${therapies([
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
