import { describe, expect, it } from 'vitest';
import { runRule } from '@/rules/cigna/ilaris/test-utils';
import * as rule from './hcpcs-code';

const hcpcs = (code: string) => runRule(rule, { drug: { hcpcs: code } });

describe('hcpcs-code', () => {
  it.each(['J0638', 'j0638', ' J0638 ', 'J0638 x 280 units'])('passes %s', (code) => {
    expect(hcpcs(code)).toEqual([]);
  });

  it('flags the unclassified J3590 and offers J0638', () => {
    const [f] = hcpcs('J3590');
    expect(f?.message).toBe('"J3590": J3590 is an unclassified drug code; Ilaris has its own code J0638 (Injection, canakinumab, 1 mg).');
    expect(f?.fix).toEqual({ field: 'drug.hcpcs', value: 'J0638', label: 'Set to J0638' });
  });

  it.each(['J0135', 'J638', 'canakinumab'])('flags %s', (code) => {
    expect(hcpcs(code)[0]?.message).toContain('Ilaris is billed as J0638');
  });
});
