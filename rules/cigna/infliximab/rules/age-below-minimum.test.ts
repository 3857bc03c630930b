import { describe, expect, it } from 'vitest';
import { ra, runRule } from '@/rules/cigna/infliximab/test-utils';
import * as rule from './age-below-minimum';

describe('age-below-minimum', () => {
  it('passes an adult with RA and a 10-year-old with Crohn’s disease', () => {
    expect(runRule(rule, ra({}))).toEqual([]);
    expect(runRule(rule, ra({ patient: { dob: '06/02/2016' }, diagnosis: { codes: ['K50.90'] } }))).toEqual([]);
  });

  it('flags a 10-year-old with RA (adults)', () => {
    const [f] = runRule(rule, ra({ patient: { dob: '06/02/2016' } }));
    expect(f?.message).toBe(
      'The patient (born "06/02/2016") is 10 years old on the request date; the FDA label gives infliximab for rheumatoid arthritis to adults.',
    );
  });

  it('flags a 4-year-old with ulcerative colitis (from 6 years)', () => {
    expect(runRule(rule, ra({ patient: { dob: '01/02/2022' }, diagnosis: { codes: ['K51.90'] } }))[0]?.message).toContain(
      'to patients 6 years and older',
    );
  });
});
