import { describe, expect, it } from 'vitest';
import { ra, runRule } from '@/rules/cigna/infliximab/test-utils';
import * as rule from './frequency-indication';

const freq = (frequency: string, codes = ['M06.9']) => runRule(rule, ra({ drug: { frequency }, diagnosis: { codes } }));

describe('frequency-indication', () => {
  it.each(['every 8 weeks', 'q8w', 'every 2 months', 'every 4 weeks', 'every 8 weeks (after 0, 2, 6)'])('passes %s for RA', (f) => {
    expect(freq(f)).toEqual([]);
  });

  it.each([
    '0, 2, 6 weeks then every 8 weeks',
    'Weeks 0, 2 and 6, then every 8 weeks',
    'every 8 weeks maintenance',
    'every 8 weeks after induction',
    'induction 0/2/6 then q8w',
    'q8 weeks',
  ])('passes the label schedule written as %j for Crohn’s disease', (f) => {
    expect(freq(f, ['K50.90'])).toEqual([]);
  });

  it('passes "0, 2 and 6 weeks, then every 6 weeks" for ankylosing spondylitis', () => {
    expect(freq('0, 2 and 6 weeks, then every 6 weeks', ['M45.9'])).toEqual([]);
  });

  it('warns about an induction followed by every 4 weeks for Crohn’s disease, naming the induction', () => {
    expect(freq('0, 2, 6 weeks then every 4 weeks', ['K50.90'])[0]?.message).toContain(
      '"0, 2, 6 weeks then every 4 weeks" is every 28 days after induction doses: the FDA label',
    );
  });

  it('passes every 6 weeks for ankylosing spondylitis', () => {
    expect(freq('every 6 weeks', ['M45.9'])).toEqual([]);
  });

  it('warns about every 4 weeks for Crohn’s disease (every 8 weeks)', () => {
    const [f] = freq('every 4 weeks', ['K50.90']);
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain("the FDA label gives infliximab for Crohn's disease at 0, 2 and 6 weeks, then every 8 weeks");
  });

  it('passes "every 2 months" for Crohn’s disease (every 8 weeks), months being read as 30 days', () => {
    expect(freq('every 2 months', ['K50.90'])).toEqual([]);
  });

  it('warns about every 9 weeks for Crohn’s disease', () => {
    expect(freq('every 9 weeks', ['K50.90'])[0]?.message).toContain('"every 9 weeks" is every 63 days');
  });

  it("says a subcutaneous drug's twice-weekly schedule in words", () => {
    expect(freq('twice weekly')[0]?.message).toMatch(
      /^"twice weekly" is twice a week: the FDA label gives infliximab for rheumatoid arthritis/,
    );
  });

  it('warns about a single dose', () => {
    expect(freq('once')).toHaveLength(1);
  });
});
