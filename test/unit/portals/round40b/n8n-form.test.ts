import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import {
  CODE_OPTIONS,
  DRUG_OPTIONS,
  FREQUENCY_OPTIONS,
  ILARIS,
  ISO_REQUEST,
  ISO_THERAPIES,
  noDuplicatePaths,
  nothingFrom,
} from '../round5/request';

/**
 * n8n Form Trigger's public form page (n8n-io/n8n: packages/cli/templates/form-trigger.handlebars at
 * 14e1012517b360b4df6540e6125521c2ad012b59, fields prepared by packages/nodes-base/nodes/Form/utils/utils.ts
 * prepareFormData at 04a9f2683c060a8d51ef3a0098b7eef9dec6f790):
 * - `div.container > section > form.card#n8n-form[method=POST][novalidate]` > `div.form-header` (h1 title, p
 *   description) > `div.inputs-wrapper` of fields, then `button#submit-btn` (a hidden spinner svg + label); after
 *   the form a `div.card#submitted-form[style="display: none;"]` and the "Form automated with n8n" link.
 * - each field has id = name = `field-<index>` and its error `p.error-field-<index>.error-hidden` "This field is
 *   required" always in the DOM, hidden by the page's stylesheet (visibility), shown by `error-show`.
 * - text/number/date/email: `div.form-group > label.form-label[.form-required][for] + input.form-input[type]
 *   [value=<query prefill>][placeholder]`; textarea likewise; date is a native `input[type=date]` (ISO value).
 * - dropdown: `div.form-group > label[for] + div.select-input > select` whose first option is the disabled,
 *   selected "Select an option ..." prompt.
 * - multiselect / checkbox / radio fields: `div > label.form-label` (no `for`) + `div.multiselect#field-<i>
 *   [data-radio-select=radio]` of `div.multiselect-option > input[type=checkbox].multiselect-checkbox
 *   #option<k>_field-<i>` (no name) + `label[for]` (radios are checkboxes the script keeps single).
 * - hiddenField: a bare `input[type=hidden]#field-<i>` holding its value; html: `div.form-group.html` holding the
 *   sanitized HTML (headings, tables allowed) and an `input[type=hidden]` copy of it.
 */

type Extra = { required?: boolean; placeholder?: string };
let i = 0;
const req = (o: Extra) => (o.required ? 'form-required' : '');
const err = (id: string) => `<p class='error-${id} error-hidden'>\n\t\t\t\t\t\t\t\t\t\tThis field is required\n\t\t\t\t\t\t\t\t\t</p>`;

const input = (label: string, value: string, type = 'text', o: Extra = {}) => {
  const id = `field-${i++}`;
  return `<div class='form-group'><label class='form-label ${req(o)}' for='${id}'>${label}</label><input class='form-input ${req(o)}' type='${type}' id='${id}' name='${id}' value="${value}" placeholder="${o.placeholder ?? ''}" />${err(id)}</div>`;
};
const textarea = (label: string, value: string, o: Extra = {}) => {
  const id = `field-${i++}`;
  return `<div class='form-group'><label class='form-label ${req(o)}' for='${id}'>${label}</label><textarea class='form-input ${req(o)}' id='${id}' name='${id}' placeholder="${o.placeholder ?? ''}">${value}</textarea>${err(id)}</div>`;
};
const dropdown = (label: string, chosen: string, options: string[], o: Extra = {}) => {
  const id = `field-${i++}`;
  return `<div class='form-group'><label class='form-label ${req(o)}' for='${id}'>${label}</label><div class='select-input'><select id='${id}' name='${id}' class='${req(o)}'><option value='' disabled selected>Select an option ...</option>${options.map((v) => `<option value='${v}'${v === chosen ? ' selected' : ''}>${v}</option>`).join('')}</select></div>${err(id)}</div>`;
};
const multiselect = (label: string, chosen: string[], options: string[], o: Extra & { radio?: boolean; max?: number } = {}) => {
  const id = `field-${i++}`;
  return `<div><label class='form-label ${req(o)}'>${label}</label><div class='multiselect ${req(o)}' id='${id}'${o.radio ? " data-radio-select='radio'" : ''}${o.max ? ` data-min-select='1' data-max-select='${o.max}'` : ''}>${options
    .map(
      (v, k) =>
        `<div class='multiselect-option'><input type='checkbox' class='multiselect-checkbox' id='option${k}_${id}'${chosen.includes(v) ? ' checked' : ''} /><label for='option${k}_${id}'>${v}</label></div>`,
    )
    .join('')}</div>${err(id)}</div>`;
};
const hidden = (value: string) => {
  const id = `field-${i++}`;
  return `<input type="hidden" id="${id}" name="${id}" value="${value}" />`;
};
const html = (content: string) => {
  const id = `field-${i++}`;
  return `<div class="form-group html">${content}<input type="hidden" id="${id}" name="${id}" value="${content.replace(/"/g, '&quot;')}" /></div>`;
};

