import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, noDuplicatePaths } from './ilaris';

/**
 * Server-rendered forms:
 * - Django + django-crispy-forms (bootstrap4 template pack): `div#div_id_<name>.form-group` with
 *   `label[for=id_<name>].col-form-label(.requiredField)` and `span.asteriskField` "*", the control
 *   (`AppendedText` as an input-group with `span.input-group-text`), `small#hint_id_<name>.form-text.text-muted`,
 *   errors as `span#error_1_id_<name>.invalid-feedback > strong` after an `.is-invalid` control;
 *   a formset drawn by `bootstrap4/table_inline_formset.html`: the management form's hidden
 *   `id_form-TOTAL_FORMS`… inputs, a header row of `th.col-form-label` labels, a hidden
 *   `tr.d-none.empty-form` template row (`id_form-__prefix__-drug`), then rows of
 *   `td#div_id_form-0-drug.form-group > input#id_form-0-drug` and a DELETE checkbox column;
 * - Rails simple_form (default wrapper): `div.input.string.required.pa_request_<attr>` with
 *   `label.string.required[for]` (`abbr[title=required]` "*"), the input `#pa_request_<attr>[name=pa_request[<attr>]]`,
 *   `span.hint`, and `span.error` on a `div.field_with_errors`; a `date` attribute as Rails'
 *   `date_select` (year `_1i`, month `_2i`, day `_3i` selects); nested prior therapies with
 *   `simple_fields_for` (`pa_request[prior_therapies_attributes][0][drug]`) in `div.nested-fields`
 *   (cocoon) with a hidden `_destroy` input and a "remove" link.
 * Written from crispy-forms' and simple_form's templates as remembered.
 */

let style: HTMLStyleElement;
beforeEach(() => {
  style = document.createElement('style');
  style.textContent = '.d-none{display:none!important}';
  document.head.append(style);
});
afterEach(() => style.remove());

// ---------- crispy ----------
type C = { appended?: string; hint?: string; error?: string; required?: boolean };
const crispy = (name: string, label: string, value: string, o: C = {}) => {
  const input = `<input type="text" name="${name}" value="${value}" maxlength="100" class="textinput textInput form-control${o.error ? ' is-invalid' : ''}"${o.required ? ' required' : ''} id="id_${name}">`;
  const err = o.error ? `<span id="error_1_id_${name}" class="invalid-feedback"><strong>${o.error}</strong></span>` : '';
  return `<div id="div_id_${name}" class="form-group row">
    <label for="id_${name}" class="col-form-label col-lg-3${o.required ? ' requiredField' : ''}">${label}${o.required ? '<span class="asteriskField">*</span>' : ''}</label>
    <div class="col-lg-8">
      ${o.appended ? `<div class="input-group">${input}<div class="input-group-append"><span class="input-group-text">${o.appended}</span></div>${err}</div>` : `${input}${err}`}
      ${o.hint ? `<small id="hint_id_${name}" class="form-text text-muted">${o.hint}</small>` : ''}
    </div>
  </div>`;
};
const crispySelect = (name: string, label: string, options: [string, string][], chosen: string) =>
  `<div id="div_id_${name}" class="form-group row"><label for="id_${name}" class="col-form-label col-lg-3">${label}</label><div class="col-lg-8"><select name="${name}" class="select form-control" id="id_${name}">${options
    .map(([v, t]) => `<option value="${v}"${v === chosen ? ' selected' : ''}>${t}</option>`)
    .join('')}</select></div></div>`;

const COLS = ['drug', 'dose', 'start', 'stop', 'outcome'];
const HEAD = ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'];
const formsetRow = (prefix: string, values: string[], hidden = false) =>
  `<tr${hidden ? ' class="d-none empty-form"' : ''}>${COLS.map(
    (k, c) =>
      `<td id="div_id_form-${prefix}-${k}" class="form-group"><input type="text" name="form-${prefix}-${k}" class="textinput textInput form-control"${values[c] ? ` value="${values[c]}"` : ''} id="id_form-${prefix}-${k}"></td>`,
  ).join(
    '',
  )}<td id="div_id_form-${prefix}-DELETE" class="form-group"><div class="form-check"><input type="checkbox" name="form-${prefix}-DELETE" class="checkboxinput form-check-input" id="id_form-${prefix}-DELETE"></div></td></tr>`;

