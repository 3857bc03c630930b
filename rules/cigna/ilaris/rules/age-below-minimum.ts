import type { FindingDraft, RuleContext, RuleMeta } from '../../../../lib/engine/types';
import { F } from '../../../../lib/form/fields';
import type { PaForm } from '../../../../lib/form/schema';
import { ageInYears } from '../../../../lib/parse/date';
import { indicationFacts, requestDate, typed } from '../derive';
import { INDICATIONS, SOURCES } from '../facts';

export const meta: RuleMeta = {
  id: 'age-below-minimum',
  severity: 'error',
  category: 'patient',
  fields: [F.dob, F.requestDate],
  source: SOURCES.label,
};

const years = (n: number): string => (n === 1 ? '1 year' : `${n} years`);

export function check(form: PaForm, ctx: RuleContext): FindingDraft[] {
  const facts = indicationFacts(ctx);
  const field = form.patient.dob;
  if (!facts || !field?.value) return [];
  const age = ageInYears(field.value, requestDate(form, ctx));
  if (age === null) return [];
  const who = `The patient (born ${typed(field)}) is ${age < 1 ? 'under 1 year' : years(age)} old on the request date`;
  const min = facts.minAgeYears.value;
  if (age < min) {
    return [{ field: F.dob, message: `${who}; Ilaris for ${facts.label} starts at ${years(min)} (FDA label).` }];
  }
  const policyMin = facts.policyMinAgeYears;
  if (policyMin && age < policyMin.value) {
    const sjia = INDICATIONS.SJIA;
    return [
      {
        field: F.dob,
        severity: 'warning',
        message: `${who}; some Cigna policy versions require ${years(policyMin.value)} for ${facts.label} (low confidence). For a child, ${sjia.label} (${sjia.suggestedCode}) is usually the code.`,
      },
    ];
  }
  return [];
}
