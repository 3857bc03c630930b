import { describe, expect, it } from 'vitest';
import { runBaseRule as runRule } from '@/rules/base/test-utils';
import * as rule from './member-id-missing';

describe('member-id-missing', () => {
  it.each([
    ['ID entered', { patient: { name: 'Jane Doe', memberId: 'U1234567801' } }],
    ['patient section not started', { drug: { dose: '280 mg' } }],
  ])('passes: %s', (_name, raw) => {
    expect(runRule(rule, raw)).toEqual([]);
  });

  it.each([
    ['name', { patient: { name: 'Jane Doe' } }],
    ['date of birth', { patient: { dob: '03/14/1985', memberId: '   ' } }],
    ['name, and the ID says "N/A"', { patient: { name: 'Jane Doe', memberId: 'N/A' } }],
    ['name, and the ID says "pending"', { patient: { name: 'Jane Doe', memberId: 'pending' } }],
  ])('flags a missing member ID once the %s is entered', (_name, raw) => {
    const [f] = runRule(rule, raw);
    expect(f?.field).toBe('patient.memberId');
    expect(f?.message).toContain('member ID');
  });
});
