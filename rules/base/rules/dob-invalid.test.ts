import { describe, expect, it } from 'vitest';
import { runBaseRule as runRule } from '@/rules/base/test-utils';
import * as rule from './dob-invalid';

const dob = (text: string) => runRule(rule, { patient: { dob: text } });

describe('dob-invalid', () => {
  it.each(['03/14/1985', '1985-03-14', '3/14/85', '02/29/2024', '11/22/2026'])('passes %s', (text) => {
    expect(dob(text)).toEqual([]);
  });

  it.each([
    ['02/30/2025', 'not a real date'],
    ['13/01/2025', 'is not a month'],
    ['02/29/2025', 'not a leap year'],
  ])('flags the impossible %s with the parser reason', (text, reason) => {
    const [f] = dob(text);
    expect(f?.field).toBe('patient.dob');
    expect(f?.message).toContain(`Date of birth: "${text}"`);
    expect(f?.message).toContain(reason);
  });

  it('flags a birth date in the future', () => {
    expect(dob('01/05/2027')[0]?.message).toContain('is in the future (today is 11/22/2026)');
  });

  it('flags an implausible age', () => {
    expect(dob('01/05/1901')[0]?.message).toContain('125 years old');
  });
});
