import { describe, expect, it } from 'vitest';
import { parseNdcQuantity } from './ndc-quantity';

const q = (unit: string, quantity: number) => ({ ok: true, value: { unit, quantity } });

describe('parseNdcQuantity: accepted', () => {
  it('reads "ML2"', () => expect(parseNdcQuantity('ML2')).toEqual(q('ML', 2)));
  it('reads "ML 2"', () => expect(parseNdcQuantity('ML 2')).toEqual(q('ML', 2)));
  it('reads "ml2" in lower case', () => expect(parseNdcQuantity('ml2')).toEqual(q('ML', 2)));
  it('reads "2 mL" amount first', () => expect(parseNdcQuantity('2 mL')).toEqual(q('ML', 2)));
  it('reads "UN2"', () => expect(parseNdcQuantity('UN2')).toEqual(q('UN', 2)));
  it('reads "2 units"', () => expect(parseNdcQuantity('2 units')).toEqual(q('UN', 2)));
  it('reads "2 vials" as units', () => expect(parseNdcQuantity('2 vials')).toEqual(q('UN', 2)));
  it('reads "F2 1"', () => expect(parseNdcQuantity('F2 1')).toEqual(q('F2', 1)));
  it('reads "GR1.5"', () => expect(parseNdcQuantity('GR1.5')).toEqual(q('GR', 1.5)));
  it('reads "ML1.000"', () => expect(parseNdcQuantity('ML1.000')).toEqual(q('ML', 1)));
  it('reads "ME300" with ME, the claim standard\'s milligram qualifier', () => expect(parseNdcQuantity('ME300')).toEqual(q('ME', 300)));
  it('reads "ME 300" and "300 ME"', () => {
    expect(parseNdcQuantity('ME 300')).toEqual(q('ME', 300));
    expect(parseNdcQuantity('300 ME')).toEqual(q('ME', 300));
  });
  it('reads "280 mg" with unit MG so a rule can reject it', () => expect(parseNdcQuantity('280 mg')).toEqual(q('MG', 280)));
  it('reads "MG280"', () => expect(parseNdcQuantity('MG280')).toEqual(q('MG', 280)));
  it('reads "280mg"', () => expect(parseNdcQuantity('280mg')).toEqual(q('MG', 280)));
});

describe('parseNdcQuantity: the vials described', () => {
  it('reads "2 x 1 mL vials" as ML2: two 1 mL vials are 2 mL', () => expect(parseNdcQuantity('2 x 1 mL vials')).toEqual(q('ML', 2)));
  it('reads "2 x 0.5 mL vials" as ML1', () => expect(parseNdcQuantity('2 x 0.5 mL vials')).toEqual(q('ML', 1)));
  it('reads "3 x 100 mg vials" as UN3: the vials counted', () => expect(parseNdcQuantity('3 x 100 mg vials')).toEqual(q('UN', 3)));
  it('does not read "3 x 100 mg" without the word vials', () => expect(parseNdcQuantity('3 x 100 mg')).toMatchObject({ ok: false }));
  it('reads "ML2 (2 x 1 mL vials)", the note agreeing', () => expect(parseNdcQuantity('ML2 (2 x 1 mL vials)')).toEqual(q('ML', 2)));
  it('reads "UN3 (3 x 100 mg vials)", the note agreeing', () => expect(parseNdcQuantity('UN3 (3 x 100 mg vials)')).toEqual(q('UN', 3)));
  it('reads "UN2 (2 x 1 mL vials)": two vials either way', () => expect(parseNdcQuantity('UN2 (2 x 1 mL vials)')).toEqual(q('UN', 2)));
  it('reads the code before a note that is no quantity: "ML2 (per dose)"', () =>
    expect(parseNdcQuantity('ML2 (per dose)')).toEqual(q('ML', 2)));
  it('does not compare a note in another unit: "ML2 (2 vials)" needs the vial volume', () =>
    expect(parseNdcQuantity('ML2 (2 vials)')).toEqual(q('ML', 2)));
  it.each(['ML2 (3 x 1 mL vials)', 'ML2 (3 mL)', 'UN3 (2 x 100 mg vials)'])('says %j disagrees with its own note', (text) => {
    const r = parseNdcQuantity(text);
    expect(r).toMatchObject({ ok: false, problem: { code: 'ndc-quantity.disagree' } });
    if (!r.ok) expect(r.problem.message).toContain('say different quantities');
  });
});

describe('parseNdcQuantity: problems', () => {
  it('asks for the unit when only "2" is typed', () =>
    expect(parseNdcQuantity('2')).toMatchObject({ ok: false, problem: { code: 'ndc-quantity.unit-missing' } }));
  it('asks for the quantity when only "ML" is typed', () =>
    expect(parseNdcQuantity('ML')).toMatchObject({ ok: false, problem: { code: 'ndc-quantity.amount-missing' } }));
  it('rejects an unknown unit "XY2"', () =>
    expect(parseNdcQuantity('XY2')).toMatchObject({ ok: false, problem: { code: 'ndc-quantity.unit' } }));
  it('rejects zero', () => expect(parseNdcQuantity('ML0')).toMatchObject({ ok: false, problem: { code: 'ndc-quantity.zero' } }));
  it('rejects "ML 2 3"', () =>
    expect(parseNdcQuantity('ML 2 3')).toMatchObject({ ok: false, problem: { code: 'ndc-quantity.split-digits' } }));
  it('rejects "ML1,5" as a decimal comma', () =>
    expect(parseNdcQuantity('ML1,5')).toMatchObject({ ok: false, problem: { code: 'ndc-quantity.decimal-comma' } }));
  it('quotes the whole input in a number problem', () => {
    const r = parseNdcQuantity('ML1,5');
    if (!r.ok) expect(r.problem.message).toContain('"ML1,5"');
  });
  it('rejects "2 3 mL"', () => expect(parseNdcQuantity('2 3 mL')).toMatchObject({ ok: false }));
  it('rejects empty input', () => expect(parseNdcQuantity('')).toMatchObject({ ok: false, problem: { code: 'ndc-quantity.empty' } }));
  it('rejects a word that is a property of every object, not a unit', () =>
    expect(parseNdcQuantity('02constructor')).toMatchObject({ ok: false, problem: { code: 'ndc-quantity.unit' } }));
});

describe('parseNdcQuantity: a note after "=", round 9', () => {
  it('reads "ML1 = 1 vial"', () => expect(parseNdcQuantity('ML1 = 1 vial')).toEqual(q('ML', 1)));
  it('reads "UN4 = 4 vials"', () => expect(parseNdcQuantity('UN4 = 4 vials')).toEqual(q('UN', 4)));
  it('keeps a note that says another quantity a problem', () =>
    expect(parseNdcQuantity('UN4 = 3 vials')).toMatchObject({ ok: false, problem: { code: 'ndc-quantity.disagree' } }));
});
