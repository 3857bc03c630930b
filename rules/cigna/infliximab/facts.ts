import type { RuleSource } from '@/lib/engine/types';
import { BASE_SOURCES, METHOTREXATE_NAMES, type Specialty as AnySpecialty } from '@/rules/base/facts';
import { DRUG_SOURCES, fact, type Fact } from '@/rules/drugs/infliximab/facts';
import type { Indication } from './indications';

export * from '@/rules/drugs/infliximab/facts';

/**
 * Everything the Cigna × infliximab rules know of Cigna's criteria, once, each with its source
 * and confidence. Cigna's own infliximab coverage policy is named among the related resources of
 * its published policies, but its text was not reachable: every Cigna criterion here is a proxy
 * (other plans' infliximab policies) and says so.
 */

export const SOURCES = {
  ...DRUG_SOURCES,
  criteriaProxy: {
    title: "Other plans' infliximab criteria (eviCore by Evernorth, Aetna CPB 0341, BCBS plans): proxy for Cigna's text",
    confidence: 'M',
    proxy: true,
  },
  preferredProxy: {
    title: "Biosimilar-first steps in other plans' infliximab policies (Aetna, BCBS); Cigna's preferred products not confirmed",
    confidence: 'L',
    proxy: true,
  },
  raMethotrexate: { title: 'FDA labels, infliximab products: rheumatoid arthritis in combination with methotrexate', confidence: 'H' },
  ndcBilling: BASE_SOURCES.ndcBilling,
  icd10cm: BASE_SOURCES.icd10cm,
} satisfies Record<string, RuleSource>;

/** The specialties infliximab's indications are treated by (patterns: rules/base/facts.ts). */
export type Specialty = Extract<AnySpecialty, 'rheumatology' | 'gastroenterology' | 'dermatology'>;
export { SPECIALTY_PATTERNS } from '@/rules/base/facts';

export interface IndicationFact {
  id: Indication;
  label: string;
  /** the code to suggest when none of the request's codes fits */
  suggestedCode: string;
  minAgeYears: Fact<number>;
  specialties: Fact<readonly Specialty[]>;
}

export const INDICATIONS: Record<Indication, IndicationFact> = {
  RA: {
    id: 'RA',
    label: 'rheumatoid arthritis',
    suggestedCode: 'M06.9',
    minAgeYears: fact(18, SOURCES.label),
    specialties: fact(['rheumatology'], SOURCES.criteriaProxy),
  },
  CD: {
    id: 'CD',
    label: "Crohn's disease",
    suggestedCode: 'K50.90',
    minAgeYears: fact(6, SOURCES.label),
    specialties: fact(['gastroenterology'], SOURCES.criteriaProxy),
  },
  UC: {
    id: 'UC',
    label: 'ulcerative colitis',
    suggestedCode: 'K51.90',
    minAgeYears: fact(6, SOURCES.label),
    specialties: fact(['gastroenterology'], SOURCES.criteriaProxy),
  },
  AS: {
    id: 'AS',
    label: 'ankylosing spondylitis',
    suggestedCode: 'M45.9',
    minAgeYears: fact(18, SOURCES.label),
    specialties: fact(['rheumatology'], SOURCES.criteriaProxy),
  },
  PSA: {
    id: 'PSA',
    label: 'psoriatic arthritis',
    suggestedCode: 'L40.50',
    minAgeYears: fact(18, SOURCES.label),
    specialties: fact(['rheumatology', 'dermatology'], SOURCES.criteriaProxy),
  },
  PSO: {
    id: 'PSO',
    label: 'plaque psoriasis',
    suggestedCode: 'L40.0',
    minAgeYears: fact(18, SOURCES.label),
    specialties: fact(['dermatology'], SOURCES.criteriaProxy),
  },
};

/**
 * ICD-10-CM code families by indication, the first prefix that matches deciding (null: a code
 * in a neighbouring family that is not an infliximab indication). RA is M05.- and M06.- except
 * adult-onset Still's (M06.1) and inflammatory polyarthropathy (M06.4); AS is M45.0–M45.9, not
 * non-radiographic axial spondyloarthritis (M45.A-); PsA L40.5-; plaque psoriasis L40.0. The
 * billable leaves of M05, M06, K50 and K51 are many and not listed: a header there is left to
 * the payer, the base check reads the code's shape.
 */
export const CODE_FAMILIES = fact<readonly (readonly [string, Indication | null])[]>(
  [
    ['M06.1', null],
    ['M06.4', null],
    ['M05', 'RA'],
    ['M06', 'RA'],
    ['K50', 'CD'],
    ['K51', 'UC'],
    ['M45.A', null],
    ['M45', 'AS'],
    ['L40.5', 'PSA'],
    ['L40.0', 'PSO'],
  ],
  SOURCES.icd10cm,
);

/** Billable leaves the pack knows under a header (M45 → M45.0 … M45.9; L40.5 → L40.50 … L40.59). */
export const KNOWN_LEAVES = fact<readonly string[]>(
  [
    ...['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'].map((d) => `M45.${d}`),
    ...['0', '1', '2', '3', '4', '9'].map((d) => `L40.5${d}`),
    'L40.0',
  ],
  SOURCES.icd10cm,
);

/** Methotrexate as staff type it: the one list of its names, in rules/base/facts.ts. */
export const METHOTREXATE = METHOTREXATE_NAMES;

/** Biosimilars named in a prior-therapy row: a biosimilar tried first. */
export const BIOSIMILAR_NAMES = /inflectra|renflexis|avsola|ixifi|dyyb|abda|axxq|qbtx/i;

/** Cigna commercial use of the JW/JZ waste modifiers is not confirmed: advise, don't fail. */
export const WASTE_MODIFIERS_CONFIRMED = fact(false, SOURCES.wasteModifiers);

/** Whether a biosimilar-first step applies to the reference product (a proxy: advice only). */
export const PREFERRED_STEP = fact(true, SOURCES.preferredProxy);

/** "(proxy criterion, not Cigna's own text)" */
export const PROXY_NOTE = "(proxy criterion, not Cigna's own text)";
