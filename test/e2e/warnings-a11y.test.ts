import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { useHarness } from './fixture';
import { axeViolations, byTestId, frames, goToStep, waitForRule } from './helpers';

/** axe-core on what the extension adds to a portal page: warning hosts, the panel, the live region. */

const harness = useHarness();
const OURS = ['pa-preflight-warning', 'pa-preflight-panel', 'pa-preflight-live'];

let page: Page;
afterEach(async () => {
  await page?.close();
  expect(harness().errors).toEqual([]);
});

/** The Still's case on the medication step: 1 unit (error), a 10-digit NDC (error), CRP and step therapy in the panel. */
async function medicationWithMistakes(): Promise<Page> {
  const p = await harness().open('/app/precertification/new/patient');
  await byTestId(p, 'patient-weight').pressSequentially('70');
  await goToStep(p, 'diagnosis');
  await byTestId(p, 'dx-code-0').pressSequentially('M06.1');
  await goToStep(p, 'medication');
  await byTestId(p, 'med-ndc').pressSequentially('0078-0734-61');
  await byTestId(p, 'med-dose').pressSequentially('280');
  await byTestId(p, 'med-units').pressSequentially('1');
  await waitForRule(p, 'drug.units', 'units-equal-mg');
  await waitForRule(p, 'drug.ndc', 'ndc-format');
  return p;
}

describe('inline warnings pass axe-core', () => {
  it('with the cards closed (focus outside the flagged fields)', async () => {
    page = await medicationWithMistakes();
    await byTestId(page, 'med-name').focus();
    await frames(page);
    expect(await page.locator('[data-preflight-panel]').count()).toBe(1);
    expect(await axeViolations(page, OURS)).toEqual([]);
  });

  it('with a card open on the focused field and the panel expanded', async () => {
    page = await medicationWithMistakes();
    await byTestId(page, 'med-units').focus();
    await page.locator('[data-preflight-panel] button').first().click();
    await byTestId(page, 'med-units').focus();
    await frames(page);
    expect(await axeViolations(page, OURS)).toEqual([]);
  });

  it('add no violation to the portal page as a whole', async () => {
    page = await medicationWithMistakes();
    await byTestId(page, 'med-units').focus();
    await frames(page);
    // the portal's own violations are not ours to fix; none may name our hosts or our ids
    const ours = (await axeViolations(page)).filter((v) => /pa-preflight/.test(v));
    expect(ours).toEqual([]);
  });
});
