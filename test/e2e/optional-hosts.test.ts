import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RUNTIME_CONTENT_SCRIPT } from '@/entrypoints/background/optional-hosts';
import { scriptFor } from '@/lib/optional-hosts';
import { OPTIONAL_SITES } from '@/rules/portals/optional-hosts';
import { EXTENSION_DIR, useHarness } from './fixture';
import { axeViolations } from './helpers';

/**
 * Issue 11, "Where staff file", in the built e2e extension in Chromium. Chrome's permission
 * prompt cannot be answered in a headless run, and the extension has no test-only way to grant
 * itself a site, so what follows a grant (the registration, the content script on the site) is
 * covered by the unit tests with a fake browser (lib/optional-hosts.test.ts,
 * entrypoints/background/optional-hosts.test.ts, components/OptionsApp.test.tsx). Here: the page
 * staff see, that Chrome accepts the script the background registers, and that the background
 * drops a registration for a site not granted when it starts.
 */

const harness = useHarness();

interface Chrome {
  chrome: {
    scripting: {
      registerContentScripts(scripts: unknown[]): Promise<void>;
      getRegisteredContentScripts(): Promise<{ id: string }[]>;
    };
    runtime: { sendMessage(message: unknown): Promise<unknown> };
  };
}

describe('optional sites', () => {
  it('registers the content script as the manifest runs it', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      content_scripts: Record<string, unknown>[];
    };
    const [script] = manifest.content_scripts;
    expect(script).toBeDefined();
    // no match_about_blank, world or css to mirror: the registration names the same fields
    expect(Object.keys(script!).sort()).toEqual(['all_frames', 'js', 'matches', 'run_at']);
    expect({ js: script!.js, runAt: script!.run_at, allFrames: script!.all_frames }).toEqual(RUNTIME_CONTENT_SCRIPT);
  });

  it('the options page shows CignaforHCP always on and the optional sites off until allowed', async () => {
    const h = harness();
    const options = await h.context.newPage();
    options.on('pageerror', (error) => h.errors.push(`options pageerror: ${error.message}`));
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    const region = options.getByRole('region', { name: 'Where you file' });
    await region.waitFor();
    expect(await region.locator('[data-site="built-in"]').textContent()).toContain('CignaforHCP Always on (built in)');
    for (const name of ['CoverMyMeds (ePA site)', 'Availity (multi-payer portal)']) {
      const toggle = region.getByRole('switch', { name });
      await expect.poll(() => toggle.isEnabled(), { timeout: 5_000 }).toBe(true); // the grants were read
      expect(await toggle.isChecked(), name).toBe(false);
    }
    expect(await region.textContent()).toContain(
      'PA Preflight will read PA forms on covermymeds.com in this browser; nothing leaves your computer.',
    );
    expect(await axeViolations(options, ['section.sites'])).toEqual([]);
    expect(h.errors).toEqual([]);
    await options.close();
  });

  it('Chrome accepts the script registered for a site, and the background drops it on start while the site is not granted', async () => {
    const h = harness();
    const script = scriptFor(OPTIONAL_SITES[0]!, RUNTIME_CONTENT_SCRIPT);
    // what the background registers once a site is granted: Chrome checks the file exists
    await h.serviceWorker.evaluate((s) => (globalThis as unknown as Chrome).chrome.scripting.registerContentScripts([s]), script);
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/options.html`);
    const registered = () =>
      page.evaluate(async () => (await (globalThis as unknown as Chrome).chrome.scripting.getRegisteredContentScripts()).map((s) => s.id));
    expect(await registered()).toEqual([script.id]);
    // an MV3 background starts again after the service worker stops (idle, browser start)
    const cdp = await h.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    expect(await registered()).toEqual([script.id]);
    // any event wakes it; its start re-syncs: the site is not granted, so its script goes
    await page.evaluate(() =>
      (globalThis as unknown as Chrome).chrome.runtime.sendMessage({ type: 'get-state', tabId: 1 }).catch(() => undefined),
    );
    await expect.poll(registered, { timeout: 10_000 }).toEqual([]);
    await cdp.detach();
    await page.close();
  });
});
