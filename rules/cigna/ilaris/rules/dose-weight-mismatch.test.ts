import { describe, expect, it } from 'vitest';
import type { RawForm } from '@/lib/form/schema';
import { runRule } from '@/rules/cigna/ilaris/test-utils';
import * as rule from './dose-weight-mismatch';

const req = (code: string, dose: string, weight?: string, extra: RawForm = {}): RawForm => ({
  diagnosis: { codes: [code], ...extra.diagnosis },
  drug: { dose },
  patient: weight ? { weight } : {},
});

describe('dose-weight-mismatch', () => {
  it.each([
    ["Still's 70 kg, 280 mg (4 mg/kg)", req('M06.1', '280 mg', '70 kg')],
    ["Still's 154 lb (69.9 kg), 280 mg", req('M06.1', '280 mg', '154 lb')],
    ["Still's 90 kg, capped at 300 mg", req('M06.1', '300 mg', '90 kg')],
    ['SJIA 20 kg, 80 mg', req('M08.20', '80 mg', '20 kg')],
    ['CAPS 60 kg, 150 mg', req('M04.2', '150 mg', '60 kg')],
    ['CAPS 30 kg, 2 mg/kg = 60 mg', req('M04.2', '60 mg', '30 kg')],
    ['CAPS 30 kg, up-titrated 3 mg/kg = 90 mg', req('M04.2', '90 mg', '30 kg')],
    ['FMF 60 kg, 300 mg (up-titrated)', req('M04.1', '300 mg', '60 kg')],
    ['FMF 30 kg, 4 mg/kg = 120 mg', req('M04.1', '120 mg', '30 kg')],
    ['gout, 150 mg, no weight needed', req('M10.9', '150 mg')],
    ['no indication yet', { drug: { dose: '999 mg' }, patient: { weight: '70 kg' } }],
    ["Still's without weight (weight-missing says so)", req('M06.1', '280 mg')],
  ])('passes %s', (_name, raw) => {
    expect(runRule(rule, raw)).toEqual([]);
  });

  it("flags 150 mg for a 70 kg adult with Still's disease, with the fix to 280 mg", () => {
    const [f] = runRule(rule, req('M06.1', '150 mg', '70 kg'));
    expect(f?.message).toBe(
      "150 mg (2.14 mg/kg) for 70 kg does not match the FDA label for Still's disease (adult-onset, AOSD): 4 mg/kg, at most 300 mg for 7.5 kg or more, so 280 mg.",
    );
    expect(f?.fix).toEqual({ field: 'drug.dose', value: '280 mg', label: 'Set to 280 mg' });
  });

  it('converts pounds: 154 lb at 4 mg/kg is 280 mg, so 150 mg is flagged', () => {
    const [f] = runRule(rule, req('M06.1', '150 mg', '154 lb'));
    expect(f?.message).toContain('154 lb (69.85 kg)');
    expect(f?.fix?.value).toBe('279 mg');
  });

  it('keeps a bare number in the fix when the dose was typed without a unit', () => {
    expect(runRule(rule, req('M06.1', '150', '70'))[0]?.fix?.value).toBe('280');
  });

  it('flags 300 mg for CAPS over 40 kg (label 150 mg)', () => {
    const [f] = runRule(rule, req('M04.2', '300 mg', '60 kg'));
    expect(f?.message).toContain('150 mg for over 40 kg');
    expect(f?.fix?.value).toBe('150 mg');
  });

  it('flags 300 mg for gout flares (label 150 mg)', () => {
    expect(runRule(rule, req('M10.9', '300 mg'))[0]?.message).toContain('150 mg for adults');
  });

  it('flags FMF 200 mg for 30 kg (2–4 mg/kg is 60–120 mg), with no single fix', () => {
    const [f] = runRule(rule, req('M04.1', '200 mg', '30 kg'));
    expect(f?.message).toContain('60–120 mg');
    expect(f?.fix).toBeUndefined();
  });

  it('flags a weight below the label bands (CAPS under 15 kg)', () => {
    expect(runRule(rule, req('M04.2', '30 mg', '12 kg'))[0]?.message).toContain('gives no CAPS (FCAS, MWS) dose');
  });

  describe('a patient at exactly 40 kg, on the line between two label bands', () => {
    it.each([
      ['CAPS 40 kg, 2 mg/kg = 80 mg (the band the label puts 40 kg in)', req('M04.2', '80 mg', '40 kg')],
      ['TRAPS 40 kg, 4 mg/kg = 160 mg', req('M04.1', '160 mg', '40 kg', { diagnosis: { indication: 'TRAPS' } })],
      ['FMF 40 kg, 150 mg (also 3.75 mg/kg)', req('M04.1', '150 mg', '40 kg')],
    ])('says nothing when the dose fits the lower band: %s', (_name, raw) => {
      expect(runRule(rule, raw)).toEqual([]);
    });

    it('says the weight is ambiguous, as info, when CAPS 40 kg gets the over-40 kg dose of 150 mg', () => {
      const found = runRule(rule, req('M04.2', '150 mg', '40 kg'));
      expect(found).toHaveLength(1);
      expect(found[0]?.severity).toBe('info');
      expect(found[0]?.message).toBe(
        '40 kg is on the line between two FDA label bands for CAPS (FCAS, MWS): 2 mg/kg (up to 3 mg/kg) for 15–40 kg (80–120 mg) or 150 mg for over 40 kg (150 mg). The label puts exactly 40 kg in 15–40 kg; a weight rounded to 40 kg may be over 40 kg. 150 mg fits over 40 kg: confirm the weight.',
      );
      expect(found[0]?.fix).toBeUndefined();
    });

    it('takes 88.2 lb (40.01 kg) as the same line: 80 mg for CAPS is info, not a warning', () => {
      const [f] = runRule(rule, req('M04.2', '80 mg', '88.2 lb'));
      expect(f?.severity).toBe('info');
      expect(f?.message).toContain('fits 15–40 kg: confirm the weight');
    });

    it('still warns, naming both bands and no single fix, when the dose fits neither', () => {
      const [f] = runRule(rule, req('M04.2', '200 mg', '40 kg'));
      expect(f?.severity).toBe('warning');
      expect(f?.message).toContain('200 mg (5 mg/kg) fits neither: 40 kg is on the line between two FDA label bands');
      expect(f?.fix).toBeUndefined();
    });

    it('leaves a weight clear of the line alone: CAPS 41 kg with 80 mg is flagged with the fix to 150 mg', () => {
      const [f] = runRule(rule, req('M04.2', '80 mg', '41 kg'));
      expect(f?.severity).toBe('warning');
      expect(f?.fix?.value).toBe('150 mg');
    });
  });

  it('notes a weight read as kg when no unit was given', () => {
    expect(runRule(rule, req('M06.1', '150 mg', '70'))[0]?.message).toContain('(weight read as kg)');
  });
});
