import { afterEach, describe, expect, it } from 'vitest';
import { cignaPrecert } from '@/rules/portals/cigna-precert';
import { VOCABULARY as vocabulary } from '@/rules/portals/vocabulary';
import { collectFields } from './collect';
import { qualifyFields, type MappedField } from './qualify';
import { readValue } from './values';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

function paths(hostname = 'example.org'): Record<string, MappedField> {
  const { fields } = collectFields(document);
  return Object.fromEntries(qualifyFields(fields, { maps: [cignaPrecert], vocabulary, hostname }).map((m) => [m.path, m]));
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('portal field map', () => {
  it('maps the wizard by data-test-id, including repeating therapy rows', () => {
    page(`
      <label for="«r1»">Weight</label><input id="«r1»" data-test-id="patient-weight" type="number">
      <input data-test-id="therapy-2-outcome">
      <input data-test-id="dx-code-1">`);
    expect(Object.keys(paths('127.0.0.1')).sort()).toEqual(['diagnosis.codes.1', 'patient.weight', 'priorTherapies.2.outcome']);
  });

  it('reads a radio group through the data-test-id on its fieldset', () => {
    page(`
      <fieldset data-test-id="hospitalization"><legend>Has the patient been hospitalized?</legend>
        <label><input type="radio" name="h" value="yes" data-test-id="hospitalization-yes">Yes</label>
        <label><input type="radio" name="h" value="no" data-test-id="hospitalization-no" checked>No</label>
      </fieldset>`);
    const m = paths('localhost')['clinical.hospitalization'];
    expect(m?.via).toBe('cigna-precert');
    expect(m && readValue(m.field)).toBe('No');
  });

  it('ignores the map on another host and falls back to labels', () => {
    page(`<label for="x">Dose</label><input id="x" data-test-id="med-units">`);
    expect(Object.keys(paths('example.org'))).toEqual(['drug.dose']);
  });
});

describe('label vocabulary (fax-form labels, meaningless ids)', () => {
  it('reads <label for>, wrapping labels, aria-label, aria-labelledby and placeholders', () => {
    page(`
      <label for="f1">Cigna ID</label><input id="f1">
      <label>J-Code <input id="f2"></label>
      <input id="f3" aria-label="Patient's current weight KG">
      <span id="lbl">ICD10</span><input id="f4" aria-labelledby="lbl">
      <input id="f5" placeholder="NDC">`);
    const p = paths();
    expect(Object.keys(p).sort()).toEqual(['diagnosis.codes.0', 'drug.hcpcs', 'drug.ndc', 'patient.memberId', 'patient.weight']);
    expect(p['patient.weight']?.impliedUnit).toEqual({ path: 'patient.weightUnit', unit: 'kg' });
  });

  it('reads the text before a field in its table row', () => {
    page(`<table><tr><td>Customer ID:</td><td><input id="a1"></td><td>Dosage</td><td><input id="a2"></td></tr></table>`);
    expect(Object.keys(paths()).sort()).toEqual(['drug.dose', 'patient.memberId']);
  });

  it('reads a unit from an id that repeats the name, after a label that repeats as the text before the field', () => {
    page(`<div><label for="weight_kg">Weight</label> <input id="weight_kg" name="weight_kg"></div>`);
    const m = paths()['patient.weight'];
    expect(m?.label).toBe('Weight');
    expect(m?.impliedUnit).toEqual({ path: 'patient.weightUnit', unit: 'kg' });
  });

  it('reads names and ids split into words when nothing else labels the field', () => {
    page(`<input name="crpCollectionDate"><input id="billing_units">`);
    expect(Object.keys(paths()).sort()).toEqual(['drug.units', 'labs.crpDate']);
  });

  it('numbers several diagnosis code inputs in document order', () => {
    page(`<h3>Diagnosis Code(s)</h3><label>Diagnosis Code(s) <input></label><label>Diagnosis Code(s) <input></label>`);
    expect(Object.keys(paths())).toEqual(['diagnosis.codes.0', 'diagnosis.codes.1']);
  });

  it('maps a unit select to the unit path of the number beside it', () => {
    page(`
      <div><label for="d">Dose</label><input id="d"><select id="u"><option value="mg">mg</option><option value="mL">mL</option></select></div>
      <div><label for="c">CRP</label><input id="c"><select aria-label="Unit"><option value="">Select…</option><option>mg/L</option><option>mg/dL</option></select></div>`);
    expect(Object.keys(paths()).sort()).toEqual(['drug.dose', 'drug.doseUnit', 'labs.crpUnit', 'labs.crpValue']);
  });

  it('reads CRP fields by their section when their own labels are generic', () => {
    page(`
      <fieldset><legend>C-reactive protein (CRP)</legend>
        <label>Result <input></label><label>Date collected <input></label><label>Reference range <input></label>
      </fieldset>`);
    expect(Object.keys(paths()).sort()).toEqual(['labs.crpDate', 'labs.crpReferenceRange', 'labs.crpValue']);
  });

  it('maps prior-therapy table rows by column header and row', () => {
    page(`
      <h2>Prior therapies</h2>
      <table>
        <thead><tr><th colspan="2">Drug name/dose</th><th colspan="2">Dates of therapy</th><th>Outcome of therapy</th></tr>
        <tr><th>Drug name</th><th>Dose</th><th>Start date</th><th>Stop date</th><th>Outcome</th></tr></thead>
        <tbody>
          <tr><td><input></td><td><input></td><td><input></td><td><input></td><td><input></td></tr>
          <tr><td><input></td><td><input></td><td><input></td><td><input></td><td><input></td></tr>
        </tbody>
      </table>`);
    const p = Object.keys(paths());
    expect(p).toContain('priorTherapies.0.drug');
    expect(p).toContain('priorTherapies.1.dose');
    expect(p).toContain('priorTherapies.1.start');
    expect(p).toContain('priorTherapies.1.stop');
    expect(p).toContain('priorTherapies.1.outcome');
    expect(p).not.toContain('drug.dose');
  });

  it('tells a date of birth from a date of service and a CRP date', () => {
    page(`<label>Date of Birth <input></label><label>Date of service <input></label><label>CRP collection date <input></label>`);
    expect(Object.keys(paths()).sort()).toEqual(['labs.crpDate', 'patient.dob', 'request.serviceDate']);
  });

  it('names the drug by "Requested medication" and "Drug requested" alike', () => {
    page(`<label>Requested medication <input></label>`);
    expect(Object.keys(paths())).toEqual(['drug.name']);
    page(`<label>Drug requested <input></label>`);
    expect(Object.keys(paths())).toEqual(['drug.name']);
  });

  it('keeps the first field when two claim one path', () => {
    page(`<label>Office Phone <input id="p1"></label><label>Phone <input id="p2"></label>`);
    expect(paths()['prescriber.phone']?.field.element.id).toBe('p1');
  });

  it('leaves unknown fields out', () => {
    page(`<label>Favourite colour <input></label>`);
    expect(paths()).toEqual({});
  });
});

describe('labels after their inputs (Bootstrap floating labels)', () => {
  it('names each field by its own label, never by the label of the field before it', () => {
    const floating = (id: string, label: string) =>
      `<div class="form-floating mb-3"><input type="text" class="form-control" id="${id}" placeholder=" "><label for="${id}">${label}</label></div>`;
    page(
      `<form>${floating('a', 'Dose')}${floating('b', 'Comments')}${floating('c', 'Billing units')}${floating('d', 'Reference number')}</form>`,
    );
    const found = Object.fromEntries(Object.entries(paths()).map(([path, m]) => [path, m.field.element.id]));
    expect(found).toEqual({ 'drug.dose': 'a', 'drug.units': 'c' });
  });
});

describe('roots', () => {
  it('finds fields inside open shadow roots', () => {
    page(`<div id="host"></div>`);
    const host = document.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<label for="n">NDC</label><input id="n">`;
    const { fields, roots } = collectFields(document);
    expect(roots).toContain(shadow);
    expect(qualifyFields(fields, { maps: [], vocabulary, hostname: 'x' }).map((m) => m.path)).toEqual(['drug.ndc']);
  });

  it('skips hidden inputs, buttons and our own warning elements', () => {
    page(
      `<input type="hidden" name="dose"><input type="submit" value="Dose"><pa-preflight-warning><input name="dose"></pa-preflight-warning>`,
    );
    expect(collectFields(document).fields).toEqual([]);
  });
});

describe('the demo fax form (labels only, meaningless ids)', () => {
  it('maps every field FIELDS.md lists', async () => {
    const { readFile } = await import('node:fs/promises');
    const { resolve } = await import('node:path');
    const html = await readFile(resolve(__dirname, '../../test/portal/fax.html'), 'utf8');
    const body = html.slice(html.indexOf('<body>') + 6, html.indexOf('</body>'));
    document.body.innerHTML = body.replace(/<script[\s\S]*?<\/script>/g, '');
    const p = paths();
    const byId = (id: string) => Object.entries(p).find(([, m]) => m.field.element.id === id)?.[0];
    const byName = (name: string) => Object.entries(p).find(([, m]) => m.field.element.getAttribute('name') === name)?.[0];
    expect({
      f31: byId('f31'),
      f17: byId('f17'),
      f4: byId('f4'),
      f22: byId('f22'),
      f12: byId('f12'),
      f2: byId('f2'),
      f30: byId('f30'),
      f6: byId('f6'),
      f27: byId('f27'),
      f15: byId('f15'),
      f16: byId('f16'),
      f1: byId('f1'),
      f25: byId('f25'),
      f8: byId('f8'),
      f19: byId('f19'),
      f33: byId('f33'),
      f3: byId('f3'),
      f34: byId('f34'),
      f11: byId('f11'),
      f36: byId('f36'),
      f21: byId('f21'),
      f29: byId('f29'),
      f13: byId('f13'),
      f5: byId('f5'),
      f23: byId('f23'),
      f10: byId('f10'),
      f41: byId('f41'),
      f46: byId('f46'),
      f7: byId('f7'),
      f18: byId('f18'),
      f26: byId('f26'),
      f14: byId('f14'),
      t0a: byName('t0a'),
      t0b: byName('t0b'),
      t0c: byName('t0c'),
      t1a: byName('t1a'),
      t1c: byName('t1c'),
      q52: byName('q52'),
      q53: byName('q53'),
      q54: byName('q54'),
      f55: byId('f55'),
    }).toEqual({
      f31: 'request.date',
      f17: 'prescriber.name',
      f4: 'prescriber.specialty',
      f22: 'prescriber.npi',
      f12: 'prescriber.phone',
      f2: 'prescriber.fax',
      f30: 'patient.name',
      f6: 'patient.memberId',
      f27: 'patient.dob',
      f15: 'patient.weight',
      f16: 'patient.weightUnit',
      f1: 'drug.name',
      f25: 'drug.dose',
      f8: 'drug.frequency',
      f19: 'drug.hcpcs',
      f33: 'drug.units',
      f3: 'drug.ndc',
      f34: 'drug.ndcQuantity',
      f11: 'diagnosis.codes.0',
      f36: 'diagnosis.codes.1',
      f21: 'diagnosis.indication',
      f29: 'drug.duration',
      f13: 'request.serviceDate',
      f5: 'drug.placeOfService',
      f23: 'drug.adminCpt',
      f10: 'drug.modifiers',
      f41: 'drug.obtainedFrom',
      f46: 'request.type',
      f7: 'labs.crpValue',
      f18: 'labs.crpUnit',
      f26: 'labs.crpDate',
      f14: 'labs.crpReferenceRange',
      t0a: 'priorTherapies.0.drug',
      t0b: 'priorTherapies.0.duration',
      t0c: 'priorTherapies.0.outcome',
      t1a: 'priorTherapies.1.drug',
      t1c: 'priorTherapies.1.outcome',
      q52: 'clinical.hospitalization',
      q53: 'clinical.colchicineContinuing',
      q54: 'clinical.urateLoweringTherapy',
      f55: 'clinical.flaresPast12Months',
    });
    expect(byId('f9')).toBeUndefined(); // Office Contact Person is not in the request
  });
});

describe('hostile page text', () => {
  it('caps a 100 KB label and drops bidi overrides before matching it', () => {
    page(`<label for="x">\u202E${'Dose '.repeat(20_000)}</label><input id="x">`);
    const [field] = collectFields(document).fields;
    expect(field?.signals.labels[0]?.length).toBeLessThanOrEqual(300);
    expect(field?.signals.labels[0]).not.toContain('\u202E');
    expect(Object.keys(paths())).toEqual(['drug.dose']);
  });
});

describe('precedence', () => {
  it('lets the portal map claim a path before an earlier field labelled like it', () => {
    page(`<label>Billing units <input id="stray"></label><input data-test-id="med-units" id="mapped">`);
    expect(paths('localhost')['drug.units']?.field.element.id).toBe('mapped');
  });
});

describe('tables laid out by section', () => {
  it("names each field by its row's header cell, not by a section's title row further down", () => {
    page(`<form><table><tbody>
      <tr><th colspan="2">Patient</th></tr>
      <tr><th>Member ID</th><td><input id="mid" value="U1234567801"></td></tr>
      <tr><th>Date of birth</th><td><input id="dob" value="03/14/1980"></td></tr>
      <tr><th colspan="2">C-reactive protein (CRP)</th></tr>
      <tr><th>Result (mg/L)</th><td><input id="crp" value="25"></td></tr>
    </tbody></table></form>`);
    const p = paths();
    expect(p['patient.memberId']?.field.element.id).toBe('mid');
    expect(p['patient.dob']?.field.element.id).toBe('dob');
    expect(p['labs.crpValue']?.field.element.id).toBe('crp');
    expect(p['patient.memberId']?.label).toBe('Member ID');
  });

  it('takes the column header above a row, not a later one', () => {
    page(`<form><table><caption>Prior therapies</caption>
      <tr><th>Drug</th><th>Dose</th></tr>
      <tr><td><input id="d1"></td><td><input id="s1"></td></tr>
      <tr><th>Weight</th><th>Unit</th></tr>
    </table></form>`);
    expect(paths()['priorTherapies.0.drug']?.field.element.id).toBe('d1');
  });

  it("prefers a row's own label over a generic column header", () => {
    page(`<form><table><caption>C-reactive protein (CRP)</caption>
      <thead><tr><th>Item</th><th>Value</th></tr></thead><tbody>
      <tr><td>Result (mg/L)</td><td><input id="crp" value="25"></td></tr>
      <tr><td>Date collected</td><td><input id="crpd" value="11/02/2026"></td></tr>
    </tbody></table></form>`);
    const p = paths();
    expect(p['labs.crpValue']?.field.element.id).toBe('crp');
    expect(p['labs.crpDate']?.field.element.id).toBe('crpd');
    expect(p['labs.crpDate']?.label).toBe('Date collected');
  });

  it('reads a prior therapy laid out one field per row as one therapy', () => {
    page(`<form><table><caption>Prior therapies</caption><tbody>
      <tr><td>Medication</td><td><input id="drug" value="Colchicine"></td></tr>
      <tr><td>Dose</td><td><input id="dose" value="0.6 mg BID"></td></tr>
      <tr><td>Outcome</td><td><input id="outcome" value="Flares despite full dose"></td></tr>
    </tbody></table></form>`);
    expect(Object.keys(paths()).sort()).toEqual(['priorTherapies.0.dose', 'priorTherapies.0.drug', 'priorTherapies.0.outcome']);
  });

  it('numbers the therapies of a grid from its own header row', () => {
    page(`<form><table>
      <tr><th colspan="2">Patient</th></tr>
      <tr><th>Member ID</th><td><input id="mid"></td></tr>
      <tr><th colspan="2">Prior therapies</th></tr>
      <tr><th>Drug</th><th>Outcome</th></tr>
      <tr><td><input id="d1"></td><td><input id="o1"></td></tr>
      <tr><td><input id="d2"></td><td><input id="o2"></td></tr>
    </table></form>`);
    const p = paths();
    expect(p['priorTherapies.0.drug']?.field.element.id).toBe('d1');
    expect(p['priorTherapies.1.outcome']?.field.element.id).toBe('o2');
  });
});

describe('a unit written after the field', () => {
  it.each([
    [
      'an input group addon (Bootstrap)',
      `<label for="wt">Weight</label><div class="input-group"><input id="wt" value="66"><span class="input-group-text">lb</span></div>`,
    ],
    [
      'a text field adornment (MUI)',
      `<label for="wt">Weight</label><div class="MuiInputBase-root"><input id="wt" value="66"><div class="MuiInputAdornment-root"><p>lbs</p></div><fieldset aria-hidden="true"><legend><span>Weight</span></legend></fieldset></div>`,
    ],
    [
      'a suffix beside the infix (Angular Material)',
      `<label for="wt">Weight</label><div class="mat-mdc-form-field-flex"><div class="mat-mdc-form-field-infix"><input id="wt" value="66"></div><div class="mat-mdc-form-field-text-suffix"><span>lb</span></div></div>`,
    ],
    ['text in the cell after the input', `<table><tr><td>Weight</td><td><input id="wt" value="66"> lb</td></tr></table>`],
  ])('reads the weight unit from %s', (_what, html) => {
    page(html);
    expect(paths()['patient.weight']?.impliedUnit).toEqual({ path: 'patient.weightUnit', unit: 'lb' });
  });

  it('does not give a field the unit written after the field before it', () => {
    page(`<div class="grid grid-cols-2">
      <label for="wt">Weight</label><div class="flex"><input id="wt" value="70"><span>kg</span></div>
      <label for="dose">Dose</label><div class="flex"><input id="dose" value="280"><span>mg</span></div>
      <label for="crp">CRP</label><div class="flex"><input id="crp" value="25"><span>mg/L</span></div>
    </div>`);
    const p = paths();
    expect(p['patient.weight']?.impliedUnit?.unit).toBe('kg');
    expect(p['drug.dose']?.impliedUnit?.unit).toBe('mg');
    expect(p['labs.crpValue']?.impliedUnit?.unit).toBe('mg/L');
  });

  it('keeps the next label out of the unit, in a row written as a sentence', () => {
    page(
      `<form><table><tr><td>Weight</td><td><input id="w" value="70"> kg</td><td>Dose</td><td><input id="dose" value="150"></td></tr></table></form>`,
    );
    const p = paths();
    expect(p['drug.dose']?.impliedUnit ?? null).toBeNull();
    expect(p['drug.dose']?.label).toBe('Dose');
  });

  it('ignores longer text after a field (a hint, the next label)', () => {
    page(`<label for="wt">Weight</label><div><input id="wt" value="66"><span>as of the last visit, in lb</span></div>`);
    expect(paths()['patient.weight']?.impliedUnit ?? null).toBeNull();
  });
});

describe('request type questions', () => {
  it.each(['Is this a new request or a continuation?', 'New request or renewal', 'Is this request an extension?', 'Type of request'])(
    'maps "%s"',
    (question) => {
      page(`<label for="t">${question}</label><select id="t"><option>New</option><option>Continuation</option></select>`);
      expect(Object.keys(paths())).toEqual(['request.type']);
    },
  );
});

describe('radio groups of component libraries', () => {
  it('names a PrimeNG radio group by the question above its wrapped options', () => {
    page(`<form><div class="field"><label>Will the patient continue colchicine?</label><div class="flex gap-4">
      <div class="flex"><p-radiobutton><div class="p-radiobutton"><div class="p-hidden-accessible"><input type="radio" id="c1" name="colch" value="yes" checked></div><div class="p-radiobutton-box"></div></div></p-radiobutton><label for="c1">Yes</label></div>
      <div class="flex"><p-radiobutton><div class="p-radiobutton"><div class="p-hidden-accessible"><input type="radio" id="c2" name="colch" value="no"></div><div class="p-radiobutton-box"></div></div></p-radiobutton><label for="c2">No</label></div>
    </div></div></form>`);
    expect(Object.keys(paths())).toEqual(['clinical.colchicineContinuing']);
  });
});

describe('aria-labelledby', () => {
  it("leaves out the field's own value text that mat-select names after its label", () => {
    page(`<mat-form-field><label id="lbl-freq">Frequency</label>
      <mat-select role="combobox" aria-haspopup="listbox" aria-labelledby="lbl-freq val-freq" tabindex="0">
        <div class="mat-mdc-select-value" id="val-freq"><span class="mat-mdc-select-value-text"><span>Every 4 weeks</span></span></div>
      </mat-select></mat-form-field>`);
    expect(paths()['drug.frequency']?.field.signals.aria).toBe('Frequency');
  });
});

describe('search boxes inside a select', () => {
  it('leaves out the search box of an open mat-select panel (ngx-mat-select-search)', () => {
    page(`<form><label for="dx">ICD-10 code</label><input id="dx" value="M04.1"></form>
      <div class="cdk-overlay-container"><div class="cdk-overlay-pane"><div role="listbox" class="mat-mdc-select-panel">
        <mat-option role="option" aria-disabled="true" class="mat-mdc-option contains-mat-select-search"><ngx-mat-select-search>
          <input class="mat-select-search-input" type="text" aria-label="dropdown search" placeholder="Search ICD-10 code" value="M04">
        </ngx-mat-select-search></mat-option>
        <mat-option role="option" class="mat-mdc-option"><span class="mdc-list-item__primary-text">M04.1</span></mat-option>
      </div></div></div>`);
    expect(Object.keys(paths())).toEqual(['diagnosis.codes.0']);
  });

  it("leaves out Choices.js's search box, keeping the select it enhances", () => {
    page(`<label for="u">Billing units</label><input id="u" value="280">
      <label for="f">Frequency</label>
      <div class="choices" data-type="select-one" tabindex="0" role="combobox" aria-haspopup="true" aria-expanded="false">
        <div class="choices__inner"><select id="f" class="choices__input" hidden tabindex="-1"><option value="q4w" selected>Every 4 weeks</option></select></div>
        <div class="choices__list choices__list--dropdown"><input type="search" class="choices__input choices__input--cloned" aria-label="Frequency"></div>
      </div>`);
    const p = paths();
    expect(p['drug.units']?.field.element.id).toBe('u');
    expect(Object.values(p).some((m) => m.field.element.getAttribute('type') === 'search')).toBe(false);
  });
});

describe('widgets drawn over or beside a field', () => {
  it("reads an MUI X date picker's hidden input, the one holding the date its sections show", () => {
    page(`<label for="dob" id="dob-label">Date of birth</label>
      <div class="MuiPickersInputBase-root" role="group" aria-labelledby="dob-label">
        <div class="MuiPickersSectionList-root">
          <span><span role="spinbutton" aria-label="Month" aria-valuenow="3" contenteditable="true">03</span>/</span>
          <span><span role="spinbutton" aria-label="Day" aria-valuenow="14" contenteditable="true">14</span>/</span>
          <span><span role="spinbutton" aria-label="Year" aria-valuenow="1980" contenteditable="true">1980</span></span>
        </div>
        <input value="03/14/1980" aria-hidden="true" tabindex="-1" class="MuiPickersInputBase-input" id="dob">
      </div>`);
    const dob = paths()['patient.dob'];
    expect(dob && readValue(dob.field)).toBe('03/14/1980');
  });

  it("keeps MUI Select's hidden native input out (it mirrors the combobox)", () => {
    page(`<label id="fl">Frequency</label><div class="MuiInputBase-root">
      <div role="combobox" aria-labelledby="fl" tabindex="0">Every 4 weeks</div>
      <input aria-hidden="true" tabindex="-1" class="MuiSelect-nativeInput" value="q4w"></div>`);
    const f = paths()['drug.frequency'];
    expect(f?.field.kind).toBe('combobox');
  });

  it('reads the native select Choices.js draws over, once', () => {
    page(`<label for="dx">ICD-10 codes</label>
      <div class="choices" data-type="select-multiple" role="combobox" aria-haspopup="true">
        <div class="choices__inner"><select id="dx" class="choices__input" hidden multiple tabindex="-1"><option value="M04.1">M04.1</option></select>
          <div class="choices__list choices__list--multiple"><div class="choices__item" data-value="M04.1">M04.1<button class="choices__button">Remove item</button></div></div></div>
      </div>`);
    (document.querySelector('option') as HTMLOptionElement).selected = true;
    const p = paths();
    expect(Object.keys(p)).toEqual(['diagnosis.codes.0']);
    expect(readValue(p['diagnosis.codes.0']!.field)).toBe('M04.1');
  });

  it('reads the native select Select2 draws over, once', () => {
    page(`<label for="dx">ICD-10 codes</label>
      <select id="dx" multiple class="select2-hidden-accessible" aria-hidden="true" tabindex="-1"><option value="M04.1">M04.1</option><option value="R50.9">R50.9</option></select>
      <span class="select2 select2-container"><span class="selection"><span class="select2-selection select2-selection--multiple" role="combobox" aria-haspopup="true">
        <ul class="select2-selection__rendered"><li class="select2-selection__choice" title="M04.1"><span class="select2-selection__choice__remove" role="presentation">×</span>M04.1</li></ul>
      </span></span></span>`);
    (document.querySelector('option') as HTMLOptionElement).selected = true;
    const p = paths();
    expect(Object.keys(p)).toEqual(['diagnosis.codes.0']);
    expect(p['diagnosis.codes.0']?.field.element.id).toBe('dx');
  });

  it("keeps PrimeNG's multiple autocomplete input, though it sits in an option and says Search", () => {
    page(`<label for="dx">ICD-10 codes</label>
      <ul class="p-autocomplete-multiple-container" role="listbox" aria-orientation="horizontal">
        <li class="p-autocomplete-token" role="option" aria-selected="true"><span class="p-autocomplete-token-label">M04.1</span></li>
        <li class="p-autocomplete-input-token" role="option"><input id="dx" role="combobox" class="p-autocomplete-input" placeholder="Search codes"></li>
      </ul>`);
    expect(Object.keys(paths())).toEqual(['diagnosis.codes.0']);
  });

  it('takes a react-select labelled only "Unit" as the unit of the quantity beside it', () => {
    page(`<label for="crp">CRP result</label><input id="crp" value="25">
      <label for="u-input">Unit</label>
      <div class="css-b62m3t-container"><div class="css-13cymwt-control"><div class="css-hlgwow">
        <div class="css-1dimb5e-singleValue">mg/L</div>
        <div class="css-19bb58m"><input id="u-input" type="text" role="combobox" value=""></div>
      </div></div></div>`);
    const u = paths()['labs.crpUnit'];
    expect(u && readValue(u.field)).toBe('mg/L');
  });
});

describe('button widgets', () => {
  it("reads an MUI ToggleButtonGroup of units as the weight's unit, by its pressed button", () => {
    page(`<label for="w">Weight</label><input id="w" value="66">
      <div role="group" class="MuiToggleButtonGroup-root" aria-label="Weight unit">
        <button type="button" aria-pressed="false" value="kg" class="MuiToggleButton-root">kg</button>
        <button type="button" aria-pressed="true" value="lb" class="MuiToggleButton-root Mui-selected">lb</button>
      </div>`);
    const u = paths()['patient.weightUnit'];
    expect(u && readValue(u.field)).toBe('lb');
  });

  it('reads a mat-button-toggle-group of units beside the CRP result, by its checked button', () => {
    page(`<label for="crp">CRP result</label><input id="crp" value="2.5">
      <mat-button-toggle-group role="radiogroup" class="mat-button-toggle-group">
        <mat-button-toggle role="presentation"><button type="button" role="radio" aria-checked="false" class="mat-button-toggle-button"><span class="mat-button-toggle-label-content">mg/L</span></button></mat-button-toggle>
        <mat-button-toggle role="presentation" class="mat-button-toggle-checked"><button type="button" role="radio" aria-checked="true" class="mat-button-toggle-button"><span class="mat-button-toggle-label-content">mg/dL</span></button></mat-button-toggle>
      </mat-button-toggle-group>`);
    const u = paths()['labs.crpUnit'];
    expect(u && readValue(u.field)).toBe('mg/dL');
  });

  it("reads a Headless UI Listbox button's shown choice, named by its label only", () => {
    page(`<label id="fl" for="fb">Frequency</label>
      <button id="fb" type="button" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="fl fb"><span class="block truncate">Every 4 weeks</span><svg aria-hidden="true"></svg></button>
      <input type="hidden" name="frequency" value="q4w">`);
    const f = paths()['drug.frequency'];
    expect(f && readValue(f.field)).toBe('Every 4 weeks');
    expect(f?.field.signals.aria).toBe('Frequency');
  });

  it('leaves a group of ordinary buttons alone', () => {
    page(`<label for="w">Weight</label><input id="w" value="66">
      <div role="group" aria-label="Actions"><button type="button">Save</button><button type="button">Cancel</button></div>`);
    expect(Object.keys(paths())).toEqual(['patient.weight']);
  });
});

describe('sections of component libraries', () => {
  it('reads Lightning inputs in shadow roots under the heading around them', () => {
    page(`<h3>Prior therapies</h3><lightning-input id="h1"></lightning-input><lightning-input id="h2"></lightning-input>`);
    for (const [id, label, value] of [
      ['h1', 'Drug', 'Colchicine'],
      ['h2', 'Outcome', 'Inadequate response'],
    ] as const) {
      const shadow = document.getElementById(id)!.attachShadow({ mode: 'open' });
      shadow.innerHTML = `<label for="i">${label}</label><div><input id="i" value="${value}"></div>`;
    }
    expect(Object.keys(paths()).sort()).toEqual(['priorTherapies.0.drug', 'priorTherapies.0.outcome']);
  });

  it("reads an accordion section's title from the button in its heading", () => {
    page(`<h2 class="accordion-header"><button class="accordion-button" type="button">Prior therapies</button></h2>
      <div class="accordion-collapse collapse show"><div class="accordion-body">
        <label for="a1">Drug</label><input id="a1" value="Colchicine">
        <label for="a2">Outcome</label><input id="a2" value="Inadequate response">
      </div></div>`);
    expect(Object.keys(paths()).sort()).toEqual(['priorTherapies.0.drug', 'priorTherapies.0.outcome']);
  });

  it('keeps the heading above a definition list, whose first term labels a field rather than titling the list', () => {
    page(`<h4>Prior therapies</h4>
      <dl><dt>Drug</dt><dd><input value="Colchicine"></dd>
      <dt>Dose</dt><dd><input value="0.6 mg BID"></dd>
      <dt>Outcome</dt><dd><input value="Inadequate response"></dd></dl>`);
    expect(Object.keys(paths()).sort()).toEqual(['priorTherapies.0.dose', 'priorTherapies.0.drug', 'priorTherapies.0.outcome']);
  });

  it('keeps the heading above a grid of label and field cells', () => {
    page(`<h4>C-reactive protein (CRP)</h4>
      <div class="grid"><div>Result (mg/L)</div><div><input id="v" value="25"></div>
      <div>Date collected</div><div><input id="d" value="11/02/2026"></div>
      <div>Reference range</div><div><input id="r" value="0-5 mg/L"></div></div>`);
    const p = paths();
    expect(p['labs.crpValue']?.field.element.id).toBe('v');
    expect(p['labs.crpDate']?.field.element.id).toBe('d');
  });
});

describe('Vue and Salesforce selects', () => {
  it("reads Vuetify's v-select by its shown title, not the item value of its hidden select", () => {
    page(`<label for="f">Frequency</label>
      <div class="v-field" role="combobox"><div class="v-field__input">
        <select hidden><option value="28" selected></option></select>
        <div class="v-select__selection"><span class="v-select__selection-text">Every 4 weeks</span></div>
        <input id="f" role="combobox" inputmode="none" value="Every 4 weeks">
      </div></div>`);
    const f = paths()['drug.frequency'];
    expect(f && readValue(f.field)).toBe('Every 4 weeks');
  });

  it("leaves Vuetify's floating label out of an autocomplete's value", () => {
    page(`<div class="v-field" role="combobox"><div class="v-field__field">
      <label class="v-label v-field-label v-field-label--floating" aria-hidden="false" for="i1">ICD-10 codes</label>
      <div class="v-field__input"><div class="v-autocomplete__selection"><span class="v-chip"><div class="v-chip__content">M04.1</div></span></div>
        <input id="i1" role="combobox" value=""></div></div></div>`);
    const dx = paths()['diagnosis.codes.0'];
    expect(dx && readValue(dx.field)).toBe('M04.1');
  });

  it('names a Quasar field by its label, not by the hint and counter its wrapping label also holds', () => {
    const qInput = (id: string, label: string, value: string, bottom: string) => `
      <label class="q-field row no-wrap items-start q-field--outlined q-input q-field--float q-field--labeled" for="${id}">
        <div class="q-field__inner relative-position col self-stretch">
          <div class="q-field__control relative-position row no-wrap" tabindex="-1">
            <div class="q-field__control-container col relative-position row no-wrap q-anchor--skip">
              <input class="q-field__native q-placeholder" tabindex="0" id="${id}" type="text" value="${value}">
              <div class="q-field__label no-pointer-events absolute ellipsis">${label}</div>
            </div></div>
          <div class="q-field__bottom row items-start q-field__bottom--animated">${bottom}</div>
        </div></label>`;
    page(`<form>
      ${qInput('f_1', 'Patient weight (kg)', '72', '<div class="q-field__messages col"><div>Dose by weight: 2 mg/kg</div></div>')}
      ${qInput('f_2', 'Dose (mg)', '150', '<div class="q-field__messages col"><div role="alert">Check the frequency</div></div><div class="q-field__counter">3 / 10</div>')}
    </form>`);
    const found = paths();
    expect(Object.keys(found).sort()).toEqual(['drug.dose', 'patient.weight']);
    expect(found['patient.weight']?.label).toBe('Patient weight (kg)');
    expect(found['drug.dose']?.label).toBe('Dose (mg)');
  });

  it('reads the pills an SLDS multi-select combobox lists after it as the diagnosis codes', () => {
    const pill = (code: string) => `<li class="slds-listbox-item" role="presentation">
      <span class="slds-pill" role="option" tabindex="0" aria-selected="true"><span class="slds-pill__label" title="${code}">${code}</span>
        <span class="slds-icon_container slds-pill__remove" title="Remove"><svg class="slds-icon slds-icon_x-small slds-icon-text-default" aria-hidden="true"><use xlink:href="#close"></use></svg><span class="slds-assistive-text">Press delete or backspace to remove</span></span></span></li>`;
    page(`<div class="slds-form-element"><label class="slds-form-element__label" for="dx">ICD-10 codes</label>
      <div class="slds-form-element__control">
        <div class="slds-combobox_container slds-has-selection">
          <div class="slds-combobox slds-dropdown-trigger slds-dropdown-trigger_click" aria-expanded="false" aria-haspopup="listbox" role="combobox">
            <div class="slds-combobox__form-element slds-input-has-icon slds-input-has-icon_right" role="none">
              <input type="text" class="slds-input slds-combobox__input" id="dx" aria-autocomplete="list" aria-controls="dx-list" autocomplete="off" role="textbox" placeholder="Search codes">
              <span class="slds-icon_container slds-icon-utility-search slds-input__icon slds-input__icon_right"><svg class="slds-icon" aria-hidden="true"></svg></span></div>
            <div id="dx-list" class="slds-dropdown slds-dropdown_length-with-icon-7 slds-dropdown_fluid" role="listbox"><ul class="slds-listbox slds-listbox_vertical" role="presentation"></ul></div>
          </div></div>
        <div id="dx-selections" role="listbox" aria-orientation="horizontal">
          <ul class="slds-listbox slds-listbox_inline slds-p-top_xxx-small" role="group" aria-label="Selected Options:">${pill('M04.1')}${pill('R50.9')}</ul></div>
      </div></div>`);
    const dx = paths()['diagnosis.codes.0'];
    expect(dx && readValue(dx.field)).toBe('M04.1, R50.9');
  });

  it("reads an SLDS combobox's readonly input, not the empty wrapper around it", () => {
    page(`<label class="slds-form-element__label" for="c1">Frequency</label>
      <div class="slds-form-element__control"><div class="slds-combobox_container">
        <div class="slds-combobox" role="combobox" aria-expanded="false" aria-haspopup="listbox">
          <div class="slds-combobox__form-element" role="none"><input id="c1" class="slds-input slds-combobox__input" role="textbox" readonly value="Every 4 weeks"></div>
          <div class="slds-dropdown" role="listbox"></div>
        </div></div></div>`);
    const f = paths()['drug.frequency'];
    expect(f?.field.element.id).toBe('c1');
    expect(f && readValue(f.field)).toBe('Every 4 weeks');
  });
});

describe('names shown in messages', () => {
  it.each([
    '<abbr class="slds-required" title="required">*</abbr> Member ID',
    'Member ID <span class="form-required">*</span>',
    'Member ID<span class="k-label-optional">(Optional)</span>',
    'Member ID<span aria-hidden="true">*</span><span class="sc-x1">required</span>',
  ])('leaves the required marker out of "%s"', (label) => {
    page(`<label for="m">${label}</label><input id="m">`);
    expect(paths()['patient.memberId']?.label).toBe('Member ID');
  });

  it('keeps "required" that is a word of the question', () => {
    page(`<label for="u">Billing units required</label><input id="u" value="150">`);
    expect(paths()['drug.units']?.label).toBe('Billing units required');
  });

  it('names a Vuetify field by the caption above it, five levels up', () => {
    page(`<div class="v-col"><div class="text-subtitle-1">Member ID</div>
      <div class="v-input v-text-field"><div class="v-input__control"><div class="v-field">
        <div class="v-field__field"><input class="v-field__input" value="U1234567801"></div>
      </div></div></div></div>`);
    expect(Object.keys(paths())).toEqual(['patient.memberId']);
  });
});

describe('labels as forms word them', () => {
  it('reads labels ending in "(required)" like the same labels without it', () => {
    page(`<form><label for="a">Drug <span class="visually-hidden">(required)</span><span aria-hidden="true">*</span></label><input id="a" value="Ilaris">
      <label for="c">Units (Required)</label><input id="c" value="150"></form>`);
    expect(Object.keys(paths()).sort()).toEqual(['drug.name', 'drug.units']);
  });

  it("names radios by the question between their fieldset's legend and them, and by the legend when only a hint is there", () => {
    const radios = (name: string) =>
      ['Every 4 weeks', 'Every 8 weeks']
        .map((v) => `<label><input type="radio" name="${name}" value="${v}"${v.includes('8') ? ' checked' : ''}> ${v}</label>`)
        .join('');
    page(`<fieldset><legend>Medication</legend><span class="form-label">Frequency</span><div>${radios('f')}</div></fieldset>`);
    expect(Object.keys(paths())).toEqual(['drug.frequency']);
    page(`<fieldset><legend>Frequency</legend><p>Choose one</p><div>${radios('f')}</div></fieldset>`);
    expect(Object.keys(paths())).toEqual(['drug.frequency']);
  });

  it("reads checkboxes with no name or id, each a code in its own label, as one question's ticked choices", () => {
    const box = (text: string, ticked: boolean) => `<label><input type="checkbox"${ticked ? ' checked' : ''}> ${text}</label>`;
    page(`<label>ICD-10 codes</label><div id="icd">${box('M04.1', true)}${box('M06.1', true)}${box('M04.8', false)}</div>`);
    const codes = paths()['diagnosis.codes.0'];
    expect(codes && readValue(codes.field)).toBe('M04.1, M06.1');
  });

  it("takes no field from a filter's operator select, nor from a table's page-size select", () => {
    const ops = ['...', 'Contains', 'Does not contain', 'Is exactly', 'Starts with', '---------', 'Is blank'];
    page(
      `<div class="filters"><label for="op">Member ID</label><select id="op">${ops.map((o) => `<option>${o}</option>`).join('')}</select></div>` +
        `<label>Show <select name="therapies_length"><option>10</option><option>25</option><option>All</option></select> entries</label>` +
        `<form method="post"><label for="m">Member ID</label><input id="m" value="U4829163702"><label for="u">Billing units</label><input id="u" value="15"></form>`,
    );
    expect(Object.keys(paths())).toEqual(['patient.memberId', 'drug.units']);
    expect(paths()['patient.memberId']?.field.element.id).toBe('m');
  });

  it('takes no field from a form sent by GET (a search or a list of requests filtered)', () => {
    page(
      `<form method="get" action="/requests"><label for="q1">Member ID</label><input id="q1" value="U4829163702"><label for="q2">Drug name</label><input id="q2" value="Ilaris"></form>`,
    );
    expect(paths()).toEqual({});
  });

  it('claims no code, number or date for a lone checkbox under a question it cannot answer with a yes', () => {
    page(
      `<p>ICD-10 codes</p><div><label><input type="checkbox" checked> M04.1</label></div><div><label><input type="text"> Notes</label></div>` +
        `<p>Prescriber NPI</p><label><input type="checkbox" checked> On file</label>` +
        `<p>Patient hospitalized for a flare?</p><label><input type="checkbox" checked> Yes</label>`,
    );
    expect(Object.keys(paths())).toEqual(['clinical.hospitalization']);
  });

  it('reads checkboxes with no name whose labels are sentences as questions of their own', () => {
    page(
      `<div>${['Patient tried methotrexate for three months', 'Patient had a negative TB test this year']
        .map((t) => `<label><input type="checkbox" checked> ${t}</label>`)
        .join('')}</div>`,
    );
    const { fields } = collectFields(document);
    expect(fields.map((f) => f.kind)).toEqual(['checkbox', 'checkbox']);
    expect(fields.map((f) => readValue(f))).toEqual(['Yes', 'Yes']);
  });

  it('gives a dose per kilogram ("Dose (mg/kg)") no unit of kg', () => {
    page(
      `<form><label for="w">Weight (kg)</label><input id="w" value="40"><label for="d">Dose (mg/kg)</label><input id="d" value="4"></form>`,
    );
    const p = paths();
    expect(p['patient.weight']?.impliedUnit).toEqual({ path: 'patient.weightUnit', unit: 'kg' });
    expect(p['drug.dose']?.impliedUnit).toEqual({ path: 'drug.doseUnit', unit: 'mg/kg' });
  });

  it("gives a weight box in Bootstrap's d-none reveal, left empty, the path after the box shown", () => {
    page(`<form><div class="d-none"><label for="kg">Weight (kg)</label><input id="kg"></div>
      <div><label for="lb">Weight (lb)</label><input id="lb" value="159"></div></form>`);
    expect(paths()['patient.weight']?.field.element.id).toBe('lb');
  });

  it('maps a question about hospitalization for a flare to the hospitalization, a count of flares to the count', () => {
    page(`<form><label for="h">Has the patient been hospitalized for a gout flare in the past 12 months?</label><input id="h" value="Yes">
      <label for="n">Number of flares in the past 12 months requiring hospitalization</label><input id="n" value="2"></form>`);
    const p = paths();
    expect(p['clinical.hospitalization']?.field.element.id).toBe('h');
    expect(p['clinical.flaresPast12Months']?.field.element.id).toBe('n');
  });
});

describe("a prior therapy's index", () => {
  const box = (id: string, label: string, value: string) =>
    `<div><label for="wpforms-1-field_${id}">${label}</label><input id="wpforms-1-field_${id}" name="wpforms[fields][${id}]" value="${value}"></div>`;
  const therapy = (n: number, first: number, drug: string, outcome: string) =>
    `<h3>Prior therapy ${n}</h3>${box(String(first), 'Drug', drug)}${box(String(first + 1), 'Outcome', outcome)}`;

  it("takes no index from a form builder's field numbers, though an address shares one (WPForms)", () => {
    const address = ['Address line 1', 'City', 'ZIP code']
      .map(
        (t, i) =>
          `<label for="a${i}">${t}</label><input id="a${i}" name="wpforms[fields][5][${['address1', 'city', 'postal'][i]}]" value="x">`,
      )
      .join('');
    page(
      `<form>${address}${therapy(1, 21, 'colchicine', 'Inadequate response')}${therapy(2, 31, 'anakinra', 'Injection-site reactions')}</form>`,
    );
    const p = paths();
    expect(readValue(p['priorTherapies.0.drug']!.field)).toBe('colchicine');
    expect(readValue(p['priorTherapies.1.outcome']!.field)).toBe('Injection-site reactions');
  });

  it('takes the index from names whose entries share it (`medEnd_1`)', () => {
    page(`<form><h3>Prior therapies</h3><label for="d">Drug</label><input id="d" name="medName_1" value="anakinra">
      <label for="o">Outcome</label><input id="o" name="medOutcome_1" value="Injection-site reactions"></form>`);
    expect(Object.keys(paths()).sort()).toEqual(['priorTherapies.1.drug', 'priorTherapies.1.outcome']);
  });
});

describe('a prior therapy read twice', () => {
  const therapy = (n: number, drug: string, start: string) =>
    `<label for="d${n}">Drug</label><input id="d${n}" name="medName_${n}" value="${drug}">
     <label for="s${n}">Start date</label><input id="s${n}" name="medStart_${n}" value="${start}">`;

  it('keeps one entry of two with the same drug and start date, the first in page order', () => {
    page(`<form><h3>Prior therapies</h3>${therapy(1, 'anakinra', '07/01/2026')}${therapy(2, 'Anakinra', '07/01/2026')}</form>`);
    expect(Object.keys(paths()).sort()).toEqual(['priorTherapies.1.drug', 'priorTherapies.1.start']);
  });

  it('keeps both entries of one drug started on different dates', () => {
    page(`<form><h3>Prior therapies</h3>${therapy(1, 'anakinra', '07/01/2025')}${therapy(2, 'anakinra', '07/01/2026')}</form>`);
    expect(Object.keys(paths()).sort()).toEqual([
      'priorTherapies.1.drug',
      'priorTherapies.1.start',
      'priorTherapies.2.drug',
      'priorTherapies.2.start',
    ]);
  });
});
