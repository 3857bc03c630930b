/**
 * The intravenous infliximab products by name: what each is called, the words that name it in a
 * drug name, its HCPCS code (CMS: J1745 "Injection, infliximab, excludes biosimilar, 10 mg";
 * Q5103 infliximab-dyyb (Inflectra), Q5104 infliximab-abda (Renflexis), Q5121 infliximab-axxq
 * (Avsola), 10 mg each) and the NDC products of its 100 mg vials (labeler and product code, FDA
 * NDC directory). The one list of them: identity.ts reads it to recognise a request and name the
 * product it is for (on every portal page, so this module holds nothing else), facts.ts adds
 * each product's vials, descriptor and sources.
 */

export type ProductId = 'remicade' | 'unbranded' | 'inflectra' | 'renflexis' | 'avsola';

export interface ProductName {
  id: ProductId;
  /** "Inflectra (infliximab-dyyb)" */
  name: string;
  /** lower-case words that name it in a drug name ("inflectra", the suffix "dyyb"); the unbranded
   *  product only by that word, since "infliximab" alone does not single it out */
  words: readonly string[];
  hcpcs: string;
  /** NDC products of its 100 mg vials: the first 9 digits of the 11-digit NDC */
  ndcProducts: readonly string[];
}

export const PRODUCT_NAMES: readonly ProductName[] = [
  { id: 'remicade', name: 'Remicade (infliximab)', words: ['remicade'], hcpcs: 'J1745', ndcProducts: ['578940030'] },
  { id: 'unbranded', name: 'infliximab (unbranded, Janssen)', words: ['unbranded'], hcpcs: 'J1745', ndcProducts: ['578940160'] },
  { id: 'inflectra', name: 'Inflectra (infliximab-dyyb)', words: ['inflectra', 'dyyb'], hcpcs: 'Q5103', ndcProducts: ['000690809'] },
  { id: 'renflexis', name: 'Renflexis (infliximab-abda)', words: ['renflexis', 'abda'], hcpcs: 'Q5104', ndcProducts: ['782060162'] },
  { id: 'avsola', name: 'Avsola (infliximab-axxq)', words: ['avsola', 'axxq'], hcpcs: 'Q5121', ndcProducts: ['555130670'] },
];

/** A product's names by its id. */
export const productName = (id: ProductId): ProductName => PRODUCT_NAMES.find((p) => p.id === id) as ProductName;
