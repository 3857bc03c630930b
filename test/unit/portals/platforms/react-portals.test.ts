import { afterEach, describe, expect, it } from 'vitest';
import { page, read, units } from '../read';

/**
 * Epic-ish and Availity-ish React portals: a CSS grid of label and value cells (labels are
 * divs without `for`), a patient banner of read-only values in the same grid as the first
 * editable fields, helper and error text under a box (before the next label), help text under
 * a label, and modal dialogs (React portals at the end of body) over a shell with its own
 * patient search.
 */

afterEach(() => {
  document.body.innerHTML = '';
});

describe('CSS grid of label and value cells', () => {
  it('does not name a box by the read-only values before it in the grid (member ID, date of birth)', () => {
    page(`<main class="pa-request"><section aria-labelledby="pt-h"><h2 id="pt-h">Patient</h2>
      <div class="grid grid-cols-4 gap-2">
        <div class="field-label">Member ID</div><div class="field-value">W123456789</div>
        <div class="field-label">Date of Birth</div><div class="field-value">03/02/1980</div>
        <div class="field-label">Weight</div><div class="field-value"><div class="input-group"><input type="text" class="form-control" value="70"><span class="input-group-text">kg</span></div></div>
      </div></section></main>`);
    expect(read()).toEqual({ 'patient.weight': '70' });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg' });
  });

  it('names the Dose box by its own label cell, not by the helper text under the Weight box before it', () => {
    page(`<main class="pa-request"><div class="grid grid-cols-2">
      <div class="field-label">Weight (kg)</div>
      <div class="field-value"><input type="text" value="70"><div class="helper-text">Enter the patient's most recent weight</div></div>
      <div class="field-label">Dose (mg)</div>
      <div class="field-value"><input type="text" value="300"></div>
      <div class="field-label">Frequency</div>
      <div class="field-value"><input type="text" value="every 4 weeks"></div>
    </div></main>`);
    expect(read()).toEqual({ 'patient.weight': '70', 'drug.dose': '300', 'drug.frequency': 'every 4 weeks' });
  });

  it('names the Dose box by its own label cell, not by the error message shown under the Weight box', () => {
    page(`<main class="pa-request"><div class="grid grid-cols-2">
      <div class="field-label">Weight (kg)</div>
      <div class="field-value"><input type="text" value="" aria-invalid="true"><div class="error-text" role="alert">Weight is required</div></div>
      <div class="field-label">Dose (mg)</div>
      <div class="field-value"><input type="text" value="300"></div>
    </div></main>`);
    expect(read()).toEqual({ 'patient.weight': '', 'drug.dose': '300' });
  });

  it('names a box by its label cell, not by the help text under that label', () => {
    page(`<main class="pa-request"><div class="grid grid-cols-2">
      <div class="field-label">Drug name</div><div class="field-value"><input type="text" value="Ilaris"></div>
      <div class="field-label">Frequency<div class="hint">How often each dose is given, e.g. every 4 weeks</div></div>
      <div class="field-value"><input type="text" value="every 8 weeks"></div>
      <div class="field-label">Dose (mg)</div><div class="field-value"><input type="text" value="150"></div>
    </div></main>`);
    expect(read()).toEqual({ 'drug.name': 'Ilaris', 'drug.frequency': 'every 8 weeks', 'drug.dose': '150' });
  });

  it('reads an Epic-style label/value table whose cells are div rows (role=row / role=cell) with a banner row', () => {
    page(`<div role="table" aria-label="Order details" class="order-detail">
      <div role="row"><div role="cell" class="lbl">Patient</div><div role="cell">DOE, JANE (MRN 00012345)</div></div>
      <div role="row"><div role="cell" class="lbl">DOB</div><div role="cell">3/2/1980</div></div>
      <div role="row"><div role="cell" class="lbl">Medication</div><div role="cell"><input type="text" value="canakinumab (ILARIS) 150 mg/mL injection"></div></div>
      <div role="row"><div role="cell" class="lbl">Dose</div><div role="cell"><input type="text" value="150"> <span>mg</span></div></div>
      <div role="row"><div role="cell" class="lbl">Frequency</div><div role="cell"><input type="text" value="Every 8 weeks"></div></div>
    </div>`);
    expect(read()).toEqual({
      'drug.name': 'canakinumab (ILARIS) 150 mg/mL injection',
      'drug.dose': '150',
      'drug.frequency': 'Every 8 weeks',
    });
    expect(units()).toEqual({ 'drug.doseUnit': 'mg' });
  });
});

describe('modal dialog over a shell with its own patient search', () => {
  const shell = `<div id="root" aria-hidden="true">
    <header class="app-header"><div class="patient-search">
      <label for="ps-member">Member ID</label><input id="ps-member" type="text" value="W999999999">
      <label for="ps-dob">Date of Birth</label><input id="ps-dob" type="text" value="11/11/1955">
      <button type="button" class="btn btn-primary">Search</button></div></header>
    <main><h1>Authorizations</h1><p>No open requests.</p></main></div>`;

  it("keeps the shell search's date of birth out of a request (in a dialog, no <form>) that has no date of birth of its own", () => {
    page(`${shell}
      <div class="MuiModal-root" role="presentation"><div role="dialog" aria-modal="true" aria-labelledby="dlg-title" class="modal-dialog">
        <h2 id="dlg-title">New Prior Authorization</h2>
        <div class="modal-body">
          <div class="form-group"><label for="m-member">Member ID</label><input id="m-member" type="text" value="W123456789"></div>
          <div class="form-group"><label for="m-drug">Drug name</label><input id="m-drug" type="text" value="Ilaris"></div>
          <div class="form-group"><label for="m-dose">Dose (mg)</label><input id="m-dose" type="text" value="150"></div>
        </div>
        <div class="modal-footer"><button type="button">Cancel</button><button type="button">Submit</button></div>
      </div></div>`);
    expect(read()).toEqual({ 'patient.memberId': 'W123456789', 'drug.name': 'Ilaris', 'drug.dose': '150' });
  });

  it('keeps the shell search out when both the search and the request are <form>s', () => {
    page(`<div id="root" aria-hidden="true"><header><form class="patient-search" role="search">
        <label for="ps-member">Member ID</label><input id="ps-member" type="text" value="W999999999">
        <label for="ps-dob">Date of Birth</label><input id="ps-dob" type="text" value="11/11/1955">
        <button type="submit">Find patient</button></form></header></div>
      <div role="dialog" aria-modal="true" aria-labelledby="dlg-title"><h2 id="dlg-title">New Prior Authorization</h2>
        <form id="pa"><label for="m-member">Member ID</label><input id="m-member" value="W123456789">
          <label for="m-weight">Weight (kg)</label><input id="m-weight" value="70"></form></div>`);
    expect(read()).toEqual({ 'patient.memberId': 'W123456789', 'patient.weight': '70' });
  });
});
