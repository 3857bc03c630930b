import { describe, expect, it } from 'vitest';
import { runRule, stills } from '@/rules/cigna/ilaris/test-utils';
import * as rule from './dose-over-max';

const dose = (d: string, unit = '') => runRule(rule, stills({ drug: { dose: d, doseUnit: unit } }));

describe('dose-over-max', () => {
  it.each(['280 mg', '300 mg', '150', '0.3 g'])('passes %s', (d) => {
    expect(dose(d)).toEqual([]);
  });

  it.each([
    ['450 mg', '450 mg is over 300 mg'],
    ['0.5 g', '0.5 g is over 300 mg'],
    ['2800', '2800 mg (read as mg) is over 300 mg'],
  ])('flags %s', (d, text) => {
    const [f] = dose(d);
    expect(f?.message).toContain(text);
    expect(f?.field).toBe('drug.dose');
    expect(f?.severity).toBe('error');
  });
});
