import { describe, expect, it } from 'vitest';
import { CD_INFLECTRA_80KG, ra, RA_70KG, runRule } from '@/rules/cigna/infliximab/test-utils';
import * as rule from './preferred-product';

describe('preferred-product', () => {
  it('says nothing on a biosimilar request', () => {
    expect(runRule(rule, CD_INFLECTRA_80KG)).toEqual([]);
  });

  it('says nothing when a biosimilar was tried, or on a continuation', () => {
    expect(runRule(rule, ra({ priorTherapies: [{ drug: 'Inflectra', outcome: 'Infusion reaction' }] }))).toEqual([]);
    expect(runRule(rule, ra({ request: { type: 'Extension of existing authorization' } }))).toEqual([]);
  });

  it('advises (info, proxy) on a new Remicade request with no biosimilar tried', () => {
    const [f] = runRule(rule, RA_70KG);
    expect(f?.severity).toBe('info');
    expect(f?.source.proxy).toBe(true);
    expect(f?.message).toContain("(proxy criterion, not Cigna's own text)");
  });

  it('can be raised to a warning in the settings', () => {
    const [f] = runRule(rule, RA_70KG, { settings: { severityOverrides: { 'cigna-infliximab/preferred-product': 'warning' } } });
    expect(f?.severity).toBe('warning');
  });
});
