import type { Page } from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import { useFirefox } from './fixture';
import { byTestId, clickFix, findingsFor, goToStep, valueOf, waitForNoRule, waitForRule } from './helpers';

/** The demo portal's wizard (a React SPA) in Firefox ESR with the Firefox build installed. */

const firefox = useFirefox();
const WIZARD = '/app/precertification/new/patient';

let page: Page | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
  expect(firefox().errors).toEqual([]);
});

/** A 70 kg adult with Still's disease, 280 mg of Ilaris, and one billing unit: the classic mistake. */
async function unitsMistake(p: Page): Promise<void> {
  await p.type(byTestId('patient-weight'), '70');
  await goToStep(p, 'diagnosis');
  await p.type(byTestId('dx-code-0'), 'M06.1');
  await goToStep(p, 'medication');
  await p.type(byTestId('med-name'), 'Ilaris');
  await p.type(byTestId('med-dose'), '280');
  await p.type(byTestId('med-units'), '1');
}

describe('Firefox: inline warnings on the wizard', () => {
  it('flags 1 billing unit for a 280 mg dose as an error beside the field, described by it', async () => {
    page = await firefox().open(WIZARD);
    await unitsMistake(page);
    await waitForRule(page, 'drug.units', 'units-equal-mg');
    const [finding] = (await findingsFor(page, 'drug.units')).filter((f) => f.rule === 'units-equal-mg');
    expect(finding?.severity).toBe('error');
    expect(finding?.text).toContain('1 unit entered');
    expect(finding?.text).toContain('source:');
    const hostId = await page.$eval('[data-preflight-for="drug.units"]', (host) => host.id);
    const describedBy = await page.$eval(byTestId('med-units'), (el) => el.getAttribute('aria-describedby') ?? '');
    expect(describedBy.split(' ')).toContain(hostId);
  });

  it("applies the units fix into the portal's React state: the review step shows 280", async () => {
    page = await firefox().open(WIZARD);
    await unitsMistake(page);
    await waitForRule(page, 'drug.units', 'units-equal-mg');
    await clickFix(page, 'drug.units', 'units-equal-mg');
    await waitForNoRule(page, 'drug.units', 'units-equal-mg');
    expect(await valueOf(page, byTestId('med-units'))).toBe('280');
    await goToStep(page, 'review');
    expect(await page.$eval(byTestId('review-units'), (el) => el.textContent)).toBe('280');
  });

  it('offers the 5-4-2 form of a 10-digit NDC and the fix writes it', async () => {
    page = await firefox().open(WIZARD);
    await goToStep(page, 'medication');
    await page.type(byTestId('med-ndc'), '0078-0734-61');
    await waitForRule(page, 'drug.ndc', 'ndc-format');
    await clickFix(page, 'drug.ndc', 'ndc-format');
    await waitForNoRule(page, 'drug.ndc', 'ndc-format');
    expect(await valueOf(page, byTestId('med-ndc'))).toBe('00078-0734-61');
  });
});
