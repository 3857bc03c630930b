import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { useHarness } from './fixture';
import { daysAgo, frames, hostPaths, savedRequest, staysClean, waitForRule } from './helpers';

/**
 * An ASP.NET WebForms precertification page (test/portal/webforms.html): layout tables whose
 * labels are asp:Label spans in the cell before the TextBox ("Units Requested:"), two label/box
 * pairs in one row ("Primary Dx:" … "Secondary Dx:"), ctl00$MainContent$… names, and an
 * AutoPostBack DropDownList (Place of Service) that posts the whole form: the server answers with
 * a new document holding the same values (scripts/serve-portal.ts), as WebForms does.
 * What a correct reader must do there.
 */

const harness = useHarness();

let page: Page;
afterEach(async () => {
  await page?.close();
  expect(harness().errors).toEqual([]);
});

/** A server control by its ID (rendered id `MainContent_<ID>`). */
const box = (p: Page, id: string) => p.locator(`#MainContent_${id}`);
const therapyBox = (p: Page, column: string, row: number) => p.locator(`#MainContent_gvTherapies_txt${column}_${row}`);

const NPI = '1234567893';

/** Errors and warnings shown anywhere on the page (inline or in the panel), as `rule @ path`. */

/** Nothing is shown for `ms` (checked every animation frame pair). */
async function staysQuiet(p: Page, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    expect(await hostPaths(p)).toEqual([]);
    await frames(p);
    await p.waitForTimeout(100);
  }
}

/** Chooses a Place of Service: the DropDownList posts the form back; resolves on the new document. */
async function autoPostBack(p: Page, value: string): Promise<void> {
  await p.evaluate(() => ((window as unknown as { __beforePostback?: boolean }).__beforePostback = true));
  const posted = p.waitForResponse((r) => r.url().endsWith('/webforms.html') && r.request().method() === 'POST');
  const navigated = p.waitForEvent('framenavigated', { predicate: (f) => f === p.mainFrame() });
  await box(p, 'ddlPOS').selectOption(value);
  await posted;
  await navigated;
  await p.waitForLoadState('load');
  await box(p, 'txtUnits').waitFor();
  // a new document: the old window's marker is gone
  expect(await p.evaluate(() => (window as unknown as { __beforePostback?: boolean }).__beforePostback)).toBeUndefined();
}

/** The worked case (70 kg adult, Still's disease, 280 mg = 280 units of J0638), typed box by box. */
async function completeRequest(p: Page): Promise<void> {
  await box(p, 'txtMemberId').pressSequentially('U1234567801');
  await box(p, 'txtMemberName').pressSequentially('Jane Doe');
  await box(p, 'txtDOB').pressSequentially('03/14/1985');
  await box(p, 'txtWeight').pressSequentially('70');
  await box(p, 'txtDx1').pressSequentially('M06.1');
  await box(p, 'txtDrugName').pressSequentially('Ilaris');
  await box(p, 'txtHcpcs').pressSequentially('J0638');
  await box(p, 'txtNdc').pressSequentially('00078-0734-61');
  await box(p, 'txtNdcQty').pressSequentially('ML2');
  await box(p, 'txtDose').pressSequentially('280');
  await box(p, 'txtUnits').pressSequentially('280');
  await box(p, 'txtFrequency').pressSequentially('Every 4 weeks');
  await box(p, 'txtAdminCpt').pressSequentially('96372');
  await box(p, 'txtModifiers').pressSequentially('JW');
  await box(p, 'txtCrp').pressSequentially('4.5');
  await box(p, 'ddlCrpUnit').selectOption('MGDL');
  await box(p, 'txtCrpDate').pressSequentially(daysAgo(20));
  await box(p, 'txtCrpRange').pressSequentially('0.0-0.5 mg/dL');
  const therapies = [
    ['Prednisone', '20 mg daily', daysAgo(300), daysAgo(220), 'Inadequate response'],
    ['Methotrexate', '15 mg weekly', daysAgo(210), daysAgo(40), 'Inadequate response'],
  ];
  for (const [row, values] of therapies.entries()) {
    for (const [i, column] of ['Drug', 'Dose', 'Start', 'End', 'Outcome'].entries()) {
      await therapyBox(p, column, row).pressSequentially(values[i]!);
    }
  }
  await box(p, 'txtPrescriberName').pressSequentially('Ann Lee');
  await box(p, 'txtNpi').pressSequentially(NPI);
}

