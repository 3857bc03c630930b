import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { typed } from '@/rules/cigna/ilaris/derive';
import { DRUG } from '@/rules/cigna/ilaris/facts';

export const meta: RuleMeta = {
  id: 'admin-cpt',
  severity: 'error',
  category: 'coding',
  fields: [F.adminCpt],
  source: DRUG.adminCpt.source,
};

/**
 * 96372 is right. The highly complex drug/biologic administration codes (964xx) are
 * payer-dependent for canakinumab: the subcutaneous/IM one (96401) is a warning, not an error;
 * the other 964xx codes name another route (intravenous, intralesional, …) and stay errors.
 */
export function check(form: PaForm, _ctx: RuleContext): FindingDraft[] {
  const field = form.drug.adminCpt;
  if (!field?.value) return [];
  const { code, descriptor } = DRUG.adminCpt.value;
  const entered = /\d{5}/.exec(field.value)?.[0] ?? field.value;
  if (entered === code) return [];
  const fix = { field: F.adminCpt, value: code, label: `Set to ${code}` };
  const complex = DRUG.adminCptPayerDependent.value;
  if (entered === complex.code) {
    return [
      {
        field: F.adminCpt,
        severity: 'warning',
        message:
          `CPT ${complex.code} (${complex.descriptor}) is payer-dependent for Ilaris: some payers take it for a biologic, ` +
          `others only CPT ${code} (${descriptor}); Cigna's rule is not confirmed. Use ${code} unless the plan asks for ${complex.code}.`,
        fix,
      },
    ];
  }
  const family = entered.startsWith(complex.code.slice(0, 3))
    ? ` Of the highly complex administration codes (${complex.code.slice(0, 3)}xx), only ${complex.code} is subcutaneous, and payers differ on it.`
    : '';
  return [
    {
      field: F.adminCpt,
      message: `${typed(field)} is not the administration code for Ilaris, a subcutaneous injection: CPT ${code} (${descriptor}).${family}`,
      fix,
    },
  ];
}
