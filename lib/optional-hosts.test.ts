import { describe, expect, it } from 'vitest';
import { fakeOptionalHosts } from '@/test/unit/fake-optional-hosts';
import {
  type ContentScriptSpec,
  disableSite,
  enableSite,
  grantedSites,
  type OptionalSite,
  planSync,
  scriptFor,
  serialSync,
  siteAccess,
  syncRegistrations,
} from './optional-hosts';

// sites of a made-up kind: this module knows none of the real ones
const EPA: OptionalSite = { id: 'epa', name: 'ePA One', kind: 'ePA site', domain: 'epa.example', origins: ['https://*.epa.example/*'] };
const MULTI: OptionalSite = {
  id: 'multi',
  name: 'Multi Payer',
  kind: 'multi-payer portal',
  domain: 'multi.example',
  origins: ['https://*.multi.example/*', 'https://multi.example.net/*'],
};
const SITES = [EPA, MULTI];
const SPEC: ContentScriptSpec = { js: ['content-scripts/content.js'], runAt: 'document_idle', allFrames: true };
const ids = (scripts: Map<string, unknown>) => [...scripts.keys()].sort();

describe('scriptFor', () => {
  it('registers the manifest’s content script on the site’s origins, kept across sessions', () => {
    expect(scriptFor(MULTI, SPEC)).toEqual({
      id: 'optional-site-multi',
      matches: ['https://*.multi.example/*', 'https://multi.example.net/*'],
      js: ['content-scripts/content.js'],
      runAt: 'document_idle',
      allFrames: true,
      persistAcrossSessions: true,
    });
  });
});

describe('grantedSites', () => {
  it('counts a site only when every one of its origins is granted', async () => {
    const fake = fakeOptionalHosts({ granted: ['https://*.epa.example/*', 'https://*.multi.example/*'] });
    expect((await grantedSites(SITES, fake.apis.permissions)).map((s) => s.id)).toEqual(['epa']);
  });
});

describe('planSync', () => {
  it('leaves scripts that are not ours alone, and ours that are current', () => {
    const epa = scriptFor(EPA, SPEC);
    const plan = planSync([epa], [{ id: 'someone-else', matches: ['https://x.example/*'] }, epa]);
    expect(plan).toEqual({ unregister: [], register: [] });
  });

  it('replaces one of ours registered differently (origins or script changed by an update)', () => {
    const epa = scriptFor(EPA, SPEC);
    const stale = { ...epa, matches: ['https://old.epa.example/*'] };
    expect(planSync([epa], [stale])).toEqual({ unregister: ['optional-site-epa'], register: [epa] });
    expect(planSync([epa], [{ ...epa, runAt: 'document_end' }]).register).toEqual([epa]);
    expect(planSync([epa], [{ ...epa, allFrames: false }]).register).toEqual([epa]);
  });

  it('removes ours no longer wanted, including ids of sites since dropped from the list', () => {
    expect(planSync([], [{ id: 'optional-site-gone', matches: ['https://gone.example/*'] }])).toEqual({
      unregister: ['optional-site-gone'],
      register: [],
    });
  });
});

describe('syncRegistrations', () => {
  it('registers exactly the granted sites', async () => {
    const fake = fakeOptionalHosts({ granted: [...MULTI.origins] });
    expect(await syncRegistrations(SITES, fake.apis, SPEC)).toEqual(['optional-site-multi']);
    expect([...fake.scripts.values()]).toEqual([scriptFor(MULTI, SPEC)]);
  });

  it('unregisters a site revoked while nothing listened (the browser was closed)', async () => {
    const fake = fakeOptionalHosts({ granted: [], registered: [scriptFor(EPA, SPEC), scriptFor(MULTI, SPEC)] });
    await syncRegistrations(SITES, fake.apis, SPEC);
    expect(ids(fake.scripts)).toEqual([]);
  });

  it('does nothing when registrations already match', async () => {
    const fake = fakeOptionalHosts({ granted: [...EPA.origins], registered: [scriptFor(EPA, SPEC)] });
    await syncRegistrations(SITES, fake.apis, SPEC);
    expect(fake.calls).toEqual([]);
  });

  it('settles on the same state when two pages sync at once (one’s change makes the other’s fail)', async () => {
    const fake = fakeOptionalHosts({ granted: [...EPA.origins] });
    await Promise.all([syncRegistrations(SITES, fake.apis, SPEC), syncRegistrations(SITES, fake.apis, SPEC)]);
    expect(ids(fake.scripts)).toEqual(['optional-site-epa']);
    fake.revoke([...EPA.origins]);
    await Promise.all([syncRegistrations(SITES, fake.apis, SPEC), syncRegistrations(SITES, fake.apis, SPEC)]);
    expect(ids(fake.scripts)).toEqual([]);
  });

  it('serialSync runs one sync at a time and keeps going after a failure', async () => {
    const fake = fakeOptionalHosts({ granted: [...EPA.origins] });
    const register = fake.apis.scripting.registerContentScripts;
    let failures = 2; // both tries of the first sync
    fake.apis.scripting.registerContentScripts = (list) => (failures-- > 0 ? Promise.reject(Error('busy')) : register(list));
    const sync = serialSync(SITES, fake.apis, SPEC);
    const [first, second] = await Promise.allSettled([sync(), sync()]);
    expect(first.status).toBe('rejected');
    expect(second).toEqual({ status: 'fulfilled', value: ['optional-site-epa'] });
  });
});

describe('enableSite and disableSite', () => {
  it('asks for the site’s origins before awaiting anything, and registers once allowed', async () => {
    const fake = fakeOptionalHosts({ answer: true });
    const done = enableSite(MULTI, SITES, fake.apis, SPEC);
    // called synchronously, within the click handler's gesture
    expect(fake.state.requests).toEqual([[...MULTI.origins]]);
    expect(await done).toBe(true);
    expect(ids(fake.scripts)).toEqual(['optional-site-multi']);
  });

  it('registers nothing when the browser is not allowed', async () => {
    const fake = fakeOptionalHosts({ answer: false });
    expect(await enableSite(EPA, SITES, fake.apis, SPEC)).toBe(false);
    expect(fake.scripts.size).toBe(0);
    expect(fake.calls).toEqual(['request']);
  });

  it('gives the origins back and unregisters the site, leaving the others on', async () => {
    const fake = fakeOptionalHosts({
      granted: [...EPA.origins, ...MULTI.origins],
      registered: [scriptFor(EPA, SPEC), scriptFor(MULTI, SPEC)],
    });
    await disableSite(EPA, SITES, fake.apis, SPEC);
    expect([...fake.granted]).toEqual(MULTI.origins);
    expect(ids(fake.scripts)).toEqual(['optional-site-multi']);
  });
});

describe('siteAccess', () => {
  it('tells the sites switched on, and hears grants changed elsewhere until unsubscribed', async () => {
    const fake = fakeOptionalHosts({ granted: [...MULTI.origins] });
    const access = siteAccess(SITES, fake.apis, SPEC);
    expect(await access.granted()).toEqual(['multi']);
    let heard = 0;
    const stop = access.onChange(() => heard++);
    fake.revoke([...MULTI.origins]);
    fake.grant([...EPA.origins]);
    expect(heard).toBe(2);
    expect(await access.granted()).toEqual(['epa']);
    stop();
    expect(fake.listeners()).toBe(0);
  });
});
