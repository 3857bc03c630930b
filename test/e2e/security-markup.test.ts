import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quote } from '@/lib/parse/quote';
import { startPortalServer } from '@/scripts/serve-portal';
import { HUGE, IMG, RTL, SCRIPT, STYLE_BREAK, XSS_FLAG } from '@/test/security/hostile-text';
import { openExtensionPage, tabIdOf } from '@/test/security/extension-watch';
import { useHarness } from './fixture';
import { eventually, hostPaths, sendToTabs } from './helpers';

/**
 * Issue 6, "Page text is never markup", in real Chromium: a page whose labels, option texts and
 * values hold markup, a `</style>`, right-to-left overrides and 100 KB strings
 * (test/security/fixtures/index.html). The extension reads them, quotes them in its warnings,
 * its panel and the popup — as text. Any injected handler would set `window.__preflightXss`.
 */

const FIXTURES = join(resolve(fileURLToPath(new URL('.', import.meta.url)), '../security/fixtures'));
const harness = useHarness();
let fixtures: { url: string; close(): Promise<void> };
let page: Page;

beforeAll(async () => {
  fixtures = await startPortalServer({ port: 0, root: FIXTURES });
  const h = harness();
  page = await h.context.newPage();
  page.on('pageerror', (error) => h.errors.push(`pageerror ${page.url()}: ${error.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') h.errors.push(`console ${page.url()}: ${m.text()}`);
  });
  await page.goto(`${fixtures.url}/`);
  // fill: the value and an input event at once (100 KB typed key by key would take minutes)
  await page.locator('#p1').fill(IMG);
  await page.locator('#p2').fill(STYLE_BREAK);
  await page.locator('#p3').fill(IMG);
  await page.locator('#p4').fill(HUGE);
  // a drug pack reads the dose, units and frequency: how they are written depends on the drug
  await page.locator('#m0').fill('Ilaris');
  await page.locator('#m1').fill(SCRIPT);
  await page.locator('#m2').fill(IMG);
  await page.locator('#m3').fill(STYLE_BREAK);
  await page.locator('#m4').fill(RTL);
  await page.locator('#m5').selectOption('a');
  await page.locator('#m6').selectOption('x');
  await eventually(
    () => hostPaths(page),
    (paths) => ['drug.dose', 'drug.ndc', 'patient.dob'].every((p) => paths.includes(p)),
    'warnings on the hostile fields',
  );
});

afterAll(async () => {
  await fixtures?.close();
  expect(harness().errors).toEqual([]);
});

/** Every element of our hosts' shadow roots, and everything page-made that is not the page's own. */
async function ourElements(p: Page): Promise<string[]> {
  return p.evaluate(() =>
    Array.from(document.querySelectorAll('pa-preflight-warning, pa-preflight-panel')).flatMap((host) =>
      Array.from(host.shadowRoot?.querySelectorAll('*') ?? []).map((el) => el.localName),
    ),
  );
}

async function shownTexts(p: Page): Promise<string[]> {
  return p
    .locator('[data-preflight-for] [data-rule], [data-preflight-panel] [data-rule]')
    .evaluateAll((els) => els.map((el) => el.textContent ?? ''));
}

describe('hostile page text', () => {
  it('runs nothing: no handler fired and no element was made from page text', async () => {
    await page.waitForTimeout(300); // an image error handler would have run by now
    expect(await page.evaluate((flag) => (window as unknown as Record<string, unknown>)[flag], XSS_FLAG)).toBeUndefined();
    const tags = new Set(await ourElements(page));
    expect([...tags].filter((t) => !['style', 'div', 'span', 'small', 'button', 'br', 'h2', 'p'].includes(t))).toEqual([]);
    // the page's own DOM gained no image, script or svg; its form is still displayed
    expect(await page.locator('img, svg, script:not([src])').count()).toBe(1); // the page's own inline script
    expect(await page.locator('#form').evaluate((f) => getComputedStyle(f).display)).toBe('block');
  });

  it('quotes hostile values in its warnings as text', async () => {
    const texts = await shownTexts(page);
    for (const value of [IMG, SCRIPT, STYLE_BREAK]) {
      expect(
        texts.some((t) => t.includes(quote(value))),
        quote(value),
      ).toBe(true);
    }
    // the right-to-left override is dropped from the quote, so it cannot reverse the message
    expect(texts.find((t) => t.includes('gpj.exe'))).toMatch(/^Error:Frequency: "gpj\.exe M06\.1" is not/);
    expect(texts.join('')).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(await page.locator('pa-preflight-live').textContent()).toContain('<img src=x onerror=');
  });

  it('shows hostile labels in the panel note as text (a 100 KB one capped)', async () => {
    // the fields leave the page (as a wizard step would), so asking for them writes a note quoting the label
    await page.locator('#labs').evaluate((el) => ((el as HTMLElement).hidden = true));
    expect(await sendToTabs(harness(), { type: 'focus-field', field: 'labs.crpDate' })).toContain(false);
    const note = async () => (await page.locator('[data-preflight-panel] .note').allTextContents()).join(' ');
    await eventually(note, (n) => n.includes('CRP collection date'), 'panel note with the label');
    expect(await note()).toContain('“CRP collection date <img src=x onerror="window.__preflightXss=\'hidden-label\'">”');

    await page.locator('#p4').evaluate((el) => ((el as HTMLElement).style.display = 'none'));
    await page.waitForTimeout(100);
    expect(await sendToTabs(harness(), { type: 'focus-field', field: 'patient.weight' })).toContain(false);
    await eventually(note, (n) => n.includes("Patient's current weight WWW"), 'panel note with the long label');
    expect((await note()).length).toBeLessThan(1_000);
    expect(await page.evaluate((flag) => (window as unknown as Record<string, unknown>)[flag], XSS_FLAG)).toBeUndefined();
  });

  it('renders the report in the popup as text', async () => {
    const h = harness();
    const popup = await openExtensionPage(h, `popup.html?tab=${await tabIdOf(h, page)}`);
    await popup.locator('.context').waitFor();
    expect(await popup.locator('img, svg, script:not([src])').count()).toBe(0);
    expect(await popup.locator('main').textContent()).toContain(quote(IMG));
    await popup.close();
  });
});
