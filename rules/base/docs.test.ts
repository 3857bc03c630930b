import { describe, expect, it } from 'vitest';
import { baseDocs } from './docs';
import { basePack } from './index';

const ids = basePack.rules.map((r) => r.meta.id);

describe('the docs of the checks for every drug', () => {
  it.each(ids)('describe %s', (id) => {
    expect(baseDocs.descriptions[id]?.trim()).toBeTruthy();
  });

  it('describe no rule that does not exist', () => {
    expect(Object.keys(baseDocs.descriptions).filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('give web addresses only for sources the rules cite', () => {
    const titles = new Set(basePack.rules.map((r) => r.meta.source.title));
    for (const [title, url] of Object.entries(baseDocs.sourceUrls ?? {})) {
      expect(titles.has(title), title).toBe(true);
      expect(url).toMatch(/^https:\/\//);
    }
  });

  it('name no payer or drug in what they say', () => {
    for (const id of ids) expect(`${baseDocs.descriptions[id]}`).not.toMatch(/Cigna|Ilaris|canakinumab/i);
  });
});
