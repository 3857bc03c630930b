import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Apache Struts 2 UI tags (apache/struts@80278c1: core/src/main/resources/template/xhtml/*.ftl (controlheader-core:
 * the field-error row `tr[errorFor] > td.tdErrorMessage[colspan=2] > span.errorMessage` above it, `td.tdLabel >
 * label[for].label|.errorLabel` "Label <span class="required">*</span>:", `td.tdInput`; control.ftl
 * `table.wwFormTable`; submit.ftl `tr > td[colspan=2] > div.formButton`), template/simple/*.ftl, template/css_xhtml/
 * (`div.wwgrp#wwgrp_<id>` > `div.wwerr` errors, `div.wwlbl#wwlbl_<id> > label` then ` <br />`, `div.wwctrl#wwctrl_<id>`),
 * the expected outputs in core/src/test/resources/org/apache/struts2/views/jsp/ui/ (Textfield-1/2, CheckboxList-1:
 * the group's label `for` names no element, boxes `<id>-N` each followed by `label.checkboxLabel`, then the hidden
 * `__multiselect_<name>`; Radio-1/2: `input#<id><value>` + `label[for]`; Select-1: headerKey/headerValue option;
 * Formtag-1), core/.../components/UIBean.java (ids `<formId>_<name>` with [^a-zA-Z0-9_] made "_"), and
 * plugins/javatemplates/.../simple/DateTextFieldHandler.java (s:datetextfield, simple theme only: `div#<id>` of text
 * boxes `input.date_month#__month_<id>[name=__month_<name>][size=2]`, "/" between them as the format has it).
 * Prior therapies: an `s:iterator` of `theme="simple"` textfields named `therapies[i].drug` in a table the page writes.
 */

const F = 'submitRequest';
const idOf = (name: string) => `${F}_${name.replace(/[^a-zA-Z0-9_]/g, '_')}`;
type O = { required?: boolean; error?: string; id?: string };
/** xhtml controlheader + control + controlfooter */
const xrow = (id: string, label: string, control: string, o: O = {}) =>
  `${o.error ? `<tr errorFor="${id}">\n    <td class="tdErrorMessage" colspan="2"><span class="errorMessage">${o.error}</span></td>\n</tr>\n` : ''}<tr>\n    <td class="tdLabel"><label for="${id}" class="${o.error ? 'errorLabel' : 'label'}">${label}${o.required ? ' <span class="required">*</span>' : ''}:</label></td>\n    <td class="tdInput">${control}</td>\n</tr>\n`;
const textInput = (name: string, value: string, id = idOf(name)) =>
  `<input type="text" name="${name}"${value ? ` value="${value}"` : ''} id="${id}"/>`;
const textfield = (name: string, label: string, value: string, o: O = {}) => xrow(idOf(name), label, textInput(name, value), o);
const select = (name: string, label: string, options: string[], chosen: string, o: O = {}) =>
  xrow(
    idOf(name),
    label,
    `<select name="${name}" id="${idOf(name)}">\n    <option value="">-- Select --</option>\n${options.map((t) => `    <option value="${t}"${t === chosen ? ' selected="selected"' : ''}>${t}</option>`).join('\n')}\n</select>`,
    o,
  );
const checkboxlist = (name: string, label: string, items: string[], chosen: string[]) => {
  const id = idOf(name);
  return xrow(
    id,
    label,
    `\n${items.map((t, i) => `<input type="checkbox" name="${name}" value="${t}" id="${id}-${i + 1}"${chosen.includes(t) ? ' checked="checked"' : ''}/>\n<label for="${id}-${i + 1}" class="checkboxLabel">${t}</label>\n`).join('')}<input type="hidden" id="__multiselect_${id}" name="__multiselect_${name}" value=""/>\n    `,
  );
};
const FREQ: [string, string][] = [
  ['q4w', 'Every 4 weeks'],
  ['q8w', 'Every 8 weeks'],
  ['once', 'Once'],
];
const radio = (name: string, label: string, items: [string, string][], chosen: string) => {
  const id = idOf(name);
  return xrow(
    id,
    label,
    `\n${items.map(([v, t]) => `<input type="radio" name="${name}" id="${id}${v}"${v === chosen ? ' checked="checked"' : ''} value="${v}"/><label for="${id}${v}">${t}</label>\n`).join('')}    `,
  );
};
/** s:datetextfield format="MM/dd/yyyy" (simple theme) */
const dateTextField = (name: string, id: string, mm: string, dd: string, yyyy: string) =>
  `<div id="${id}"><input type="text" class="date_month" size="2" maxlength="2" id="__month_${id}" name="__month_${name}"${mm ? ` value="${mm}"` : ''}/>/<input type="text" class="date_day" size="2" maxlength="2" id="__day_${id}" name="__day_${name}"${dd ? ` value="${dd}"` : ''}/>/<input type="text" class="date_year" size="4" maxlength="4" id="__year_${id}" name="__year_${name}"${yyyy ? ` value="${yyyy}"` : ''}/></div>`;

const KEYS = ['drug', 'dose', 'start', 'stop', 'outcome'] as const;
/** the page's own table of simple-theme textfields in an s:iterator, in a two-column row of the form table */
const therapyGrid = (rows: (0 | 1 | null)[] = [0, 1]) =>
  `<tr>\n    <td colspan="2"><h3>Prior therapies</h3><table class="therapies"><thead><tr><th>Drug</th><th>Dose</th><th>Start date (MM/DD/YYYY)</th><th>Stop date (MM/DD/YYYY)</th><th>Outcome</th></tr></thead><tbody>${rows
    .map(
      (r, i) =>
        `<tr>${KEYS.map((k) => `<td>${textInput(`therapies[${i}].${k}`, r === null ? '' : THERAPIES[`priorTherapies.${r}.${k}`])}</td>`).join('')}</tr>`,
    )
    .join('')}</tbody></table><a href="/pa/addTherapy.action">Add a therapy</a></td>\n</tr>\n`;
const title = (t: string) => `<tr>\n    <td colspan="2"><h3>${t}</h3></td>\n</tr>\n`;

const form = (rows: string, before = '') =>
  `<div id="page"><div id="header"><h1>Provider Portal</h1><a href="/pa/logout.action">Log out</a></div><div id="content"><h2>Prior authorization request</h2>${before}<form id="${F}" name="${F}" action="/pa/submitRequest.action" method="post">\n<table class="wwFormTable">\n${rows}<tr>\n    <td colspan="2"><div class="formButton"><input type="submit" value="Submit request" id="${F}_0"/></div></td>\n</tr>\n</table>\n</form></div></div>`;

const whole = (o: { npiError?: boolean; therapies?: string } = {}) =>
  form(
    `${title('Patient')}${textfield('request.memberId', 'Member ID', ILARIS['patient.memberId'], { required: true })}${textfield('request.dob', 'Date of birth', ILARIS['patient.dob'], { required: true })}${textfield('request.weightKg', 'Weight (kg)', '72')}${title('Diagnosis')}${checkboxlist('request.icdCodes', 'ICD-10 codes', ['M04.1', 'M06.1', 'M04.8'], ['M04.1', 'M06.1'])}${title('Medication')}${select('request.drugName', 'Drug name', ['Ilaris (canakinumab)', 'Kineret (anakinra)'], ILARIS['drug.name'], { required: true })}${textfield('request.hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${textfield('request.ndc', 'NDC', ILARIS['drug.ndc'])}${textfield('request.doseMg', 'Dose (mg)', '150')}${textfield('request.billingUnits', 'Billing units', '150')}${radio('request.frequency', 'Frequency', FREQ, 'q4w')}${title('Labs')}${textfield('request.crpValue', 'CRP (mg/L)', '24')}${textfield('request.crpDate', 'CRP collection date', ILARIS['labs.crpDate'])}${o.therapies ?? therapyGrid()}${title('Prescriber')}${
      o.npiError
        ? textfield('request.prescriberNpi', 'Prescriber NPI', '', { required: true, error: 'Prescriber NPI is required.' })
        : textfield('request.prescriberNpi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true })
    }`,
  );
const WHOLE = { ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' };

/** css_xhtml theme, labelposition top */
const cssRow = (name: string, label: string, value: string, o: O = {}) => {
  const id = idOf(name);
  return `<div id="wwgrp_${id}" class="wwgrp">\n${o.error ? `<div id="wwerr_${id}" class="wwerr">    <div errorFor="${id}" class="errorMessage">\n             ${o.error}\n    </div></div>` : ''}<div id="wwlbl_${id}" class="wwlbl">    <label for="${id}" class="${o.error ? 'errorLabel' : 'label'}">${o.required ? '<span class="required">*</span>' : ''}        ${label}:\n\t</label></div> <br /><div id="wwctrl_${id}" class="wwctrl">\n${textInput(name, value)}</div>\n</div>\n`;
};

describe('Struts 2 xhtml theme: wwFormTable rows, checkboxlist, radio, select, datetextfield', () => {
  it('reads the full Ilaris request from the form table and its therapy grid', () => {
    page(whole());
    expect(read()).toEqual(WHOLE);
    noDuplicatePaths();
  });

  it('names a row by its tdLabel label without the required star', () => {
    page(whole());
    expect(field('patient.memberId')?.label).toBe('Member ID:');
    expect(field('drug.name')?.label).toBe('Drug name:');
  });

  it('reads a checkboxlist (group label for= no element, a label after each box) as the ticked codes', () => {
    page(form(checkboxlist('request.icdCodes', 'ICD-10 codes', ['M04.1', 'M06.1', 'M04.8'], ['M04.1', 'M06.1'])));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom('input[type=hidden]');
  });

  it('reads a radio list by the label of its checked box, none checked as empty', () => {
    page(form(radio('request.frequency', 'Frequency', FREQ, 'q8w')));
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks' });
    page(form(radio('request.frequency', 'Frequency', FREQ, '')));
    expect(read()).toEqual({ 'drug.frequency': '' });
  });

  it('reads a select showing its headerValue "-- Select --" as empty', () => {
    page(form(select('request.drugName', 'Drug name', ['Ilaris (canakinumab)', 'Kineret (anakinra)'], '')));
    expect(read()).toEqual({ 'drug.name': '' });
  });

  it('reads a field under its error row (tdErrorMessage, errorLabel) as empty, named by its label', () => {
    page(whole({ npiError: true }));
    expect(read()).toEqual({ ...WHOLE, 'prescriber.npi': '' });
    expect(field('prescriber.npi')?.label).toMatch(/^Prescriber NPI\b/);
  });

  it('reads a blank third row of the therapy grid as an empty therapy', () => {
    page(whole({ therapies: therapyGrid([0, 1, null]) }));
    expect(read()).toEqual({ ...WHOLE, ...Object.fromEntries(KEYS.map((k) => [`priorTherapies.2.${k}`, ''])) });
  });

  // misread: patient.dob is "03", the month box alone: the part word leads the boxes' names and ids (`__month_…`,
  // `__day_…`, `__year_…`) where a split date's parts are looked for at their end, so the three are not joined
  it.fails('reads an s:datetextfield (month/day/year boxes named __month_dob…, in a row the page writes) as one date', () => {
    const id = idOf('request.dob');
    page(
      form(
        `${textfield('request.memberId', 'Member ID', ILARIS['patient.memberId'])}<tr>\n    <td class="tdLabel"><label for="${id}" class="label">Date of birth:</label></td>\n    <td class="tdInput">${dateTextField('request.dob', id, '03', '14', '1988')}</td>\n</tr>\n`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'patient.dob': '03/14/1988' });
  });
});

describe('Struts 2 xhtml theme: an s:iterator of labelled textfields', () => {
  it('reads prior therapies as repeated Drug/Dose/… rows named therapies[i].k', () => {
    const LABELS = { drug: 'Drug', dose: 'Dose', start: 'Start date', stop: 'Stop date', outcome: 'Outcome' };
    const rows = ([0, 1] as const)
      .map((i) => KEYS.map((k) => textfield(`therapies[${i}].${k}`, LABELS[k], THERAPIES[`priorTherapies.${i}.${k}`])).join(''))
      .join('');
    page(form(`${textfield('request.memberId', 'Member ID', ILARIS['patient.memberId'])}${title('Prior therapies')}${rows}`));
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], ...THERAPIES });
  });
});

describe('Struts 2 css_xhtml theme: wwgrp, wwlbl, wwctrl', () => {
  it('reads fields labelled in wwlbl divs above their wwctrl, an error in wwerr', () => {
    page(
      `<form id="${F}" name="${F}" action="/pa/submitRequest.action" method="post">\n${cssRow('request.memberId', 'Member ID', ILARIS['patient.memberId'], { required: true })}${cssRow('request.dob', 'Date of birth', ILARIS['patient.dob'])}${cssRow('request.hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${cssRow('request.prescriberNpi', 'Prescriber NPI', '', { required: true, error: 'Prescriber NPI is required.' })}<div id="wwgrp_${F}_0" class="wwgrp"><div class="formButton"><input type="submit" value="Submit request" id="${F}_0"/></div></div>\n</form>`,
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.dob': ILARIS['patient.dob'],
      'drug.hcpcs': ILARIS['drug.hcpcs'],
      'prescriber.npi': '',
    });
    expect(field('patient.memberId')?.label).toMatch(/^Member ID:?$/);
  });
});
