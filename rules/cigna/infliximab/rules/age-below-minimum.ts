import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { ageInYears } from '@/lib/parse/date';
import { indicationFacts, requestDate, typed } from '@/rules/cigna/infliximab/derive';
import { SOURCES } from '@/rules/cigna/infliximab/facts';

export const meta: RuleMeta = {
  id: 'age-below-minimum',
  severity: 'error',
  category: 'patient',
  fields: [F.dob, F.requestDate],
  source: SOURCES.label,
};

const years = (n: number): string => (n === 1 ? '1 year' : `${n} years`);

/** The labels give Crohn's disease and ulcerative colitis from 6 years; the other indications are for adults. */
export function check(form: PaForm, ctx: RuleContext): FindingDraft[] {
  const facts = indicationFacts(ctx);
  const field = form.patient.dob;
  if (!facts || !field?.value) return [];
  const age = ageInYears(field.value, requestDate(form, ctx));
  const min = facts.minAgeYears.value;
  if (age === null || age >= min) return [];
  const who = `The patient (born ${typed(field)}) is ${age < 1 ? 'under 1 year' : years(age)} old on the request date`;
  const whom = min >= 18 ? 'adults' : `patients ${years(min)} and older`;
  return [{ field: F.dob, message: `${who}; the FDA label gives infliximab for ${facts.label} to ${whom}.` }];
}
