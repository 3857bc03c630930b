import { describe, expect, it } from 'vitest';
import { formatQuantity, labResult, limitOf, parseQuantity, parseUnit, rangeAfterResult, toKg, toMg, toMgPerL } from './quantity';

const value = (text: string, opts?: Parameters<typeof parseQuantity>[1]) => {
  const r = parseQuantity(text, opts);
  if (!r.ok) throw new Error(`expected ${text} to parse: ${r.problem.message}`);
  return r.value;
};
const problem = (text: string, opts?: Parameters<typeof parseQuantity>[1]) => {
  const r = parseQuantity(text, opts);
  if (r.ok) throw new Error(`expected ${text} to fail, got ${JSON.stringify(r.value)}`);
  return r.problem;
};

describe('parseQuantity: accepted spellings', () => {
  it('reads "280mg" with no space', () => expect(value('280mg')).toEqual({ amount: 280, unit: 'mg' }));
  it('reads "280 MG" in capitals', () => expect(value('280 MG')).toEqual({ amount: 280, unit: 'mg' }));
  it('reads "280 mg" with surrounding spaces', () => expect(value('  280 mg ')).toEqual({ amount: 280, unit: 'mg' }));
  it('reads "280 milligrams"', () => expect(value('280 milligrams')).toEqual({ amount: 280, unit: 'mg' }));
  it('reads a bare number with a null unit', () => expect(value('70')).toEqual({ amount: 70, unit: null }));
  it('reads a decimal', () => expect(value('4.5 mg/dL')).toEqual({ amount: 4.5, unit: 'mg/dL' }));
  it('reads a leading-dot decimal', () => expect(value('.5 mg/dL')).toEqual({ amount: 0.5, unit: 'mg/dL' }));
  it('reads "1,500" as fifteen hundred', () => expect(value('1,500')).toEqual({ amount: 1500, unit: null }));
  it('reads "1,500.5 mg" with thousands and decimals', () => expect(value('1,500.5 mg')).toEqual({ amount: 1500.5, unit: 'mg' }));
  it('reads "2,000,000"', () => expect(value('2,000,000').amount).toBe(2_000_000));
  it('reads grams', () => expect(value('0.3 g')).toEqual({ amount: 0.3, unit: 'g' }));
  it('reads mcg and µg', () => {
    expect(value('150 mcg').unit).toBe('mcg');
    expect(value('150 µg').unit).toBe('mcg');
  });
  it('reads mL in any case', () => expect(value('1 ML')).toEqual({ amount: 1, unit: 'mL' }));
  it('reads "280 units"', () => expect(value('280 units')).toEqual({ amount: 280, unit: 'units' }));
  it('reads kilograms', () => expect(value('70 kgs')).toEqual({ amount: 70, unit: 'kg' }));
  it('reads "154 lbs"', () => expect(value('154 lbs')).toEqual({ amount: 154, unit: 'lb' }));
  it('reads "154 pounds"', () => expect(value('154 pounds')).toEqual({ amount: 154, unit: 'lb' }));
  it('reads "154 lb."', () => expect(value('154 lb.')).toEqual({ amount: 154, unit: 'lb' }));
  it('reads mg/L and mg/dl case-insensitively', () => {
    expect(value('12 mg/l').unit).toBe('mg/L');
    expect(value('1.2 MG/DL').unit).toBe('mg/dL');
  });
  it('reads "2x ULN"', () => expect(value('2x ULN')).toEqual({ amount: 2, unit: 'xULN' }));
  it('reads "2 × ULN" with a multiplication sign', () => expect(value('2 × ULN')).toEqual({ amount: 2, unit: 'xULN' }));
  it('reads "2.5 X uln"', () => expect(value('2.5 X uln')).toEqual({ amount: 2.5, unit: 'xULN' }));
  it('reads "3 times the ULN"', () => expect(value('3 times the ULN')).toEqual({ amount: 3, unit: 'xULN' }));
  it('reads ESR in mm/hr', () => expect(value('40 mm/hr')).toEqual({ amount: 40, unit: 'mm/h' }));
  it('reads ferritin in ng/mL', () => expect(value('900 ng/mL')).toEqual({ amount: 900, unit: 'ng/mL' }));
  it('reads full-width digits', () => expect(value('２８０ mg')).toEqual({ amount: 280, unit: 'mg' }));
  it('reads zero', () => expect(value('0 mg')).toEqual({ amount: 0, unit: 'mg' }));
  it('reads "-0" as zero', () => expect(value('-0')).toEqual({ amount: 0, unit: null }));
  it('reads a leading plus sign', () => expect(value('+5 mg').amount).toBe(5));
});

