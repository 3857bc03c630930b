import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * OpenEMR layout-based forms (openemr/openemr, read through the file index: interface/forms/LBF/new.php
 * @003367c, library/options.inc.php @003367c: generate_form_field, generate_select_list):
 * - Groups: `<br><span><label class="mb-1 justify-content-start" role="button"><input class="mr-1"
 *   type="checkbox" name="form_cb_lbf<levels>" value="1" onclick="return divclick(…)" checked><strong>Group
 *   </strong></label></span>` (the show/hide toggle) then `div#div_lbf<levels>.section.clearfix[style=display:
 *   block]`; a subgroup opens inside its parent's div.
 * - Without history columns (`$USING_BOOTSTRAP`): `div.container-fluid.lbfdata` of `div.form-row`, each pair a
 *   label `div.col-12.col-md-auto.col-lg-3.pt-1.text-wrap.font-weight-bold#label_id_<field>` ("Member ID:",
 *   a colon appended; class `required` instead of font-weight-bold when uor = 2) and a data
 *   `div.col-12.col-md-auto.col-lg-3.pt-1.text#value_id_<field>`; with 4 columns, two pairs a row; a short row
 *   is padded with an empty column div.
 * - With history columns (grp_repeats): `table.border-0.lbfdata`, a header row of dates (current, then each
 *   earlier form's), rows of `td.border-top-0.align-top.text-wrap.font-weight-bold#label_id_<f>` +
 *   `td.border-top-0.align-top.text#value_id_<f>` pairs, and at the row's end the earlier forms' cells
 *   (`td.text.border-top-0.align-top.text-nowrap` empty + `td.text.border-top-0.align-top.text-right` value).
 * - Fields: text `input[type=text].form-control.form-control-sm.mw-100[name=form_<f>][id=form_<f>][size]
 *   [title]`; date `input[type=text][size=10].datepicker.form-control…` showing the global date format (here
 *   mm/dd/yyyy); list `select.form-control…#form_<f>[title]` whose first option is "Unassigned"
 *   (`value=""`); checkbox list (21) `table.w-100[title] > tr > td[nowrap] > input[type=checkbox]
 *   [name=form_<f>[<option>]].form-check-inline[value=1]` + the option's title as text, the source writing
 *   no space between its name and id attributes; radio list (27) `table.table.w-100` of
 *   `td > input[type=radio][name=form_<f>].form-check-inline` + title.
 */

type F = { id: string; label: string; html: string; required?: boolean };
const text = (id: string, label: string, value: string, o: { required?: boolean; disabled?: boolean } = {}): F => ({
  id,
  label,
  required: o.required,
  html: `<input type="text" class="form-control form-control-sm mw-100" name="form_${id}" id="form_${id}" size="20" maxlength="255" title="" value="${value}" onchange="checkSkipConditions();"${o.disabled ? ' disabled' : ''}>`,
});
const date = (id: string, label: string, value: string): F => ({
  id,
  label,
  html: `<input type="text" size="10" class="datepicker form-control form-control-sm mw-100" name="form_${id}" id="form_${id}" value="${value}" title="" onchange="checkSkipConditions();">`,
});
const list = (id: string, label: string, chosen: string, options: string[]): F => ({
  id,
  label,
  html: `<select name="form_${id}"\nid="form_${id}"\nclass="form-control form-control-sm mw-100"\nonchange="checkSkipConditions();"\ntitle=""><option value="" ${chosen ? '' : 'selected'}>Unassigned</option>\n${options
    .map((o, i) => `<option value="opt${i}" ${o === chosen ? 'selected' : ''}>${o}</option>`)
    .join('\n')}</select>`,
});
const checkboxes = (id: string, label: string, checked: string[], options: string[]): F => ({
  id,
  label,
  html: `<table class="w-100" cellpadding="0" cellspacing="0" title=""><tr>${options
    .map(
      (o) =>
        `<td width="33%" nowrap><input type='checkbox' name='form_${id}[${o}]'id='form_${id}[${o}]' class='form-check-inline' value='1' onchange='checkSkipConditions();'${checked.includes(o) ? ' checked' : ''} />${o}</td>`,
    )
    .join('')}</tr></table>`,
});
const radios = (id: string, label: string, chosen: string, options: string[]): F => ({
  id,
  label,
  html: `<table class="table w-100"><tr>${options
    .map(
      (o, i) =>
        `<td width="33%" nowrap><input type="radio" name="form_${id}" id="form_${id}[opt${i}]" value="opt${i}" onchange="checkSkipConditions();" class="form-check-inline"${o === chosen ? ' checked' : ''}>${o}</td>`,
    )
    .join('')}</tr></table>`,
});

const bs = 'col-12 col-md-auto col-lg';
/** the fields of one group, two label/data pairs a row (4 columns) */
const rows = (fields: F[]) => {
  let out = '';
  for (let i = 0; i < fields.length; i += 2) {
    const pair = fields.slice(i, i + 2);
    out += `<div class="form-row">${pair
      .map(
        (f) =>
          `<div class="${bs}-3 pt-1 text-wrap ${f.required ? 'required' : 'font-weight-bold'}" id="label_id_${f.id}">${f.label}:</div><div class="${bs}-3 pt-1 text" id="value_id_${f.id}">${f.html}</div>`,
      )
      .join('')}${pair.length < 2 ? `<div class="${bs}-6"></div>` : ''}</div><!-- End BS row -->\n`;
  }
  return out;
};
let g = 0;
const group = (title: string, inner: string) => {
  const seq = `lbf${++g}`;
  return `<br><span><label class="mb-1 justify-content-start" role="button"><input class="mr-1" type="checkbox" name="form_cb_${seq}" value="1" onclick="return divclick(this,'div_${seq}');" checked><strong>${title}</strong></label></span>\n<div id="div_${seq}" class="section clearfix" style="display:block;">\n${inner}</div>\n`;
};
const fieldsOf = (fields: F[]) => ` <div class="container-fluid lbfdata">\n${rows(fields)} </div>\n`;
const form = (body: string) =>
  `<div class="container-xl"><form method="post" action="/interface/forms/LBF/new.php?formname=LBFpriorauth&amp;id=0" id="theform" name="theform" onsubmit="return validate(this)"><input type="hidden" name="csrf_token_form" value="a4c3e1f0b9d8"><div class="row"><div class="col-12"><h3 class="my-2">Prior Authorization</h3></div></div><div id="chart"></div>\n${body}<div class="btn-group"><button type="submit" class="btn btn-primary btn-save" name="bn_save" value="Save">Save</button><button type="button" class="btn btn-secondary btn-cancel">Cancel</button></div></form></div>`;

const therapy = (i: 0 | 1) =>
  group(
    `Prior Therapy ${i + 1}`,
    fieldsOf([
      text(`pt${i}_drug`, 'Drug', THERAPIES[`priorTherapies.${i}.drug`]),
      text(`pt${i}_dose`, 'Dose', THERAPIES[`priorTherapies.${i}.dose`]),
      date(`pt${i}_start`, 'Start Date', THERAPIES[`priorTherapies.${i}.start`]),
      date(`pt${i}_stop`, 'Stop Date', THERAPIES[`priorTherapies.${i}.stop`]),
      text(`pt${i}_outcome`, 'Outcome', THERAPIES[`priorTherapies.${i}.outcome`]),
    ]),
  );
const codes = ['M04.1', 'M06.1', 'M04.8'];
const frequencies = ['Every 4 weeks', 'Every 8 weeks', 'Once'];

describe('OpenEMR LBF: label/data pairs per row, datepicker text inputs, list selects, checkbox and radio lists, groups', () => {
  it('reads the full Ilaris request', () => {
    page(
      form(
        `${group(
          'Member',
          fieldsOf([
            text('member_id', 'Member ID', ILARIS['patient.memberId'], { required: true }),
            date('dob', 'Date of Birth', ILARIS['patient.dob']),
            text('weight', 'Weight (kg)', '72'),
          ]),
        )}${group('Diagnosis', fieldsOf([checkboxes('icd10', 'ICD-10 Codes', ['M04.1', 'M06.1'], codes)]))}${group(
          'Medication',
          fieldsOf([
            list('drug', 'Drug Name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)']),
            text('hcpcs', 'HCPCS Code', ILARIS['drug.hcpcs']),
            text('ndc', 'NDC', ILARIS['drug.ndc']),
            text('dose', 'Dose (mg)', '150'),
            text('units', 'Billing Units', '150'),
            radios('freq', 'Frequency', 'Every 4 weeks', frequencies),
          ]),
        )}${group('Labs', fieldsOf([text('crp', 'CRP (mg/L)', '24'), date('crp_date', 'CRP Collection Date', ILARIS['labs.crpDate'])]))}${therapy(0)}${therapy(1)}${group(
          'Prescriber',
          fieldsOf([text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true })]),
        )}`,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  it('names each box by the label cell before it, two pairs a row', () => {
    page(
      form(
        group(
          'Member',
          fieldsOf([text('member_id', 'Member ID', ILARIS['patient.memberId']), text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])]),
        ),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI:');
  });

  it("takes no field from the group headers' show/hide checkboxes", () => {
    page(form(group('Member', fieldsOf([text('member_id', 'Member ID', ILARIS['patient.memberId'])]))));
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'] });
    nothingFrom('span > label[role="button"]');
  });

  it('reads a list select showing "Unassigned" as empty, and a chosen one by its text', () => {
    page(
      form(
        group(
          'Medication',
          fieldsOf([
            list('drug', 'Drug Name', '', ['Ilaris (canakinumab)', 'Kineret (anakinra)']),
            list('freq', 'Frequency', 'Every 8 weeks', frequencies),
          ]),
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.name': '', 'drug.frequency': 'Every 8 weeks' });
  });

  it('reads the checkbox list as the ticked codes', () => {
    page(form(group('Diagnosis', fieldsOf([checkboxes('icd10', 'ICD-10 Codes', ['M04.1', 'M06.1'], codes)]))));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads the radio list by its label cell as the checked option', () => {
    page(form(group('Medication', fieldsOf([radios('freq', 'Frequency', 'Once', frequencies)]))));
    expect(read()).toEqual({ 'drug.frequency': 'Once' });
  });

  it('reads datepicker text inputs as shown, and a disabled (read-only option 0) box by its value', () => {
    page(
      form(
        group(
          'Member',
          fieldsOf([
            date('dob', 'Date of Birth', ILARIS['patient.dob']),
            text('member_id', 'Member ID', ILARIS['patient.memberId'], { disabled: true }),
            date('crp_date', 'CRP Collection Date', ''),
          ]),
        ),
      ),
    );
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'patient.memberId': ILARIS['patient.memberId'], 'labs.crpDate': '' });
  });

  it("reads the current values of a form shown with a history column, not the earlier form's values", () => {
    const pair = (f: F, cellCount: number) =>
      `<td class="border-top-0 align-top text-wrap font-weight-bold" colspan="1"${cellCount ? ' style="padding-left: 0.8125rem"' : ''} id="label_id_${f.id}">${f.label}:</td><td colspan="1" class="border-top-0 align-top text" id="value_id_${f.id}"${cellCount ? ' style="padding-left: 0.4375rem"' : ''}>${f.html}</td>`;
    const hist = (v: string) =>
      `<td colspan="1" class="text border-top-0 align-top text-nowrap"></td><td colspan="1" class="text border-top-0 align-top text-right">${v}</td>`;
    page(
      form(
        group(
          'Labs',
          ` <table cellspacing="0" cellpadding="0" class="border-0 lbfdata">\n <tr><td colspan="4" class="font-weight-bold border-top-0 text-right">11/20/2026 (Current)&nbsp;</td>\n<td colspan="4" class="font-weight-bold border-top-0 text-right">&nbsp;08/14/2026</td>\n </tr> <tr>${pair(text('weight', 'Weight (kg)', '72'), 0)}${pair(text('crp', 'CRP (mg/L)', '24'), 2)}${hist('70')}${hist('31')}</tr>\n <tr>${pair(date('crp_date', 'CRP Collection Date', ILARIS['labs.crpDate']), 0)}<td class="border-top-0"></td><td class="border-top-0"></td>${hist('08/10/2026')}<td class="border-top-0"></td><td class="border-top-0"></td></tr>\n </table>\n`,
        ),
      ),
    );
    expect(read()).toEqual({ 'patient.weight': '72', 'labs.crpValue': '24', 'labs.crpDate': ILARIS['labs.crpDate'] });
    noDuplicatePaths();
  });
});
