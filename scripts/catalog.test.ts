import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOG_PATH, loadCatalog, README_PATH, renderCatalog, withReadmeCatalog, type CatalogPack } from './catalog';

describe('docs/rule-catalog.md', () => {
  let catalog: CatalogPack[];
  let page: string;
  beforeAll(async () => {
    catalog = await loadCatalog();
    page = renderCatalog(catalog);
  });

  it('has one table per pack, the base checks first, titled by the docs', () => {
    expect(catalog[0]?.pack.manifest.id).toBe('base');
    const titles = page.split('\n').filter((line) => line.startsWith('## ') && !line.includes('How to add'));
    expect(titles).toEqual(catalog.map((c) => `## ${c.docs.title}`));
  });

  it('lists every rule of every pack with its severity, description and source confidence', () => {
    for (const { pack, docs } of catalog) {
      // two packs may use the same rule id: look for the row in the pack's own section
      const section = page.split(`## ${docs.title}\n`)[1]?.split('\n## ')[0] ?? '';
      for (const { meta } of pack.rules) {
        const row = section.split('\n').find((line) => line.startsWith(`| \`${meta.id}\` |`));
        expect(row, meta.id).toBeDefined();
        expect(row).toContain(`| ${meta.severity} |`);
        expect(row).toContain(docs.descriptions[meta.id]);
        expect(row).toContain(`(${meta.source.confidence})`);
        if (meta.source.proxy) expect(row?.endsWith('| yes |')).toBe(true);
      }
    }
  });

  it('links the sources the docs give an address for', () => {
    for (const { docs } of catalog) {
      for (const [title, url] of Object.entries(docs.sourceUrls ?? {})) expect(page).toContain(`[${title}](${url})`);
    }
  });

  it('explains how to add a policy pack', () => {
    expect(page).toContain('## How to add a policy pack');
  });

  it('is up to date with the packs (run `npm run catalog` after changing a rule or its docs)', () => {
    expect(readFileSync(CATALOG_PATH, 'utf8')).toBe(page);
  });

  it("is up to date in the README's short catalog too", () => {
    const readme = readFileSync(README_PATH, 'utf8');
    expect(withReadmeCatalog(readme, catalog)).toBe(readme);
  });

  it('refuses a README without the catalog markers', () => {
    expect(() => withReadmeCatalog('# no markers', catalog)).toThrow(/catalog markers/);
  });
});
