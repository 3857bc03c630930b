import { describe, expect, it } from 'vitest';
import { loadAll } from '@/lib/engine/registry';
import { migrateSettings } from '@/lib/engine/settings';
import type { PolicyPack } from '@/lib/engine/types';
import { REGISTRY } from './registry';
import { settingsMigration } from './settings-migration';

const BASE_IDS = ['ndc-format', 'icd10-invalid', 'crp-date-future', 'member-id-missing', 'dob-invalid', 'npi-invalid', 'value-unreadable'];

const registered = async () => settingsMigration([REGISTRY.base, ...(await loadAll(REGISTRY))]);

describe('settingsMigration of the registered packs', () => {
  it('gives the checks for every drug to the base pack', async () => {
    const migration = await registered();
    for (const id of BASE_IDS) expect(migration.ownerOf(id), id).toBe('base');
  });

  it('gives every other old rule id to Cigna × Ilaris', async () => {
    const migration = await registered();
    for (const id of ['units-equal-mg', 'crp-date-stale', 'waste-modifier', 'icd10-fmf-e850']) {
      expect(migration.ownerOf(id), id).toBe('cigna-ilaris');
    }
    expect(migration.ownerOf('no-such-rule')).toBeUndefined();
  });

  it('moves the old CRP window and upper limit into the Cigna × Ilaris values', async () => {
    const old = { crpWindowDays: 60, crpUlnMgL: 5, disabledRules: ['waste-modifier'], severityOverrides: { 'ndc-format': 'warning' } };
    expect(migrateSettings(old, await registered())).toEqual({
      disabledRules: ['cigna-ilaris/waste-modifier'],
      severityOverrides: { 'base/ndc-format': 'warning' },
      values: { 'cigna-ilaris/crpWindowDays': 60, 'cigna-ilaris/crpUlnMgL': 5 },
    });
  });

  it('lets no pack added later claim an old rule id', () => {
    const later: PolicyPack = {
      manifest: { ...REGISTRY.base.manifest, id: 'cigna-infliximab' },
      rules: [
        {
          meta: { id: 'crp-date-stale', severity: 'warning', category: 'labs', fields: [], source: { title: 'x', confidence: 'L' } },
          check: () => [],
        },
      ],
      checklist: [],
    };
    expect(settingsMigration([REGISTRY.base, later]).ownerOf('crp-date-stale')).toBeUndefined();
  });
});
