import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isRawPath } from '@/lib/form/paths';
import { basePack } from './index';

const metas = basePack.rules.map((r) => r.meta);

describe('the base checks for every drug', () => {
  it('keep the public ids they had in the Ilaris pack, and add the drug identity check', () => {
    expect(metas.map((m) => m.id).sort()).toEqual(
      [
        'crp-date-future',
        'dob-invalid',
        'drug-identity-conflict',
        'icd10-invalid',
        'member-id-missing',
        'ndc-format',
        'npi-invalid',
        'value-unreadable',
      ].sort(),
    );
  });

  it.each(metas.map((m) => [m.id, m] as const))('%s: kebab-case id, raw field paths, a source, a test file', (id, m) => {
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    for (const f of m.fields) expect(isRawPath(f) || f === 'diagnosis.codes').toBe(true);
    expect(m.source.title).not.toBe('');
    expect(existsSync(join(__dirname, 'rules', `${id}.test.ts`))).toBe(true);
  });

  it('name no payer or drug in what they say (descriptions: docs.test.ts)', () => {
    for (const m of metas) expect(m.source.title).not.toMatch(/Cigna|Ilaris|canakinumab/i);
  });

  it('name only their own rules in their checklist', () => {
    const ids = new Set(metas.map((m) => m.id));
    for (const item of basePack.checklist) for (const r of item.rules ?? []) expect(ids.has(r)).toBe(true);
  });
});
