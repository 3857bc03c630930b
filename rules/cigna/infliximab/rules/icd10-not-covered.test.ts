import { describe, expect, it } from 'vitest';
import { ra, runRule } from '@/rules/cigna/infliximab/test-utils';
import * as rule from './icd10-not-covered';

const codes = (...c: string[]) => runRule(rule, ra({ diagnosis: { codes: c } }));

describe('icd10-not-covered', () => {
  it.each([['M06.9'], ['M05.79'], ['K50.90'], ['K51.90'], ['M45.9'], ['L40.50'], ['L40.0'], ['M06.9', 'Z79.899']])('passes %s', (...c) => {
    expect(codes(...c)).toEqual([]);
  });

  it.each(['M06.1', 'M45.A0', 'L40.1', 'M04.1'])('flags %s alone', (c) => {
    const [f] = codes(c);
    expect(f?.severity).toBe('error');
    expect(f?.message).toContain('no diagnosis code names an indication infliximab is given for');
  });
});
