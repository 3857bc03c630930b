import { describe, expect, it } from 'vitest';
import { runRule } from '@/rules/cigna/ilaris/test-utils';
import * as rule from './ndc-quantity';

const qty = (ndcQuantity: string, dose = '280 mg', ndc = '00078-0734-61') => runRule(rule, { drug: { ndcQuantity, dose, ndc } });

describe('ndc-quantity', () => {
  it.each([
    ['ML2', '280 mg'],
    ['ML 2', '280 mg'],
    ['2 mL', '280 mg'],
    ['UN2', '280 mg'],
    ['ML1', '150 mg'],
    ['ML2', '300 mg'],
    ['ML1', ''],
  ])('passes %s for %s', (q, dose) => {
    expect(qty(q, dose)).toEqual([]);
  });

  it('flags MG as the unit of measure and gives the vial count', () => {
    const [f] = qty('MG280');
    expect(f?.severity).toBe('error');
    expect(f?.message).toBe(
      '"MG280": MG is not an NDC unit of measure (the claim\'s are UN, ML, GR, F2, ME); the quantity counts what was dispensed. 280 mg needs 2 vials of 150 mg: ML2.',
    );
    expect(f?.fix).toEqual({ field: 'drug.ndcQuantity', value: 'ML2', label: 'Set to ML2' });
  });

  it('flags ML1 for 280 mg (two vials needed)', () => {
    const [f] = qty('ML1');
    expect(f?.message).toContain('280 mg needs 2 vials of 150 mg = 2 mL');
    expect(f?.fix?.value).toBe('ML2');
  });

  it('flags the mg amount entered as mL (ML280)', () => {
    expect(qty('ML280')[0]?.fix?.value).toBe('ML2');
  });

  it('flags UN3 for 280 mg', () => {
    expect(qty('UN3')[0]?.fix?.value).toBe('UN2');
  });

  it('warns on GR, which does not fit a solution vial', () => {
    const [f] = qty('GR2');
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('use ML (mL): ML2');
  });

  it("warns on ME, the claim standard's milligram qualifier: payers ask for ML or UN for vials (a convention)", () => {
    const [f] = qty('ME300');
    expect(f?.severity).toBe('warning');
    expect(f?.message).toBe(
      '"ME300": milligrams (ME) do not fit Ilaris, a solution in 1 mL vials (payers\' billing guides ask for ML or UN for vials, not milligrams: a convention, medium confidence); use ML (mL): ML2.',
    );
    expect(f?.fix).toEqual({ field: 'drug.ndcQuantity', value: 'ML2', label: 'Set to ML2' });
  });

  it('flags MG without a dose, with an example instead of a count', () => {
    expect(qty('MG280', '')[0]?.message).toContain('e.g. ML1 per 1 mL vial');
  });
});
