import type { RuleSource } from '@/lib/engine/types';
import { BASE_SOURCES } from '@/rules/base/facts';
import type { Indication } from './indications';
import { CANAKINUMAB } from './identity';

/**
 * What is true of Ilaris (canakinumab) whatever the payer: its label dosing, vial, HCPCS code,
 * NDCs and billing, each with its source (see ../shared/domain/ilaris-cigna.md). A payer's
 * pack for Ilaris adds its criteria on top of these.
 */

/** A value together with its citation. */
export interface Fact<T> {
  value: T;
  source: RuleSource;
}

export const fact = <T>(value: T, source: RuleSource): Fact<T> => ({ value, source });

export const DRUG_SOURCES = {
  label: {
    title: 'FDA label, Ilaris (DailyMed)',
    confidence: 'H',
  },
  hcpcs: {
    title: 'CMS HCPCS J0638 "Injection, canakinumab, 1 mg"',
    confidence: 'H',
  },
  ndcDirectory: {
    title: 'FDA NDC Directory, Ilaris 150 mg/mL vial 0078-0734-61',
    confidence: 'H',
  },
  ndcLyophilized: {
    title: 'Ilaris lyophilized vial NDC 00078-0582-61 (unverified, likely discontinued)',
    confidence: 'L',
  },
  wasteModifiers: {
    title: 'CMS JW/JZ modifier policy for single-dose containers (Medicare)',
    confidence: 'H',
  },
  placeOfService: {
    title: 'CMS place-of-service code set',
    confidence: 'H',
  },
  cpt: { title: 'CPT 96372 therapeutic subcutaneous/intramuscular injection', confidence: 'H' },
  ndcUnitForVials: { title: "Payers' NDC billing guides: ML or UN for liquid vials, not milligrams (a convention)", confidence: 'M' },
  cptHighlyComplex: {
    title: 'CPT 964xx (highly complex drug or biologic administration) for canakinumab: payer-dependent, Cigna not confirmed',
    confidence: 'M',
    proxy: true,
  },
} satisfies Record<string, RuleSource>;

// ---------- drug and billing ----------
export interface NdcFact {
  /** 11 digits, 5-4-2 order, no hyphens */
  ndc11: string;
  /** 5-4-2 with hyphens */
  hyphenated: string;
  description: string;
  /** verified in the FDA NDC directory; an unverified NDC is a warning, not an error */
  verified: boolean;
  /** mL per vial, for an ML quantity; null when not known */
  mlPerVial: number | null;
  source: RuleSource;
}

export const ILARIS_NDCS: readonly NdcFact[] = [
  {
    ndc11: '00078073461',
    hyphenated: '00078-0734-61',
    description: 'Ilaris 150 mg/mL, 1 mL single-dose vial',
    verified: true,
    mlPerVial: 1,
    source: DRUG_SOURCES.ndcDirectory,
  },
  {
    ndc11: '00078058261',
    hyphenated: '00078-0582-61',
    description: 'Ilaris 150 mg lyophilized powder vial (likely discontinued)',
    verified: false,
    mlPerVial: null,
    source: DRUG_SOURCES.ndcLyophilized,
  },
];

