import { describe, expect, it } from 'vitest';
import { CD_INFLECTRA_80KG, ra, runRule } from '@/rules/cigna/infliximab/test-utils';
import * as rule from './billing-units';

const units = (dose: string, u: string) => runRule(rule, ra({ drug: { dose, units: u } }));

describe('billing-units', () => {
  it('passes 21 units of J1745 for 210 mg (70 kg RA, 3 mg/kg)', () => {
    expect(units('210', '21')).toEqual([]);
  });

  it('passes 40 units of Q5103 for 400 mg (80 kg Crohn’s on Inflectra)', () => {
    expect(runRule(rule, CD_INFLECTRA_80KG)).toEqual([]);
  });

  it('rounds a part unit up: 215 mg is 22 units', () => {
    expect(units('215', '22')).toEqual([]);
    expect(units('215', '21')[0]?.fix?.value).toBe('22');
  });

  it('flags the tenfold error: 210 units for 210 mg, with the fix to 21', () => {
    const [f, ...rest] = units('210', '210');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('error');
    expect(f?.message).toBe(
      '210 units is the dose in mg, ten times too many: 210 mg is 21 units of J1745 (1 unit = 10 mg). 210 units would bill 2100 mg.',
    );
    expect(f?.fix).toEqual({ field: 'drug.units', value: '21', label: 'Set to 21' });
  });

  it('names the biosimilar’s own code in the tenfold error on Inflectra', () => {
    const [f] = runRule(rule, { ...CD_INFLECTRA_80KG, drug: { ...CD_INFLECTRA_80KG.drug, units: '400' } });
    expect(f?.message).toContain('400 mg is 40 units of Q5103');
  });

  it('warns, not errs, about units for the 3 vials opened (30 for 210 mg) and explains JW with 9 units', () => {
    const [f] = units('210', '30');
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('the 90 mg discarded is billed on a line of its own with modifier JW (9 units');
  });

  it('flags 1 unit for the whole dose', () => {
    expect(units('210', '1')[0]?.message).toBe('210 mg is 21 units of J1745 (1 unit = 10 mg); 1 unit entered');
  });

  it('stays quiet until both dose and units are entered', () => {
    expect(runRule(rule, { drug: { name: 'Remicade', units: '21' } })).toEqual([]);
  });
});
