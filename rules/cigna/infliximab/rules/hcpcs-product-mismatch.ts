import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { infliximabHcpcs, productFromName, productsForHcpcs, readNdc, typed } from '@/rules/cigna/infliximab/derive';
import { DRUG_SOURCES } from '@/rules/cigna/infliximab/facts';

export const meta: RuleMeta = {
  id: 'hcpcs-product-mismatch',
  severity: 'error',
  category: 'coding',
  fields: [F.hcpcs, F.ndc, F.drugName],
  source: DRUG_SOURCES.hcpcs,
};

/**
 * Each infliximab product has its own code: a biosimilar's NDC under J1745 (or Remicade's under
 * a Q code) bills one product and dispenses another. Which field is wrong is settled only when
 * the drug name names the same product as one of them: then the other gets the fix.
 */
export function check(form: PaForm, _ctx: RuleContext): FindingDraft[] {
  const code = infliximabHcpcs(form);
  const ndc = readNdc(form);
  const hcpcs = form.drug.hcpcs;
  const ndcField = form.drug.ndc;
  if (!code || !ndc?.product || !hcpcs || !ndcField) return [];
  const product = ndc.product;
  if (product.hcpcs === code) return [];
  const billed = productsForHcpcs(code);
  const billedNames = billed.map((p) => p.name).join(' or ');
  const named = productFromName(form);
  const base = `${code} bills ${billedNames}, but NDC ${typed(ndcField)} is ${product.name}, billed as ${product.hcpcs}: the code must match the product given.`;
  if (named?.hcpcs === product.hcpcs) {
    return [
      {
        field: F.hcpcs,
        message: `${base} The drug name says ${named.name} too: use ${product.hcpcs}.`,
        fix: { field: F.hcpcs, value: product.hcpcs, label: `Set to ${product.hcpcs}` },
      },
    ];
  }
  const sameAsCode = named && billed.some((p) => p.id === named.id);
  const good = sameAsCode ? named.ndcs[0] : undefined;
  if (named && good) {
    return [
      {
        field: F.ndc,
        message: `${base} The drug name says ${named.name}, as the code does: its NDC is ${good.hyphenated}.`,
        fix: { field: F.ndc, value: good.hyphenated, label: `Use ${good.hyphenated}` },
      },
    ];
  }
  return [{ field: F.hcpcs, message: `${base} Check which product is given, then correct the code or the NDC.` }];
}
