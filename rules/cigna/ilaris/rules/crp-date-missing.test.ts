import { describe, expect, it } from 'vitest';
import { runRule } from '@/rules/cigna/ilaris/test-utils';
import * as rule from './crp-date-missing';

describe('crp-date-missing', () => {
  it.each([
    ['value and date', { labs: { crpValue: '45 mg/L', crpDate: '11/01/2026' } }],
    ['no CRP', { labs: {} }],
    ['unreadable date (value-unreadable reports it)', { labs: { crpValue: '45 mg/L', crpDate: '13/01/2026' } }],
  ])('passes: %s', (_name, raw) => {
    expect(runRule(rule, raw)).toEqual([]);
  });

  it('flags a CRP entered without its date', () => {
    const [f] = runRule(rule, { labs: { crpValue: '4.5', crpUnit: 'mg/dL' } });
    expect(f?.field).toBe('labs.crpDate');
    expect(f?.message).toBe(
      `CRP "4.5" has no collection date; Cigna's guides ask for a CRP drawn within 90 days of the request (proxy criterion, not Cigna's own text).`,
    );
  });

  it('stays quiet about a CRP without its date on a continuation request (the window is an initial criterion)', () => {
    expect(runRule(rule, { labs: { crpValue: '3 mg/L' }, request: { type: 'Renewal' } })).toEqual([]);
  });

  it('still flags a CRP without its date on a new request', () => {
    expect(runRule(rule, { labs: { crpValue: '3 mg/L' }, request: { type: 'New authorization request' } })).toHaveLength(1);
  });

  it('states the window from settings', () => {
    const [f] = runRule(rule, { labs: { crpValue: '45 mg/L' } }, { settings: { values: { 'cigna-ilaris/crpWindowDays': 60 } } });
    expect(f?.message).toContain('within 60 days');
  });
});
