import { describe, expect, it } from 'vitest';
import { followUpIcs, nextFollowUp, planFollowUp, unfold } from '@/lib/followup';
import { CIGNA_FOLLOW_UP } from './followup';

const plan = (include?: { drug?: boolean; reference?: boolean }) =>
  planFollowUp({ submitted: '2026-03-02', reference: 'PA-778812', drug: 'Ilaris', payer: 'Cigna', cadence: CIGNA_FOLLOW_UP, include })!;

describe('Cigna follow-up cadence', () => {
  it('is week 1 status, week 2 call, week 3 peer-to-peer, week 4 internal appeal', () => {
    expect(CIGNA_FOLLOW_UP.steps.map((s) => [s.id, s.afterDays])).toEqual([
      ['status-check', 7],
      ['call-payer', 14],
      ['peer-to-peer', 21],
      ['internal-appeal', 28],
    ]);
  });

  it('cites its source as a low-confidence proxy', () => {
    expect(CIGNA_FOLLOW_UP.source).toMatchObject({ confidence: 'L', proxy: true });
  });

  it('never names the payer or the drug in its own wording', () => {
    for (const s of CIGNA_FOLLOW_UP.steps) {
      expect(`${s.title} ${s.detail}`).not.toMatch(/cigna|ilaris|canakinumab/i);
    }
  });

  it('quotes the 180-day internal appeal period from the appeal rules', () => {
    expect(plan().steps[3]!.detail).toContain('within 180 days of the denial');
    expect(plan().steps[3]!.detail).toContain('the payer decides within 30 days');
  });

  it('lays out dates and the next step', () => {
    const p = plan();
    expect(p.steps.map((s) => s.date)).toEqual(['2026-03-09', '2026-03-16', '2026-03-23', '2026-03-30']);
    expect(nextFollowUp(p, '2026-03-10')?.step.id).toBe('call-payer');
  });

  it('keeps Cigna, Ilaris and the reference out of the file unless asked', () => {
    const dtstamp = new Date(Date.UTC(2026, 2, 2, 15, 0, 0));
    const generic = followUpIcs(plan(), { dtstamp });
    expect(generic).not.toMatch(/cigna|ilaris|PA-778812/i);
    const named = unfold(followUpIcs(plan({ drug: true, reference: true }), { dtstamp }));
    expect(named).toContain('Call Cigna if there is no answer');
    expect(named).toContain('PA-778812');
  });
});
