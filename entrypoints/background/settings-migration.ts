import { loadAll } from '@/lib/engine/registry';
import { migrateStoredSettings } from '@/lib/settings';
import { settingsItem } from '@/lib/settings-item';
import { REGISTRY } from '@/rules/registry';
import { settingsMigration } from '@/rules/settings-migration';

/**
 * Settings saved before packs name rules by bare id, which today's settings drop. Rewrites them
 * in today's shape (the settings key only); open tabs hear it through storage.onChanged.
 */
export async function migrateSavedSettings(): Promise<void> {
  const packs = await loadAll(REGISTRY);
  await migrateStoredSettings(settingsItem, settingsMigration([REGISTRY.base, ...packs]));
}
