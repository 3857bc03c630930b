import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, ISO_REQUEST, ISO_THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * ASP.NET Core 9 MVC tag helpers in a Razor Page (dotnet/aspnetcore, read through the code index:
 * src/Mvc/Mvc.ViewFeatures/src/DefaultHtmlGenerator.cs at 201f3c2 (GenerateInput: `type`, `name`, `value`, the
 * sanitized id, `input-validation-error` on a field with errors, the `data-val-*` attributes;
 * GenerateValidationMessage: `span.field-validation-valid|field-validation-error[data-valmsg-for][data-valmsg-replace]`;
 * GenerateValidationSummary: `div.validation-summary-errors|valid[data-valmsg-summary=true] > ul > li`, a hidden
 * `li[style=display:none]` when empty, nothing at all for ModelOnly without model errors), InputTagHelper's type map
 * (decimal → text with `data-val-number`, int → number, bool → checkbox, `[DataType(Date)]` → date as yyyy-MM-dd),
 * SelectTagHelper (`multiple` for a collection property, `asp-items` options after the page's own prompt option),
 * the checkbox's hidden `value="false"` input and `__RequestVerificationToken` written at the end of the form.
 * The page is the Razor Pages "Create" scaffold (`div.form-group` > `label.control-label[for]` + `input.form-control`
 * + `span.text-danger`) over `[BindProperty] public PaRequest Request`: ids `Request_DrugName`, names
 * `Request.DrugName`, list binding `Request.PriorTherapies[0].Drug` / `Request_PriorTherapies_0__Drug` in a table
 * written with a `for` loop, each row's `Id` in a hidden input; jquery-validation-unobtrusive, once it flags a field on
 * the client, puts the message in `span#<id>-error` inside the validation span and sets `aria-describedby`/`aria-invalid`; a floating label (Identity UI's `div.form-floating`:
 * input, then label, then the validation span) in a focused test.
 */

type O = { type?: string; error?: string; val?: string; placeholder?: string };
const id = (prop: string) => prop.replace(/[.[\]]/g, '_');
const req = (display: string) => ` data-val="true" data-val-required="The ${display} field is required."`;

/** `<input asp-for>` as generated: class, type, data-val-*, id, name, value */
const inputTag = (prop: string, display: string, value: string, o: O = {}) =>
  `<input class="form-control${o.error ? ' input-validation-error' : ''}" type="${o.type ?? 'text'}"${o.val ?? req(display)} id="${id(prop)}" name="${prop}" value="${value}"${o.placeholder ? ` placeholder="${o.placeholder}"` : ''} />`;
const validationFor = (prop: string, error?: string) =>
  `<span class="text-danger ${error ? 'field-validation-error' : 'field-validation-valid'}" data-valmsg-for="${prop}" data-valmsg-replace="true">${error ?? ''}</span>`;

/** the Create scaffold's form-group */
const group = (prop: string, display: string, value: string, o: O = {}) =>
  `<div class="form-group">
                <label class="control-label" for="${id(prop)}">${display}</label>
                ${inputTag(prop, display, value, o)}
                ${validationFor(prop, o.error)}
            </div>`;
const decimal = (prop: string, display: string, value: string) =>
  group(prop, display, value, { val: `${req(display)} data-val-number="The field ${display} must be a number."` });

const select = (
  prop: string,
  display: string,
  items: [string, string][],
  chosen: string[],
  o: { prompt?: string; multiple?: boolean } = {},
) =>
  `<div class="form-group">
                <label class="control-label" for="${id(prop)}">${display}</label>
                <select class="form-select"${req(display)} id="${id(prop)}"${o.multiple ? ' multiple="multiple"' : ''} name="${prop}">${o.prompt ? `<option value="">${o.prompt}</option>` : ''}${items
                  .map(([v, t]) => `<option${chosen.includes(v) ? ' selected="selected"' : ''} value="${v}">${t}</option>`)
                  .join('\n')}</select>
                ${validationFor(prop)}
            </div>`;

const FREQ: [string, string][] = [
  ['Q4W', 'Every 4 weeks'],
  ['Q8W', 'Every 8 weeks'],
  ['ONCE', 'Once'],
];
const CODES: [string, string][] = [
  ['M04.1', 'M04.1'],
  ['M06.1', 'M06.1'],
  ['M04.8', 'M04.8'],
];
const COLS = [
  ['Drug', 'Drug', 'text'],
  ['Dose', 'Dose', 'text'],
  ['StartDate', 'Start date', 'date'],
  ['StopDate', 'Stop date', 'date'],
  ['Outcome', 'Outcome', 'text'],
] as const;
const therapyTable = () =>
  `<h4>Prior therapies</h4>
            <table class="table">
                <thead><tr>${COLS.map(([, h]) => `<th>${h}</th>`).join('')}</tr></thead>
                <tbody>${THERAPY_ROWS.map(
                  (r, i) =>
                    `<tr>${COLS.map(([p, h, t], c) => {
                      const prop = `Request.PriorTherapies[${i}].${p}`;
                      const v = t === 'date' ? ISO_THERAPIES[`priorTherapies.${i as 0 | 1}.${c === 2 ? 'start' : 'stop'}`] : r[c]!;
                      return `<td>${c === 0 ? `<input type="hidden" data-val="true" data-val-required="The Id field is required." id="${id(`Request.PriorTherapies[${i}].Id`)}" name="Request.PriorTherapies[${i}].Id" value="${17 + i}" />` : ''}${inputTag(prop, h, v, { type: t, val: p === 'Drug' ? req(h) : '' })}${validationFor(prop)}</td>`;
                    }).join('')}</tr>`,
                ).join('')}</tbody>
            </table>`;

const razorPage = (body: string, hiddenAtEnd = '') =>
  `<div class="container"><main role="main" class="pb-3"><h1>Create</h1>
<h4>Prior authorization request</h4>
<hr />
<div class="row">
    <div class="col-md-8">
        <form method="post">
            ${body}
            <div class="form-group">
                <input type="submit" value="Create" class="btn btn-primary" />
            </div>
        ${hiddenAtEnd}<input name="__RequestVerificationToken" type="hidden" value="CfDJ8N2kQ7vTz9pXq0Lr5mHwYb" /></form>
    </div>
</div>
<div><a href="/Requests">Back to List</a></div></main></div>`;

const fullPage = () =>
  razorPage(`<h5>Patient</h5>
            ${group('Request.MemberId', 'Member ID', ILARIS['patient.memberId'])}
            ${group('Request.DateOfBirth', 'Date of birth', '1988-03-14', { type: 'date' })}
            ${decimal('Request.WeightKg', 'Weight (kg)', '72')}
            <h5>Diagnosis</h5>
            ${select('Request.DiagnosisCodes', 'ICD-10 codes', CODES, ['M04.1', 'M06.1'], { multiple: true })}
            <h5>Medication</h5>
            ${group('Request.DrugName', 'Drug name', ILARIS['drug.name'])}
            ${group('Request.Hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}
            ${group('Request.Ndc', 'NDC', ILARIS['drug.ndc'])}
            ${decimal('Request.DoseMg', 'Dose (mg)', '150')}
            ${group('Request.BillingUnits', 'Billing units', '150', { type: 'number' })}
            ${select('Request.Frequency', 'Frequency', FREQ, ['Q4W'], { prompt: '-- Select frequency --' })}
            <h5>Labs</h5>
            ${decimal('Request.CrpMgL', 'CRP (mg/L)', '24')}
            ${group('Request.CrpDate', 'CRP collection date', '2026-11-02', { type: 'date' })}
            ${therapyTable()}
            <h5>Prescriber</h5>
            ${group('Request.PrescriberNpi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`);

const WHOLE = { ...ISO_REQUEST, ...ISO_THERAPIES };

describe('ASP.NET Core tag helpers in a Razor Page: asp-for inputs, selects, list binding, validation', () => {
  it('reads the full Ilaris request', () => {
    page(fullPage());
    expect(read()).toEqual(WHOLE);
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('names inputs by their asp-for labels, the empty field-validation-valid spans no text', () => {
    page(
      razorPage(
        `${group('Request.MemberId', 'Member ID', ILARIS['patient.memberId'])}${group('Request.PrescriberNpi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads a field with a server error as empty, neither its message nor the validation summary a label', () => {
    page(
      razorPage(
        `<div class="text-danger validation-summary-errors" data-valmsg-summary="true"><ul><li>The Prescriber NPI field is required.</li>\n</ul></div>${group('Request.PrescriberNpi', 'Prescriber NPI', '', { error: 'The Prescriber NPI field is required.' })}${group('Request.Hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}`,
      ),
    );
    expect(read()).toEqual({ 'prescriber.npi': '', 'drug.hcpcs': ILARIS['drug.hcpcs'] });
    expect(field('drug.hcpcs')?.label).toBe('HCPCS code');
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads a field jquery-validation-unobtrusive flagged on the client (aria-invalid, the message in span#…-error)', () => {
    page(
      razorPage(
        `<div class="form-group">\n<label class="control-label" for="Request_PrescriberNpi">Prescriber NPI</label>\n<input class="form-control input-validation-error" type="text"${req('Prescriber NPI')} id="Request_PrescriberNpi" name="Request.PrescriberNpi" value="" aria-describedby="Request_PrescriberNpi-error" aria-invalid="true" />\n<span class="text-danger field-validation-error" data-valmsg-for="Request.PrescriberNpi" data-valmsg-replace="true"><span id="Request_PrescriberNpi-error" class="">The Prescriber NPI field is required.</span></span>\n</div>${group('Request.Hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}`,
      ),
    );
    expect(read()).toEqual({ 'prescriber.npi': '', 'drug.hcpcs': ILARIS['drug.hcpcs'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads a select on its own prompt option as empty', () => {
    page(razorPage(select('Request.Frequency', 'Frequency', FREQ, [], { prompt: '-- Select frequency --' })));
    expect(read()).toEqual({ 'drug.frequency': '' });
  });

  it('reads a multiple select bound to a list as its chosen codes', () => {
    page(razorPage(select('Request.DiagnosisCodes', 'ICD-10 codes', CODES, ['M04.1', 'M06.1'], { multiple: true })));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('numbers list-bound rows (PriorTherapies[0].Drug) under their column headers, nothing from the hidden Ids', () => {
    page(razorPage(therapyTable()));
    expect(read()).toEqual(ISO_THERAPIES);
    nothingFrom('input[type=hidden]');
  });

  it('takes nothing from the checkbox hidden "false" input and the antiforgery token written at the end of the form', () => {
    page(
      razorPage(
        `<div class="form-check"><input class="form-check-input" type="checkbox" data-val="true" data-val-required="The Urgent review field is required." id="Request_Urgent" name="Request.Urgent" value="true" /><label class="form-check-label" for="Request_Urgent">Urgent review</label></div>${group('Request.MemberId', 'Member ID', ILARIS['patient.memberId'])}`,
        '<input name="Request.Urgent" type="hidden" value="false" />',
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'] });
    nothingFrom('input[type=hidden]');
  });

  it('names an input in a form-floating box by the label after it, not its placeholder', () => {
    page(
      razorPage(
        `<div class="form-floating mb-3">${inputTag('Input.MemberId', 'Member ID', ILARIS['patient.memberId'], { placeholder: 'U00000000' })}<label class="form-label" for="Input_MemberId">Member ID</label>${validationFor('Input.MemberId')}</div><div class="form-floating mb-3">${inputTag('Input.PrescriberNpi', 'Prescriber NPI', ILARIS['prescriber.npi'], { placeholder: '0000000000' })}<label class="form-label" for="Input_PrescriberNpi">Prescriber NPI</label>${validationFor('Input.PrescriberNpi')}</div>`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('patient.memberId')?.label).toBe('Member ID');
  });
});
