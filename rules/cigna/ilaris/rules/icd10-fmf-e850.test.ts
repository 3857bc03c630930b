import { describe, expect, it } from 'vitest';
import { runRule } from '@/rules/cigna/ilaris/test-utils';
import * as rule from './icd10-fmf-e850';

const dx = (...codes: string[]) => runRule(rule, { diagnosis: { codes } });

describe('icd10-fmf-e850', () => {
  it.each([[['M04.1']], [['M04.1', 'E85.0']], [['E85.1']]])('passes %j', (codes) => {
    expect(dx(...codes)).toEqual([]);
  });

  it.each(['E85.0', 'e850'])('flags %s with the fix to M04.1', (code) => {
    const [f] = dx(code);
    expect(f?.message).toContain('E85.0 is heredofamilial amyloidosis in ICD-10-CM; familial Mediterranean fever is M04.1');
    expect(f?.fix).toEqual({ field: 'diagnosis.codes.0', value: 'M04.1', label: 'Use M04.1' });
  });
});
