import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Harness, useHarness } from './fixture';
import {
  axeViolations,
  byTestId,
  daysAgo,
  eventually,
  findingsFor,
  goToStep,
  retype,
  typeDrug,
  waitForNoRule,
  waitForRule,
} from './helpers';

const harness = useHarness();

interface ChromeStorage {
  chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } };
}

const storedLocal = (h: Harness) => h.serviceWorker.evaluate(() => (globalThis as unknown as ChromeStorage).chrome.storage.local.get(null));

async function openOptions(h: Harness): Promise<Page> {
  const options = await h.context.newPage();
  options.on('pageerror', (error) => h.errors.push(`options pageerror: ${error.message}`));
  await options.goto(`chrome-extension://${h.extensionId}/options.html`);
  await options.getByLabel('CRP window (days)').waitFor();
  return options;
}

/** A Still's request for Ilaris on the clinical step with a CRP drawn 60 days ago: inside the
 *  default 90-day window. */
async function portalWithCrp60DaysOld(h: Harness): Promise<Page> {
  const page = await h.open('/app/precertification/new/diagnosis');
  await byTestId(page, 'dx-code-0').pressSequentially('M06.1');
  await goToStep(page, 'medication');
  await typeDrug(page); // the CRP window is the Ilaris pack's setting: its rules speak for Ilaris only
  await goToStep(page, 'clinical');
  await byTestId(page, 'crp-value').pressSequentially('45');
  // 120 days first, so the warning appearing proves the date is read; then 60 days clears it
  await byTestId(page, 'crp-date').pressSequentially(daysAgo(120));
  await waitForRule(page, 'labs.crpDate', 'crp-date-stale');
  await retype(byTestId(page, 'crp-date'), daysAgo(60));
  await waitForNoRule(page, 'labs.crpDate', 'crp-date-stale');
  return page;
}

describe('options page', () => {
  it('applies a shorter CRP window to the open portal tab at once, and restores the defaults', async () => {
    const h = harness();
    const page = await portalWithCrp60DaysOld(h);
    const options = await openOptions(h);

    const days = options.getByLabel('CRP window (days)');
    await days.fill('30');
    await waitForRule(page, 'labs.crpDate', 'crp-date-stale');
    const [stale] = (await findingsFor(page, 'labs.crpDate')).filter((f) => f.rule === 'crp-date-stale');
    expect(stale?.text).toContain('within 30 days');
    // settings are stored by pack (`<pack>/<setting>`); only what was set is kept
    expect(await storedLocal(h)).toEqual({
      settings: { values: { 'cigna-ilaris/crpWindowDays': 30 }, disabledRules: [], severityOverrides: {} },
    });

    await options.getByRole('button', { name: 'Restore defaults' }).click();
    await waitForNoRule(page, 'labs.crpDate', 'crp-date-stale');
    // the portal tab can hear the storage change before the options page re-renders
    await eventually(
      () => days.inputValue(),
      (v) => v === '90',
      'the window field back at 90',
    );
    expect(await storedLocal(h)).toEqual({});
    expect(h.errors).toEqual([]);
    await options.close();
    await page.close();
  });

  it('explains an invalid window without applying it', async () => {
    const h = harness();
    const options = await openOptions(h);
    await options.getByLabel('CRP window (days)').fill('1,5');
    await expect.poll(() => options.getByRole('alert').first().textContent()).toContain('decimal comma is ambiguous');
    expect(await storedLocal(h)).toEqual({});
    await options.close();
  });

  it('switches a rule off and changes a severity on the open tab', async () => {
    const h = harness();
    const page = await portalWithCrp60DaysOld(h);
    const options = await openOptions(h);
    await options.getByLabel('CRP window (days)').fill('30');
    await waitForRule(page, 'labs.crpDate', 'crp-date-stale');

    const rule = options.locator('[data-rule="crp-date-stale"]');
    await rule.getByLabel('Severity of crp-date-stale').selectOption('error');
    await expect
      .poll(async () => (await findingsFor(page, 'labs.crpDate')).find((f) => f.rule === 'crp-date-stale')?.severity)
      .toBe('error');

    await rule.getByRole('checkbox').uncheck();
    await waitForNoRule(page, 'labs.crpDate', 'crp-date-stale');
    expect(await storedLocal(h)).toEqual({
      settings: {
        values: { 'cigna-ilaris/crpWindowDays': 30 },
        disabledRules: ['cigna-ilaris/crp-date-stale'],
        severityOverrides: { 'cigna-ilaris/crp-date-stale': 'error' },
      },
    });

    await options.getByRole('button', { name: 'Restore defaults' }).click();
    await expect.poll(() => rule.getByRole('checkbox').isChecked()).toBe(true);
    expect(await rule.getByLabel('Severity of crp-date-stale').inputValue()).toBe('default');
    await options.close();
    await page.close();
  });

  it('lists every rule of the pack with its source and confidence, passes axe, and is keyboard-reachable', async () => {
    const h = harness();
    const options = await openOptions(h);
    const rules = options.locator('[data-rule]');
    expect(await rules.count()).toBeGreaterThanOrEqual(30);
    for (const id of ['units-equal-mg', 'crp-date-stale', 'ndc-format', 'icd10-fmf-e850', 'npi-invalid']) {
      expect(await options.locator(`[data-rule="${id}"] .source`).textContent()).toMatch(/^Source: .+; (high|medium|low) confidence/);
    }
    expect(await options.locator('[data-rule="crp-date-stale"]').textContent()).toContain('proxy or estimate');

    expect(await axeViolations(options)).toEqual([]);

    const controls = await options.locator('button, input, select, a[href]').count();
    const seen = new Set<number>();
    for (let i = 0; i < controls + 5; i++) {
      await options.keyboard.press('Tab');
      seen.add(
        await options.evaluate(() => [...document.querySelectorAll('button, input, select, a[href]')].indexOf(document.activeElement!)),
      );
    }
    seen.delete(-1);
    // disabled severity selects are skipped by Tab; none is disabled with default settings
    expect(seen.size).toBe(controls);
    await options.close();
  });
});
