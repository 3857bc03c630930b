import { describe, expect, it } from 'vitest';
import { normalizeForm } from '@/lib/form/normalize';
import { evaluate } from './evaluate';
import { mergeChecklists } from './checklist';
import type { ChecklistItemDef, PackManifest, PolicyPack, Rule, Selection } from './types';

const TODAY = '2026-11-22';

const unitsRule: Rule = {
  meta: {
    id: 'units-check',
    severity: 'error',
    category: 'coding',
    fields: ['drug.units'],
    source: { title: 'test', confidence: 'H' },
  },
  check: (form) =>
    form.drug.units?.value !== undefined && form.drug.units.value !== 280 ? [{ field: 'drug.units', message: 'wrong units' }] : [],
};

const defs: ChecklistItemDef[] = [
  { id: 'units', label: 'Units', section: 'coding', fields: ['drug.units'], rules: ['units-check'] },
  { id: 'ref', label: 'Range or ULN', section: 'labs', fields: ['labs.crpReferenceRange', 'labs.crpUln'], fill: 'any' },
  { id: 'gout-only', label: 'Gout item', section: 'priorTherapy', fields: ['clinical.urateLoweringTherapy'], indications: ['GOUT'] },
  { id: 'coverage', label: 'Coverage confirmed', section: 'patient', manual: true },
  { id: 'dose', label: 'Dose', section: 'coding', fields: ['drug.dose'] },
];

const manifest: PackManifest = { id: 't', payer: 'T', drug: { brand: 'T', generic: 't', hcpcs: [], ndcProducts: [] } };
const pack: PolicyPack = { manifest, rules: [unitsRule], checklist: defs };
const base: PolicyPack = { manifest: { ...manifest, id: 'base' }, rules: [], checklist: [] };
const selection: Selection = { status: 'applies', pack: manifest, sure: true, read: 'T (t)', known: ['T (t)'] };

const evaluateWith = (raw: Parameters<typeof normalizeForm>[0], drugPack: PolicyPack, manualTicks: Record<string, boolean> = {}) =>
  evaluate(normalizeForm(raw), { today: TODAY, base, pack: drugPack, selection, manualTicks });

const run = (raw: Parameters<typeof normalizeForm>[0], manualTicks: Record<string, boolean> = {}) =>
  evaluateWith(raw, pack, manualTicks).checklist;

const item = (c: ReturnType<typeof run>, id: string) => c.sections.flatMap((s) => s.items).find((i) => i.id === id);

describe('checklist', () => {
  it('marks items empty until filled, done when filled without problems', () => {
    const c = run({ drug: { units: '280' } });
    expect(item(c, 'units')?.status).toBe('done');
    expect(item(c, 'ref')?.status).toBe('empty');
  });

  it('marks an item a problem when one of its rules fired, with the finding', () => {
    const units = item(run({ drug: { units: '1' } }), 'units');
    expect(units?.status).toBe('problem');
    expect(units?.findings.map((f) => f.message)).toEqual(['wrong units']);
    expect(units?.field).toBe('drug.units');
  });

  it('marks an item with an unreadable value in its field a problem too', () => {
    const failing: Rule = {
      ...unitsRule,
      meta: { ...unitsRule.meta, id: 'unreadable' },
      check: () => [{ field: 'drug.dose', message: 'cannot read' }],
    };
    const c = evaluateWith({ drug: { dose: 'abc' } }, { ...pack, rules: [failing] }).checklist;
    expect(item(c, 'dose')?.status).toBe('problem');
  });

  it('counts a rule that threw against its items', () => {
    const broken: Rule = {
      ...unitsRule,
      check: () => {
        throw new Error('x');
      },
    };
    const c = evaluateWith({ drug: { units: '280' } }, { ...pack, rules: [broken] }).checklist;
    expect(item(c, 'units')?.status).toBe('problem');
  });

  it('accepts any one field for a "fill: any" item', () => {
    expect(item(run({ labs: { crpUln: '5 mg/L' } }), 'ref')?.status).toBe('done');
  });

  it('follows manual ticks', () => {
    expect(item(run({}), 'coverage')?.status).toBe('manual-open');
    expect(item(run({}, { coverage: true }), 'coverage')?.status).toBe('manual-done');
  });

  it('shows indication items only once the indication is known and matches', () => {
    expect(item(run({}), 'gout-only')).toBeUndefined();
    expect(item(run({ diagnosis: { indication: "Still's disease" } }), 'gout-only')).toBeUndefined();
    expect(item(run({ diagnosis: { indication: 'GOUT' } }), 'gout-only')?.status).toBe('empty');
  });

  it('orders sections as the audit does, with titles, and counts done items', () => {
    const c = run({ drug: { units: '280', dose: '280 mg' } }, { coverage: true });
    expect(c.sections.map((s) => s.title)).toEqual(['Patient information', 'Laboratory evidence', 'Coding accuracy']);
    expect([c.done, c.total]).toEqual([3, 4]);
  });

  it("lets a pack's item replace the base item of the same id, in the base item's place", () => {
    const baseDefs: ChecklistItemDef[] = [
      { id: 'member-id', label: 'Member ID', section: 'patient', fields: ['patient.memberId'] },
      { id: 'npi', label: 'NPI', section: 'prescriber', fields: ['prescriber.npi'] },
    ];
    const packDefs: ChecklistItemDef[] = [
      { id: 'weight', label: 'Weight', section: 'patient', fields: ['patient.weight'] },
      { id: 'member-id', label: 'Cigna ID', section: 'patient', fields: ['patient.memberId'] },
    ];
    expect(mergeChecklists(baseDefs, packDefs).map((d) => d.label)).toEqual(['Cigna ID', 'NPI', 'Weight']);
  });
});
