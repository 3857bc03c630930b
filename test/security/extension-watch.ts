import type { CDPSession, Page } from 'playwright-core';
import type { Harness } from '@/test/e2e/fixture';

/**
 * Watches every network request the extension itself makes, through the DevTools protocol:
 * - its service worker and its own pages (popup, options): Playwright enables the Network domain
 *   on every page and service-worker target it attaches to, and reports their requests as
 *   context `request` events; anything but the extension's own files counts;
 * - the content script, whose requests leave from the portal page's frame: a CDP session per
 *   portal page with `Network.enable`, counting requests whose initiator stack (async parents
 *   included) runs through a chrome-extension:// script, and any other extension's
 *   chrome-extension:// URL the page is made to load. The portal's own requests (its document,
 *   scripts, styles) do not count, nor do loads of this extension's own files (the content
 *   script imports its modules from `chrome-extension://<id>/lazy/`): they never leave the
 *   browser. They are kept apart in `ownFiles`, so a test can show the watch saw them.
 */

interface CallFrame {
  url: string;
}
interface StackTrace {
  callFrames: CallFrame[];
  parent?: StackTrace;
  parentId?: unknown;
}
interface Initiator {
  type: string;
  url?: string;
  stack?: StackTrace;
}

export interface ExtensionRequest {
  url: string;
  from: string;
}

const EXTENSION = 'chrome-extension://';

function initiatorUrls(initiator: Initiator | undefined): string[] {
  const urls = initiator?.url ? [initiator.url] : [];
  for (let s = initiator?.stack; s; s = s.parent) urls.push(...s.callFrames.map((f) => f.url));
  return urls;
}

export interface ExtensionWatch {
  readonly requests: ExtensionRequest[];
  /** the extension's own files loaded into portal pages (its lazy modules): not network */
  readonly ownFiles: string[];
  /** starts watching a portal page's frame for content-script requests (once per page) */
  attach(page: Page): Promise<CDPSession>;
  /** opens a portal path in a new tab with the watch attached before it loads */
  open(path: string): Promise<Page>;
}

export function watchExtension(h: Harness): ExtensionWatch {
  const requests: ExtensionRequest[] = [];
  const ownFiles: string[] = [];
  /** the extension's own origin: this id only, not any chrome-extension:// URL */
  const ownOrigin = (url: string) => url.startsWith(`${EXTENSION}${h.extensionId}/`);
  const own = (url: string) => ownOrigin(url) || url.startsWith('data:') || url.startsWith('blob:');

  h.context.on('request', (request) => {
    const url = request.url();
    if (own(url)) return;
    const worker = request.serviceWorker();
    if (worker) {
      if (worker.url().startsWith(EXTENSION)) requests.push({ url, from: `service worker ${worker.url()}` });
      return;
    }
    const pageUrl = request.frame().page().url();
    if (pageUrl.startsWith(EXTENSION)) requests.push({ url, from: `extension page ${pageUrl}` });
  });

  const sessions = new WeakMap<Page, Promise<CDPSession>>();
  const attach = (page: Page): Promise<CDPSession> => {
    const existing = sessions.get(page);
    if (existing) return existing;
    const session = start(page);
    sessions.set(page, session);
    return session;
  };

  async function start(page: Page): Promise<CDPSession> {
    const cdp = await h.context.newCDPSession(page);
    const check = (url: string, initiator: Initiator | undefined, kind: string) => {
      if (ownOrigin(url)) {
        ownFiles.push(url);
        return;
      }
      const via = initiatorUrls(initiator).find((u) => u.startsWith(EXTENSION));
      if (via || url.startsWith(EXTENSION)) requests.push({ url, from: `${kind} in ${page.url()} via ${via ?? 'a page element'}` });
    };
    cdp.on('Network.requestWillBeSent', (e: { request: { url: string }; initiator: Initiator }) =>
      check(e.request.url, e.initiator, 'request'),
    );
    cdp.on('Network.webSocketCreated', (e: { url: string; initiator?: Initiator }) => check(e.url, e.initiator, 'WebSocket'));
    await cdp.send('Network.enable');
    return cdp;
  }

  return {
    requests,
    ownFiles,
    attach,
    async open(path) {
      const page = await h.open('about:blank');
      await attach(page);
      await page.goto(new URL(path, h.portal).href);
      return page;
    },
  };
}

/**
 * Runs `expression` in the content script's isolated world of `page`, as code loaded from the
 * extension (its sourceURL is a chrome-extension:// script), to prove the watch sees such code.
 */
export async function evaluateInContentScriptWorld(cdp: CDPSession, h: Harness, expression: string): Promise<unknown> {
  const contexts: { id: number; name: string; origin: string; auxData?: { type?: string } }[] = [];
  const onContext = (e: { context: (typeof contexts)[number] }) => contexts.push(e.context);
  cdp.on('Runtime.executionContextCreated', onContext);
  await cdp.send('Runtime.enable'); // replays the existing contexts
  cdp.off('Runtime.executionContextCreated', onContext);
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === `${EXTENSION}${h.extensionId}`);
  if (!world) throw new Error(`no content-script world among ${contexts.map((c) => c.name).join(', ')}`);
  const { result, exceptionDetails } = (await cdp.send('Runtime.evaluate', {
    expression: `${expression}\n//# sourceURL=${EXTENSION}${h.extensionId}/probe.js`,
    contextId: world.id,
    awaitPromise: true,
    returnByValue: true, // arrays and objects come back as JSON, not as remote handles
  })) as { result: { value?: unknown }; exceptionDetails?: { text: string } };
  if (exceptionDetails) throw new Error(exceptionDetails.text);
  return result.value;
}

/** Opens one of the extension's pages in a tab, recording its errors with the harness's. */
export async function openExtensionPage(h: Harness, path: string): Promise<Page> {
  const page = await h.context.newPage();
  page.on('pageerror', (error) => h.errors.push(`pageerror ${path}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') h.errors.push(`console ${path}: ${message.text()}`);
  });
  await page.goto(`chrome-extension://${h.extensionId}/${path}`);
  return page;
}

/** The extension's storage areas, read from its service worker. */
export interface StorageDump {
  local: Record<string, unknown>;
  sync: Record<string, unknown>;
  session: Record<string, unknown>;
}

interface ChromeStorage {
  chrome: { storage: Record<'local' | 'sync' | 'session', { get(keys: null): Promise<Record<string, unknown>> }> };
}

export function readStorage(h: Harness): Promise<StorageDump> {
  return h.serviceWorker.evaluate(async () => {
    const { storage } = (globalThis as unknown as ChromeStorage).chrome;
    return { local: await storage.local.get(null), sync: await storage.sync.get(null), session: await storage.session.get(null) };
  });
}

interface ChromeTabs {
  chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
}

export async function tabIdOf(h: Harness, page: Page): Promise<number> {
  const url = page.url();
  const tabs = await h.serviceWorker.evaluate(() => (globalThis as unknown as ChromeTabs).chrome.tabs.query({}));
  const tab = tabs.find((t) => t.url === url);
  if (tab?.id === undefined) throw new Error(`no tab shows ${url}`);
  return tab.id;
}
