import { describe, expect, it } from 'vitest';
import { runRule } from '@/rules/cigna/ilaris/test-utils';
import * as rule from './weight-missing';

describe('weight-missing', () => {
  it.each([
    ['weight entered', { diagnosis: { codes: ['M06.1'] }, drug: { dose: '280 mg' }, patient: { weight: '70 kg' } }],
    ['no dose yet', { diagnosis: { codes: ['M06.1'] } }],
    ['gout: fixed dose', { diagnosis: { codes: ['M10.9'] }, drug: { dose: '150 mg' } }],
    ['no indication', { drug: { dose: '280 mg' } }],
  ])('passes: %s', (_name, raw) => {
    expect(runRule(rule, raw)).toEqual([]);
  });

  it.each([
    ["Still's", 'M06.1'],
    ['CAPS (band by weight)', 'M04.2'],
    ['FMF', 'M04.1'],
  ])('flags a missing weight for %s', (_name, code) => {
    const [f] = runRule(rule, { diagnosis: { codes: [code] }, drug: { dose: '150 mg' } });
    expect(f?.field).toBe('patient.weight');
    expect(f?.message).toContain('depends on weight');
  });
});
