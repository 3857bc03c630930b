import type { IndicationInference } from '@/lib/engine/types';
import { diagnosisCodePath } from '@/lib/form/fields';
import type { Field, Icd10, PaForm } from '@/lib/form/schema';
import { fold } from '@/lib/parse/quote';
import { CODE_FAMILIES, KNOWN_LEAVES } from './facts';
import type { Indication } from './indications';

/** Diagnosis codes and the indication: the code families of facts.ts, and the name staff choose. */

/** The indication a code's family names, or null (not an infliximab indication). */
export const familyOf = (code: string): Indication | null => CODE_FAMILIES.value.find(([prefix]) => code.startsWith(prefix))?.[1] ?? null;

/** Known billable leaves under a code that is not itself one (M45 → M45.0 … M45.9). */
export const leavesUnder = (code: string): string[] => {
  const leaves = KNOWN_LEAVES.value;
  return leaves.includes(code) ? [] : leaves.filter((leaf) => leaf.startsWith(code) && leaf !== code);
};

export interface CodeEntry {
  field: Field<Icd10>;
  path: string;
  code: Icd10;
}

/** The request's diagnosis codes that parsed, with the input each came from. */
export function parsedCodes(form: PaForm): CodeEntry[] {
  return form.diagnosis.codes.flatMap((field, i) =>
    field.value ? [{ field, path: field.path ?? diagnosisCodePath(i), code: field.value }] : [],
  );
}

/** Indication names as staff choose or type them; psoriatic arthritis before psoriasis. */
const NAMES: readonly (readonly [RegExp, Indication])[] = [
  [/\brheumatoid\b|^\s*ra\s*$/, 'RA'],
  [/\bcrohn|^\s*cd\s*$/, 'CD'],
  [/\bulcerative colitis\b|^\s*uc\s*$/, 'UC'],
  [/\bankylosing\b|^\s*as\s*$/, 'AS'],
  [/\bpsoriatic arthritis\b|^\s*psa\s*$/, 'PSA'],
  [/\bpsoriasis\b|^\s*pso\s*$/, 'PSO'],
];

/** The indication a chosen or typed name means, or null. */
export function parseIndicationName(text: string): Indication | null {
  const s = fold(text).toLowerCase().replace(/[’']/g, '');
  return NAMES.find(([pattern]) => pattern.test(s))?.[1] ?? null;
}

/**
 * The indication: the one staff chose wins; else the first code whose family names one. Other
 * indications the codes point to are listed as alternatives.
 */
export function inferIndication(form: PaForm): IndicationInference {
  const text = form.diagnosis.indication?.value;
  const chosen = text ? parseIndicationName(text) : null;
  const named = parsedCodes(form)
    .map((e) => ({ code: e.code.code, indication: familyOf(e.code.code) }))
    .filter((e): e is { code: string; indication: Indication } => e.indication !== null);
  const unique = (list: Indication[]) => [...new Set(list)];
  const problem = text && !chosen ? { problem: `"${text.trim()}" is not an indication of the infliximab labels.` } : {};
  if (chosen) {
    const match = named.find((e) => e.indication === chosen);
    const others = unique(named.filter((e) => e.indication !== chosen).map((e) => e.indication));
    return { indication: chosen, code: match?.code ?? null, basis: 'chosen', alternatives: others };
  }
  const [first, ...rest] = named;
  if (!first) return { indication: null, code: null, basis: 'none', alternatives: [], ...problem };
  const alternatives = unique(rest.map((e) => e.indication)).filter((i) => i !== first.indication);
  return { indication: first.indication, code: first.code, basis: 'code', alternatives, ...problem };
}
