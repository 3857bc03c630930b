import { afterEach, expect } from 'vitest';
import { hostOf } from '@/lib/dom/boundary';
import { dump, mapped } from '../read';

/** Every mapped path once. */
export const noDuplicatePaths = (): void => {
  const paths = mapped().map((m) => m.path);
  expect(paths.filter((p, i) => paths.indexOf(p) !== i)).toEqual([]);
};

/** No mapped field lives inside `selector` (a closed popup, a hidden mirror, a chip's remove
 *  control), in its own root or across the shadow roots above it. */
export const nothingFrom = (selector: string): void => {
  const within = (el: Element): boolean => {
    for (let at: Element | null = el; at; at = hostOf(at)) if (at.closest(selector)) return true;
    return false;
  };
  expect(
    mapped()
      .filter((m) => within(m.field.element))
      .map((m) => m.path),
  ).toEqual([]);
};

// `DUMP=1 npx vitest … -t <test>` prints what the reader collected (for the it.fails comments)
afterEach(() => {
  if (process.env.DUMP) console.log(JSON.stringify(dump()));
});

/**
 * The Ilaris (canakinumab) request the pages in this folder are filled with, as a correct reader
 * returns it (J0638 is 1 mg per billing unit: 150 mg = 150 units).
 */
export const ILARIS = {
  'patient.memberId': 'U4829163702',
  'patient.dob': '03/14/1988',
  'patient.weight': '72',
  'drug.name': 'Ilaris (canakinumab)',
  'drug.hcpcs': 'J0638',
  'drug.ndc': '00078-0734-61',
  'drug.dose': '150',
  'drug.units': '150',
  'labs.crpValue': '24',
  'labs.crpDate': '11/02/2026',
  'prescriber.npi': '1234567893',
} as const;

/** The two prior therapies, as a correct reader returns them. */
export const THERAPIES = {
  'priorTherapies.0.drug': 'colchicine',
  'priorTherapies.0.dose': '0.6 mg twice daily',
  'priorTherapies.0.start': '01/05/2026',
  'priorTherapies.0.stop': '06/30/2026',
  'priorTherapies.0.outcome': 'Inadequate response',
  'priorTherapies.1.drug': 'anakinra',
  'priorTherapies.1.dose': '100 mg daily',
  'priorTherapies.1.start': '07/01/2026',
  'priorTherapies.1.stop': '09/15/2026',
  'priorTherapies.1.outcome': 'Injection-site reactions',
} as const;

/** The two prior therapies as table rows: drug, dose, start, stop, outcome. */
export const THERAPY_ROWS = [0, 1].map((i) =>
  (['drug', 'dose', 'start', 'stop', 'outcome'] as const).map((c) => THERAPIES[`priorTherapies.${i as 0 | 1}.${c}`]),
);

/** The request as a page with native date inputs (or an ISO-valued widget) reads it: dates in ISO
 *  form, the two codes chosen, the frequency by its text. */
export const ISO_REQUEST = {
  ...ILARIS,
  'patient.dob': '1988-03-14',
  'labs.crpDate': '2026-11-02',
  'diagnosis.codes.0': 'M04.1, M06.1',
  'drug.frequency': 'Every 4 weeks',
} as const;

/** The two prior therapies with ISO dates. */
export const ISO_THERAPIES = {
  ...THERAPIES,
  'priorTherapies.0.start': '2026-01-05',
  'priorTherapies.0.stop': '2026-06-30',
  'priorTherapies.1.start': '2026-07-01',
  'priorTherapies.1.stop': '2026-09-15',
} as const;

/** The options the pages' drug, frequency and diagnosis lists offer. */
export const DRUG_OPTIONS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
export const FREQUENCY_OPTIONS = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
export const CODE_OPTIONS = ['M04.1', 'M06.1', 'M04.8'];
