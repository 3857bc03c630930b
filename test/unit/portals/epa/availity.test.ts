import { describe, expect, it } from 'vitest';
import { field, mapped, page, read, units } from '../read';
import { ILARIS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * An Availity Essentials authorization request ("Authorizations & Referrals": organization and
 * payer, a patient search above the request, then the request's patient, requesting provider,
 * diagnosis codes and service lines), built with availity-react (reactstrap on Bootstrap 4 and
 * availity-uikit, Formik). The component markup follows availity-react's source (packages/form
 * Field, Label, RadioGroup, Radio; packages/select Select): a `Field` is `div.form-group` >
 * `label#<id>-label[for=<id>]` (a required one starts with
 * `strong.text-danger[data-testid=required-asterisk]` "*") + `input#<id>.form-control.is-untouched
 * .is-pristine.av-valid[name]` (with `append`, an `div.input-group` and
 * `div.input-group-append > span.input-group-text` unit) + `div.invalid-feedback`, `small.form-text`
 * help; a `RadioGroup` is a `fieldset.form-group` with an `sr-only` legend and an aria-hidden `div`
 * label, radios in `div.form-check` with their own `label.form-check-label`; a `Select` is
 * react-select with `classNamePrefix="av"` (`div.av-select` container, `av__control`,
 * `av__single-value`, per value an `av__multi-value` chip with `av__multi-value__remove
 * [role=button][aria-label="Remove …"]`, `input#<name>.av__input[role=combobox]`, no clear
 * indicator, a dropdown indicator with an `sr-only` "Toggle Select Options", a hidden
 * `input[name]` per value) followed, for a multi select, by a `button.btn.btn-link.link` "clear".
 * The Authorizations app's own page (its labels, its service-line grid, the patient search panel)
 * is not public: its layout here follows Availity's help pages' description (search the patient
 * by member ID and date of birth, then the patient shows as a read-only summary above the
 * request; diagnosis codes searched by code or description; one or more service lines with a
 * procedure code, quantity and quantity type, from and to dates) and is built the way availity-react
 * renders such a page (Bootstrap cards and a `table.table` of service lines).
 */

let k = 0;
const ast =
  '<strong class="text-danger d-inline align-text-top" data-testid="required-asterisk" style="font-size: 130%; line-height: 100%;">*</strong> ';

/** @availity/form Field */
const avField = (
  name: string,
  label: string,
  value: string,
  o: { required?: boolean; append?: string; help?: string; readOnly?: boolean } = {},
) => {
  const id = `${name}-${(k += 1)}`;
  const input = `<input name="${name}" id="${id}" type="text"${o.required ? ' required=""' : ''}${o.readOnly ? ' readonly=""' : ''} class="form-control is-untouched is-pristine av-valid"${o.help ? ` aria-describedby="${name}-helpmessage"` : ''} value="${value}">`;
  const box = o.append
    ? `<div class="input-group">${input}<div class="input-group-append"><span class="input-group-text">${o.append}</span></div><div class="invalid-feedback" id="${name}-feedback"></div></div>`
    : `${input}<div class="invalid-feedback" id="${name}-feedback"></div>`;
  return `<div class="form-group"><label id="${id}-label" for="${id}" data-testid="label">${o.required ? ast : ''}${label}</label>${box}${
    o.help ? `<small id="${name}-helpmessage" class="form-text text-muted">${o.help}</small>` : ''
  }</div>`;
};

const chevron = `<svg height="20" width="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false" class="css-8mmkcg"><path d="M4.516 7.548c0.436-0.446 1.043-0.481 1.576 0z"></path></svg>`;
const cross = `<svg height="14" width="14" viewBox="0 0 20 20" aria-hidden="true" focusable="false" class="css-8mmkcg"><path d="M14.348 14.849c-0.469 0.469-1.229 0.469-1.697 0z"></path></svg>`;

