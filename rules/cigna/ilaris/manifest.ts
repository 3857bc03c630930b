import type { PackManifest } from '../../../lib/engine/types';

/**
 * Who the pack is and how a request for Ilaris is recognised: by name, by its HCPCS code J0638,
 * by its NDC products (labeler 00078, products 0734 and 0582). Small on purpose: the content
 * script reads it on every portal page, before it loads the pack's rules.
 */
export const CIGNA_ILARIS: PackManifest = {
  id: 'cigna-ilaris',
  payer: 'Cigna',
  drug: { brand: 'Ilaris', generic: 'canakinumab', hcpcs: ['J0638'], ndcProducts: ['000780734', '000780582'] },
};
