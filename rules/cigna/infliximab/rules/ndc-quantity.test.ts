import { describe, expect, it } from 'vitest';
import { ra, runRule } from '@/rules/cigna/infliximab/test-utils';
import * as rule from './ndc-quantity';

const qty = (ndcQuantity: string, dose = '210') => runRule(rule, ra({ drug: { ndcQuantity, dose } }));

describe('ndc-quantity', () => {
  it('passes UN3 for 210 mg (3 vials of 100 mg) and UN4 for 400 mg', () => {
    expect(qty('UN3')).toEqual([]);
    expect(qty('UN4', '400')).toEqual([]);
  });

  it('flags UN2 for 210 mg with the fix to UN3', () => {
    const [f] = qty('UN2');
    expect(f?.message).toBe('"UN2": 210 mg needs 3 vials of 100 mg, so the NDC quantity is UN3.');
    expect(f?.fix?.value).toBe('UN3');
  });

  it('flags MG, which is no unit of measure', () => {
    expect(qty('MG210')[0]?.severity).toBe('error');
  });

  it('warns about ML for a powder vial', () => {
    const [f] = qty('ML30');
    expect(f?.severity).toBe('warning');
    expect(f?.fix?.value).toBe('UN3');
  });
});
