import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  fitsSetting,
  migrateSettings,
  packValues,
  resolveSettings,
  settingKey,
  type SettingsMigration,
} from './settings';
import type { PackSettingDef, PolicyPack } from './types';

const WINDOW: PackSettingDef = { name: 'crpWindowDays', default: 90, min: 1, max: 730, integer: true };
const ULN: PackSettingDef = { name: 'crpUlnMgL', default: null, min: 0.01, max: 100 };

const pack = (id: string, settings: PackSettingDef[]): PolicyPack => ({
  manifest: { id, payer: 'Cigna', drug: { brand: 'Ilaris', generic: 'canakinumab', hcpcs: [], ndcProducts: [] } },
  rules: [],
  checklist: [],
  settings,
});
const ILARIS = pack('cigna-ilaris', [WINDOW, ULN]);

/** As before packs: the base checks and Cigna × Ilaris's rules, and the CRP values at the top level. */
const MIGRATION: SettingsMigration = {
  ownerOf: (id) => ({ 'npi-invalid': 'base', 'crp-date-stale': 'cigna-ilaris', 'waste-modifier': 'cigna-ilaris' })[id],
  values: { crpWindowDays: 'cigna-ilaris/crpWindowDays', crpUlnMgL: 'cigna-ilaris/crpUlnMgL' },
};

