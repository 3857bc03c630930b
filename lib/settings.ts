import { DEFAULT_SETTINGS, migrateSettings, resolveSettings, type SettingsMigration } from './engine/settings';
import type { Settings } from './engine/types';
import { SETTINGS_KEY } from './messages';

/**
 * User settings in `storage.local` under `settings`: settings only, never patient data. Free of
 * zod so the content script can import it: it reads the same key and checks what it finds with
 * `resolveSettings`, and `settingsFromChange` turns a `storage.onChanged` event into new settings,
 * which is how a change on the options page reaches open tabs at once.
 */

export { DEFAULT_SETTINGS, resolveSettings, SETTINGS_KEY };

/** The part of a WXT storage item (lib/settings-item.ts) settings need: what is stored is
 *  `unknown` because an older version may have written it, and `resolveSettings` checks it. */
export interface SettingsItem {
  getValue(): Promise<unknown>;
  setValue(value: Settings): Promise<void>;
  removeValue(): Promise<void>;
}

export async function loadSettings(item: SettingsItem): Promise<Settings> {
  return resolveSettings(await item.getValue());
}

/** Stores exactly the settings fields, so nothing else can ride along into storage.local. */
export async function saveSettings(item: SettingsItem, settings: Settings): Promise<Settings> {
  const clean = resolveSettings(settings);
  await item.setValue(clean);
  return clean;
}

/** Removing the key (rather than writing today's defaults) lets later defaults apply. */
export async function restoreDefaults(item: SettingsItem): Promise<Settings> {
  await item.removeValue();
  return resolveSettings(undefined);
}

/** For `storage.onChanged` listeners: the new settings when they changed, else null. */
export function settingsFromChange(changes: Record<string, { newValue?: unknown } | undefined>, areaName: string): Settings | null {
  const change = changes[SETTINGS_KEY];
  return areaName === 'local' && change ? resolveSettings(change.newValue) : null;
}

/**
 * Rewrites settings stored before packs had their own keys (`crp-date-stale`, `crpWindowDays`)
 * in today's shape, once; settings already in it are left alone. Returns what is stored after.
 */
export async function migrateStoredSettings(item: SettingsItem, migration: SettingsMigration): Promise<Settings> {
  const stored = await item.getValue();
  if (stored === null || stored === undefined) return resolveSettings(undefined);
  const migrated = migrateSettings(stored, migration);
  if (JSON.stringify(migrated) !== JSON.stringify(stored)) await item.setValue(migrated);
  return migrated;
}
