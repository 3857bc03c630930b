import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { useHarness } from './fixture';
import { daysAgo, eventually, hostPaths, rulesFor, savedRequest, shownProblems, staysClean, waitForRule } from './helpers';

/**
 * Split dates (test/portal/split-dates.html): the date of birth in three boxes MM / DD / YYYY
 * whose script moves the focus on when a box is full (as many portals do), and the CRP
 * collection date as a USWDS memorable date (Month select "01 - January"…, Day and Year inputs
 * in a fieldset with a legend). A correct reader reads each group as one date.
 */

const harness = useHarness();

let page: Page;
afterEach(async () => {
  await page?.close();
  expect(harness().errors).toEqual([]);
});

const NPI = '1234567893';
const field = (p: Page, id: string) => p.locator(`#${id}`);
const model = (p: Page) => p.evaluate(() => (window as unknown as { __model: { dob: string; crpDate: string } }).__model);

/** A date as the reader may hold it (MM/DD/YYYY, M/D/YYYY or ISO) → MM/DD/YYYY; else the text. */
function usDate(text: string | undefined): string {
  const t = (text ?? '').trim();
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (us) return `${us[1]!.padStart(2, '0')}/${us[2]!.padStart(2, '0')}/${us[3]}`;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (iso) return `${iso[2]}/${iso[3]}/${iso[1]}`;
  return t;
}

/** Types a date of birth as staff do: into the month box, the focus jumping on by itself. */
async function typeDob(p: Page, mmddyyyy: string): Promise<void> {
  await field(p, 'dob-mm').click();
  await p.keyboard.type(mmddyyyy.replace(/\D/g, ''));
}

/** The CRP collection date in the memorable date: month from the select, then day and year. */
async function chooseCrpDate(p: Page, mmddyyyy: string): Promise<void> {
  const [mm, dd, yyyy] = mmddyyyy.split('/');
  await field(p, 'crp_date_month').selectOption(String(Number(mm)));
  await field(p, 'crp_date_day').pressSequentially(dd!);
  await field(p, 'crp_date_year').pressSequentially(yyyy!);
}

/** The worked case (70 kg adult, Still's disease, 280 mg = 280 units of J0638). */
async function completeRequest(p: Page): Promise<void> {
  const type = (id: string, text: string) => field(p, id).pressSequentially(text);
  await type('member-id', 'U1234567801');
  await typeDob(p, '03/14/1985');
  await type('weight', '70');
  await type('icd-1', 'M06.1');
  await type('drug', 'Ilaris');
  await type('hcpcs', 'J0638');
  await type('ndc', '00078-0734-61');
  await type('dose', '280');
  await type('units', '280');
  await type('frequency', 'Every 4 weeks');
  await type('crp', '4.5');
  await field(p, 'crp-unit').selectOption('mg/dL');
  await chooseCrpDate(p, daysAgo(20));
  await type('crp-range', '0.0-0.5 mg/dL');
  const rows = [
    ['Prednisone', '20 mg daily', daysAgo(300), daysAgo(220), 'Inadequate response'],
    ['Methotrexate', '15 mg weekly', daysAgo(210), daysAgo(40), 'Inadequate response'],
  ];
  for (const [n, values] of rows.entries()) {
    for (const [i, column] of ['drug', 'dose', 'start', 'stop', 'outcome'].entries()) {
      await p.locator(`[name="t${n}-${column}"]`).pressSequentially(values[i]!);
    }
  }
  await type('npi', NPI);
}

