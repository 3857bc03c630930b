import { describe, expect, it } from 'vitest';
import { mapped, page, read, units } from '../read';

/**
 * JotForm (classic "Default" theme, server-rendered form): each question is
 * `li.form-line[data-type=control_*]#id_N` with `label.form-label#label_N[for=input_N]` and
 * `div#cid_N.form-input-wide`; a sublabel is `label.form-sub-label#sublabel_…` written under its
 * box inside `span.form-sub-label-container` (linked with `for` and through the box's
 * `aria-labelledby="label_N sublabel_…"`); a Full Name is First / Last boxes with sublabels; a Date
 * Picker is Month / Day / Year `type=tel` boxes each with a " -" separator and a sublabel under it
 * (lite mode: those boxes hidden and one "MM-DD-YYYY" box shown); a dropdown is a native select
 * with a "Please Select" first option; an Input Table (control_matrix) has `th` column labels
 * with ids, `th scope=row` row labels, and inputs `aria-labelledby="<col label> <row label>"`;
 * validation errors are `div.form-error-message` appended to the `li`.
 */

let n = 0;
const li = (type: string, label: string, forId: string, body: string, error = '') => {
  const q = ++n;
  return {
    q,
    html: `<li class="form-line${error ? ' form-line-error' : ''}" data-type="control_${type}" id="id_${q}">
      <label class="form-label form-label-top form-label-auto" id="label_${q}" for="${forId.replace('#', String(q))}"> ${label} </label>
      <div id="cid_${q}" class="form-input-wide" data-layout="half">${body.replaceAll('#', String(q))}</div>
      ${error ? `<div class="form-error-message" role="alert"><img src="https://cdn.jotfor.ms/images/exclamation-octagon.png" alt="" class="form-error-arrow">${error}<div class="form-error-arrow"><div class="form-error-arrow-inner"></div></div></div>` : ''}
    </li>`,
  };
};

const textbox = (label: string, key: string, value: string, sublabel?: string, error?: string) =>
  li(
    'textbox',
    label,
    'input_#',
    sublabel
      ? `<span class="form-sub-label-container" style="vertical-align:top"><input type="text" id="input_#" name="q#_${key}" data-type="input-textbox" class="form-textbox" size="20" value="${value}" data-component="textbox" aria-labelledby="label_# sublabel_input_#"><label class="form-sub-label" for="input_#" id="sublabel_input_#" style="min-height:13px" aria-hidden="false">${sublabel}</label></span>`
      : `<input type="text" id="input_#" name="q#_${key}" data-type="input-textbox" class="form-textbox" size="20" value="${value}" data-component="textbox" aria-labelledby="label_#">`,
    error,
  ).html;

const fullname = (label: string, key: string, first: string, last: string) =>
  li(
    'fullname',
    label,
    'first_#',
    `<div data-wrapper-react="true">
      <span class="form-sub-label-container" style="vertical-align:top" data-input-type="first"><input type="text" id="first_#" name="q#_${key}[first]" class="form-textbox" autocomplete="section-input_# given-name" size="10" value="${first}" data-component="first" aria-labelledby="label_# sublabel_#_first"><label class="form-sub-label" for="first_#" id="sublabel_#_first" style="min-height:13px" aria-hidden="false">First Name</label></span>
      <span class="form-sub-label-container" style="vertical-align:top" data-input-type="last"><input type="text" id="last_#" name="q#_${key}[last]" class="form-textbox" autocomplete="section-input_# family-name" size="15" value="${last}" data-component="last" aria-labelledby="label_# sublabel_#_last"><label class="form-sub-label" for="last_#" id="sublabel_#_last" style="min-height:13px" aria-hidden="false">Last Name</label></span>
    </div>`,
  ).html;

