import { describe, expect, it } from 'vitest';
import { runRule } from '../test-utils';
import * as rule from './age-below-minimum';

const age = (code: string, dob: string, requestDate = '11/20/2026') =>
  runRule(rule, { diagnosis: { codes: [code] }, patient: { dob }, request: { date: requestDate } });

describe('age-below-minimum', () => {
  it.each([
    ['SJIA, 5 years', 'M08.20', '01/01/2021'],
    ['FMF, exactly 2 on the request date', 'M04.1', '11/20/2024'],
    ['CAPS, 4 years', 'M04.2', '11/01/2022'],
    ['gout, adult', 'M10.9', '05/05/1970'],
    ["Still's (AOSD), adult", 'M06.1', '03/14/1985'],
  ])('passes %s', (_name, code, dob) => {
    expect(age(code, dob)).toEqual([]);
  });

  it('flags a 1-year-old with FMF (label from 2 years)', () => {
    const [f] = age('M04.1', '06/01/2025');
    expect(f?.severity).toBe('error');
    expect(f?.message).toBe(
      'The patient (born "06/01/2025") is 1 year old on the request date; Ilaris for familial Mediterranean fever (FMF) starts at 2 years (FDA label).',
    );
  });

  it('flags a 3-year-old with CAPS (label from 4 years)', () => {
    expect(age('M04.2', '01/01/2023')[0]?.message).toContain('starts at 4 years');
  });

  it('flags a 17-year-old for gout', () => {
    expect(age('M10.9', '01/01/2009')[0]?.message).toContain('starts at 18 years');
  });

  it('warns (low confidence) for adult-onset Still’s under 18 and points to the SJIA code', () => {
    const [f] = age('M06.1', '01/01/2014');
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('(M08.20)');
  });

  it('computes age on the request date, not today', () => {
    expect(age('M04.1', '11/21/2024', '11/20/2026')).toHaveLength(1);
  });
});