describe('parseQuantity: problems', () => {
  it('refuses "2 80" rather than reading 280', () => {
    const p = problem('2 80');
    expect(p.code).toBe('quantity.split-digits');
    expect(p.message).toContain('280');
    expect(p.message).toContain('"2 80"');
  });
  it('refuses "2 80 mg" too', () => expect(problem('2 80 mg').code).toBe('quantity.split-digits'));
  it('refuses "1,5" as an ambiguous decimal comma, naming both readings', () => {
    const p = problem('1,5');
    expect(p.code).toBe('quantity.decimal-comma');
    expect(p.message).toContain('1.5');
    expect(p.message).toContain('15');
  });
  it('refuses "4,5 mg/dL"', () => expect(problem('4,5 mg/dL').code).toBe('quantity.decimal-comma'));
  it('refuses "1,50" (not a thousands group)', () => expect(problem('1,50').code).toBe('quantity.decimal-comma'));
  it('refuses European "1.500,5"', () => expect(problem('1.500,5').code).toBe('quantity.malformed'));
  it('refuses two decimal points', () => expect(problem('1.5.2').code).toBe('quantity.malformed'));
  it('asks for digits for "two hundred"', () => {
    const p = problem('two hundred');
    expect(p.code).toBe('quantity.words');
    expect(p.message).toContain('digits');
  });
  it('asks for digits for "Three mg"', () => expect(problem('Three mg').code).toBe('quantity.words'));
  it('refuses a negative amount', () => expect(problem('-5 mg').code).toBe('quantity.negative'));
  it('refuses a negative with a unicode minus', () => expect(problem('−5').code).toBe('quantity.negative'));
  it('refuses empty input', () => expect(problem('').code).toBe('quantity.empty'));
  it('refuses whitespace-only input', () => expect(problem('   ').code).toBe('quantity.empty'));
  it('refuses "NaN"', () => expect(problem('NaN').code).toBe('quantity.not-a-number'));
  it('refuses "Infinity"', () => expect(problem('Infinity').code).toBe('quantity.not-a-number'));
  it('refuses "1e400" as an exponent', () => expect(problem('1e400').code).toBe('quantity.exponent'));
  it('refuses "1.5e3 mg"', () => expect(problem('1.5e3 mg').code).toBe('quantity.exponent'));
  it('refuses a 400-digit number as too large', () => expect(problem('9'.repeat(400)).code).toBe('quantity.too-large'));
  it('refuses a unit it does not know, naming it', () => {
    const p = problem('280 mgg');
    expect(p.code).toBe('quantity.unit-unknown');
    expect(p.message).toContain('"mgg"');
  });
  it('refuses a unit before the number', () => expect(problem('mg 280').code).toBe('quantity.not-a-number'));
  it('asks for the total dose when "4 mg/kg" is typed', () => {
    const p = problem('4 mg/kg');
    expect(p.code).toBe('quantity.per-kg');
    expect(p.message).toContain('total dose in mg');
  });
  it('quotes what was typed', () => expect(problem('abc').message).toContain('"abc"'));
});

describe('parseQuantity: allowed units', () => {
  const dose = { units: ['mg'] as const, what: 'the dose' };
  it('says mL is a volume when the dose needs mg', () => {
    const p = problem('2 mL', dose);
    expect(p.code).toBe('quantity.unit-wrong-kind');
    expect(p.message).toContain('mL is a volume; the dose needs mg');
  });
  it('says kg is a body weight when the dose needs mg', () => expect(problem('70 kg', dose).message).toContain('kg is a body weight'));
  it('says mg is a drug amount when the weight needs kg or lb', () =>
    expect(problem('70 mg', { units: ['kg', 'lb'], what: 'the weight' }).message).toContain(
      'mg is a drug amount; the weight needs kg or lb',
    ));
  it('accepts an allowed unit', () => expect(value('280 mg', dose).unit).toBe('mg'));
  it('accepts no unit under a restriction (the select may supply it)', () => expect(value('280', dose).unit).toBeNull());
  it('lists the allowed units for an unknown unit', () => expect(problem('70 stone', { units: ['kg', 'lb'] }).message).toContain('kg, lb'));
});

