import { describe, expect, it } from 'vitest';
import { evaluateRequest, loadAllDocs } from '@/lib/engine/registry';
import { draftLetter } from '@/lib/letter/letter';
import { normalizeForm } from '@/lib/form/normalize';
import { STILLS_70KG } from '@/rules/cigna/ilaris/test-utils';
import { REGISTRY } from '@/rules/registry';
import { calculateDose } from './calculator';
import { cignaInfliximabDocs } from './docs';
import { INFLIXIMAB_RULES } from './index';
import { CD_INFLECTRA_80KG, ra, RA_70KG, TODAY } from './test-utils';
import { planFollowUp } from '@/lib/followup';

const letterOf = () => {
  if (!cignaInfliximabDocs.letter) throw new Error('no letter');
  return cignaInfliximabDocs.letter;
};
const INFLIXIMAB_IDS = new Set(INFLIXIMAB_RULES.map((r) => r.meta.id));
const evaluateRaw = (raw: Parameters<typeof normalizeForm>[0]) => evaluateRequest(REGISTRY, normalizeForm(raw), { today: TODAY });

describe('the registry and the Cigna × infliximab pack', () => {
  it.each([
    ['Remicade', {}],
    ['infliximab-dyyb', {}],
    ['Avsola', {}],
    ['', { hcpcs: 'Q5104', ndc: '' }],
    ['', { hcpcs: '', ndc: '55513-0670-01' }],
  ])('applies to a request for %s', async (name, drug) => {
    const result = await evaluateRaw(ra({ drug: { name, ...drug } }));
    expect(result.selection.pack?.id).toBe('cigna-infliximab');
  });

  it('reads "IFX", the common abbreviation, with J1745 as the infliximab pack\'s request, sure of it', async () => {
    const result = await evaluateRaw(ra({ drug: { name: 'IFX', hcpcs: 'J1745' } }));
    expect(result.selection).toMatchObject({ status: 'applies', sure: true, pack: { id: 'cigna-infliximab' } });
  });

  it('gives an Ilaris request the Ilaris pack and no infliximab finding', async () => {
    const result = await evaluateRaw(STILLS_70KG);
    expect(result.selection.pack?.id).toBe('cigna-ilaris');
    expect(result.findings.some((f) => f.message.includes('infliximab'))).toBe(false);
  });

  it('gives an infliximab request no Ilaris finding', async () => {
    const result = await evaluateRaw(RA_70KG);
    expect(result.selection.pack?.id).toBe('cigna-infliximab');
    for (const f of result.findings) expect(f.message).not.toMatch(/Ilaris|J0638|canakinumab/);
    expect(result.checklist.sections.flatMap((s) => s.items.map((i) => i.id))).toContain('tb-screening');
  });

  it('offers no fix on a drug field when the name says Humira and the codes say infliximab', async () => {
    const result = await evaluateRaw(ra({ drug: { name: 'Humira', hcpcs: 'J3590' } }));
    expect(result.selection.status).toBe('none');
    expect(result.findings.filter((f) => INFLIXIMAB_IDS.has(f.ruleId))).toEqual([]);
  });

  it('leaves a request for Zymfentra, the subcutaneous infliximab-dyyb, to no pack', async () => {
    const result = await evaluateRaw(ra({ drug: { name: 'Zymfentra (infliximab-dyyb) 120 mg', hcpcs: '', ndc: '' } }));
    expect(result.selection.status).toBe('none');
    expect(result.findings.filter((f) => INFLIXIMAB_IDS.has(f.ruleId))).toEqual([]);
  });

  it('leaves Zymfentra typed by its generic "infliximab-dyyb", with an NDC of no IV product, to no pack, naming it as typed', async () => {
    const zymfentra = {
      name: 'infliximab-dyyb 120 mg/mL pen (SC)',
      hcpcs: '',
      ndc: '00069-0349-02',
      dose: '120 mg',
      frequency: 'every 2 weeks',
    };
    const result = await evaluateRaw(ra({ drug: zymfentra }));
    expect(result.selection).toMatchObject({ status: 'none', read: 'infliximab-dyyb 120 mg/mL pen (SC)' });
    expect(result.findings.filter((f) => INFLIXIMAB_IDS.has(f.ruleId))).toEqual([]);
  });

  it('keeps "infliximab-dyyb" with Q5103 and an unknown NDC for the pack, not sure: no fix on a drug field', async () => {
    const result = await evaluateRaw(ra({ drug: { name: 'infliximab-dyyb', hcpcs: 'Q5103', ndc: '00069-0349-02' } }));
    expect(result.selection).toMatchObject({ status: 'applies', sure: false });
    expect(result.findings.filter((f) => f.fix && ['drug.name', 'drug.hcpcs', 'drug.ndc'].includes(f.fix.field))).toEqual([]);
  });

  it.each([
    ['Inflectra', { name: 'Inflectra', hcpcs: 'Q5103', ndc: '00069-0809-01' }, 'Inflectra (infliximab-dyyb)'],
    ['its suffixed generic', { name: 'infliximab-abda', hcpcs: '', ndc: '' }, 'Renflexis (infliximab-abda)'],
    ['Avsola by HCPCS Q5121 alone', { name: '', hcpcs: 'Q5121', ndc: '' }, 'Avsola (infliximab-axxq)'],
    ['Inflectra by HCPCS Q5103 beside "infliximab"', { name: 'infliximab', hcpcs: 'Q5103', ndc: '' }, 'Inflectra (infliximab-dyyb)'],
    ['Renflexis by NDC alone', { name: '', hcpcs: '', ndc: '78206-0162-01' }, 'Renflexis (infliximab-abda)'],
    [
      'the unbranded product by its NDC beside J1745',
      { name: 'infliximab', hcpcs: 'J1745', ndc: '57894-0160-01' },
      'infliximab (unbranded, Janssen)',
    ],
    ['Remicade', { name: 'Remicade', hcpcs: 'J1745', ndc: '' }, 'Remicade (infliximab)'],
    // J1745 bills Remicade and the unbranded product alike: the heading names neither
    ['no one product ("infliximab", J1745): the generic drug', { name: 'infliximab', hcpcs: 'J1745', ndc: '' }, 'infliximab'],
    [
      'the name typed when the code names another biosimilar',
      { name: 'Inflectra', hcpcs: 'Q5104', ndc: '' },
      'Inflectra (infliximab-dyyb)',
    ],
  ])('heads a request for %s with the product it names', async (_what, drug, read) => {
    const result = await evaluateRaw(ra({ drug }));
    expect(result.selection).toMatchObject({ status: 'applies', pack: { id: 'cigna-infliximab' }, read });
  });

  it('names the drug pack in the known list', async () => {
    const result = await evaluateRaw({ drug: { name: 'Humira' } });
    expect(result.selection.known).toContain('Remicade (infliximab)');
  });
});

