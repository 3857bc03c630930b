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

/** The part of `storage.local` settings need (injected so tests can pass a fake). */
export interface SettingsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export async function loadSettings(area: SettingsArea): Promise<Settings> {
  return resolveSettings((await area.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

/** Stores exactly the settings fields, so nothing else can ride along into storage.local. */
export async function saveSettings(area: SettingsArea, settings: Settings): Promise<Settings> {
  const clean = resolveSettings(settings);
  await area.set({ [SETTINGS_KEY]: clean });
  return clean;
}

/** Removing the key (rather than writing today's defaults) lets later defaults apply. */
export async function restoreDefaults(area: SettingsArea): Promise<Settings> {
  await area.remove(SETTINGS_KEY);
  return resolveSettings(undefined);
}

/** For `storage.onChanged` listeners: the new settings when they changed, else null. */
export function settingsFromChange(
  changes: Record<string, { newValue?: unknown } | undefined>,
  areaName: string,
): Settings | null {
  const change = changes[SETTINGS_KEY];
  return areaName === 'local' && change ? resolveSettings(change.newValue) : null;
}

/**
 * Rewrites settings stored before packs had their own keys (`crp-date-stale`, `crpWindowDays`)
 * in today's shape, once; settings already in it are left alone. Returns what is stored after.
 */
export async function migrateStoredSettings(area: SettingsArea, migration: SettingsMigration): Promise<Settings> {
  const stored = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
  if (stored === undefined) return resolveSettings(undefined);
  const migrated = migrateSettings(stored, migration);
  if (JSON.stringify(migrated) !== JSON.stringify(stored)) await area.set({ [SETTINGS_KEY]: migrated });
  return migrated;
}
