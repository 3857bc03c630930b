import { describe, expect, it } from 'vitest';
import { mapped, page, read } from '../read';

/**
 * A table-based request: the prior-therapy section is an HTML table whose `thead` holds the column
 * headers (Drug, Dose, Start, Stop, Outcome) and whose `tbody` rows hold boxes with no label of
 * their own (only a `name`): the column header is the label. An "Add row" button appends a row
 * (vanilla JS: a clone of the last row, or of a hidden template row). Variants met on payer
 * portals: a row-number column, a two-row header ("Dates" over Start / Stop), a select for the
 * outcome, a remove button per row, the Add button in a `tfoot`, `type=date` boxes.
 */

const COLS = ['drug', 'dose', 'start', 'stop', 'outcome'] as const;

const box = (name: string, value: string, type = 'text') => `<input type="${type}" name="${name}" value="${value}">`;

const row = (i: number, v: string[], o: { num?: boolean; remove?: boolean; type?: (c: number) => string } = {}) =>
  `<tr>${o.num ? `<th scope="row">${i + 1}</th>` : ''}${v.map((x, c) => `<td>${box(`t${i + 1}${COLS[c]}`, x, o.type?.(c))}</td>`).join('')}${
    o.remove ? '<td><button type="button" class="remove" aria-label="Remove row">×</button></td>' : ''
  }</tr>`;

const ROWS = [
  ['colchicine', '0.6 mg twice daily', '01/05/2026', '03/20/2026', 'inadequate response'],
  ['anakinra', '100 mg daily', '04/01/2026', '06/30/2026', 'injection-site reactions'],
];

const EXPECTED = {
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
};

const head = '<thead><tr><th>Drug</th><th>Dose</th><th>Start</th><th>Stop</th><th>Outcome</th></tr></thead>';

/** the request around the table: labelled fields before and after it */
const request = (table: string) => `<form id="pa">
  <h2>Patient</h2>
  <label for="dob">Date of birth</label><input id="dob" value="03/02/1980">
  <label for="wt">Weight</label><input id="wt" value="70"> <select id="wtu" aria-label="Weight unit"><option>lb</option><option selected>kg</option></select>
  <h2>Diagnosis</h2><label for="icd">ICD-10 code</label><input id="icd" value="M04.1">
  <h2>Medication requested</h2>
  <label for="drug">Drug name</label><input id="drug" value="Ilaris (canakinumab)">
  <label for="hcpcs">HCPCS code</label><input id="hcpcs" value="J0638">
  <label for="ndc">NDC</label><input id="ndc" value="00078-0734-61">
  <label for="dose">Dose (mg)</label><input id="dose" value="150">
  <label for="units">Billing units</label><input id="units" value="150">
  <label for="freq">Frequency</label><input id="freq" value="every 4 weeks">
  <label for="pos">Place of service</label><select id="pos"><option value="">--</option><option value="11" selected>Office</option><option value="22">On-campus outpatient hospital</option></select>
  <h2>Laboratory results</h2>
  <label for="crp">CRP result</label><input id="crp" value="4.5"> <select id="crpu" aria-label="CRP unit"><option selected>mg/L</option><option>mg/dL</option></select>
  <label for="crpd">CRP collection date</label><input id="crpd" value="11/12/2026">
  <h2>Prior therapies</h2><p>Please list all previous medications tried for this diagnosis.</p>
  ${table}
  <h2>Prescriber</h2><label for="npi">Prescriber NPI</label><input id="npi" value="1234567893">
  <button type="submit">Submit</button></form>`;

/** the Add row handler as such pages write it: clone the last row, clear it, renumber its names */
function addRow(table: HTMLTableElement): void {
  const body = table.querySelector('tbody')!;
  const rows = body.querySelectorAll('tr');
  const clone = rows[rows.length - 1]!.cloneNode(true) as HTMLTableRowElement;
  const n = rows.length + 1;
  for (const input of Array.from(clone.querySelectorAll('input'))) {
    input.name = input.name.replace(/^t\d+/, `t${n}`);
    input.value = '';
    input.removeAttribute('value');
  }
  const th = clone.querySelector('th[scope="row"]');
  if (th) th.textContent = String(n);
  body.appendChild(clone);
}

