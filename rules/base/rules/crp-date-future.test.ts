import { describe, expect, it } from 'vitest';
import { runBaseRule as runRule } from '@/rules/base/test-utils';
import * as rule from './crp-date-future';

const crp = (crpDate: string) => runRule(rule, { labs: { crpDate } });

describe('crp-date-future', () => {
  it.each(['11/22/2026', '11/21/2026', '01/15/2025'])('passes %s (today 11/22/2026)', (date) => {
    expect(crp(date)).toEqual([]);
  });

  it('flags a date after today', () => {
    const [f] = crp('12/01/2026');
    expect(f?.severity).toBe('error');
    expect(f?.message).toBe('CRP date "12/01/2026" is in the future (today is 11/22/2026); check the month, day and year.');
  });
});