export const DRUG = {
  name: fact('Ilaris (canakinumab)', DRUG_SOURCES.label),
  /** one single-dose vial holds this many mg */
  vialSizeMg: fact(150, DRUG_SOURCES.label),
  /** largest single dose in the label (Still's disease, periodic fevers up-titrated) */
  maxDoseMg: fact(300, DRUG_SOURCES.label),
  hcpcs: fact({ code: CANAKINUMAB.hcpcs[0] ?? 'J0638', descriptor: 'Injection, canakinumab, 1 mg', mgPerUnit: 1 }, DRUG_SOURCES.hcpcs),
  /**
   * the claim standard's units of measure after the NDC (ME is milligram); "MG" is no qualifier.
   * For a solution vial payers' guides ask for ML or UN: GR, F2 and ME are warned about (a
   * convention, M), not failed.
   */
  ndcQuantityUnits: fact(['UN', 'ML', 'GR', 'F2', 'ME'], BASE_SOURCES.ndcBilling),
  /** payers' billing guides: ML or UN for liquid vials, not milligrams (a convention) */
  ndcQuantityUnitsForVials: fact(['ML', 'UN'], DRUG_SOURCES.ndcUnitForVials),
  /** the unit of measure that fits a solution vial */
  ndcQuantityUnitPreferred: fact('ML', BASE_SOURCES.ndcBilling),
  adminCpt: fact({ code: '96372', descriptor: 'therapeutic subcutaneous or intramuscular injection' }, DRUG_SOURCES.cpt),
  /**
   * Some payers take the highly complex biologic administration codes (CPT 964xx) for
   * canakinumab, others only 96372: a warning, not an error. Only the subcutaneous/IM one fits
   * Ilaris's route; the intravenous and other 964xx codes stay errors.
   */
  adminCptPayerDependent: fact(
    { code: '96401', descriptor: 'chemotherapy or highly complex drug/biologic administration, subcutaneous or intramuscular' },
    DRUG_SOURCES.cptHighlyComplex,
  ),
  placesOfService: fact<Record<string, string>>(
    { '11': 'office', '19': 'off-campus outpatient hospital', '22': 'on-campus outpatient hospital' },
    DRUG_SOURCES.placeOfService,
  ),
  wasteModifiers: fact(
    {
      discarded: 'JW',
      noneDiscarded: 'JZ',
    },
    DRUG_SOURCES.wasteModifiers,
  ),
} as const;

export interface DoseBand {
  /** lower weight in kg (exclusive unless `minInclusive`) and upper (inclusive); null = open */
  minKg: number | null;
  minInclusive?: boolean;
  maxKg: number | null;
  /** the weight band's bounds as the label states them, for messages */
  bandText: string;
  /** fixed dose in mg, or a per-kg dose */
  mg?: number;
  mgPerKg?: number;
  /** the most the label allows when up-titrated (mg, or mg/kg for a per-kg band) */
  upToMg?: number;
  upToMgPerKg?: number;
  /** an absolute cap on a per-kg dose */
  capMg?: number;
}

export interface Dosing {
  bands: DoseBand[];
  /** days between doses; null for a single dose */
  intervalDays: number | null;
  intervalText: string;
  /** single-dose indications: no retreatment sooner than this many days */
  retreatAfterDays?: number;
}

export const DOSING: Fact<Record<Indication, Dosing>> = fact(
  {
    CAPS: {
      bands: [
        { minKg: 15, minInclusive: true, maxKg: 40, bandText: '15–40 kg', mgPerKg: 2, upToMgPerKg: 3 },
        { minKg: 40, maxKg: null, bandText: 'over 40 kg', mg: 150 },
      ],
      intervalDays: 56,
      intervalText: 'every 8 weeks',
    },
    ...Object.fromEntries(
      (['FMF', 'TRAPS', 'HIDS'] as const).map((id) => [
        id,
        {
          bands: [
            { minKg: null, maxKg: 40, bandText: '40 kg or less', mgPerKg: 2, upToMgPerKg: 4 },
            { minKg: 40, maxKg: null, bandText: 'over 40 kg', mg: 150, upToMg: 300 },
          ],
          intervalDays: 28,
          intervalText: 'every 4 weeks',
        } satisfies Dosing,
      ]),
    ),
    ...Object.fromEntries(
      (['AOSD', 'SJIA'] as const).map((id) => [
        id,
        {
          bands: [{ minKg: 7.5, minInclusive: true, maxKg: null, bandText: '7.5 kg or more', mgPerKg: 4, capMg: 300 }],
          intervalDays: 28,
          intervalText: 'every 4 weeks',
        } satisfies Dosing,
      ]),
    ),
    GOUT: {
      bands: [{ minKg: null, maxKg: null, bandText: 'adults', mg: 150 }],
      intervalDays: null,
      intervalText: 'once per flare',
      retreatAfterDays: 84,
    },
  } as Record<Indication, Dosing>,
  DRUG_SOURCES.label,
);

/** Rounding allowance for a per-kg dose (doses are rounded to what a syringe can measure). */
export const DOSE_TOLERANCE = fact(0.05, { title: 'PA Preflight rounding allowance (our estimate)', confidence: 'M', proxy: true });

// ---------- labs ----------
