import { hcpcsOf } from '@/lib/engine/applicability';
import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { BASE_SOURCES as SOURCES } from '@/rules/base/facts';

export const meta: RuleMeta = {
  id: 'drug-identity-conflict',
  severity: 'warning',
  category: 'coding',
  fields: [F.hcpcs, F.ndc],
  source: SOURCES.dataCheck,
};

/**
 * A request whose drug fields name two drugs: the name (or HCPCS code) says one drug, the HCPCS
 * code or NDC another drug a pack knows (a Humira request with Ilaris's NDC). No fix: only staff
 * know which drug is requested.
 */
export function check(form: PaForm, ctx: RuleContext): FindingDraft[] {
  const name = form.drug.name?.raw.trim();
  const code = hcpcsOf(form);
  return ctx.conflicts.map(({ field, drug }) => {
    const typed = field === F.hcpcs ? `HCPCS ${code ?? form.drug.hcpcs?.raw.trim() ?? ''}` : `NDC ${form.drug.ndc?.raw.trim() ?? ''}`;
    const other = field === F.ndc && code && !name ? `HCPCS ${code}` : name ? `the drug name "${name}"` : 'another field';
    return {
      field,
      message: `${typed} is ${drug}, but ${other} names another drug: check which drug this request is for.`,
    };
  });
}
