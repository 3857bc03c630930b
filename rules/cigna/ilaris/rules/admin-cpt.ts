import type { FindingDraft, RuleContext, RuleMeta } from '../../../../lib/engine/types';
import { F } from '../../../../lib/form/fields';
import type { PaForm } from '../../../../lib/form/schema';
import { typed } from '../derive';
import { DRUG } from '../facts';

export const meta: RuleMeta = {
  id: 'admin-cpt',
  severity: 'error',
  category: 'coding',
  fields: [F.adminCpt],
  source: DRUG.adminCpt.source,
};

export function check(form: PaForm, _ctx: RuleContext): FindingDraft[] {
  const field = form.drug.adminCpt;
  if (!field?.value) return [];
  const { code, descriptor } = DRUG.adminCpt.value;
  const entered = /\d{5}/.exec(field.value)?.[0] ?? field.value;
  if (entered === code) return [];
  return [
    {
      field: F.adminCpt,
      message: `${typed(field)} is not the administration code for Ilaris, a subcutaneous injection: CPT ${code} (${descriptor}).`,
      fix: { field: F.adminCpt, value: code, label: `Set to ${code}` },
    },
  ];
}
