import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { useHarness } from './fixture';
import { byTestId, eventually, goToStep, panelRules } from './helpers';

const harness = useHarness();

let page: Page;
afterEach(async () => {
  await page?.close();
  expect(harness().errors).toEqual([]);
});

/** Whether the panel's box overlaps the portal's control (clicks pass through it, but it hides the control). */
const panelCovers = (p: Page, testId: string): Promise<boolean> =>
  p.evaluate((id) => {
    const a = document.querySelector(`[data-test-id="${id}"]`)!.getBoundingClientRect();
    const b = document.querySelector('pa-preflight-panel')!.shadowRoot!.querySelector('.panel')!.getBoundingClientRect();
    return Math.min(a.right, b.right) > Math.max(a.left, b.left) && Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top);
  }, testId);

describe('the panel of findings not on this page', () => {
  it("moves off the portal's Next button when the window ends just below it", async () => {
    page = await harness().open('/app/precertification/new/patient');
    await goToStep(page, 'medication');
    await byTestId(page, 'med-ndc').pressSequentially('0078-0734-61');
    await goToStep(page, 'clinical'); // the NDC error now lives in the panel
    await eventually(
      () => panelRules(page),
      (rules) => rules.includes('ndc-format'),
      'ndc-format in the panel',
    );
    // a window that ends just below the Next button, where the panel starts out (bottom right)
    const nextBottom = await page.evaluate(() => {
      window.scrollTo(0, 0);
      return document.querySelector('[data-test-id="step-next"]')!.getBoundingClientRect().bottom;
    });
    await page.setViewportSize({ width: 1280, height: Math.ceil(nextBottom) + 6 });
    // the test means something only if the panel's first corner (bottom right) covers Next there
    const bottomRightCoversNext = await page.evaluate(() => {
      const next = document.querySelector('[data-test-id="step-next"]')!.getBoundingClientRect();
      const panel = document.querySelector('pa-preflight-panel')!.shadowRoot!.querySelector('.panel')!.getBoundingClientRect();
      const [left, top] = [
        document.documentElement.clientWidth - 16 - panel.width,
        document.documentElement.clientHeight - 16 - panel.height,
      ];
      return (
        Math.min(next.right, left + panel.width) > Math.max(next.left, left) &&
        Math.min(next.bottom, top + panel.height) > Math.max(next.top, top)
      );
    });
    expect(bottomRightCoversNext).toBe(true);
    // the corner is chosen when the browser is idle, a moment after the resize
    await eventually(
      async () => [await panelCovers(page, 'step-next'), await panelCovers(page, 'step-back')],
      (covers) => !covers.includes(true),
      'the panel covers neither Next nor Back',
    );
  });
});
