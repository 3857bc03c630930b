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
 * a Q code) bills one product and dispenses another, and a drug name naming one product
 * ("Inflectra") over another product's code (J1745) asks for one and bills another. Which field
 * is wrong is settled only when the drug name names the same product as the NDC or the code:
 * then the other gets the fix. The name against the code alone, or against a code and an NDC
 * that agree, settles nothing (only staff know which product is ordered): no fix, a word on
 * what to check. A fix on the code changes which product the request is for, so the pack offers
 * one only when the product is settled, as hcpcs-code does.
 */
export function check(form: PaForm, _ctx: RuleContext): FindingDraft[] {
  const code = infliximabHcpcs(form);
  const hcpcs = form.drug.hcpcs;
  if (!code || !hcpcs) return [];
  const billed = productsForHcpcs(code);
  const billedNames = billed.map((p) => p.name).join(' or ');
  const named = productFromName(form);
  const ndc = readNdc(form);
  const ndcField = form.drug.ndc;
  const product = ndc?.product;
  if (!product || !ndcField) {
    // no NDC of a product the pack knows: the name against the code
    if (!named || named.hcpcs === code) return [];
    return [
      {
        field: F.hcpcs,
        message: `${code} bills ${billedNames}, but the drug name says ${named.name}, billed as ${named.hcpcs}. Check which product is ordered: for ${named.name}, use ${named.hcpcs}; otherwise correct the drug name.`,
      },
    ];
  }
  if (product.hcpcs === code) {
    // the code and the NDC agree: the name may still name another product
    if (!named || named.hcpcs === code) return [];
    return [
      {
        field: F.drugName,
        message: `The drug name says ${named.name}, but ${code} and NDC ${typed(ndcField)} are ${product.name}. Check which product is ordered, then correct the drug name, or the code and the NDC.`,
      },
    ];
  }
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
