import { afterEach, expect } from 'vitest';
import { dump, mapped } from '../read';

/** Every mapped path once. */
export const noDuplicatePaths = (): void => {
  const paths = mapped().map((m) => m.path);
  expect(paths.filter((p, i) => paths.indexOf(p) !== i)).toEqual([]);
};

// `DUMP=1 npx vitest … -t <test>` prints what the reader collected (for the it.fails comments)
afterEach(() => {
  if (process.env.DUMP) console.log(JSON.stringify(dump()));
});

/** The Ilaris request every page in this folder is filled with, as the reader should return it. */
export const ILARIS = {
  'patient.dob': '03/02/1980',
  'patient.weight': '70',
  'drug.name': 'Ilaris (canakinumab)',
  'drug.hcpcs': 'J0638',
  'drug.ndc': '00078-0734-61',
  'drug.dose': '150',
  'drug.units': '150',
  'drug.frequency': 'every 4 weeks',
  'labs.crpValue': '4.5',
  'labs.crpDate': '11/12/2026',
  'priorTherapies.0.drug': 'colchicine',
  'priorTherapies.0.dose': '0.6 mg twice daily',
  'priorTherapies.0.start': '01/05/2026',
  'priorTherapies.0.stop': '03/20/2026',
  'priorTherapies.0.outcome': 'inadequate response',
  'prescriber.npi': '1234567893',
} as const;
