import type { Indication } from './indications';
import type { RuleSource } from '../../../lib/engine/types';
import { BASE_SOURCES } from '../../base/facts';

/**
 * Everything the Cigna × Ilaris rules know, once, each with where it comes from and how sure
 * we are (see ../shared/domain/ilaris-cigna.md). Rules and their messages read numbers from
 * here; nothing else states the vial size, the dose cap or the NDC list.
 */

/** A value together with its citation. */
export interface Fact<T> {
  value: T;
  source: RuleSource;
}

const fact = <T>(value: T, source: RuleSource): Fact<T> => ({ value, source });

// ---------- sources ----------
export const SOURCES = {
  label: {
    title: 'FDA label, Ilaris (DailyMed)',
    confidence: 'H',
  },
  criteriaTemplate: {
    title: 'Express-Scripts-style Ilaris criteria shared with other plans (proxy for Cigna text)',
    confidence: 'M',
    proxy: true,
  },
  anakinraProxy: {
    title: "Still's disease step therapy borrowed from anakinra criteria (proxy)",
    confidence: 'L',
    proxy: true,
  },
  patientGuides: {
    title: 'Cigna Ilaris patient/PA guides (policy IP0235, "CRP within 3 months")',
    confidence: 'L',
    proxy: true,
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
  cpt: { title: 'CPT 96372 therapeutic subcutaneous/intramuscular injection', confidence: 'H' },
  placeOfService: {
    title: 'CMS place-of-service code set',
    confidence: 'H',
  },
  fmfCode: { title: 'ICD-10-CM: FMF is M04.1; E85.0 is heredofamilial amyloidosis', confidence: 'M' },
  crpUnits: { title: 'CRP units: 1 mg/dL = 10 mg/L', confidence: 'H' },
  crpUln: { title: 'CRP upper limit of normal differs by lab (about 3–10 mg/L)', confidence: 'M', proxy: true },
  cignaForms: {
    title: 'Cigna PA request forms (drug PA fax template, Part B precert, HealthSpring web form)',
    confidence: 'M',
  },
  ndcBilling: BASE_SOURCES.ndcBilling,
  icd10cm: BASE_SOURCES.icd10cm,
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
    source: SOURCES.ndcDirectory,
  },
  {
    ndc11: '00078058261',
    hyphenated: '00078-0582-61',
    description: 'Ilaris 150 mg lyophilized powder vial (likely discontinued)',
    verified: false,
    mlPerVial: null,
    source: SOURCES.ndcLyophilized,
  },
];

export const DRUG = {
  name: fact('Ilaris (canakinumab)', SOURCES.label),
  /** one single-dose vial holds this many mg */
  vialSizeMg: fact(150, SOURCES.label),
  /** largest single dose in the label (Still's disease, periodic fevers up-titrated) */
  maxDoseMg: fact(300, SOURCES.label),
  hcpcs: fact({ code: 'J0638', descriptor: 'Injection, canakinumab, 1 mg', mgPerUnit: 1 }, SOURCES.hcpcs),
  /** unclassified drug codes staff sometimes use instead of the specific one */
  /** units of measure allowed after the NDC on a claim; never MG */
  ndcQuantityUnits: fact(['UN', 'ML', 'GR', 'F2'], SOURCES.ndcBilling),
  /** the unit of measure that fits a solution vial */
  ndcQuantityUnitPreferred: fact('ML', SOURCES.ndcBilling),
  adminCpt: fact({ code: '96372', descriptor: 'therapeutic subcutaneous or intramuscular injection' }, SOURCES.cpt),
  placesOfService: fact<Record<string, string>>(
    { '11': 'office', '19': 'off-campus outpatient hospital', '22': 'on-campus outpatient hospital' },
    SOURCES.placeOfService,
  ),
  wasteModifiers: fact(
    {
      discarded: 'JW',
      noneDiscarded: 'JZ',
      /** Cigna commercial use of JW/JZ is not confirmed: advise, don't fail */
      cignaCommercialConfirmed: false,
    },
    SOURCES.wasteModifiers,
  ),
} as const;

