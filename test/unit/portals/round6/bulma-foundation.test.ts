import { describe, expect, it } from 'vitest';
import { field, mapped, page, read, units } from '../read';
import { ILARIS, noDuplicatePaths, nothingFrom, ISO_REQUEST, ISO_THERAPIES, DRUG_OPTIONS } from '../round5/request';

/**
 * Server-rendered Bulma 1.0 and Foundation 6.8 forms (markup from the frameworks' documentation:
 * jgthms/bulma docs/documentation/form/(general, input, select, textarea).html — `div.field >
 * label.label` + `div.control` (`has-icons-left` with `span.icon.is-small.is-left > i`), `p.help`
 * (`is-danger` for errors), `div.field.has-addons > p.control.is-expanded` + `p.control >
 * a.button.is-static` for a unit, `div.field.is-horizontal > div.field-label.is-normal > label` +
 * `div.field-body > div.field*`, `div.select.is-fullwidth > select`, `div.notification.is-danger >
 * button.delete` for a message, `table.table`; foundation/foundation-sites docs/pages/(forms,
 * abide, callout, grid, button).md — labels wrapping their inputs, `div.input-group >
 * input.input-group-field` + `span.input-group-label` "mg", `p.help-text#…` referenced by
 * `aria-describedby`, horizontal rows `div.grid-x > div.small-3.cell > label.text-right.middle[for]`
 * + `div.small-9.cell`, Abide's `div[data-abide-error].alert.callout` (display none until an
 * error) and `span.form-error` (`is-visible`, the label `is-invalid-label`, the input
 * `is-invalid-input`), `div.callout.warning`, `fieldset.fieldset > legend`).
 */

// ---------- Bulma ----------
const bField = (id: string, label: string, control: string, help?: string, danger = false) =>
  `<div class="field"><label class="label" for="${id}">${label}</label>${control}${help ? `<p class="help${danger ? ' is-danger' : ''}">${help}</p>` : ''}</div>`;
const bInput = (id: string, value: string, o: { type?: string; icon?: string; danger?: boolean; placeholder?: string } = {}) =>
  `<div class="control${o.icon ? ' has-icons-left' : ''}"><input class="input${o.danger ? ' is-danger' : ''}" type="${o.type ?? 'text'}" id="${id}" name="pa_request[${id}]"${o.placeholder ? ` placeholder="${o.placeholder}"` : ''} value="${value}">${
    o.icon ? `<span class="icon is-small is-left"><i class="fas fa-${o.icon}"></i></span>` : ''
  }</div>`;
const bAddon = (id: string, value: string, unit: string, placeholder?: string) =>
  `<div class="field has-addons"><p class="control is-expanded"><input class="input" type="number" step="any" id="${id}" name="pa_request[${id}]"${placeholder ? ` placeholder="${placeholder}"` : ''} value="${value}"></p><p class="control"><a class="button is-static">${unit}</a></p></div>`;
const bSelect = (id: string, options: string[], chosen: string | null, prompt = 'Select one') =>
  `<div class="control"><div class="select is-fullwidth"><select id="${id}" name="pa_request[${id}]"><option value="">${prompt}</option>${options
    .map((o) => `<option value="${o}"${o === chosen ? ' selected="selected"' : ''}>${o}</option>`)
    .join('')}</select></div></div>`;
const bHorizontal = (label: string, forId: string, fields: string[]) =>
  `<div class="field is-horizontal"><div class="field-label is-normal"><label class="label" for="${forId}">${label}</label></div><div class="field-body">${fields.map((f) => `<div class="field">${f}</div>`).join('')}</div></div>`;

