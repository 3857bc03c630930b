import { describe, expect, it } from 'vitest';
import type { RawForm } from '@/lib/form/schema';
import { runRule } from '@/rules/cigna/ilaris/test-utils';
import * as rule from './crp-below-threshold';

const crp = (labs: NonNullable<RawForm['labs']>, code = 'M06.1', settings = {}) =>
  runRule(rule, { diagnosis: { codes: [code] }, labs }, { settings });

describe('crp-below-threshold', () => {
  it.each([
    ['45 mg/L', { crpValue: '45 mg/L' }],
    ['4.5 mg/dL is 45 mg/L', { crpValue: '4.5', crpUnit: 'mg/dL' }],
    ['exactly 10 mg/L', { crpValue: '10 mg/L' }],
    ['8 mg/L with ULN 3 mg/L (≥2× ULN)', { crpValue: '8 mg/L', crpUln: '3 mg/L' }],
    ['0.8 mg/dL with range 0-0.3 mg/dL', { crpValue: '0.8 mg/dL', crpReferenceRange: '0-0.3 mg/dL' }],
    ['2.5 × ULN', { crpValue: '2.5 x ULN' }],
    ['no unit (crp-unit-suspect reports it)', { crpValue: '4.5' }],
  ])('passes %s', (_name, labs) => {
    expect(crp(labs)).toEqual([]);
  });

  it('passes for indications without a CRP criterion', () => {
    expect(crp({ crpValue: '1 mg/L' }, 'M04.2')).toEqual([]);
    expect(crp({ crpValue: '1 mg/L' }, 'M10.9')).toEqual([]);
  });

  it('flags 0.8 mg/dL (8 mg/L), converting mg/dL and saying it is a proxy', () => {
    const [f] = crp({ crpValue: '0.8', crpUnit: 'mg/dL' });
    expect(f?.message).toBe(
      "CRP 0.8 mg/dL (8 mg/L) is below 10 mg/L; no upper limit of normal is given to test the 2× ULN alternative. Cigna's criteria for Still's disease (adult-onset, AOSD) need 10 mg/L or 2× the lab's upper limit of normal (proxy criterion, not Cigna's own text).",
    );
  });

  it('flags 8 mg/L with a range of 0-5 mg/L (below 2× ULN)', () => {
    expect(crp({ crpValue: '8 mg/L', crpReferenceRange: '0-5 mg/L' })[0]?.message).toContain(
      "below 2× the lab's upper limit of normal (2 × 5 mg/L = 10 mg/L)",
    );
  });

  it('uses the ULN from settings when the request has none', () => {
    expect(crp({ crpValue: '8 mg/L' }, 'M04.1', { values: { 'cigna-ilaris/crpUlnMgL': 3 } })).toEqual([]);
    expect(crp({ crpValue: '5 mg/L' }, 'M04.1', { values: { 'cigna-ilaris/crpUlnMgL': 3 } })[0]?.message).toContain(
      'ULN from your settings',
    );
  });

  it('flags 1.5 × ULN', () => {
    expect(crp({ crpValue: '1.5 x ULN' })[0]?.message).toContain('below 2× ULN');
  });

  describe('continuation requests (CRP ≥10 mg/L is an initial criterion)', () => {
    const renewal = (labs: NonNullable<RawForm['labs']>, type: string) =>
      runRule(rule, { diagnosis: { codes: ['M06.1'] }, request: { type }, labs });

    it.each(['Extension of existing authorization', 'Renewal', 'Continuation of therapy', 'Reauthorization'])(
      'stays quiet about a normalized CRP on a continuation request (%s)',
      (type) => {
        expect(renewal({ crpValue: '3 mg/L', crpReferenceRange: '0-5 mg/L' }, type)).toEqual([]);
      },
    );

    it('stays quiet about a CRP below 2× ULN on a continuation request', () => {
      expect(renewal({ crpValue: '1.5 x ULN' }, 'Renewal')).toEqual([]);
    });

    it('still flags a CRP of 3 mg/L on a new request', () => {
      expect(renewal({ crpValue: '3 mg/L' }, 'New authorization request')).toHaveLength(1);
    });
  });

  it('flags "<10 mg/L" (below the assay\'s limit) as below 10 mg/L, not as 10', () => {
    const [f] = crp({ crpValue: '<10 mg/L' });
    expect(f?.message).toMatch(/^CRP .*<10 mg\/L.* is below 10 mg\/L/);
  });

  it('asks for the measured value when "<50 mg/L" cannot tell whether it reaches 10 mg/L', () => {
    const [f, ...rest] = crp({ crpValue: '<50 mg/L' });
    expect(rest).toEqual([]);
    expect(f?.message).toContain('gives only a limit the value is below; enter the measured value');
  });
});
