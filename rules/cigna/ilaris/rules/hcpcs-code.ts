import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { typed } from '@/rules/cigna/ilaris/derive';
import { UNCLASSIFIED_HCPCS } from '@/rules/base/facts';
import { DRUG } from '@/rules/cigna/ilaris/facts';

export const meta: RuleMeta = {
  id: 'hcpcs-code',
  severity: 'error',
  category: 'coding',
  fields: [F.hcpcs],
  source: DRUG.hcpcs.source,
};

export function check(form: PaForm, _ctx: RuleContext): FindingDraft[] {
  const hcpcs = form.drug.hcpcs;
  if (!hcpcs?.value) return [];
  const { code, descriptor } = DRUG.hcpcs.value;
  // The first code-shaped token counts, so "J0638 x 280 units" passes.
  const entered = /[A-Z]\d{4}/.exec(hcpcs.value)?.[0] ?? hcpcs.value;
  if (entered === code) return [];
  const why = UNCLASSIFIED_HCPCS.includes(entered)
    ? `${entered} is an unclassified drug code; Ilaris has its own code`
    : 'Ilaris is billed as';
  return [
    {
      field: F.hcpcs,
      message: `${typed(hcpcs)}: ${why} ${code} (${descriptor}).`,
      fix: { field: F.hcpcs, value: code, label: `Set to ${code}` },
    },
  ];
}
