import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Harness, useHarness } from './fixture';
import { axeViolations, byTestId, eventually, goToStep, retype, savedValues, typeDrug, waitForNoRule, waitForRule } from './helpers';

const harness = useHarness();

interface ChromeApi {
  chrome: {
    tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
    action: { getBadgeText(d: { tabId: number }): Promise<string>; getBadgeBackgroundColor(d: { tabId: number }): Promise<number[]> };
    storage: { session: { get(k: null): Promise<Record<string, unknown>> }; local: { get(k: null): Promise<Record<string, unknown>> } };
  };
}

async function tabIdOf(h: Harness, urlPart: string): Promise<number> {
  const tabs = await h.serviceWorker.evaluate(() => (globalThis as unknown as ChromeApi).chrome.tabs.query({}));
  const tab = tabs.find((t) => t.url?.includes(urlPart));
  if (tab?.id === undefined) throw new Error(`no tab with ${urlPart}`);
  return tab.id;
}

const badgeText = (h: Harness, tabId: number) =>
  h.serviceWorker.evaluate((id) => (globalThis as unknown as ChromeApi).chrome.action.getBadgeText({ tabId: id }), tabId);
const badgeColor = (h: Harness, tabId: number) =>
  h.serviceWorker.evaluate((id) => (globalThis as unknown as ChromeApi).chrome.action.getBadgeBackgroundColor({ tabId: id }), tabId);

/** Findings the page shows (inline hosts and the floating panel), counted by severity. */
async function pageCounts(page: Page): Promise<Record<string, number>> {
  const severities = await page
    .locator('[data-preflight-for] [data-rule], [data-preflight-panel] [data-rule]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-severity') ?? ''));
  const counts: Record<string, number> = { error: 0, warning: 0, info: 0 };
  for (const s of severities) counts[s] = (counts[s] ?? 0) + 1;
  return counts;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

async function openPopup(h: Harness, tabId: number): Promise<Page> {
  const popup = await h.context.newPage();
  popup.on('pageerror', (error) => h.errors.push(`popup pageerror: ${error.message}`));
  await popup.setViewportSize({ width: 400, height: 800 });
  await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('h1').waitFor();
  return popup;
}

/** The 70 kg Still's case for Ilaris typed as far as the medication step, with 1 billing unit. */
async function portalWithUnitsError(h: Harness): Promise<{ page: Page; tabId: number }> {
  const page = await h.open('/app/precertification/new/patient');
  await byTestId(page, 'patient-weight').pressSequentially('70');
  await goToStep(page, 'diagnosis');
  await byTestId(page, 'dx-code-0').pressSequentially('M06.1');
  await goToStep(page, 'medication');
  await typeDrug(page);
  await byTestId(page, 'med-dose').pressSequentially('280');
  await byTestId(page, 'med-units').pressSequentially('1');
  await waitForRule(page, 'drug.units', 'units-equal-mg');
  return { page, tabId: await tabIdOf(h, '/app/precertification/') };
}

