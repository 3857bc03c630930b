import { describe, expect, it } from 'vitest';
import { cignaIlarisDocs } from './docs';
import { ILARIS_RULES } from './index';

const ids = ILARIS_RULES.map((r) => r.meta.id);

describe('the Cigna × Ilaris docs', () => {
  it.each(ids)('describe %s', (id) => {
    expect(cignaIlarisDocs.descriptions[id]?.trim()).toBeTruthy();
  });

  it('describe no rule that does not exist', () => {
    expect(Object.keys(cignaIlarisDocs.descriptions).filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('give web addresses only for sources the rules cite', () => {
    const titles = new Set(ILARIS_RULES.map((r) => r.meta.source.title));
    const urls = Object.entries(cignaIlarisDocs.sourceUrls ?? {});
    expect(urls.length).toBeGreaterThan(0);
    for (const [title, url] of urls) {
      expect(titles.has(title), title).toBe(true);
      expect(url).toMatch(/^https:\/\//);
    }
  });

  it('quote the facts, not copies of them', () => {
    expect(cignaIlarisDocs.descriptions['units-equal-mg']).toContain('J0638 billing units');
    expect(cignaIlarisDocs.descriptions['ndc-quantity']).toContain('ceil(dose / 150 mg)');
  });
});
