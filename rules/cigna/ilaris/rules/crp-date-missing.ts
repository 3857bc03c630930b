import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { crpWindowDays, isContinuation, PROXY_NOTE, typed } from '@/rules/cigna/ilaris/derive';
import { SOURCES } from '@/rules/cigna/ilaris/facts';

export const meta: RuleMeta = {
  id: 'crp-date-missing',
  severity: 'warning',
  category: 'labs',
  fields: [F.crpDate, F.crpValue],
  source: SOURCES.patientGuides,
};

export function check(form: PaForm, ctx: RuleContext): FindingDraft[] {
  const value = form.labs.crp.value;
  if (!value || form.labs.crp.date || isContinuation(form)) return [];
  return [
    {
      field: F.crpDate,
      message: `CRP ${typed(value)} has no collection date; Cigna's guides ask for a CRP drawn within ${crpWindowDays(ctx)} days of the request ${PROXY_NOTE}.`,
    },
  ];
}
