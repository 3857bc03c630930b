import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { indicationOf, isContinuation } from '@/rules/cigna/infliximab/derive';
import { METHOTREXATE, SOURCES } from '@/rules/cigna/infliximab/facts';

export const meta: RuleMeta = {
  id: 'ra-methotrexate',
  severity: 'warning',
  category: 'priorTherapy',
  fields: [F.priorTherapies],
  source: SOURCES.raMethotrexate,
};

/**
 * The label gives infliximab for rheumatoid arthritis with methotrexate. Once the therapy table
 * is started on an initial RA request, it should name methotrexate (taken, or why not).
 */
export function check(form: PaForm, ctx: RuleContext): FindingDraft[] {
  if (indicationOf(ctx) !== 'RA' || isContinuation(form) || form.priorTherapies.length === 0) return [];
  const named = form.priorTherapies.some((t) => METHOTREXATE.test(t.drug?.raw ?? '') || METHOTREXATE.test(t.outcome?.raw ?? ''));
  if (named) return [];
  return [
    {
      field: F.priorTherapies,
      message:
        'The FDA label gives infliximab for rheumatoid arthritis in combination with methotrexate: list methotrexate (dose, dates, outcome), or why it is not possible, in the therapy table.',
    },
  ];
}
