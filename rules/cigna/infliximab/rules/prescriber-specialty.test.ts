import { describe, expect, it } from 'vitest';
import { ra, runRule } from '@/rules/cigna/infliximab/test-utils';
import * as rule from './prescriber-specialty';

const spec = (specialty: string, codes = ['M06.9']) => runRule(rule, ra({ prescriber: { specialty }, diagnosis: { codes } }));

describe('prescriber-specialty', () => {
  it.each([
    ['Rheumatology', 'M06.9'],
    ['Pediatric Gastroenterology', 'K50.90'],
    ['GI', 'K51.90'],
    ['Dermatology', 'L40.0'],
    ['Dermatology', 'L40.50'],
  ])('passes %s for %s', (s, c) => {
    expect(spec(s, [c])).toEqual([]);
  });

  it('warns about a rheumatologist for Crohn’s disease, and says it is a proxy', () => {
    const [f] = spec('Rheumatology', ['K50.90']);
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain("(proxy criterion, not Cigna's own text)");
  });
});
