import { describe, expect, it } from 'vitest';
import { runRule } from '@/rules/cigna/ilaris/test-utils';
import * as rule from './continuation-benefit';

const cont = (type: string, benefit: string) => runRule(rule, { request: { type }, clinical: { benefitDocumented: benefit } });

describe('continuation-benefit', () => {
  it.each([
    ['Extension of existing authorization', 'Yes'],
    ['New authorization request', 'No'],
  ])('passes %s with benefit %s', (type, benefit) => {
    expect(cont(type, benefit)).toEqual([]);
  });

  it('flags a continuation without a documented benefit', () => {
    const [f] = cont('Extension of existing authorization', 'No');
    expect(f?.field).toBe('clinical.benefitDocumented');
    expect(f?.message).toContain('at least 6 months on Ilaris (proxy criterion');
  });
});
