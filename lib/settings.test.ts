import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  parseCrpUln,
  parseCrpWindow,
  resolveSettings,
  restoreDefaults,
  saveSettings,
  settingsFromChange,
} from './settings';
import { fakeLocal } from '../test/unit/fake-local';

describe('resolveSettings on what storage holds', () => {
  it('gives the defaults when nothing is stored', () => {
    expect(resolveSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(resolveSettings('corrupt')).toEqual(DEFAULT_SETTINGS);
    expect(resolveSettings([1, 2])).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields and replaces only the unusable ones', () => {
    const merged = resolveSettings({
      crpWindowDays: 'ninety',
      crpUlnMgL: 5,
      disabledRules: ['crp-date-stale', 7, 'crp-date-stale'],
      severityOverrides: { 'units-equal-mg': 'warning', 'npi-invalid': 'fatal' },
    });
    expect(merged).toEqual({
      crpWindowDays: 90,
      crpUlnMgL: 5,
      disabledRules: ['crp-date-stale'],
      severityOverrides: { 'units-equal-mg': 'warning' },
    });
  });

  it('rejects windows that are fractional or out of range, and implausible ULNs', () => {
    expect(resolveSettings({ crpWindowDays: 30.5 }).crpWindowDays).toBe(90);
    expect(resolveSettings({ crpWindowDays: 5000 }).crpWindowDays).toBe(90);
    expect(resolveSettings({ crpWindowDays: 60 }).crpWindowDays).toBe(60);
    expect(resolveSettings({ crpUlnMgL: 500 }).crpUlnMgL).toBeNull();
    expect(resolveSettings({ crpUlnMgL: -3 }).crpUlnMgL).toBeNull();
  });

  it('drops keys that are not settings', () => {
    expect(Object.keys(resolveSettings({ ...DEFAULT_SETTINGS, patientName: 'Jane Doe' }))).toEqual([
      'crpWindowDays',
      'crpUlnMgL',
      'disabledRules',
      'severityOverrides',
    ]);
  });
});

describe('storage of settings', () => {
  it('loads defaults from empty storage and what was saved afterwards', async () => {
    const local = fakeLocal();
    expect(await loadSettings(local)).toEqual(DEFAULT_SETTINGS);
    await saveSettings(local, { ...DEFAULT_SETTINGS, crpWindowDays: 60 });
    expect((await loadSettings(local)).crpWindowDays).toBe(60);
  });

  it('writes only the settings fields under the settings key', async () => {
    const local = fakeLocal();
    const sneaky = { ...DEFAULT_SETTINGS, memberId: 'U123456789' } as typeof DEFAULT_SETTINGS;
    await saveSettings(local, sneaky);
    expect(Object.keys(local.data)).toEqual(['settings']);
    expect(JSON.stringify(local.data)).not.toContain('U123456789');
  });

  it('restores the defaults by removing the stored settings', async () => {
    const local = fakeLocal({ settings: { ...DEFAULT_SETTINGS, crpWindowDays: 30 } });
    expect(await restoreDefaults(local)).toEqual(DEFAULT_SETTINGS);
    expect(local.data).toEqual({});
  });
});

describe('settingsFromChange', () => {
  it('gives the new settings when the local settings key changed', () => {
    const changes = { settings: { newValue: { ...DEFAULT_SETTINGS, crpWindowDays: 45 } } };
    expect(settingsFromChange(changes, 'local')?.crpWindowDays).toBe(45);
  });

  it('gives the defaults when the settings were removed', () => {
    expect(settingsFromChange({ settings: {} }, 'local')).toEqual(DEFAULT_SETTINGS);
  });

  it('ignores other keys and other storage areas', () => {
    expect(settingsFromChange({ other: { newValue: 1 } }, 'local')).toBeNull();
    expect(settingsFromChange({ settings: { newValue: {} } }, 'session')).toBeNull();
  });
});

describe('parseCrpWindow', () => {
  it('reads whole days', () => {
    expect(parseCrpWindow('60')).toEqual({ ok: true, value: 60 });
    expect(parseCrpWindow('120 days')).toEqual({ ok: true, value: 120 });
  });

  it('explains what is wrong with a bad window', () => {
    expect(parseCrpWindow('0')).toMatchObject({ ok: false, problem: { message: 'Enter a number of days from 1 to 730.' } });
    expect(parseCrpWindow('1,5')).toMatchObject({ ok: false, problem: { code: 'count.decimal-comma' } });
    expect(parseCrpWindow('ninety')).toMatchObject({ ok: false });
    expect(parseCrpWindow('45.5')).toMatchObject({ ok: false, problem: { code: 'count.fraction' } });
  });
});

describe('parseCrpUln', () => {
  it('reads mg/L, converts mg/dL, and treats empty as not set', () => {
    expect(parseCrpUln('5')).toEqual({ ok: true, value: 5 });
    expect(parseCrpUln('5 mg/L')).toEqual({ ok: true, value: 5 });
    expect(parseCrpUln('0.5 mg/dL')).toEqual({ ok: true, value: 5 });
    expect(parseCrpUln('  ')).toEqual({ ok: true, value: null });
  });

  it('refuses zero, huge values and the wrong kind of unit', () => {
    expect(parseCrpUln('0')).toMatchObject({ ok: false, problem: { code: 'settings.uln-range' } });
    expect(parseCrpUln('500')).toMatchObject({ ok: false, problem: { code: 'settings.uln-range' } });
    expect(parseCrpUln('5 kg')).toMatchObject({ ok: false, problem: { code: 'quantity.unit-wrong-kind' } });
  });
});
