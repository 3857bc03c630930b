import type { PackManifest } from '@/lib/engine/types';
import { CANAKINUMAB } from '@/rules/drugs/canakinumab/identity';

/** The Cigna × Ilaris pack: who it is, and the drug it checks (recognised by its identity). */
export const CIGNA_ILARIS: PackManifest = { id: 'cigna-ilaris', payer: 'Cigna', drug: CANAKINUMAB };
