import { describe, expect, it } from 'vitest';
import type { RawForm } from '../../../../lib/form/schema';
import { runRule } from '../test-utils';
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

  it('notes a weight read as kg when no unit was given', () => {
    expect(runRule(rule, req('M06.1', '150 mg', '70'))[0]?.message).toContain('(weight read as kg)');
  });
});
