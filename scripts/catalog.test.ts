import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cignaIlarisPack } from '../rules/cigna/ilaris';
import { CATALOG_PATH, README_PATH, renderCatalog, withReadmeCatalog } from './catalog';

describe('docs/rule-catalog.md', () => {
  const page = renderCatalog();

  it('lists every rule of the pack with its severity and source confidence', () => {
    for (const { meta } of cignaIlarisPack.rules) {
      const row = page.split('\n').find((line) => line.startsWith(`| \`${meta.id}\` |`));
      expect(row, meta.id).toBeDefined();
      expect(row).toContain(`| ${meta.severity} |`);
      expect(row).toContain(`(${meta.source.confidence})`);
      if (meta.source.proxy) expect(row?.endsWith('| yes |')).toBe(true);
    }
  });

  it('explains how to add a policy pack', () => {
    expect(page).toContain('## How to add a policy pack');
  });

  it('is up to date with the pack (run `npm run catalog` after changing a rule)', () => {
    expect(readFileSync(CATALOG_PATH, 'utf8')).toBe(page);
  });

  it("is up to date in the README's short catalog too", () => {
    const readme = readFileSync(README_PATH, 'utf8');
    expect(withReadmeCatalog(readme)).toBe(readme);
  });

  it('refuses a README without the catalog markers', () => {
    expect(() => withReadmeCatalog('# no markers')).toThrow(/catalog markers/);
  });
});
