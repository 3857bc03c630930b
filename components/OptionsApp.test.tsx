import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const { fakeBrowser, stored } = await vi.hoisted(() => import('@/test/unit/fake-browser-global'));
import type { PackDocs } from '@/lib/engine/pack-docs';
import { loadAll, loadAllDocs } from '@/lib/engine/registry';
import type { PolicyPack, RuleMeta, Settings } from '@/lib/engine/types';
import { scriptFor, siteAccess } from '@/lib/optional-hosts';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { basePack } from '@/rules/base';
import { CIGNA_ILARIS } from '@/rules/cigna/ilaris/manifest';
import { RUNTIME_CONTENT_SCRIPT } from '@/entrypoints/background/optional-hosts';
import { BUILT_IN_SITE, OPTIONAL_SITES } from '@/rules/portals/optional-hosts';
import { ILARIS_SETTINGS } from '@/rules/cigna/ilaris/settings';
import { ILARIS_SETTINGS_DOCS } from '@/rules/cigna/ilaris/settings-docs';
import { REGISTRY } from '@/rules/registry';
import { settingsMigration } from '@/rules/settings-migration';
import { settingsItem } from '@/lib/settings-item';
import { fakeOptionalHosts } from '@/test/unit/fake-optional-hosts';
import { get, render, type Rendered, settle, typeInto } from '@/test/unit/render';
import { OptionsApp } from './OptionsApp';

let view: Rendered | undefined;
afterEach(() => view?.unmount());

const rule = (meta: RuleMeta) => ({ meta, check: () => [] });

const BASE: PolicyPack = {
  manifest: basePack.manifest,
  rules: [
    rule({
      id: 'npi-invalid',
      severity: 'error',
      category: 'prescriber',
      fields: ['prescriber.npi'],
      source: { title: 'CMS NPPES', confidence: 'H' },
    }),
  ],
  checklist: [],
};

const ILARIS: PolicyPack = {
  manifest: CIGNA_ILARIS,
  rules: [
    rule({
      id: 'crp-date-stale',
      severity: 'warning',
      category: 'labs',
      fields: ['labs.crpDate'],
      source: { title: 'Cigna patient guides', confidence: 'L', proxy: true },
    }),
    rule({
      id: 'units-equal-mg',
      severity: 'error',
      category: 'coding',
      fields: ['drug.units'],
      source: { title: 'CMS HCPCS J0638', confidence: 'H' },
    }),
  ],
  checklist: [],
  settings: ILARIS_SETTINGS,
};

const PACKS = [BASE, ILARIS];
const DOCS: PackDocs[] = [
  { manifest: BASE.manifest, title: 'Checks for every drug', descriptions: { 'npi-invalid': 'The NPI has a valid check digit.' } },
  {
    manifest: CIGNA_ILARIS,
    title: 'Cigna × Ilaris (canakinumab)',
    descriptions: {
      'crp-date-stale': 'The CRP was collected within the window.',
      'units-equal-mg': 'J0638 units equal the dose in mg.',
    },
    sourceUrls: { 'CMS HCPCS J0638': 'https://www.cms.gov/' },
    settings: ILARIS_SETTINGS_DOCS,
  },
];
/** storage.local holding `initial` when the page opens */
const local = (initial: Record<string, unknown> = {}): Promise<void> => fakeBrowser.storage.local.set(initial);
const open = async (ready: Promise<void>, packs = PACKS, docs = DOCS, hosts = fakeOptionalHosts()) => (
  await ready,
  render(
    <OptionsApp
      settingsItem={settingsItem}
      packs={packs}
      docs={docs}
      migration={settingsMigration(packs)}
      sites={{ builtIn: BUILT_IN_SITE, access: siteAccess(OPTIONAL_SITES, hosts.apis, RUNTIME_CONTENT_SCRIPT) }}
    />,
  )
);

