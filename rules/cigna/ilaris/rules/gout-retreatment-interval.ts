import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { daysBetween } from '@/lib/parse/date';
import { num, requestDate, typed } from '@/rules/cigna/ilaris/derive';
import { DOSING } from '@/rules/cigna/ilaris/facts';
import { lastIlarisDose } from '@/rules/cigna/ilaris/prior-therapy';

export const meta: RuleMeta = {
  id: 'gout-retreatment-interval',
  severity: 'warning',
  category: 'priorTherapy',
  fields: [F.lastDoseDate, F.serviceDate, F.priorTherapies],
  source: DOSING.source,
};

/**
 * The last dose: the last-dose date, else the latest date of an earlier Ilaris prior-therapy row.
 * A row dated only by month or year is measured from the first day it may mean, so the gap is
 * the longest it may be: the warning holds whichever day of that month or year it was. A row
 * whose stop says Ilaris is still taken ("ongoing", "present") leaves the last dose unknown:
 * the gap cannot be checked, so the warning asks for the last-dose date.
 */
export function check(form: PaForm, ctx: RuleContext): FindingDraft[] {
  const gap = DOSING.value.GOUT.retreatAfterDays;
  const last = ctx.indication === 'GOUT' ? lastIlarisDose(form) : null;
  if (!last || gap === undefined) return [];
  if (last.ongoing) {
    return [
      {
        field: F.lastDoseDate,
        message: `The earlier Ilaris course is entered as still taken (${typed(last.field)}): enter the date of the last dose; for gout flares the FDA label allows retreatment no sooner than ${num(gap / 7)} weeks (${gap} days) after it.`,
      },
    ];
  }
  if (!last.date) return [];
  const on = form.request.serviceDate?.value ?? requestDate(form, ctx);
  const days = daysBetween(last.date.first, on);
  if (days === null || days < 0 || days >= gap) return [];
  const what = last.path === F.lastDoseDate ? 'Last dose' : 'The earlier Ilaris dose';
  const atMost = last.date.precision === 'day' ? '' : 'at most ';
  return [
    {
      field: last.path,
      message: `${what} ${typed(last.field)} is ${atMost}${days} days before the date of service; for gout flares the FDA label allows retreatment no sooner than ${num(gap / 7)} weeks (${gap} days).`,
    },
  ];
}
