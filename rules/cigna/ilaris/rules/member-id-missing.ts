import type { FindingDraft, RuleContext, RuleMeta } from '../../../../lib/engine/types';
import { F } from '../../../../lib/form/fields';
import type { PaForm } from '../../../../lib/form/schema';
import { SOURCES } from '../facts';

export const meta: RuleMeta = {
  id: 'member-id-missing',
  severity: 'error',
  category: 'patient',
  description: "The Cigna ID is entered once the patient's name or date of birth is.",
  fields: [F.memberId],
  source: SOURCES.cignaForms,
};

export function check(form: PaForm, _ctx: RuleContext): FindingDraft[] {
  const { patient } = form;
  if (patient.memberId || (!patient.name && !patient.dob)) return [];
  return [
    {
      field: F.memberId,
      message: "Enter the patient's Cigna ID from the ID card: without it the request cannot be matched to coverage.",
    },
  ];
}
