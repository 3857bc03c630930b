import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, noDuplicatePaths } from './ilaris';

/**
 * Portal servers' own form markup:
 * - Liferay 7.x `aui:input` (Clay / Bootstrap 4): `div.form-group.input-text-wrapper > label.control-label[for=_<portlet>_<name>]`
 *   (a required field adds `span.reference-mark` with an asterisk icon and `span.hide-accessible.sr-only`
 *   "Required"; a `helpMessage` adds `span.taglib-icon-help` with the help text in a
 *   `span.taglib-text.hide-accessible`), `input.field.form-control#_<portlet>_<name>[name]`, a suffix as
 *   `div.input-group-append > span.input-group-text`, a `div.form-text` hint and the validator's
 *   `div.form-feedback-group > div.form-feedback-item[role=alert]`; `aui:select` is a native select;
 *   an AlloyUI 1.x (Liferay 6.0) field is `span.aui-field > span.aui-field-content > label.aui-field-label
 *   + span.aui-field-element > input.aui-field-input`, a hint `span.aui-field-hint`;
 * - IBM WebSphere Portal / OneUI: `table[role=presentation].lotusFormTable` rows with
 *   `td.lotusFormLabel > label[for]` (+ `span.lotusFormRequired` "*"), the unit as text after the
 *   input, `div.lotusDescription` hints, ids like `viewns_Z7_…_:paForm:weight` (JSF in a portlet), and
 *   a `table.lotusTable` of prior therapies.
 * Written from memory of the rendered markup.
 */

const NS = '_com_acme_pa_web_PaPortlet_';

type LOpts = { required?: boolean; help?: string; suffix?: string; hint?: string; error?: string };
const lInput = (name: string, label: string, value: string, o: LOpts = {}) => {
  const id = `${NS}${name}`;
  const input = `<input class="field form-control${o.error ? ' error-field' : ''}" id="${id}" name="${id}" type="text" value="${value}"${o.error ? ' aria-invalid="true"' : ''}>`;
  return `<div class="form-group input-text-wrapper${o.error ? ' has-error' : ''}">
    <label class="control-label" for="${id}">${label}${
      o.required
        ? ' <span class="reference-mark text-warning"><svg class="lexicon-icon lexicon-icon-asterisk" focusable="false" role="presentation"><use href="/o/classic-theme/images/clay/icons.svg#asterisk"></use></svg></span><span class="hide-accessible sr-only">Required</span>'
        : ''
    }${
      o.help
        ? ` <span class="taglib-icon-help lfr-portal-tooltip" tabindex="0" title="${o.help}"><span><svg class="lexicon-icon lexicon-icon-question-circle-full" focusable="false" role="presentation"><use href="/o/classic-theme/images/clay/icons.svg#question-circle-full"></use></svg></span><span class="taglib-text hide-accessible sr-only">${o.help}</span></span>`
        : ''
    }</label>
    ${o.suffix ? `<div class="input-group"><div class="input-group-item">${input}</div><div class="input-group-append input-group-item input-group-item-shrink"><span class="input-group-text">${o.suffix}</span></div></div>` : input}
    ${o.hint ? `<div class="form-text">${o.hint}</div>` : ''}
    ${o.error ? `<div class="form-feedback-group"><div class="form-feedback-item" role="alert">${o.error}</div></div>` : ''}
  </div>`;
};
const lSelect = (name: string, label: string, options: [string, string][], chosen: string) => {
  const id = `${NS}${name}`;
  return `<div class="form-group input-select-wrapper"><label class="control-label" for="${id}">${label}</label><select class="form-control" id="${id}" name="${id}">${options
    .map(([v, t]) => `<option class="" value="${v}"${v === chosen ? ' selected' : ''}>${t}</option>`)
    .join('')}</select></div>`;
};
const fieldset = (title: string, body: string) =>
  `<fieldset class="panel"><legend class="panel-heading" role="presentation"><span class="panel-title">${title}</span></legend><div class="panel-body">${body}</div></fieldset>`;

const lTherapies = (rows: string[][]) =>
  fieldset(
    'Prior therapies',
    `<table class="table table-autofit"><thead><tr><th>Drug</th><th>Dose</th><th>Start date</th><th>Stop date</th><th>Outcome</th></tr></thead><tbody>${rows
      .map(
        (r, i) =>
          `<tr class="lfr-form-row">${['drug', 'dose', 'start', 'stop', 'outcome']
            .map(
              (k, c) => `<td><input class="field form-control" id="${NS}${k}${i}" name="${NS}${k}${i}" type="text" value="${r[c]}"></td>`,
            )
            .join('')}</tr>`,
      )
      .join('')}</tbody></table>`,
  );

