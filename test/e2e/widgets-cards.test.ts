import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { useHarness } from './fixture';
import { daysAgo, eventually, hostPaths, savedRequest, savedValues, staysClean } from './helpers';

/**
 * Bootstrap cards (test/portal/cards.html): the medication history as one card per medication
 * ("Medication 1", "Medication 2"… with Drug name, Dose, Start date, End date, Reason stopped,
 * labels with `for`, ids PriorMeds_<n>__<Field>), cards appended by "Add medication"; the
 * requested drug in its own "Requested medication" card further down, with "Drug name",
 * "Drug name and strength" (e.g. "Ilaris 150 mg/mL") and a separate Dose.
 */

const harness = useHarness();

let page: Page;
afterEach(async () => {
  await page?.close();
  expect(harness().errors).toEqual([]);
});

const NPI = '1234567893';
const field = (p: Page, id: string) => p.locator(`#${id}`);
const card = (p: Page, n: number, key: string) => p.locator(`#PriorMeds_${n}__${key}`);

type Therapy = [drug: string, dose: string, start: string, end: string, reason: string];

const HISTORY: Therapy[] = [
  ['Prednisone', '20 mg daily', daysAgo(400), daysAgo(300), 'Inadequate response'],
  ['Methotrexate', '15 mg weekly', daysAgo(290), daysAgo(120), 'Liver enzymes raised'],
  ['Anakinra', '100 mg daily', daysAgo(110), daysAgo(30), 'Injection-site reactions'],
];

/** Fills card n (adding it with "Add medication" when it is not there yet). */
async function fillCard(p: Page, n: number, [drug, dose, start, end, reason]: Therapy): Promise<void> {
  if ((await card(p, n, 'DrugName').count()) === 0) await field(p, 'addMedication').click();
  await card(p, n, 'DrugName').pressSequentially(drug);
  await card(p, n, 'Dose').pressSequentially(dose);
  await card(p, n, 'StartDate').pressSequentially(start);
  await card(p, n, 'EndDate').pressSequentially(end);
  if (reason) await card(p, n, 'ReasonStopped').pressSequentially(reason);
}

/** The worked case (70 kg adult, Still's disease, 280 mg = 280 units of J0638). */
async function completeRequest(p: Page, history: Therapy[]): Promise<void> {
  const type = (id: string, text: string) => field(p, id).pressSequentially(text);
  await type('Patient_MemberId', 'U1234567801');
  await type('Patient_DateOfBirth', '03/14/1985');
  await type('Patient_Weight', '70');
  await type('Diagnosis_PrimaryCode', 'M06.1');
  for (const [n, therapy] of history.entries()) await fillCard(p, n, therapy);
  await type('Request_DrugName', 'Ilaris');
  await type('Request_DrugStrength', 'Ilaris 150 mg/mL');
  await type('Request_Hcpcs', 'J0638');
  await type('Request_Ndc', '00078-0734-61');
  await type('Request_Dose', '280');
  await type('Request_Units', '280');
  await type('Request_Frequency', 'Every 4 weeks');
  await type('Labs_Crp', '4.5');
  await field(p, 'Labs_CrpUnit').selectOption('mg/dL');
  await type('Labs_CrpDate', daysAgo(20));
  await type('Labs_CrpRange', '0.0-0.5 mg/dL');
  await type('Prescriber_Name', 'Ann Lee');
  await type('Prescriber_Npi', NPI);
}

describe('Bootstrap cards for the medication history', () => {
  it('shows nothing on the empty form before anything is typed', async () => {
    page = await harness().open('/cards.html');
    await card(page, 0, 'DrugName').waitFor();
    const end = Date.now() + 1500;
    while (Date.now() < end) {
      expect(await hostPaths(page)).toEqual([]);
      await page.waitForTimeout(100);
    }
  });

  it('reads a history of three cards card by card, and never takes the requested drug from a card', async () => {
    page = await harness().open('/cards.html');
    for (const [n, therapy] of HISTORY.entries()) await fillCard(page, n, therapy);
    expect(await page.locator('#priorMeds > .card').count()).toBe(3);
    const history = (v: Record<string, string>) =>
      HISTORY.every(
        ([drug, dose, start, end, reason], n) =>
          v[`priorTherapies.${n}.drug`] === drug &&
          v[`priorTherapies.${n}.dose`] === dose &&
          v[`priorTherapies.${n}.start`] === start &&
          v[`priorTherapies.${n}.stop`] === end &&
          v[`priorTherapies.${n}.outcome`] === reason,
      );
    await savedRequest(harness(), history, 'cards 1-3 at priorTherapies.0.*, .1.*, .2.* (drug, dose, start, stop, outcome)');
    // the requested drug is not typed yet: no card's drug stands in for it
    for (const values of await savedValues(harness())) {
      expect(values['drug.name'] ?? '').not.toMatch(/Prednisone|Methotrexate|Anakinra/);
      expect(values['drug.dose'] ?? '').toBe('');
    }
    await field(page, 'Request_DrugName').pressSequentially('Ilaris');
    await savedRequest(harness(), (v) => v['drug.name'] === 'Ilaris' && history(v), 'the requested drug at drug.name, the cards unchanged');
  });

  it('does not read "Drug name and strength" as the dose', async () => {
    page = await harness().open('/cards.html');
    await field(page, 'Request_DrugName').pressSequentially('Ilaris');
    await field(page, 'Request_DrugStrength').pressSequentially('Ilaris 150 mg/mL');
    await field(page, 'Request_Dose').pressSequentially('280');
    await savedRequest(
      harness(),
      (v) => v['drug.dose'] === '280' && v['drug.name'] === 'Ilaris',
      'the Dose field (280) at drug.dose, the Drug name at drug.name',
    );
    for (const values of await savedValues(harness())) {
      expect(
        Object.entries(values)
          .filter(([, value]) => value === 'Ilaris 150 mg/mL')
          .map(([path]) => path),
      ).not.toContain('drug.dose');
    }
  });

  it('places a warning about the second medication inside its card', async () => {
    page = await harness().open('/cards.html');
    await field(page, 'Request_DrugName').pressSequentially('Ilaris');
    await field(page, 'Diagnosis_PrimaryCode').pressSequentially('M06.1');
    await fillCard(page, 0, HISTORY[0]!);
    await fillCard(page, 1, ['Methotrexate', '15 mg weekly', daysAgo(290), daysAgo(120), '']); // no reason stopped
    const paths = await eventually(
      () => hostPaths(page),
      (found) => found.some((p) => p.startsWith('priorTherapies.1.')),
      'a warning on the second medication (priorTherapies.1.*)',
    );
    expect(paths.filter((p) => p.startsWith('priorTherapies.0.'))).toEqual([]);
    const host = page.locator('[data-preflight-for^="priorTherapies.1."]').first();
    expect(await host.locator('[data-rule="prior-therapy-incomplete"]').count()).toBe(1);
    expect(await host.evaluate((h) => h.closest('.card')?.id)).toBe('PriorMeds_1');
  });

  it('shows no error or warning for a complete, correct Ilaris request with two medications tried', async () => {
    page = await harness().open('/cards.html');
    await completeRequest(page, HISTORY.slice(0, 2));
    await savedRequest(harness(), (v) => Object.values(v).includes(NPI), 'the last field typed (prescriber NPI) read');
    await staysClean([page], 1000, 'no error or warning');
  });
});
