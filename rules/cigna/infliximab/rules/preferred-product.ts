import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { isContinuation, requestedProduct } from '@/rules/cigna/infliximab/derive';
import { BIOSIMILAR_NAMES, PREFERRED_STEP, PRODUCTS, PROXY_NOTE } from '@/rules/cigna/infliximab/facts';

export const meta: RuleMeta = {
  id: 'preferred-product',
  severity: 'info',
  category: 'priorTherapy',
  fields: [F.hcpcs, F.priorTherapies],
  source: PREFERRED_STEP.source,
};

/**
 * Many plans ask for a biosimilar before the reference product; which ones Cigna prefers was
 * not found, so this is advice (info) on a new request for Remicade or the unbranded infliximab
 * whose therapy table names no biosimilar tried. Users can raise it to a warning, or switch it
 * off, in the options page.
 */
export function check(form: PaForm, _ctx: RuleContext): FindingDraft[] {
  if (!PREFERRED_STEP.value || isContinuation(form)) return [];
  const product = requestedProduct(form);
  if (!product || product.biosimilar) return [];
  if (form.priorTherapies.some((t) => BIOSIMILAR_NAMES.test(t.drug?.raw ?? ''))) return [];
  const biosimilars = PRODUCTS.value.filter((p) => p.biosimilar).map((p) => `${p.name.split(' (')[0]} ${p.hcpcs}`);
  return [
    {
      field: F.hcpcs,
      message: `${product.name} is the reference product; many plans ask for a biosimilar first (${biosimilars.join(', ')}) or the reason it cannot be used ${PROXY_NOTE}. Check the plan's preferred infliximab products.`,
    },
  ];
}
