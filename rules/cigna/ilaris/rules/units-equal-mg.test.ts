import { describe, expect, it } from 'vitest';
import { runPack, runRule, stills } from '@/rules/cigna/ilaris/test-utils';
import * as rule from './units-equal-mg';

const units = (dose: string, unitsText: string, doseUnit = '') => runRule(rule, stills({ drug: { dose, doseUnit, units: unitsText } }));

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

  describe('a dose that is not a whole number of mg (CMS: the next whole unit up)', () => {
    it('bills 71 units for a 70.6 mg dose', () => {
      expect(units('70.6', '71', 'mg')).toEqual([]);
    });

    it('bills 71 units for 35.3 kg × 2 mg/kg typed as a dose without a unit', () => {
      expect(units('70.6', '71')).toEqual([]);
    });

    it('flags 70 units for a 70.6 mg dose and says to round up to 71', () => {
      const [f, ...rest] = units('70.6', '70', 'mg');
      expect(rest).toEqual([]);
      expect(f?.severity).toBe('error');
      expect(f?.message).toBe(
        '70.6 mg is 71 units of J0638 (1 unit = 1 mg; a part of a unit is billed as the next whole unit up, so round 70.6 up to 71); 70 units entered',
      );
      expect(f?.fix).toEqual({ field: 'drug.units', value: '71', label: 'Set to 71' });
    });

    it('says 70.6 is not a valid units entry (units are whole numbers) and offers 71', () => {
      const [f, ...rest] = units('70.6', '70.6', 'mg');
      expect(rest).toEqual([]);
      expect(f?.field).toBe('drug.units');
      expect(f?.severity).toBe('error');
      expect(f?.message).toBe(
        '"70.6" is not a number of billing units: units are whole numbers. 70.6 mg is 71 units of J0638 (1 unit = 1 mg; a part of a unit is billed as the next whole unit up).',
      );
      expect(f?.fix).toEqual({ field: 'drug.units', value: '71', label: 'Set to 71' });
    });

    it('says a fractional units entry is not whole even when the dose is whole (280.5 for 280 mg)', () => {
      const [f] = units('280', '280.5', 'mg');
      expect(f?.message).toContain('units are whole numbers. 280 mg is 280 units of J0638');
      expect(f?.fix?.value).toBe('280');
    });

    it('leaves other unreadable units entries to value-unreadable', () => {
      expect(units('280', 'two hundred eighty', 'mg')).toEqual([]);
      expect(units('280', '280 mg', 'mg')).toEqual([]);
    });

    it('is the one finding on a fractional units entry: the generic "cannot be read" gives way to it', () => {
      const onUnits = runPack(stills({ drug: { dose: '70.6', doseUnit: 'mg', units: '70.6' } })).filter((f) => f.field === 'drug.units');
      expect(onUnits.map((f) => f.ruleId)).toEqual(['units-equal-mg']);
    });

    it('leaves a fractional units entry to value-unreadable while the dose is missing', () => {
      const onUnits = runPack({ drug: { name: 'Ilaris', units: '70.6' } }).filter((f) => f.field === 'drug.units');
      expect(onUnits.map((f) => f.ruleId)).toEqual(['value-unreadable']);
    });

    it('stays quiet about a fractional units entry while the dose is missing', () => {
      expect(runRule(rule, { drug: { units: '70.6' } })).toEqual([]);
    });
  });

  describe('units that include the discarded drug (whole vials)', () => {
    it('warns, not errors, about 300 units for a 280 mg dose and explains JW', () => {
      const [f, ...rest] = units('280', '300', 'mg');
      expect(rest).toEqual([]);
      expect(f?.severity).toBe('warning');
      expect(f?.message).toBe(
        `300 units is the 2 vials opened (300 mg), not the 280 mg dose: J0638 units normally equal the dose given (280 units), and the 20 mg discarded is billed on a line of its own with modifier JW (20 units; Medicare's rule, Cigna commercial use not confirmed). Keep 300 only if the payer bills whole vials on one line.`,
      );
      expect(f?.fix).toEqual({ field: 'drug.units', value: '280', label: 'Set to 280' });
    });

    it('warns about 150 units for a 70.6 mg dose (one vial; 79 units discarded)', () => {
      const [f] = units('70.6', '150', 'mg');
      expect(f?.severity).toBe('warning');
      expect(f?.message).toContain('the dose given (71 units)');
      expect(f?.message).toContain('the 79.4 mg discarded is billed on a line of its own with modifier JW (79 units');
    });

    it('still errs on units that are neither the dose nor whole vials (310 for 280 mg)', () => {
      expect(units('280', '310', 'mg')[0]?.severity).toBe('error');
    });
  });
});