describe('prior-therapy table: column headers label unlabeled boxes', () => {
  it('reads the whole Ilaris request with a plain therapy table and an Add row button', () => {
    page(
      request(
        `<table id="therapies">${head}<tbody>${row(0, ROWS[0]!)}${row(1, ROWS[1]!)}</tbody></table><button type="button" id="add">Add row</button>`,
      ),
    );
    expect(read()).toEqual({
      'patient.dob': '03/02/1980',
      'patient.weight': '70',
      'patient.weightUnit': 'kg',
      'diagnosis.codes.0': 'M04.1',
      'drug.name': 'Ilaris (canakinumab)',
      'drug.hcpcs': 'J0638',
      'drug.ndc': '00078-0734-61',
      'drug.dose': '150',
      'drug.units': '150',
      'drug.frequency': 'every 4 weeks',
      'drug.placeOfService': 'Office',
      'labs.crpValue': '4.5',
      'labs.crpUnit': 'mg/L',
      'labs.crpDate': '11/12/2026',
      ...EXPECTED,
      'prescriber.npi': '1234567893',
    });
  });

  it('numbers a row added by "Add row" as the next entry', () => {
    page(
      request(
        `<table id="therapies">${head}<tbody>${row(0, ROWS[0]!)}${row(1, ROWS[1]!)}</tbody></table><button type="button" id="add">Add row</button>`,
      ),
    );
    addRow(document.getElementById('therapies') as HTMLTableElement);
    const added = document.querySelector<HTMLInputElement>('input[name="t3drug"]')!;
    added.value = 'prednisone';
    const r = read();
    expect(r).toMatchObject({ ...EXPECTED, 'priorTherapies.2.drug': 'prednisone', 'priorTherapies.2.outcome': '' });
    expect(
      Object.keys(r)
        .filter((k) => k.startsWith('priorTherapies.2.'))
        .sort(),
    ).toEqual([
      'priorTherapies.2.dose',
      'priorTherapies.2.drug',
      'priorTherapies.2.outcome',
      'priorTherapies.2.start',
      'priorTherapies.2.stop',
    ]);
  });

  it('reads rows with a row-number column and a remove button per row', () => {
    page(
      request(
        `<table id="therapies"><thead><tr><th>#</th><th>Drug</th><th>Dose</th><th>Start</th><th>Stop</th><th>Outcome</th><th><span class="sr-only">Remove</span></th></tr></thead>
        <tbody>${row(0, ROWS[0]!, { num: true, remove: true })}${row(1, ROWS[1]!, { num: true, remove: true })}</tbody></table><button type="button">Add row</button>`,
      ),
    );
    expect(read()).toMatchObject(EXPECTED);
    expect(mapped().filter((m) => m.path.startsWith('priorTherapies.'))).toHaveLength(10);
  });

  it('reads a two-row header ("Dates" over Start / Stop)', () => {
    page(
      request(
        `<table id="therapies"><thead>
          <tr><th rowspan="2">Drug</th><th rowspan="2">Dose</th><th colspan="2">Dates</th><th rowspan="2">Outcome</th></tr>
          <tr><th>Start</th><th>Stop</th></tr></thead>
        <tbody>${row(0, ROWS[0]!)}${row(1, ROWS[1]!)}</tbody></table><button type="button">Add row</button>`,
      ),
    );
    expect(read()).toMatchObject(EXPECTED);
    expect(mapped().filter((m) => m.path.startsWith('priorTherapies.'))).toHaveLength(10);
  });

  it('reads a select in the Outcome column by its chosen text, and type=date boxes by their value', () => {
    const outcome = (i: number, chosen: string) =>
      `<td><select name="t${i + 1}outcome"><option value="">Select…</option>${[
        'Inadequate response',
        'Intolerance / adverse event',
        'Contraindicated',
      ]
        .map((o) => `<option${o === chosen ? ' selected' : ''}>${o}</option>`)
        .join('')}</select></td>`;
    const dated = (i: number, v: string[], chosen: string) =>
      `<tr><td>${box(`t${i + 1}drug`, v[0]!)}</td><td>${box(`t${i + 1}dose`, v[1]!)}</td><td>${box(`t${i + 1}start`, v[2]!, 'date')}</td><td>${box(`t${i + 1}stop`, v[3]!, 'date')}</td>${outcome(i, chosen)}</tr>`;
    page(
      request(
        `<table id="therapies">${head}<tbody>${dated(0, ['colchicine', '0.6 mg twice daily', '2026-01-05', '2026-03-20'], 'Inadequate response')}${dated(1, ['anakinra', '100 mg daily', '2026-04-01', '2026-06-30'], 'Intolerance / adverse event')}</tbody></table>`,
      ),
    );
    expect(read()).toMatchObject({
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.0.start': '2026-01-05',
      'priorTherapies.0.stop': '2026-03-20',
      'priorTherapies.0.outcome': 'Inadequate response',
      'priorTherapies.1.drug': 'anakinra',
      'priorTherapies.1.start': '2026-04-01',
      'priorTherapies.1.stop': '2026-06-30',
      'priorTherapies.1.outcome': 'Intolerance / adverse event',
    });
  });

  it('keeps the "Add row" button in a tfoot out of the entries', () => {
    page(
      request(
        `<table id="therapies">${head}<tbody>${row(0, ROWS[0]!)}${row(1, ROWS[1]!)}</tbody>
        <tfoot><tr><td colspan="5"><button type="button">Add row</button> <span class="hint">Up to 10 therapies</span></td></tr></tfoot></table>`,
      ),
    );
    expect(read()).toMatchObject(EXPECTED);
    expect(mapped().filter((m) => m.path.startsWith('priorTherapies.'))).toHaveLength(10);
    expect(read()['prescriber.npi']).toBe('1234567893');
  });

  it('does not count a hidden template row (the one "Add row" clones) as an entry', () => {
    const template = `<tr class="row-template" style="display:none">${COLS.map((c) => `<td><input type="text" name="tTEMPLATE${c}" value=""></td>`).join('')}</tr>`;
    page(
      request(
        `<table id="therapies">${head}<tbody>${template}${row(0, ROWS[0]!)}${row(1, ROWS[1]!)}</tbody></table><button type="button">Add row</button>`,
      ),
    );
    const r = read();
    expect(r).toMatchObject(EXPECTED);
    expect(Object.keys(r).filter((k) => k.startsWith('priorTherapies.'))).toHaveLength(10);
  });

  it('names boxes by the column header, not by their placeholders ("MM/DD/YYYY", "e.g. …")', () => {
    const ph = ['Drug name', 'e.g. 0.6 mg twice daily', 'MM/DD/YYYY', 'MM/DD/YYYY', 'e.g. inadequate response, side effects'];
    const prow = (i: number, v: string[]) =>
      `<tr>${v.map((x, c) => `<td><input type="text" name="t${i + 1}${COLS[c]}" placeholder="${ph[c]}" value="${x}"></td>`).join('')}</tr>`;
    page(
      request(
        `<table id="therapies">${head}<tbody>${prow(0, ROWS[0]!)}${prow(1, ROWS[1]!)}${prow(2, ['', '', '', '', ''])}</tbody></table><button type="button">Add row</button>`,
      ),
    );
    expect(read()).toMatchObject({
      ...EXPECTED,
      'priorTherapies.2.drug': '',
      'priorTherapies.2.dose': '',
      'priorTherapies.2.start': '',
      'priorTherapies.2.stop': '',
      'priorTherapies.2.outcome': '',
    });
    expect(mapped().filter((m) => m.path.startsWith('priorTherapies.'))).toHaveLength(15);
  });

  it('reads header cells carrying a required asterisk and a help icon', () => {
    page(
      request(
        `<table id="therapies"><thead><tr><th>Drug <span class="req" aria-hidden="true">*</span></th><th>Dose <span class="req" aria-hidden="true">*</span></th><th>Start <abbr title="required">*</abbr></th><th>Stop</th><th>Outcome <a href="#" class="help" title="Why the drug was stopped, e.g. side effects"><span class="sr-only">Help</span>?</a></th></tr></thead>
        <tbody>${row(0, ROWS[0]!)}${row(1, ROWS[1]!)}</tbody></table><button type="button">Add row</button>`,
      ),
    );
    expect(read()).toMatchObject(EXPECTED);
    expect(mapped().filter((m) => m.path.startsWith('priorTherapies.'))).toHaveLength(10);
  });
});
