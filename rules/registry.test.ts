import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DRUG_IDENTITY_FIELDS, ndcProductsOf } from '@/lib/engine/applicability';
import { evaluateRequest } from '@/lib/engine/registry';
import { F } from '@/lib/form/fields';
import { normalizeForm } from '@/lib/form/normalize';
import type { RawForm } from '@/lib/form/schema';
import { basePack } from './base';
import { OTHER_DRUGS } from './base/facts';
import { STILLS_70KG, TODAY } from './cigna/ilaris/test-utils';
import { REGISTRY } from './registry';

const BASE_IDS = new Set(basePack.rules.map((r) => r.meta.id));

/** The drugs the registered packs check, by the words of their names (and "IFX", an alias of infliximab). */
const CHECKED = /ilaris|canakinumab|remicade|infliximab|inflectra|renflexis|avsola|ifx/i;
/** Drugs no pack checks (the base names infliximab products too, from before a pack checked them). */
const UNCHECKED = OTHER_DRUGS.filter((d) => !CHECKED.test(`${d.brand} ${d.generic}`));

/** Requests for drugs no pack checks: their names and codes, and every other field of a real request, right or wrong. */
const otherName = fc.oneof(
  fc.constantFrom(...UNCHECKED.flatMap((d) => [d.brand, d.generic, `${d.brand} 40 mg`])),
  fc.string({ minLength: 1, maxLength: 20 }).filter((s) => /[a-z]/i.test(s) && !CHECKED.test(s)),
);
const otherHcpcs = fc.oneof(
  fc.constantFrom(...OTHER_DRUGS.flatMap((d) => d.hcpcs), 'J3590', 'J3490', 'J0638', 'j0638'),
  fc.string({ maxLength: 8 }),
);
const otherNdc = fc.oneof(
  fc.constantFrom('00074-0554-02', '0074-0554-02', '0074055402', '00078-0734-61', '0078073461', '57894-0030-01'),
  fc.string({ maxLength: 14 }),
);
const text = (...samples: string[]) => fc.oneof(fc.constantFrom(...samples), fc.string({ maxLength: 10 }));
const otherRequest: fc.Arbitrary<RawForm> = fc.record({
  request: fc.constant(STILLS_70KG.request),
  labs: fc.constant(STILLS_70KG.labs),
  priorTherapies: fc.constant(STILLS_70KG.priorTherapies),
  drug: fc.record({
    name: otherName,
    hcpcs: otherHcpcs,
    ndc: otherNdc,
    dose: text('40', '280', '1', '40 mg', 'two hundred'),
    doseUnit: text('mg', 'mL', ''),
    units: text('2', '40', '280', '1'),
    ndcQuantity: text('ML0.8', 'UN1', 'MG40'),
    frequency: text('Every 2 weeks', 'Every 4 weeks', 'once'),
    placeOfService: text('11', '12', '22'),
    adminCpt: text('96372', '96413'),
  }),
  diagnosis: fc.record({ codes: fc.array(text('M05.79', 'M06.9', 'K50.90', 'M06.1', 'M04.1', 'M08.2X'), { maxLength: 3 }) }),
  patient: fc.record({
    name: text('Sam Rivera'),
    memberId: text('U9876543201', ''),
    dob: text('06/02/1971', '13/01/2025'),
    weight: text('82', '180 lb'),
  }),
  prescriber: fc.record({ name: text('Dr. Ann Lee'), npi: text('1234567893', '1234567890'), specialty: text('Rheumatology') }),
});

describe('requests for drugs no pack checks', () => {
  it('get no Ilaris finding, and no fix that changes which drug the request is for', async () => {
    await fc.assert(
      fc.asyncProperty(otherRequest, async (raw) => {
        const form = normalizeForm(raw);
        const result = await evaluateRequest(REGISTRY, form, { today: TODAY });
        // a name that is not Ilaris decides, whatever the codes say
        expect(result.selection.status).toBe('none');
        for (const f of result.findings) {
          expect(BASE_IDS.has(f.ruleId)).toBe(true);
          if (!f.fix || !DRUG_IDENTITY_FIELDS.includes(f.fix.field)) continue;
          // the one identity fix left writes the typed NDC product in its 11-digit form
          expect(f.fix.field).toBe(F.ndc);
          const fixed = normalizeForm({ drug: { ndc: f.fix.value } });
          expect(ndcProductsOf(fixed)).toEqual(ndcProductsOf(form));
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('hold for a correct Humira request: no error or warning, the drug named', async () => {
    const humira: RawForm = {
      ...STILLS_70KG,
      diagnosis: { codes: ['M05.79'] },
      drug: { name: 'Humira', hcpcs: 'J0135', ndc: '00074-0554-02', dose: '40', doseUnit: 'mg', units: '2' },
    };
    const result = await evaluateRequest(REGISTRY, normalizeForm(humira), { today: TODAY });
    expect(result.findings).toEqual([]);
    expect(result.selection).toMatchObject({
      status: 'none',
      read: 'Humira (adalimumab)',
      known: ['Ilaris (canakinumab)', 'Remicade (infliximab)'],
    });
  });
});

describe('an Ilaris request', () => {
  it('offers the HCPCS fix when the pack is sure: canakinumab with J3590', async () => {
    const raw = { ...STILLS_70KG, drug: { ...STILLS_70KG.drug, name: 'canakinumab', hcpcs: 'J3590' } };
    const result = await evaluateRequest(REGISTRY, normalizeForm(raw), { today: TODAY });
    expect(result.findings.find((f) => f.ruleId === 'hcpcs-code')?.fix?.value).toBe('J0638');
  });

  it('says what to check, with no one-key fix, when its drug fields name another drug', async () => {
    const raw = { ...STILLS_70KG, drug: { ...STILLS_70KG.drug, hcpcs: 'J0135', ndc: '00074-0554-02' } };
    const result = await evaluateRequest(REGISTRY, normalizeForm(raw), { today: TODAY });
    const identity = result.findings.filter((f) => f.field === F.hcpcs || f.field === F.ndc);
    expect(identity.map((f) => f.ruleId).sort()).toEqual(['hcpcs-code', 'ndc-product']);
    for (const f of identity) {
      expect(f.fix).toBeUndefined();
      expect(f.message).toContain('check which drug this request is for');
    }
  });

  it('gets only the checks for every drug while no drug field is filled', async () => {
    const { drug: _drug, ...noDrug } = STILLS_70KG;
    const result = await evaluateRequest(REGISTRY, normalizeForm({ ...noDrug, prescriber: { npi: '1234567890' } }), { today: TODAY });
    expect(result.selection.status).toBe('unknown');
    expect(result.findings.map((f) => f.ruleId)).toEqual(['npi-invalid']);
  });
});