describe('parseQuantity: lab results as reports print them', () => {
  const crp = { units: ['mg/L', 'mg/dL', 'xULN'] as const, what: 'the CRP result' };
  it('reads "<3 mg/L" as 3 mg/L below the limit', () => {
    expect(value('<3 mg/L', crp)).toEqual({ amount: 3, unit: 'mg/L' });
    expect(limitOf('<3 mg/L')).toBe('below');
  });
  it('reads "<0.5 mg/dL" as 0.5 mg/dL below the limit', () => expect(value('<0.5 mg/dL', crp)).toEqual({ amount: 0.5, unit: 'mg/dL' }));
  it('reads ">2000 ng/mL" as 2000 ng/mL above the limit', () => {
    expect(value('>2000 ng/mL', { units: ['ng/mL'] })).toEqual({ amount: 2000, unit: 'ng/mL' });
    expect(limitOf('>2000 ng/mL')).toBe('above');
  });
  it('gives no limit for a plain value', () => expect(limitOf('12 mg/L')).toBeNull());
  it('reads "CRP 12" without the test name', () => expect(value('CRP 12', crp)).toEqual({ amount: 12, unit: null }));
  it('reads "hs-CRP 45 mg/L" without the test name', () => expect(value('hs-CRP 45 mg/L', crp)).toEqual({ amount: 45, unit: 'mg/L' }));
  it('reads "12.5 (H)" without the flag', () => expect(value('12.5 (H)', crp)).toEqual({ amount: 12.5, unit: null }));
  it('reads ESR "45 (H)" without the flag', () => expect(value('45 (H)', { units: ['mm/h'] })).toEqual({ amount: 45, unit: null }));
  it('reads ferritin "2450 (H)" without the flag', () => expect(value('2450 (H)', { units: ['ng/mL'] }).amount).toBe(2450));
  it.each(['24.0 H mg/L', '24.0 (H) mg/L', '24 HIGH mg/L', '24 * mg/L'])('reads %j with the flag before the unit', (text) =>
    expect(value(text, crp)).toEqual({ amount: 24, unit: 'mg/L' }),
  );
  it('leaves a letter before a weight unit to be reported', () => expect(problem('70 L kg', { units: ['kg', 'lb'] }).code).toBeTruthy());
  it('keeps the L of mg/L', () => expect(value('12 mg/L H', crp)).toEqual({ amount: 12, unit: 'mg/L' }));
  it('refuses a limit in a dose', () => expect(problem('<150 mg', { units: ['mg'], what: 'the dose' }).code).toBe('quantity.limit'));
});

describe('parseQuantity: a weight with more after it', () => {
  const weight = { units: ['kg', 'lb'] as const, what: 'the weight' };
  it('reads "70 kg / 154 lb" as 70 kg (they agree)', () => expect(value('70 kg / 154 lb', weight)).toEqual({ amount: 70, unit: 'kg' }));
  it('reads "154 lb (70 kg)" as 70 kg', () => expect(value('154 lb (70 kg)', weight)).toEqual({ amount: 70, unit: 'kg' }));
  it('refuses "70 kg / 180 lb", which disagree', () => {
    const p = problem('70 kg / 180 lb', weight);
    expect(p.code).toBe('quantity.disagree');
    expect(p.message).toContain('not the same weight');
  });
  it('reads "70 kg as of 11/15/26" as 70 kg', () => expect(value('70 kg as of 11/15/26', weight)).toEqual({ amount: 70, unit: 'kg' }));
  it('still refuses a weight followed by other words', () => expect(problem('70 kg approx', weight).code).toBe('quantity.unit-unknown'));
});

describe('parseQuantity: a dose with its route or schedule', () => {
  const dose = { units: ['mg', 'g', 'mcg'] as const, what: 'the dose' };
  it.each([
    ['150 mg SQ', 150],
    ['400 mg IV', 400],
    ['150 mg every 8 weeks', 150],
    ['150 mg subcutaneously q4w', 150],
  ])('reads %j as %i mg', (text, amount) => expect(value(text, dose)).toEqual({ amount, unit: 'mg' }));
  it.each(['150 mg/mL', '100 mg/vial'])('says %j is a strength, not a dose', (text) => {
    const p = problem(text, dose);
    expect(p.code).toBe('quantity.strength');
    expect(p.message).toContain('strength');
  });
  it('refuses a second amount after the route', () => expect(problem('150 mg SC then 300 mg', dose).code).toBe('quantity.two-amounts'));
  it('reads the total in "2 mg/kg (50 mg)"', () => expect(value('2 mg/kg (50 mg)', dose)).toEqual({ amount: 50, unit: 'mg' }));
  it('asks for the total for "4mg/kg (max 300 mg)"', () => expect(problem('4mg/kg (max 300 mg)', dose).code).toBe('quantity.per-kg'));
  it('still refuses words that are no route or schedule', () => expect(problem('150 mg vials', dose).code).toBe('quantity.unit-unknown'));
  it.each([
    ['350 mg = 5 mg/kg', 350],
    ['350mg=5mg/kg', 350],
    ['0.35 g = 5 mg/kg', 0.35],
  ])('reads the total dose in %j, the dose per kg noted after it', (text, amount) => expect(value(text, dose).amount).toBe(amount));
  it('reads "400 mg/dose" as 400 mg', () => expect(value('400 mg/dose', dose)).toEqual({ amount: 400, unit: 'mg' }));
  it.each(['350 mg = 400 mg', '350 mg = 5'])('still refuses %j, which says no dose per kg after the "="', (text) =>
    expect(problem(text, dose).code).toBe('quantity.unit-unknown'),
  );
});

