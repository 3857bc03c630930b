import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { daysBetween, formatUsDate } from '@/lib/parse/date';
import { crpWindowDays, isContinuation, PROXY_NOTE, requestDate, typed } from '@/rules/cigna/ilaris/derive';
import { SOURCES } from '@/rules/cigna/ilaris/facts';

export const meta: RuleMeta = {
  id: 'crp-date-stale',
  severity: 'warning',
  category: 'labs',
  fields: [F.crpDate, F.requestDate],
  source: SOURCES.patientGuides,
};

/** The window belongs to the initial CRP criterion; a continuation needs no qualifying CRP. */
export function check(form: PaForm, ctx: RuleContext): FindingDraft[] {
  const field = form.labs.crp.date;
  if (!field?.value || isContinuation(form)) return [];
  const onDate = requestDate(form, ctx);
  const age = daysBetween(field.value, onDate);
  const window = crpWindowDays(ctx);
  if (age === null || age <= window) return [];
  const which = form.request.date?.value ? `the request date ${formatUsDate(onDate)}` : `today (${formatUsDate(onDate)})`;
  return [
    {
      field: F.crpDate,
      message: `CRP collected ${typed(field)} is ${age} days before ${which}; Cigna's guides ask for one within ${window} days ${PROXY_NOTE}. Attach a recent result.`,
    },
  ];
}
