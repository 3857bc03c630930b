import { describe, expect, it } from 'vitest';
import type { RawForm } from '@/lib/form/schema';
import { runRule, stills, STILLS_70KG } from '@/rules/cigna/ilaris/test-utils';
import * as rule from './step-therapy-missing';

const colchicine = { drug: 'Colchicine', dose: '0.6 mg twice daily', start: '01/01/2025', outcome: 'Ongoing flares' };
const naproxen = { drug: 'Naproxen', dose: '500 mg bid', start: '01/01/2025', stop: '02/01/2025', outcome: 'GI bleed' };

/** A methotrexate row (a DMARD for Still's disease) over the given dates. */
const methotrexate = (start: string, stop: string) => ({ drug: 'Methotrexate', dose: '15 mg weekly', start, stop, outcome: 'Inadequate' });

describe('step-therapy-missing', () => {
  it.each([
    ["Still's with prednisone and 7 months of methotrexate", STILLS_70KG],
    ['FMF with colchicine', { diagnosis: { codes: ['M04.1'] }, priorTherapies: [colchicine] }],
    ['FMF, colchicine contraindicated', { diagnosis: { codes: ['M04.1'] }, clinical: { colchicineContraindicated: 'Yes' } }],
    ['gout with NSAID and colchicine rows', { diagnosis: { codes: ['M10.9'] }, priorTherapies: [naproxen, colchicine] }],
    [
      'gout with contraindication answers',
      { diagnosis: { codes: ['M10.9'] }, clinical: { nsaidContraindicated: 'Yes', colchicineContraindicated: 'Yes' } },
    ],
    ['CAPS has no step therapy', { diagnosis: { codes: ['M04.2'] } }],
    ['no indication yet', { priorTherapies: [] }],
    ['continuation request', stills({ priorTherapies: [], request: { type: 'Renewal' } })],
  ] as [string, RawForm][])('passes %s', (_name, raw) => {
    expect(runRule(rule, raw)).toEqual([]);
  });

  it('flags FMF without colchicine, saying the criterion is a proxy', () => {
    const [f] = runRule(rule, { diagnosis: { codes: ['M04.1'] } });
    expect(f?.field).toBe('priorTherapies');
    expect(f?.message).toContain('colchicine tried and continued unless contraindicated (proxy criterion');
  });

  it('flags FMF when colchicine was stopped', () => {
    const [f] = runRule(rule, { diagnosis: { codes: ['M04.1'] }, priorTherapies: [colchicine], clinical: { colchicineContinuing: 'No' } });
    expect(f?.field).toBe('clinical.colchicineContinuing');
  });

  it("flags Still's with no prior therapy: corticosteroid and DMARD (anakinra proxy, L)", () => {
    const found = runRule(rule, stills({ priorTherapies: [] }));
    expect(found.map((f) => f.message.slice(0, 60))).toHaveLength(2);
    expect(found.every((f) => f.message.includes("(proxy criterion borrowed from anakinra's policy"))).toBe(true);
    expect(found.some((f) => f.message.includes('methotrexate'))).toBe(true);
  });

  it("flags Still's when methotrexate ran under 2 months", () => {
    const [f] = runRule(
      rule,
      stills({
        priorTherapies: [
          { drug: 'Prednisone', dose: '20 mg', start: '01/05/2026', stop: '04/01/2026', outcome: 'Inadequate' },
          { drug: 'Methotrexate', dose: '15 mg weekly', start: '08/01/2026', stop: '09/15/2026', outcome: 'Inadequate' },
        ],
      }),
    );
    expect(f?.field).toBe('priorTherapies.1.stop');
    expect(f?.message).toContain('ran less than 2 months');
  });

  describe('dates of therapy known only to the month or year', () => {
    const prednisone = { drug: 'Prednisone', dose: '20 mg', start: '01/2026', stop: '04/2026', outcome: 'Inadequate' };

    it.each([
      ['months that may span 2 months (08/2026 to 09/2026: Aug 1 to Sep 30)', '08/2026', '09/2026'],
      ['years', '2019', '2024'],
      ['a month to a day', '07/2026', '09/15/2026'],
    ])('does not call a DMARD short over %s', (_what, start, stop) => {
      expect(runRule(rule, stills({ priorTherapies: [prednisone, methotrexate(start, stop)] }))).toEqual([]);
    });

    it('flags a DMARD that is short on every day its months may mean (08/2026 to 08/2026)', () => {
      const [f] = runRule(rule, stills({ priorTherapies: [prednisone, methotrexate('08/2026', '08/2026')] }));
      expect(f?.field).toBe('priorTherapies.1.stop');
      expect(f?.message).toContain('ran less than 2 months');
    });
  });

  it('counts an ongoing DMARD up to the request date', () => {
    const raw = stills({
      priorTherapies: [
        { drug: 'Prednisone', dose: '20 mg', start: '01/05/2026', stop: '04/01/2026', outcome: 'Inadequate' },
        { drug: 'Methotrexate', dose: '15 mg weekly', start: '08/01/2026', outcome: 'Inadequate' },
      ],
    });
    expect(runRule(rule, raw)).toEqual([]);
  });

  describe('a DMARD whose stop says it is still taken ("present", "ongoing", "current", "to date")', () => {
    const prednisone = { drug: 'Prednisone', dose: '20 mg', start: '01/05/2026', stop: '04/01/2026', outcome: 'Inadequate' };

    it.each(['present', 'ongoing', 'current', 'to date'])('measures %j to the request date: 08/01/2026 to 11/20/2026 passes', (stop) => {
      expect(runRule(rule, stills({ priorTherapies: [prednisone, methotrexate('08/01/2026', stop)] }))).toEqual([]);
    });

    it('flags one started under 2 months before the request date at its start, saying it is still taken', () => {
      const [f, ...rest] = runRule(rule, stills({ priorTherapies: [prednisone, methotrexate('10/15/2026', 'present')] }));
      expect(rest).toEqual([]);
      expect(f?.field).toBe('priorTherapies.1.start');
      expect(f?.message).toContain('Methotrexate, still taken, has run less than 2 months from its start to the request date');
    });
  });

  it('flags gout without NSAID or colchicine evidence, and a "no" on corticosteroids', () => {
    const found = runRule(rule, { diagnosis: { codes: ['M10.9'] }, clinical: { corticosteroidsNotCandidate: 'No' } });
    expect(found.map((f) => f.field).sort()).toEqual(['clinical.corticosteroidsNotCandidate', 'priorTherapies', 'priorTherapies']);
  });

  it('does not count "Failed NSAIDs" without an outcome column for gout', () => {
    const found = runRule(rule, { diagnosis: { codes: ['M10.9'] }, priorTherapies: [{ drug: 'Failed NSAIDs' }, colchicine] });
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('NSAIDs must be contraindicated');
  });

  describe('gout: a drug that worked is not a failed step', () => {
    const gout = (...priorTherapies: RawForm['priorTherapies'] & object) => ({ diagnosis: { codes: ['M10.9'] }, priorTherapies });

    it.each([['Effective, well tolerated'], ['Good response'], ['Worked well, flare resolved in 3 days'], ['Responded']])(
      'does not count colchicine whose outcome says %s',
      (outcome) => {
        const found = runRule(rule, gout(naproxen, { ...colchicine, outcome }));
        expect(found).toHaveLength(1);
        expect(found[0]?.field).toBe('priorTherapies.1.outcome');
        expect(found[0]?.message).toContain('colchicine');
        expect(found[0]?.message).toContain('says it worked');
      },
    );

    it('does not count an NSAID whose outcome says "Good response"', () => {
      const found = runRule(rule, gout({ ...naproxen, outcome: 'Good response' }, colchicine));
      expect(found.map((f) => f.field)).toEqual(['priorTherapies.0.outcome']);
      expect(found[0]?.message).toContain('NSAIDs must be contraindicated, not tolerated or ineffective');
    });

    it('counts a second NSAID that failed after one that worked', () => {
      const raw = gout(
        { ...naproxen, outcome: 'Effective' },
        { ...naproxen, drug: 'Indomethacin', outcome: 'Not tolerated (GI upset)' },
        colchicine,
      );
      expect(runRule(rule, raw)).toEqual([]);
    });

    it.each([
      ['Inadequate response'],
      ['Not effective'],
      ['Ineffective'],
      ['Partial response only'],
      ['No longer effective'],
      ['Not tolerated'],
      ['Diarrhea'],
      ['Contraindicated: CKD stage 4'],
      ['Effective but not tolerated (diarrhea)'],
    ])('counts colchicine whose outcome says %s', (outcome) => {
      expect(runRule(rule, gout(naproxen, { ...colchicine, outcome }))).toEqual([]);
    });
  });

  describe('gout retreatment path: earlier Ilaris with benefit drops the NSAID/colchicine criteria', () => {
    it('passes a retreatment (last Ilaris dose, benefit documented) without NSAID or colchicine rows', () => {
      const raw = { diagnosis: { codes: ['M10.9'] }, clinical: { lastDoseDate: '05/01/2026', benefitDocumented: 'Yes' } };
      expect(runRule(rule, raw)).toEqual([]);
    });

    it('passes a retreatment shown by an earlier Ilaris row that worked', () => {
      const raw = {
        diagnosis: { codes: ['M10.9'] },
        priorTherapies: [{ drug: 'Ilaris', dose: '150 mg once', start: '05/01/2026', outcome: 'Flare resolved, good response' }],
      };
      expect(runRule(rule, raw)).toEqual([]);
    });

    it('still applies the criteria when the earlier Ilaris dose gave no benefit, and says why', () => {
      const raw = { diagnosis: { codes: ['M10.9'] }, clinical: { lastDoseDate: '05/01/2026', benefitDocumented: 'No' } };
      const found = runRule(rule, raw);
      expect(found).toHaveLength(2);
      expect(found[0]?.message).toContain('retreatment');
    });

    it('still asks about corticosteroids on the retreatment path', () => {
      const raw = {
        diagnosis: { codes: ['M10.9'] },
        clinical: { lastDoseDate: '05/01/2026', benefitDocumented: 'Yes', corticosteroidsNotCandidate: 'No' },
      };
      expect(runRule(rule, raw).map((f) => f.field)).toEqual(['clinical.corticosteroidsNotCandidate']);
    });
  });

  describe("Still's: a prior biologic tried meets step therapy", () => {
    it.each([
      ['anakinra', 'Anakinra (Kineret)'],
      ['tocilizumab', 'Actemra'],
    ])('passes with %s tried and no corticosteroid or DMARD rows', (_name, drug) => {
      const raw = stills({
        priorTherapies: [{ drug, dose: '100 mg daily', start: '01/01/2026', stop: '06/01/2026', outcome: 'Inadequate response' }],
      });
      expect(runRule(rule, raw)).toEqual([]);
    });

    it('does not count a biologic row without an outcome', () => {
      const raw = stills({ priorTherapies: [{ drug: 'Anakinra', dose: '100 mg daily', start: '01/01/2026' }] });
      expect(runRule(rule, raw)).toHaveLength(2);
    });

    it('does not count a DMARD whose outcome says it worked', () => {
      const raw = stills({
        priorTherapies: [
          { drug: 'Prednisone', dose: '20 mg daily', start: '01/05/2026', stop: '04/01/2026', outcome: 'Inadequate response' },
          { drug: 'Methotrexate', dose: '15 mg weekly', start: '02/01/2026', stop: '09/01/2026', outcome: 'Good response' },
        ],
      });
      const [f] = runRule(rule, raw);
      expect(f?.field).toBe('priorTherapies.1.outcome');
      expect(f?.message).toContain('says it worked');
    });
  });

  describe('brand names and short names of the classes the criteria name', () => {
    const gout = (nsaid: string) => ({ diagnosis: { codes: ['M10.9'] }, priorTherapies: [{ ...naproxen, drug: nsaid }, colchicine] });
    it.each(['Indocin', 'Toradol 60 mg IM', 'Mobic', 'Naprosyn', 'Celebrex', 'Motrin', 'Advil', 'Aleve', 'Voltaren', 'Feldene'])(
      'counts %s as an NSAID for gout',
      (nsaid) => expect(runRule(rule, gout(nsaid))).toEqual([]),
    );

    const stillsWith = (steroid: string, dmard: string) =>
      stills({
        priorTherapies: [
          { drug: steroid, dose: '20 mg daily', start: '01/05/2026', stop: '04/01/2026', outcome: 'Inadequate response' },
          { ...methotrexate('02/01/2026', '09/01/2026'), drug: dmard },
        ],
      });
    it.each(['Pred', 'Medrol', 'Medrol dose pack', 'Deltasone'])("counts %s as a corticosteroid for Still's", (steroid) =>
      expect(runRule(rule, stillsWith(steroid, 'Methotrexate'))).toEqual([]),
    );
    it.each(['CellCept', 'Imuran', 'Arava', 'Trexall', 'Otrexup', 'Rasuvo', 'Jylamvo oral solution 2 mg/mL', 'Rheumatrex 2.5 mg tabs'])(
      "counts %s as a conventional DMARD for Still's",
      (dmard) => expect(runRule(rule, stillsWith('Prednisone', dmard))).toEqual([]),
    );
    it('does not count a drug of another class ("Allopurinol") as an NSAID', () =>
      expect(runRule(rule, gout('Allopurinol'))[0]?.message).toContain('NSAIDs must be'));
  });

  it.each([
    'Initial benefit, efficacy waned',
    'Good response initially, then flared',
    'Some improvement in arthritis; CRP remains elevated',
  ])("counts a DMARD whose response waned or was partial (%s) as a failed step for Still's", (outcome) => {
    const raw = stills({
      priorTherapies: [
        { drug: 'Prednisone', dose: '20 mg daily', start: '01/05/2026', stop: '04/01/2026', outcome: 'Inadequate response' },
        { ...methotrexate('02/01/2026', '09/01/2026'), outcome },
      ],
    });
    expect(runRule(rule, raw)).toEqual([]);
  });

  it('reads a colchicine row typed whole in the drug cell ("..., failed") as a failed step for gout', () => {
    const raw = { diagnosis: { codes: ['M10.9'] }, priorTherapies: [naproxen, { drug: 'colchicine 0.6 mg BID x 6 months, failed' }] };
    expect(runRule(rule, raw)).toEqual([]);
  });
});
