import { describe, expect, it } from 'vitest';
import type { RawForm } from '@/lib/form/schema';
import { runRule } from '@/rules/cigna/ilaris/test-utils';
import * as rule from './crp-reference-missing';

const crp = (labs: NonNullable<RawForm['labs']>, settings = {}) => runRule(rule, { labs }, { settings });

describe('crp-reference-missing', () => {
  it.each([
    ['range given', { crpValue: '8 mg/L', crpReferenceRange: '0-5 mg/L' }],
    ['ULN given', { crpValue: '8 mg/L', crpUln: '5' }],
    ['no CRP', {}],
  ])('passes: %s', (_name, labs) => {
    expect(crp(labs)).toEqual([]);
  });

  it("passes when the user's settings hold the lab's ULN", () => {
    expect(crp({ crpValue: '8 mg/L' }, { values: { 'cigna-ilaris/crpUlnMgL': 5 } })).toEqual([]);
  });

  it('warns when a CRP under 10 mg/L has no range to test 2× ULN', () => {
    const [f] = crp({ crpValue: '8 mg/L' });
    expect(f?.severity).toBe('warning');
    expect(f?.field).toBe('labs.crpReferenceRange');
    expect(f?.message).toContain('under 10 mg/L only the 2× upper-limit-of-normal test can qualify it');
  });

  it('only informs on a continuation request, where the range shows a normalized CRP rather than the 2× ULN test', () => {
    const [f, ...rest] = runRule(rule, { labs: { crpValue: '3 mg/L' }, request: { type: 'Extension of existing authorization' } });
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('info');
    expect(f?.message).toBe(
      `CRP "3 mg/L" has no reference range: on a continuation the lab's range shows a reviewer that the CRP has normalized, which counts as a benefit (proxy criterion, not Cigna's own text). Enter the range as printed, or set your lab's ULN in the options.`,
    );
  });

  it('only informs when the CRP already meets 10 mg/L', () => {
    expect(crp({ crpValue: '45 mg/L' })[0]?.severity).toBe('info');
  });
});
