import type { PolicyPack } from '@/lib/engine/types';
import { INFLIXIMAB_CHECKLIST } from './checklist';
import { cignaInfliximabChecks } from './checks';
import { INDICATIONS } from './facts';

export { INFLIXIMAB_RULES } from './checks';

/** Cigna × infliximab: its checks (checks.ts), the audit checklist and the indications' names. */
export const cignaInfliximabPack: PolicyPack = {
  ...cignaInfliximabChecks,
  checklist: INFLIXIMAB_CHECKLIST,
  indicationLabels: Object.fromEntries(Object.values(INDICATIONS).map((f) => [f.id, f.label])),
};