describe('parseUnit', () => {
  it('maps select values', () => {
    expect(parseUnit('Kilograms')).toBe('kg');
    expect(parseUnit('LBS')).toBe('lb');
    expect(parseUnit('mg/dL')).toBe('mg/dL');
  });
  it('returns null for unknown text', () => expect(parseUnit('stone')).toBeNull());
  it('returns null for empty text', () => expect(parseUnit('')).toBeNull());
  it.each([
    ['kg (kilograms)', 'kg'],
    ['lb (pounds)', 'lb'],
    ['mg/L (milligrams per liter)', 'mg/L'],
    ['mg/dL (milligrams per deciliter)', 'mg/dL'],
    ['UN - Unit', 'units'],
    ['ML – milliliter', 'mL'],
    ['x ULN (times the upper limit of normal)', 'xULN'],
  ] as const)('reads a unit option with a description, %j, as its unit', (text, unit) => {
    expect(parseUnit(text)).toBe(unit);
  });
  it.each(['per dose (mg)', 'stone (14 lb)', '(kg)', 'Every 4 weeks - q4w', 'mg/kg (per kilogram)'])(
    'reads no unit from %j, whose leading words are not a unit',
    (text) => expect(parseUnit(text)).toBeNull(),
  );
});

describe('conversions', () => {
  it('converts pounds to kg (1 lb = 0.45359237 kg)', () => expect(toKg({ amount: 154, unit: 'lb' })).toBeCloseTo(69.853, 3));
  it('converts exactly 1 lb', () => expect(toKg({ amount: 1, unit: 'lb' })).toBe(0.45359237));
  it('keeps kg', () => expect(toKg({ amount: 70, unit: 'kg' })).toBe(70));
  it('gives null for a weight without a unit', () => expect(toKg({ amount: 70, unit: null })).toBeNull());
  it('gives null for a weight in mg', () => expect(toKg({ amount: 70, unit: 'mg' })).toBeNull());
  it('converts 4.5 mg/dL to 45 mg/L', () => expect(toMgPerL({ amount: 4.5, unit: 'mg/dL' })).toBe(45));
  it('converts 0.7 mg/dL to exactly 7 mg/L', () => expect(toMgPerL({ amount: 0.7, unit: 'mg/dL' })).toBe(7));
  it('keeps mg/L', () => expect(toMgPerL({ amount: 12, unit: 'mg/L' })).toBe(12));
  it('gives null for a CRP as a multiple of ULN', () => expect(toMgPerL({ amount: 2, unit: 'xULN' })).toBeNull());
  it('gives null for a CRP without a unit', () => expect(toMgPerL({ amount: 2, unit: null })).toBeNull());
  it('converts grams and micrograms to mg', () => {
    expect(toMg({ amount: 0.3, unit: 'g' })).toBe(300);
    expect(toMg({ amount: 150_000, unit: 'mcg' })).toBe(150);
    expect(toMg({ amount: 280, unit: 'mg' })).toBe(280);
  });
  it('gives null for a volume as mg', () => expect(toMg({ amount: 2, unit: 'mL' })).toBeNull());
});

describe('formatQuantity', () => {
  it('writes amount and unit', () => expect(formatQuantity({ amount: 280, unit: 'mg' })).toBe('280 mg'));
  it('writes a multiple of ULN', () => expect(formatQuantity({ amount: 2, unit: 'xULN' })).toBe('2 × ULN'));
  it('writes a bare amount', () => expect(formatQuantity({ amount: 45, unit: null })).toBe('45'));
});

describe('an upper limit of normal written with its name', () => {
  it.each(['ULN 5', 'ULN: 5 mg/L', 'upper limit 5 mg/L'])('reads %j as 5', (text) => {
    const r = parseQuantity(text, { units: ['mg/L', 'mg/dL'] });
    expect(r.ok && r.value.amount).toBe(5);
  });
});

