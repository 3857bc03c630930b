import { describe, expect, it } from 'vitest';
import { scriptFor, siteAccess } from '@/lib/optional-hosts';
import { OPTIONAL_SITES } from '@/rules/portals/optional-hosts';
import { fakeOptionalHosts } from '@/test/unit/fake-optional-hosts';
import { RUNTIME_CONTENT_SCRIPT, watchOptionalHosts } from './optional-hosts';

const settle = () => new Promise((r) => setTimeout(r, 5));
const site = (id: string) => OPTIONAL_SITES.find((s) => s.id === id)!;
const ids = (scripts: Map<string, unknown>) => [...scripts.keys()].sort();

describe('the background keeps registered scripts equal to the granted optional sites', () => {
  it('on start: registers granted sites and drops revoked ones', async () => {
    const fake = fakeOptionalHosts({
      granted: [...site('covermymeds').origins],
      registered: [scriptFor(site('availity'), RUNTIME_CONTENT_SCRIPT)],
    });
    watchOptionalHosts(fake.apis);
    await settle();
    expect([...fake.scripts.values()]).toEqual([scriptFor(site('covermymeds'), RUNTIME_CONTENT_SCRIPT)]);
  });

  it('when a site is allowed or revoked in the browser’s extension settings', async () => {
    const fake = fakeOptionalHosts();
    watchOptionalHosts(fake.apis);
    await settle();
    fake.grant([...site('availity').origins]);
    await settle();
    expect(ids(fake.scripts)).toEqual(['optional-site-availity']);
    fake.revoke([...site('availity').origins]);
    await settle();
    expect(ids(fake.scripts)).toEqual([]);
  });

  it('beside the options page switching sites on and off: one script per granted site, no error', async () => {
    const fake = fakeOptionalHosts({ answer: true });
    watchOptionalHosts(fake.apis); // hears onAdded/onRemoved from the options page's changes
    const page = siteAccess(OPTIONAL_SITES, fake.apis, RUNTIME_CONTENT_SCRIPT);
    await settle();
    expect(await page.enable(site('covermymeds'))).toBe(true);
    expect(await page.enable(site('availity'))).toBe(true);
    await settle();
    expect(ids(fake.scripts)).toEqual(['optional-site-availity', 'optional-site-covermymeds']);
    await page.disable(site('covermymeds'));
    await settle();
    expect(ids(fake.scripts)).toEqual(['optional-site-availity']);
  });
});

describe('the optional sites', () => {
  it('are CoverMyMeds and Availity, over https only, none of them Cigna’s portal', () => {
    expect(OPTIONAL_SITES.map((s) => [s.name, s.origins])).toEqual([
      ['CoverMyMeds', ['https://*.covermymeds.com/*']],
      ['Availity', ['https://*.availity.com/*']],
    ]);
  });
});
