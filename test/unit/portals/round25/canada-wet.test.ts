import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ISO_REQUEST, ISO_THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Canada.ca WET 4 / GCWeb 19.4 (plain HTML patterns; wet-boew/GCWeb at a2b3f41: common/form/complex-structure-form-en.html
 * (form-horizontal form-groups, `label.control-label.required > span.field-name` + `strong.required[aria-hidden]`
 * "(required)", selects whose first `option[label="Make your selection"]` is empty, a hidden `div.hidden` branch),
 * components/gc-chckbxrdio/gc-chckbxrdio-en.html (`fieldset.gc-chckbxrdio > legend` + `ul.list-unstyled.lst-spcd-2 >
 * li.checkbox|radio > input + label[for]`), common/scaffolding/forms.html (type=date); wet-boew/wet-boew at 5c5d9e2
 * (4.0.97): src/plugins/formvalid/formvalid.js (jQuery Validate's `strong#<id>-error.error > span.label.label-danger >
 * span.prefix` "Error&#160;1: " + the message appended INSIDE the field's `label[for]`, or inside the legend of a
 * checkbox/radio group; `.has-error` on the form-group; the summary `section#errors-<form>.alert.alert-danger` prepended
 * to the form: "The form could not be submitted because 1 error was found." and a list of links "Error 1: <field
 * name> - <message>"; the `div.arialive.wb-inv` live region), src/polyfills/datepicker/test.js (the label's
 * `span.datepicker-format` " (YYYY-MM-DD)").
 */

let errors: { id: string; name: string; message: string }[] = [];
const req = ' <strong class="required" aria-hidden="true">(required)</strong>';
const errorIn = (id: string, message: string) => {
  errors.push({ id, name: '', message });
  return `<strong id="${id}-error" class="error"><span class="label label-danger"><span class="prefix">Error&#160;${errors.length}: </span>${message}</span></strong>`;
};
type Opts = { required?: boolean; error?: string; hint?: string; type?: string };
const group = (id: string, label: string, control: string, o: Opts = {}) => {
  const error = o.error ? errorIn(id, o.error) : '';
  if (o.error) errors[errors.length - 1]!.name = label;
  return `<div class="form-group${o.error ? ' has-error' : ''}"><label for="${id}" class="col-sm-3 control-label mrgn-tp-0${o.required ? ' required' : ''}"><span class="field-name">${label}</span>${o.required ? req : ''}${o.type === 'date' ? '<span class="datepicker-format"> (<abbr title="Four digits year, dash, two digits month, dash, two digits day">YYYY-MM-DD</abbr>)</span>' : ''}${error}</label><div class="col-sm-9">${control}${o.hint ? `<p class="help-block mrgn-bttm-0" id="${id}-hint">${o.hint}</p>` : ''}</div></div>`;
};
const input = (id: string, label: string, value: string, o: Opts = {}) =>
  group(
    id,
    label,
    `<input class="form-control${o.error ? ' error' : ''}" id="${id}" name="${id}" type="${o.type ?? 'text'}" value="${value}"${o.required ? ' required="required"' : ''}${o.error ? ` aria-invalid="true" aria-describedby="${id}-error"` : o.hint ? ` aria-describedby="${id}-hint"` : ''}>`,
    o,
  );
const select = (id: string, label: string, value: string, options: string[], o: Opts = {}) =>
  group(
    id,
    label,
    `<select class="form-control" id="${id}" name="${id}"${o.required ? ' required="required"' : ''}><option label="Make your selection"${value ? '' : ' selected'}></option>${options.map((v) => `<option value="${v}"${v === value ? ' selected' : ''}>${v}</option>`).join('')}</select>`,
    o,
  );
const choices = (kind: 'checkbox' | 'radio', name: string, legend: string, chosen: string[], options: string[], o: Opts = {}) =>
  `<fieldset class="gc-chckbxrdio"><legend${o.required ? ' class="required"' : ''}><span class="field-name">${legend}</span>${o.required ? req : ''}${o.error ? errorIn(`${name}0`, o.error) : ''}</legend><ul class="list-unstyled lst-spcd-2">${options
    .map(
      (v, i) =>
        `<li class="${kind}"><input type="${kind}" id="${name}${i}" name="${name}" value="${v}"${chosen.includes(v) ? ' checked' : ''}${o.required && i === 0 ? ' required="required"' : ''}><label for="${name}${i}">${v}</label></li>`,
    )
    .join('')}</ul></fieldset>`;
const therapyTable = () =>
  `<table class="table table-bordered table-condensed"><caption>Prior therapies</caption><thead><tr><th scope="col">Drug</th><th scope="col">Dose</th><th scope="col">Start date</th><th scope="col">Stop date</th><th scope="col">Outcome</th></tr></thead><tbody>${(
    [0, 1] as const
  )
    .map((i) => {
      const cell = (k: 'drug' | 'dose' | 'start' | 'stop' | 'outcome', label: string) =>
        `<td><label for="t${i}${k}" class="wb-inv">${label}, therapy ${i + 1}</label><input class="form-control" id="t${i}${k}" name="t${i}${k}" type="${k === 'start' || k === 'stop' ? 'date' : 'text'}" value="${ISO_THERAPIES[`priorTherapies.${i}.${k}`]}"></td>`;
      return `<tr>${cell('drug', 'Drug')}${cell('dose', 'Dose')}${cell('start', 'Start date')}${cell('stop', 'Stop date')}${cell('outcome', 'Outcome')}</tr>`;
    })
    .join('')}</tbody></table>`;

/** the wb-frmvld form, with the error summary formvalid prepends when `errors` were drawn */
const render = (body: string) => {
  const summary = errors.length
    ? `<section id="errors-pa-form" class="alert alert-danger" tabindex="-1"><h2>The form could not be submitted because ${errors.length} error${errors.length === 1 ? ' was' : 's were'} found.</h2><ul>${errors
        .map(
          (e, i) =>
            `<li><a href="#${e.id}"><span class="prefix">Error&#160;${i + 1}: </span>${e.name ? `${e.name} - ` : ''}${e.message}</a></li>`,
        )
        .join('')}</ul></section>`
    : '';
  page(
    `<main property="mainContentOfPage" resource="#wb-main" typeof="WebPageElement" class="container"><h1 property="name" id="wb-cont">Prior authorization request</h1><div class="wb-frmvld wb-init wb-frmvld-inited"><form class="form-horizontal" action="#" method="post" id="pa-form" novalidate="novalidate">${summary}${body}<input type="submit" value="Submit request" class="btn btn-primary"></form><div class="arialive wb-inv" aria-live="polite" aria-relevant="all"></div></div></main>`,
  );
  errors = [];
};
const fs = (title: string, body: string) => `<fieldset><legend><h2>${title}</h2></legend>${body}</fieldset>`;
const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const CODES = ['M04.1', 'M06.1', 'M04.8'];

describe('Canada.ca WET/GCWeb: form-horizontal groups, gc-chckbxrdio, formvalid errors, a table of therapies', () => {
  it('reads the full Ilaris request', () => {
    render(
      `${fs('Patient', `${input('memberId', 'Member ID', ISO_REQUEST['patient.memberId'], { required: true })}${input('dob', 'Date of birth', ISO_REQUEST['patient.dob'], { required: true, type: 'date' })}${input('weight', 'Weight (kg)', '72', { type: 'number' })}`)}
      ${fs('Diagnosis', choices('checkbox', 'icd', 'ICD-10 codes', ['M04.1', 'M06.1'], CODES, { required: true }))}
      ${fs('Medication', `${select('drug', 'Drug name', DRUGS[0]!, DRUGS, { required: true })}${input('hcpcs', 'HCPCS code', 'J0638')}${input('ndc', 'NDC', ISO_REQUEST['drug.ndc'], { hint: '11 digits, in the 5-4-2 format' })}${input('dose', 'Dose (mg)', '150', { type: 'number' })}${input('units', 'Billing units', '150', { type: 'number' })}${choices('radio', 'frequency', 'Frequency', ['Every 4 weeks'], FREQ)}`)}
      ${fs('Labs', `${input('crp', 'CRP (mg/L)', '24', { type: 'number' })}${input('crpDate', 'CRP collection date', ISO_REQUEST['labs.crpDate'], { type: 'date' })}`)}
      ${therapyTable()}
      ${fs('Prescriber', input('npi', 'Prescriber NPI', ISO_REQUEST['prescriber.npi'], { required: true }))}`,
    );
    expect(read()).toEqual({ ...ISO_REQUEST, ...ISO_THERAPIES });
    noDuplicatePaths();
  });

  it('names a required field by its field name, without "(required)"', () => {
    render(
      `${input('memberId', 'Member ID', ISO_REQUEST['patient.memberId'], { required: true })}${input('npi', 'Prescriber NPI', ISO_REQUEST['prescriber.npi'], { required: true })}`,
    );
    expect(read()).toEqual({ 'patient.memberId': ISO_REQUEST['patient.memberId'], 'prescriber.npi': ISO_REQUEST['prescriber.npi'] });
    expect(field('patient.memberId')?.label).toBe('Member ID');
  });

  it('names a field by its field name, not the formvalid error appended inside its label, and reads nothing from the error summary', () => {
    render(
      `${input('memberId', 'Member ID', '', { required: true, error: 'This field is required.' })}${input('npi', 'Prescriber NPI', ISO_REQUEST['prescriber.npi'], { required: true })}`,
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ISO_REQUEST['prescriber.npi'] });
    expect(field('patient.memberId')?.label).toBe('Member ID');
    nothingFrom('section.alert-danger');
  });

  it('reads date inputs whose label adds " (YYYY-MM-DD)"', () => {
    render(
      `${input('dob', 'Date of birth', ISO_REQUEST['patient.dob'], { type: 'date', required: true })}${input('crpDate', 'CRP collection date', '', { type: 'date', error: 'Please enter a valid date' })}`,
    );
    expect(read()).toEqual({ 'patient.dob': ISO_REQUEST['patient.dob'], 'labs.crpDate': '' });
    expect(field('patient.dob')?.label).toBe('Date of birth');
  });

  it('reads a select showing its empty "Make your selection" option as empty', () => {
    render(`${select('drug', 'Drug name', '', DRUGS, { required: true })}${select('frequency', 'Frequency', 'Once', FREQ)}`);
    expect(read()).toEqual({ 'drug.name': '', 'drug.frequency': 'Once' });
  });

  it('reads gc-chckbxrdio checkboxes as the ticked codes, with an error in the legend', () => {
    render(
      fs(
        'Diagnosis',
        choices('checkbox', 'icd', 'ICD-10 codes', ['M04.1', 'M06.1'], CODES, { required: true, error: 'Select at least one code' }),
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads gc-chckbxrdio radios by the checked one', () => {
    render(`${input('hcpcs', 'HCPCS code', 'J0638')}${choices('radio', 'frequency', 'Frequency', ['Every 8 weeks'], FREQ)}`);
    expect(read()).toEqual({ 'drug.hcpcs': 'J0638', 'drug.frequency': 'Every 8 weeks' });
  });

  it('reads the prior therapies table whose boxes carry visually hidden labels', () => {
    render(therapyTable());
    expect(read()).toEqual(ISO_THERAPIES);
  });

  it('claims the paths shown first and an empty box of a hidden branch after them', () => {
    render(
      `${select('drug', 'Drug name', DRUGS[0]!, DRUGS)}<div class="hidden" id="other-drug">${input('otherDrug', 'Other drug name', '')}</div>${input('hcpcs', 'HCPCS code', 'J0638')}`,
    );
    expect(read()).toMatchObject({ 'drug.name': DRUGS[0], 'drug.hcpcs': 'J0638' });
    noDuplicatePaths();
  });
});
