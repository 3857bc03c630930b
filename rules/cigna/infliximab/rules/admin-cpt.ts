import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { typed } from '@/rules/cigna/infliximab/derive';
import { DRUG } from '@/rules/cigna/infliximab/facts';

export const meta: RuleMeta = {
  id: 'admin-cpt',
  severity: 'error',
  category: 'coding',
  fields: [F.adminCpt],
  source: DRUG.adminCpt.source,
};

/**
 * Infliximab is an intravenous infusion: CPT 96413 for the first hour (+96415 each additional
 * hour). 96372 is an injection code: an error. 96365 (+96366), the therapeutic infusion codes,
 * are taken by some payers for a biologic and Cigna's choice is not confirmed (M, proxy): an
 * info note with no fix, since changing a code the plan may want would be a guess.
 */
export function check(form: PaForm, _ctx: RuleContext): FindingDraft[] {
  const field = form.drug.adminCpt;
  if (!field?.value) return [];
  const { code, descriptor, addOn, addOnDescriptor } = DRUG.adminCpt.value;
  const entered: string[] = field.value.match(/\d{5}/g) ?? [];
  if (entered.includes(code)) return [];
  const fix = { field: F.adminCpt, value: code, label: `Set to ${code}` };
  const infusion = `CPT ${code} (${descriptor}), +${addOn} ${addOnDescriptor}`;
  const injection = DRUG.injectionCpt.value;
  if (entered.includes(injection.code)) {
    return [
      {
        field: F.adminCpt,
        message: `CPT ${injection.code} is a ${injection.descriptor}; infliximab is an intravenous infusion: ${infusion}.`,
        fix,
      },
    ];
  }
  const therapeutic = DRUG.adminCptPayerDependent.value;
  if (entered.some((c) => c === therapeutic.code || c === therapeutic.addOn)) {
    return [
      {
        field: F.adminCpt,
        severity: 'info',
        message: `CPT ${therapeutic.code} (+${therapeutic.addOn}) is the therapeutic infusion code, which some payers take for infliximab. On Cigna's commercial plans infliximab is commonly billed with ${infusion}, but this is not confirmed in Cigna's own text: keep ${therapeutic.code} if the plan asks for it.`,
      },
    ];
  }
  if (entered.length > 0 && entered.every((c) => c === addOn)) {
    return [
      { field: F.adminCpt, message: `CPT ${addOn} is an add-on for each additional hour; the infusion's first hour is CPT ${code}.`, fix },
    ];
  }
  return [{ field: F.adminCpt, message: `${typed(field)} is not the administration code for an infliximab infusion: ${infusion}.`, fix }];
}
