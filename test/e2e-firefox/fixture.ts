import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { findBrowser } from '@/scripts/browsers/ensure';
import { FIREFOX } from '@/scripts/browsers/plan';
import { startPortalServer } from '@/scripts/serve-portal';
import { startRecordingProxy, type RecordingProxy } from './recording-proxy';

/**
 * One real Firefox ESR per test file, driven over WebDriver BiDi by puppeteer-core, with the
 * Firefox e2e build installed as a temporary add-on, a fresh profile, the demo portal on
 * 127.0.0.1, and every request for another host sent to a recording proxy. Page errors and
 * console errors of every page opened through the harness are recorded.
 */

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv2-e2e');

export interface StorageDump {
  local: Record<string, unknown>;
  sync: Record<string, unknown>;
  session: Record<string, unknown>;
}

export interface FirefoxHarness {
  browser: Browser;
  /** the add-on id from the manifest (browser_specific_settings.gecko.id) */
  addonId: string;
  /** the moz-extension:// origin of this run, e.g. moz-extension://<uuid> */
  extensionOrigin: string;
  portal: string;
  proxy: RecordingProxy;
  errors: string[];
  /** opens a portal page (path relative to the portal) with error recording */
  open(path: string): Promise<Page>;
  /** opens one of the extension's pages, e.g. "popup.html?tab=3" */
  openExtensionPage(path: string): Promise<Page>;
  /** the id of the tab showing a portal URL containing `urlPart` */
  tabIdOf(urlPart: string): Promise<number>;
  /** everything the extension keeps in browser.storage */
  readStorage(): Promise<StorageDump>;
  close(): Promise<void>;
}

/** A private copy of the build, so a rebuild during the run does not change the add-on under Firefox. */
async function snapshotExtension(into: string): Promise<string> {
  for (let i = 0; i < 100 && !existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json')); i++) {
    await new Promise((r) => setTimeout(r, 100)); // a rebuild is under way
  }
  const dir = join(into, 'extension');
  await cp(FIREFOX_EXTENSION_DIR, dir, { recursive: true });
  return dir;
}

/**
 * Preferences for a quiet, watched run. The add-on's moz-extension:// UUID is otherwise random
 * per profile and readable only from privileged pages: chosen here instead, through the pref
 * Firefox reads it from. Every scheme goes to the recording proxy; loopback never does.
 */
function prefs(addonId: string, uuid: string, proxyPort: number): Record<string, unknown> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.share_proxy_settings': false,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': false,
  };
}

export async function launchFirefoxHarness(): Promise<FirefoxHarness> {
  const executablePath = findBrowser(FIREFOX); // the suite's global setup installed it if it could
  const base = await mkdtemp(join(tmpdir(), 'pa-preflight-firefox-'));
  const cleanups: (() => Promise<unknown>)[] = [() => rm(base, { recursive: true, force: true })];
  const cleanUp = async (): Promise<void> => {
    for (const step of cleanups.reverse()) await step().catch(() => undefined);
  };
  try {
    const extensionDir = await snapshotExtension(base);
    const addonId = (
      JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } }
    ).browser_specific_settings.gecko.id;
    const uuid = randomUUID();
    const server = await startPortalServer({ port: 0 });
    cleanups.push(() => server.close());
    const proxy = await startRecordingProxy();
    cleanups.push(() => proxy.close());
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      userDataDir: join(base, 'profile'),
      // Firefox 153 lets WebDriver navigate to moz-extension:// pages only with system access
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: prefs(addonId, uuid, proxy.port),
      // Firefox's own traffic stays out of the record: Remote Settings (blocklists, certificate
      // data) polls its server at start-up, and a release build heeds the dummy server puppeteer
      // sets (services.settings.server) only with this variable
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    });
    cleanups.push(() => browser.close());
    const installed = await browser.installExtension(extensionDir);
    if (installed !== addonId) throw new Error(`Firefox installed ${installed}, expected ${addonId}`);
    return harness({ browser, addonId, extensionOrigin: `moz-extension://${uuid}`, portal: server.url, proxy, close: cleanUp });
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

interface Parts {
  browser: Browser;
  addonId: string;
  extensionOrigin: string;
  portal: string;
  proxy: RecordingProxy;
  close(): Promise<void>;
}

/** The browser's extension API as the extension's own pages see it (untyped in page code). */
interface ExtensionGlobal {
  browser: {
    tabs: { query(q: object): Promise<{ id?: number; url?: string }[]>; getCurrent(): Promise<{ id?: number } | undefined> };
    storage: Record<'local' | 'sync' | 'session', { get(keys: null): Promise<Record<string, unknown>> }>;
  };
}

function harness(parts: Parts): FirefoxHarness {
  const errors: string[] = [];
  const record = (page: Page, label: string): void => {
    page.on('pageerror', (error) => errors.push(`pageerror ${label}: ${error instanceof Error ? error.message : String(error)}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console ${label}: ${message.text()}`);
    });
  };

  const openExtensionPage = async (path: string): Promise<Page> => {
    const page = await parts.browser.newPage();
    record(page, path);
    // Firefox does not report an extension page's load events over BiDi: navigate without
    // waiting for them, then wait for the document itself
    await page.goto(`${parts.extensionOrigin}/${path}`, { waitUntil: [] });
    await page.waitForFunction(() => document.readyState === 'complete' && location.protocol === 'moz-extension:', { polling: 50 });
    return page;
  };

  /**
   * Runs `fn` in a fresh extension page (where the extension API lives), then closes it. The
   * options page, not the popup: a popup opened as a tab asks the background about that tab,
   * which would add the tab's state to what a test reads.
   */
  const inExtensionPage = async <T>(fn: (page: Page) => Promise<T>): Promise<T> => {
    const page = await openExtensionPage('options.html');
    try {
      return await fn(page);
    } finally {
      await page.close();
    }
  };

  return {
    ...parts,
    errors,
    async open(path) {
      const page = await parts.browser.newPage();
      const url = new URL(path, parts.portal).href;
      record(page, url);
      await page.goto(url);
      return page;
    },
    openExtensionPage,
    tabIdOf: (urlPart) =>
      inExtensionPage(async (page) => {
        const tabs = await page.evaluate(() => (globalThis as unknown as ExtensionGlobal).browser.tabs.query({}));
        const tab = tabs.find((t) => t.url?.includes(urlPart));
        if (tab?.id === undefined) throw new Error(`no tab shows ${urlPart}: ${JSON.stringify(tabs)}`);
        return tab.id;
      }),
    readStorage: () =>
      inExtensionPage((page) =>
        page.evaluate(async () => {
          const { storage, tabs } = (globalThis as unknown as ExtensionGlobal).browser;
          const session = await storage.session.get(null);
          // the background keeps an empty state for every tab that loads a page, this reading
          // page's own tab too: that one is the reader's, not the run's
          const ownKey = `tab:${(await tabs.getCurrent())?.id}`;
          if (JSON.stringify(session[ownKey]) === '{"report":null,"manualTicks":{}}') delete session[ownKey];
          return { local: await storage.local.get(null), sync: await storage.sync.get(null), session };
        }),
      ),
  };
}

/** Registers one Firefox harness for the calling test file; the getter reads it in tests. */
export function useFirefox(): () => FirefoxHarness {
  let h: FirefoxHarness | undefined;
  beforeAll(async () => {
    h = await launchFirefoxHarness();
  });
  afterAll(async () => {
    await h?.close();
  });
  return () => {
    if (!h) throw new Error('the Firefox harness did not start');
    return h;
  };
}
