import { describe, expect, it } from 'vitest';
import type { RawForm } from '@/lib/form/schema';
import { runRule } from '@/rules/cigna/ilaris/test-utils';
import * as rule from './flare-criteria';

const flares = (code: string, clinical: NonNullable<RawForm['clinical']>) => runRule(rule, { diagnosis: { codes: [code] }, clinical });

describe('flare-criteria', () => {
  it.each([
    ['FMF, 6 flares in 6 months', 'M04.1', { flaresPast6Months: '6' }],
    ['FMF, 2 flares but hospitalized', 'M04.1', { flaresPast6Months: '2', hospitalization: 'Yes' }],
    ['TRAPS, 8 a year', 'M04.1', { flaresPast12Months: '8 flares' }],
    ['gout, 3 in 12 months', 'M10.9', { flaresPast12Months: '3' }],
    ['not answered yet', 'M10.9', {}],
    ["Still's has no flare count", 'M06.1', { flaresPast12Months: '1' }],
  ])('passes %s', (_name, code, clinical) => {
    expect(flares(code, clinical)).toEqual([]);
  });

  it('flags FMF with 2 flares in 6 months and no hospitalization', () => {
    const [f] = flares('M04.1', { flaresPast6Months: '2', hospitalization: 'No' });
    expect(f?.field).toBe('clinical.flaresPast6Months');
    expect(f?.message).toContain('"2" flares in the past 6 months');
    expect(f?.message).toContain("at least 6 or a hospitalization for a flare (proxy criterion, not Cigna's own text)");
  });

  it('flags TRAPS with 4 flares a year', () => {
    const raw: RawForm = { diagnosis: { codes: ['M04.1'], indication: 'TRAPS' }, clinical: { flaresPast12Months: '4' } };
    expect(runRule(rule, raw)[0]?.message).toContain('at least 6');
  });

  it.each([
    ['FMF', 'M04.1', { flaresPast6Months: '0', hospitalization: 'No' }],
    ['TRAPS', 'M04.1', { flaresPast12Months: '1' }],
    ['gout', 'M10.9', { flaresPast12Months: '1' }],
  ])('stays quiet about few flares on a continuation request (%s: flare counts are initial criteria)', (_name, code, clinical) => {
    expect(runRule(rule, { diagnosis: { codes: [code] }, request: { type: 'Renewal' }, clinical })).toEqual([]);
  });

  describe('the gout retreatment path (earlier Ilaris with benefit, a new flare)', () => {
    const retreat = (clinical: NonNullable<RawForm['clinical']>, outcome = 'Flare resolved within 3 days') =>
      runRule(rule, {
        diagnosis: { codes: ['M10.9'] },
        request: { type: 'New authorization request' },
        priorTherapies: [{ drug: 'Ilaris (canakinumab)', dose: '150 mg once', start: '07/20/2026', outcome }],
        clinical,
      });

    it('stays quiet about 2 flares in 12 months on the gout retreatment path (the ≥3-flare criterion drops)', () => {
      expect(retreat({ flaresPast12Months: '2', lastDoseDate: '07/20/2026', benefitDocumented: 'Yes' })).toEqual([]);
    });

    it('stays quiet when an earlier Ilaris row says it worked, without the yes/no answer', () => {
      expect(retreat({ flaresPast12Months: '1' })).toEqual([]);
    });

    it('still flags 2 flares when the earlier Ilaris dose gave no benefit', () => {
      expect(retreat({ flaresPast12Months: '2', benefitDocumented: 'No' }, 'No response')).toHaveLength(1);
    });
  });

  it('flags gout with 2 flares in 12 months (a hospitalization does not replace it)', () => {
    const [f] = flares('M10.9', { flaresPast12Months: '2', hospitalization: 'Yes' });
    expect(f?.message).toContain('at least 3 (proxy');
  });
});
