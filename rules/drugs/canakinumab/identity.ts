import type { DrugIdentity } from '@/lib/engine/types';

/**
 * How a request for canakinumab is recognised: its names, HCPCS J0638 ("Injection, canakinumab,
 * 1 mg", CMS), and its NDC products (labeler 00078, Novartis; products 0734 and 0582, FDA NDC
 * directory). Read on every portal page, so it holds nothing else.
 */
export const CANAKINUMAB: DrugIdentity = {
  brand: 'Ilaris',
  generic: 'canakinumab',
  hcpcs: ['J0638'],
  ndcProducts: ['000780734', '000780582'],
};