const datePart = (part: 'month' | 'day' | 'year', key: string, value: string, sep: boolean) =>
  `<span class="form-sub-label-container" style="vertical-align:top"><input type="tel" class="form-textbox validate[limitDate]" id="${part}_#" name="q#_${key}[${part}]" size="${part === 'year' ? 4 : 2}" data-maxlength="${part === 'year' ? 4 : 2}" maxlength="${part === 'year' ? 4 : 2}" value="${value}" autocomplete="off" aria-labelledby="label_# sublabel_#_${part}">${
    sep ? '<span class="date-separate" aria-hidden="true">&nbsp;-</span>' : ''
  }<label class="form-sub-label" for="${part}_#" id="sublabel_#_${part}" style="min-height:13px" aria-hidden="false">${part[0]!.toUpperCase()}${part.slice(1)}</label></span>`;

/** a Date Picker with separate boxes (lite mode off) */
const date = (label: string, key: string, mm: string, dd: string, yyyy: string) =>
  li(
    'datetime',
    label,
    'month_#',
    `<div data-wrapper-react="true">${datePart('month', key, mm, true)}${datePart('day', key, dd, true)}${datePart('year', key, yyyy, false)}
      <span class="form-sub-label-container" style="vertical-align:top"><img class="showAutoCalendar newDefaultTheme-dateIcon" alt="Pick a Date" id="input_#_pick" src="https://cdn.jotfor.ms/images/calendar.png" data-component="datetime" aria-hidden="true" data-allow-time="No" data-version="v1"><label class="form-sub-label" for="input_#_pick" style="border:0;clip:rect(0 0 0 0);height:1px;margin:-1px;overflow:hidden;padding:0;position:absolute;width:1px;white-space:nowrap" aria-hidden="true">Date Picker Icon</label></span>
    </div>`,
  ).html;

/** a Date Picker in lite mode: the separate boxes kept hidden, one formatted box shown */
const liteDate = (label: string, key: string, mm: string, dd: string, yyyy: string) =>
  li(
    'datetime',
    label,
    'lite_mode_#',
    `<div data-wrapper-react="true"><div style="display:none">${datePart('month', key, mm, true)}${datePart('day', key, dd, true)}${datePart('year', key, yyyy, false)}</div>
      <span class="form-sub-label-container" style="vertical-align:top"><input type="text" class="form-textbox validate[limitDate, validateLiteDate]" id="lite_mode_#" size="12" data-maxlength="12" maxlength="12" value="${mm}-${dd}-${yyyy}" data-format="mmddyyyy" data-seperator="-" placeholder="MM-DD-YYYY" autocomplete="off" aria-labelledby="label_# sublabel_#_litemode"><img class="showAutoCalendar newDefaultTheme-dateIcon icon-liteMode" alt="Pick a Date" id="input_#_pick" src="https://cdn.jotfor.ms/images/calendar.png" data-component="datetime" aria-hidden="true" data-allow-time="No" data-version="v2"><label class="form-sub-label" for="lite_mode_#" id="sublabel_#_litemode" style="min-height:13px" aria-hidden="false">Date</label></span>
    </div>`,
  ).html;

const dropdown = (label: string, key: string, options: string[], chosen: string) =>
  li(
    'dropdown',
    label,
    'input_#',
    `<select class="form-dropdown" id="input_#" name="q#_${key}" style="width:310px" data-component="dropdown" aria-label="${label}"><option value="">Please Select</option>${options
      .map((o) => `<option value="${o}"${o === chosen ? ' selected' : ''}>${o}</option>`)
      .join('')}</select>`,
  ).html;

/** an Input Table (control_matrix, Text Box cells) */
const inputTable = (label: string, key: string, cols: string[], rowLabels: string[], rows: string[][]) =>
  li(
    'matrix',
    label,
    'input_#',
    `<table summary="" role="presentation" cellpadding="4" cellspacing="0" class="form-matrix-table" data-component="matrix">
      <tr class="form-matrix-tr form-matrix-header-tr"><th class="form-matrix-th" style="border:none"></th>${cols
        .map(
          (c, i) =>
            `<th scope="col" class="form-matrix-headers form-matrix-column-headers form-matrix-column_${i}"><label id="label_#_col_${i}">${c}</label></th>`,
        )
        .join('')}</tr>
      ${rowLabels
        .map(
          (r, ri) =>
            `<tr class="form-matrix-tr form-matrix-value-tr" aria-labelledby="label_# label_#_row_${ri}"><th scope="row" class="form-matrix-headers form-matrix-row-headers"><label id="label_#_row_${ri}">${r}</label></th>${cols
              .map(
                (_, ci) =>
                  `<td class="form-matrix-values"><input type="text" id="input_#_${ri}_${ci}" class="form-textbox" size="5" name="q#_${key}[${ri}][]" style="width:100%" value="${rows[ri]?.[ci] ?? ''}" aria-labelledby="label_#_col_${ci} label_#_row_${ri}"></td>`,
              )
              .join('')}</tr>`,
        )
        .join('')}
    </table>`,
  ).html;

