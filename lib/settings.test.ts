import { describe, expect, it } from 'vitest';
import type { SettingsMigration } from './engine/settings';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  migrateStoredSettings,
  restoreDefaults,
  saveSettings,
  settingsFromChange,
} from './settings';
import { fakeLocal } from '../test/unit/fake-local';

const withWindow = (days: number) => ({ ...DEFAULT_SETTINGS, values: { 'cigna-ilaris/crpWindowDays': days } });

/** storage.local that counts its writes */
function countingLocal(initial: Record<string, unknown> = {}) {
  const local = fakeLocal(initial);
  const counted = { ...local, writes: 0 };
  counted.set = async (items) => {
    counted.writes++;
    await local.set(items);
  };
  return counted;
}

const MIGRATION: SettingsMigration = {
  ownerOf: (id) => ({ 'npi-invalid': 'base', 'crp-date-stale': 'cigna-ilaris' })[id],
  values: { crpWindowDays: 'cigna-ilaris/crpWindowDays', crpUlnMgL: 'cigna-ilaris/crpUlnMgL' },
};

describe('storage of settings', () => {
  it('loads defaults from empty storage and what was saved afterwards', async () => {
    const local = fakeLocal();
    expect(await loadSettings(local)).toEqual(DEFAULT_SETTINGS);
    await saveSettings(local, withWindow(60));
    expect(await loadSettings(local)).toEqual(withWindow(60));
  });

  it('writes only the settings fields under the settings key', async () => {
    const local = fakeLocal();
    const sneaky = { ...DEFAULT_SETTINGS, memberId: 'U123456789' } as typeof DEFAULT_SETTINGS;
    await saveSettings(local, sneaky);
    expect(Object.keys(local.data)).toEqual(['settings']);
    expect(JSON.stringify(local.data)).not.toContain('U123456789');
  });

  it('restores the defaults by removing the stored settings', async () => {
    const local = fakeLocal({ settings: withWindow(30) });
    expect(await restoreDefaults(local)).toEqual(DEFAULT_SETTINGS);
    expect(local.data).toEqual({});
  });
});

describe('settingsFromChange', () => {
  it('gives the new settings when the local settings key changed', () => {
    const changes = { settings: { newValue: withWindow(45) } };
    expect(settingsFromChange(changes, 'local')).toEqual(withWindow(45));
  });

  it('gives the defaults when the settings were removed', () => {
    expect(settingsFromChange({ settings: {} }, 'local')).toEqual(DEFAULT_SETTINGS);
  });

  it('ignores other keys and other storage areas', () => {
    expect(settingsFromChange({ other: { newValue: 1 } }, 'local')).toBeNull();
    expect(settingsFromChange({ settings: { newValue: {} } }, 'session')).toBeNull();
  });
});

describe('migrateStoredSettings', () => {
  it('rewrites settings stored before packs in the shape of today', async () => {
    const local = countingLocal({
      settings: { crpWindowDays: 60, crpUlnMgL: null, disabledRules: ['crp-date-stale'], severityOverrides: { 'npi-invalid': 'warning' } },
    });
    const expected = {
      disabledRules: ['cigna-ilaris/crp-date-stale'],
      severityOverrides: { 'base/npi-invalid': 'warning' },
      values: { 'cigna-ilaris/crpWindowDays': 60, 'cigna-ilaris/crpUlnMgL': null },
    };
    expect(await migrateStoredSettings(local, MIGRATION)).toEqual(expected);
    expect(local.data).toEqual({ settings: expected });
    expect(await loadSettings(local)).toEqual(expected);
  });

  it('leaves settings already in the shape of today untouched', async () => {
    const local = countingLocal({ settings: withWindow(45) });
    expect(await migrateStoredSettings(local, MIGRATION)).toEqual(withWindow(45));
    expect(local.writes).toBe(0);
  });

  it('writes nothing when nothing is stored, so later defaults still apply', async () => {
    const local = countingLocal();
    expect(await migrateStoredSettings(local, MIGRATION)).toEqual(DEFAULT_SETTINGS);
    expect(local.data).toEqual({});
    expect(local.writes).toBe(0);
  });
});
