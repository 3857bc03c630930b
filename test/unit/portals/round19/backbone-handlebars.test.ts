import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Backbone 1.4 views rendering Handlebars 4 templates (plain), as legacy Bootstrap 3 portals run them:
 * - The templates stay in the page as `script[type="text/x-handlebars-template"]` blocks whose text is the
 *   template source (`{{memberId}}` etc.); each view renders `template(model.toJSON())` into its `el`
 *   (`form.pa-request-view`, a `tbody` collection view whose `tr.therapy-row` child views each hold a row).
 * - Fields named after model attributes (`name="memberId"`, read back by a serializer on submit), labels
 *   `label.control-label[for]` in `div.form-group`, selects rendered with a `{{#select}}` helper marking the
 *   chosen option `selected`, a native `select[multiple]` for the codes.
 * - Backbone.Validation's Bootstrap callbacks on an invalid attribute: `div.form-group.has-error` and a
 *   `span.help-block.error-message` after the input; a `.alert.alert-danger` summary at the top.
 * - jQuery UI datepicker on date inputs: `input.hasDatepicker`, the shared `div#ui-datepicker-div
 *   .ui-datepicker` left at the end of body (display: none once closed).
 */

const tpl = (id: string, source: string) => `<script type="text/x-handlebars-template" id="${id}">${source}</script>`;
const templates = () =>
  `${tpl('request-template', '\n<div class="form-group"><label class="control-label" for="memberId">Member ID</label><input type="text" class="form-control" id="memberId" name="memberId" value="{{memberId}}"></div>\n')}${tpl('therapy-row-template', '\n<td><input type="text" class="form-control input-sm" name="drug" value="{{drug}}"></td><td><input type="text" class="form-control input-sm" name="dose" value="{{dose}}"></td>\n')}`;

const text = (id: string, label: string, value: string, o: { error?: string; date?: boolean; attrs?: string } = {}) =>
  `<div class="form-group${o.error ? ' has-error' : ''}"><label class="control-label" for="${id}">${label}</label><input type="text" class="form-control${o.date ? ' hasDatepicker' : ''}" id="${id}" name="${id}" value="${value}"${o.attrs ?? ''}>${o.error ? `<span class="help-block error-message">${o.error}</span>` : ''}</div>`;
const select = (id: string, label: string, chosen: string[], options: string[], o: { multiple?: boolean; prompt?: string } = {}) =>
  `<div class="form-group"><label class="control-label" for="${id}">${label}</label><select class="form-control" id="${id}" name="${id}"${o.multiple ? ' multiple size="3"' : ''}>${o.prompt ? `<option value="">${o.prompt}</option>` : ''}${options.map((v) => `<option value="${v}"${chosen.includes(v) ? ' selected' : ''}>${v}</option>`).join('')}</select></div>`;

const therapyTable = () =>
  `<fieldset><legend>Prior therapies</legend><table class="table table-condensed"><thead><tr><th>Drug</th><th>Dose</th><th>Start date</th><th>Stop date</th><th>Outcome</th><th></th></tr></thead><tbody class="therapies-view">${THERAPY_ROWS.map(
    (r, i) =>
      `<tr class="therapy-row" data-cid="c${i + 3}">${r.map((v, j) => `<td><input type="text" class="form-control input-sm" name="${['drug', 'dose', 'start', 'stop', 'outcome'][j]}" value="${v}"></td>`).join('')}<td><a href="#" class="js-remove-therapy" title="Remove">&times;</a></td></tr>`,
  ).join('')}</tbody></table><button type="button" class="btn btn-default btn-sm js-add-therapy">Add therapy</button></fieldset>`;

