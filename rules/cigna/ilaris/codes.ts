import type { IndicationInference } from '@/lib/engine/types';
import { diagnosisCodePath } from '@/lib/form/fields';
import type { Field, Icd10, IsoDate, PaForm } from '@/lib/form/schema';
import { ageInYears } from '@/lib/parse/date';
import type { Indication } from './indications';
import { parseIndication, stillsUnspecified } from './indication-names';
import { INDICATION_CODE_FAMILIES, INDICATIONS, JIA_ONSET_BEFORE_AGE } from './facts';

/** Diagnosis codes against the pack's code lists: covered leaves, headers, the indication. */

const COVERED = new Map<string, Indication[]>();
for (const fact of Object.values(INDICATIONS)) {
  for (const code of fact.codes) COVERED.set(code, [...(COVERED.get(code) ?? []), fact.id]);
}
const LEAVES = [...COVERED.keys()];

/** The indications a billable code is covered for (empty when not covered). */
export const coveredFor = (code: string): Indication[] => COVERED.get(code) ?? [];

/** Known leaves under a code that is not itself one (`M08.2` → M08.20, M08.211, ...). */
export const leavesUnder = (code: string): string[] => (COVERED.has(code) ? [] : LEAVES.filter((leaf) => leaf.startsWith(code)));

/**
 * The known leaf a code runs on below (`M06.10` → M06.1, which has no subdivisions), or null:
 * such a code is not an ICD-10-CM code at all. Only the pack's own leaves are known.
 */
export const leafAbove = (code: string): string | null => LEAVES.find((leaf) => code.length > leaf.length && code.startsWith(leaf)) ?? null;

/** The indications a code points to, by family (M08.2X is still systemic JIA); the first is the one assumed. */
export const familyOf = (code: string): readonly Indication[] =>
  INDICATION_CODE_FAMILIES.value.find(([prefix]) => code.startsWith(prefix))?.[1] ?? [];

export interface CodeEntry {
  field: Field<Icd10> & { description?: string };
  /** raw path of the input it was typed in */
  path: string;
  code: Icd10;
}

/** The request's diagnosis codes that parsed, with the input each came from. */
export function parsedCodes(form: PaForm): CodeEntry[] {
  return form.diagnosis.codes.flatMap((field, i) =>
    field.value ? [{ field, path: field.path ?? diagnosisCodePath(i), code: field.value }] : [],
  );
}

/**
 * The indications a typed code points to: its family, narrowed to the one the words typed beside
 * it name ("M04.1 TRAPS" → TRAPS, where M04.1 alone covers FMF, TRAPS and HIDS).
 */
export function indicationsOf(e: CodeEntry): readonly Indication[] {
  const family = familyOf(e.code.code);
  const described = family.length > 1 && e.field.description ? parseIndication(e.field.description) : null;
  return described?.ok && family.includes(described.value) ? [described.value] : family;
}

export interface StillsReading {
  indication: 'AOSD' | 'SJIA';
  /** the Still's code that decided, or null when the age (or nothing) did */
  code: string | null;
}

/**
 * "Still's disease" without saying which: the first Still's code decides (M06.1 → adult-onset,
 * M08.2- → systemic JIA); without one, a patient younger than 16 on `on` has systemic JIA (JIA
 * begins before 16); otherwise, or without a date of birth or date, adult-onset is assumed.
 */
export function readStills(form: PaForm, on: IsoDate | null): StillsReading {
  for (const e of parsedCodes(form)) {
    const family = familyOf(e.code.code);
    if (family.includes('SJIA')) return { indication: 'SJIA', code: e.code.code };
    if (family.includes('AOSD')) return { indication: 'AOSD', code: e.code.code };
  }
  const dob = form.patient.dob?.value;
  const age = dob && on ? ageInYears(dob, on) : null;
  return { indication: age !== null && age < JIA_ONSET_BEFORE_AGE.value ? 'SJIA' : 'AOSD', code: null };
}

/** Whether the indication chosen or typed is "Still's disease" without saying which. */
export const chosenStillsUnspecified = (form: PaForm): boolean => {
  const text = form.diagnosis.indication?.value;
  return text !== undefined && stillsUnspecified(text);
};

/**
 * The indication: the one staff chose wins ("Still's disease" read by `readStills` on the
 * request or service date); else the first code that names one (M04.1 → FMF
 * unless TRAPS or HIDS is chosen or typed beside it). Other indications the codes point to are listed, so a rule
 * can report the ambiguity.
 */
export function inferIndication(form: PaForm): IndicationInference {
  const text = form.diagnosis.indication?.value;
  const parsed = text ? parseIndication(text) : null;
  const stillsOn = form.request.date?.value ?? form.request.serviceDate?.value ?? null;
  const chosen = parsed?.ok ? (chosenStillsUnspecified(form) ? readStills(form, stillsOn).indication : parsed.value) : null;
  const problem = parsed && !parsed.ok ? { problem: parsed.problem.message } : {};
  const named = parsedCodes(form)
    .map((e) => ({ code: e.code.code, indications: indicationsOf(e) }))
    .filter((e) => e.indications.length > 0);
  const unique = (list: Indication[]) => [...new Set(list)];
  if (chosen) {
    const match = named.find((e) => e.indications.includes(chosen));
    const others = named.filter((e) => !e.indications.includes(chosen)).flatMap((e) => e.indications.slice(0, 1));
    return { indication: chosen, code: match?.code ?? null, basis: 'chosen', alternatives: unique(others) };
  }
  const [first, ...rest] = named;
  if (!first) return { indication: null, code: null, basis: 'none', alternatives: [], ...problem };
  const primary = first.indications[0] ?? null;
  const alternatives = unique([...first.indications.slice(1), ...rest.flatMap((e) => e.indications.slice(0, 1))]).filter(
    (i) => i !== primary,
  );
  return { indication: primary, code: first.code, basis: 'code', alternatives, ...problem };
}
