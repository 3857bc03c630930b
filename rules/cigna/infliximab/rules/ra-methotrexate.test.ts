import { describe, expect, it } from 'vitest';
import { ra, RA_70KG, runRule } from '@/rules/cigna/infliximab/test-utils';
import * as rule from './ra-methotrexate';

describe('ra-methotrexate', () => {
  it('passes an RA request that lists methotrexate', () => {
    expect(runRule(rule, RA_70KG)).toEqual([]);
  });

  it('passes before the therapy table is started, and for other indications', () => {
    expect(runRule(rule, ra({ priorTherapies: [] }))).toEqual([]);
    expect(runRule(rule, ra({ diagnosis: { codes: ['K50.90'] }, priorTherapies: [{ drug: 'Azathioprine' }] }))).toEqual([]);
  });

  it.each(['Jylamvo 2 mg/mL oral soln', 'Rheumatrex 2.5 mg tabs', 'MTX 20 mg weekly', 'Xatmep'])(
    'passes an RA request whose methotrexate row names it %j',
    (drug) => expect(runRule(rule, ra({ priorTherapies: [{ drug, dose: '20 mg weekly', outcome: 'Inadequate response' }] }))).toEqual([]),
  );

  it('warns when the RA therapy table names no methotrexate', () => {
    const [f] = runRule(rule, ra({ priorTherapies: [{ drug: 'Leflunomide', dose: '20 mg daily', outcome: 'Inadequate response' }] }));
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('in combination with methotrexate');
  });
});
