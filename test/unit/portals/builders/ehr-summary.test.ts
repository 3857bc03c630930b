import { describe, expect, it } from 'vitest';
import { mapped, page, read, units } from '../read';

/**
 * EHR-embedded request pages (Epic/Cerner style): a read-only patient banner and clinical summary
 * as definition lists (`dt`/`dd`) or label/value tables, above an editable request form whose
 * labels are sometimes `<label for>` and sometimes plain spans in a grid cell (Cerner PowerForm-like
 * `td.pf-label`); and a print-friendly review step: the form stays in the DOM hidden while a
 * summary of the entered values is shown with Print / Edit / Submit, or every box carries a
 * `span.print-only` copy of its value right after it for printing.
 */

const banner = `<div class="patient-banner" role="region" aria-label="Patient banner">
  <div class="pb-name"><span class="pb-name-text">SAMPLE, JORDAN Q</span> <span class="pb-sex">Male</span></div>
  <dl class="pb-details">
    <dt>DOB</dt><dd>03/02/1980 (46 yrs)</dd>
    <dt>MRN</dt><dd>E1234567</dd>
    <dt>Member ID</dt><dd>U9876543201</dd>
    <dt>Weight</dt><dd>70 kg (11/01/2026)</dd>
    <dt>Allergies</dt><dd>No Known Allergies</dd>
    <dt>PCP</dt><dd>Whitfield, Dana R, MD</dd>
  </dl></div>`;

const summary = `<section class="clinical-summary" aria-labelledby="sumh"><h2 id="sumh">Clinical Summary</h2>
  <dl class="summary-list">
    <dt>Problem list</dt><dd>M04.1 Periodic fever syndromes (CAPS)<br>M04.2 Cryopyrin-associated periodic syndromes</dd>
    <dt>Last CRP</dt><dd>4.5 mg/L (11/12/2026)</dd>
    <dt>Active medications</dt><dd>colchicine 0.6 mg tablet, 1 tab PO BID</dd>
  </dl></section>`;

const labelled = (id: string, label: string, value: string) =>
  `<div class="form-row"><label for="${id}" class="form-label">${label}</label><input type="text" id="${id}" name="${id}" class="form-input" value="${value}"></div>`;

/** a PowerForm-like grid row: plain text label cell, box cell */
const pfRow = (label: string, value: string, name: string) =>
  `<tr><td class="pf-label">${label}</td><td class="pf-control"><input type="text" name="${name}" class="pf-input" value="${value}"></td></tr>`;

const therapyTable = (rows: string[][]) =>
  `<table class="pf-table"><caption>Prior therapies</caption><thead><tr><th>Drug</th><th>Dose</th><th>Start</th><th>Stop</th><th>Outcome</th></tr></thead>
    <tbody>${rows
      .map(
        (row, i) =>
          `<tr>${row.map((v, c) => `<td><input type="text" name="therapy_${i}_${['drug', 'dose', 'start', 'stop', 'outcome'][c]}" class="pf-input" value="${v}"></td>`).join('')}</tr>`,
      )
      .join('')}</tbody></table>`;

const requestForm = (hidden = false) => `<form id="pa-request" class="request-form"${hidden ? ' hidden' : ''}>
  <h2>Prior authorization request</h2>
  <fieldset><legend>Diagnosis</legend>${labelled('icd1', 'Primary ICD-10 code', 'M04.1')}${labelled('icd2', 'Secondary ICD-10 code', 'M04.2')}</fieldset>
  <fieldset><legend>Medication requested</legend>
    ${labelled('drug', 'Drug name', 'Ilaris (canakinumab)')}${labelled('hcpcs', 'HCPCS code', 'J0638')}${labelled('ndc', 'NDC', '00078-0734-61')}
    <table class="pf-grid"><tbody>${pfRow('Dose (mg):', '150', 'dose')}${pfRow('Billing units:', '150', 'units')}${pfRow('Frequency:', 'every 4 weeks', 'freq')}${pfRow(
      'Place of service:',
      'Office (11)',
      'pos',
    )}</tbody></table></fieldset>
  <fieldset><legend>Laboratory results</legend>${labelled('crp', 'CRP result (mg/L)', '4.5')}${labelled('crpDate', 'CRP collection date', '11/12/2026')}</fieldset>
  <fieldset><legend>Prior therapies</legend>${therapyTable([['colchicine', '0.6 mg twice daily', '01/05/2026', '03/20/2026', 'inadequate response']])}<button type="button">Add row</button></fieldset>
  <fieldset><legend>Prescriber</legend>${labelled('npi', 'Prescriber NPI', '1234567893')}</fieldset>
  <button type="button" class="btn-next">Review</button></form>`;