type Therapy = [drug: string, dose: string, start: string, stop: string, outcome: string];
const T: Therapy[] = [
  ['colchicine', '0.6 mg twice daily', '2026-01-05', '2026-06-30', 'Inadequate response'],
  ['anakinra', '100 mg daily', '2026-07-01', '2026-09-15', 'Injection-site reactions'],
];
const KEYS = ['drug', 'dose', 'start_date', 'stop_date', 'outcome'];
const bTherapies = (rows: Therapy[]) =>
  `<h2 class="title is-5">Prior therapies</h2><div class="table-container"><table class="table is-fullwidth is-striped"><thead><tr><th>Drug</th><th>Dose</th><th>Start date</th><th>Stop date</th><th>Outcome</th><th></th></tr></thead><tbody>${rows
    .map(
      (r, i) =>
        `<tr>${r
          .map(
            (v, k) =>
              `<td><input class="input is-small" type="${k === 2 || k === 3 ? 'date' : 'text'}" name="pa_request[prior_therapies_attributes][${i}][${KEYS[k]}]" id="pa_request_prior_therapies_attributes_${i}_${KEYS[k]}" value="${v}"></td>`,
          )
          .join(
            '',
          )}<td><button type="button" class="button is-small is-danger is-light" aria-label="Remove therapy"><span class="icon is-small"><i class="fas fa-times"></i></span></button></td></tr>`,
    )
    .join('')}</tbody></table></div><button type="button" class="button is-link is-light">Add therapy</button>`;

const FREQ = ['Every 4 weeks', 'Every 8 weeks'];

const bulmaPage = (o: { error?: boolean } = {}) => `<section class="section"><div class="container">
  ${o.error ? '<div class="notification is-danger is-light"><button class="delete" type="button"></button>Please correct the Member ID below.</div>' : ''}
  <form action="/pa_requests" method="post"><input type="hidden" name="authenticity_token" value="tok">
  <h2 class="title is-5">Patient</h2>
  ${bField('member_id', 'Member ID', bInput('member_id', ILARIS['patient.memberId'], { icon: 'id-card', danger: o.error }), o.error ? 'Member ID must be a letter and 10 digits' : 'As printed on the card', o.error)}
  ${bField('dob', 'Date of birth', bInput('dob', '1988-03-14', { type: 'date' }))}
  ${bField('weight', 'Weight', bAddon('weight', '72', 'kg'))}
  <h2 class="title is-5">Diagnosis</h2>
  ${bField('icd10', 'ICD-10 codes', bInput('icd10', 'M04.1, M06.1'), 'Separate codes with commas')}
  <h2 class="title is-5">Medication</h2>
  ${bField('drug_name', 'Drug name', bSelect('drug_name', DRUG_OPTIONS, ILARIS['drug.name'], 'Choose a drug'))}
  ${bField('hcpcs', 'HCPCS code', bInput('hcpcs', ILARIS['drug.hcpcs']))}
  ${bField('ndc', 'NDC', bInput('ndc', ILARIS['drug.ndc']))}
  ${bField('dose', 'Dose', bAddon('dose', '150', 'mg'))}
  ${bField('billing_units', 'Billing units', bInput('billing_units', '150', { type: 'number' }))}
  ${bField('frequency', 'Frequency', bSelect('frequency', FREQ, 'Every 4 weeks', 'Choose a frequency'))}
  <h2 class="title is-5">Labs</h2>
  ${bHorizontal('CRP', 'crp', [bAddon('crp', '24', 'mg/L', 'Result'), bInput('crp_date', '2026-11-02', { type: 'date', placeholder: 'Collection date' })])}
  <h2 class="title is-5">Prescriber</h2>
  ${bHorizontal('Prescriber NPI', 'npi', [bInput('npi', ILARIS['prescriber.npi'])])}
  ${bTherapies(T)}
  <div class="field is-grouped"><div class="control"><button class="button is-link" type="submit">Submit</button></div><div class="control"><button class="button is-link is-light" type="button">Cancel</button></div></div>
  </form></div></section>`;

