import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { BASE_SOURCES as SOURCES } from '@/rules/base/facts';

export const meta: RuleMeta = {
  id: 'member-id-missing',
  severity: 'error',
  category: 'patient',
  fields: [F.memberId],
  source: SOURCES.paForms,
};

export function check(form: PaForm, _ctx: RuleContext): FindingDraft[] {
  const { patient } = form;
  if (patient.memberId || (!patient.name && !patient.dob)) return [];
  return [
    {
      field: F.memberId,
      message: "Enter the patient's member ID from the insurance card: without it the request cannot be matched to coverage.",
    },
  ];
}