describe('popup against a demo-portal tab', () => {
  it('keeps the checklist and badge when the tab is reloaded on the review step, which has no inputs', async () => {
    const h = harness();
    const { page, tabId } = await portalWithUnitsError(h);
    await goToStep(page, 'review');
    await expect.poll(() => badgeText(h, tabId)).not.toBe('');
    await eventually(
      () => savedValues(h),
      (saved) => saved.some((v) => v['drug.units'] === '1'),
      'values saved for the tab',
    );
    // a page load clears the tab's report; the request typed on the earlier steps stays in the
    // background (storage.session), and the new page's content script checks it again
    await page.reload();
    await byTestId(page, 'review-units').waitFor();
    await expect.poll(() => badgeText(h, tabId), { timeout: 5_000 }).not.toBe('');
    const popup = await openPopup(h, tabId);
    await expect.poll(() => popup.locator('.context').textContent()).toContain('M06.1');
    expect(await popup.getByText(/found no prior-authorization form/).count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it("keeps the request's checklist and badge on the review step, which has no inputs", async () => {
    const h = harness();
    const { page, tabId } = await portalWithUnitsError(h);
    await goToStep(page, 'review');
    await expect.poll(() => page.locator('[data-preflight-for]').count()).toBe(0);
    await expect.poll(() => badgeText(h, tabId)).not.toBe('');
    const popup = await openPopup(h, tabId);
    await expect.poll(() => popup.locator('.context').textContent()).toContain('M06.1');
    await expect.poll(() => popup.locator('.progress-text').textContent()).toMatch(/^\d+ of \d+ done$/);
    expect(await popup.getByText(/found no prior-authorization form/).count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('shows the detected request and the same counts as the page, and the badge shows the errors in red', async () => {
    const h = harness();
    const { page, tabId } = await portalWithUnitsError(h);
    const counts = await pageCounts(page);
    expect(counts.error).toBeGreaterThan(0);

    await expect.poll(() => badgeText(h, tabId)).toBe(String(counts.error));
    expect(await badgeColor(h, tabId)).toEqual([179, 38, 30, 255]);

    const popup = await openPopup(h, tabId);
    await expect
      .poll(() => popup.locator('.context').textContent())
      .toBe("Cigna · Ilaris (canakinumab) · Still's disease (adult-onset, AOSD), M06.1");
    expect(await popup.locator('.counts').textContent()).toBe(
      `${plural(counts.error!, 'error')}, ${plural(counts.warning!, 'warning')}, ${plural(counts.info!, 'note')}`,
    );
    const bar = popup.getByRole('progressbar', { name: 'Checklist progress' });
    const [now, max] = [Number(await bar.getAttribute('aria-valuenow')), Number(await bar.getAttribute('aria-valuemax'))];
    expect(max).toBeGreaterThan(now);
    expect(await popup.locator('.progress-text').textContent()).toBe(`${now} of ${max} done`);
    const units = popup.getByRole('button', { name: /^Billing units = mg/ });
    await expect.poll(() => units.locator('xpath=..').textContent()).toContain('280 mg is 280 units of J0638');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();

    // the badge follows the page: once the units are fixed the errors are gone from it
    await byTestId(page, 'med-units').fill('280');
    await waitForNoRule(page, 'drug.units', 'units-equal-mg');
    const after = await pageCounts(page);
    const expected = after.error! > 0 ? String(after.error) : after.warning! > 0 ? String(after.warning) : '';
    await expect.poll(() => badgeText(h, tabId)).toBe(expected);
    expect(h.errors).toEqual([]);
    await page.close();
  });

  it('focuses the field of a problem clicked (or chosen with Enter) in the popup', async () => {
    const h = harness();
    const { page, tabId } = await portalWithUnitsError(h);
    const popup = await openPopup(h, tabId);
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-test-id') ?? null);

    await page.locator('h1, h2').first().click();
    await popup.getByRole('button', { name: /^Billing units = mg/ }).click();
    await expect.poll(focused).toBe('med-units');

    await page.locator('h1, h2').first().click();
    await popup.getByRole('button', { name: /^Billing units = mg/ }).focus();
    await popup.keyboard.press('Enter');
    await expect.poll(focused).toBe('med-units');

    // the patient's name is on the first step, not on the medication step shown
    await popup.getByRole('button', { name: /^Patient name/ }).click();
    await expect
      .poll(() => popup.locator('.focus-note').textContent())
      .toBe('That field is not on the page now: go to the step of the form that has it.');
    await popup.close();
    await page.close();
  });

  it('remembers a manual tick for the tab, ticked with Space', async () => {
    const h = harness();
    const { page, tabId } = await portalWithUnitsError(h);
    let popup = await openPopup(h, tabId);
    const coverage = () => popup.getByRole('checkbox', { name: 'Active coverage confirmed' });
    const before = Number(await popup.getByRole('progressbar').getAttribute('aria-valuenow'));
    await coverage().focus();
    await popup.keyboard.press('Space');
    await expect.poll(() => coverage().isChecked()).toBe(true);
    await expect.poll(() => popup.getByRole('progressbar').getAttribute('aria-valuenow')).toBe(String(before + 1));
    await popup.close();

    popup = await openPopup(h, tabId);
    await expect.poll(() => coverage().isChecked()).toBe(true);
    await popup.close();
    await page.close();
  });

  it('keeps the report and the ticks when the service worker is stopped and restarted', async () => {
    const h = harness();
    const { page, tabId } = await portalWithUnitsError(h);
    let popup = await openPopup(h, tabId);
    await popup.getByRole('checkbox', { name: 'Letter of medical necessity attached' }).check();
    await expect.poll(() => popup.getByRole('checkbox', { name: 'Letter of medical necessity attached' }).isChecked()).toBe(true);
    await popup.close();

    const worker = () => h.context.serviceWorkers().at(-1)!;
    await worker().evaluate(() => Object.assign(globalThis, { beforeRestart: true }));
    // stopping is what Chrome does to an idle MV3 worker; an extension page's session can ask for it
    const extensionPage = await h.context.newPage();
    await extensionPage.goto(`chrome-extension://${h.extensionId}/options.html`);
    const cdp = await h.context.newCDPSession(extensionPage);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await extensionPage.close();

    popup = await openPopup(h, tabId);
    await expect.poll(() => popup.locator('.context').textContent()).toContain('M06.1');
    expect(await popup.getByRole('checkbox', { name: 'Letter of medical necessity attached' }).isChecked()).toBe(true);
    await expect
      .poll(() =>
        worker()
          .evaluate(() => 'beforeRestart' in globalThis)
          .catch(() => 'closed'),
      )
      .toBe(false);
    await popup.close();
    await page.close();
  });

  it('puts the summary on the clipboard only when "Copy summary" is clicked', async () => {
    const h = harness();
    const { page, tabId } = await portalWithUnitsError(h);
    const popup = await openPopup(h, tabId);
    await popup.locator('.context').waitFor();
    // the test reads the clipboard by pasting into a scratch textarea, as a person would
    const pasted = async () => {
      await popup.evaluate(() => {
        document.getElementById('scratch')?.remove();
        const area = Object.assign(document.createElement('textarea'), { id: 'scratch' });
        document.body.append(area);
        area.focus();
      });
      await popup.keyboard.press('ControlOrMeta+V');
      return popup.locator('#scratch').inputValue();
    };
    expect(await pasted()).not.toContain('PA Preflight summary');

    await popup.getByRole('button', { name: 'Copy summary' }).click();
    await expect.poll(() => popup.getByRole('status').filter({ hasText: 'copied' }).count()).toBe(1);
    const summary = await pasted();
    expect(summary).toMatch(/^PA Preflight summary \(\d\d\/\d\d\/\d{4}\)\nCigna · Ilaris \(canakinumab\) · Still's disease/);
    expect(summary).toContain('- ERROR 280 mg is 280 units of J0638');
    await popup.close();
    await page.close();
  });

  it('reaches every control with Tab and shows where the focus is', async () => {
    const h = harness();
    const { page, tabId } = await portalWithUnitsError(h);
    const popup = await openPopup(h, tabId);
    await popup.locator('.context').waitFor();
    const controls = await popup.locator('button, input, select').count();
    const seen = new Set<string>();
    for (let i = 0; i < controls + 5; i++) {
      await popup.keyboard.press('Tab');
      const where = await popup.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const all = [...document.querySelectorAll('button, input, select')];
        return { index: all.indexOf(el), outline: getComputedStyle(el).outlineStyle };
      });
      if (where && where.index >= 0) {
        seen.add(String(where.index));
        expect(where.outline).not.toBe('none');
      }
    }
    // radios form one Tab stop: the unchecked one is reached with the arrow keys
    expect(seen.size).toBe(controls - 1);
    await popup.close();
    await page.close();
  });

  it('clears the tab state from storage.session when the tab closes', async () => {
    const h = harness();
    const { page, tabId } = await portalWithUnitsError(h);
    const sessionKeys = () =>
      h.serviceWorker.evaluate(async () => Object.keys(await (globalThis as unknown as ChromeApi).chrome.storage.session.get(null)));
    await expect.poll(sessionKeys).toContain(`tab:${tabId}`);
    await page.close();
    await eventually(sessionKeys, (keys) => !keys.some((k) => k.endsWith(`:${tabId}`)), 'session state removed');
  });
});

describe('popup on a page that is not a portal', () => {
  it('says when a portal page has no request form', async () => {
    const h = harness();
    const page = await h.open('/no-form-here');
    const tabId = await tabIdOf(h, '/no-form-here');
    const popup = await openPopup(h, tabId);
    await expect
      .poll(() => popup.locator('.not-supported').textContent())
      .toBe('PA Preflight found no prior-authorization form on this page. Open the precertification request to check it.');
    expect(await badgeText(h, tabId)).toBe('');
    await popup.close();
    await page.close();
  });

  it('says so plainly, still calculates a dose, and passes axe', async () => {
    const h = harness();
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/options.html`);
    const tabId = await tabIdOf(h, 'options.html');
    const popup = await openPopup(h, tabId);
    await expect
      .poll(() => popup.locator('.not-supported').textContent())
      .toBe("This tab is not a supported prior-authorization portal. PA Preflight checks Cigna's precertification form.");
    // each pack has its calculator; the Ilaris one comes first
    const ilarisTool = popup.locator('.tool', { hasText: 'Dose calculator: Ilaris' });
    await ilarisTool.getByLabel('Weight', { exact: true }).fill('154');
    await ilarisTool.getByLabel('Unit', { exact: true }).selectOption('lb');
    const output = ilarisTool.locator('.tool-output');
    await expect.poll(() => output.textContent()).toContain('N400078073461 ML2');
    expect(await output.textContent()).toContain('280 mg every 4 weeks');

    await popup.getByLabel('Date on the denial letter').fill('01/15/2026');
    await expect.poll(() => popup.locator('.deadlines').textContent()).toContain('File by 07/14/2026');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe('which drug the request is for', () => {
  it('says nothing about Ilaris on a Humira request, speaks once the drug is Ilaris, and falls silent again', async () => {
    const h = harness();
    const page = await h.open('/app/precertification/new/patient');
    await byTestId(page, 'patient-weight').pressSequentially('70');
    await goToStep(page, 'diagnosis');
    await byTestId(page, 'dx-code-0').pressSequentially('M05.79');
    await goToStep(page, 'medication');
    await byTestId(page, 'med-name').pressSequentially('Humira');
    await byTestId(page, 'med-jcode').pressSequentially('J0135');
    await byTestId(page, 'med-dose').pressSequentially('40');
    await byTestId(page, 'med-units').pressSequentially('2');
    const tabId = await tabIdOf(h, '/app/precertification/');

    // the base checks ran (the 10-digit NDC as printed gets a note with its 11 digits), and no Ilaris rule spoke
    await byTestId(page, 'med-ndc').pressSequentially('0074-0554-02');
    await waitForRule(page, 'drug.ndc', 'ndc-format');
    expect(await pageCounts(page)).toEqual({ error: 0, warning: 0, info: 1 });
    let popup = await openPopup(h, tabId);
    await expect
      .poll(() => popup.locator('.context').textContent())
      .toContain('No Ilaris or Remicade checks: this request is for Humira (adalimumab)');
    await popup.close();

    await retype(byTestId(page, 'med-name'), 'Ilaris');
    // J0135 contradicts the name: the HCPCS finding says what to check and offers no one-key fix
    await waitForRule(page, 'drug.hcpcs', 'hcpcs-code');
    await waitForRule(page, 'drug.units', 'units-equal-mg');
    expect(await page.locator('[data-preflight-for="drug.hcpcs"] [data-fix]').count()).toBe(0);
    popup = await openPopup(h, tabId);
    await expect.poll(() => popup.locator('.context').textContent()).toContain('Cigna · Ilaris (canakinumab)');
    await popup.close();

    await retype(byTestId(page, 'med-name'), 'Humira');
    await waitForNoRule(page, 'drug.units', 'units-equal-mg');
    await waitForNoRule(page, 'drug.hcpcs', 'hcpcs-code');
    await page.close();
  });
});
