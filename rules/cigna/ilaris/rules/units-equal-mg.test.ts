import { describe, expect, it } from 'vitest';
import { runRule, stills } from '../test-utils';
import * as rule from './units-equal-mg';

const units = (dose: string, unitsText: string, doseUnit = '') =>
  runRule(rule, stills({ drug: { dose, doseUnit, units: unitsText } }));

describe('units-equal-mg', () => {
  it.each([
    ['280', '280', 'mg'],
    ['280mg', '280', ''],
    ['280 MG', '280 units', ''],
    ['0.3 g', '300', ''],
    ['150', '150', ''],
  ])('passes %s with %s units', (dose, u, unit) => {
    expect(units(dose, u, unit)).toEqual([]);
  });

  it('passes when units or dose are not entered yet', () => {
    expect(runRule(rule, { drug: { dose: '280 mg' } })).toEqual([]);
    expect(runRule(rule, { drug: { units: '1' } })).toEqual([]);
  });

  it('flags 1 unit for a 280 mg dose, with the fix to 280', () => {
    const [f, ...rest] = units('280', '1', 'mg');
    expect(rest).toEqual([]);
    expect(f?.message).toBe('280 mg is 280 units of J0638 (1 unit = 1 mg); 1 unit entered');
    expect(f?.field).toBe('drug.units');
    expect(f?.severity).toBe('error');
    expect(f?.fix).toEqual({ field: 'drug.units', value: '280', label: 'Set to 280' });
  });

  it('flags vials entered as units (2 for 280 mg)', () => {
    expect(units('280 mg', '2')[0]?.message).toContain('2 units entered');
  });

  it('says when the dose had no unit and was read as mg', () => {
    expect(units('300', '30')[0]?.message).toContain('(dose read as mg)');
  });

  it('converts grams: 0.28 g is 280 units', () => {
    expect(units('0.28 g', '28')[0]?.fix?.value).toBe('280');
  });
});
