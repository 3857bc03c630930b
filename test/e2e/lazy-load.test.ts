import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { useHarness } from './fixture';
import { byTestId, eventually, frames, sendToTabs, waitForRule } from './helpers';

/**
 * Issue 10: what runs on a portal page before a form is found is the stub; it loads the reader
 * (lazy/reader.js) once the page holds controls a request could be typed into, the reader loads
 * the checks (lazy/preflight.js) once the page holds a PA form, and the checks load a
 * pack's rules (lazy/packs/) once a request is for its drug. The modules come from the
 * extension's own files, which the browser fetches for the content script.
 */

const harness = useHarness();
let page: Page | undefined;

afterEach(async () => {
  await page?.close();
  page = undefined;
});

/** A page of the demo portal's origin that holds no form (a dashboard). */
const DASHBOARD = '/lazy-load-dashboard';
const DASHBOARD_HTML = '<!doctype html><title>Dashboard</title><h1>Dashboard</h1><p>Welcome back.</p><a href="#">Messages</a>';

/** The extension files the browser fetched since `from` (paths, e.g. "/lazy/reader.js"). */
function extensionRequests(): { since(): string[] } {
  const seen: string[] = [];
  const { context, extensionId } = harness();
  const prefix = `chrome-extension://${extensionId}`;
  const listener = (request: { url(): string }) => {
    if (request.url().startsWith(prefix)) seen.push(request.url().slice(prefix.length));
  };
  context.on('request', listener);
  return { since: () => [...seen] };
}

async function openDashboard(): Promise<Page> {
  const { context, portal } = harness();
  await context.route(`${portal}${DASHBOARD}`, (route) => route.fulfill({ contentType: 'text/html', body: DASHBOARD_HTML }));
  return harness().open(DASHBOARD);
}

/** Adds a request form's fields to the page, as a single-page app renders a new screen. */
const addFields = (p: Page, html: string): Promise<void> =>
  p.evaluate((markup) => {
    const form = document.createElement('form');
    form.innerHTML = markup; // test markup, in the page's own world
    document.body.append(form);
  }, html);

describe('loading on demand', () => {
  it('runs only the stub on a portal page without controls, and only the reader on one whose controls hold no request', async () => {
    const requests = extensionRequests();
    page = await openDashboard();
    // a search box alone is no request form either
    await addFields(page, '<label>Search <input type="search" name="q"></label><button type="submit">Go</button>');
    await page.waitForTimeout(500);
    await frames(page);
    expect(requests.since().filter((u) => u.startsWith('/lazy/'))).toEqual([]);

    await addFields(page, '<label>Sort by <select name="sort"><option>Newest</option><option>Oldest</option></select></label>');
    await eventually(
      async () => requests.since(),
      (r) => r.includes('/lazy/reader.js'),
      'the reader loaded',
    );
    await page.waitForTimeout(500);
    await frames(page);
    expect(requests.since().filter((u) => u.startsWith('/lazy/'))).toEqual(['/lazy/reader.js']);
    expect(await page.locator('pa-preflight-warning, pa-preflight-panel, pa-preflight-live').count()).toBe(0);
    // nothing in the page answers the popup: the checks never started
    expect(await sendToTabs(harness(), { type: 'get-report' })).toEqual([]);
    expect(harness().errors).toEqual([]);
  });

  it('loads the reader, then the checks when a form appears, and the pack when the request is for its drug', async () => {
    const requests = extensionRequests();
    page = await openDashboard();
    // one field the vocabulary knows is not a request form yet
    await addFields(page, '<label>Member ID <input name="a"></label>');
    await page.waitForTimeout(300);
    expect(requests.since().filter((u) => u.startsWith('/lazy/'))).toEqual([]);

    await addFields(
      page,
      '<label>HCPCS code <input name="b" data-test-id="hcpcs"></label><label>Drug name <input name="c" data-test-id="drug"></label>',
    );
    await eventually(
      async () => requests.since(),
      (r) => r.includes('/lazy/reader.js') && r.includes('/lazy/preflight.js'),
      'the reader and the checks loaded',
    );
    expect(requests.since().some((u) => u.startsWith('/lazy/packs/'))).toBe(false);

    await byTestId(page, 'drug').pressSequentially('Ilaris');
    await eventually(
      async () => requests.since(),
      (r) => r.some((u) => u.startsWith('/lazy/packs/cigna-ilaris')),
      'the Ilaris pack loaded',
    );
    await byTestId(page, 'hcpcs').pressSequentially('J3590');
    await waitForRule(page, 'drug.hcpcs', 'hcpcs-code');
    expect(harness().errors).toEqual([]);
  });

  it('finds the wizard’s form at once (its fields are named by the portal map)', async () => {
    const requests = extensionRequests();
    page = await harness().open('/app/precertification/new/medication');
    await eventually(
      async () => requests.since(),
      (r) => r.includes('/lazy/preflight.js'),
      'the checks loaded',
    );
    await byTestId(page, 'med-name').pressSequentially('Ilaris');
    await eventually(
      async () => requests.since(),
      (r) => r.some((u) => u.startsWith('/lazy/packs/')),
      'the pack loaded',
    );
    expect(harness().errors).toEqual([]);
  });
});
