import type { PackChecks, PackSettingDef, Settings, Severity } from './types';

/** Defaults: every rule on at its own severity, every pack value at the pack's default. */
export const DEFAULT_SETTINGS: Settings = { disabledRules: [], severityOverrides: {}, values: {} };

/** Most serious first, the order the options page offers them in. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const isSeverity = (value: unknown): value is Severity => SEVERITIES.includes(value as Severity);

/** `cigna-ilaris/crp-date-stale`: rules and values are stored under their pack's id. */
export const settingKey = (packId: string, name: string): string => `${packId}/${name}`;
const isKey = (key: string): boolean => /^[a-z0-9-]+\/[A-Za-z0-9-]+$/.test(key);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Whatever a caller passes or storage holds (missing, partial, hand-edited, corrupt) → complete
 * settings. Entries that are unusable are dropped; each pack checks its own values' ranges when
 * it reads them (`packValues`).
 */
export function resolveSettings(stored?: unknown): Settings {
  const p = isRecord(stored) ? stored : {};
  const rules = Array.isArray(p.disabledRules) ? p.disabledRules : [];
  const overrides = isRecord(p.severityOverrides) ? p.severityOverrides : {};
  const values = isRecord(p.values) ? p.values : {};
  return {
    disabledRules: [...new Set(rules.filter((id): id is string => typeof id === 'string' && isKey(id)))],
    severityOverrides: Object.fromEntries(
      Object.entries(overrides).filter((e): e is [string, Severity] => isKey(e[0]) && isSeverity(e[1])),
    ),
    values: Object.fromEntries(
      Object.entries(values).filter(
        (e): e is [string, number | null] => isKey(e[0]) && (e[1] === null || (typeof e[1] === 'number' && Number.isFinite(e[1]))),
      ),
    ),
  };
}

/** Whether a number is one a pack's setting accepts. */
export function fitsSetting(def: PackSettingDef, value: number | null): boolean {
  if (value === null) return def.default === null;
  return value >= def.min && value <= def.max && (!def.integer || Number.isInteger(value));
}

/** A pack's values by name: the stored one where it fits the setting, else the default. */
export function packValues(pack: PackChecks, settings: Settings): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const def of pack.settings ?? []) {
    const stored = settings.values[settingKey(pack.manifest.id, def.name)];
    out[def.name] = stored !== undefined && fitsSetting(def, stored) ? stored : def.default;
  }
  return out;
}

/** Where settings from before packs had their own keys go. */
export interface SettingsMigration {
  /** the pack that owns a bare rule id, e.g. `crp-date-stale` → `cigna-ilaris` */
  ownerOf(ruleId: string): string | undefined;
  /** old top-level value keys → new keys, e.g. `crpWindowDays` → `cigna-ilaris/crpWindowDays` */
  values: Readonly<Record<string, string>>;
}

/**
 * Settings stored before packs (`disabledRules: ['crp-date-stale']`, `crpWindowDays: 60`) in
 * today's shape (`cigna-ilaris/crp-date-stale`, `values['cigna-ilaris/crpWindowDays']`). Keys
 * already in today's shape are kept; a bare id no pack owns is dropped.
 */
export function migrateSettings(stored: unknown, migration: SettingsMigration): Settings {
  if (!isRecord(stored)) return resolveSettings(stored);
  const qualify = (id: string): string | null => {
    if (isKey(id)) return id;
    const owner = migration.ownerOf(id);
    return owner ? settingKey(owner, id) : null;
  };
  const rules = Array.isArray(stored.disabledRules) ? stored.disabledRules : [];
  const overrides = isRecord(stored.severityOverrides) ? stored.severityOverrides : {};
  const values: Record<string, unknown> = isRecord(stored.values) ? { ...stored.values } : {};
  for (const [old, key] of Object.entries(migration.values)) {
    if (old in stored && !(key in values)) values[key] = stored[old];
  }
  return resolveSettings({
    disabledRules: rules.flatMap((id) => (typeof id === 'string' ? (qualify(id) ?? []) : [])),
    severityOverrides: Object.fromEntries(
      Object.entries(overrides).flatMap(([id, severity]) => {
        const key = qualify(id);
        return key ? [[key, severity]] : [];
      }),
    ),
    values,
  });
}
