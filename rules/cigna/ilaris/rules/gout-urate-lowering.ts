import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { PROXY_NOTE } from '@/rules/cigna/ilaris/derive';
import { CLINICAL } from '@/rules/cigna/ilaris/facts';

export const meta: RuleMeta = {
  id: 'gout-urate-lowering',
  severity: 'warning',
  category: 'priorTherapy',
  fields: [F.urateLoweringTherapy],
  source: CLINICAL.goutUrateLowering.source,
};

export function check(form: PaForm, ctx: RuleContext): FindingDraft[] {
  if (ctx.indication !== 'GOUT' || form.clinical.urateLoweringTherapy?.value !== false) return [];
  return [
    {
      field: F.urateLoweringTherapy,
      message: `Gout: Cigna's criteria ask that the patient be on or starting urate-lowering therapy (e.g. allopurinol, febuxostat) ${PROXY_NOTE}; the answer is no.`,
    },
  ];
}
