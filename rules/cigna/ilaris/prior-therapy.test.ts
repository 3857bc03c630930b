import { describe, expect, it } from 'vitest';
import { normalizeForm } from '@/lib/form/normalize';
import type { RawForm } from '@/lib/form/schema';
import { drugCellHas, isGoutRetreatment, lastIlarisDose, outcomeOf } from './prior-therapy';

const row = (outcome: string) => normalizeForm({ priorTherapies: [{ drug: 'Colchicine', outcome }] }).priorTherapies[0]!;

describe('outcomeOf', () => {
  it.each([
    'Effective, well tolerated',
    'Good response',
    'Responded well',
    'Flare resolved',
    'Well controlled',
    'Good response, no side effects',
  ])('reads "%s" as worked', (text) => expect(outcomeOf(row(text))).toBe('worked'));

  it.each([
    'Inadequate response',
    'Failed',
    'Not effective',
    'Ineffective',
    "Didn't help",
    'No improvement',
    'Partial response',
    'Lost response after 6 months',
    'Ongoing flares',
    'Flares despite treatment',
    'Not tolerated',
    'Intolerance',
    'GI bleed',
    'Diarrhea',
    'Stopped due to nausea',
    'Contraindicated (CKD 4)',
    'Effective but not tolerated',
    // a response that did not last, or only in part: loss of response, inadequate response
    'Initial benefit, efficacy waned',
    'Good response initially, then flared',
    'Some improvement in arthritis; CRP remains elevated',
    'Flared on taper',
    'Temporary relief only',
    'Modest improvement',
  ])('reads "%s" as failed', (text) => expect(outcomeOf(row(text))).toBe('failed'));

  it.each(['Has not flared since', 'Never flared on it'])('does not read "%s" as failed', (text) =>
    expect(outcomeOf(row(text))).not.toBe('failed'),
  );

  it.each([
    'Continues to flare monthly',
    'continued to flare',
    'Still flaring',
    'still having attacks',
    'Ongoing flares on max dose',
    'keeps flaring',
  ])('reads flares that go on, "%s", as failed', (text) => expect(outcomeOf(row(text))).toBe('failed'));
  it.each([
    'No flares',
    'Flare-free x 2 yrs',
    'still flare-free',
    'continues flare free',
    'No ongoing flares',
    'does not continue to flare',
  ])('does not read no flares, "%s", as failed', (text) => expect(outcomeOf(row(text))).not.toBe('failed'));

  it.each(['Stopped', 'Completed course', 'Tolerated'])('reads "%s" as unclear', (text) => expect(outcomeOf(row(text))).toBe('unclear'));
});

describe('a drug cell that holds the whole row', () => {
  const cell = (drug: string) => normalizeForm({ priorTherapies: [{ drug }] }).priorTherapies[0]!;

  it('reads dose, duration and outcome from "colchicine 0.6 mg BID x 6 months, failed"', () => {
    const r = cell('colchicine 0.6 mg BID x 6 months, failed');
    expect([drugCellHas(r, 'dose'), drugCellHas(r, 'duration'), outcomeOf(r)]).toEqual([true, true, 'failed']);
  });

  it('takes the outcome column over the drug cell', () => {
    const r = normalizeForm({ priorTherapies: [{ drug: 'Colchicine 0.6 mg, failed', outcome: 'Good response' }] }).priorTherapies[0]!;
    expect(outcomeOf(r)).toBe('worked');
  });

  it('reads flares that go on after a dash as failed: "colchicine 0.6 mg BID x 3 yrs - continues to flare monthly"', () =>
    expect(outcomeOf(cell('colchicine 0.6 mg BID x 3 yrs - continues to flare monthly'))).toBe('failed'));
  it('reads no failed step from "colchicine 0.6 mg BID - flare-free"', () =>
    expect(outcomeOf(cell('colchicine 0.6 mg BID - flare-free'))).not.toBe('failed'));
  it('reads dates and an outcome in parentheses from a paragraph: "Naproxen 500 mg BID 02/2026-03/2026 (AKI)"', () => {
    const r = cell('Naproxen 500 mg BID 02/2026-03/2026 (AKI, NSAIDs contraindicated)');
    expect([drugCellHas(r, 'dose'), drugCellHas(r, 'duration'), outcomeOf(r)]).toEqual([true, true, 'failed']);
    expect(drugCellHas(cell('Colchicine 0.6 mg BID since 2023'), 'duration')).toBe(true);
    expect(outcomeOf(cell('Prednisone 20 mg (flares on taper)'))).toBe('failed');
  });

  it('reads no outcome from a note on the drug, only after a comma, semicolon, dash or parenthesis', () => {
    expect(outcomeOf(cell('Colchicine (for recurrent pericarditis)'))).toBeNull();
    expect(outcomeOf(cell('Colchicine 0.6 mg BID'))).toBeNull();
    expect(outcomeOf(cell('Colchicine 0.6 mg - diarrhea'))).toBe('failed');
  });

  it('reads no duration from an interval ("every 2 weeks") or a bare name', () => {
    expect([drugCellHas(cell('Methotrexate 15 mg every 2 weeks'), 'duration'), drugCellHas(cell('Methotrexate'), 'dose')]).toEqual([
      false,
      false,
    ]);
  });
});

describe('gout retreatment', () => {
  const form = (raw: RawForm) => normalizeForm({ diagnosis: { codes: ['M10.9'] }, ...raw });

  it('is a retreatment with a last dose and a documented benefit', () =>
    expect(isGoutRetreatment(form({ clinical: { lastDoseDate: '05/01/2026', benefitDocumented: 'Yes' } }))).toBe(true));
  it('is not one when the benefit answer is no, even if the Ilaris row says it worked', () =>
    expect(
      isGoutRetreatment(form({ clinical: { benefitDocumented: 'No' }, priorTherapies: [{ drug: 'Ilaris', outcome: 'Good response' }] })),
    ).toBe(false));
  it('is not one without an earlier Ilaris dose', () =>
    expect(isGoutRetreatment(form({ clinical: { benefitDocumented: 'Yes' } }))).toBe(false));
  it('takes the latest Ilaris row date as the last dose', () =>
    expect(
      lastIlarisDose(
        form({
          priorTherapies: [
            { drug: 'Ilaris', start: '01/10/2026' },
            { drug: 'canakinumab', start: '05/01/2026', stop: '05/01/2026' },
          ],
        }),
      ),
    ).toMatchObject({ date: { precision: 'day', first: '2026-05-01' }, path: 'priorTherapies.1.stop' }));
  it('takes an Ilaris row still taken ("present") as the latest, its last dose not known', () =>
    expect(
      lastIlarisDose(
        form({
          priorTherapies: [
            { drug: 'Ilaris', start: '01/10/2026', stop: 'present' },
            { drug: 'canakinumab', start: '05/01/2026', stop: '05/01/2026' },
          ],
        }),
      ),
    ).toMatchObject({ ongoing: true, date: { first: '2026-01-10' }, path: 'priorTherapies.0.stop', field: { raw: 'present' } }));
  it('compares rows dated by month by their first day, keeping the precision', () =>
    expect(
      lastIlarisDose(
        form({
          priorTherapies: [
            { drug: 'Ilaris', start: '04/20/2026' },
            { drug: 'canakinumab', start: '05/2026' },
          ],
        }),
      ),
    ).toMatchObject({ date: { precision: 'month', first: '2026-05-01', last: '2026-05-31' }, path: 'priorTherapies.1.start' }));
});
