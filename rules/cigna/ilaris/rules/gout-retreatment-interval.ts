import type { FindingDraft, RuleContext, RuleMeta } from '../../../../lib/engine/types';
import { F } from '../../../../lib/form/fields';
import type { PaForm } from '../../../../lib/form/schema';
import { daysBetween } from '../../../../lib/parse/date';
import { num, requestDate, typed } from '../derive';
import { DOSING } from '../facts';

export const meta: RuleMeta = {
  id: 'gout-retreatment-interval',
  severity: 'warning',
  category: 'priorTherapy',
  fields: [F.lastDoseDate, F.serviceDate],
  source: DOSING.source,
};

export function check(form: PaForm, ctx: RuleContext): FindingDraft[] {
  const last = form.clinical.lastDoseDate;
  const gap = DOSING.value.GOUT.retreatAfterDays;
  if (ctx.indication !== 'GOUT' || !last?.value || gap === undefined) return [];
  const on = form.request.serviceDate?.value ?? requestDate(form, ctx);
  const days = daysBetween(last.value, on);
  if (days === null || days < 0 || days >= gap) return [];
  return [
    {
      field: F.lastDoseDate,
      message: `Last dose ${typed(last)} is ${days} days before the date of service; for gout flares the FDA label allows retreatment no sooner than ${num(gap / 7)} weeks (${gap} days).`,
    },
  ];
}
