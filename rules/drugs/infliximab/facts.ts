import type { RuleSource } from '@/lib/engine/types';
import { BASE_SOURCES } from '@/rules/base/facts';
import type { Indication } from './indications';
import { productName, type ProductId } from './products';

/** A value together with its citation. */
export interface Fact<T> {
  value: T;
  source: RuleSource;
}

export const fact = <T>(value: T, source: RuleSource): Fact<T> => ({ value, source });

/**
 * What is true of intravenous infliximab (Remicade, the unbranded Janssen infliximab and the
 * biosimilars Inflectra, Renflexis, Avsola) whatever the payer: label dosing, the 100 mg vial,
 * HCPCS codes, NDCs and billing, each with its source. A payer's pack adds its criteria.
 */

export const DRUG_SOURCES = {
  label: {
    title: 'FDA labels, Remicade and its biosimilars (DailyMed): dosage and administration',
    confidence: 'H',
  },
  boxedWarning: {
    title: 'FDA labels, infliximab products: boxed warning, test for latent TB before the first dose',
    confidence: 'H',
  },
  hcpcs: {
    title: 'CMS HCPCS J1745, Q5103, Q5104, Q5121: infliximab products, 10 mg per unit',
    confidence: 'H',
  },
  ndcRemicade: { title: 'Remicade label, How Supplied: NDC 57894-030-01, one 100 mg single-dose vial', confidence: 'H' },
  ndcDirectory: {
    title: 'FDA NDC Directory (openFDA): infliximab, Inflectra, Renflexis and Avsola 100 mg vials',
    confidence: 'H',
  },
  wasteModifiers: {
    title: 'CMS JW/JZ modifier policy for single-dose containers (Medicare)',
    confidence: 'H',
  },
  placeOfService: { title: 'CMS place-of-service code set', confidence: 'H' },
  infusionCpt: {
    title: 'CPT 96413 (+96415 each additional hour): IV infusion of a highly complex biologic such as infliximab',
    confidence: 'H',
  },
  infusionCptPayerDependent: {
    title: 'CPT 96365 (+96366) (therapeutic IV infusion) for infliximab: payer-dependent, Cigna not confirmed',
    confidence: 'M',
    proxy: true,
  },
  ndcUnitForPowder: {
    title: "Payers' NDC billing guides: UN (each vial) for a lyophilized powder vial (a convention)",
    confidence: 'M',
  },
} satisfies Record<string, RuleSource>;

// ---------- products ----------
export type { ProductId } from './products';

export interface NdcFact {
  /** 11 digits, 5-4-2, no hyphens */
  ndc11: string;
  /** 5-4-2 with hyphens */
  hyphenated: string;
  description: string;
  source: RuleSource;
}

export interface Product {
  id: ProductId;
  /** "Inflectra (infliximab-dyyb)" */
  name: string;
  /** words staff type for it ("unbranded" for the unbranded product, which "infliximab" alone does not single out); null for none */
  names: RegExp | null;
  hcpcs: string;
  descriptor: string;
  biosimilar: boolean;
  /** the 100 mg single-dose vials' NDCs, each confirmed in a source; none is listed unconfirmed */
  ndcs: readonly NdcFact[];
}

const vial = (hyphenated: string, description: string, source: RuleSource): NdcFact => ({
  ndc11: hyphenated.replace(/-/g, ''),
  hyphenated,
  description,
  source,
});

const J1745 = 'Injection, infliximab, excludes biosimilar, 10 mg';

/** A product's name, the words that name it and its code, from products.ts (the one list of them). */
function named(id: ProductId): Pick<Product, 'id' | 'name' | 'names' | 'hcpcs'> {
  const { name, words, hcpcs } = productName(id);
  return { id, name, names: words.length > 0 ? new RegExp(words.map((w) => String.raw`\b${w}\b`).join('|'), 'i') : null, hcpcs };
}

export const PRODUCTS: Fact<readonly Product[]> = fact(
  [
    {
      ...named('remicade'),
      descriptor: J1745,
      biosimilar: false,
      ndcs: [vial('57894-0030-01', 'Remicade 100 mg single-dose vial', DRUG_SOURCES.ndcRemicade)],
    },
    {
      ...named('unbranded'),
      descriptor: J1745,
      biosimilar: false,
      ndcs: [vial('57894-0160-01', 'Infliximab (unbranded Remicade) 100 mg single-dose vial', DRUG_SOURCES.ndcDirectory)],
    },
    {
      ...named('inflectra'),
      descriptor: 'Injection, infliximab-dyyb, biosimilar, (Inflectra), 10 mg',
      biosimilar: true,
      ndcs: [vial('00069-0809-01', 'Inflectra 100 mg single-dose vial', DRUG_SOURCES.ndcDirectory)],
    },
    {
      ...named('renflexis'),
      descriptor: 'Injection, infliximab-abda, biosimilar, (Renflexis), 10 mg',
      biosimilar: true,
      ndcs: [vial('78206-0162-01', 'Renflexis 100 mg single-dose vial', DRUG_SOURCES.ndcDirectory)],
    },
    {
      ...named('avsola'),
      descriptor: 'Injection, infliximab-axxq, biosimilar, (Avsola), 10 mg',
      biosimilar: true,
      ndcs: [
        vial('55513-0670-01', 'Avsola 100 mg single-dose vial', DRUG_SOURCES.ndcDirectory),
        vial('55513-0670-21', 'Avsola 100 mg single-dose vial', DRUG_SOURCES.ndcDirectory),
      ],
    },
  ],
  DRUG_SOURCES.ndcDirectory,
);

