import { describe, expect, it } from 'vitest';
import { CD_INFLECTRA_80KG, ra, runRule } from '@/rules/cigna/infliximab/test-utils';
import * as rule from './waste-modifier';

describe('waste-modifier', () => {
  it('is quiet when JW is on a dose with discarded drug (210 mg: 90 mg discarded)', () => {
    expect(runRule(rule, ra({}))).toEqual([]);
  });

  it('is quiet when JZ is on a dose of whole vials (400 mg)', () => {
    expect(runRule(rule, CD_INFLECTRA_80KG)).toEqual([]);
  });

  it('advises JW with 9 units for 90 mg discarded from 3 vials', () => {
    const [f] = runRule(rule, ra({ drug: { modifiers: '' } }));
    expect(f?.severity).toBe('info');
    expect(f?.message).toContain(
      '3 vials of 100 mg hold 300 mg and 210 mg is given, so 90 mg is discarded: bill it on its own J1745 line with modifier JW, 9 units.',
    );
  });

  it('advises JZ, not JW, when nothing is discarded', () => {
    const [f] = runRule(rule, { ...CD_INFLECTRA_80KG, drug: { ...CD_INFLECTRA_80KG.drug, modifiers: 'JW' } });
    expect(f?.message).toContain('not JW');
  });
});
