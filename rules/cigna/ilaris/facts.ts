import type { Indication } from './indications';
import type { RuleSource } from '@/lib/engine/types';
import { BASE_SOURCES, DRUG_CLASS_NAMES, type Specialty } from '@/rules/base/facts';

// the drug classes and specialties staff name, shared by every pack (rules/base/facts.ts)
export { SPECIALTY_PATTERNS, type Specialty } from '@/rules/base/facts';
import { DRUG_SOURCES, fact, type Fact } from '@/rules/drugs/canakinumab/facts';

export * from '@/rules/drugs/canakinumab/facts';

/**
 * Everything the Cigna × Ilaris rules know, once, each with where it comes from and how sure
 * we are (see ../shared/domain/ilaris-cigna.md). Rules and their messages read numbers from
 * here; nothing else states the vial size, the dose cap or the NDC list.
 */

// ---------- sources ----------
export const SOURCES = {
  ...DRUG_SOURCES,
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
  /** The US label gives TRAPS, HIDS/MKD and FMF no lower age; the 2 years come from elsewhere. */
  periodicFeverMinAge: {
    title: 'Minimum age 2 for TRAPS, HIDS/MKD and FMF: criteria template and EU labelling (proxy; the US label gives no lower age)',
    confidence: 'M',
    proxy: true,
  },
  /** "Familial Mediterranean fever" is an inclusion term under M04.1 in the tabular list. */
  fmfCode: { title: 'ICD-10-CM: FMF is M04.1; E85.0 is heredofamilial amyloidosis', confidence: 'H' },
  crpUnits: { title: 'CRP units: 1 mg/dL = 10 mg/L', confidence: 'H' },
  crpUln: { title: 'CRP upper limit of normal differs by lab (about 3–10 mg/L)', confidence: 'M', proxy: true },
  cignaForms: {
    title: 'Cigna PA request forms (drug PA fax template, Part B precert, HealthSpring web form)',
    confidence: 'M',
  },
  ndcBilling: BASE_SOURCES.ndcBilling,
  icd10cm: BASE_SOURCES.icd10cm,
} satisfies Record<string, RuleSource>;

// ---------- diagnosis codes ----------
const leaves = (prefix: string, suffixes: string[]): string[] => suffixes.map((s) => prefix + s);

/** Sites with laterality (right, left, unspecified) used by M08.2- and M10.-. */
const LATERAL_SITES = ['1', '2', '3', '4', '5', '6', '7'];
const lateralLeaves = (prefix: string): string[] => LATERAL_SITES.flatMap((site) => leaves(`${prefix}${site}`, ['1', '2', '9']));

/** M08.2- systemic-onset JIA: the billable leaves (M08.2 and M08.21–M08.27 are headers). */
const SJIA_CODES = ['M08.20', ...lateralLeaves('M08.2'), 'M08.28', 'M08.29', 'M08.2A'];

/** M10.- gout: M10.9, and M10.0–M10.4 with site (and laterality). */
const GOUT_M10 = [
  'M10.9',
  ...['0', '1', '2', '3', '4'].flatMap((type) => [`M10.${type}0`, ...lateralLeaves(`M10.${type}`), `M10.${type}8`, `M10.${type}9`]),
];

/** M1A.- chronic gout: 7th character 0 (without tophus) or 1 (with tophus); X fills short codes. */
const GOUT_M1A = [
  ...['0', '1', '2', '3', '4'].flatMap((type) =>
    [`M1A.${type}0X`, ...lateralLeaves(`M1A.${type}`), `M1A.${type}8X`, `M1A.${type}9X`].flatMap((c) => leaves(c, ['0', '1'])),
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
    minAgeYears: fact(2, SOURCES.periodicFeverMinAge),
    specialties: fact([...PERIODIC_FEVER, 'gastroenterology'], SOURCES.criteriaTemplate),
    crpRequired: fact(true, SOURCES.criteriaTemplate),
  },
  TRAPS: {
    id: 'TRAPS',
    label: 'TNF receptor associated periodic syndrome (TRAPS)',
    codes: ['M04.1'],
    suggestedCode: 'M04.1',
    minAgeYears: fact(2, SOURCES.periodicFeverMinAge),
    specialties: fact(PERIODIC_FEVER, SOURCES.criteriaTemplate),
    crpRequired: fact(true, SOURCES.criteriaTemplate),
  },
  HIDS: {
    id: 'HIDS',
    label: 'hyperimmunoglobulin D syndrome / mevalonate kinase deficiency (HIDS/MKD)',
    codes: ['M04.1'],
    suggestedCode: 'M04.1',
    minAgeYears: fact(2, SOURCES.periodicFeverMinAge),
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

/**
 * Juvenile idiopathic arthritis begins before this age (ILAR classification): "Still's disease"
 * without a code in a patient younger than this is systemic JIA, not adult-onset.
 */
export const JIA_ONSET_BEFORE_AGE = fact(16, { title: 'ILAR classification of JIA: onset before age 16', confidence: 'H' });

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
  /** Still's: a biologic tried (anakinra, tocilizumab) meets step therapy instead (L–M proxy) */
  stillsPriorBiologic: fact(true, { ...SOURCES.criteriaTemplate, confidence: 'L' }),
  /** gout retreatment (earlier Ilaris with benefit, a new flare, ≥12 weeks): no ≥3-flare, NSAID or colchicine criteria */
  goutRetreatmentPath: fact(true, SOURCES.criteriaTemplate),
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

/** The classes of drugs the step therapy counts (rules/base/facts.ts), with Still's biologics
 *  (IL-1 and IL-6 blockers) and Ilaris itself, for an earlier dose (gout retreatment). */
export const DRUG_CLASSES = {
  ...DRUG_CLASS_NAMES,
  stillsBiologic: DRUG_CLASS_NAMES.il1il6Biologic,
  ilaris: /\bilaris\b|canakinumab/i,
} as const;

/** A class name alone ("NSAIDs", "DMARD", "steroids") is not a drug a reviewer can verify. */
export const CLASS_ONLY = /^\s*(failed\s+|tried\s+)?(nsaids?|dmards?|(cortico)?steroids?|biologics?|antibiotics?|pain\s*meds?)\s*\.?\s*$/i;

/** Cigna commercial use of the JW/JZ waste modifiers is not confirmed: advise, don't fail. */
export const WASTE_MODIFIERS_CONFIRMED = fact(false, SOURCES.wasteModifiers);
