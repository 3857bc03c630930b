import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { F, PRIOR_THERAPY_COLUMNS } from '@/lib/form/fields';
import { filledPaths, normalizeForm } from '@/lib/form/normalize';
import { flatFromRaw, RAW_FIELD_PATHS, rawFromFlat } from '@/lib/form/paths';
import type { RawForm } from '@/lib/form/schema';
import { compareFieldPaths, filledFrom, isFilled } from './paths';

const RAW: RawForm = {
  patient: { weight: '70', weightUnit: 'kg' },
  diagnosis: { codes: ['', 'M06.1'] },
  labs: { crpValue: '4.5', crpUnit: 'mg/dL' },
  priorTherapies: [{}, { drug: 'Methotrexate' }],
  drug: { units: '   ' },
};

const CASES: [string, boolean][] = [
  ['patient.weight', true],
  ['patient.weightUnit', true],
  ['diagnosis.codes', true],
  ['diagnosis.codes.1', true],
  ['diagnosis.codes.0', false],
  ['labs.crpValue', true],
  ['labs.crpUnit', true],
  ['labs.crpDate', false],
  ['priorTherapies', true],
  ['priorTherapies.1', true],
  ['priorTherapies.0', false],
  ['priorTherapies.1.drug', true],
  ['priorTherapies.1.dose', false],
  ['priorTherapies.0.drug', false],
  ['drug.units', false],
  ['nonsense.path', false],
];

describe('isFilled', () => {
  const form = normalizeForm(RAW);

  it.each(CASES)('%s is filled: %s', (path, expected) => {
    expect(isFilled(form, path)).toBe(expected);
  });
});

describe('filledFrom (the raw paths the content script reports as filled)', () => {
  const filled = filledFrom(filledPaths(flatFromRaw(RAW)));

  it.each(CASES)('%s is filled: %s', (path, expected) => {
    expect(filled(path)).toBe(expected);
  });

  it('skips blank, prompt-only and unknown paths', () => {
    expect(
      filledPaths({
        'drug.units': ' ',
        'drug.doseUnit': 'Select...',
        'drug.dose': '280',
        'drug.nonsense': 'x',
        'priorTherapies.99.drug': 'x',
      }),
    ).toEqual(['drug.dose']);
  });

  // every raw path, with text that is blank, a prompt, or something
  const paths = RAW_FIELD_PATHS.flatMap((p) => (p.includes('.N') ? [0, 1, 3].map((n) => p.replace('N', String(n))) : [p]));
  const text = fc.constantFrom('', '  ', 'Select...', '-- choose --', 'x', '70', 'M06.1, M04.1', '1/2/2026', 'mg', 'Yes');
  const asked = [...Object.values(F), ...[0, 1, 3].flatMap((n) => [`priorTherapies.${n}`, `diagnosis.codes.${n}`])];
  asked.push(...PRIOR_THERAPY_COLUMNS.map((c) => `priorTherapies.1.${c}`));

  it('answers as isFilled does over the normalized form, for every field path', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...paths), text), (flat) => {
        const form = normalizeForm(rawFromFlat(flat));
        const filled = filledFrom(filledPaths(flat));
        for (const path of asked) expect([path, filled(path)]).toEqual([path, isFilled(form, path)]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('compareFieldPaths', () => {
  it('orders fields as they appear on the request', () => {
    const paths = [
      'prescriber.npi',
      'priorTherapies.10.drug',
      'priorTherapies.2.outcome',
      'priorTherapies.2.drug',
      'labs.crpDate',
      'labs.crpValue',
      'drug.units',
      'drug.dose',
      'patient.name',
    ];
    expect([...paths].sort(compareFieldPaths)).toEqual([
      'patient.name',
      'drug.dose',
      'drug.units',
      'labs.crpValue',
      'labs.crpDate',
      'priorTherapies.2.drug',
      'priorTherapies.2.outcome',
      'priorTherapies.10.drug',
      'prescriber.npi',
    ]);
  });
});