const liferayPage = () => `<section class="portlet" id="portlet${NS}"><div class="portlet-content"><div class="portlet-body">
  <form action="/web/provider/pa?p_p_id=${NS.slice(1, -1)}" class="form" id="${NS}fm" method="post" name="${NS}fm">
    <input class="field form-control" id="${NS}formDate" name="${NS}formDate" type="hidden" value="1796300000000">
    ${fieldset('Patient', lInput('dob', 'Date of Birth', '03/02/1980', { required: true, hint: 'MM/DD/YYYY' }) + lInput('weight', 'Weight', '70', { required: true, suffix: 'kg', help: 'Use the weight measured at the last visit, not the dose' }))}
    ${fieldset('Diagnosis', lInput('icd1', 'Primary ICD-10 Code', 'M04.1', { required: true }) + lInput('icd2', 'Secondary ICD-10 Code', 'M04.2'))}
    ${fieldset(
      'Medication',
      lInput('drugName', 'Drug Name', 'Ilaris (canakinumab)', { required: true }) +
        lInput('hcpcs', 'HCPCS Code', 'J0638') +
        lInput('ndc', 'NDC', '00078-0734-61', { hint: '11 digits, 5-4-2 format' }) +
        lInput('dose', 'Dose', '150', { suffix: 'mg', required: true }) +
        lInput('units', 'Billing Units', '150', { help: 'Units of J0638 (1 unit = 1 mg)' }) +
        lInput('frequency', 'Frequency', 'every 4 weeks') +
        lSelect(
          'pos',
          'Place of Service',
          [
            ['', ''],
            ['11', '11 - Office'],
            ['22', '22 - Outpatient hospital'],
          ],
          '11',
        ),
    )}
    ${fieldset('Laboratory', lInput('crp', 'CRP', '4.5', { suffix: 'mg/L' }) + lInput('crpDate', 'CRP Collection Date', '11/12/2026'))}
    ${lTherapies([['colchicine', '0.6 mg twice daily', '01/05/2026', '03/20/2026', 'inadequate response']])}
    ${fieldset('Prescriber', lInput('npi', 'Prescriber NPI', '1234567893', { required: true }))}
    <div class="button-holder"><button class="btn btn-primary" type="submit"><span class="lfr-btn-label">Submit</span></button></div>
  </form></div></div></section>`;

// ---------- AlloyUI 1.x ----------
const auiField = (name: string, label: string, value: string, hint = '') =>
  `<span class="aui-field aui-field-text"><span class="aui-field-content"><label class="aui-field-label" for="${NS}${name}">${label}</label><span class="aui-field-element"><input class="aui-field-input aui-field-input-text" id="${NS}${name}" name="${NS}${name}" type="text" value="${value}"></span>${hint ? `<span class="aui-field-hint">${hint}</span>` : ''}</span></span>`;

// ---------- IBM ----------
const IBM = 'viewns_Z7_0A8G1KO0JGQ2C0AVMB1HGS2000_:paForm:';
const ibmRow = (name: string, label: string, value: string, after = '', desc = '') =>
  `<tr class="lotusFormFieldRow"><td class="lotusFormLabel"><label for="${IBM}${name}"><span class="lotusFormRequired" title="Required">*</span>${label}:</label></td><td class="lotusFormField"><input id="${IBM}${name}" name="${IBM}${name}" type="text" value="${value}" class="lotusText">${after}${desc ? `<div class="lotusDescription">${desc}</div>` : ''}</td></tr>`;
const ibmSection = (title: string, rows: string) =>
  `<h2 class="lotusHeading2">${title}</h2><table role="presentation" class="lotusFormTable" cellspacing="0"><tbody>${rows}</tbody></table>`;

