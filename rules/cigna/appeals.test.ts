import { describe, expect, it } from 'vitest';
import { type AppealInput, appealDeadlines } from '@/lib/appeals';
import { CIGNA_APPEALS } from './appeals';

// the arithmetic, on the periods Cigna's packs ship
const cigna = (input: AppealInput) => appealDeadlines(CIGNA_APPEALS, input);

describe('appealDeadlines after a first denial', () => {
  it('gives the internal appeal 180 days from the denial', () => {
    const [internal] = cigna({ letterDate: '2026-01-15', state: 'other', letter: 'initial' })!;
    expect(internal).toMatchObject({ title: 'Internal appeal to Cigna', by: '2026-07-14' });
    expect(internal!.source.confidence).toBe('H');
  });

  it('gives no external-review date yet, and says it counts from the appeal decision', () => {
    const [, external] = cigna({ letterDate: '2026-01-15', state: 'CA', letter: 'initial' })!;
    expect(external!.by).toBeNull();
    expect(external!.rule).toMatch(/6 months of Cigna's final decision/);
    expect(external!.rule).toMatch(/File the internal appeal first/);
  });

  it('crosses a leap day when counting 180 days', () => {
    const [internal] = cigna({ letterDate: '2027-12-01', state: 'GA', letter: 'initial' })!;
    expect(internal!.by).toBe('2028-05-29');
  });
});

describe('appealDeadlines after Cigna upholds the denial (final decision)', () => {
  it('gives California an IMR deadline 6 calendar months later, high confidence', () => {
    const deadlines = cigna({ letterDate: '2026-01-15', state: 'CA', letter: 'final' })!;
    expect(deadlines).toHaveLength(1);
    expect(deadlines[0]).toMatchObject({ by: '2026-07-15', source: { confidence: 'H' } });
    expect(deadlines[0]!.title).toMatch(/Independent Medical Review/);
  });

  it('clamps 6 months from Aug 31 to the end of February', () => {
    const [imr] = cigna({ letterDate: '2026-08-31', state: 'CA', letter: 'final' })!;
    expect(imr!.by).toBe('2027-02-28');
  });

  it('gives Georgia 60 days, marked low confidence', () => {
    const [review] = cigna({ letterDate: '2026-01-15', state: 'GA', letter: 'final' })!;
    expect(review).toMatchObject({ by: '2026-03-16', source: { confidence: 'L' } });
  });

  it('gives other states 4 months, medium confidence', () => {
    const [review] = cigna({ letterDate: '2026-01-15', state: 'other', letter: 'final' })!;
    expect(review).toMatchObject({ by: '2026-05-15', source: { confidence: 'M' } });
  });
});

it('returns null for a date that does not exist', () => {
  expect(cigna({ letterDate: '2026-02-30', state: 'CA', letter: 'initial' })).toBeNull();
});

it('names the payer whose rules it was given when the external review waits for the appeal', () => {
  const [, external] = appealDeadlines({ ...CIGNA_APPEALS, payer: 'Aetna' }, { letterDate: '2026-01-15', state: 'CA', letter: 'initial' })!;
  expect(external!.rule).toMatch(/this deadline starts when Aetna answers it\.$/);
});