describe('ASP.NET WebForms page (labels in the cell before, full postbacks)', () => {
  it('shows nothing on the empty form before anything is typed', async () => {
    page = await harness().open('/webforms.html');
    await box(page, 'txtUnits').waitFor();
    await staysQuiet(page, 1500);
  });

  it('reads "Units Requested:" as the billing units and "Primary Dx:" / "Secondary Dx:" as the diagnosis codes', async () => {
    page = await harness().open('/webforms.html');
    await box(page, 'txtDrugName').pressSequentially('Ilaris');
    await box(page, 'txtDx1').pressSequentially('M06.1');
    await box(page, 'txtDx2').pressSequentially('M04.1');
    await box(page, 'txtUnits').pressSequentially('12');
    await savedRequest(
      harness(),
      (v) => v['drug.units'] === '12' && v['diagnosis.codes.0'] === 'M06.1' && v['diagnosis.codes.1'] === 'M04.1',
      'units 12 at drug.units, M06.1 at diagnosis.codes.0, M04.1 at diagnosis.codes.1',
    );
  });

  it('reads the GridView of prior therapies (header row "Drug | Dose | Start Date | End Date | Outcome") row by row', async () => {
    page = await harness().open('/webforms.html');
    await box(page, 'txtDrugName').pressSequentially('Ilaris');
    const rows = [
      ['Prednisone', '20 mg daily', '01/05/2026', '04/01/2026', 'Inadequate response'],
      ['Methotrexate', '15 mg weekly', '04/10/2026', '09/01/2026', 'Liver enzymes raised'],
    ];
    for (const [row, values] of rows.entries()) {
      for (const [i, column] of ['Drug', 'Dose', 'Start', 'End', 'Outcome'].entries()) {
        await therapyBox(page, column, row).pressSequentially(values[i]!);
      }
    }
    await savedRequest(
      harness(),
      (v) =>
        rows.every(
          ([drug, dose, start, stop, outcome], n) =>
            v[`priorTherapies.${n}.drug`] === drug &&
            v[`priorTherapies.${n}.dose`] === dose &&
            v[`priorTherapies.${n}.start`] === start &&
            v[`priorTherapies.${n}.stop`] === stop &&
            v[`priorTherapies.${n}.outcome`] === outcome,
        ),
      'both GridView rows at priorTherapies.0.* and priorTherapies.1.*',
    );
  });

  it('flags 1 unit for 150 mg of Ilaris (J0638) beside the units box, and still exactly once after an AutoPostBack replaced the form', async () => {
    page = await harness().open('/webforms.html');
    await box(page, 'txtDrugName').pressSequentially('Ilaris');
    await box(page, 'txtHcpcs').pressSequentially('J0638');
    await box(page, 'txtDose').pressSequentially('150');
    await box(page, 'txtUnits').pressSequentially('1');
    await waitForRule(page, 'drug.units', 'units-equal-mg');

    const beside = async () => {
      const hosts = page.locator('[data-preflight-for="drug.units"]');
      expect(await hosts.count()).toBe(1);
      const hostId = await hosts.first().getAttribute('id');
      expect((await box(page, 'txtUnits').getAttribute('aria-describedby'))?.split(' ')).toContain(hostId);
      // in the units box's own table cell, not in the label's
      expect(await hosts.first().evaluate((host) => host.closest('td')?.querySelector('#MainContent_txtUnits') !== null)).toBe(true);
    };
    await beside();

    await autoPostBack(page, '11');
    expect(await box(page, 'txtUnits').inputValue()).toBe('1'); // the server rendered the posted values
    expect(await box(page, 'ddlPOS').inputValue()).toBe('11');
    await waitForRule(page, 'drug.units', 'units-equal-mg');
    await frames(page);
    await beside();
    const findings = await page.locator('[data-preflight-for="drug.units"] [data-rule="units-equal-mg"]').count();
    expect(findings).toBe(1);
    const paths = await hostPaths(page);
    expect(paths.length).toBe(new Set(paths).size); // one host per finding path, none left twice
  });

  it('shows no error or warning for a complete, correct Ilaris request, before and after a postback', async () => {
    page = await harness().open('/webforms.html');
    await completeRequest(page);
    await savedRequest(harness(), (v) => Object.values(v).includes(NPI), 'the last box typed (prescriber NPI) read');
    await staysClean([page], 1000, 'no error or warning');

    await autoPostBack(page, '11');
    await savedRequest(harness(), (v) => Object.values(v).includes(NPI), 'the request read again after the postback');
    await staysClean([page], 1500, 'no error or warning after the postback');
  });
});
