import { describe, expect, it } from 'vitest';
import { ra, runRule } from '@/rules/cigna/infliximab/test-utils';
import * as rule from './hcpcs-code';

describe('hcpcs-code', () => {
  it.each(['J1745', 'j1745', 'J1745 x 21 units'])('passes %s', (hcpcs) => {
    expect(runRule(rule, ra({ drug: { hcpcs } }))).toEqual([]);
  });

  it('flags the unclassified J3590 on a Remicade NDC and offers J1745', () => {
    const [f] = runRule(rule, ra({ drug: { hcpcs: 'J3590' } }));
    expect(f?.message).toBe(
      '"J3590": J3590 is an unclassified drug code; infliximab products have their own codes. Remicade (infliximab) is J1745 (Injection, infliximab, excludes biosimilar, 10 mg).',
    );
    expect(f?.fix).toEqual({ field: 'drug.hcpcs', value: 'J1745', label: 'Set to J1745' });
  });

  it('offers Q5103 when the NDC is Inflectra’s', () => {
    const [f] = runRule(rule, ra({ drug: { name: 'infliximab', hcpcs: 'J3590', ndc: '00069-0809-01' } }));
    expect(f?.fix?.value).toBe('Q5103');
  });

  it('offers no fix when nothing settles the product, and lists the codes', () => {
    const [f] = runRule(rule, { drug: { name: 'infliximab', hcpcs: 'J3590' } });
    expect(f?.fix).toBeUndefined();
    expect(f?.message).toContain('J1745 Remicade or unbranded infliximab, Q5103 Inflectra, Q5104 Renflexis, Q5121 Avsola');
  });
});
