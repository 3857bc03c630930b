import type { Settings, Severity } from './types';

/** Defaults a user can change on the options page. */
export const DEFAULT_SETTINGS: Settings = {
  // Cigna's patient guides ask for a CRP "within 3 months" (domain sheet, L): configurable.
  crpWindowDays: 90,
  // ULN differs by lab; without the lab's own range, "≥2× ULN" cannot be judged.
  crpUlnMgL: null,
  disabledRules: [],
  severityOverrides: {},
};

export const CRP_WINDOW_LIMITS = { min: 1, max: 730 } as const;
/** A lab's CRP upper limit of normal is a few mg/L; anything above this is a unit mix-up. */
export const CRP_ULN_MAX_MG_L = 100;

/** Most serious first, the order the options page offers them in. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const isSeverity = (value: unknown): value is Severity => SEVERITIES.includes(value as Severity);

/**
 * Whatever a caller passes or storage holds (missing, partial, from an older version,
 * hand-edited, corrupt) → complete settings. Each field that is unusable falls back to its
 * default; the others are kept; keys that are not settings are dropped.
 */
export function resolveSettings(stored?: unknown): Settings {
  const p: { [K in keyof Settings]?: unknown } =
    typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? stored : {};
  const days = typeof p.crpWindowDays === 'number' ? p.crpWindowDays : Number.NaN;
  const uln = typeof p.crpUlnMgL === 'number' ? p.crpUlnMgL : Number.NaN;
  const overrides = p.severityOverrides;
  return {
    crpWindowDays:
      Number.isInteger(days) && days >= CRP_WINDOW_LIMITS.min && days <= CRP_WINDOW_LIMITS.max
        ? days
        : DEFAULT_SETTINGS.crpWindowDays,
    crpUlnMgL: uln > 0 && uln <= CRP_ULN_MAX_MG_L ? uln : DEFAULT_SETTINGS.crpUlnMgL,
    disabledRules: Array.isArray(p.disabledRules)
      ? [...new Set(p.disabledRules.filter((id): id is string => typeof id === 'string'))]
      : [],
    severityOverrides:
      overrides && typeof overrides === 'object'
        ? Object.fromEntries(Object.entries(overrides).filter(([, severity]) => isSeverity(severity)))
        : {},
  };
}