const input = (label: string) => {
  const l = [...view!.container.querySelectorAll('label')].find((x) => x.textContent === label)!;
  return get<HTMLInputElement>(view!.container, `#${CSS.escape(l.htmlFor)}`);
};
const WINDOW = 'CRP window (days)';
const ULN = "Your lab's CRP upper limit of normal (mg/L)";
const ruleRow = (packId: string, id: string) => get(view!.container, `[data-pack="${packId}"] [data-rule="${id}"]`);
const storedSettings = async () => (await stored('local')).settings as Settings;
const withValues = (values: Settings['values']): Settings => ({ ...DEFAULT_SETTINGS, values });

beforeEach(() => fakeBrowser.reset());

describe('OptionsApp', () => {
  it('shows a section per pack, the base checks first, each under its title', async () => {
    view = await open(local());
    const sections = [...view.container.querySelectorAll('section[data-pack]')].map((s) => [
      s.getAttribute('data-pack'),
      s.querySelector('h2')!.textContent,
      [...s.querySelectorAll('[data-rule]')].map((r) => r.getAttribute('data-rule')),
    ]);
    expect(sections).toEqual([
      ['base', 'Checks for every drug', ['npi-invalid']],
      ['cigna-ilaris', 'Cigna × Ilaris (canakinumab)', ['crp-date-stale', 'units-equal-mg']],
    ]);
  });

  it("shows a pack's settings in its own section only", async () => {
    view = await open(local());
    const ilaris = get(view.container, '[data-pack="cigna-ilaris"]');
    expect(ilaris.contains(input(WINDOW))).toBe(true);
    expect(get(view.container, '[data-pack="base"]').querySelector('input[type=text]')).toBeNull();
  });

  it("shows the pack's defaults when nothing is stored", async () => {
    view = await open(local());
    expect(input(WINDOW).value).toBe('90');
    expect(input(WINDOW).inputMode).toBe('numeric');
    expect(input(ULN).value).toBe('');
    expect(input(ULN).inputMode).toBe('decimal');
  });

  it('shows the stored values', async () => {
    const ready = local({ settings: withValues({ 'cigna-ilaris/crpWindowDays': 60, 'cigna-ilaris/crpUlnMgL': 5 }) });
    view = await open(ready);
    expect(input(WINDOW).value).toBe('60');
    expect(input(ULN).value).toBe('5');
  });

  it('shows the default for a stored value outside the range', async () => {
    view = await open(local({ settings: withValues({ 'cigna-ilaris/crpWindowDays': 5000 }) }));
    expect(input(WINDOW).value).toBe('90');
  });

  it('saves a valid CRP window at once under the pack', async () => {
    const ready = local();
    view = await open(ready);
    await typeInto(input(WINDOW), '30');
    expect((await storedSettings()).values).toEqual({ 'cigna-ilaris/crpWindowDays': 30 });
    expect(get(view.container, '.save-status').textContent).toBe('Saved. Open portal tabs use it now.');
  });

  it('explains an invalid window and keeps the last good one', async () => {
    const ready = local({ settings: withValues({ 'cigna-ilaris/crpWindowDays': 60 }) });
    view = await open(ready);
    const days = input(WINDOW);
    await typeInto(days, '0');
    expect(days.getAttribute('aria-invalid')).toBe('true');
    const alert = get(view.container, `#${CSS.escape(days.id)}-error`);
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toBe('Enter a number of days from 1 to 730.');
    expect(days.getAttribute('aria-describedby')).toContain(alert.id);
    expect((await storedSettings()).values['cigna-ilaris/crpWindowDays']).toBe(60);
    await typeInto(days, '45');
    expect(days.getAttribute('aria-invalid')).toBe('false');
    expect(alert.textContent).toBe('');
  });

  it('stores the ULN in mg/L, converting mg/dL, and clears it when emptied', async () => {
    const ready = local();
    view = await open(ready);
    await typeInto(input(ULN), '0.8 mg/dL');
    expect((await storedSettings()).values['cigna-ilaris/crpUlnMgL']).toBe(8);
    await typeInto(input(ULN), '');
    expect((await storedSettings()).values['cigna-ilaris/crpUlnMgL']).toBeNull();
  });

  it("lists every rule with its pack's description, source, confidence and proxy mark", async () => {
    view = await open(local());
    const stale = ruleRow('cigna-ilaris', 'crp-date-stale');
    expect(stale.textContent).toContain('The CRP was collected within the window.');
    expect(stale.textContent).toContain(
      'Source: Cigna patient guides; low confidence (guides only); proxy or estimate, not Cigna’s own text.',
    );
    expect(get<HTMLAnchorElement>(ruleRow('cigna-ilaris', 'units-equal-mg'), 'a').href).toBe('https://www.cms.gov/');
    expect(ruleRow('cigna-ilaris', 'units-equal-mg').textContent).not.toContain('proxy');
    expect(ruleRow('base', 'npi-invalid').querySelector('a')).toBeNull();
  });

  it("describes each rule's switch by its description", async () => {
    view = await open(local());
    const box = get<HTMLInputElement>(ruleRow('base', 'npi-invalid'), 'input[type=checkbox]');
    const described = get(view.container, `#${CSS.escape(box.getAttribute('aria-describedby')!)}`);
    expect(described.textContent).toBe('The NPI has a valid check digit.');
  });

  it('groups each pack’s rules under the audit sections', async () => {
    view = await open(local());
    const groups = [...get(view.container, '[data-pack="cigna-ilaris"]').querySelectorAll('.rule-group')].map((g) => [
      g.querySelector('h3')!.textContent,
      [...g.querySelectorAll('[data-rule]')].map((r) => r.getAttribute('data-rule')),
    ]);
    expect(groups).toEqual([
      ['Laboratory evidence', ['crp-date-stale']],
      ['Coding accuracy', ['units-equal-mg']],
    ]);
  });

  it('saves a rule switched off under its pack, and switched on again', async () => {
    const ready = local();
    view = await open(ready);
    const box = get<HTMLInputElement>(ruleRow('cigna-ilaris', 'crp-date-stale'), 'input[type=checkbox]');
    expect(box.checked).toBe(true);
    await settle(() => box.click());
    expect((await storedSettings()).disabledRules).toEqual(['cigna-ilaris/crp-date-stale']);
    expect(get<HTMLSelectElement>(ruleRow('cigna-ilaris', 'crp-date-stale'), 'select').disabled).toBe(true);
    await settle(() => box.click());
    expect((await storedSettings()).disabledRules).toEqual([]);
  });

  it('saves a severity under its pack and goes back to the default', async () => {
    const ready = local();
    view = await open(ready);
    const select = get<HTMLSelectElement>(ruleRow('base', 'npi-invalid'), 'select');
    expect([...select.options].map((o) => o.textContent)).toEqual(['Error (default)', 'Warning', 'Note']);
    await typeInto(select, 'warning');
    expect((await storedSettings()).severityOverrides).toEqual({ 'base/npi-invalid': 'warning' });
    await typeInto(select, 'default');
    expect((await storedSettings()).severityOverrides).toEqual({});
  });

  it('switches off a rule id two packs share in one pack only', async () => {
    const shared = { ...BASE, rules: [...BASE.rules, ...ILARIS.rules.slice(0, 1)] };
    const docs = [{ ...DOCS[0]!, descriptions: { ...DOCS[0]!.descriptions, 'crp-date-stale': 'Base CRP date.' } }, DOCS[1]!];
    const ready = local();
    view = await open(ready, [shared, ILARIS], docs);
    await settle(() => get<HTMLInputElement>(ruleRow('base', 'crp-date-stale'), 'input[type=checkbox]').click());
    expect((await storedSettings()).disabledRules).toEqual(['base/crp-date-stale']);
    expect(get<HTMLInputElement>(ruleRow('cigna-ilaris', 'crp-date-stale'), 'input[type=checkbox]').checked).toBe(true);
    const ids = [...view.container.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('migrates settings saved before packs when it opens, and shows them', async () => {
    const ready = local({
      settings: {
        crpWindowDays: 30,
        crpUlnMgL: 5,
        disabledRules: ['crp-date-stale', 'retired-rule'],
        severityOverrides: { 'npi-invalid': 'info' },
      },
    });
    view = await open(ready);
    expect((await stored('local')).settings).toEqual({
      disabledRules: ['cigna-ilaris/crp-date-stale'],
      severityOverrides: { 'base/npi-invalid': 'info' },
      values: { 'cigna-ilaris/crpWindowDays': 30, 'cigna-ilaris/crpUlnMgL': 5 },
    });
    expect(input(WINDOW).value).toBe('30');
    expect(input(ULN).value).toBe('5');
    expect(get<HTMLInputElement>(ruleRow('cigna-ilaris', 'crp-date-stale'), 'input[type=checkbox]').checked).toBe(false);
    expect(get<HTMLSelectElement>(ruleRow('base', 'npi-invalid'), 'select').value).toBe('info');
  });

  it('restores the defaults with one button', async () => {
    const ready = local({
      settings: {
        disabledRules: ['cigna-ilaris/crp-date-stale'],
        severityOverrides: {},
        values: { 'cigna-ilaris/crpWindowDays': 30, 'cigna-ilaris/crpUlnMgL': 5 },
      },
    });
    view = await open(ready);
    const restore = [...view.container.querySelectorAll('button')].find((b) => b.textContent === 'Restore defaults')!;
    await settle(() => restore.click());
    expect(await stored('local')).toEqual({});
    expect(input(WINDOW).value).toBe('90');
    expect(input(ULN).value).toBe('');
    expect(get<HTMLInputElement>(ruleRow('cigna-ilaris', 'crp-date-stale'), 'input[type=checkbox]').checked).toBe(true);
    expect(get(view.container, '.save-status').textContent).toBe('Defaults restored.');
  });

  it('labels every control', async () => {
    view = await open(local());
    for (const control of view.container.querySelectorAll('input, select')) {
      expect((control as HTMLInputElement).labels?.length, control.outerHTML).toBeGreaterThan(0);
    }
  });

  it('shows every registered pack, each rule with a description', async () => {
    const [loaded, docs] = await Promise.all([loadAll(REGISTRY), loadAllDocs(REGISTRY)]);
    view = await open(local(), [REGISTRY.base, ...loaded], docs);
    const titles = [...view.container.querySelectorAll('section[data-pack] > h2')].map((h) => h.textContent);
    expect(titles).toEqual(docs.map((d) => d.title));
    expect(titles[0]).toBe('Checks for every drug');
    const rows = [...view.container.querySelectorAll('[data-rule]')];
    expect(rows.length).toBe(REGISTRY.base.rules.length + loaded.reduce((n, p) => n + p.rules.length, 0));
    for (const row of rows) expect(row.querySelector('.rule-description')?.textContent, row.getAttribute('data-rule')!).toBeTruthy();
  });

  it('gives every region a name of its own, though packs share audit sections', async () => {
    const [loaded, docs] = await Promise.all([loadAll(REGISTRY), loadAllDocs(REGISTRY)]);
    view = await open(local(), [REGISTRY.base, ...loaded], docs);
    const names = [...view.container.querySelectorAll('section[aria-labelledby]')].map((s) =>
      s
        .getAttribute('aria-labelledby')!
        .split(' ')
        .map((id) => document.getElementById(id)!.textContent)
        .join(' '),
    );
    expect(names).toContain('Checks for every drug Patient information');
    expect(names).toContain('Cigna × Ilaris (canakinumab) Patient information');
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('OptionsApp: where you file', () => {
  const CMM = OPTIONAL_SITES.find((s) => s.id === 'covermymeds')!;
  const AVAILITY = OPTIONAL_SITES.find((s) => s.id === 'availity')!;
  const row = (site: string) => get(view!.container, `.sites [data-site="${site}"]`);
  const toggle = (site: string) => get<HTMLInputElement>(row(site), 'input[role=switch]');
  const note = (site: string) => get(view!.container, `#${CSS.escape(toggle(site).getAttribute('aria-describedby')!)}`).textContent;
  const status = () => get(view!.container, '.site-status').textContent;
  const wait = () => settle(() => new Promise((r) => setTimeout(r, 5)));

  it('lists CignaforHCP always on, and CoverMyMeds and Availity as switches, off, saying plainly what switching on does', async () => {
    view = await open(local());
    const section = get(view.container, 'section.sites');
    expect(get(section, 'h2').textContent).toBe('Where you file');
    expect(
      [...section.querySelectorAll('[data-site]')].map((r) => [
        r.getAttribute('data-site'),
        r.querySelector('label, .site-name')!.textContent,
      ]),
    ).toEqual([
      ['built-in', 'CignaforHCP'],
      ['covermymeds', 'CoverMyMeds (ePA site)'],
      ['availity', 'Availity (multi-payer portal)'],
    ]);
    // always on: said in words, with no control to reach that does nothing
    expect(row('built-in').textContent).toBe(
      'CignaforHCP Always on (built in)PA Preflight reads PA forms on cignaforhcp.cigna.com in this browser; nothing leaves your computer.',
    );
    expect(row('built-in').querySelector('input')).toBeNull();
    expect(toggle('covermymeds').checked).toBe(false);
    expect(note('covermymeds')).toBe('PA Preflight will read PA forms on covermymeds.com in this browser; nothing leaves your computer.');
    expect(note('availity')).toBe('PA Preflight will read PA forms on availity.com in this browser; nothing leaves your computer.');
  });

  it('shows a site already allowed as on', async () => {
    view = await open(local(), PACKS, DOCS, fakeOptionalHosts({ granted: [...AVAILITY.origins] }));
    expect(toggle('availity').checked).toBe(true);
    expect(toggle('covermymeds').checked).toBe(false);
    expect(note('availity')).toBe('PA Preflight reads PA forms on availity.com in this browser; nothing leaves your computer.');
  });

  it('asks the browser in the click itself and, once allowed, runs on the site', async () => {
    const hosts = fakeOptionalHosts({ answer: true });
    view = await open(local(), PACKS, DOCS, hosts);
    let askedInClick: string[][] = [];
    await settle(() => {
      toggle('covermymeds').click();
      askedInClick = [...hosts.state.requests]; // before anything was awaited: the user's gesture
    });
    expect(askedInClick).toEqual([['https://*.covermymeds.com/*']]);
    await wait();
    expect([...hosts.scripts.values()]).toEqual([scriptFor(CMM, RUNTIME_CONTENT_SCRIPT)]);
    expect(toggle('covermymeds').checked).toBe(true);
    expect(status()).toBe('CoverMyMeds is on. Reload any covermymeds.com tab that is already open.');
  });

  it('stays off, running nowhere new, when the browser is not allowed', async () => {
    const hosts = fakeOptionalHosts({ answer: false });
    view = await open(local(), PACKS, DOCS, hosts);
    await settle(() => toggle('availity').click());
    await wait();
    expect(hosts.scripts.size).toBe(0);
    expect(toggle('availity').checked).toBe(false);
    expect(status()).toBe('Availity stays off: the browser was not allowed to give PA Preflight access.');
  });

  it('switched off, gives the access back and stops running there', async () => {
    const hosts = fakeOptionalHosts({ granted: [...CMM.origins], registered: [scriptFor(CMM, RUNTIME_CONTENT_SCRIPT)] });
    view = await open(local(), PACKS, DOCS, hosts);
    await settle(() => toggle('covermymeds').click());
    await wait();
    expect([...hosts.granted]).toEqual([]);
    expect(hosts.scripts.size).toBe(0);
    expect(toggle('covermymeds').checked).toBe(false);
    expect(status()).toBe('CoverMyMeds is off. PA Preflight no longer reads covermymeds.com.');
  });

  it('shows a site revoked in the browser’s extension settings as off at once', async () => {
    const hosts = fakeOptionalHosts({ granted: [...CMM.origins] });
    view = await open(local(), PACKS, DOCS, hosts);
    expect(toggle('covermymeds').checked).toBe(true);
    await settle(() => hosts.revoke([...CMM.origins]));
    await wait();
    expect(toggle('covermymeds').checked).toBe(false);
    view.unmount();
    view = undefined;
    expect(hosts.listeners()).toBe(0);
  });
});
