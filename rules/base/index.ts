import type { PolicyPack } from '@/lib/engine/types';
import { baseChecks } from './checks';
import { BASE_CHECKLIST } from './checklist';

/** The base checks with their checklist, for the extension's pages, the background and scripts. */
export const basePack: PolicyPack = { ...baseChecks, checklist: BASE_CHECKLIST };
