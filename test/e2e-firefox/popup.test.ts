import type { ElementHandle, Page } from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import { eventually } from '@/test/e2e/helpers';
import { useFirefox, type FirefoxHarness } from './fixture';
import { byTestId, goToStep, shownCounts, waitForRule } from './helpers';

/** The popup's checklist for a portal tab, in Firefox (opened as a page: `popup.html?tab=<id>`). */

const firefox = useFirefox();

const opened: Page[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((p) => p.close()));
  expect(firefox().errors).toEqual([]);
});

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const textOf = (page: Page, selector: string) => page.$eval(selector, (el) => el.textContent ?? '').catch(() => null);

/** The 70 kg Still's case for Ilaris typed as far as the medication step, with 1 billing unit. */
async function portalWithUnitsError(h: FirefoxHarness): Promise<Page> {
  const page = await h.open('/app/precertification/new/patient');
  opened.push(page);
  await page.type(byTestId('patient-weight'), '70');
  await goToStep(page, 'diagnosis');
  await page.type(byTestId('dx-code-0'), 'M06.1');
  await goToStep(page, 'medication');
  await page.type(byTestId('med-name'), 'Ilaris');
  await page.type(byTestId('med-dose'), '280');
  await page.type(byTestId('med-units'), '1');
  await waitForRule(page, 'drug.units', 'units-equal-mg');
  return page;
}

async function openPopup(h: FirefoxHarness, tabId: number): Promise<Page> {
  const popup = await h.openExtensionPage(`popup.html?tab=${tabId}`);
  opened.push(popup);
  await popup.waitForSelector('h1');
  return popup;
}

describe('Firefox: the popup checklist for the tab', () => {
  it('shows the request it detected and the same counts as the page', async () => {
    const h = firefox();
    const page = await portalWithUnitsError(h);
    const counts = await shownCounts(page);
    expect(counts.error).toBeGreaterThan(0);

    const popup = await openPopup(h, await h.tabIdOf('/app/precertification/'));
    await eventually(
      () => textOf(popup, '.context'),
      (t) => t === "Cigna · Ilaris (canakinumab) · Still's disease (adult-onset, AOSD), M06.1",
      'the detected request',
    );
    expect(await textOf(popup, '.counts')).toBe(
      `${plural(counts.error!, 'error')}, ${plural(counts.warning!, 'warning')}, ${plural(counts.info!, 'note')}`,
    );
    expect(await textOf(popup, '.progress-text')).toMatch(/^\d+ of \d+ done$/);
    const units = await popup.$$eval('button', (buttons) =>
      buttons.map((b) => b.textContent ?? '').filter((t) => t.startsWith('Billing units = mg')),
    );
    expect(units).toHaveLength(1);
  });

  it('focuses the field of a problem clicked in the popup', async () => {
    const h = firefox();
    const page = await portalWithUnitsError(h);
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-test-id') ?? null);
    await page.click('h1, h2');
    expect(await focused()).not.toBe('med-units');
    const popup = await openPopup(h, await h.tabIdOf('/app/precertification/'));
    const units = await popup.waitForFunction(
      () => Array.from(document.querySelectorAll('button')).find((b) => b.textContent?.startsWith('Billing units = mg')),
      { polling: 50 },
    );
    await (units as ElementHandle<HTMLButtonElement>).click();
    await eventually(focused, (id) => id === 'med-units', 'the units field focused');
  });

  it('says so for a portal tab with no form on it', async () => {
    const h = firefox();
    const page = await h.open('/no-form-here');
    opened.push(page);
    const popup = await openPopup(h, await h.tabIdOf('/no-form-here'));
    await eventually(
      () => popup.evaluate(() => document.body.textContent ?? ''),
      (t) => /found no prior-authorization form/.test(t),
      'the no-form note',
    );
  });
});