describe('parseQuantity: EHR pastes of lab results and weights', () => {
  const CRP = { units: ['mg/L', 'mg/dL', 'xULN'] as const, what: 'the CRP result' };
  const ESR = { units: ['mm/h'] as const, what: 'the ESR' };
  const WEIGHT = { units: ['kg', 'lb'] as const, what: 'the weight' };
  it('reads "28 mg/L [0.0-5.0]" as 28 mg/L, the bracketed reference range ignored', () =>
    expect(value('28 mg/L [0.0-5.0]', CRP)).toEqual({ amount: 28, unit: 'mg/L' }));
  it('reads "2.8 mg/dL ↑" (a high-flag arrow) as 2.8 mg/dL', () =>
    expect(value('2.8 mg/dL ↑', CRP)).toEqual({ amount: 2.8, unit: 'mg/dL' }));
  it('reads "0.2 mg/dL↓" and "2.8 ↑ mg/dL" with the arrow before the unit', () => {
    expect(value('0.2 mg/dL↓', CRP)).toEqual({ amount: 0.2, unit: 'mg/dL' });
    expect(value('2.8 ↑ mg/dL', CRP)).toEqual({ amount: 2.8, unit: 'mg/dL' });
  });
  it('reads "28 mg/L *H*" (a starred flag) as 28 mg/L', () => expect(value('28 mg/L *H*', CRP)).toEqual({ amount: 28, unit: 'mg/L' }));
  it('reads ESR "48 mm/hr (H) [0-20]" as 48 mm/h, the flag and range in either order', () => {
    expect(value('48 mm/hr (H) [0-20]', ESR)).toEqual({ amount: 48, unit: 'mm/h' });
    expect(value('48 mm/hr [0-20 mm/hr] (H)', ESR)).toEqual({ amount: 48, unit: 'mm/h' });
  });
  it('keeps a bracketed range after a dose a problem, not a lab result', () =>
    expect(problem('150 mg [0-5]', { units: ['mg'], what: 'the dose' }).code).toBe('quantity.limit'));
  it('keeps a bracket that is no range a problem', () => expect(problem('28 mg/L [see note]', CRP).code).toBe('quantity.unit-unknown'));
  it('reads "N/A" and "unknown" as not given (quantity.not-given)', () => {
    expect(problem('N/A', ESR).code).toBe('quantity.not-given');
    expect(problem('unknown', ESR).code).toBe('quantity.not-given');
  });
  it("reads 'Wt: 68 kg' as 68 kg", () => expect(value('Wt: 68 kg', WEIGHT)).toEqual({ amount: 68, unit: 'kg' }));
  it('reads "Weight 150 lb" and a bare "Wt: 68" in a weight field', () => {
    expect(value('Weight 150 lb', WEIGHT)).toEqual({ amount: 150, unit: 'lb' });
    expect(value('Wt: 68', WEIGHT)).toEqual({ amount: 68, unit: null });
  });
  it('refuses a weight label in another field ("Wt: 68" as a CRP result)', () => {
    expect(problem('Wt: 68', CRP).code).toBe('quantity.label');
    expect(problem('Wt: 150 mg', { units: ['mg'], what: 'the dose' }).code).toBe('quantity.label');
  });
  it('reads "68 kg (11/15/2026)" (the date it was taken) as 68 kg', () => {
    expect(value('68 kg (11/15/2026)', WEIGHT)).toEqual({ amount: 68, unit: 'kg' });
    expect(value('150 lb (on 11/2026)', WEIGHT)).toEqual({ amount: 150, unit: 'lb' });
  });
  it('keeps a weight with a bad date in parentheses a problem', () =>
    expect(problem('68 kg (2/30/2026)', WEIGHT).code).toBe('quantity.unit-unknown'));
  it('reads "149 lbs 14 oz" as 149.875 lb', () => expect(value('149 lbs 14 oz', WEIGHT)).toEqual({ amount: 149.875, unit: 'lb' }));
  it('refuses 16 or more ounces, and ounces after a fractional pound', () => {
    expect(problem('149 lbs 16 oz', WEIGHT).code).toBe('quantity.ounces');
    expect(problem('149.5 lbs 4 oz', WEIGHT).code).toBe('quantity.ounces');
    expect(problem('68 kg 4 oz', WEIGHT).code).toBe('quantity.unit-unknown');
  });
});

describe('parseQuantity: weights in pounds and ounces, as Epic prints them', () => {
  const WEIGHT = { units: ['kg', 'lb'] as const, what: 'the weight' };
  it.each([
    ['Wt 70.2 kg (154 lb 12.8 oz)', 70.2],
    ['70.2 kg (154 lb 12.8 oz)', 70.2],
    ['Wt 39 kg (85 lb 15.7 oz)', 39],
    ['145 lb 8 oz (66 kg)', 66],
    ['145 lbs. 8 ounces / 66 kg', 66],
  ])('reads %j, both units agreeing, as %d kg', (text, kg) => expect(value(text, WEIGHT)).toEqual({ amount: kg, unit: 'kg' }));
  it('reads fractional ounces: "154 lb 12.8 oz" is 154.8 lb', () =>
    expect(value('154 lb 12.8 oz', WEIGHT)).toEqual({ amount: 154.8, unit: 'lb' }));
  it('says pounds and ounces that disagree with the kg are not the same weight', () => {
    expect(problem('70.2 kg (160 lb 4 oz)', WEIGHT)).toMatchObject({
      code: 'quantity.disagree',
      message: expect.stringContaining('160.25 lb'),
    });
    expect(problem('145 lb 8 oz (70 kg)', WEIGHT).code).toBe('quantity.disagree');
  });
  it('refuses 16 or more ounces, or ounces after a fractional pound, beside kg too', () => {
    expect(problem('145 lb 16.5 oz (66 kg)', WEIGHT).code).toBe('quantity.ounces');
    expect(problem('145.5 lb 8 oz (66 kg)', WEIGHT).code).toBe('quantity.ounces');
    expect(problem('70 kg (154 lb 16 oz)', WEIGHT).message).toContain('write the weight once');
  });
  it('keeps ounces after kilograms a problem', () => expect(problem('68 kg 4.5 oz', WEIGHT).code).toBe('quantity.unit-unknown'));
});

