import { describe, expect, it } from 'vitest';
import { parseDate } from './date';
import { labelled } from './label';
import { parseCount } from './number';
import { parseQuantity } from './quantity';
import { parseHcpcs } from './hcpcs';
import { parseIcd10 } from './icd10';

const dose = labelled((s) => parseQuantity(s, { units: ['mg'], what: 'the dose' }), 'the dose');
const units = labelled((s) => parseCount(s), 'units');
const dob = labelled((s) => parseDate(s), 'dob');
const anyDate = labelled((s) => parseDate(s));

describe('labelled: a value read after the label pasted with it', () => {
  it.each([
    ['DOB: 08/22/1990', dob, '1990-08-22'],
    ['Date of birth: 08/22/1990', dob, '1990-08-22'],
    ['D.O.B.: 08/22/1990', dob, '1990-08-22'],
    ['Collected: 11/02/2026', anyDate, '2026-11-02'],
    ['Units: 150', units, 150],
    ['Billing units: 150', units, 150],
    ['units : 150', units, 150],
  ] as const)('%s', (text, parse, value) => expect(parse(text)).toEqual({ ok: true, value }));

  it('reads a dose after "Dose:", one to four label words ("Dose given per visit:")', () => {
    expect(dose('Dose: 150')).toEqual({ ok: true, value: { amount: 150, unit: null } });
    expect(dose('Dose given per visit: 150 mg')).toEqual({ ok: true, value: { amount: 150, unit: 'mg' } });
  });

  it('takes off a label it does not know, with "#", dots, slashes and parentheses', () => {
    expect(labelled((s) => parseCount(s))('Qty (billed) #: 3')).toEqual({ ok: true, value: 3 });
    expect(anyDate('Lab/Draw date: 11/02/2026')).toEqual({ ok: true, value: '2026-11-02' });
  });

  it('quotes the whole text, label and all, in a problem', () => {
    expect(dob('DOB: 02/30/1990')).toEqual({
      ok: false,
      problem: { code: 'date.impossible', message: '"DOB: 02/30/1990" is not a real date: February 1990 has 28 days.' },
    });
  });
});

describe('labelled: a value labelled as another field is a problem, not read', () => {
  it.each([
    ['Weight: 150', dose],
    ['Wt.: 150', dose],
    ['Units: 150', dose],
    ['Member ID #: 150', dose],
    ['Dose: 150', units],
    ['DOB: 08/22/1990', anyDate],
    ['CRP: 11/02/2026', dob],
  ] as const)('%s', (text, parse) =>
    expect(parse(text)).toEqual({ ok: false, problem: { code: 'label.other', message: `"${text}" is labelled for another field.` } }),
  );

  it('accepts the field\'s own labels in any case ("the CRP result" owns "CRP:" and "hs-CRP:")', () => {
    const crp = labelled((s) => parseQuantity(s, { units: ['mg/L'] }), 'the CRP result');
    expect(crp('hs-CRP: 24 mg/L')).toEqual({ ok: true, value: { amount: 24, unit: 'mg/L' } });
    expect(crp('CRP (mg/L): 24 mg/L')).toEqual({ ok: true, value: { amount: 24, unit: 'mg/L' } });
    expect(crp('ESR: 24 mg/L')).toMatchObject({ ok: false, problem: { code: 'label.other' } });
  });
});

describe('labelled: what is not a label is left alone', () => {
  it('a note after a colon is still no number', () => {
    expect(dose('Note: see chart')).toEqual({
      ok: false,
      problem: { code: 'quantity.not-a-number', message: '"Note: see chart" is not a number.' },
    });
  });

  it('a time is no label ("10:30"), nor a date with a time after it', () => {
    expect(anyDate('10:30')).toMatchObject({ ok: false, problem: { code: 'date.format' } });
    expect(anyDate('11/20/2026 10:32 AM')).toEqual({ ok: true, value: '2026-11-20' });
    expect(anyDate('Nov 20, 2026 10:32')).toEqual({ ok: true, value: '2026-11-20' });
  });

  it('a label of five words, or with digits, stays part of the text', () => {
    expect(units('Number of units billed today: 150')).toMatchObject({ ok: false, problem: { code: 'count.not-a-number' } });
    expect(units('ICD-10: 150')).toMatchObject({ ok: false });
  });

  it('codes read as before: "Q 5103", "M04.1", "J0638 - Injection, canakinumab: 1 mg"', () => {
    expect(labelled(parseHcpcs)('Q 5103')).toEqual({ ok: true, value: 'Q5103' });
    expect(labelled(parseHcpcs)('J0638 - Injection, canakinumab: 1 mg')).toEqual({ ok: true, value: 'J0638' });
    expect(labelled(parseIcd10)('M04.1')).toEqual(parseIcd10('M04.1'));
  });

  it('a label with nothing after it is left for the parser to refuse', () => {
    expect(dob('DOB:')).toMatchObject({ ok: false, problem: { code: 'date.format', message: expect.stringContaining('"DOB:"') } });
  });
});

describe('labelled: round 10', () => {
  it('takes off a lab name with a comma in it: "C-Reactive Protein, Quant: 38.2 mg/L"', () =>
    expect(labelled((s) => parseQuantity(s, { units: ['mg/L'] }), 'the CRP result')('C-Reactive Protein, Quant: 38.2 mg/L')).toEqual({
      ok: true,
      value: { amount: 38.2, unit: 'mg/L' },
    }));
});

describe('labelled: a label with an apostrophe, round 11', () => {
  it('reads "Patient\'s current weight KG: 68" after its label', () =>
    expect(labelled((s) => parseCount(s), 'the weight')("Patient's current weight KG: 68")).toEqual({ ok: true, value: 68 }));
});
