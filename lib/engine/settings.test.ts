import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, resolveSettings } from './settings';

describe('resolveSettings', () => {
  it('gives the defaults for nothing', () => {
    expect(resolveSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.crpWindowDays).toBe(90);
    expect(DEFAULT_SETTINGS.crpUlnMgL).toBeNull();
  });

  it('keeps valid values', () => {
    const s = resolveSettings({ crpWindowDays: 60, crpUlnMgL: 5, disabledRules: ['waste-modifier'], severityOverrides: { 'ndc-format': 'warning' } });
    expect(s).toEqual({ crpWindowDays: 60, crpUlnMgL: 5, disabledRules: ['waste-modifier'], severityOverrides: { 'ndc-format': 'warning' } });
  });

  it('drops stored values of the wrong kind', () => {
    const s = resolveSettings({ crpWindowDays: Number.NaN, crpUlnMgL: -1, disabledRules: 'x' as unknown as string[] });
    expect(s.crpWindowDays).toBe(90);
    expect(s.crpUlnMgL).toBeNull();
    expect(s.disabledRules).toEqual([]);
  });
});
