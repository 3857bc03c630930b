import { describe, expect, it } from 'vitest';
import { evaluateRequest } from '@/lib/engine/registry';
import { normalizeForm } from '@/lib/form/normalize';
import type { RawForm } from '@/lib/form/schema';
import { REGISTRY } from '@/rules/registry';
import { TODAY } from '@/rules/base/test-utils';

const conflicts = async (drug: RawForm['drug']) =>
  (await evaluateRequest(REGISTRY, normalizeForm({ drug }), { today: TODAY })).findings.filter(
    (f) => f.ruleId === 'drug-identity-conflict',
  );

describe('drug-identity-conflict', () => {
  it("warns about Ilaris's NDC on a Humira request, without a fix", async () => {
    const [f, ...rest] = await conflicts({ name: 'Humira', hcpcs: 'J0135', ndc: '00078-0734-61' });
    expect(rest).toEqual([]);
    expect(f?.field).toBe('drug.ndc');
    expect(f?.severity).toBe('warning');
    expect(f?.fix).toBeUndefined();
    expect(f?.message).toBe(
      'NDC 00078-0734-61 is Ilaris (canakinumab), but the drug name "Humira" names another drug: check which drug this request is for.',
    );
  });

  it('warns about an infliximab HCPCS code on a request the name says is for Kineret', async () => {
    const [f] = await conflicts({ name: 'Kineret (anakinra)', hcpcs: 'J1745' });
    expect(f?.field).toBe('drug.hcpcs');
    expect(f?.message).toContain('HCPCS J1745 is');
  });

  it('names the HCPCS code that decided when no name is typed', async () => {
    const [f] = await conflicts({ hcpcs: 'J0135', ndc: '00078073461' });
    expect(f?.message).toContain('but HCPCS J0135 names another drug');
  });

  it.each([
    ['a Humira request', { name: 'Humira', hcpcs: 'J0135', ndc: '00074-0554-02' }],
    ['an Ilaris request', { name: 'Ilaris', hcpcs: 'J0638', ndc: '00078-0734-61' }],
    ['Kineret after Ilaris failed', { name: 'Kineret, Ilaris not tolerated', hcpcs: 'J3590' }],
    ['an empty drug section', {}],
  ])('says nothing on %s', async (_name, drug) => {
    expect(await conflicts(drug)).toEqual([]);
  });
});
