import { beforeEach, describe, expect, it, vi } from 'vitest';

const { fakeBrowser, stored } = await vi.hoisted(() => import('@/test/unit/fake-browser-global'));
import type { SettingsMigration } from './engine/settings';
import { DEFAULT_SETTINGS, loadSettings, migrateStoredSettings, restoreDefaults, saveSettings, settingsFromChange } from './settings';
import { settingsItem } from './settings-item';

const withWindow = (days: number) => ({ ...DEFAULT_SETTINGS, values: { 'cigna-ilaris/crpWindowDays': days } });

beforeEach(() => fakeBrowser.reset());

/** The settings item over storage.local holding `initial`. */
async function local(initial: Record<string, unknown> = {}) {
  await fakeBrowser.storage.local.set(initial);
  return settingsItem;
}

/** The settings item, counting its writes. */
async function countingLocal(initial: Record<string, unknown> = {}) {
  const item = await local(initial);
  const counted = { ...item, writes: 0 };
  counted.setValue = async (value) => {
    counted.writes++;
    await item.setValue(value);
  };
  return counted;
}

const MIGRATION: SettingsMigration = {
  ownerOf: (id) => ({ 'npi-invalid': 'base', 'crp-date-stale': 'cigna-ilaris' })[id],
  values: { crpWindowDays: 'cigna-ilaris/crpWindowDays', crpUlnMgL: 'cigna-ilaris/crpUlnMgL' },
};

describe('storage of settings', () => {
  it('loads defaults from empty storage and what was saved afterwards', async () => {
    const item = await local();
    expect(await loadSettings(item)).toEqual(DEFAULT_SETTINGS);
    await saveSettings(item, withWindow(60));
    expect(await loadSettings(item)).toEqual(withWindow(60));
  });

  it('writes only the settings fields under the settings key', async () => {
    const item = await local();
    const sneaky = { ...DEFAULT_SETTINGS, memberId: 'U123456789' } as typeof DEFAULT_SETTINGS;
    await saveSettings(item, sneaky);
    expect(Object.keys(await stored('local'))).toEqual(['settings']);
    expect(JSON.stringify(await stored('local'))).not.toContain('U123456789');
  });

  it('restores the defaults by removing the stored settings', async () => {
    const item = await local({ settings: withWindow(30) });
    expect(await restoreDefaults(item)).toEqual(DEFAULT_SETTINGS);
    expect(await stored('local')).toEqual({});
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
    const counted = await countingLocal({
      settings: { crpWindowDays: 60, crpUlnMgL: null, disabledRules: ['crp-date-stale'], severityOverrides: { 'npi-invalid': 'warning' } },
    });
    const expected = {
      disabledRules: ['cigna-ilaris/crp-date-stale'],
      severityOverrides: { 'base/npi-invalid': 'warning' },
      values: { 'cigna-ilaris/crpWindowDays': 60, 'cigna-ilaris/crpUlnMgL': null },
    };
    expect(await migrateStoredSettings(counted, MIGRATION)).toEqual(expected);
    expect(await stored('local')).toEqual({ settings: expected });
    expect(await loadSettings(counted)).toEqual(expected);
  });

  it('leaves settings already in the shape of today untouched', async () => {
    const counted = await countingLocal({ settings: withWindow(45) });
    expect(await migrateStoredSettings(counted, MIGRATION)).toEqual(withWindow(45));
    expect(counted.writes).toBe(0);
  });

  it('writes nothing when nothing is stored, so later defaults still apply', async () => {
    const counted = await countingLocal();
    expect(await migrateStoredSettings(counted, MIGRATION)).toEqual(DEFAULT_SETTINGS);
    expect(await stored('local')).toEqual({});
    expect(counted.writes).toBe(0);
  });
});