const uiDatepicker = () =>
  `<div id="ui-datepicker-div" class="ui-datepicker ui-widget ui-widget-content ui-helper-clearfix ui-corner-all" style="position: absolute; top: 311px; left: 15px; z-index: 1; display: none;"><div class="ui-datepicker-header ui-widget-header ui-helper-clearfix ui-corner-all"><a class="ui-datepicker-prev ui-corner-all" data-handler="prev" data-event="click" title="Prev"><span class="ui-icon ui-icon-circle-triangle-w">Prev</span></a><div class="ui-datepicker-title"><span class="ui-datepicker-month">November</span>&nbsp;<span class="ui-datepicker-year">2026</span></div></div><table class="ui-datepicker-calendar"><tbody><tr><td data-handler="selectDay" data-event="click" data-month="10" data-year="2026"><a class="ui-state-default" href="#">1</a></td><td class="ui-datepicker-current-day" data-handler="selectDay" data-event="click" data-month="10" data-year="2026"><a class="ui-state-default ui-state-active" href="#">2</a></td></tr></tbody></table></div>`;

const form = (body: string, alert = '') =>
  `${templates()}<div id="app"><form class="pa-request-view" novalidate>${alert}${body}<button type="submit" class="btn btn-primary">Submit</button></form></div>${uiDatepicker()}`;
const section = (title: string, body: string) => `<fieldset><legend>${title}</legend>${body}</fieldset>`;
const codes = ['M04.1', 'M06.1', 'M04.8'];

describe('Backbone views with Handlebars templates: plain Bootstrap 3 forms', () => {
  it('reads the full Ilaris request', () => {
    page(
      form(
        `${section('Member', `${text('memberId', 'Member ID', ILARIS['patient.memberId'])}${text('dob', 'Date of birth', ILARIS['patient.dob'], { date: true })}${text('weight', 'Weight (kg)', '72')}`)}${section('Diagnosis', select('icd10', 'ICD-10 codes', ['M04.1', 'M06.1'], codes, { multiple: true }))}${section(
          'Medication',
          `${select('drugName', 'Drug name', [ILARIS['drug.name']], ['Ilaris (canakinumab)', 'Kineret (anakinra)'], { prompt: '-- Select --' })}${text('hcpcs', 'HCPCS code', 'J0638')}${text('ndc', 'NDC', ILARIS['drug.ndc'])}${text('dose', 'Dose (mg)', '150')}${text('units', 'Billing units', '150')}${select('frequency', 'Frequency', ['Every 4 weeks'], ['Every 4 weeks', 'Every 8 weeks', 'Once'], { prompt: '-- Select --' })}`,
        )}${section('Labs', `${text('crp', 'CRP (mg/L)', '24')}${text('crpDate', 'CRP collection date', ILARIS['labs.crpDate'], { date: true })}`)}${therapyTable()}${section('Prescriber', text('npi', 'Prescriber NPI', ILARIS['prescriber.npi']))}`,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('takes nothing from the Handlebars template sources left in script blocks', () => {
    page(form(text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])));
    expect(read()).toEqual({ 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('script');
  });

  it('reads an invalid field as empty and names it by its label, not the validation message', () => {
    page(
      form(
        `${text('memberId', 'Member ID', '', { error: 'Member ID is required' })}${text('npi', 'Prescriber NPI', '12345', { error: 'NPI must be 10 digits' })}`,
        '<div class="alert alert-danger" role="alert">Please correct the 2 errors below.</div>',
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': '12345' });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads the therapy row views under their column headers, not the remove links', () => {
    page(form(therapyTable()));
    expect(read()).toEqual({ ...THERAPIES });
    noDuplicatePaths();
  });

  it('reads datepicker inputs as shown and nothing from the closed #ui-datepicker-div', () => {
    page(
      form(
        `${text('dob', 'Date of birth', ILARIS['patient.dob'], { date: true })}${text('crpDate', 'CRP collection date', '', { date: true })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': '' });
    nothingFrom('#ui-datepicker-div');
  });

  it('reads a select left on its prompt as empty and a multiple select with none chosen as empty', () => {
    page(
      form(
        `${select('frequency', 'Frequency', [], ['Every 4 weeks', 'Every 8 weeks', 'Once'], { prompt: '-- Select --' })}${select('icd10', 'ICD-10 codes', [], codes, { multiple: true })}`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': '', 'diagnosis.codes.0': '' });
  });

  it('reads a read-only field by its value', () => {
    page(form(text('memberId', 'Member ID', ILARIS['patient.memberId'], { attrs: ' readonly' })));
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'] });
  });
});
