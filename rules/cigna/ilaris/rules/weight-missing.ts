import type { FindingDraft, RuleContext, RuleMeta } from '../../../../lib/engine/types';
import { F } from '../../../../lib/form/fields';
import type { PaForm } from '../../../../lib/form/schema';
import { doseDependsOnWeight, indicationFacts } from '../derive';
import { DOSING } from '../facts';

export const meta: RuleMeta = {
  id: 'weight-missing',
  severity: 'warning',
  category: 'patient',
  description:
    'Once a dose is entered, the weight is there when the label dose depends on it (every indication but gout).',
  fields: [F.weight, F.weightUnit, F.dose],
  source: DOSING.source,
};

export function check(form: PaForm, ctx: RuleContext): FindingDraft[] {
  const facts = indicationFacts(ctx);
  if (!facts || !ctx.indication || !form.drug.dose || form.patient.weight) return [];
  if (!doseDependsOnWeight(ctx.indication)) return [];
  const { bands } = DOSING.value[ctx.indication];
  return [
    {
      field: F.weight,
      message: `The ${facts.label} dose depends on weight (FDA label: ${bands.map((b) => b.bandText).join(', ')}); enter the patient's current weight in kg or lb.`,
    },
  ];
}
