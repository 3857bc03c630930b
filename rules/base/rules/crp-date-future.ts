import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { daysBetween, formatUsDate } from '@/lib/parse/date';
import { typed } from '@/rules/base/derive';
import { BASE_SOURCES as SOURCES } from '@/rules/base/facts';

export const meta: RuleMeta = {
  id: 'crp-date-future',
  severity: 'error',
  category: 'labs',
  fields: [F.crpDate],
  source: SOURCES.dataCheck,
};

export function check(form: PaForm, ctx: RuleContext): FindingDraft[] {
  const field = form.labs.crp.date;
  if (!field?.value) return [];
  const ahead = daysBetween(ctx.today, field.value);
  if (ahead === null || ahead <= 0) return [];
  return [
    {
      field: F.crpDate,
      message: `CRP date ${typed(field)} is in the future (today is ${formatUsDate(ctx.today)}); check the month, day and year.`,
    },
  ];
}