const spinner = `<span><svg xmlns='http://www.w3.org/2000/svg' height='18px' viewBox='0 0 512 512'><path d='M304 48a48 48 0 1 0 -96 0 48 48 0 1 0 96 0z' /></svg></span>`;
const n8nForm = (fields: string, o: { testRun?: boolean } = {}) =>
  `<div class='container'><section>${o.testRun ? "<div class='test-notice'><p>This is a test version of your form</p></div><hr>" : ''}<form class='card' action='#' method='POST' name='n8n-form' id='n8n-form' novalidate><div class='form-header'><h1>Specialty drug prior authorization</h1><p style="white-space: pre-line">Complete one form per request. </p></div><div class='inputs-wrapper'>${fields}</div><button id='submit-btn' type='submit'>${spinner}\n\t\t\t\t\t\tSubmit request\n\t\t\t\t\t</button></form><div class='card' id='submitted-form' style='display: none;'><div class='form-header'><h1 id='submitted-header'>Form Submitted</h1><p id='submitted-content'>Your response has been recorded</p></div></div><hr><div class='n8n-link'><a href=https://n8n.io/?utm_source=n8n-internal&utm_medium=form-trigger target='_blank'>Form automated with <svg width='73' height='20' viewBox='0 0 73 20' fill='none'><path d='M40.2373 4C40.2373' fill='#EA4B71' /></svg></a></div><input id="useResponseData" style="display: none;" value=false /></section></div>`;

// the page's own stylesheet (its <style> in <head>): hidden errors, the required asterisk
let style: HTMLStyleElement;
beforeEach(() => {
  i = 0;
  style = document.createElement('style');
  style.textContent = `.error-hidden { display: block; visibility: hidden; } .error-show { visibility: visible; } label.form-required::after { content: ' *'; } hr { display: none; }`;
  document.head.append(style);
});
afterEach(() => style.remove());

const therapy = (n: 0 | 1) => {
  const v = (k: 'drug' | 'dose' | 'start' | 'stop' | 'outcome') => ISO_THERAPIES[`priorTherapies.${n}.${k}`];
  return `${html(`<h3>Prior therapy ${n + 1}</h3>`)}${input(`Therapy ${n + 1} drug`, v('drug'))}${input(`Therapy ${n + 1} dose`, v('dose'))}${input(`Therapy ${n + 1} start date`, v('start'), 'date')}${input(`Therapy ${n + 1} stop date`, v('stop'), 'date')}${textarea(`Therapy ${n + 1} outcome`, v('outcome'))}`;
};

