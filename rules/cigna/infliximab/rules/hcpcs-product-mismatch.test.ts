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

  it.each([
    ['Inflectra', 'J1745', 'Q5103'],
    ['Renflexis', 'Q5121', 'Q5104'],
    ['Remicade', 'Q5104', 'J1745'],
    ['infliximab-axxq (Avsola)', 'Q5103', 'Q5121'],
    ['Infliximab (unbranded)', 'Q5103', 'J1745'],
  ])('flags the name %j under %s with no NDC, naming %s, with no fix (only staff know which is ordered)', (name, hcpcs, right) => {
    const [f, ...rest] = runRule(rule, ra({ drug: { name, hcpcs, ndc: '' } }));
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('error');
    expect(f?.field).toBe('drug.hcpcs');
    expect(f?.message).toMatch(
      new RegExp(`^${hcpcs} bills .*, but the drug name says .*, billed as ${right}\\. Check which product is ordered`),
    );
    expect(f?.message).toContain(`use ${right}; otherwise correct the drug name.`);
    expect(f?.fix).toBeUndefined();
  });

  it('says it plainly: Inflectra under J1745', () => {
    const [f] = runRule(rule, ra({ drug: { name: 'Inflectra', hcpcs: 'J1745', ndc: '' } }));
    expect(f?.message).toBe(
      'J1745 bills Remicade (infliximab) or infliximab (unbranded, Janssen), but the drug name says Inflectra (infliximab-dyyb), billed as Q5103. Check which product is ordered: for Inflectra (infliximab-dyyb), use Q5103; otherwise correct the drug name.',
    );
  });

  it('compares the name with the code when the NDC is no infliximab NDC the pack knows', () => {
    const [f] = runRule(rule, ra({ drug: { name: 'Avsola', hcpcs: 'Q5103', ndc: '00074-0554-02' } }));
    expect(f?.message).toContain('but the drug name says Avsola (infliximab-axxq), billed as Q5121');
  });

  it('reads the product requested, not the one in its history: Inflectra (switched from Remicade) under J1745', () => {
    const [f] = runRule(rule, ra({ drug: { name: 'Inflectra (switched from Remicade)', hcpcs: 'J1745', ndc: '' } }));
    expect(f?.message).toContain('but the drug name says Inflectra (infliximab-dyyb), billed as Q5103');
    expect(runRule(rule, ra({ drug: { name: 'Inflectra (switched from Remicade)', hcpcs: 'Q5103', ndc: '' } }))).toEqual([]);
  });

  it('flags a name naming another product than the code and the NDC, which agree, on the name, with no fix', () => {
    const [f, ...rest] = runRule(rule, ra({ drug: { name: 'Remicade', hcpcs: 'Q5103', ndc: '00069-0809-01' } }));
    expect(rest).toEqual([]);
    expect(f?.field).toBe('drug.name');
    expect(f?.message).toBe(
      'The drug name says Remicade (infliximab), but Q5103 and NDC "00069-0809-01" are Inflectra (infliximab-dyyb). Check which product is ordered, then correct the drug name, or the code and the NDC.',
    );
    expect(f?.fix).toBeUndefined();
  });

  it.each([
    ['infliximab', 'Q5104'],
    ['IFX', 'Q5121'],
    ['Remicade', 'J1745'],
    ['Infliximab (unbranded, Janssen)', 'J1745'],
    ['Inflectra (switched from Remicade)', 'Q5103'],
  ])('passes the name %j with %s and no NDC: no other product named', (name, hcpcs) => {
    expect(runRule(rule, ra({ drug: { name, hcpcs, ndc: '' } }))).toEqual([]);
  });

  it('offers no fix when only "infliximab" is named', () => {
    const [f] = runRule(rule, ra({ drug: { name: 'infliximab', hcpcs: 'Q5104', ndc: '55513-0670-01' } }));
    expect(f?.message).toContain('Check which product is given');
    expect(f?.fix).toBeUndefined();
  });
});
