import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Plotly Dash 2.18.2 (plotly/dash at tag v2.18.2; Dash 4 has since replaced the dropdown and date
 * picker with Radix-based components, not modelled here), dash-core-components:
 * - src/fragments/Dropdown.react.js: `div#<id>.dash-dropdown` > react-virtualized-select 3.1.3 over
 *   react-select 1.x (JedWatson/react-select at tag v1.3.0: src/Select.js, src/Value.js, the default
 *   clear and arrow renderers; react-input-autosize from memory): `div.Select.dash-dropdown?.has-value.is-clearable.is-searchable.Select--single|--multi` >
 *   `div.Select-control` > `div.Select-multi-value-wrapper#react-select-N--value` holding
 *   `div.Select-value > span.Select-value-label[role=option][aria-selected=true]` (multi: each value
 *   also has `span.Select-value-icon[aria-hidden=true]` "×" and a `span.Select-aria-only` nbsp) or
 *   `div.Select-placeholder` "Select...", then `div.Select-input` > `input[role=combobox]
 *   [aria-expanded=false][aria-haspopup=false][autocomplete=off]` valued "" + a hidden sizer div; then
 *   `span.Select-clear-zone[title="Clear value"|"Clear all"]` > `span.Select-clear` "×" and
 *   `span.Select-arrow-zone > span.Select-arrow`. The menu is only rendered while open.
 * - src/fragments/DatePickerSingle.react.js: `div#<id>` > react-dates 21.8 SingleDatePicker, which Dash
 *   gives NO id: `div.SingleDatePicker > div > div.SingleDatePickerInput` > `div.DateInput >
 *   input.DateInput_input[type=text][aria-label=<placeholder, default "Date">][placeholder=Date]
 *   [autocomplete=off][aria-describedby=DateInput__screen-reader-message-undefined]` valued in the
 *   default display format (moment "L": 03/14/1988) + `p.DateInput_screenReaderMessage` (react-dates
 *   DateInput.jsx, from memory).
 * - src/components/RadioItems.react.js / Checklist.react.js: `div#<id>` > `label` > `input[type=radio|
 *   checkbox]` (no name, no value attribute) + the option label text.
 * - dcc.Input: `input#<id>` (no class by default); dash_bootstrap_components 1.x (Bootstrap 5, from
 *   memory): dbc.Form `form`, dbc.Row `div.row.mb-3`, dbc.Label(width=3) `label.col-form-label.col-3
 *   [for]`, dbc.Input `input.form-control`, dbc.InputGroup `div.input-group` + `span.input-group-text`.
 * - dash_table.DataTable (components/dash-table/src/dash-table/derived/cell/contents.tsx, CellLabel,
 *   CellInput): editable cells render `td.dash-cell[data-dash-column][data-dash-row]` >
 *   `div.unfocused.selectable.dash-cell-value[tabindex=-1]` text; only the active cell becomes
 *   `input.input-active.focused.selectable.dash-cell-value`; headers `th.dash-header[data-dash-column] >
 *   div > span.column-header-name` (wrapper markup from memory of the table's CellFactory).
 */

let uid = 0;

function dropdown(id: string, chosen: string[], o: { multi?: boolean; placeholder?: string } = {}): string {
  const n = ++uid;
  const values = chosen.length
    ? o.multi
      ? chosen
          .map(
            (c, i) =>
              `<div class="Select-value"><span class="Select-value-icon" aria-hidden="true">×</span><span class="Select-value-label" role="option" aria-selected="true" id="react-select-${n}--value-${i}">${c}<span class="Select-aria-only">&nbsp;</span></span></div>`,
          )
          .join('')
      : `<div class="Select-value"><span class="Select-value-label" role="option" aria-selected="true" id="react-select-${n}--value-item">${chosen[0]}</span></div>`
    : `<div class="Select-placeholder">${o.placeholder ?? 'Select...'}</div>`;
  const clear = chosen.length
    ? `<span class="Select-clear-zone" title="${o.multi ? 'Clear all' : 'Clear value'}" aria-label="${o.multi ? 'Clear all' : 'Clear value'}"><span class="Select-clear">×</span></span>`
    : '';
  return `<div id="${id}" class="dash-dropdown"><div class="Select${chosen.length ? ' has-value' : ''} is-clearable is-searchable Select--${o.multi ? 'multi' : 'single'}"><div class="Select-control"><div class="Select-multi-value-wrapper" id="react-select-${n}--value">${values}<div class="Select-input" style="display: inline-block;"><input autocomplete="off" aria-activedescendant="react-select-${n}--value" aria-expanded="false" aria-haspopup="false" aria-owns="" role="combobox" value="" style="box-sizing: content-box; width: 5px;"><div style="position: absolute; top: 0px; left: 0px; visibility: hidden; height: 0px; overflow: scroll; white-space: pre; font-size: 14px; font-family: sans-serif;"></div></div></div>${clear}<span class="Select-arrow-zone"><span class="Select-arrow"></span></span></div></div></div>`;
}

const datePicker = (id: string, value: string) =>
  `<div id="${id}" style="position: relative; display: inline-block;"><div class="SingleDatePicker SingleDatePicker_1"><div><div class="SingleDatePickerInput SingleDatePickerInput_1 SingleDatePickerInput__withBorder SingleDatePickerInput__withBorder_2"><div class="DateInput DateInput_1"><input class="DateInput_input DateInput_input_1" aria-label="Date" type="text" placeholder="Date" autocomplete="off" aria-describedby="DateInput__screen-reader-message-undefined" value="${value}"><p class="DateInput_screenReaderMessage DateInput_screenReaderMessage_1" id="DateInput__screen-reader-message-undefined">Navigate forward to interact with the calendar and select a date. Press the question mark key to get the keyboard shortcuts for changing dates.</p></div></div></div></div></div>`;

const choices = (type: 'radio' | 'checkbox', id: string, options: string[], chosen: string[]) =>
  `<div id="${id}">${options
    .map((o) => `<label style="display: block;"><input type="${type}"${chosen.includes(o) ? ' checked=""' : ''}>${o}</label>`)
    .join('')}</div>`;

const dccInput = (id: string, value: string, type = 'text') => `<input id="${id}" type="${type}" value="${value}">`;
const dbcInput = (id: string, value: string, type = 'text') => `<input id="${id}" type="${type}" class="form-control" value="${value}">`;
const addon = (input: string, text: string) => `<div class="input-group">${input}<span class="input-group-text">${text}</span></div>`;

/** dbc.Row of a horizontal form: dbc.Label(width=3, html_for) + dbc.Col(width=9) */
const row = (forId: string | null, label: string, control: string) =>
  `<div class="row mb-3"><label${forId ? ` for="${forId}"` : ''} class="col-form-label col-3">${label}</label><div class="col-9">${control}</div></div>`;
/** plain Dash: html.Div([html.Label(text), component]) */
const plain = (label: string, control: string) => `<div><label>${label}</label>${control}</div>`;

function dataTable(id: string, activeCell?: { row: number; col: number }): string {
  const cols = ['drug', 'dose', 'start', 'stop', 'outcome'];
  const names = ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'];
  return `<div id="${id}" class="dash-table-container"><div class="dash-spreadsheet dash-spreadsheet-container dash-empty-11 dash-no-filter dash-fill-width"><div class="dash-spreadsheet-inner dash-spreadsheet dash-empty-11 dash-no-filter dash-fill-width"><div class="cell cell-1-1 dash-fixed-content"><table class="cell-table" tabindex="-1"><tbody><tr>${names
    .map(
      (n, j) =>
        `<th data-dash-column="${cols[j]}" class="dash-header column-${j} "><div><span class="column-header-name">${n}</span></div></th>`,
    )
    .join('')}</tr>${THERAPY_ROWS.map(
    (r, i) =>
      `<tr>${r
        .map((v, j) => {
          const active = activeCell?.row === i && activeCell.col === j;
          return `<td data-dash-column="${cols[j]}" data-dash-row="${i}" tabindex="-1" class="dash-cell column-${j}${active ? ' focused cell--selected' : ''}">${
            active
              ? `<input type="text" class="input-active focused selectable dash-cell-value" value="${v}">`
              : `<div class="unfocused selectable dash-cell-value" tabindex="-1">${v}</div>`
          }</td>`;
        })
        .join('')}</tr>`,
  ).join('')}</tbody></table></div></div></div></div>`;
}

const app = (body: string) =>
  `<div id="react-entry-point"><div class="_dash-global-error-container"><div id="_dash-app-content"><div class="container"><h2>Prior authorization request</h2><form>${body}<button id="submit" type="button" class="btn btn-primary">Submit request</button></form></div></div></div></div>`;

const FREQS = ['Every 4 weeks', 'Every 8 weeks', 'Once'];

describe('Plotly Dash 2.18 (dcc, dash_bootstrap_components, dash_table)', () => {
  it('reads the Ilaris request from a dbc horizontal form', () => {
    page(
      app(
        `<h4>Member</h4>${row('member-id', 'Member ID', dbcInput('member-id', ILARIS['patient.memberId']))}${row('dob', 'Date of birth', datePicker('dob', ILARIS['patient.dob']))}${row('weight', 'Weight', addon(dbcInput('weight', '72', 'number'), 'kg'))}
        <h4>Diagnosis</h4>${row('icd', 'ICD-10 codes', dropdown('icd', ['M04.1', 'M06.1'], { multi: true }))}
        <h4>Medication</h4>${row('drug', 'Drug name', dropdown('drug', [ILARIS['drug.name']]))}${row('hcpcs', 'HCPCS code', dbcInput('hcpcs', ILARIS['drug.hcpcs']))}${row('ndc', 'NDC', dbcInput('ndc', ILARIS['drug.ndc']))}${row('dose', 'Dose (mg)', dbcInput('dose', '150', 'number'))}${row('units', 'Billing units', dbcInput('units', '150', 'number'))}${row('frequency', 'Frequency', choices('radio', 'frequency', FREQS, ['Every 4 weeks']))}
        <h4>Labs</h4>${row('crp', 'CRP', addon(dbcInput('crp', '24', 'number'), 'mg/L'))}${row('crp-date', 'CRP collection date', datePicker('crp-date', ILARIS['labs.crpDate']))}
        <h4>Prescriber</h4>${row('npi', 'Prescriber NPI', dbcInput('npi', ILARIS['prescriber.npi']))}`,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  it('reads dcc.Input fields under plain html.Label (no for)', () => {
    page(
      app(
        `${plain('Member ID', dccInput('member-id', ILARIS['patient.memberId']))}${plain('Dose (mg)', dccInput('dose', '150', 'number'))}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'drug.dose': '150' });
  });

  it('reads a single dcc.Dropdown by its Select-value label, not the clear zone "×"', () => {
    page(
      app(`${plain('Drug name', dropdown('drug', [ILARIS['drug.name']]))}${plain('Frequency', dropdown('frequency', ['Every 8 weeks']))}`),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': 'Every 8 weeks' });
    expect(field('drug.name')?.label).toBe('Drug name');
  });

  it('reads a multi dcc.Dropdown by its values, without the "×" value icons', () => {
    page(app(plain('ICD-10 codes', dropdown('icd', ['M04.1', 'M06.1'], { multi: true }))));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads an empty dcc.Dropdown ("Select..." placeholder) as empty', () => {
    page(app(`${plain('Frequency', dropdown('frequency', []))}${plain('ICD-10 codes', dropdown('icd', [], { multi: true }))}`));
    expect(read()).toEqual({ 'drug.frequency': '', 'diagnosis.codes.0': '' });
  });

  it('reads dcc.DatePickerSingle (react-dates input named "Date", no id) by the label for its wrapper', () => {
    page(
      app(
        `${row('dob', 'Date of birth', datePicker('dob', ILARIS['patient.dob']))}${row('crp-date', 'CRP collection date', datePicker('crp-date', ''))}`,
      ),
    );
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': '' });
    expect(field('patient.dob')?.label).toBe('Date of birth');
    nothingFrom('.DateInput_screenReaderMessage');
  });

  it('reads dcc.RadioItems and dcc.Checklist (inputs with no value or name) by the checked labels', () => {
    page(
      app(
        `${plain('Frequency', choices('radio', 'frequency', FREQS, ['Once']))}${plain('ICD-10 codes', choices('checkbox', 'icd', ['M04.1', 'M06.1', 'M04.8'], ['M04.1', 'M06.1']))}`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Once', 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads the prior therapies from an editable dash_table.DataTable (cells are divs until active)', () => {
    page(app(`<h4>Prior therapies</h4>${dataTable('therapies')}`));
    expect(read()).toEqual(THERAPIES);
  });

  it('reads an editable DataTable with one active (input) cell', () => {
    page(app(`<h4>Prior therapies</h4>${dataTable('therapies', { row: 1, col: 1 })}`));
    expect(read()).toEqual(THERAPIES);
  });
});