/**
 * NDCs not listed, on purpose: Ixifi (infliximab-qbtx, Q5109) is approved but not marketed in
 * the US, and Zymfentra (infliximab-dyyb for subcutaneous use) is another product with other
 * dosing; no NDC is listed here that a source found did not confirm.
 */
export const NDC_COVERAGE_NOTE = 'Only 100 mg intravenous vials confirmed in the FDA NDC directory or a label are listed.';

export const DRUG = {
  name: fact('infliximab (Remicade, Inflectra, Renflexis, Avsola)', DRUG_SOURCES.label),
  /** every product comes in 100 mg single-dose vials of lyophilized powder */
  vialSizeMg: fact(100, DRUG_SOURCES.label),
  /** every infliximab HCPCS code counts 10 mg per unit */
  mgPerUnit: fact(10, DRUG_SOURCES.hcpcs),
  ndcQuantityUnits: fact(['UN', 'ML', 'GR', 'F2', 'ME'], BASE_SOURCES.ndcBilling),
  /** a powder vial is counted in UN (each) */
  ndcQuantityUnitPreferred: fact('UN', DRUG_SOURCES.ndcUnitForPowder),
  adminCpt: fact(
    {
      code: '96413',
      descriptor: 'chemotherapy or highly complex drug/biologic administration, intravenous infusion, up to 1 hour',
      addOn: '96415',
      addOnDescriptor: 'each additional hour',
    },
    DRUG_SOURCES.infusionCpt,
  ),
  /** the therapeutic infusion codes some payers take for a biologic */
  adminCptPayerDependent: fact(
    {
      code: '96365',
      descriptor: 'intravenous infusion for therapy, prophylaxis or diagnosis, initial, up to 1 hour',
      addOn: '96366',
      addOnDescriptor: 'each additional hour',
    },
    DRUG_SOURCES.infusionCptPayerDependent,
  ),
  /** the injection code: wrong for an infusion */
  injectionCpt: fact({ code: '96372', descriptor: 'therapeutic subcutaneous or intramuscular injection' }, DRUG_SOURCES.infusionCpt),
  placesOfService: fact<Record<string, string>>(
    {
      '11': 'office',
      '12': 'home (home infusion)',
      '19': 'off-campus outpatient hospital',
      '22': 'on-campus outpatient hospital',
      '49': 'independent clinic (infusion center)',
    },
    DRUG_SOURCES.placeOfService,
  ),
  wasteModifiers: fact({ discarded: 'JW', noneDiscarded: 'JZ' }, DRUG_SOURCES.wasteModifiers),
} as const;

// ---------- dosing (FDA labels; the biosimilars carry the reference product's dosing) ----------
export interface Dosing {
  /** the label's dose in mg/kg */
  mgPerKg: number;
  /** the most the label allows (mg/kg), for patients who lose response */
  upToMgPerKg: number;
  /** the most for a patient under 18 where the label keeps the increase to adults */
  childUpToMgPerKg?: number;
  /** days between maintenance doses: the label's, and the shortest it allows */
  intervalDays: number;
  minIntervalDays: number;
  /** "at 0, 2 and 6 weeks, then every 8 weeks" */
  scheduleText: string;
  /** how the label lets the dose go up, when it does */
  increaseText: string | null;
}

const induction = (weeks: number) => `at 0, 2 and 6 weeks, then every ${weeks} weeks`;

export const DOSING: Fact<Record<Indication, Dosing>> = fact(
  {
    RA: {
      mgPerKg: 3,
      upToMgPerKg: 10,
      intervalDays: 56,
      minIntervalDays: 28,
      scheduleText: `${induction(8)}, with methotrexate`,
      increaseText: 'up to 10 mg/kg, or the same dose as often as every 4 weeks',
    },
    CD: {
      mgPerKg: 5,
      upToMgPerKg: 10,
      childUpToMgPerKg: 5,
      intervalDays: 56,
      minIntervalDays: 56,
      scheduleText: induction(8),
      increaseText: 'adults who respond and then lose response: 10 mg/kg',
    },
    UC: { mgPerKg: 5, upToMgPerKg: 5, intervalDays: 56, minIntervalDays: 56, scheduleText: induction(8), increaseText: null },
    AS: { mgPerKg: 5, upToMgPerKg: 5, intervalDays: 42, minIntervalDays: 42, scheduleText: induction(6), increaseText: null },
    PSA: { mgPerKg: 5, upToMgPerKg: 5, intervalDays: 56, minIntervalDays: 56, scheduleText: induction(8), increaseText: null },
    PSO: { mgPerKg: 5, upToMgPerKg: 5, intervalDays: 56, minIntervalDays: 56, scheduleText: induction(8), increaseText: null },
  },
  DRUG_SOURCES.label,
);

/**
 * A dose may sit this far below the label's mg/kg (doses are rounded to vials), and above the
 * largest one up to the next whole vial: our estimate of usual dose rounding, not a payer's rule.
 */
export const DOSE_ROUNDING = fact(0.1, {
  title: 'PA Preflight dose-rounding allowance: 10%, or up to the next whole vial (our estimate)',
  confidence: 'M',
  proxy: true,
});