describe('resolveSettings', () => {
  it('gives the defaults for nothing or something that is not settings', () => {
    expect(resolveSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(resolveSettings('corrupt')).toEqual(DEFAULT_SETTINGS);
    expect(resolveSettings([1, 2])).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps rules and values keyed by their pack', () => {
    const settings = {
      disabledRules: ['cigna-ilaris/waste-modifier'],
      severityOverrides: { 'base/ndc-format': 'warning' },
      values: { 'cigna-ilaris/crpWindowDays': 60, 'cigna-ilaris/crpUlnMgL': null },
    };
    expect(resolveSettings(settings)).toEqual(settings);
  });

  it('drops entries of the wrong kind, bare ids and unknown severities', () => {
    const s = resolveSettings({
      disabledRules: ['waste-modifier', 7, 'cigna-ilaris/waste-modifier', 'cigna-ilaris/waste-modifier'],
      severityOverrides: { 'base/npi-invalid': 'fatal', 'ndc-format': 'warning' },
      values: { 'cigna-ilaris/crpWindowDays': Number.NaN, 'cigna-ilaris/crpUlnMgL': '5', crpWindowDays: 60 },
    });
    expect(s).toEqual({ disabledRules: ['cigna-ilaris/waste-modifier'], severityOverrides: {}, values: {} });
  });

  it('drops keys that are not settings', () => {
    expect(Object.keys(resolveSettings({ ...DEFAULT_SETTINGS, patientName: 'Jane Doe' }))).toEqual([
      'disabledRules',
      'severityOverrides',
      'values',
    ]);
  });
});

describe('settingKey', () => {
  it('puts the pack id before the rule id or value name', () => {
    expect(settingKey('cigna-ilaris', 'crp-date-stale')).toBe('cigna-ilaris/crp-date-stale');
  });
});

describe('fitsSetting', () => {
  it('accepts numbers within the range, whole when the setting asks for it', () => {
    expect(fitsSetting(WINDOW, 1)).toBe(true);
    expect(fitsSetting(WINDOW, 730)).toBe(true);
    expect(fitsSetting(WINDOW, 0)).toBe(false);
    expect(fitsSetting(WINDOW, 30.5)).toBe(false);
    expect(fitsSetting(ULN, 0.5)).toBe(true);
  });

  it('accepts "not set" only for a setting whose default is not set', () => {
    expect(fitsSetting(ULN, null)).toBe(true);
    expect(fitsSetting(WINDOW, null)).toBe(false);
  });
});

describe('packValues', () => {
  it("gives the pack's defaults when nothing is stored", () => {
    expect(packValues(ILARIS, DEFAULT_SETTINGS)).toEqual({ crpWindowDays: 90, crpUlnMgL: null });
  });

  it('gives the stored values that fit', () => {
    const settings = { ...DEFAULT_SETTINGS, values: { 'cigna-ilaris/crpWindowDays': 60, 'cigna-ilaris/crpUlnMgL': 5 } };
    expect(packValues(ILARIS, settings)).toEqual({ crpWindowDays: 60, crpUlnMgL: 5 });
  });

  it("falls back to the default for a value outside the pack's range", () => {
    const values = { 'cigna-ilaris/crpWindowDays': 5000, 'cigna-ilaris/crpUlnMgL': 500 };
    expect(packValues(ILARIS, { ...DEFAULT_SETTINGS, values })).toEqual({ crpWindowDays: 90, crpUlnMgL: null });
    const fraction = { 'cigna-ilaris/crpWindowDays': 30.5 };
    expect(packValues(ILARIS, { ...DEFAULT_SETTINGS, values: fraction }).crpWindowDays).toBe(90);
    const unset = { 'cigna-ilaris/crpWindowDays': null };
    expect(packValues(ILARIS, { ...DEFAULT_SETTINGS, values: unset }).crpWindowDays).toBe(90);
  });

  it("reads only its own pack's values", () => {
    const other = pack('cigna-infliximab', [WINDOW]);
    const settings = { ...DEFAULT_SETTINGS, values: { 'cigna-ilaris/crpWindowDays': 60 } };
    expect(packValues(other, settings)).toEqual({ crpWindowDays: 90 });
  });
});

describe('migrateSettings', () => {
  it('moves bare rule ids under the pack that owns them', () => {
    const old = {
      crpWindowDays: 90,
      crpUlnMgL: null,
      disabledRules: ['crp-date-stale', 'npi-invalid'],
      severityOverrides: { 'waste-modifier': 'info' },
    };
    expect(migrateSettings(old, MIGRATION)).toMatchObject({
      disabledRules: ['cigna-ilaris/crp-date-stale', 'base/npi-invalid'],
      severityOverrides: { 'cigna-ilaris/waste-modifier': 'info' },
    });
  });

  it('moves the old top-level CRP values into the pack values', () => {
    const old = { crpWindowDays: 60, crpUlnMgL: 5, disabledRules: [], severityOverrides: {} };
    expect(migrateSettings(old, MIGRATION).values).toEqual({
      'cigna-ilaris/crpWindowDays': 60,
      'cigna-ilaris/crpUlnMgL': 5,
    });
  });

  it('drops a bare rule id no pack owns', () => {
    const old = { disabledRules: ['retired-rule', 'crp-date-stale'], severityOverrides: { 'retired-rule': 'error' } };
    const migrated = migrateSettings(old, MIGRATION);
    expect(migrated.disabledRules).toEqual(['cigna-ilaris/crp-date-stale']);
    expect(migrated.severityOverrides).toEqual({});
  });

  it('leaves settings already keyed by pack as they are', () => {
    const current = {
      disabledRules: ['cigna-ilaris/crp-date-stale'],
      severityOverrides: { 'base/npi-invalid': 'warning' },
      values: { 'cigna-ilaris/crpWindowDays': 45 },
    };
    expect(migrateSettings(current, MIGRATION)).toEqual(current);
    expect(migrateSettings(migrateSettings(current, MIGRATION), MIGRATION)).toEqual(current);
  });

  it('keeps a value already stored under its new key over the old top-level one', () => {
    const mixed = { crpWindowDays: 60, values: { 'cigna-ilaris/crpWindowDays': 45 } };
    expect(migrateSettings(mixed, MIGRATION).values).toEqual({ 'cigna-ilaris/crpWindowDays': 45 });
  });

  it('gives the defaults for something that is not settings', () => {
    expect(migrateSettings('corrupt', MIGRATION)).toEqual(DEFAULT_SETTINGS);
  });
});
