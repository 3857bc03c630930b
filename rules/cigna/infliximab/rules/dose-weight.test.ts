import { describe, expect, it } from 'vitest';
import { CD_INFLECTRA_80KG, ra, runRule } from '@/rules/cigna/infliximab/test-utils';
import * as rule from './dose-weight';

const dose = (d: string, weight = '70', codes = ['M06.9']) =>
  runRule(rule, ra({ drug: { dose: d }, patient: { weight }, diagnosis: { codes } }));

describe('dose-weight', () => {
  it.each(['210', '200', '300', '700'])('passes %s mg for 70 kg RA (3 mg/kg, up to 10 mg/kg)', (d) => {
    expect(dose(d)).toEqual([]);
  });

  it('passes 400 mg for 80 kg Crohn’s (5 mg/kg)', () => {
    expect(runRule(rule, CD_INFLECTRA_80KG)).toEqual([]);
  });

  it('passes a dose rounded up to the next vial (365 → 400 mg for 73 kg UC)', () => {
    expect(dose('400', '73', ['K51.90'])).toEqual([]);
  });

  it('warns about 21 mg for 70 kg RA and asks whether units were typed', () => {
    const [f] = dose('21');
    expect(f?.severity).toBe('warning');
    expect(f?.message).toBe(
      '21 mg is 0.3 mg/kg, below the FDA label dose for rheumatoid arthritis: 3 mg/kg × 70 kg = 210 mg at 0, 2 and 6 weeks, then every 8 weeks, with methotrexate (the label allows up to 10 mg/kg, or the same dose as often as every 4 weeks). Was the dose typed in units of 10 mg?',
    );
  });

  it('warns about 10 mg/kg for ulcerative colitis (the label gives 5 mg/kg)', () => {
    expect(dose('700', '70', ['K51.90'])[0]?.message).toContain('above the FDA label dose for ulcerative colitis');
  });

  const child = (d: string, dob: string) =>
    runRule(
      rule,
      ra({ drug: { dose: d }, patient: { weight: '21', dob }, diagnosis: { codes: ['K50.90'] }, request: { date: '11/20/2026' } }),
    );

  it('passes 10 mg/kg for an adult with Crohn’s who lost response', () => expect(child('210', '01/01/2000')).toEqual([]));

  it('warns about 10 mg/kg for a 6-year-old with Crohn’s (the label keeps 10 mg/kg to adults)', () => {
    expect(child('210', '03/15/2020')[0]?.message).toContain("above the FDA label dose for Crohn's disease in a patient under 18");
  });

  it('passes 5 mg/kg for a 6-year-old with Crohn’s', () => expect(child('110', '03/15/2020')).toEqual([]));
});
