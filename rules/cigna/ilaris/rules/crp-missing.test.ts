import { describe, expect, it } from 'vitest';
import { runRule } from '@/rules/cigna/ilaris/test-utils';
import * as rule from './crp-missing';

describe('crp-missing', () => {
  it.each([
    ['CRP entered', { diagnosis: { codes: ['M06.1'] }, labs: { crpValue: '45 mg/L' } }],
    ['no diagnosis yet', { drug: { dose: '280 mg' } }],
    ['CAPS needs no CRP', { diagnosis: { codes: ['M04.2'] } }],
    ['gout needs no CRP', { diagnosis: { codes: ['M10.9'] } }],
    ['continuation request', { diagnosis: { codes: ['M06.1'] }, request: { type: 'Extension of existing authorization' } }],
    ['renewal request for FMF', { diagnosis: { codes: ['M04.1'] }, request: { type: 'Renewal' } }],
  ])('passes: %s', (_name, raw) => {
    expect(runRule(rule, raw)).toEqual([]);
  });

  it.each([
    ["Still's", 'M06.1'],
    ['SJIA', 'M08.20'],
    ['FMF', 'M04.1'],
  ])('flags a missing CRP for %s, saying the criterion is a proxy', (_name, code) => {
    const [f] = runRule(rule, { diagnosis: { codes: [code] } });
    expect(f?.field).toBe('labs.crpValue');
    expect(f?.message).toContain("10 mg/L or 2× the lab's upper limit of normal (proxy criterion, not Cigna's own text)");
  });
});