describe('parseQuantity: a lab result labelled "Result:" with its reference range', () => {
  const CRP = { units: ['mg/L', 'mg/dL', 'xULN'] as const, what: 'the CRP result' };
  it.each(['Result: 12.3 mg/L (Ref: <5.0)', 'Result 12.3 mg/L (H) (Reference range: 0.0-5.0 mg/L)', 'Value: 12.3 mg/L [Ref: <5]'])(
    'reads %j as 12.3 mg/L',
    (text) => expect(value(text, CRP)).toEqual({ amount: 12.3, unit: 'mg/L' }),
  );
  it('keeps a labelled range after a dose a problem, not a lab result', () =>
    expect(problem('150 mg (Ref: 0-5)', { units: ['mg'], what: 'the dose' }).code).toBe('quantity.limit'));
  it('keeps a "Result:" with no number a problem', () => expect(problem('Result: pending', CRP).code).toBe('quantity.not-a-number'));
});

describe('rangeAfterResult', () => {
  it.each([
    ['Result: 12.3 mg/L (Ref: <5.0)', '<5.0'],
    ['12.3 mg/L (Reference Range: 0.0 - 5.0 mg/L)', '0.0 - 5.0 mg/L'],
    ['28 mg/L [0.0-5.0]', '0.0-5.0'],
    ['28 mg/L [0-5] (H)', '0-5'],
    ['28 mg/L (normal: <10)', '<10'],
  ])('finds the range printed after %j: %j', (text, range) => expect(rangeAfterResult(text)).toBe(range));
  it.each(['28 mg/L', '28 mg/L (H)', '12.3 mg/L (0-5)', '28 mg/L [see note]', '68 kg (11/15/2026)'])(
    'finds none after %j (a bare parenthesis is no labelled range)',
    (text) => expect(rangeAfterResult(text)).toBeNull(),
  );
});

describe('parseQuantity: as typed, round 8', () => {
  const DOSE = { units: ['mg', 'g', 'mcg'], what: 'the dose' } as const;
  const CRP = { units: ['mg/L', 'mg/dL', 'xULN'], what: 'the CRP result' } as const;
  it.each([
    ['Inject 150 mg subcutaneously every 4 weeks', 150],
    ['150 mg (1 mL) subcut', 150],
    ['150 mg = 1 vial', 150],
    ['300 mg (2 vials) SC', 300],
    ['350 mg IV (5 mg/kg) over 2 hrs', 350],
    ['150 mg, SC', 150],
  ])('reads the dose in "%s"', (text, mg) => expect(value(text, DOSE)).toEqual({ amount: mg, unit: 'mg' }));
  it('keeps a second dose after the route two amounts', () =>
    expect(problem('150 mg SC then 300 mg', DOSE).code).toBe('quantity.two-amounts'));
  it('reads "150mg/1mL" as a strength, not a dose', () => expect(problem('150mg/1mL SC', DOSE).code).toBe('quantity.strength'));
  it('reads a result with a flag and an unbracketed range: "24.0 (H) mg/L ref <10"', () => {
    expect(value('24.0 (H) mg/L ref <10', CRP)).toEqual({ amount: 24, unit: 'mg/L' });
    expect(rangeAfterResult('24.0 (H) mg/L ref <10')).toBe('<10');
    expect(rangeAfterResult('2.8 mg/dL normal 0.0-0.9 mg/dL')).toBe('0.0-0.9 mg/dL');
  });
  it('reads a weight with the BMI after it: "68 kg, BMI 23.5"', () =>
    expect(value('68 kg, BMI 23.5', { units: ['kg', 'lb'] })).toEqual({ amount: 68, unit: 'kg' }));
  it('reads a weight in both units with the date after them: "154 lb (70 kg) 11/18/26"', () =>
    expect(value('154 lb (70 kg) 11/18/26', { units: ['kg', 'lb'] })).toEqual({ amount: 70, unit: 'kg' }));
  it('reads a weight in both units with a dash and the date after them: "80 kg (176 lb) - 11/10/26"', () =>
    expect(value('80 kg (176 lb) - 11/10/26', { units: ['kg', 'lb'] })).toEqual({ amount: 80, unit: 'kg' }));
  it('says when a weight in both units with a date after them disagrees', () =>
    expect(problem('154 lb (60 kg) 11/18/26', { units: ['kg', 'lb'] }).code).toBe('quantity.disagree'));
  it.each(['pending', 'Pending'])('reads "%s" as no value given', (text) => expect(problem(text).code).toBe('quantity.not-given'));
});