// ---------- diagnosis codes ----------
const leaves = (prefix: string, suffixes: string[]): string[] => suffixes.map((s) => prefix + s);

/** Sites with laterality (right, left, unspecified) used by M08.2- and M10.-. */
const LATERAL_SITES = ['1', '2', '3', '4', '5', '6', '7'];
const lateralLeaves = (prefix: string): string[] =>
  LATERAL_SITES.flatMap((site) => leaves(`${prefix}${site}`, ['1', '2', '9']));

/** M08.2- systemic-onset JIA: the billable leaves (M08.2 and M08.21–M08.27 are headers). */
const SJIA_CODES = ['M08.20', ...lateralLeaves('M08.2'), 'M08.28', 'M08.29', 'M08.2A'];

/** M10.- gout: M10.9, and M10.0–M10.4 with site (and laterality). */
const GOUT_M10 = [
  'M10.9',
  ...['0', '1', '2', '3', '4'].flatMap((type) => [
    `M10.${type}0`,
    ...lateralLeaves(`M10.${type}`),
    `M10.${type}8`,
    `M10.${type}9`,
  ]),
];

/** M1A.- chronic gout: 7th character 0 (without tophus) or 1 (with tophus); X fills short codes. */
const GOUT_M1A = [
  ...['0', '1', '2', '3', '4'].flatMap((type) =>
    [`M1A.${type}0X`, ...lateralLeaves(`M1A.${type}`), `M1A.${type}8X`, `M1A.${type}9X`].flatMap((c) =>
      leaves(c, ['0', '1']),
    ),
  ),
  'M1A.9XX0',
  'M1A.9XX1',
];

export interface IndicationFact {
  id: Indication;
  label: string;
  /** billable ICD-10-CM codes Cigna's criteria accept for it */
  codes: readonly string[];
  /** the code to suggest when a wrong one was entered */
  suggestedCode: string;
  minAgeYears: Fact<number>;
  /** a stricter age some policy versions use; a warning, not an error */
  policyMinAgeYears?: Fact<number>;
  /** "by or in consultation with": matched against the typed specialty */
  specialties: Fact<readonly Specialty[]>;
  /** needs CRP ≥10 mg/L or ≥2× ULN */
  crpRequired: Fact<boolean> | null;
}

export type Specialty =
  | 'rheumatology'
  | 'genetics'
  | 'allergy/immunology'
  | 'dermatology'
  | 'nephrology'
  | 'gastroenterology'
  | 'oncology'
  | 'hematology';

/** Words that identify each specialty in what staff type ("Pediatric Rheumatology", "Heme/Onc"). */
export const SPECIALTY_PATTERNS: Record<Specialty, RegExp> = {
  rheumatology: /\brheum/i,
  genetics: /\bgenetic/i,
  'allergy/immunology': /\ballerg|\bimmunolog/i,
  dermatology: /\bdermatolog|\bderm\b/i,
  nephrology: /\bnephrolog/i,
  gastroenterology: /\bgastroenterolog|\bGI\b/,
  oncology: /\boncolog|\bonc\b/i,
  hematology: /\bh(a)?ematolog|\bheme?\b/i,
};

const PERIODIC_FEVER = ['rheumatology', 'genetics', 'nephrology', 'oncology', 'hematology'] as const;

