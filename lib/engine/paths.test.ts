import { describe, expect, it } from 'vitest';
import { normalizeForm } from '../form/normalize';
import { compareFieldPaths, isFilled } from './paths';

describe('isFilled', () => {
  const form = normalizeForm({
    patient: { weight: '70', weightUnit: 'kg' },
    diagnosis: { codes: ['', 'M06.1'] },
    labs: { crpValue: '4.5', crpUnit: 'mg/dL' },
    priorTherapies: [{}, { drug: 'Methotrexate' }],
    drug: { units: '   ' },
  });

  it.each([
    ['patient.weight', true],
    ['patient.weightUnit', true],
    ['diagnosis.codes', true],
    ['diagnosis.codes.1', true],
    ['diagnosis.codes.0', false],
    ['labs.crpValue', true],
    ['labs.crpUnit', true],
    ['labs.crpDate', false],
    ['priorTherapies', true],
    ['priorTherapies.1.drug', true],
    ['priorTherapies.1.dose', false],
    ['priorTherapies.0.drug', false],
    ['drug.units', false],
    ['nonsense.path', false],
  ])('%s is filled: %s', (path, expected) => {
    expect(isFilled(form, path)).toBe(expected);
  });
});

describe('compareFieldPaths', () => {
  it('orders fields as they appear on the request', () => {
    const paths = ['prescriber.npi', 'priorTherapies.10.drug', 'priorTherapies.2.outcome', 'priorTherapies.2.drug', 'labs.crpDate', 'labs.crpValue', 'drug.units', 'drug.dose', 'patient.name'];
    expect([...paths].sort(compareFieldPaths)).toEqual([
      'patient.name', 'drug.dose', 'drug.units', 'labs.crpValue', 'labs.crpDate',
      'priorTherapies.2.drug', 'priorTherapies.2.outcome', 'priorTherapies.10.drug', 'prescriber.npi',
    ]);
  });
});