describe('parseQuantity: round 9', () => {
  const CRP = { units: ['mg/L', 'mg/dL', 'xULN'], what: 'the CRP result' } as const;
  const WEIGHT = { units: ['kg', 'lb'], what: 'the weight' } as const;
  const DOSE = { units: ['mg', 'g', 'mcg'], what: 'the dose' } as const;
  it.each(['38.2 milligrams per liter', '38.2 mg per liter', '38.2 milligram/L'])('reads the unit in words: %j', (text) =>
    expect(value(text, CRP)).toEqual({ amount: 38.2, unit: 'mg/L' }),
  );
  it('reads "micrograms per liter" with the micro sign or the Greek mu', () => {
    expect(parseUnit('\u00b5g/L')).toBe('ng/mL');
    expect(parseUnit('\u03bcg/L')).toBe('ng/mL');
  });
  it.each([
    ['38.2 mg/L on 11/05', 38.2],
    ['28 mg/L - 11/10/2026', 28],
    ['CRP: 38.2 mg/L (H) 11/05/2026', 38.2],
    ['11/06/2026: 74 mg/L', 74],
    ['CRP 88 mg/L, ESR 64 mm/hr', 88],
    ['88 mg/L (11/09/2026); 64 mg/L (10/12/2026)', 88],
    ['10/02/2026: 52 mg/L\n11/06/2026: 74 mg/L', 74],
  ])('reads a result with its date or beside others: %j', (text, amount) => expect(value(text, CRP)).toEqual({ amount, unit: 'mg/L' }));
  it('reads a result beyond the assay with its date as beyond it', () => {
    expect(value('<0.5 mg/dL on 11/02/2026', CRP)).toEqual({ amount: 0.5, unit: 'mg/dL' });
    expect(limitOf('11/02/2026: <0.5 mg/dL')).toBe('below');
  });
  it('keeps a ferritin in thousands whole: "1,200 ng/mL on 11/09/2026"', () =>
    expect(value('1,200 ng/mL on 11/09/2026', { units: ['ng/mL'] })).toEqual({ amount: 1200, unit: 'ng/mL' }));
  it('reads no date out of a weight or a dose', () => expect(problem('70 kg on 11/2', DOSE).code).toBe('quantity.unit-wrong-kind'));
  it.each(['approx. 66 kg', '~66 kg', 'about 66 kg'])('reads an estimated weight: %j', (text) =>
    expect(value(text, WEIGHT)).toEqual({ amount: 66, unit: 'kg' }),
  );
  it.each(['68 kg / 172 cm', '68 kg, 172 cm', 'Wt 68 kg, Ht 172 cm, BMI 23', 'Wt 68 kg (11/18/2026), Ht 172 cm', '68 kg (172 cm)'])(
    'reads the weight before the height: %j',
    (text) => expect(value(text, WEIGHT)).toEqual({ amount: 68, unit: 'kg' }),
  );
  it('keeps a weight with a bad date and a height a problem', () =>
    expect(problem('68 kg (2/30/2026)', WEIGHT).code).toBe('quantity.unit-unknown'));
  it.each([
    ['1 mL (150 mg)', 150],
    ['35 mL (350 mg)', 350],
  ])('reads the dose in brackets after its volume: %j', (text, amount) => expect(value(text, DOSE)).toEqual({ amount, unit: 'mg' }));
  it('keeps a volume alone a problem for a dose', () => expect(problem('1 mL', DOSE).code).toBe('quantity.unit-wrong-kind'));
  it.each(['150 mg x 1 dose', '150 mg x1', '150 mg x 2 doses'])('reads the dose before a count of doses: %j', (text) =>
    expect(value(text, DOSE)).toEqual({ amount: 150, unit: 'mg' }),
  );
  it('keeps "150 mg x 2" a problem: two doses or two vials?', () => expect(problem('150 mg x 2', DOSE).code).toBe('quantity.unit-unknown'));
});

