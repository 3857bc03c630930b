import { describe, expect, it } from 'vitest';
import type { RawPriorTherapy } from '@/lib/form/schema';
import { runRule } from '@/rules/cigna/ilaris/test-utils';
import * as rule from './prior-therapy-incomplete';

const rows = (...priorTherapies: RawPriorTherapy[]) => runRule(rule, { priorTherapies });

const complete: RawPriorTherapy = {
  drug: 'Methotrexate',
  dose: '15 mg weekly',
  start: '02/01/2026',
  stop: '09/01/2026',
  outcome: 'Inadequate response',
};

describe('prior-therapy-incomplete', () => {
  it.each([
    ['a complete row', [complete]],
    ['a duration instead of dates', [{ ...complete, start: undefined, stop: undefined, duration: '7 months' }]],
    ['blank rows', [{}, { drug: '  ' }]],
    ['a start and a stop of "present" (still taken)', [{ ...complete, stop: 'present' }]],
    ['the whole row typed in the drug cell', [{ drug: 'colchicine 0.6 mg BID x 6 months, failed' }]],
    [
      'dose and duration in the drug cell, the outcome in its own',
      [{ drug: 'colchicine 0.6 mg BID x 6 months', outcome: 'failed - ongoing flares' }],
    ],
  ])('passes %s', (_name, list) => {
    expect(rows(...list)).toEqual([]);
  });

  it('flags "Failed NSAIDs" with nothing else', () => {
    const [f] = rows({ drug: 'Failed NSAIDs' });
    expect(f?.field).toBe('priorTherapies.0.drug');
    expect(f?.message).toBe(
      'Prior therapy row 1 ("Failed NSAIDs") needs the drug by name (not only its class), the dose, the dates or duration and the outcome (failed, not tolerated, contraindicated...): a reviewer checks each tried drug by name, dose, dates and outcome.',
    );
  });

  it('flags a row without an outcome at the outcome cell of its own row number', () => {
    const [f] = rows(complete, { ...complete, outcome: undefined });
    expect(f?.field).toBe('priorTherapies.1.outcome');
    expect(f?.message).toContain('row 2');
  });

  it('asks for the start date of a row whose only date is a stop of "ongoing"', () => {
    expect(rows({ ...complete, start: undefined, stop: 'ongoing' })[0]?.message).toContain('needs the start date or duration');
  });

  it('flags a row with only an outcome', () => {
    expect(rows({ outcome: 'failed' })[0]?.message).toContain('(without a drug) needs the drug, the dose and the dates or duration');
  });

  it('still asks for what the drug cell does not hold: "colchicine 0.6 mg BID" has no dates or outcome', () => {
    const [f] = rows({ drug: 'colchicine 0.6 mg BID' });
    expect(f?.field).toBe('priorTherapies.0.start');
    expect(f?.message).toContain('needs the dates or duration and the outcome');
  });
});