/** @availity/select Select (react-select, classNamePrefix "av") inside its SelectField form group */
const avSelect = (
  name: string,
  label: string,
  chosen: [value: string, label: string][],
  o: { multi?: boolean; required?: boolean; placeholder?: string; bare?: boolean } = {},
) => {
  const values = chosen.length
    ? o.multi
      ? chosen
          .map(
            ([, l]) =>
              `<div class="av__multi-value css-1p3m7a8-multiValue"><div class="av__multi-value__label css-9jq23d">${l}</div><div role="button" class="av__multi-value__remove css-v7duua" aria-label="Remove ${l}" aria-hidden="false">${cross}</div></div>`,
          )
          .join('')
      : `<div class="av__single-value css-1dimb5e-singleValue">${chosen[0]![1]}</div>`
    : `<div class="av__placeholder css-1jqq78o-placeholder" id="react-select-${name}-placeholder">${o.placeholder ?? 'Select...'}<span class="sr-only"> </span></div>`;
  const hidden = (chosen.length ? chosen : [['', '']]).map(([v]) => `<input name="${name}" type="hidden" value="${v}">`).join('');
  const select = `<div style="display: flex;"><div class="av-select is-untouched av-valid css-b62m3t-container">
      <span id="react-select-${name}-live-region" class="css-1f43avz-a11yText-A11yText"></span><span aria-live="polite" aria-atomic="false" aria-relevant="additions text" role="log" class="css-1f43avz-a11yText-A11yText"></span>
      <div class="av__control css-13cymwt-control"><div class="av__value-container${o.multi ? ' av__value-container--is-multi' : ''}${chosen.length ? ' av__value-container--has-value' : ''} css-hlgwow">${values}
        <div class="av__input-container css-19bb58m" data-value=""><input class="av__input" autocapitalize="none" autocomplete="off" autocorrect="off" id="${name}" spellcheck="false" tabindex="0" type="text" aria-autocomplete="list" aria-expanded="false" aria-haspopup="true"${o.required ? ' aria-required="true"' : ''} aria-controls="" role="combobox" aria-activedescendant="" value="" style="color: inherit; background: 0px center; opacity: 1; width: 100%; grid-area: 1 / 2; font: inherit; min-width: 2px; border: 0px; margin: 0px; outline: 0px; padding: 0px;"></div></div>
        <div class="av__indicators css-1wy0on6"><span class="av__indicator-separator css-1u9des2-indicatorSeparator"></span><div class="av__indicator av__dropdown-indicator css-1xc3v61-indicatorContainer" aria-hidden="true">${chevron}<span class="sr-only">Toggle Select Options</span></div></div>
      </div>${hidden}</div>${o.multi ? `<button type="button" class="btn btn-link link" aria-label="clear ${label.toLowerCase()}"${chosen.length ? '' : ' disabled=""'}>clear</button>` : ''}</div>`;
  return o.bare
    ? select
    : `<div class="form-group"><label for="${name}" id="${name}-label" data-testid="label">${o.required ? ast : ''}${label}</label>${select}<div class="invalid-feedback" id="${name}-feedback"></div></div>`;
};

const card = (title: string, body: string, o: { id?: string } = {}) =>
  `<div class="card mb-3"${o.id ? ` id="${o.id}"` : ''}><div class="card-header"><h2 class="h5 mb-0">${title}</h2></div><div class="card-body">${body}</div></div>`;

/** the patient search the page opens with, kept above the request once a patient is chosen */
const patientSearch = (memberId: string, dob: string) =>
  `<div class="card mb-3" id="patient-search"><div class="card-header"><h2 class="h5 mb-0">Patient Search</h2></div><div class="card-body">
    <form novalidate="" class="form-row" role="search" aria-label="Patient search">
      <div class="col-md-4">${avField('memberId', 'Patient ID', memberId, { required: true })}</div>
      <div class="col-md-4">${avField('patientDateOfBirth', 'Patient Date of Birth', dob, { required: true, help: 'MM/DD/YYYY' })}</div>
      <div class="col-md-4 align-self-end"><button type="submit" class="btn btn-primary mb-3">Search</button> <button type="button" class="btn btn-link mb-3">Clear</button></div>
    </form></div></div>`;

