import { describe, expect, it } from 'vitest';
import { runRule } from '@/rules/cigna/ilaris/test-utils';
import * as rule from './icd10-not-covered';

const dx = (codes: string[], indication?: string) => runRule(rule, { diagnosis: { codes, ...(indication ? { indication } : {}) } });

describe('icd10-not-covered', () => {
  it.each([
    [['M06.1']],
    [['M04.1']],
    [['M04.2']],
    [['M08.211']],
    [['M10.071']],
    [['M1A.9XX1']],
    [['M06.1', 'R50.9']],
    [['M08.2X']],
    [['E85.0']],
    [[]],
    [['M06.10']],
    [['M10.90']],
  ])('passes %j', (codes) => {
    expect(dx(codes)).toEqual([]);
  });

  it('leaves a code below a known leaf (M06.10) to icd10-invalid: it is not a code at all', () => {
    expect(dx(['M06.10'], "Still's disease")).toEqual([]);
  });

  it("flags M79.3 (panniculitis) used for Still's and offers M06.1", () => {
    const [f] = dx(['M79.3']);
    expect(f?.message).toBe(
      `"M79.3" is not a code Cigna covers Ilaris for (proxy criterion, not Cigna's own text): M79.3 is panniculitis; Still's disease (adult-onset, AOSD) is M06.1.`,
    );
    expect(f?.fix).toEqual({ field: 'diagnosis.codes.0', value: 'M06.1', label: 'Use M06.1' });
  });

  it('suggests the chosen indication’s code for an unrelated code', () => {
    expect(dx(['R50.9'], 'Gout')[0]?.fix?.value).toBe('M10.9');
  });

  it('lists the covered codes when nothing says what was meant', () => {
    const [f] = dx(['R50.9']);
    expect(f?.message).toContain('M04.2 CAPS');
    expect(f?.fix).toBeUndefined();
  });

  it('flags rheumatoid arthritis even next to a covered code', () => {
    const found = dx(['M06.1', 'M05.79']);
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('rheumatoid arthritis');
    expect(found[0]?.field).toBe('diagnosis.codes.1');
  });
});