describe('labResult', () => {
  it.each([
    ['24 mg/L on 11/02/2026', '24 mg/L', '2026-11-02'],
    ['11/02/2026: 24 mg/L', '24 mg/L', '2026-11-02'],
    ['24 mg/L (11/02/2026)', '24 mg/L', '2026-11-02'],
    ['24 mg/L collected 2026-11-02', '24 mg/L', '2026-11-02'],
    ['6 mg/L (11/10/2026); 28 mg/L (09/01/2026)', '6 mg/L', '2026-11-10'],
    ['28 mg/L (09/01/2026); 6 mg/L (11/10/2026)', '6 mg/L', '2026-11-10'],
  ])('reads %j as the latest result and its day', (text, result, day) => expect(labResult(text)).toMatchObject({ result, day }));
  it('gives no day for a date without its year', () =>
    expect(labResult('24 mg/L on 11/02')).toEqual({ result: '24 mg/L', date: '11/02', day: undefined }));
  it('keeps a result without a date as typed', () => expect(labResult('24.0 (H) mg/L ref <10').result).toBe('24.0 (H) mg/L ref <10'));
  it('does not cut a range or a result in thousands', () => {
    expect(labResult('24 mg/L [0-5]').result).toBe('24 mg/L [0-5]');
    expect(labResult('1,200 ng/mL').result).toBe('1,200 ng/mL');
  });
});

describe('parseQuantity: round 10', () => {
  const CRP = { units: ['mg/L', 'mg/dL', 'xULN'], what: 'the CRP result' } as const;
  const WEIGHT = { units: ['kg', 'lb'], what: 'the weight' } as const;
  const DOSE = { units: ['mg', 'g', 'mcg'], what: 'the dose' } as const;
  it.each([
    ['88 mg/L [H]', 88],
    ['38.2 A mg/L', 38.2],
    ['38.2 [H] mg/L', 38.2],
  ])('reads a lab flag in square brackets or "A" for abnormal: %j', (text, amount) =>
    expect(value(text, CRP)).toEqual({ amount, unit: 'mg/L' }),
  );
  it('reads "(ref 0-5)" after a result as its range, not as a date', () => {
    expect(value('28 mg/L (ref 0-5)', CRP)).toEqual({ amount: 28, unit: 'mg/L' });
    expect(labResult('28 mg/L (ref 0-5)').date).toBeUndefined();
    expect(labResult('24 mg/L on 11-02').date).toBe('11-02');
  });
  it.each([
    ['70 (kg)', 70, 'kg'],
    ['70 kg [154 lb]', 70, 'kg'],
    ['70 kg\n154 lb', 70, 'kg'],
    ['198 lb\n90 kg', 90, 'kg'],
    ['18 kg, 11/18/2026', 18, 'kg'],
    ['70 kg, BSA 1.84 m2', 70, 'kg'],
  ])(
    'reads a weight with its unit in brackets, its other unit in brackets or on the next line, a date or BSA after it: %j',
    (text, amount, unit) => expect(value(text, WEIGHT)).toEqual({ amount, unit }),
  );
  it('still refuses two weights on two lines that disagree, and a bad date after a comma', () => {
    expect(problem('70 kg\n180 lb', WEIGHT).code).not.toBe('');
    expect(problem('68 kg, 2/30/2026', WEIGHT).code).toBe('quantity.unit-unknown');
  });
  it.each([
    ['Canakinumab 150 mg', 150],
    ['80 mg ≈ 4 mg/kg', 80],
    ['280 mg; 2 vials', 280],
    ['240 mg in 250 mL NS', 240],
  ])('reads a dose after the drug name, with "≈ mg/kg", "; 2 vials" or its diluent after it: %j', (text, amount) =>
    expect(value(text, DOSE)).toEqual({ amount, unit: 'mg' }),
  );
  it('still refuses a strength after the drug name', () => expect(problem('Ilaris 150 mg/mL', DOSE).code).toBe('quantity.strength'));
});

describe('parseQuantity: round 10, doses and weights in words and notes', () => {
  const WEIGHT = { units: ['kg', 'lb'], what: 'the weight' } as const;
  const DOSE = { units: ['mg', 'g', 'mcg'], what: 'the dose' } as const;
  it('reads "milligrams per kilogram" as mg/kg, a dose per kg', () =>
    expect(problem('2 milligrams per kilogram', DOSE).code).toBe('quantity.per-kg'));
  it('reads a note after a semicolon: "150 mg; may increase to 300 mg"', () =>
    expect(value('150 mg; may increase to 300 mg if inadequate response', DOSE)).toEqual({ amount: 150, unit: 'mg' }));
  it('reads a weight in both units with the BMI after them', () =>
    expect(value('70 kg (154.32 lbs) BMI: 23.4', WEIGHT)).toEqual({ amount: 70, unit: 'kg' }));
  it('still refuses weights in both units that disagree, with the BMI after them', () =>
    expect(problem('70 kg (180 lbs) BMI: 23.4', WEIGHT).code).not.toBe(''));
});
