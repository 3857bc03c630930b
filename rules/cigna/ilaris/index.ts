import type { PolicyPack } from '@/lib/engine/types';
import { ILARIS_CHECKLIST } from './checklist';
import { cignaIlarisChecks } from './checks';
import { INDICATIONS } from './facts';

export { ILARIS_RULES } from './checks';

/** Cigna × Ilaris (canakinumab): its checks (checks.ts), the audit checklist and the indications' names. */
export const cignaIlarisPack: PolicyPack = {
  ...cignaIlarisChecks,
  checklist: ILARIS_CHECKLIST,
  indicationLabels: Object.fromEntries(Object.values(INDICATIONS).map((f) => [f.id, f.label])),
};
