import type { Page } from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import { daysAgo, eventually } from '@/test/e2e/helpers';
import { useFirefox } from './fixture';
import { clickFix, rulesFor, valueOf, waitForNoRule, waitForRule } from './helpers';

/** The fax-shaped page (meaningless ids, labels only) in Firefox: read through labels alone. */

const firefox = useFirefox();

let page: Page | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
  expect(firefox().errors).toEqual([]);
});

describe('Firefox: inline warnings on the fax-shaped form', () => {
  it('flags 1 unit for 280 mg and the fix types 280', async () => {
    page = await firefox().open('/fax.html');
    await page.type('#f1', 'Ilaris'); // Medication requested
    await page.type('#f15', '70'); // weight
    await page.type('#f11', 'M06.1');
    await page.type('#f25', '280 mg');
    await page.type('#f33', '1'); // billing units
    await waitForRule(page, 'drug.units', 'units-equal-mg');
    await clickFix(page, 'drug.units', 'units-equal-mg');
    await waitForNoRule(page, 'drug.units', 'units-equal-mg');
    expect(await valueOf(page, '#f33')).toBe('280');
  });

  it('asks for the CRP date, then flags one older than the window, read from labels and an opaque unit select', async () => {
    page = await firefox().open('/fax.html');
    await page.type('#f1', 'Ilaris');
    await page.type('#f11', 'M06.1');
    await page.type('#f7', '4.5');
    const mgdl = await page.$eval(
      '#f18',
      (select) => Array.from((select as HTMLSelectElement).options).find((o) => o.label === 'mg/dL')?.value ?? '',
    );
    await page.select('#f18', mgdl);
    await waitForRule(page, 'labs.crpDate', 'crp-date-missing');
    await page.type('#f26', daysAgo(122));
    await waitForRule(page, 'labs.crpDate', 'crp-date-stale');
    expect(await rulesFor(page, 'labs.crpDate')).not.toContain('crp-date-missing');
  });

  it('offers the 5-4-2 NDC fix and flags the ICD-10 code M08.2X as invalid', async () => {
    page = await firefox().open('/fax.html');
    await page.type('#f3', '0078073461');
    await waitForRule(page, 'drug.ndc', 'ndc-format');
    await clickFix(page, 'drug.ndc', 'ndc-format');
    await waitForNoRule(page, 'drug.ndc', 'ndc-format');
    expect(await valueOf(page, '#f3')).toBe('00078-0734-61');
    await page.type('#f11', 'M08.2X');
    await eventually(
      () => rulesFor(page!, 'diagnosis.codes.0'),
      (rules) => rules.includes('icd10-invalid'),
      'icd10-invalid on the first code',
    );
  });
});
