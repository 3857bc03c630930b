import type { DrugIdentity } from '@/lib/engine/types';

/**
 * How a request for an intravenous infliximab product is recognised: the reference product's
 * name and generic, the biosimilars' brand names, the four HCPCS codes (CMS: J1745 "Injection,
 * infliximab, excludes biosimilar, 10 mg"; Q5103 infliximab-dyyb (Inflectra), Q5104
 * infliximab-abda (Renflexis), Q5121 infliximab-axxq (Avsola), 10 mg each) and the NDC products
 * of the 100 mg vials (labeler and product code, FDA NDC directory). Read on every portal page,
 * so it holds nothing else; products.ts says which product each code and NDC names.
 */
export const INFLIXIMAB: DrugIdentity = {
  brand: 'Remicade',
  generic: 'infliximab',
  // "infliximab-abda" and "-axxq" read as infliximab (words are matched, hyphens split them)
  aliases: ['inflectra', 'renflexis', 'avsola'],
  // Zymfentra (infliximab-dyyb) is subcutaneous, with its own HCPCS code and label: not this pack's
  otherProducts: ['zymfentra'],
  // Inflectra's generic is Zymfentra's too: beside a readable NDC of none of the products above it
  // is not this pack's (no Zymfentra NDC is listed: none is confirmed in the pack's sources)
  sharedNames: ['infliximab-dyyb'],
  hcpcs: ['J1745', 'Q5103', 'Q5104', 'Q5121'],
  ndcProducts: ['578940030', '578940160', '000690809', '782060162', '555130670'],
};
