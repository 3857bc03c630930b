import { DEFAULT_SETTINGS, resolveSettings } from './engine/settings';
import type { Settings, Severity } from './engine/types';
import { SETTINGS_KEY } from './messages';
import { parseCount } from './parse/number';
import { parseQuantity, toMgPerL } from './parse/quantity';
import { fail, ok, type Parsed } from './parse/result';

/**
 * User settings in `storage.local` under `settings`: settings only, never patient data. Free of
 * zod so the content script can import it: it reads the same key and merges with
 * `mergeSettings`, and `settingsFromChange` turns a `storage.onChanged` event into new settings,
 * which is how a change on the options page reaches open tabs at once.
 */

export { DEFAULT_SETTINGS, SETTINGS_KEY };

/** The part of `storage.local` settings need (injected so tests can pass a fake). */
export interface SettingsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const isSeverity = (value: unknown): value is Severity => SEVERITIES.includes(value as Severity);

export const CRP_WINDOW_LIMITS = { min: 1, max: 730 } as const;
/** A lab's CRP upper limit of normal is a few mg/L; anything above this is a unit mix-up. */
export const CRP_ULN_MAX_MG_L = 100;

/**
 * Whatever is stored (missing, from an older version, hand-edited, corrupt) → complete settings.
 * Each field that is unusable falls back to its default; the others are kept.
 */
export function mergeSettings(stored: unknown): Settings {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return resolveSettings(undefined);
  const resolved = resolveSettings(stored as Partial<Settings>);
  const days = resolved.crpWindowDays;
  const uln = resolved.crpUlnMgL;
  return {
    crpWindowDays:
      Number.isInteger(days) && days >= CRP_WINDOW_LIMITS.min && days <= CRP_WINDOW_LIMITS.max
        ? days
        : DEFAULT_SETTINGS.crpWindowDays,
    crpUlnMgL: uln !== null && uln <= CRP_ULN_MAX_MG_L ? uln : DEFAULT_SETTINGS.crpUlnMgL,
    disabledRules: [...new Set(resolved.disabledRules)],
    severityOverrides: Object.fromEntries(
      Object.entries(resolved.severityOverrides).filter(([, severity]) => isSeverity(severity)),
    ),
  };
}

export async function loadSettings(area: SettingsArea): Promise<Settings> {
  return mergeSettings((await area.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

/** Stores exactly the settings fields, so nothing else can ride along into storage.local. */
export async function saveSettings(area: SettingsArea, settings: Settings): Promise<Settings> {
  const clean = mergeSettings(settings);
  await area.set({ [SETTINGS_KEY]: clean });
  return clean;
}

/** Removing the key (rather than writing today's defaults) lets later defaults apply. */
export async function restoreDefaults(area: SettingsArea): Promise<Settings> {
  await area.remove(SETTINGS_KEY);
  return mergeSettings(undefined);
}

/** For `storage.onChanged` listeners: the new settings when they changed, else null. */
export function settingsFromChange(
  changes: Record<string, { newValue?: unknown } | undefined>,
  areaName: string,
): Settings | null {
  const change = changes[SETTINGS_KEY];
  return areaName === 'local' && change ? mergeSettings(change.newValue) : null;
}

/** The options page's "CRP window" input: a whole number of days within the limits. */
export function parseCrpWindow(text: string): Parsed<number> {
  const days = parseCount(text, ['days', 'day', 'd']);
  if (!days.ok) return days;
  const { min, max } = CRP_WINDOW_LIMITS;
  if (days.value < min || days.value > max) {
    return fail('settings.window-range', `Enter a number of days from ${min} to ${max}.`);
  }
  return days;
}

/**
 * The options page's "CRP upper limit of normal" input, in mg/L: empty means "use the form's
 * reference range"; a value in mg/dL is converted (0.5 mg/dL = 5 mg/L).
 */
export function parseCrpUln(text: string): Parsed<number | null> {
  if (text.trim() === '') return ok(null);
  const quantity = parseQuantity(text, { units: ['mg/L', 'mg/dL'], what: 'the upper limit of normal' });
  if (!quantity.ok) return quantity;
  const mgL = quantity.value.unit === null ? quantity.value.amount : toMgPerL(quantity.value);
  if (mgL === null || mgL <= 0 || mgL > CRP_ULN_MAX_MG_L) {
    return fail('settings.uln-range', `Enter the lab's upper limit in mg/L, more than 0 and at most ${CRP_ULN_MAX_MG_L}.`);
  }
  return ok(mgL);
}