const formset = (rows: string[][]) => `<h4>Prior therapies</h4>
  <input type="hidden" name="form-TOTAL_FORMS" value="${rows.length}" id="id_form-TOTAL_FORMS"><input type="hidden" name="form-INITIAL_FORMS" value="0" id="id_form-INITIAL_FORMS"><input type="hidden" name="form-MIN_NUM_FORMS" value="0" id="id_form-MIN_NUM_FORMS"><input type="hidden" name="form-MAX_NUM_FORMS" value="1000" id="id_form-MAX_NUM_FORMS">
  <table class="table table-striped table-sm"><thead><tr>${HEAD.map((h, c) => `<th for="id_form-0-${COLS[c]}" class="col-form-label">${h}</th>`).join('')}<th for="id_form-0-DELETE" class="col-form-label">Delete</th></tr></thead>
  <tbody>${formsetRow('__prefix__', [], true)}${rows.map((r, i) => formsetRow(String(i), r)).join('')}</tbody></table>`;

const djangoPage =
  () => `<form method="post" action="/pa/new/" class="form-horizontal"><input type="hidden" name="csrfmiddlewaretoken" value="abc123">
  <fieldset><legend>Patient</legend>
    ${crispy('dob', 'Date of birth', '03/02/1980', { required: true, hint: 'Format: MM/DD/YYYY' })}
    ${crispy('weight', 'Weight', '70', { appended: 'kg', required: true })}
  </fieldset>
  <fieldset><legend>Diagnosis</legend>
    ${crispy('icd_primary', 'Primary ICD-10 code', 'M04.1', { required: true })}
    ${crispy('icd_secondary', 'Secondary ICD-10 code', 'M04.2', { hint: 'Optional' })}
  </fieldset>
  <fieldset><legend>Medication</legend>
    ${crispy('drug_name', 'Drug name', 'Ilaris (canakinumab)', { required: true })}
    ${crispy('hcpcs', 'HCPCS code', 'J0638')}
    ${crispy('ndc', 'NDC', '00078-0734-61', { hint: '11 digits, 5-4-2; billing units are per NDC' })}
    ${crispy('dose', 'Dose', '150', { appended: 'mg', required: true })}
    ${crispy('billing_units', 'Billing units', '150')}
    ${crispy('frequency', 'Frequency', 'every 4 weeks')}
    ${crispySelect(
      'place_of_service',
      'Place of service',
      [
        ['', '---------'],
        ['11', '11 - Office'],
        ['22', '22 - Outpatient hospital'],
      ],
      '11',
    )}
  </fieldset>
  <fieldset><legend>Laboratory</legend>
    ${crispy('crp', 'CRP', '4.5', { appended: 'mg/L' })}
    ${crispy('crp_date', 'CRP collection date', '11/12/2026')}
  </fieldset>
  ${formset([['colchicine', '0.6 mg twice daily', '01/05/2026', '03/20/2026', 'inadequate response']])}
  <fieldset><legend>Prescriber</legend>${crispy('npi', 'Prescriber NPI', '1234567893', { required: true })}</fieldset>
  <input type="submit" name="submit" value="Submit" class="btn btn-primary" id="submit-id-submit">
</form>`;

