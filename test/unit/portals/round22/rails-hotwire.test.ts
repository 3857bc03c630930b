import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, ISO_THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Rails 8 form builders with Hotwire (rails/rails at 2a2db1e, 8.2.0.alpha: actionview/lib/action_view/helpers/
 * form_helper.rb, date_helper.rb (DateTimeSelector#build_select, select_month, build_day_options),
 * tags/collection_helpers.rb + tags/collection_check_boxes.rb, tags/base.rb#sanitized_value), Simple Form 5.4.1
 * (heartcombo/simple_form at 18f38aa: lib/generators/simple_form/templates/config/initializers/simple_form.rb, the
 * default wrapper; components/labels.rb, components/html5.rb, inputs/date_time_input.rb#label_target,
 * inputs/collection_radio_buttons_input.rb, tags.rb), Turbo's `<turbo-frame>` and stimulus-rails-nested-form's
 * documented markup (stimulus-components/stimulus-components: content/docs/stimulus-rails-nested-form.md):
 * - form_with: `input[type=text][name="request[drug_name]"]#request_drug_name`, `label[for=request_drug_name]`;
 *   `f.label :date_of_birth` points at `request_date_of_birth`, which no element has (the selects are `_1i/_2i/_3i`).
 * - date_select (en order year, month, day): `select#request_date_of_birth_1i[name="request[date_of_birth(1i)]"]`
 *   of years middle±5, `_2i` months (value 1..12, text "January"…), `_3i` days (value 1..31, text "1"…).
 * - `f.select …, multiple: true` writes a hidden `name="request[diagnosis_codes][]" value=""` input before the select.
 * - collection_check_boxes: a hidden `input[name="request[diagnosis_codes][]"][value=""][autocomplete=off]` first,
 *   then per item `input[type=checkbox]#request_diagnosis_codes_m04_1` + `label[for]` (the value sanitized).
 * - fields_for with nested attributes: `request[prior_therapies_attributes][0][drug]` (Rails names the key after the
 *   association, snake_case), a hidden `[id]` input after each persisted record's fields; the Stimulus nested form
 *   keeps a blank row in `<template data-nested-form-target="template">` (child_index NEW_RECORD) and hides a removed
 *   persisted row with `style="display: none;"`, its `_destroy` set to 1.
 * - field_error_proc wraps the label and the input each in `div.field_with_errors`; the scaffold lists the errors in
 *   a red `div` with an h2 above the form.
 * - Simple Form default wrapper: `div.input.string.required.request_drug_name` > `label.string.required[for]` holding
 *   `<abbr title="required">*</abbr> Drug name`, `input.string.required`, `span.hint`, `span.error`
 *   (wrapper classed `field_with_errors`, input `aria-invalid`); check_boxes: `label.check_boxes` with no `for`,
 *   the hidden "" input, `span.checkbox > label[for] > input + text` (boolean_style :nested).
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const opt = (value: string | number, text: string | number, chosen: boolean) =>
  `<option value="${value}"${chosen ? ' selected="selected"' : ''}>${text}</option>\n`;

/** Rails' date_select for `attr` (three selects, year first), with `cls` when Simple Form passes its classes */
const dateSelect = (attr: string, y: number, m: number, d: number, cls = '') => {
  const c = cls ? ` class="${cls}"` : '';
  const years = Array.from({ length: 11 }, (_, i) => y - 5 + i);
  return `<select id="request_${attr}_1i" name="request[${attr}(1i)]"${c}>\n${years.map((v) => opt(v, v, v === y)).join('')}</select>
<select id="request_${attr}_2i" name="request[${attr}(2i)]"${c}>\n${MONTHS.map((n, i) => opt(i + 1, n, i + 1 === m)).join('')}</select>
<select id="request_${attr}_3i" name="request[${attr}(3i)]"${c}>\n${Array.from({ length: 31 }, (_, i) => opt(i + 1, i + 1, i + 1 === d)).join('')}</select>\n`;
};

type F = { type?: string; error?: boolean; readonly?: boolean };
const label = (attr: string, text: string, error?: boolean) => {
  const l = `<label for="request_${attr}">${text}</label>`;
  return error ? `<div class="field_with_errors">${l}</div>` : l;
};
const input = (attr: string, value: string, o: F = {}) => {
  const i = `<input${o.readonly ? ' readonly="readonly"' : ''} type="${o.type ?? 'text'}" value="${value}" name="request[${attr}]" id="request_${attr}">`;
  return o.error ? `<div class="field_with_errors">${i}</div>` : i;
};
const text = (attr: string, lbl: string, value: string, o: F = {}) =>
  `<div>\n${label(attr, lbl, o.error)}\n${input(attr, value, o)}\n</div>`;

const select = (attr: string, lbl: string, options: [string, string][], chosen: string | null, prompt?: string) =>
  `<div>\n${label(attr, lbl)}\n<select name="request[${attr}]" id="request_${attr}">${chosen === null && prompt ? `<option value="">${prompt}</option>` : ''}${options
    .map(([v, t]) => opt(v, t, v === chosen))
    .join('')}</select>\n</div>`;

const CODES = ['M04.1', 'M06.1', 'M04.8'];
const checkBoxes = (chosen: string[]) =>
  `<fieldset>\n<legend>ICD-10 codes</legend>\n<input type="hidden" name="request[diagnosis_codes][]" value="" autocomplete="off">${CODES.map(
    (c) => {
      const id = `request_diagnosis_codes_${c.toLowerCase().replace('.', '_')}`;
      return `<input type="checkbox" value="${c}"${chosen.includes(c) ? ' checked="checked"' : ''} name="request[diagnosis_codes][]" id="${id}"><label for="${id}">${c}</label>`;
    },
  ).join('')}\n</fieldset>`;

type Row = { drug: string; dose: string; start: string; stop: string; outcome: string };
/** one `_prior_therapy_fields` partial in its nested-form wrapper; `removed` = hidden by the Stimulus controller */
const therapy = (idx: string, r: Row, o: { persisted?: number; removed?: boolean } = {}) => {
  const n = (k: string) => `request[prior_therapies_attributes][${idx}][${k}]`;
  const id = (k: string) => `request_prior_therapies_attributes_${idx}_${k}`;
  const f = (k: keyof Row, lbl: string, type = 'text') =>
    `<div>\n<label for="${id(k)}">${lbl}</label>\n<input type="${type}"${r[k] ? ` value="${r[k]}"` : ''} name="${n(k)}" id="${id(k)}">\n</div>`;
  return `<div class="nested-form-wrapper" data-new-record="${o.persisted ? 'false' : 'true'}"${o.removed ? ' style="display: none;"' : ''}>
${f('drug', 'Drug')}${f('dose', 'Dose')}${f('start', 'Start date', 'date')}${f('stop', 'Stop date', 'date')}${f('outcome', 'Outcome')}
<button type="button" data-action="nested-form#remove">Remove therapy</button>
<input autocomplete="off" type="hidden" value="${o.removed ? '1' : 'false'}" name="${n('_destroy')}" id="${id('_destroy')}">
</div>${o.persisted ? `<input autocomplete="off" type="hidden" value="${o.persisted}" name="${n('id')}" id="${id('id')}">` : ''}`;
};
const ROW = (i: 0 | 1): Row => ({
  drug: ISO_THERAPIES[`priorTherapies.${i}.drug`],
  dose: ISO_THERAPIES[`priorTherapies.${i}.dose`],
  start: ISO_THERAPIES[`priorTherapies.${i}.start`],
  stop: ISO_THERAPIES[`priorTherapies.${i}.stop`],
  outcome: ISO_THERAPIES[`priorTherapies.${i}.outcome`],
});
const BLANK: Row = { drug: '', dose: '', start: '', stop: '', outcome: '' };
const therapies = (rows: string) =>
  `<fieldset>\n<legend>Prior therapies</legend>\n<template data-nested-form-target="template">${therapy('NEW_RECORD', BLANK)}</template>\n${rows}\n<div data-nested-form-target="target"></div>\n<button type="button" data-action="nested-form#add">Add therapy</button>\n</fieldset>`;

const form = (body: string, before = '') =>
  `<main class="container">${before}<turbo-frame id="new_request"><form data-controller="nested-form" data-nested-form-wrapper-selector-value=".nested-form-wrapper" action="/prior_auth_requests" accept-charset="UTF-8" method="post"><input type="hidden" name="authenticity_token" value="Vq3k9LxR-2fXn0cX7yJZ" autocomplete="off">
${body}
<div>\n<input type="submit" name="commit" value="Create Request" data-disable-with="Create Request">\n</div>
</form></turbo-frame><turbo-frame id="eligibility_summary" src="/eligibility/summary" loading="lazy"></turbo-frame></main>`;

const FREQUENCIES: [string, string][] = [
  ['q4w', 'Every 4 weeks'],
  ['q8w', 'Every 8 weeks'],
  ['once', 'Once'],
];

const fullPage = (rows = `${therapy('0', ROW(0), { persisted: 41 })}${therapy('1', ROW(1), { persisted: 42 })}`) =>
  form(`<h2>Patient</h2>
${text('member_id', 'Member ID', ILARIS['patient.memberId'])}
<div>\n${label('date_of_birth', 'Date of birth')}\n${dateSelect('date_of_birth', 1988, 3, 14)}</div>
${text('weight_kg', 'Weight (kg)', '72', { type: 'number' })}
<h2>Diagnosis</h2>
${checkBoxes(['M04.1', 'M06.1'])}
<h2>Medication</h2>
${text('drug_name', 'Drug name', ILARIS['drug.name'])}
${text('hcpcs_code', 'HCPCS code', ILARIS['drug.hcpcs'])}
${text('ndc', 'NDC', ILARIS['drug.ndc'])}
${text('dose_mg', 'Dose (mg)', '150', { type: 'number' })}
${text('billing_units', 'Billing units', '150', { type: 'number' })}
${select('frequency', 'Frequency', FREQUENCIES, 'q4w', 'Select a frequency')}
<h2>Labs</h2>
${text('crp_mg_l', 'CRP (mg/L)', '24', { type: 'number' })}
${text('crp_collected_on', 'CRP collection date', '2026-11-02', { type: 'date' })}
${therapies(rows)}
<h2>Prescriber</h2>
${text('prescriber_npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`);

const WHOLE = {
  ...ILARIS,
  ...ISO_THERAPIES,
  'patient.dob': '3/14/1988',
  'labs.crpDate': '2026-11-02',
  'diagnosis.codes.0': 'M04.1, M06.1',
  'drug.frequency': 'Every 4 weeks',
};

// Simple Form's default wrapper
const sf = (attr: string, lbl: string, value: string, o: { required?: boolean; hint?: string; error?: string } = {}) => {
  const req = o.required ? 'required' : 'optional';
  return `<div class="input string ${req} request_${attr}${o.error ? ' field_with_errors' : ''}"><label class="string ${req}" for="request_${attr}">${
    o.required ? '<abbr title="required">*</abbr> ' : ''
  }${lbl}</label><input class="string ${req}"${o.error ? ' aria-invalid="true"' : ''} type="text" value="${value}" name="request[${attr}]" id="request_${attr}">${
    o.hint ? `<span class="hint">${o.hint}</span>` : ''
  }${o.error ? `<span class="error">${o.error}</span>` : ''}</div>`;
};
const simpleForm = (body: string) =>
  `<turbo-frame id="new_request"><form novalidate="novalidate" class="simple_form new_request" id="new_request" action="/prior_auth_requests" accept-charset="UTF-8" method="post"><input type="hidden" name="authenticity_token" value="Vq3k9LxR" autocomplete="off">${body}<input type="submit" name="commit" value="Create Request" class="btn" data-disable-with="Create Request"></form></turbo-frame>`;

describe('Rails 8 form_with + Hotwire: date_select, collection_check_boxes, fields_for in a Stimulus nested form', () => {
  it('reads the full Ilaris request in its turbo-frame', () => {
    page(fullPage());
    expect(read()).toEqual(WHOLE);
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('reads a date_select whose label points at no select (for="request_date_of_birth") as one date', () => {
    page(form(`<div>\n${label('date_of_birth', 'Date of birth')}\n${dateSelect('date_of_birth', 1988, 3, 14)}</div>`));
    expect(read()).toEqual({ 'patient.dob': '3/14/1988' });
  });

  it('reads collection_check_boxes as the chosen codes, not the hidden "" input before them', () => {
    page(form(checkBoxes(['M04.1', 'M06.1'])));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom('input[type=hidden]');
  });

  it('reads a multiple select as its chosen codes, the hidden "" input Rails writes before it no field', () => {
    page(
      form(
        `<div>\n${label('diagnosis_codes', 'ICD-10 codes')}\n<input name="request[diagnosis_codes][]" type="hidden" value="" autocomplete="off"><select multiple="multiple" name="request[diagnosis_codes][]" id="request_diagnosis_codes">${CODES.map((c) => opt(c, c, c !== 'M04.8')).join('')}</select>\n</div>`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom('input[type=hidden]');
  });

  it('reads a select still showing its prompt as empty', () => {
    page(form(select('frequency', 'Frequency', FREQUENCIES, null, 'Select a frequency')));
    expect(read()).toEqual({ 'drug.frequency': '' });
  });

  it('takes nothing from the blank row in the nested-form template', () => {
    page(fullPage());
    expect(read()).toEqual(WHOLE);
    nothingFrom('template');
  });

  it('takes nothing from a persisted row the nested form removed (hidden inline, _destroy set to 1)', () => {
    const removed: Row = {
      drug: 'methotrexate',
      dose: '15 mg weekly',
      start: '2025-03-01',
      stop: '2025-09-01',
      outcome: 'Elevated liver enzymes',
    };
    page(
      fullPage(
        `${therapy('0', ROW(0), { persisted: 41 })}${therapy('1', ROW(1), { persisted: 42 })}${therapy('2', removed, { persisted: 43, removed: true })}`,
      ),
    );
    expect(read()).toEqual(WHOLE);
    nothingFrom('.nested-form-wrapper[style]');
  });

  it('numbers a row added from the template (a timestamp child index) after the persisted ones', () => {
    page(fullPage(`${therapy('0', ROW(0), { persisted: 41 })}${therapy('1733310000000', ROW(1))}`));
    expect(read()).toEqual(WHOLE);
  });

  it('reads a field wrapped in field_with_errors by its label, the scaffold error list above the form no label', () => {
    page(
      form(
        `${text('member_id', 'Member ID', ILARIS['patient.memberId'], { readonly: true })}${text('prescriber_npi', 'Prescriber NPI', '', { error: true })}`,
        `<div style="color: red">\n<h2>1 error prohibited this request from being saved:</h2>\n<ul>\n<li>Prescriber NPI can't be blank</li>\n</ul>\n</div>`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': '' });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });
});

describe('Simple Form 5 default wrapper (abbr required marker, hint, error, date and check_boxes inputs)', () => {
  it('names inputs by their labels without the required abbr, the hint or the error', () => {
    page(
      simpleForm(
        `${sf('member_id', 'Member ID', ILARIS['patient.memberId'], { required: true, hint: 'As printed on the card' })}${sf('drug_name', 'Drug name', ILARIS['drug.name'], { required: true })}${sf('prescriber_npi', 'Prescriber NPI', '', { required: true, error: "can't be blank" })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'drug.name': ILARIS['drug.name'], 'prescriber.npi': '' });
    expect(field('drug.name')?.label).toBe('Drug name');
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads a date input (label for _1i, selects classed "date required") and check_boxes nested in their labels', () => {
    const boxes = CODES.map((c) => {
      const id = `request_diagnosis_codes_${c.toLowerCase().replace('.', '_')}`;
      return `<span class="checkbox"><label for="${id}"><input class="check_boxes optional" type="checkbox" value="${c}"${c !== 'M04.8' ? ' checked="checked"' : ''} name="request[diagnosis_codes][]" id="${id}">${c}</label></span>`;
    }).join('');
    page(
      simpleForm(
        `<div class="input date required request_date_of_birth"><label class="date required" for="request_date_of_birth_1i"><abbr title="required">*</abbr> Date of birth</label>${dateSelect('date_of_birth', 1988, 3, 14, 'date required')}</div><div class="input check_boxes optional request_diagnosis_codes"><label class="check_boxes optional">ICD-10 codes</label><input type="hidden" name="request[diagnosis_codes][]" value="" autocomplete="off">${boxes}</div>`,
      ),
    );
    expect(read()).toEqual({ 'patient.dob': '3/14/1988', 'diagnosis.codes.0': 'M04.1, M06.1' });
  });
});
