import type { PackManifest } from '@/lib/engine/types';
import { INFLIXIMAB } from '@/rules/drugs/infliximab/identity';

/** The Cigna × infliximab pack: who it is, and the drug it checks (Remicade and its biosimilars). */
export const CIGNA_INFLIXIMAB: PackManifest = { id: 'cigna-infliximab', payer: 'Cigna', drug: INFLIXIMAB };