const header = (text: string) => {
  const q = ++n;
  return `<li id="cid_${q}" class="form-input-wide" data-type="control_head"><div class="form-header-group header-default"><div class="header-text httal htvam"><h2 id="header_${q}" class="form-header" data-component="header">${text}</h2></div></div></li>`;
};

const jotform = (items: string) =>
  `<form class="jotform-form" action="https://submit.jotform.com/submit/243000000000000" method="post" name="form_243000000000000" id="243000000000000" accept-charset="utf-8" autocomplete="on">
    <input type="hidden" name="formID" value="243000000000000"><input type="hidden" id="JWTContainer" value=""><input type="hidden" id="cardinalOrderNumber" value="">
    <div role="main" class="form-all"><ul class="form-section page-section">${items}
      <li class="form-line" data-type="control_button"><div class="form-input-wide"><div class="form-buttons-wrapper"><button type="submit" class="form-submit-button submit-button jf-form-buttons jsTest-submitField" data-component="button">Submit</button></div></div></li>
    </ul></div></form>`;

describe('JotForm', () => {
  it('reads a Date Picker as Month / Day / Year boxes with sublabels under them, once', () => {
    page(
      jotform(
        header('Patient') +
          fullname('Patient Name', 'patientName', 'Jordan', 'Sample') +
          date('Date of Birth', 'dateOf', '03', '02', '1980') +
          textbox('Weight (kg)', 'weightkg', '70'),
      ),
    );
    const r = read();
    expect(r['patient.dob']).toBe('03/02/1980');
    expect(r['patient.weight']).toBe('70');
    expect(mapped().filter((m) => m.path === 'patient.dob')).toHaveLength(1);
    expect(units()).toEqual({ 'patient.weightUnit': 'kg' });
  });

  it('reads a Full Name (First / Last boxes with sublabels) as the whole name', () => {
    page(
      jotform(
        header('Patient') + fullname('Patient Name', 'patientName', 'Jordan', 'Sample') + textbox('Member ID', 'memberId', 'U9876543201'),
      ),
    );
    expect(read()).toEqual({ 'patient.name': 'Jordan Sample', 'patient.memberId': 'U9876543201' });
  });

  it('does not read the Last Name box or its sublabel as another field', () => {
    page(
      jotform(
        header('Patient') + fullname('Patient Name', 'patientName', 'Jordan', 'Sample') + textbox('Member ID', 'memberId', 'U9876543201'),
      ),
    );
    const paths = mapped().map((m) => m.path);
    expect(paths.filter((p) => p === 'patient.name')).toHaveLength(1);
    expect(paths).toContain('patient.memberId');
    expect(Object.values(read())).not.toContain('Sample');
  });

  it('reads a lite-mode Date Picker (hidden part boxes, one MM-DD-YYYY box) as one date', () => {
    page(
      jotform(
        header('Laboratory results') +
          textbox('CRP result', 'crpResult', '4.5') +
          liteDate('CRP collection date', 'crpCollection', '11', '12', '2026'),
      ),
    );
    const r = read();
    expect(r['labs.crpValue']).toBe('4.5');
    expect(r['labs.crpDate']).toMatch(/^11[-/]12[-/]2026$/);
    expect(mapped().filter((m) => m.path === 'labs.crpDate')).toHaveLength(1);
    expect(Object.keys(r).sort()).toEqual(['labs.crpDate', 'labs.crpValue']);
  });

  it('reads a unit written in a textbox sublabel, and does not name the next field by a sublabel', () => {
    page(
      jotform(
        header('Medication requested') +
          textbox('Dose', 'dose', '150', 'mg') +
          textbox('Billing units', 'billingUnits', '150', 'HCPCS J0638 is billed per 1 mg') +
          textbox('Frequency', 'frequency', 'every 4 weeks'),
      ),
    );
    expect(read()).toEqual({ 'drug.dose': '150', 'drug.units': '150', 'drug.frequency': 'every 4 weeks' });
    expect(units()).toEqual({ 'drug.doseUnit': 'mg' });
  });

  it('does not read a validation message as a label or value', () => {
    page(
      jotform(
        header('Prescriber') +
          textbox('Prescriber NPI', 'npi', '', undefined, 'This field is required.') +
          textbox('Prescriber name', 'prescriberName', 'Dana R. Whitfield, MD'),
      ),
    );
    expect(read()).toEqual({ 'prescriber.npi': '', 'prescriber.name': 'Dana R. Whitfield, MD' });
  });

  it('numbers Input Table rows of prior therapies by the column labels (row labels "Therapy 1", "Therapy 2")', () => {
    page(
      jotform(
        header('Prior therapies') +
          inputTable(
            'Previous medications tried for this diagnosis',
            'previousMedications',
            ['Drug', 'Dose', 'Start', 'Stop', 'Outcome'],
            ['Therapy 1', 'Therapy 2'],
            [
              ['colchicine', '0.6 mg twice daily', '01/05/2026', '03/20/2026', 'inadequate response'],
              ['anakinra', '100 mg daily', '04/01/2026', '06/30/2026', 'injection-site reactions'],
            ],
          ),
      ),
    );
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

  it('reads the whole Ilaris request', () => {
    page(
      jotform(
        header('Patient') +
          date('Date of Birth', 'dateOf', '03', '02', '1980') +
          textbox('Weight', 'weight', '70', 'kg') +
          header('Diagnosis') +
          textbox('Primary ICD-10 code', 'icd1', 'M04.1') +
          textbox('Secondary ICD-10 code', 'icd2', 'M04.2') +
          header('Medication requested') +
          textbox('Drug name', 'drugName', 'Ilaris (canakinumab)') +
          textbox('HCPCS code', 'hcpcs', 'J0638') +
          textbox('NDC', 'ndc', '00078-0734-61', '11 digits, 5-4-2') +
          textbox('Dose', 'dose', '150', 'mg') +
          textbox('Billing units', 'billingUnits', '150') +
          textbox('Frequency', 'frequency', 'every 4 weeks') +
          dropdown(
            'Place of service',
            'placeOf',
            ['Office (11)', 'Off-campus outpatient hospital (19)', 'On-campus outpatient hospital (22)'],
            'Office (11)',
          ) +
          header('Laboratory results') +
          textbox('CRP result', 'crpResult', '4.5') +
          dropdown('CRP unit', 'crpUnit', ['mg/L', 'mg/dL'], 'mg/L') +
          date('CRP collection date', 'crpDate', '11', '12', '2026') +
          header('Prior therapies') +
          inputTable(
            'Previous medications tried',
            'previousMedications',
            ['Drug', 'Dose', 'Start', 'Stop', 'Outcome'],
            ['Therapy 1'],
            [['colchicine', '0.6 mg twice daily', '01/05/2026', '03/20/2026', 'inadequate response']],
          ) +
          header('Prescriber') +
          textbox('Prescriber NPI', 'npi', '1234567893'),
      ),
    );
    expect(read()).toEqual({
      'patient.dob': '03/02/1980',
      'patient.weight': '70',
      'diagnosis.codes.0': 'M04.1',
      'diagnosis.codes.1': 'M04.2',
      'drug.name': 'Ilaris (canakinumab)',
      'drug.hcpcs': 'J0638',
      'drug.ndc': '00078-0734-61',
      'drug.dose': '150',
      'drug.units': '150',
      'drug.frequency': 'every 4 weeks',
      'drug.placeOfService': 'Office (11)',
      'labs.crpValue': '4.5',
      'labs.crpUnit': 'mg/L',
      'labs.crpDate': '11/12/2026',
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.0.dose': '0.6 mg twice daily',
      'priorTherapies.0.start': '01/05/2026',
      'priorTherapies.0.stop': '03/20/2026',
      'priorTherapies.0.outcome': 'inadequate response',
      'prescriber.npi': '1234567893',
    });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg' });
  });

  it('reads a Single Choice whose question label points at its first radio (for="input_N_0")', () => {
    const radio = (label: string, key: string, options: string[], checked: string) =>
      li(
        'radio',
        label,
        'input_#_0',
        `<div class="form-single-column" role="group" aria-labelledby="label_#" data-component="radio">${options
          .map(
            (o, i) =>
              `<span class="form-radio-item" style="clear:left"><span class="dragger-item"></span><input type="radio" aria-describedby="label_#" class="form-radio" id="input_#_${i}" name="q#_${key}" value="${o}"${
                o === checked ? ' checked' : ''
              }><label id="label_input_#_${i}" for="input_#_${i}">${o}</label></span>`,
          )
          .join('')}</div>`,
      ).html;
    page(
      jotform(
        header('Clinical') +
          radio('Will colchicine be continued?', 'willColchicine', ['Yes', 'No'], 'No') +
          radio('Has the patient been hospitalized for a flare?', 'hasThe', ['Yes', 'No'], 'Yes') +
          textbox('Number of flares in the last 12 months', 'numberOf', '4'),
      ),
    );
    expect(read()).toEqual({
      'clinical.colchicineContinuing': 'No',
      'clinical.hospitalization': 'Yes',
      'clinical.flaresPast12Months': '4',
    });
  });

  it('numbers Input Table rows whose Outcome column is a dropdown', () => {
    const q = ++n;
    const cols = ['Drug', 'Dose', 'Outcome'];
    const cell = (ri: number, ci: number, v: string) =>
      ci === 2
        ? `<td class="form-matrix-values"><select class="form-dropdown" name="q${q}_therapies[${ri}][]" aria-labelledby="label_${q}_col_${ci} label_${q}_row_${ri}"><option value=""></option>${[
            'Inadequate response',
            'Intolerance',
          ]
            .map((o) => `<option value="${o}"${o === v ? ' selected' : ''}>${o}</option>`)
            .join('')}</select></td>`
        : `<td class="form-matrix-values"><input type="text" id="input_${q}_${ri}_${ci}" class="form-textbox" size="5" name="q${q}_therapies[${ri}][]" value="${v}" aria-labelledby="label_${q}_col_${ci} label_${q}_row_${ri}"></td>`;
    page(
      jotform(
        header('Prior therapies') +
          `<li class="form-line" data-type="control_matrix" id="id_${q}"><label class="form-label form-label-top" id="label_${q}" for="input_${q}">Previous medications tried</label>
          <div id="cid_${q}" class="form-input-wide"><table summary="" role="presentation" cellpadding="4" cellspacing="0" class="form-matrix-table" data-component="matrix">
            <tr class="form-matrix-tr form-matrix-header-tr"><th class="form-matrix-th" style="border:none"></th>${cols
              .map(
                (c, i) =>
                  `<th scope="col" class="form-matrix-headers form-matrix-column-headers form-matrix-column_${i}"><label id="label_${q}_col_${i}">${c}</label></th>`,
              )
              .join('')}</tr>
            ${[
              ['colchicine', '0.6 mg twice daily', 'Inadequate response'],
              ['anakinra', '100 mg daily', 'Intolerance'],
            ]
              .map(
                (row, ri) =>
                  `<tr class="form-matrix-tr form-matrix-value-tr" aria-labelledby="label_${q} label_${q}_row_${ri}"><th scope="row" class="form-matrix-headers form-matrix-row-headers"><label id="label_${q}_row_${ri}">Therapy ${ri + 1}</label></th>${row
                    .map((v, ci) => cell(ri, ci, v))
                    .join('')}</tr>`,
              )
              .join('')}
          </table></div></li>`,
      ),
    );
    expect(read()).toEqual({
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.0.dose': '0.6 mg twice daily',
      'priorTherapies.0.outcome': 'Inadequate response',
      'priorTherapies.1.drug': 'anakinra',
      'priorTherapies.1.dose': '100 mg daily',
      'priorTherapies.1.outcome': 'Intolerance',
    });
  });
});
