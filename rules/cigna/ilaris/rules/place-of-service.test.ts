import { describe, expect, it } from 'vitest';
import { runRule } from '@/rules/cigna/ilaris/test-utils';
import * as rule from './place-of-service';

const pos = (text: string) => runRule(rule, { drug: { placeOfService: text } });

describe('place-of-service', () => {
  it.each(['11', '11 - Office', 'Office', '19', '22', 'POS 22'])('passes %s', (text) => {
    expect(pos(text)).toEqual([]);
  });

  it.each([
    ['12', '(code 12)'],
    ['Home', '(code 12)'],
    ['21', '(code 21)'],
  ])('flags %s', (text, code) => {
    const [f] = pos(text);
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain(code);
    expect(f?.message).toContain('11 office, 19 off-campus outpatient hospital, 22 on-campus outpatient hospital');
  });
});
