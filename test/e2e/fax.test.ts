import type { Frame, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { useHarness } from './fixture';
import {
  boxesOverFields,
  daysAgo,
  eventually,
  frames,
  hostPaths,
  layoutOf,
  panelRules,
  retype,
  waitForNoRule,
  waitForRule,
} from './helpers';

/** The fax-shaped page: meaningless ids, labels only, plain inputs. Read through the label
 *  vocabulary alone (no field map applies). */

const harness = useHarness();

let page: Page;
afterEach(async () => {
  await page?.close();
  expect(harness().errors).toEqual([]);
});

const field = (scope: Page | Frame, id: string) => scope.locator(`#${id}`);

/** "Medication requested" (f1): the Ilaris rules speak only on a request that names Ilaris;
 *  the NDC and ICD-10 shape checks hold for any drug. */
const typeIlaris = (scope: Page | Frame) => field(scope, 'f1').pressSequentially('Ilaris');

async function stillsCase(scope: Page | Frame, units: string): Promise<void> {
  await typeIlaris(scope);
  await field(scope, 'f15').pressSequentially('70');
  await field(scope, 'f11').pressSequentially('M06.1');
  await field(scope, 'f25').pressSequentially('280 mg');
  await field(scope, 'f33').pressSequentially(units);
}

describe('fax-shaped form (labels only)', () => {
  it('flags 1 unit for 280 mg and the fix types 280', async () => {
    page = await harness().open('/fax.html');
    await stillsCase(page, '1');
    await waitForRule(page, 'drug.units', 'units-equal-mg');
    await page.locator('[data-preflight-for="drug.units"] [data-rule="units-equal-mg"] button[data-fix]').click();
    await waitForNoRule(page, 'drug.units', 'units-equal-mg');
    expect(await field(page, 'f33').inputValue()).toBe('280');
  });

  it('checks CRP date and threshold read from labels and an opaque unit select', async () => {
    page = await harness().open('/fax.html');
    await typeIlaris(page);
    await field(page, 'f11').pressSequentially('M06.1');
    await field(page, 'f7').pressSequentially('4.5');
    await field(page, 'f18').selectOption({ label: 'mg/dL' });
    await waitForRule(page, 'labs.crpDate', 'crp-date-missing');
    await field(page, 'f26').pressSequentially(daysAgo(122));
    await waitForRule(page, 'labs.crpDate', 'crp-date-stale');
    await retype(field(page, 'f26'), daysAgo(10));
    await field(page, 'f14').pressSequentially('0.0-0.5 mg/dL');
    await eventually(
      () => hostPaths(page),
      (paths) => !paths.some((p) => p.startsWith('labs.')),
      'no CRP warnings for 4.5 mg/dL',
    );
    expect(await panelRules(page)).not.toContain('crp-below-threshold');
    await retype(field(page, 'f7'), '0.8');
    await waitForRule(page, 'labs.crpValue', 'crp-below-threshold');
  });

  it('offers the 5-4-2 NDC fix and flags M08.2X and E85.0', async () => {
    page = await harness().open('/fax.html');
    await field(page, 'f3').pressSequentially('0078073461');
    await waitForRule(page, 'drug.ndc', 'ndc-format');
    await page.locator('[data-preflight-for="drug.ndc"] [data-rule="ndc-format"] button[data-fix]').click();
    await waitForNoRule(page, 'drug.ndc', 'ndc-format');
    expect(await field(page, 'f3').inputValue()).toBe('00078-0734-61');
    await field(page, 'f11').pressSequentially('M08.2X');
    await waitForRule(page, 'diagnosis.codes.0', 'icd10-invalid');
    expect(await boxesOverFields(page)).toEqual([]); // the box sits where staff are not typing
    await field(page, 'f36').pressSequentially('E85.0');
    await waitForRule(page, 'diagnosis.codes.1', 'icd10-fmf-e850');
    expect(await boxesOverFields(page)).toEqual([]);
  });

  it('reads rows added with "Add row" by their column headers', async () => {
    page = await harness().open('/fax.html');
    await typeIlaris(page);
    await field(page, 'f11').pressSequentially('M06.1');
    await page.locator('#f51').click();
    await page.locator('[name="t2a"]').pressSequentially('Prednisone 40 mg daily');
    await eventually(
      () => hostPaths(page),
      (paths) => paths.some((p) => p.startsWith('priorTherapies.2')),
      'a warning on the new row',
    );
    const anchored = await page
      .locator('[data-preflight-for^="priorTherapies.2"]')
      .first()
      .evaluate((host) => host.closest('tr')?.querySelector('[name="t2a"]') !== null);
    expect(anchored).toBe(true);
  });

  it('never moves the form’s own fields', async () => {
    page = await harness().open('/fax.html');
    await field(page, 'f25').pressSequentially('280 mg');
    await frames(page);
    const before = await layoutOf(page);
    await field(page, 'f33').pressSequentially('1');
    await field(page, 'f3').pressSequentially('0078073461');
    await waitForRule(page, 'drug.units', 'units-equal-mg');
    await waitForRule(page, 'drug.ndc', 'ndc-format');
    expect(await layoutOf(page)).toEqual(before);
  });

  it('works the same inside a same-origin iframe', async () => {
    page = await harness().open('/iframe.html?form=fax');
    const frame = await eventually(
      async () => page.frames().find((f) => f.url().endsWith('/fax.html')) ?? null,
      (f) => f !== null,
      'fax frame',
    );
    await field(frame!, 'f33').waitFor();
    await stillsCase(frame!, '1');
    await waitForRule(frame!, 'drug.units', 'units-equal-mg');
    // the warning sits in the frame's document, beside its field; the shell has none
    expect(await page.evaluate(() => document.querySelectorAll('[data-preflight-for]').length)).toBe(0);
  });
});
