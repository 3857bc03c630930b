import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { ageInYears, daysBetween, formatUsDate } from '@/lib/parse/date';
import { typed } from '@/rules/base/derive';
import { BASE_SOURCES as SOURCES } from '@/rules/base/facts';

export const meta: RuleMeta = {
  id: 'dob-invalid',
  severity: 'error',
  category: 'patient',
  fields: [F.dob],
  source: SOURCES.dataCheck,
};

const OLDEST_PLAUSIBLE = 120;

export function check(form: PaForm, ctx: RuleContext): FindingDraft[] {
  const field = form.patient.dob;
  if (!field) return [];
  if (field.problem) return [{ field: F.dob, message: `Date of birth: ${field.problem.message}` }];
  const dob = field.value;
  if (!dob) return [];
  if ((daysBetween(ctx.today, dob) ?? 0) > 0) {
    return [
      {
        field: F.dob,
        message: `Date of birth ${typed(field)} is in the future (today is ${formatUsDate(ctx.today)}); check the year.`,
      },
    ];
  }
  const age = ageInYears(dob, ctx.today);
  if (age !== null && age > OLDEST_PLAUSIBLE) {
    return [{ field: F.dob, message: `Date of birth ${typed(field)} makes the patient ${age} years old; check the year.` }];
  }
  return [];
}
