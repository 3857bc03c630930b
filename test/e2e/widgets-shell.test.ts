import type { Frame, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { useHarness } from './fixture';
import { daysAgo, eventually, hostPaths, retype, savedRequest, savedValues, staysClean } from './helpers';

/**
 * A portal shell (test/portal/lookup-shell.html) with its own "Patient lookup" search (Member ID,
 * Date of Birth, Search) in the top document, still holding another member's search (W5550001234,
 * 13/45/2030), and the PA form in a same-origin iframe (lookup-shell-form.html). The lookup is not
 * part of the request: a correct reader reads the framed form's member and date of birth only.
 */

const harness = useHarness();

let page: Page;
afterEach(async () => {
  await page?.close();
  expect(harness().errors).toEqual([]);
});

const LOOKUP_ID = 'W5550001234';
const LOOKUP_DOB = '13/45/2030';
const NPI = '1234567893';

async function formFrame(p: Page): Promise<Frame> {
  const frame = await eventually(
    async () => p.frames().find((f) => f.url().endsWith('/lookup-shell-form.html')) ?? null,
    (f) => f !== null,
    'PA form frame',
  );
  await frame!.locator('#pa-member-id').waitFor();
  return frame!;
}

/** Errors and warnings shown in a document (inline or in the panel), as `rule @ path`. */

/** The worked case (70 kg adult, Still's disease, 280 mg = 280 units of J0638) in the framed form. */
async function completeRequest(f: Frame): Promise<void> {
  const type = (id: string, text: string) => f.locator(`#${id}`).pressSequentially(text);
  await type('pa-member-id', 'U1234567801');
  await type('pa-patient-name', 'Jane Doe');
  await type('pa-dob', '03/14/1985');
  await type('pa-weight', '70');
  await type('pa-icd1', 'M06.1');
  await type('pa-drug', 'Ilaris');
  await type('pa-hcpcs', 'J0638');
  await type('pa-ndc', '00078-0734-61');
  await type('pa-dose', '280');
  await type('pa-units', '280');
  await type('pa-frequency', 'Every 4 weeks');
  await type('pa-crp', '4.5');
  await f.locator('#pa-crp-unit').selectOption('mg/dL');
  await type('pa-crp-date', daysAgo(20));
  await type('pa-crp-range', '0.0-0.5 mg/dL');
  const rows = [
    ['Prednisone', '20 mg daily', daysAgo(300), daysAgo(220), 'Inadequate response'],
    ['Methotrexate', '15 mg weekly', daysAgo(210), daysAgo(40), 'Inadequate response'],
  ];
  for (const [n, values] of rows.entries()) {
    for (const [i, column] of ['drug', 'dose', 'start', 'stop', 'outcome'].entries()) {
      await f.locator(`[name="t${n}${column}"]`).pressSequentially(values[i]!);
    }
  }
  await type('pa-prescriber', 'Ann Lee');
  await type('pa-npi', NPI);
}

describe('portal shell with a patient lookup, the PA form in a same-origin iframe', () => {
  it('shows nothing before anything is typed (the lookup still holds a bad date of birth)', async () => {
    page = await harness().open('/lookup-shell.html');
    const frame = await formFrame(page);
    expect(await page.locator('#lookupDob').inputValue()).toBe(LOOKUP_DOB);
    const end = Date.now() + 1500;
    while (Date.now() < end) {
      expect([...(await hostPaths(page)), ...(await hostPaths(frame))]).toEqual([]);
      await page.waitForTimeout(100);
    }
  });

  it("reads the framed form's member ID and date of birth, never the lookup's, and warns nowhere in the lookup", async () => {
    page = await harness().open('/lookup-shell.html');
    const frame = await formFrame(page);
    await frame.locator('#pa-drug').pressSequentially('Ilaris');
    await frame.locator('#pa-member-id').pressSequentially('U1234567801');
    await frame.locator('#pa-dob').pressSequentially('03/14/1985');
    await savedRequest(
      harness(),
      (v) => v['patient.memberId'] === 'U1234567801' && v['patient.dob'] === '03/14/1985',
      "the form's member ID and date of birth at patient.memberId / patient.dob",
    );
    // staff search another member in the shell while the form is open
    await retype(page.locator('#lookupMemberId'), 'W5550009999');
    await page.locator('#lookupSearch').click();
    await page.waitForTimeout(500);
    const all = await savedValues(harness());
    for (const values of all) {
      const seen = Object.values(values);
      expect(seen).not.toContain(LOOKUP_ID);
      expect(seen).not.toContain('W5550009999');
      expect(seen).not.toContain(LOOKUP_DOB);
    }
    expect(all.some((v) => v['patient.memberId'] === 'U1234567801' && v['patient.dob'] === '03/14/1985')).toBe(true);
    // no warning (a bad date of birth, say) placed in the top document's lookup panel
    expect(await page.locator('.lookup [data-preflight-for], .lookup + [data-preflight-for]').count()).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('[data-preflight-for]').length)).toBe(0);
  });

  it('shows no error or warning for a complete, correct Ilaris request in the frame', async () => {
    page = await harness().open('/lookup-shell.html');
    const frame = await formFrame(page);
    await completeRequest(frame);
    await savedRequest(harness(), (v) => Object.values(v).includes(NPI), 'the last field typed (prescriber NPI) read');
    await staysClean([page, frame], 1000, 'no error or warning in the shell or the frame');
  });
});
