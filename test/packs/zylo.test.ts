import { describe, expect, it } from 'vitest';
import { evaluateRequest, loadAllDocs, type Registry } from '@/lib/engine/registry';
import { normalizeForm } from '@/lib/form/normalize';
import type { RawForm } from '@/lib/form/schema';
import { STILLS_70KG, TODAY } from '@/rules/cigna/ilaris/test-utils';
import { REGISTRY } from '@/rules/registry';
import { testZylo } from './zylo/entry';

/**
 * Adding a pack is its folder plus one registry line: a throwaway pack for an invented drug,
 * registered beside the shipped ones, is picked, evaluated and reported with nothing changed
 * under lib/.
 */

const WITH_ZYLO: Registry = { ...REGISTRY, packs: [...REGISTRY.packs, testZylo] };

const zylo: RawForm = {
  patient: { name: 'Pat Test', memberId: 'T100', dob: '01/02/1980' },
  drug: { name: 'Zylo', hcpcs: 'Z0001', dose: '50', doseUnit: 'mg', units: '50' },
  prescriber: { name: 'Dr. Test', npi: '1234567893' },
};
const check = (raw: RawForm) => evaluateRequest(WITH_ZYLO, normalizeForm(raw), { today: TODAY });

describe('a pack added with one registry line', () => {
  it('is picked for a request for its drug, and its rule speaks with its fix', async () => {
    const result = await check(zylo);
    expect(result.selection).toMatchObject({ status: 'applies', pack: { id: 'test-zylo' }, sure: true, read: 'Zylo (zylomab)' });
    expect(result.findings.map((f) => [f.ruleId, f.message, f.fix?.value])).toEqual([
      ['units-five-mg', '50 mg of Zylo is 10 units (5 mg each) (proxy: invented for tests).', '10'],
    ]);
  });

  it('adds its checklist to the base checklist', async () => {
    const labels = (await check(zylo)).checklist.sections.flatMap((s) => s.items.map((i) => i.label));
    expect(labels).toContain('Zylo units (5 mg each)');
    expect(labels).toContain('Valid prescriber NPI');
  });

  it('is known to the registry: a request for another drug lists it among the drugs checked', async () => {
    const result = await check({ drug: { name: 'Humira' } });
    expect(result.selection).toMatchObject({ status: 'none', known: ['Ilaris (canakinumab)', 'Remicade (infliximab)', 'Zylo (zylomab)'] });
  });

  it('leaves the packs already there as they were', async () => {
    const ilaris = await check(STILLS_70KG);
    expect(ilaris.selection.pack?.id).toBe('cigna-ilaris');
    expect(ilaris.findings).toEqual([]);
  });

  it('gives the pages its docs beside the others', async () => {
    const titles = (await loadAllDocs(WITH_ZYLO)).map((d) => d.title);
    expect(titles.at(-1)).toBe('Testcare × Zylo (zylomab)');
  });
});
