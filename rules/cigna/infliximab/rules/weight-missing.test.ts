import { describe, expect, it } from 'vitest';
import { ra, RA_70KG, runRule } from '@/rules/cigna/infliximab/test-utils';
import * as rule from './weight-missing';

describe('weight-missing', () => {
  it('passes when the weight is entered', () => {
    expect(runRule(rule, RA_70KG)).toEqual([]);
  });

  it('passes before a dose is entered', () => {
    expect(runRule(rule, { drug: { name: 'Remicade' } })).toEqual([]);
  });

  it('asks for the weight once a dose is entered', () => {
    const [f] = runRule(rule, ra({ patient: { weight: '', weightUnit: '' } }));
    expect(f?.message).toBe(
      "The FDA label dose depends on weight (the rheumatoid arthritis dose is 3 mg/kg); enter the patient's current weight in kg or lb.",
    );
  });
});