describe('the follow-up after submission', () => {
  it("plans Cigna's steps for an infliximab request, naming the drug only when staff choose", () => {
    const cadence = cignaInfliximabDocs.followUp;
    if (!cadence) throw new Error('no follow-up cadence');
    const plan = planFollowUp({ submitted: '2026-12-01', drug: 'Remicade', payer: 'Cigna', cadence });
    expect(plan?.steps.length).toBeGreaterThan(0);
    expect(JSON.stringify(plan)).not.toContain('Remicade');
  });
});

describe('the dose calculator', () => {
  it('gives 210 mg, 21 units of J1745, 3 vials and 90 mg discarded for 70 kg RA', () => {
    const r = calculateDose({ indication: 'RA', weight: '70', weightUnit: 'kg' });
    expect(r.ok && r.value).toMatchObject({
      doseMg: 210,
      hcpcs: 'J1745',
      units: 21,
      vials: 3,
      discardedMg: 90,
      modifier: 'JW',
      ndcLine: 'N457894003001 UN3',
    });
  });

  it('gives 400 mg, 40 units, 4 vials and nothing discarded for 80 kg Crohn’s', () => {
    const r = calculateDose({ indication: 'CD', weight: '80', weightUnit: 'kg' });
    expect(r.ok && r.value).toMatchObject({ doseMg: 400, units: 40, vials: 4, discardedMg: 0, modifier: 'JZ' });
  });
});

describe('docs and letter', () => {
  it('describes every rule, and the registry loads the docs', async () => {
    expect(Object.keys(cignaInfliximabDocs.descriptions).sort()).toEqual([...INFLIXIMAB_IDS].sort());
    expect((await loadAllDocs(REGISTRY)).map((d) => d.manifest.id)).toContain('cigna-infliximab');
  });

  it('drafts a letter with the calculation, the TB screening to add, and methotrexate', async () => {
    const result = await evaluateRaw(RA_70KG);
    const letter = cignaInfliximabDocs.letter;
    if (!letter) throw new Error('no letter');
    const draft = draftLetter(letter, {
      form: normalizeForm(RA_70KG),
      findings: result.findings,
      indication: result.indication,
      indicationLabel: result.indicationLabel,
      indicationCode: result.indicationCode,
      today: TODAY,
    });
    const text = draft.text;
    expect(text).toContain('3 mg/kg × 70 kg = 210 mg');
    expect(text).toContain('21 units (10 mg each), 3 vials');
    expect(text).toContain('[[to add: test, result and date; treatment started if positive]]');
    expect(text).toContain('Given with methotrexate');
  });

  it('names the biosimilar in the letter of an Inflectra request', async () => {
    const result = await evaluateRaw(CD_INFLECTRA_80KG);
    const draft = draftLetter(letterOf(), {
      form: normalizeForm(CD_INFLECTRA_80KG),
      findings: result.findings,
      indication: result.indication,
      indicationLabel: result.indicationLabel,
      indicationCode: result.indicationCode,
      today: TODAY,
    });
    expect(draft.text).toContain('Inflectra (infliximab-dyyb), HCPCS Q5103');
  });
});