// ---------- simple_form ----------
type S = { hint?: string; error?: string; required?: boolean };
const sf = (attr: string, label: string, value: string, o: S = {}, model = 'pa_request') => {
  const req = o.required ? ' required' : ' optional';
  const input = `<input class="string${req}${o.error ? ' is-invalid' : ''}" type="text" value="${value}" name="${model}[${attr}]" id="${model}_${attr}"${o.required ? ' required="required" aria-required="true"' : ''}>`;
  return `<div class="input string${req} ${model}_${attr}${o.error ? ' field_with_errors' : ''}"><label class="string${req}" for="${model}_${attr}">${o.required ? '<abbr title="required">*</abbr> ' : ''}${label}</label>${input}${o.hint ? `<span class="hint">${o.hint}</span>` : ''}${o.error ? `<span class="error">${o.error}</span>` : ''}</div>`;
};
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const dateSelect = (attr: string, label: string, y: number, m: number, d: number) =>
  `<div class="input date required pa_request_${attr}"><label class="date required" for="pa_request_${attr}_1i"><abbr title="required">*</abbr> ${label}</label>
    <select id="pa_request_${attr}_1i" name="pa_request[${attr}(1i)]" class="date required">${[1979, 1980, 1981].map((v) => `<option value="${v}"${v === y ? ' selected="selected"' : ''}>${v}</option>`).join('')}</select>
    <select id="pa_request_${attr}_2i" name="pa_request[${attr}(2i)]" class="date required">${MONTHS.map((mm, i) => `<option value="${i + 1}"${i + 1 === m ? ' selected="selected"' : ''}>${mm}</option>`).join('')}</select>
    <select id="pa_request_${attr}_3i" name="pa_request[${attr}(3i)]" class="date required">${Array.from({ length: 31 }, (_, i) => `<option value="${i + 1}"${i + 1 === d ? ' selected="selected"' : ''}>${i + 1}</option>`).join('')}</select>
  </div>`;
const nested = (i: number, t: string[]) => {
  const m = `pa_request[prior_therapies_attributes][${i}]`;
  const id = `pa_request_prior_therapies_attributes_${i}`;
  const f = (k: string, label: string, v: string) =>
    `<div class="input string optional ${id}_${k}"><label class="string optional" for="${id}_${k}">${label}</label><input class="string optional" type="text" value="${v}" name="${m}[${k}]" id="${id}_${k}"></div>`;
  return `<div class="nested-fields">${f('drug', 'Drug', t[0]!)}${f('dose', 'Dose', t[1]!)}${f('start_date', 'Start date', t[2]!)}${f('stop_date', 'Stop date', t[3]!)}${f('outcome', 'Outcome', t[4]!)}<input type="hidden" value="false" name="${m}[_destroy]" id="${id}__destroy"><a class="remove_fields dynamic" href="#">remove therapy</a></div>`;
};

const railsPage = (
  therapies: string[][],
) => `<form class="simple_form new_pa_request" id="new_pa_request" novalidate="novalidate" action="/pa_requests" accept-charset="UTF-8" method="post"><input type="hidden" name="authenticity_token" value="tok" autocomplete="off">
  <h3>Patient</h3>
  ${dateSelect('dob', 'Date of birth', 1980, 3, 2)}
  ${sf('weight_kg', 'Weight (kg)', '70', { required: true })}
  <h3>Diagnosis</h3>
  ${sf('icd_primary', 'Primary ICD-10 code', 'M04.1', { required: true, hint: 'e.g. M04.1, no spaces' })}
  ${sf('icd_secondary', 'Secondary ICD-10 code', 'M04.2')}
  <h3>Medication</h3>
  ${sf('drug_name', 'Drug name', 'Ilaris (canakinumab)', { required: true })}
  ${sf('hcpcs', 'HCPCS code', 'J0638')}
  ${sf('ndc', 'NDC', '00078-0734-61', { hint: 'Dose in mg goes below' })}
  ${sf('dose_mg', 'Dose (mg)', '150', { required: true })}
  ${sf('billing_units', 'Billing units', '150')}
  ${sf('frequency', 'Frequency', 'every 4 weeks')}
  <div class="input select optional pa_request_place_of_service"><label class="select optional" for="pa_request_place_of_service">Place of service</label><select class="select optional" name="pa_request[place_of_service]" id="pa_request_place_of_service"><option value="" label=" "></option><option selected="selected" value="11">11 - Office</option><option value="22">22 - Outpatient hospital</option></select></div>
  <h3>Laboratory</h3>
  ${sf('crp_mg_l', 'CRP (mg/L)', '4.5')}
  ${sf('crp_date', 'CRP collection date', '11/12/2026')}
  <h3>Prior therapies</h3>
  <div id="prior_therapies">${therapies.map((t, i) => nested(i, t)).join('')}<div class="links"><a class="add_fields" data-association="prior_therapy" href="#">add therapy</a></div></div>
  <h3>Prescriber</h3>
  ${sf('npi', 'Prescriber NPI', '1234567893', { required: true })}
  <input type="submit" name="commit" value="Submit request" class="btn" data-disable-with="Submit request">
</form>`;

