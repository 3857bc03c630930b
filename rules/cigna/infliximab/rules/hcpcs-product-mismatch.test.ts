import { describe, expect, it } from 'vitest';
import { CD_INFLECTRA_80KG, ra, runRule } from '@/rules/cigna/infliximab/test-utils';
import * as rule from './hcpcs-product-mismatch';

describe('hcpcs-product-mismatch', () => {
  it('passes codes that match the NDC’s product (J1745 Remicade, Q5103 Inflectra, J1745 unbranded)', () => {
    expect(runRule(rule, ra({}))).toEqual([]);
    expect(runRule(rule, CD_INFLECTRA_80KG)).toEqual([]);
    expect(runRule(rule, ra({ drug: { name: 'infliximab', ndc: '57894-0160-01' } }))).toEqual([]);
  });

  it('flags a biosimilar NDC under J1745 and, with the brand named, fixes the code', () => {
    const [f, ...rest] = runRule(rule, ra({ drug: { name: 'Inflectra', hcpcs: 'J1745', ndc: '00069-0809-01' } }));
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('error');
    expect(f?.field).toBe('drug.hcpcs');
    expect(f?.message).toContain(
      'J1745 bills Remicade (infliximab) or infliximab (unbranded, Janssen), but NDC "00069-0809-01" is Inflectra (infliximab-dyyb), billed as Q5103',
    );
    expect(f?.fix).toEqual({ field: 'drug.hcpcs', value: 'Q5103', label: 'Set to Q5103' });
  });

  it('puts the fix on the NDC when the name agrees with the code', () => {
    const [f] = runRule(rule, ra({ drug: { name: 'Remicade', hcpcs: 'J1745', ndc: '00069-0809-01' } }));
    expect(f?.field).toBe('drug.ndc');
    expect(f?.fix?.value).toBe('57894-0030-01');
  });

  it('offers no fix when only "infliximab" is named', () => {
    const [f] = runRule(rule, ra({ drug: { name: 'infliximab', hcpcs: 'Q5104', ndc: '55513-0670-01' } }));
    expect(f?.message).toContain('Check which product is given');
    expect(f?.fix).toBeUndefined();
  });
});