const EXPECTED = { ...ISO_REQUEST, ...ISO_THERAPIES };
const UNITS = { 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' };

describe('Bulma server-rendered form', () => {
  it('reads the whole request: fields, addons, select wrappers, horizontal fields, the therapy table', () => {
    page(bulmaPage());
    expect(read()).toEqual(EXPECTED);
    noDuplicatePaths();
  });

  it('implies the units of the is-static addon buttons', () => {
    page(bulmaPage());
    expect(units()).toEqual(UNITS);
  });

  it('reads an unchosen select (its empty prompt option) as empty', () => {
    page(`<form>${bField('frequency', 'Frequency', bSelect('frequency', FREQ, null, 'Choose a frequency'))}</form>`);
    expect(read()).toEqual({ 'drug.frequency': '' });
  });

  it('reads neither the notification nor an is-danger help as a field or label, nor the row buttons', () => {
    page(bulmaPage({ error: true }));
    expect(read()).toEqual(EXPECTED);
    nothingFrom('.notification');
    expect(mapped().filter((m) => m.field.element.localName === 'button')).toEqual([]);
    expect(field('patient.memberId')?.label).toBe('Member ID');
  });

  it("names a control by the documentation's label without `for` (the label before the control)", () => {
    page(
      `<form><div class="field"><label class="label">Member ID</label><div class="control"><input class="input" type="text" placeholder="e.g. U1234567890" value="${ILARIS['patient.memberId']}"></div></div><div class="field"><label class="label">Frequency</label><div class="control"><div class="select"><select><option>Choose a frequency</option><option selected>Every 4 weeks</option></select></div></div></div></form>`,
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'drug.frequency': 'Every 4 weeks' });
  });
});

// ---------- Foundation ----------
const fWrap = (label: string, control: string, o: { error?: string; help?: string; id?: string } = {}) =>
  `<label${o.error ? ' class="is-invalid-label"' : ''}>${label}${control}${o.error ? `<span class="form-error is-visible" id="${o.id}Error">${o.error}</span>` : ''}</label>${
    o.help ? `<p class="help-text" id="${o.id}Help">${o.help}</p>` : ''
  }`;
const fInput = (name: string, value: string, o: { type?: string; error?: boolean; help?: boolean; required?: boolean } = {}) =>
  `<input type="${o.type ?? 'text'}" name="${name}"${o.required ? ' required=""' : ''}${o.error ? ' class="is-invalid-input" aria-invalid="true"' : ''}${o.help ? ` aria-describedby="${name}Help"` : ''} value="${value}">`;
const fSelect = (name: string, options: string[], chosen: string | null, prompt: string) =>
  `<select name="${name}"><option value="">${prompt}</option>${options.map((o) => `<option value="${o}"${o === chosen ? ' selected=""' : ''}>${o}</option>`).join('')}</select>`;
const fGroup = (id: string, label: string, value: string, unit: string) =>
  `<label for="${id}">${label}</label><div class="input-group"><input class="input-group-field" type="number" step="any" id="${id}" name="${id}" value="${value}"><span class="input-group-label">${unit}</span></div>`;
const cell = (cls: string, body: string) => `<div class="${cls} cell">${body}</div>`;
const grid = (cells: string[]) => `<div class="grid-x grid-padding-x">${cells.join('')}</div>`;
const fHorizontal = (id: string, label: string, value: string) =>
  grid([
    cell('small-3', `<label for="${id}" class="text-right middle">${label}</label>`),
    cell('small-9', `<input type="text" id="${id}" name="${id}" value="${value}">`),
  ]);
const fTherapy = (i: number, t: Therapy) =>
  `<fieldset class="fieldset"><legend>Prior therapy ${i + 1}</legend>${grid([
    cell('medium-4', fWrap('Drug', fInput(`prior_therapies[${i}][drug]`, t[0]))),
    cell('medium-4', fWrap('Dose', fInput(`prior_therapies[${i}][dose]`, t[1]))),
    cell(
      'medium-4',
      fWrap(
        'Outcome',
        fSelect(
          `prior_therapies[${i}][outcome]`,
          ['Inadequate response', 'Injection-site reactions', 'Intolerance'],
          t[4],
          'Choose an outcome',
        ),
      ),
    ),
    cell('medium-6', fWrap('Start date', fInput(`prior_therapies[${i}][start_date]`, t[2], { type: 'date' }))),
    cell('medium-6', fWrap('Stop date', fInput(`prior_therapies[${i}][stop_date]`, t[3], { type: 'date' }))),
  ])}<button type="button" class="button small alert hollow">Remove</button></fieldset>`;