const ibmPage =
  () => `<div class="wpthemeMainContent"><table role="presentation" class="layoutRow" width="100%"><tbody><tr><td class="layoutColumn" valign="top">
  <form id="${IBM.slice(0, -1)}" name="${IBM.slice(0, -1)}" method="post" action="/wps/myportal/provider/pa" class="lotusForm" enctype="application/x-www-form-urlencoded">
    ${ibmSection('Patient', ibmRow('dob', 'Date of birth', '03/02/1980', '', 'mm/dd/yyyy') + ibmRow('weight', 'Weight', '70', ' kg'))}
    ${ibmSection('Diagnosis', ibmRow('icd1', 'Primary ICD-10 code', 'M04.1') + ibmRow('icd2', 'Secondary ICD-10 code', 'M04.2'))}
    ${ibmSection(
      'Medication',
      ibmRow('drug', 'Drug name', 'Ilaris (canakinumab)') +
        ibmRow('hcpcs', 'HCPCS code', 'J0638') +
        ibmRow('ndc', 'NDC', '00078-0734-61', '', 'Dose and units are entered below') +
        ibmRow('dose', 'Dose', '150', ' mg') +
        ibmRow('units', 'Billing units', '150') +
        ibmRow('freq', 'Frequency', 'every 4 weeks') +
        `<tr class="lotusFormFieldRow"><td class="lotusFormLabel"><label for="${IBM}pos">Place of service:</label></td><td class="lotusFormField"><select id="${IBM}pos" name="${IBM}pos" size="1"><option value="">--</option><option value="11" selected="selected">11 - Office</option><option value="22">22 - Outpatient hospital</option></select></td></tr>`,
    )}
    ${ibmSection('Laboratory', ibmRow('crp', 'CRP', '4.5', ' mg/L') + ibmRow('crpDate', 'CRP collection date', '11/12/2026'))}
    <h2 class="lotusHeading2">Prior therapies</h2>
    <table class="lotusTable" summary="Prior therapies" cellspacing="0"><thead><tr class="lotusFirst"><th>Drug</th><th>Dose</th><th>Start date</th><th>Stop date</th><th>Outcome</th></tr></thead><tbody>
      <tr>${['colchicine', '0.6 mg twice daily', '01/05/2026', '03/20/2026', 'inadequate response'].map((v, c) => `<td><input id="${IBM}therapies:0:c${c}" name="${IBM}therapies:0:c${c}" type="text" value="${v}" class="lotusText"></td>`).join('')}</tr>
    </tbody></table>
    ${ibmSection('Prescriber', ibmRow('npi', 'Prescriber NPI', '1234567893'))}
    <input type="hidden" name="${IBM}paForm_SUBMIT" value="1"><input type="hidden" name="javax.faces.ViewState" id="javax.faces.ViewState" value="-123:456">
    <div class="lotusBtnContainer"><input type="submit" class="lotusBtn lotusBtnSpecial" value="Submit"></div>
  </form></td></tr></tbody></table></div>`;

const WHOLE = { ...ILARIS, 'diagnosis.codes.0': 'M04.1', 'diagnosis.codes.1': 'M04.2', 'drug.placeOfService': '11 - Office' };

describe('Liferay 7 (aui:input, Clay)', () => {
  it('reads the whole Ilaris request, each path once', () => {
    page(liferayPage());
    expect(read()).toEqual(WHOLE);
    noDuplicatePaths();
  });

  it('takes weight, dose and CRP units from the input-group-append suffixes', () => {
    page(liferayPage());
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
  });

  it('keeps help icons, "Required" and hints out of the labels', () => {
    page(liferayPage());
    expect(field('patient.weight')?.label).not.toMatch(/dose|required/i);
    expect(field('drug.units')?.label).not.toMatch(/J0638|mg/);
  });

  it('reads a validator message neither as a value nor as the next label', () => {
    page(
      `<form>${lInput('dose', 'Dose', '', { suffix: 'mg', error: 'Frequency must be entered first.' })}${lInput('frequency', 'Frequency', 'every 4 weeks')}</form>`,
    );
    expect(read()).toEqual({ 'drug.dose': '', 'drug.frequency': 'every 4 weeks' });
  });
});

describe('AlloyUI 1.x (Liferay 6.0) aui-field', () => {
  it('reads aui-field inputs by their labels, not their hints', () => {
    page(
      `<form>${auiField('ndc', 'NDC', '00078-0734-61', 'Billing units: per package')}${auiField('units', 'Billing units', '150')}${auiField('npi', 'Prescriber NPI', '1234567893', 'Dose not required here')}</form>`,
    );
    expect(read()).toEqual({ 'drug.ndc': '00078-0734-61', 'drug.units': '150', 'prescriber.npi': '1234567893' });
  });
});

describe('IBM WebSphere Portal (OneUI, role=presentation layout tables)', () => {
  it('reads the whole Ilaris request, each path once', () => {
    page(ibmPage());
    expect(read()).toEqual(WHOLE);
    noDuplicatePaths();
  });

  it('takes the units written after the inputs', () => {
    page(ibmPage());
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
  });
});
