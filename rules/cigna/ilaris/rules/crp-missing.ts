import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { crpThresholdText, indicationFacts, isContinuation, needsCrp, PROXY_NOTE } from '@/rules/cigna/ilaris/derive';
import { SOURCES } from '@/rules/cigna/ilaris/facts';

export const meta: RuleMeta = {
  id: 'crp-missing',
  severity: 'warning',
  category: 'labs',
  fields: [F.crpValue, F.crpUnit],
  source: SOURCES.criteriaTemplate,
};

export function check(form: PaForm, ctx: RuleContext): FindingDraft[] {
  const facts = indicationFacts(ctx);
  if (!facts || !needsCrp(ctx) || form.labs.crp.value || isContinuation(form)) return [];
  return [
    {
      field: F.crpValue,
      message: `Cigna's criteria for ${facts.label} ask for a CRP of at least ${crpThresholdText()} ${PROXY_NOTE}: enter the result with its unit, collection date and the lab's reference range.`,
    },
  ];
}
