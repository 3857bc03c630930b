import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { dosingFor, indicationFacts, num } from '@/rules/cigna/infliximab/derive';
import { DOSING } from '@/rules/cigna/infliximab/facts';

export const meta: RuleMeta = {
  id: 'weight-missing',
  severity: 'warning',
  category: 'patient',
  fields: [F.weight, F.weightUnit, F.dose],
  source: DOSING.source,
};

/** Every infliximab dose is per kg: once a dose is entered, the weight must be there. */
export function check(form: PaForm, ctx: RuleContext): FindingDraft[] {
  if (!form.drug.dose || form.patient.weight) return [];
  const facts = indicationFacts(ctx);
  const basis = facts
    ? `the ${facts.label} dose is ${num(dosingFor(facts.id).mgPerKg)} mg/kg`
    : 'infliximab is dosed per kg of body weight';
  return [{ field: F.weight, message: `The FDA label dose depends on weight (${basis}); enter the patient's current weight in kg or lb.` }];
}
