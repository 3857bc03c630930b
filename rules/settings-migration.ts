import { settingKey, type SettingsMigration } from '@/lib/engine/settings';
import type { PolicyPack } from '@/lib/engine/types';
import { basePack } from './base';
import { CIGNA_ILARIS } from './cigna/ilaris/manifest';
import { CRP_ULN, CRP_WINDOW } from './cigna/ilaris/settings';

/**
 * Before packs, settings named rules by bare id and kept the CRP values at the top level. Those
 * rules are now the base checks' and Cigna × Ilaris's, so only these two packs may claim them:
 * a pack added later never inherits a choice made for another drug.
 */
const PACKS_BEFORE_REGISTRY: readonly string[] = [basePack.manifest.id, CIGNA_ILARIS.id];

const OLD_VALUES: Readonly<Record<string, string>> = {
  crpWindowDays: settingKey(CIGNA_ILARIS.id, CRP_WINDOW.name),
  crpUlnMgL: settingKey(CIGNA_ILARIS.id, CRP_ULN.name),
};

/** Where old settings go, read from the loaded packs' own rule ids rather than a list kept by hand. */
export function settingsMigration(packs: readonly PolicyPack[]): SettingsMigration {
  const owners = new Map<string, string>();
  for (const pack of packs.filter((p) => PACKS_BEFORE_REGISTRY.includes(p.manifest.id))) {
    for (const rule of pack.rules) if (!owners.has(rule.meta.id)) owners.set(rule.meta.id, pack.manifest.id);
  }
  return { ownerOf: (ruleId) => owners.get(ruleId), values: OLD_VALUES };
}
