import { describe, expect, it } from 'vitest';
import type { RawForm } from '@/lib/form/schema';
import { runRule } from '@/rules/cigna/ilaris/test-utils';
import * as rule from './crp-unit-suspect';

const crp = (labs: NonNullable<RawForm['labs']>) => runRule(rule, { labs });

describe('crp-unit-suspect', () => {
  it.each([
    ['45 mg/L', { crpValue: '45 mg/L' }],
    ['4.5 mg/dL', { crpValue: '4.5', crpUnit: 'mg/dL' }],
    ['4.5 mg/dL with an mg/dL range', { crpValue: '4.5 mg/dL', crpReferenceRange: '<0.5 mg/dL' }],
    ['8 mg/L with an mg/L range', { crpValue: '8 mg/L', crpReferenceRange: '0-5 mg/L' }],
    ['25 mg/dL (high but possible)', { crpValue: '25 mg/dL' }],
    ['3 × ULN', { crpValue: '3 x ULN' }],
  ])('passes %s', (_name, labs) => {
    expect(crp(labs)).toEqual([]);
  });

  it('flags a CRP without a unit and shows both readings', () => {
    const [f] = crp({ crpValue: '4.5' });
    expect(f?.message).toBe('CRP "4.5" has no unit: 4.5 mg/L and 4.5 mg/dL (45 mg/L) differ tenfold; choose mg/L or mg/dL.');
  });

  it("suggests the range's unit for a CRP without one", () => {
    expect(crp({ crpValue: '4.5', crpReferenceRange: '0.0-0.9 mg/dL' })[0]?.message).toContain('probably 4.5 mg/dL');
  });

  it('flags 0.8 mg/L when the reference range is in mg/dL', () => {
    const [f] = crp({ crpValue: '0.8 mg/L', crpReferenceRange: '<0.5 mg/dL' });
    expect(f?.message).toContain('was 0.8 mg/dL (8 mg/L) meant?');
  });

  it('flags 45 mg/dL as implausibly high (450 mg/L)', () => {
    expect(crp({ crpValue: '45', crpUnit: 'mg/dL' })[0]?.message).toContain('450 mg/L, higher than CRP usually reaches');
  });
});