describe('n8n Form Trigger: native inputs, dropdown, checkbox multiselect, hidden and HTML fields', () => {
  it('reads the full Ilaris request', () => {
    page(
      n8nForm(
        `${html('<h3>Patient</h3>')}${input('Member ID', ILARIS['patient.memberId'], 'text', { required: true })}${input('Date of birth', ISO_REQUEST['patient.dob'], 'date', { required: true })}${input('Weight (kg)', '72', 'number')}
        ${html('<h3>Diagnosis</h3>')}${multiselect('ICD-10 codes', ['M04.1', 'M06.1'], CODE_OPTIONS, { required: true, max: 3 })}
        ${html('<h3>Medication</h3>')}${dropdown('Drug name', ILARIS['drug.name'], DRUG_OPTIONS, { required: true })}${input('HCPCS code', ILARIS['drug.hcpcs'])}${input('NDC', ILARIS['drug.ndc'])}${input('Dose (mg)', '150', 'number')}${input('Billing units', '150', 'number')}${dropdown('Frequency', 'Every 4 weeks', FREQUENCY_OPTIONS)}
        ${html('<h3>Labs</h3>')}${input('CRP (mg/L)', '24', 'number')}${input('CRP collection date', ISO_REQUEST['labs.crpDate'], 'date')}
        ${therapy(0)}${therapy(1)}
        ${html('<h3>Prescriber</h3>')}${input('Prescriber NPI', ILARIS['prescriber.npi'], 'text', { required: true })}${hidden('portal')}`,
      ),
    );
    expect(read()).toEqual({ ...ISO_REQUEST, ...ISO_THERAPIES });
    noDuplicatePaths();
  });

  it('names each box by its label, not the hidden "This field is required" of the field before it', () => {
    page(
      n8nForm(
        `${input('Member ID', ILARIS['patient.memberId'], 'text', { required: true })}${input('NDC', ILARIS['drug.ndc'], 'text', { required: true })}${input('Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'drug.ndc': ILARIS['drug.ndc'],
      'prescriber.npi': ILARIS['prescriber.npi'],
    });
    expect(field('drug.ndc')?.label).toBe('NDC');
  });

  it('reads a dropdown still on its disabled "Select an option ..." prompt as empty, and a chosen one by its text', () => {
    page(
      n8nForm(
        `${dropdown('Drug name', ILARIS['drug.name'], DRUG_OPTIONS)}${dropdown('Frequency', '', FREQUENCY_OPTIONS, { required: true })}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': '' });
  });

  it('reads the checkbox multiselect under its label as the ticked codes', () => {
    page(
      n8nForm(
        `${input('Member ID', ILARIS['patient.memberId'])}${multiselect('ICD-10 codes', ['M04.1', 'M06.1'], CODE_OPTIONS, { max: 3 })}${input('Billing units', '150', 'number')}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.units': '150' });
  });

  it('reads a radio field (checkboxes kept single) as its ticked choice', () => {
    page(
      n8nForm(
        `${multiselect('Frequency', ['Every 8 weeks'], FREQUENCY_OPTIONS, { radio: true, required: true })}${input('Dose (mg)', '150', 'number')}`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'drug.dose': '150' });
  });

  it('reads an empty multiselect as empty, after the shown error of the empty box before it', () => {
    const member = input('Member ID', '', 'text', { required: true }).replace("error-hidden'>", "error-hidden error-show'>");
    page(
      n8nForm(
        `${member}${multiselect('ICD-10 codes', [], CODE_OPTIONS, { required: true })}${input('Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'diagnosis.codes.0': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads a yes/no radio field as its ticked answer', () => {
    page(
      n8nForm(
        `${multiselect('Colchicine contraindicated or not tolerated?', ['Yes'], ['Yes', 'No'], { radio: true })}${multiselect('Hospitalized for a flare in the past 12 months?', ['No'], ['Yes', 'No'], { radio: true })}`,
      ),
    );
    expect(read()).toEqual({ 'clinical.colchicineContraindicated': 'Yes', 'clinical.hospitalization': 'No' });
  });

  it('takes nothing from hidden fields, even one holding an NPI beside the visible box', () => {
    page(
      n8nForm(
        `${hidden('9876543210')}${input('Prescriber NPI', ILARIS['prescriber.npi'])}${hidden('W1234567890')}${input('Member ID', ILARIS['patient.memberId'])}`,
      ),
    );
    expect(read()).toEqual({ 'prescriber.npi': ILARIS['prescriber.npi'], 'patient.memberId': ILARIS['patient.memberId'] });
  });

  it('takes no value from an HTML field showing the request on file as a table', () => {
    const onFile = html(
      '<h3>Request on file</h3><table><thead><tr><th>Member ID</th><th>Drug</th><th>Dose</th><th>Status</th></tr></thead><tbody><tr><td>W1234567890</td><td>Kineret (anakinra)</td><td>100 mg</td><td>Denied</td></tr></tbody></table>',
    );
    page(
      n8nForm(
        `${onFile}${html('<h3>New request</h3>')}${input('Member ID', ILARIS['patient.memberId'])}${input('Dose (mg)', '150', 'number')}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'drug.dose': '150' });
    nothingFrom('.form-group.html');
  });

  it('reads a textarea and a date prefilled from the query, in a test run', () => {
    page(
      n8nForm(`${input('CRP collection date', ISO_REQUEST['labs.crpDate'], 'date')}${textarea('Indication', 'Still disease, active')}`, {
        testRun: true,
      }),
    );
    expect(read()).toEqual({ 'labs.crpDate': ISO_REQUEST['labs.crpDate'], 'diagnosis.indication': 'Still disease, active' });
    nothingFrom('#submitted-form');
  });
});