const REQUEST = {
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
  'labs.crpDate': '11/12/2026',
  'priorTherapies.0.drug': 'colchicine',
  'priorTherapies.0.dose': '0.6 mg twice daily',
  'priorTherapies.0.start': '01/05/2026',
  'priorTherapies.0.stop': '03/20/2026',
  'priorTherapies.0.outcome': 'inadequate response',
  'prescriber.npi': '1234567893',
};

describe('EHR read-only summary above an editable request', () => {
  it('reads the editable request only, nothing from the banner or summary lists', () => {
    page(`<div class="activity">${banner}${summary}${requestForm()}</div>`);
    expect(read()).toEqual(REQUEST);
    expect(units()).toEqual({ 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
  });

  it('does not name a box by a read-only label/value row before it', () => {
    // the row before the Weight box shows the DOB as text; the row before Dose shows the last CRP
    page(`<form><table class="pf-grid"><tbody>
      <tr><td class="pf-label">Date of birth:</td><td class="pf-value">03/02/1980</td></tr>
      ${pfRow('Weight today (kg):', '70', 'wt')}
      <tr><td class="pf-label">Last CRP:</td><td class="pf-value">4.5 mg/L on 11/12/2026</td></tr>
      ${pfRow('Dose (mg):', '150', 'dose')}
      ${pfRow('Frequency:', 'every 4 weeks', 'freq')}
    </tbody></table></form>`);
    expect(read()).toEqual({ 'patient.weight': '70', 'drug.dose': '150', 'drug.frequency': 'every 4 weeks' });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg' });
  });

  it('reads unlabeled-by-for boxes whose label is a definition term (dt) and the box the dd', () => {
    // some EHR forms lay the editable request out as a dl too: dt = label, dd = the box
    page(`<form><h2>Medication requested</h2><dl class="edit-list">
      <dt>Drug name</dt><dd><input type="text" name="drug" value="Ilaris (canakinumab)"></dd>
      <dt>HCPCS code</dt><dd><input type="text" name="hcpcs" value="J0638"></dd>
      <dt>Dose (mg)</dt><dd><input type="text" name="dose" value="150"></dd>
      <dt>Billing units</dt><dd><input type="text" name="units" value="150"></dd>
    </dl></form>`);
    expect(read()).toEqual({ 'drug.name': 'Ilaris (canakinumab)', 'drug.hcpcs': 'J0638', 'drug.dose': '150', 'drug.units': '150' });
  });
});

describe('print-friendly review step', () => {
  it('reads the hidden form once, nothing from the printable summary', () => {
    page(`<div class="activity">${banner}${requestForm(true)}
      <section class="review printable" aria-labelledby="revh"><h2 id="revh">Review your request</h2>
        <table class="review-table"><tbody>
          <tr><th scope="row">Primary ICD-10 code</th><td>M04.1</td></tr><tr><th scope="row">Drug name</th><td>Ilaris (canakinumab)</td></tr>
          <tr><th scope="row">Dose</th><td>150 mg</td></tr><tr><th scope="row">Billing units</th><td>150</td></tr>
          <tr><th scope="row">CRP</th><td>4.5 mg/L (11/12/2026)</td></tr><tr><th scope="row">Prescriber NPI</th><td>1234567893</td></tr>
        </tbody></table>
        <button type="button" onclick="window.print()">Print</button> <button type="button">Edit</button> <button type="submit" form="pa-request">Submit</button>
      </section></div>`);
    expect(read()).toEqual(REQUEST);
    for (const path of Object.keys(REQUEST)) expect(mapped().filter((m) => m.path === path)).toHaveLength(1);
  });

  it('does not read print-only copies of values (span after each box) as the next box’s label', () => {
    const row = (id: string, label: string, value: string) =>
      `<div class="field"><span class="field-label" id="${id}-l">${label}</span><input type="text" id="${id}" aria-labelledby="${id}-l" value="${value}" class="screen-only"><span class="print-only" aria-hidden="true">${value}</span></div>`;
    const bare = (label: string, value: string) =>
      `<div class="field"><span class="field-label">${label}</span><input type="text" value="${value}" class="screen-only"><span class="print-only" aria-hidden="true">${value}</span></div>`;
    page(`<form><h2>Medication requested</h2>
      ${row('hcpcs', 'HCPCS code', 'J0638')}
      ${bare('Dose (mg)', '150')}
      ${bare('Billing units', '150')}
      ${bare('Frequency', 'every 4 weeks')}
      ${bare('NDC', '00078-0734-61')}</form>`);
    expect(read()).toEqual({
      'drug.hcpcs': 'J0638',
      'drug.dose': '150',
      'drug.units': '150',
      'drug.frequency': 'every 4 weeks',
      'drug.ndc': '00078-0734-61',
    });
  });
});