const foundationPage = (
  o: { error?: boolean } = {},
) => `<div class="grid-container"><form data-abide="" novalidate="" action="/pa_requests" method="post">
  <div data-abide-error="" class="alert callout" style="display: ${o.error ? 'block' : 'none'};"${o.error ? ' role="alert"' : ''}><p><i class="fi-alert"></i> There are some errors in your form.</p></div>
  <div class="callout warning"><h5>Step therapy applies</h5><p>Document at least one prior therapy (drug, dose, dates, outcome).</p></div>
  <h4>Patient</h4>
  ${grid([
    cell(
      'medium-6',
      fWrap('Member ID', fInput('member_id', ILARIS['patient.memberId'], { required: true, error: o.error }), {
        error: o.error ? 'Member ID is required.' : undefined,
        id: 'member_id',
      }),
    ),
    cell('medium-6', fWrap('Date of birth', fInput('dob', '1988-03-14', { type: 'date' }))),
    cell('medium-6', fGroup('weight', 'Weight', '72', 'kg')),
  ])}
  <h4>Diagnosis</h4>
  ${grid([cell('small-12', fWrap('ICD-10 codes', fInput('icd10', 'M04.1, M06.1', { help: true }), { help: 'Separate codes with commas', id: 'icd10' }))])}
  <h4>Medication</h4>
  ${grid([
    cell('medium-6', fWrap('Drug name', fSelect('drug_name', DRUG_OPTIONS, ILARIS['drug.name'], 'Choose a drug'))),
    cell('medium-6', fWrap('HCPCS code', fInput('hcpcs', ILARIS['drug.hcpcs']))),
    cell('medium-6', fWrap('NDC', fInput('ndc', ILARIS['drug.ndc']))),
    cell('medium-6', fGroup('dose', 'Dose', '150', 'mg')),
    cell('medium-6', fWrap('Billing units', fInput('billing_units', '150', { type: 'number' }))),
    cell('medium-6', fWrap('Frequency', fSelect('frequency', FREQ, 'Every 4 weeks', 'Choose a frequency'))),
  ])}
  <h4>Labs</h4>
  ${grid([cell('medium-6', fGroup('crp', 'CRP', '24', 'mg/L')), cell('medium-6', fWrap('CRP collection date', fInput('crp_date', '2026-11-02', { type: 'date' })))])}
  <h4>Prescriber</h4>
  ${fHorizontal('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}
  <h4>Prior therapies</h4>
  ${T.map((t, i) => fTherapy(i, t)).join('')}
  <button type="button" class="button secondary">Add another therapy</button>
  <button class="button" type="submit" value="Submit">Submit</button>
</form></div>`;

describe('Foundation 6 server-rendered form', () => {
  it('reads the whole request: wrapping labels, input groups, horizontal rows, therapy fieldsets', () => {
    page(foundationPage());
    expect(read()).toEqual(EXPECTED);
    noDuplicatePaths();
  });

  it('implies the units of the input-group labels', () => {
    page(foundationPage());
    expect(units()).toEqual(UNITS);
  });

  it('reads an unchosen select as empty', () => {
    page(`<form>${fWrap('Frequency', fSelect('frequency', FREQ, null, 'Choose a frequency'))}</form>`);
    expect(read()).toEqual({ 'drug.frequency': '' });
  });

  it("keeps Abide's hidden form-error spans (inside the wrapping labels, hidden by foundation.css) out of the labels", () => {
    const css =
      '<style>.form-error{display:none;margin-top:-0.5rem;font-size:.75rem;color:#cc4b37}.form-error.is-visible{display:block}</style>';
    const labelled = (label: string, name: string, value: string, error: string) =>
      `<label>${label}<input type="text" name="${name}" aria-errormessage="${name}Error" required="" value="${value}"><span class="form-error" id="${name}Error">${error}</span></label>`;
    page(
      `${css}<form data-abide="" novalidate="">${labelled('Member ID', 'member_id', ILARIS['patient.memberId'], 'Member ID is required.')}${labelled('NDC', 'ndc', ILARIS['drug.ndc'], 'Enter the dose in mg as an 11-digit NDC.')}</form>`,
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'drug.ndc': ILARIS['drug.ndc'] });
    expect(field('patient.memberId')?.label).toBe('Member ID');
    expect(units()).toEqual({});
  });

  it('keeps the Abide error callout, a visible form-error and the warning callout out of fields and labels', () => {
    page(foundationPage({ error: true }));
    expect(read()).toEqual(EXPECTED);
    nothingFrom('.callout');
    expect(field('patient.memberId')?.label).toMatch(/^Member ID$/);
    expect(mapped().filter((m) => m.field.element.localName === 'button')).toEqual([]);
  });
});