export const INDICATIONS: Record<Indication, IndicationFact> = {
  CAPS: {
    id: 'CAPS',
    label: 'CAPS (FCAS, MWS)',
    codes: ['M04.2'],
    suggestedCode: 'M04.2',
    minAgeYears: fact(4, SOURCES.label),
    specialties: fact(['rheumatology', 'genetics', 'allergy/immunology', 'dermatology'], SOURCES.criteriaTemplate),
    crpRequired: null,
  },
  FMF: {
    id: 'FMF',
    label: 'familial Mediterranean fever (FMF)',
    codes: ['M04.1'],
    suggestedCode: 'M04.1',
    minAgeYears: fact(2, SOURCES.label),
    specialties: fact([...PERIODIC_FEVER, 'gastroenterology'], SOURCES.criteriaTemplate),
    crpRequired: fact(true, SOURCES.criteriaTemplate),
  },
  TRAPS: {
    id: 'TRAPS',
    label: 'TNF receptor associated periodic syndrome (TRAPS)',
    codes: ['M04.1'],
    suggestedCode: 'M04.1',
    minAgeYears: fact(2, SOURCES.label),
    specialties: fact(PERIODIC_FEVER, SOURCES.criteriaTemplate),
    crpRequired: fact(true, SOURCES.criteriaTemplate),
  },
  HIDS: {
    id: 'HIDS',
    label: 'hyperimmunoglobulin D syndrome / mevalonate kinase deficiency (HIDS/MKD)',
    codes: ['M04.1'],
    suggestedCode: 'M04.1',
    minAgeYears: fact(2, SOURCES.label),
    specialties: fact(PERIODIC_FEVER, { ...SOURCES.criteriaTemplate, confidence: 'L' }),
    crpRequired: fact(true, { ...SOURCES.criteriaTemplate, confidence: 'L' }),
  },
  AOSD: {
    id: 'AOSD',
    label: "Still's disease (adult-onset, AOSD)",
    codes: ['M06.1'],
    suggestedCode: 'M06.1',
    minAgeYears: fact(2, SOURCES.label),
    policyMinAgeYears: fact(18, { ...SOURCES.criteriaTemplate, confidence: 'L' }),
    specialties: fact(['rheumatology'], SOURCES.criteriaTemplate),
    crpRequired: fact(true, SOURCES.patientGuides),
  },
  SJIA: {
    id: 'SJIA',
    label: "Still's disease (systemic JIA, SJIA)",
    codes: SJIA_CODES,
    suggestedCode: 'M08.20',
    minAgeYears: fact(2, SOURCES.label),
    specialties: fact(['rheumatology'], SOURCES.criteriaTemplate),
    crpRequired: fact(true, SOURCES.patientGuides),
  },
  GOUT: {
    id: 'GOUT',
    label: 'gout flares',
    codes: [...GOUT_M10, ...GOUT_M1A],
    suggestedCode: 'M10.9',
    minAgeYears: fact(18, SOURCES.label),
    specialties: fact(['rheumatology'], SOURCES.criteriaTemplate),
    crpRequired: null,
  },
};

/** Codes people enter that are wrong for Ilaris, and what they actually mean. */
export const KNOWN_WRONG_CODES: Record<string, { meaning: string; instead: Indication }> = {
  'M79.3': { meaning: 'panniculitis', instead: 'AOSD' },
  'E85.0': { meaning: 'heredofamilial amyloidosis in ICD-10-CM', instead: 'FMF' },
};

/** Families Cigna excludes outright: Ilaris is not covered for rheumatoid arthritis. */
export const EXCLUDED_CODE_PREFIXES: { prefix: string; meaning: string; source: RuleSource }[] = [
  { prefix: 'M05', meaning: 'rheumatoid arthritis', source: SOURCES.criteriaTemplate },
  { prefix: 'M06.0', meaning: 'rheumatoid arthritis', source: SOURCES.criteriaTemplate },
  { prefix: 'M06.8', meaning: 'rheumatoid arthritis', source: SOURCES.criteriaTemplate },
  { prefix: 'M06.9', meaning: 'rheumatoid arthritis', source: SOURCES.criteriaTemplate },
];

/**
 * Code families that name an indication even when the code itself is incomplete or wrong, for
 * inferring the indication; the first indication is the one assumed without a choice (M04.1 →
 * FMF). E85.0 is what one patient guide gives for FMF (wrong for US claims).
 */
