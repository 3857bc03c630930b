import type { Settings } from './types';

/** Defaults a user can change on the options page. */
export const DEFAULT_SETTINGS: Settings = {
  // Cigna's patient guides ask for a CRP "within 3 months" (domain sheet, L): configurable.
  crpWindowDays: 90,
  // ULN differs by lab; without the lab's own range, "≥2× ULN" cannot be judged.
  crpUlnMgL: null,
  disabledRules: [],
  severityOverrides: {},
};

/** Fills what a stored or partial settings object leaves out; ignores values of the wrong type. */
export function resolveSettings(partial?: Partial<Settings>): Settings {
  const p = partial ?? {};
  const window = p.crpWindowDays;
  const uln = p.crpUlnMgL;
  return {
    crpWindowDays:
      typeof window === 'number' && Number.isFinite(window) && window > 0 ? window : DEFAULT_SETTINGS.crpWindowDays,
    crpUlnMgL: typeof uln === 'number' && Number.isFinite(uln) && uln > 0 ? uln : null,
    disabledRules: Array.isArray(p.disabledRules) ? p.disabledRules.filter((id) => typeof id === 'string') : [],
    severityOverrides:
      p.severityOverrides && typeof p.severityOverrides === 'object' ? { ...p.severityOverrides } : {},
  };
}
