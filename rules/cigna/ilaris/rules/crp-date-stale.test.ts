import { describe, expect, it } from 'vitest';
import { runRule } from '@/rules/cigna/ilaris/test-utils';
import * as rule from './crp-date-stale';

const crp = (crpDate: string, requestDate?: string, settings = {}) =>
  runRule(rule, { labs: { crpDate }, request: requestDate ? { date: requestDate } : {} }, { settings });

describe('crp-date-stale', () => {
  it.each([
    ['10/01/2026', '11/20/2026'],
    ['08/22/2026', '11/20/2026'],
    ['2026-09-01', undefined],
    ['12/01/2026', '11/20/2026'],
  ])('passes CRP %s for request %s', (date, req) => {
    expect(crp(date, req)).toEqual([]);
  });

  it('flags a CRP 4 months before the request date', () => {
    const [f] = crp('07/15/2026', '11/20/2026');
    expect(f?.message).toBe(
      `CRP collected "07/15/2026" is 128 days before the request date 11/20/2026; Cigna's guides ask for one within 90 days (proxy criterion, not Cigna's own text). Attach a recent result.`,
    );
  });

  it('falls back to today without a request date', () => {
    expect(crp('07/15/2026')[0]?.message).toContain('before today (11/22/2026)');
  });

  it('follows the window in settings', () => {
    expect(crp('10/01/2026', '11/20/2026', { values: { 'cigna-ilaris/crpWindowDays': 30 } })[0]?.message).toContain('within 30 days');
    expect(crp('07/15/2026', '11/20/2026', { values: { 'cigna-ilaris/crpWindowDays': 180 } })).toEqual([]);
  });

  it('stays quiet about an old CRP on a continuation request (the window is an initial criterion)', () => {
    const raw = { labs: { crpDate: '03/01/2026' }, request: { date: '11/20/2026', type: 'Extension of existing authorization' } };
    expect(runRule(rule, raw)).toEqual([]);
  });

  it('still flags an old CRP on a new request', () => {
    const raw = { labs: { crpDate: '03/01/2026' }, request: { date: '11/20/2026', type: 'New authorization request' } };
    expect(runRule(rule, raw)).toHaveLength(1);
  });

  it('counts day 91 as stale and day 90 as fresh', () => {
    expect(crp('08/22/2026', '11/20/2026')).toEqual([]);
    expect(crp('08/21/2026', '11/20/2026')).toHaveLength(1);
  });
});