export const INDICATION_CODE_FAMILIES = fact<readonly (readonly [string, readonly Indication[]])[]>(
  [
    ['M04.1', ['FMF', 'TRAPS', 'HIDS']],
    ['M04.2', ['CAPS']],
    ['M06.1', ['AOSD']],
    ['M08.2', ['SJIA']],
    ['M10', ['GOUT']],
    ['M1A', ['GOUT']],
    ['E85.0', ['FMF']],
  ],
  SOURCES.icd10cm,
);

// ---------- dosing (FDA label) ----------
/** One weight band of the label: a fixed dose or mg/kg, with an upper limit when up-titrated. */
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
  SOURCES.label,
);

/** Rounding allowance for a per-kg dose (doses are rounded to what a syringe can measure). */
export const DOSE_TOLERANCE = fact(0.05, { title: 'PA Preflight rounding allowance (our estimate)', confidence: 'M', proxy: true });

// ---------- labs ----------
export const CRP = {
  thresholdMgL: fact(10, SOURCES.criteriaTemplate),
  ulnMultiple: fact(2, SOURCES.criteriaTemplate),
  mgLPerMgDl: fact(10, SOURCES.crpUnits),
  /** a CRP above this in mg/dL (300 mg/L) is rare enough that mg/L was probably meant */
  implausibleMgDl: fact(30, { ...SOURCES.crpUnits, confidence: 'M', proxy: true }),
} as const;

// ---------- step therapy and clinical criteria ----------
export const STEP_THERAPY = {
  /** FMF: colchicine tried (unless contraindicated) and continued */
  fmfColchicine: fact(true, SOURCES.criteriaTemplate),
  /** Still's: a corticosteroid and a conventional DMARD for at least this many months */
  stillsDmardMonths: fact(2, SOURCES.anakinraProxy),
} as const;

export const CLINICAL = {
  /** FMF: at least one flare a month despite colchicine (read as 6 in 6 months), or a hospitalization */
  fmfFlaresPer6Months: fact(6, SOURCES.criteriaTemplate),
  /** TRAPS (and HIDS, proxy): at least 6 flares a year, or a hospitalization */
  trapsFlaresPer12Months: fact(6, SOURCES.criteriaTemplate),
  /** gout: at least 3 flares in 12 months */
  goutFlaresPer12Months: fact(3, SOURCES.criteriaTemplate),
  /** gout: on or starting urate-lowering therapy */
  goutUrateLowering: fact(true, SOURCES.criteriaTemplate),
  /** continuation: at least this many months on therapy with a documented benefit */
  continuationMonths: fact(6, SOURCES.criteriaTemplate),
} as const;

export const APPROVAL = {
  continuationMonths: fact(12, SOURCES.criteriaTemplate),
} as const;

/** Drug names that count for each step-therapy class (brand and generic, lower case stems). */
export const DRUG_CLASSES = {
  colchicine: /\bcolchic|\bcolcrys|\bmitigare|\bgloperba/i,
  nsaid: /\bnsaids?\b|naproxen|ibuprofen|indometh?acin|meloxicam|celecoxib|diclofenac|ketorolac|etodolac|nabumetone|piroxicam|sulindac|aleve|advil|motrin|celebrex|mobic/i,
  corticosteroid: /\b(cortico)?steroids?\b|prednis|methylpred|medrol|dexameth|hydrocortisone|triamcinolone|kenalog|solu-?medrol/i,
  dmard: /\bdmards?\b|methotrexate|\bmtx\b|leflunomide|arava|sulfasalazine|azulfidine|hydroxychloroquine|plaquenil|azathioprine|cyclosporin|tacrolimus|mycophenol/i,
} as const;

/** A class name alone ("NSAIDs", "DMARD", "steroids") is not a drug a reviewer can verify. */
export const CLASS_ONLY = /^\s*(failed\s+|tried\s+)?(nsaids?|dmards?|(cortico)?steroids?|biologics?|antibiotics?|pain\s*meds?)\s*\.?\s*$/i;
