import { describe, expect, it } from 'vitest';
import { runRule } from '@/rules/cigna/ilaris/test-utils';
import * as rule from './gout-urate-lowering';

const ult = (code: string, answer: string) => runRule(rule, { diagnosis: { codes: [code] }, clinical: { urateLoweringTherapy: answer } });

describe('gout-urate-lowering', () => {
  it.each([
    ['M10.9', 'Yes'],
    ['M10.9', 'Yes - starting allopurinol'],
    ['M06.1', 'No'],
  ])('passes %s answered %s', (code, answer) => {
    expect(ult(code, answer)).toEqual([]);
  });

  it('flags gout without urate-lowering therapy', () => {
    const [f] = ult('M10.9', 'No');
    expect(f?.field).toBe('clinical.urateLoweringTherapy');
    expect(f?.message).toContain('urate-lowering therapy');
    expect(f?.message).toContain('proxy criterion');
  });
});
