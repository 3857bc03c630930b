import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { PROXY_NOTE } from '@/rules/cigna/ilaris/derive';
import { APPROVAL, CLINICAL } from '@/rules/cigna/ilaris/facts';

export const meta: RuleMeta = {
  id: 'continuation-benefit',
  severity: 'warning',
  category: 'priorTherapy',
  fields: [F.benefitDocumented, F.requestType],
  source: CLINICAL.continuationMonths.source,
};

export function check(form: PaForm, _ctx: RuleContext): FindingDraft[] {
  if (form.request.type?.value !== 'continuation' || form.clinical.benefitDocumented?.value !== false) return [];
  return [
    {
      field: F.benefitDocumented,
      message: `A continuation (approved for ${APPROVAL.continuationMonths.value} months at a time) needs a documented benefit after at least ${CLINICAL.continuationMonths.value} months on Ilaris ${PROXY_NOTE}; attach notes showing fewer flares or better labs.`,
    },
  ];
}
