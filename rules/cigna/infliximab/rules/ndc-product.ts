import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { infliximabHcpcs, productFromName, productsForHcpcs, readNdc, typedNdc } from '@/rules/cigna/infliximab/derive';
import { DRUG_SOURCES, PRODUCTS } from '@/rules/cigna/infliximab/facts';

export const meta: RuleMeta = {
  id: 'ndc-product',
  severity: 'error',
  category: 'coding',
  fields: [F.ndc],
  source: DRUG_SOURCES.ndcDirectory,
};

/**
 * The NDC is one of the 100 mg vials the pack knows. A package it does not list, of a product
 * it knows, is a warning (the package may be newer than the pack). A fix is offered only when
 * the brand named and the code agree on one product with one NDC.
 */
export function check(form: PaForm, _ctx: RuleContext): FindingDraft[] {
  const field = form.drug.ndc;
  const reading = readNdc(form);
  if (!field || !reading || reading.ndc) return [];
  const named = productFromName(form);
  const byCode = productsForHcpcs(infliximabHcpcs(form));
  const product =
    named && (byCode.length === 0 || byCode.some((p) => p.id === named.id)) ? named : byCode.length === 1 ? (byCode[0] ?? null) : null;
  const only = product && product.ndcs.length === 1 ? product.ndcs[0] : undefined;
  const fix = only ? { fix: { field: F.ndc, value: only.hyphenated, label: `Use ${only.hyphenated}` } } : {};
  const ndc = typedNdc(field, reading.readings);
  if (reading.product) {
    return [
      {
        field: F.ndc,
        severity: 'warning',
        message: `${ndc} is a ${reading.product.name} package the pack does not list (${reading.product.ndcs.map((n) => n.hyphenated).join(', ')}); check the NDC on the carton.`,
        ...fix,
      },
    ];
  }
  const known = (product ? [product] : PRODUCTS.value).flatMap((p) => p.ndcs.map((n) => `${p.name.split(' (')[0]} ${n.hyphenated}`));
  return [
    {
      field: F.ndc,
      message: `${ndc} is not an infliximab 100 mg vial NDC: ${known.join(', ')}.`,
      ...fix,
    },
  ];
}