describe('split dates (MM / DD / YYYY boxes, USWDS memorable date)', () => {
  it('shows nothing on the empty form before anything is typed', async () => {
    page = await harness().open('/split-dates.html');
    await field(page, 'dob-mm').waitFor();
    const end = Date.now() + 1500;
    while (Date.now() < end) {
      expect(await hostPaths(page)).toEqual([]);
      await page.waitForTimeout(100);
    }
  });

  it('reads a date of birth typed across three boxes as one date', async () => {
    page = await harness().open('/split-dates.html');
    await field(page, 'drug').pressSequentially('Ilaris');
    await typeDob(page, '04/15/1980');
    // the page's own behaviour: the focus moved on, each box holds its part
    expect([
      await field(page, 'dob-mm').inputValue(),
      await field(page, 'dob-dd').inputValue(),
      await field(page, 'dob-yyyy').inputValue(),
    ]).toEqual(['04', '15', '1980']);
    expect((await model(page)).dob).toBe('04/15/1980');
    await savedRequest(harness(), (v) => usDate(v['patient.dob']) === '04/15/1980', 'patient.dob read as 04/15/1980 (not "04")');
    expect(await rulesFor(page, 'patient.dob')).not.toContain('dob-invalid');
  });

  it('flags an impossible date of birth (02/30/1980) once, on the group: after its boxes, described by each', async () => {
    page = await harness().open('/split-dates.html');
    await field(page, 'drug').pressSequentially('Ilaris');
    await typeDob(page, '02/30/1980');
    await waitForRule(page, 'patient.dob', 'dob-invalid');
    await page.waitForTimeout(300); // let any per-box host show up before counting
    expect(await page.locator('[data-preflight-for="patient.dob"]').count()).toBe(1);
    expect(await page.locator('[data-preflight-for="patient.dob"] [data-rule="dob-invalid"]').count()).toBe(1);
    const placement = await page.locator('[data-preflight-for="patient.dob"]').evaluate((host) => {
      const boxes = ['dob-mm', 'dob-dd', 'dob-yyyy'].map((id) => document.getElementById(id)!);
      return {
        afterLastBox: Boolean(boxes[2]!.compareDocumentPosition(host) & Node.DOCUMENT_POSITION_FOLLOWING),
        betweenBoxes: boxes
          .slice(0, 2)
          .some(
            (b, i) =>
              Boolean(b.compareDocumentPosition(host) & Node.DOCUMENT_POSITION_FOLLOWING) &&
              Boolean(host.compareDocumentPosition(boxes[i + 1]!) & Node.DOCUMENT_POSITION_FOLLOWING),
          ),
        inGroup: host.closest('#dob-group') !== null || document.getElementById('dob-group')!.nextElementSibling === host,
        describedBy: boxes.map((b) => (b.getAttribute('aria-describedby') ?? '').split(' ').includes(host.id)),
      };
    });
    expect(placement).toEqual({ afterLastBox: true, betweenBoxes: false, inGroup: true, describedBy: [true, true, true] });
  });

  it('reads a USWDS memorable date (month select "04 - April", day, year) as the CRP collection date', async () => {
    page = await harness().open('/split-dates.html');
    await field(page, 'drug').pressSequentially('Ilaris');
    await field(page, 'icd-1').pressSequentially('M06.1');
    await field(page, 'crp').pressSequentially('4.5');
    await field(page, 'crp-unit').selectOption('mg/dL');
    await waitForRule(page, 'labs.crpDate', 'crp-date-missing');
    const date = daysAgo(20);
    await chooseCrpDate(page, date);
    expect((await model(page)).crpDate).toBe(date);
    await savedRequest(harness(), (v) => usDate(v['labs.crpDate']) === date, `labs.crpDate read as ${date}`);
    await eventually(
      () => shownProblems(page),
      (found) => !found.some((f) => f.endsWith('labs.crpDate') || f.startsWith('crp-date')),
      'no CRP date warning once the memorable date is complete',
    );
  });

  // No rule offers a fix on a date today (fixes: units, NDC, HCPCS, ICD-10 and the like). When one
  // does, its fix must write each box (MM, DD, YYYY) as a user would, and window.__model follow.
  it.todo('a fix on a split date writes each of its boxes');

  it('shows no error or warning for a complete, correct Ilaris request', async () => {
    page = await harness().open('/split-dates.html');
    await completeRequest(page);
    await savedRequest(harness(), (v) => Object.values(v).includes(NPI), 'the last field typed (prescriber NPI) read');
    await staysClean([page], 1000, 'no error or warning');
  });
});
