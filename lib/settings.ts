import { CRP_ULN_MAX_MG_L, CRP_WINDOW_LIMITS, DEFAULT_SETTINGS, resolveSettings } from './engine/settings';
import type { Settings } from './engine/types';
import { SETTINGS_KEY } from './messages';
import { parseCount } from './parse/number';
import { parseQuantity, toMgPerL } from './parse/quantity';
import { fail, ok, type Parsed } from './parse/result';

/**
 * User settings in `storage.local` under `settings`: settings only, never patient data. Free of
 * zod so the content script can import it: it reads the same key and checks what it finds with
 * `resolveSettings`, and `settingsFromChange` turns a `storage.onChanged` event into new settings,
 * which is how a change on the options page reaches open tabs at once.
 */

export { CRP_ULN_MAX_MG_L, CRP_WINDOW_LIMITS, DEFAULT_SETTINGS, resolveSettings, SETTINGS_KEY };

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