/** one service line of the table */
const serviceLine = (i: number, code: [string, string], qty: string, qtyType: [string, string], from: string, to: string, typed = false) =>
  `<tr><th scope="row">${i + 1}</th>
    <td>${
      typed
        ? `<input name="serviceLines.${i}.procedureCode" id="serviceLines.${i}.procedureCode" type="text" class="form-control is-untouched is-pristine av-valid" value="${code[0]}">`
        : avSelect(`serviceLines.${i}.procedureCode`, '', [code], { bare: true })
    }</td>
    <td><input name="serviceLines.${i}.quantity" id="serviceLines.${i}.quantity" type="text" class="form-control is-untouched is-pristine av-valid" value="${qty}"></td>
    <td>${avSelect(`serviceLines.${i}.quantityType`, '', [qtyType], { bare: true })}</td>
    <td><input name="serviceLines.${i}.fromDate" id="serviceLines.${i}.fromDate" type="text" placeholder="MM/DD/YYYY" class="form-control is-untouched is-pristine av-valid" value="${from}"></td>
    <td><input name="serviceLines.${i}.toDate" id="serviceLines.${i}.toDate" type="text" placeholder="MM/DD/YYYY" class="form-control is-untouched is-pristine av-valid" value="${to}"></td>
    <td><button type="button" class="btn btn-link text-danger" aria-label="Remove service line ${i + 1}">Remove</button></td></tr>`;

const serviceLines = (codeHeader: string, lines: string) =>
  card(
    'Service Lines',
    `<table class="table table-sm" id="service-lines"><thead><tr><th scope="col">#</th><th scope="col">${codeHeader}</th><th scope="col">Quantity</th><th scope="col">Quantity Type</th><th scope="col">From Date</th><th scope="col">To Date</th><th scope="col"><span class="sr-only">Actions</span></th></tr></thead>
      <tbody>${lines}</tbody></table><button type="button" class="btn btn-light">+ Add Service Line</button>`,
  );

const J0638 = serviceLine(0, ['J0638', 'J0638'], ILARIS['drug.units'], ['UN', 'Units'], '11/16/2026', '05/15/2027');

/** the request form below the patient search */
const request = (o: { lines?: string; dx?: [string, string][]; patient?: string } = {}) =>
  `<form novalidate="" id="auth-request">
    ${card(
      'Patient',
      o.patient ??
        `<p class="mb-2"><strong>REYES, DANA</strong> · Female</p>
      <div class="form-row"><div class="col-md-4">${avField('patient.memberId', 'Member ID', ILARIS['patient.memberId'], { readOnly: true })}</div>
      <div class="col-md-4">${avField('patient.birthDate', 'Date of Birth', ILARIS['patient.dob'], { readOnly: true })}</div>
      <div class="col-md-4">${avField('patient.weight', 'Patient Weight', ILARIS['patient.weight'], { append: 'kg' })}</div></div>`,
    )}
    ${card(
      'Requesting Provider',
      `${avSelect('requestingProvider', 'Requesting Provider', [['1234567893', 'OKAFOR, ALAN MD - Rheumatology']], { required: true })}
      ${avField('requestingProvider.npi', 'NPI', ILARIS['prescriber.npi'], { readOnly: true })}`,
    )}
    ${card(
      'Diagnosis',
      avSelect(
        'diagnoses',
        'Diagnosis Codes',
        o.dx ?? [
          ['M04.1', 'M04.1 - Periodic fever syndromes'],
          ['M10.9', 'M10.9 - Gout, unspecified'],
        ],
        { multi: true, required: true, placeholder: 'Search by code or description' },
      ),
    )}
    ${card(
      'Medication',
      `<div class="form-row"><div class="col-md-6">${avField('drug.name', 'Drug Name', ILARIS['drug.name'])}</div><div class="col-md-6">${avField('drug.ndc', 'NDC', ILARIS['drug.ndc'], { help: '11 digits, 5-4-2' })}</div></div>
      <div class="form-row"><div class="col-md-6">${avField('drug.dose', 'Dose', ILARIS['drug.dose'], { append: 'mg' })}</div><div class="col-md-6">${avSelect('drug.frequency', 'Frequency', [['Q4W', 'Every 4 weeks']])}</div></div>`,
    )}
    ${card(
      'Clinical Information',
      `<div class="form-row"><div class="col-md-6">${avField('labs.crp', 'CRP', ILARIS['labs.crpValue'], { append: 'mg/L' })}</div><div class="col-md-6">${avField('labs.crpDate', 'CRP Collection Date', ILARIS['labs.crpDate'], { help: 'MM/DD/YYYY' })}</div></div>`,
    )}
    ${o.lines ?? serviceLines('Procedure Code (CPT/HCPCS)', J0638)}
    <div class="d-flex justify-content-end"><button type="button" class="btn btn-light mr-2">Save Draft</button><button type="submit" class="btn btn-primary">Submit</button></div>
  </form>`;