const WHOLE = { ...ILARIS, 'diagnosis.codes.0': 'M04.1', 'diagnosis.codes.1': 'M04.2', 'drug.placeOfService': '11 - Office' };
const THERAPY = ['colchicine', '0.6 mg twice daily', '01/05/2026', '03/20/2026', 'inadequate response'];
const THERAPY2 = ['anakinra', '100 mg daily', '04/01/2026', '06/30/2026', 'injection-site reactions'];

describe('Django crispy-forms (bootstrap4)', () => {
  it('reads the whole Ilaris request, each path once', () => {
    page(djangoPage());
    expect(read()).toEqual(WHOLE);
    noDuplicatePaths();
  });

  it('takes the AppendedText units', () => {
    page(djangoPage());
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
  });

  it('reads a field with an invalid-feedback error as empty, the message no value or label', () => {
    page(
      `<form>${crispy('dose', 'Dose', '', { appended: 'mg', error: 'Billing units must be entered.' })}${crispy('billing_units', 'Billing units', '150')}</form>`,
    );
    expect(read()).toEqual({ 'drug.dose': '', 'drug.units': '150' });
    expect(field('drug.dose')?.label).not.toMatch(/billing/i);
  });

  it('numbers formset rows from form-0, skipping the hidden empty-form template and the DELETE boxes', () => {
    page(`<form>${formset([THERAPY, THERAPY2])}</form>`);
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

describe('Rails simple_form', () => {
  it('reads the whole Ilaris request, each path once', () => {
    page(railsPage([THERAPY]));
    expect(read()).toEqual({ ...WHOLE, 'patient.dob': '3/2/1980' });
    noDuplicatePaths();
  });

  it('reads a date_select (year _1i, month _2i, day _3i) as one date', () => {
    page(`<form class="simple_form">${dateSelect('dob', 'Date of birth', 1980, 3, 2)}</form>`);
    expect(read()).toEqual({ 'patient.dob': '3/2/1980' });
  });

  it('implies the units written in the labels', () => {
    page(railsPage([THERAPY]));
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
  });

  it('reads neither a hint nor an error span as a label or value', () => {
    page(
      `<form class="simple_form">${sf('ndc', 'NDC', '00078-0734-61', { hint: 'Dose (mg) is entered below' })}${sf('dose_mg', 'Dose (mg)', '', { required: true, error: "can't be blank" })}${sf('frequency', 'Frequency', 'every 4 weeks')}</form>`,
    );
    expect(read()).toEqual({ 'drug.ndc': '00078-0734-61', 'drug.dose': '', 'drug.frequency': 'every 4 weeks' });
  });

  it('numbers nested prior therapies by their attributes index', () => {
    page(railsPage([THERAPY, THERAPY2]));
    expect(read()).toMatchObject({
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.0.outcome': 'inadequate response',
      'priorTherapies.1.drug': 'anakinra',
      'priorTherapies.1.start': '04/01/2026',
      'priorTherapies.1.outcome': 'injection-site reactions',
    });
    noDuplicatePaths();
  });
});
