import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { doseDependsOnWeight, indicationFacts } from '@/rules/cigna/ilaris/derive';
import { DOSING } from '@/rules/cigna/ilaris/facts';

export const meta: RuleMeta = {
  id: 'weight-missing',
  severity: 'warning',
  category: 'patient',
  fields: [F.weight, F.weightUnit, F.dose],
  source: DOSING.source,
};

export function check(form: PaForm, ctx: RuleContext): FindingDraft[] {
  const facts = indicationFacts(ctx);
  if (!facts || !form.drug.dose || form.patient.weight) return [];
  if (!doseDependsOnWeight(facts.id)) return [];
  const { bands } = DOSING.value[facts.id];
  return [
    {
      field: F.weight,
      message: `The ${facts.label} dose depends on weight (FDA label: ${bands.map((b) => b.bandText).join(', ')}); enter the patient's current weight in kg or lb.`,
    },
  ];
}
