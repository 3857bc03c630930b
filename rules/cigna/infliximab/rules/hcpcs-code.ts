import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { hcpcsOf } from '@/lib/engine/applicability';
import { F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { UNCLASSIFIED_HCPCS } from '@/rules/base/facts';
import { infliximabHcpcs, requestedProduct, typed } from '@/rules/cigna/infliximab/derive';
import { DRUG_SOURCES, PRODUCTS } from '@/rules/cigna/infliximab/facts';

export const meta: RuleMeta = {
  id: 'hcpcs-code',
  severity: 'error',
  category: 'coding',
  fields: [F.hcpcs],
  source: DRUG_SOURCES.hcpcs,
};

const CODES = (): string =>
  PRODUCTS.value
    .filter((p, i, all) => all.findIndex((o) => o.hcpcs === p.hcpcs) === i)
    .map((p) => `${p.hcpcs} ${p.id === 'remicade' ? 'Remicade or unbranded infliximab' : p.name.split(' ')[0]}`)
    .join(', ');

/**
 * The code is one of the infliximab codes. An unclassified or other drug's code gets the code of
 * the product the NDC or the brand names, as a fix only when that product is settled.
 */
export function check(form: PaForm, _ctx: RuleContext): FindingDraft[] {
  const hcpcs = form.drug.hcpcs;
  if (!hcpcs?.value || infliximabHcpcs(form)) return [];
  const entered = hcpcsOf(form) ?? hcpcs.value;
  const product = requestedProduct(form);
  const why = UNCLASSIFIED_HCPCS.includes(entered)
    ? `${entered} is an unclassified drug code; infliximab products have their own codes`
    : `${entered} is not an infliximab code`;
  const which = product ? ` ${product.name} is ${product.hcpcs} (${product.descriptor}).` : ` Use the product's own code: ${CODES()}.`;
  return [
    {
      field: F.hcpcs,
      message: `${typed(hcpcs)}: ${why}.${which}`,
      ...(product ? { fix: { field: F.hcpcs, value: product.hcpcs, label: `Set to ${product.hcpcs}` } } : {}),
    },
  ];
}
