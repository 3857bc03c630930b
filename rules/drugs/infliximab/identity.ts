import type { DrugIdentity } from '@/lib/engine/types';
import { PRODUCT_NAMES } from './products';

/**
 * How a request for an intravenous infliximab product is recognised: the reference product's
 * name and generic, the biosimilars' brand names, the four HCPCS codes and the NDC products of
 * the 100 mg vials, each product's from products.ts (which also names the product a request is
 * for, for its heading). Read on every portal page, so it holds nothing else.
 */
export const INFLIXIMAB: DrugIdentity = {
  brand: 'Remicade',
  generic: 'infliximab',
  // "infliximab-abda" and "-axxq" read as infliximab (words are matched, hyphens split them);
  // "IFX" is gastroenterology's abbreviation for infliximab
  aliases: ['inflectra', 'renflexis', 'avsola', 'ifx'],
  // Zymfentra (infliximab-dyyb) is subcutaneous, with its own HCPCS code and label: not this pack's
  otherProducts: ['zymfentra'],
  // Inflectra's generic is Zymfentra's too: beside a readable NDC of none of the products above it
  // is not this pack's (no Zymfentra NDC is listed: none is confirmed in the pack's sources)
  sharedNames: ['infliximab-dyyb'],
  hcpcs: [...new Set(PRODUCT_NAMES.map((p) => p.hcpcs))],
  ndcProducts: PRODUCT_NAMES.flatMap((p) => p.ndcProducts),
  products: PRODUCT_NAMES.map((p) => ({ title: p.name, names: p.words, hcpcs: [p.hcpcs], ndcProducts: p.ndcProducts })),
};