const essentials = (body: string) =>
  `<div id="root"><div class="container-fluid"><nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/public/apps/dashboard">Home</a></li><li class="breadcrumb-item active" aria-current="page">Authorizations &amp; Referrals</li></ol></nav>
    <h1 class="page-header">Outpatient Authorization Request</h1>
    <div class="form-row mb-3"><div class="col-md-6">${avSelect('organization', 'Organization', [['9012', 'Riverside Rheumatology Associates']])}</div><div class="col-md-6">${avSelect('payer', 'Payer', [['ACME', 'Acme Health Plan']])}</div></div>
    ${body}</div></div>`;

const REQUEST = {
  ...ILARIS,
  'diagnosis.codes.0': 'M04.1 - Periodic fever syndromes, M10.9 - Gout, unspecified',
  'drug.frequency': 'Every 4 weeks',
};

describe('Availity Essentials authorization request (availity-react, Bootstrap 4)', () => {
  it('reads the whole Ilaris request below the patient search (all but the service line’s code)', () => {
    page(essentials(patientSearch(ILARIS['patient.memberId'], ILARIS['patient.dob']) + request()));
    const { 'drug.hcpcs': _hcpcs, ...outsideCode } = REQUEST;
    expect(read()).toMatchObject(outsideCode);
    expect(Object.keys(read()).sort()).toEqual(Object.keys(REQUEST).sort());
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('reads the whole Ilaris request, the HCPCS code from the service line’s code select', () => {
    page(essentials(patientSearch(ILARIS['patient.memberId'], ILARIS['patient.dob']) + request()));
    expect(read()).toEqual(REQUEST);
  });

  it('keeps the patient search’s subscriber ID and date of birth out of the request’s member ID and birth date', () => {
    // the office searched by the subscriber's ID (no dependent suffix) and typed the date with dashes
    page(essentials(patientSearch('U48291637', '03-14-1988') + request()));
    const r = read();
    expect(r['patient.memberId']).toBe(ILARIS['patient.memberId']);
    expect(r['patient.dob']).toBe(ILARIS['patient.dob']);
    nothingFrom('#patient-search');
    noDuplicatePaths();
  });

  it('reads the diagnosis chips as the codes, without the remove controls, the "clear" button or hidden values', () => {
    page(essentials(request()));
    expect(read()['diagnosis.codes.0']).toBe(REQUEST['diagnosis.codes.0']);
    expect(field('diagnosis.codes.0')?.label).toMatch(/^\*?\s*Diagnosis Codes$/);
    expect(mapped().some((m) => m.field.element.matches('input[type=hidden], button'))).toBe(false);
    expect(mapped().filter((m) => m.path.startsWith('diagnosis.'))).toHaveLength(1);
  });

  it('reads an empty diagnosis typeahead as empty, not as its placeholder', () => {
    page(essentials(request({ dx: [] })));
    expect(read()['diagnosis.codes.0']).toBe('');
  });

  it('takes nothing from the organization and payer selects above the request', () => {
    page(essentials(request()));
    nothingFrom('#root > .container-fluid > .form-row');
    expect(Object.values(read())).not.toContain('Acme Health Plan');
  });

  it('reads a second service line (the administration code) without taking its code or quantity for the drug', () => {
    const lines = serviceLines(
      'Procedure Code (CPT/HCPCS)',
      J0638 + serviceLine(1, ['96372', '96372 - Ther/proph/diag inj sc/im'], '1', ['UN', 'Units'], '11/16/2026', '05/15/2027'),
    );
    page(essentials(request({ lines })));
    const r = read();
    expect(r['drug.units']).toBe(ILARIS['drug.units']);
    expect(Object.values(r).filter((v) => /96372/.test(v))).toEqual([]);
    expect(Object.values(r)).not.toContain('1');
    noDuplicatePaths();
  });

  it('reads the HCPCS code from a service line headed "Procedure Code"', () => {
    const line = serviceLine(0, ['J0638', 'J0638'], ILARIS['drug.units'], ['UN', 'Units'], '11/16/2026', '05/15/2027', true);
    page(essentials(request({ lines: serviceLines('Procedure Code', line) })));
    expect(read()['drug.hcpcs']).toBe('J0638');
  });
});
