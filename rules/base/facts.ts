import type { OtherDrug } from '@/lib/engine/applicability';
import type { RuleSource } from '@/lib/engine/types';

/**
 * What the checks for every drug know: code-set and data-entry standards that hold whatever
 * the payer or the drug, each with its source. Drug packs cite these sources too.
 */
export const BASE_SOURCES = {
  ndcBilling: {
    title: 'NDC billing format: N4 qualifier, 11-digit 5-4-2, unit of measure UN/ML/GR/F2',
    confidence: 'H',
  },
  icd10cm: { title: 'ICD-10-CM tabular list (CDC/CMS)', confidence: 'H' },
  dataCheck: { title: 'Data-entry check (no payer criterion involved)', confidence: 'H' },
  npi: { title: 'CMS NPI check digit standard (Luhn over 80840 + first 9 digits)', confidence: 'H' },
  paForms: {
    title: "Payers' PA request forms: the member ID matches the request to the patient's coverage",
    confidence: 'H',
  },
  hcpcs: { title: 'CMS HCPCS Level II code set', confidence: 'H' },
} satisfies Record<string, RuleSource>;

/** HCPCS codes for drugs "not otherwise classified": they say nothing about which drug it is. */
export const UNCLASSIFIED_HCPCS: readonly string[] = ['J3490', 'J3590', 'C9399', 'J7699', 'J7799', 'J9999'];

/**
 * Drugs staff often request on the same portal that no pack checks, so the popup can say which
 * drug a request is for (CMS HCPCS Level II descriptors). Names only: nothing here is checked.
 */
export const OTHER_DRUGS: readonly OtherDrug[] = [
  { brand: 'Humira', generic: 'adalimumab', hcpcs: ['J0135'] },
  { brand: 'Remicade', generic: 'infliximab', hcpcs: ['J1745'] },
  { brand: 'Inflectra', generic: 'infliximab-dyyb', hcpcs: ['Q5103'] },
  { brand: 'Renflexis', generic: 'infliximab-abda', hcpcs: ['Q5104'] },
  { brand: 'Avsola', generic: 'infliximab-axxq', hcpcs: ['Q5121'] },
  { brand: 'Actemra', generic: 'tocilizumab', hcpcs: ['J3262'] },
  { brand: 'Orencia', generic: 'abatacept', hcpcs: ['J0129'] },
  { brand: 'Rituxan', generic: 'rituximab', hcpcs: ['J9312'] },
  { brand: 'Simponi Aria', generic: 'golimumab', hcpcs: ['J1602'] },
  { brand: 'Cimzia', generic: 'certolizumab pegol', hcpcs: ['J0717'] },
  { brand: 'Enbrel', generic: 'etanercept', hcpcs: ['J1438'] },
  { brand: 'Stelara', generic: 'ustekinumab', hcpcs: ['J3357', 'J3358'] },
  { brand: 'Arcalyst', generic: 'rilonacept', hcpcs: ['J2793'] },
  { brand: 'Benlysta', generic: 'belimumab', hcpcs: ['J0490'] },
  { brand: 'Kineret', generic: 'anakinra', hcpcs: [] },
];
