import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { chromiumPath, extensionArgs } from '@/scripts/chromium';
import { startPortalServer } from '@/scripts/serve-portal';

/**
 * One real Chromium (Debian's) per test file with the built e2e extension loaded, a fresh
 * profile, and the demo portal served on 127.0.0.1. Every page error, unhandled rejection and
 * console error is recorded so tests can assert the portal never saw one.
 */

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3-e2e');

export interface Harness {
  context: BrowserContext;
  /** the extension's id, from its service worker's URL */
  extensionId: string;
  serviceWorker: Worker;
  /** the demo portal's origin, e.g. http://127.0.0.1:43121 */
  portal: string;
  /** page errors, unhandled rejections and console errors seen on any page so far */
  errors: string[];
  /** opens a portal page (path relative to the portal) with error recording */
  open(path: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * A private copy of the built extension: another build of the shared output folder (a parallel
 * `npm test`, a rebuild) must not change the extension under a running browser.
 */
async function snapshotExtension(into: string): Promise<string> {
  for (let i = 0; i < 100 && !existsSync(join(EXTENSION_DIR, 'manifest.json')); i++) {
    await new Promise((r) => setTimeout(r, 100)); // a rebuild is under way
  }
  const dir = join(into, 'extension');
  await cp(EXTENSION_DIR, dir, { recursive: true });
  return dir;
}

export async function launchHarness(): Promise<Harness> {
  const executablePath = chromiumPath(); // before anything else: a missing browser leaves nothing to clean up
  const base = await mkdtemp(join(tmpdir(), 'pa-preflight-e2e-'));
  const userDataDir = join(base, 'profile');
  const extensionDir = await snapshotExtension(base);
  const server = await startPortalServer({ port: 0 });
  // a browser that fails to start must not leave the server holding the test run open
  const context = await chromium
    .launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: extensionArgs(extensionDir),
    })
    .catch(async (error: unknown) => {
      await server.close().catch(() => undefined);
      await rm(base, { recursive: true, force: true });
      throw error;
    });
  const serviceWorker = await findServiceWorker(context, extensionDir);
  const extensionId = new URL(serviceWorker.url()).host;
  const errors: string[] = [];

  const record = (page: Page): void => {
    page.on('pageerror', (error) => errors.push(`pageerror ${page.url()}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console ${page.url()}: ${message.text()}`);
    });
  };
  // unhandled rejections of the page's own world, and error events on its window that are not
  // thrown exceptions (a "ResizeObserver loop" error reaches only window.onerror), surface as
  // console errors via this hook
  await context.addInitScript(() => {
    window.addEventListener('unhandledrejection', (event) => {
      console.error(`unhandledrejection: ${String((event as PromiseRejectionEvent).reason)}`);
    });
    window.addEventListener('error', (event) => console.error(`error event: ${event.message}`));
  });

  return {
    context,
    extensionId,
    serviceWorker,
    portal: server.url,
    errors,
    async open(path) {
      const page = await context.newPage();
      record(page);
      await page.goto(new URL(path, server.url).href);
      return page;
    },
    async close() {
      await context.close().catch(() => undefined);
      await server.close().catch(() => undefined);
      await rm(base, { recursive: true, force: true });
    },
  };
}

/** Chromium's id for an unpacked extension: the SHA-256 of its path, hex digits mapped to a–p. */
const unpackedId = (dir: string): string =>
  Array.from(createHash('sha256').update(dir).digest('hex').slice(0, 32), (c) => String.fromCharCode(97 + parseInt(c, 16))).join('');

/**
 * The extension's service worker. It may have started (and Playwright missed the event) or be
 * idle; opening one of the extension's pages wakes it.
 */
async function findServiceWorker(context: BrowserContext, extensionDir: string): Promise<Worker> {
  const ours = () => context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  const existing = ours() ?? (await context.waitForEvent('serviceworker', { timeout: 5_000 }).catch(() => undefined));
  if (existing) return existing;
  const page = await context.newPage();
  const waiting = context.waitForEvent('serviceworker', { timeout: 15_000 });
  await page.goto(`chrome-extension://${unpackedId(extensionDir)}/popup.html`).catch(() => undefined);
  const worker = ours() ?? (await waiting);
  await page.close();
  return worker;
}

/** Registers one harness for the calling test file; the returned getter reads it in tests. */
export function useHarness(): () => Harness {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await launchHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });
  return () => {
    if (!harness) throw new Error('the browser harness did not start');
    return harness;
  };
}
