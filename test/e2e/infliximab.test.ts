import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type Harness, useHarness } from './fixture';
import { byTestId, clickFix, goToStep, retype, rulesFor, waitForNoRule, waitForRule } from './helpers';

const harness = useHarness();

let page: Page;
afterEach(async () => {
  await page?.close();
  expect(harness().errors).toEqual([]);
});

interface ChromeApi {
  chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
}

async function tabIdOf(h: Harness, urlPart: string): Promise<number> {
  const tabs = await h.serviceWorker.evaluate(() => (globalThis as unknown as ChromeApi).chrome.tabs.query({}));
  const tab = tabs.find((t) => t.url?.includes(urlPart));
  if (tab?.id === undefined) throw new Error(`no tab with ${urlPart}`);
  return tab.id;
}

/** The infliximab variant of the wizard, a 70 kg adult with rheumatoid arthritis, up to the medication step. */
async function raOnMedicationStep(h: Harness): Promise<Page> {
  const p = await h.open('/infliximab.html');
  await byTestId(p, 'patient-weight').pressSequentially('70');
  await goToStep(p, 'diagnosis');
  await byTestId(p, 'dx-code-0').pressSequentially('M06.9');
  await goToStep(p, 'medication');
  return p;
}

describe('infliximab on the demo portal', () => {
  it('flags 210 units for 210 mg of Remicade (the tenfold error) and 96372 for an infusion; the fixes set 21 and 96413', async () => {
    page = await raOnMedicationStep(harness());
    await byTestId(page, 'med-name').pressSequentially('Remicade');
    await byTestId(page, 'med-jcode').pressSequentially('J1745');
    await byTestId(page, 'med-dose').pressSequentially('210');
    await byTestId(page, 'med-units').pressSequentially('210');
    await waitForRule(page, 'drug.units', 'billing-units');
    await clickFix(page, 'drug.units', 'billing-units');
    await waitForNoRule(page, 'drug.units', 'billing-units');
    expect(await byTestId(page, 'med-units').inputValue()).toBe('21');

    await byTestId(page, 'med-admin-cpt').pressSequentially('96372');
    await waitForRule(page, 'drug.adminCpt', 'admin-cpt');
    await clickFix(page, 'drug.adminCpt', 'admin-cpt');
    await waitForNoRule(page, 'drug.adminCpt', 'admin-cpt');
    expect(await byTestId(page, 'med-admin-cpt').inputValue()).toBe('96413');
    // no Ilaris rule speaks on an infliximab request
    expect(await rulesFor(page, 'drug.units')).not.toContain('units-equal-mg');
  });

  it('flags a biosimilar NDC under J1745 and, with Inflectra named, sets Q5103', async () => {
    page = await raOnMedicationStep(harness());
    await byTestId(page, 'med-name').pressSequentially('Inflectra');
    await byTestId(page, 'med-jcode').pressSequentially('J1745');
    await byTestId(page, 'med-ndc').pressSequentially('00069-0809-01');
    await waitForRule(page, 'drug.hcpcs', 'hcpcs-product-mismatch');
    await clickFix(page, 'drug.hcpcs', 'hcpcs-product-mismatch');
    await waitForNoRule(page, 'drug.hcpcs', 'hcpcs-product-mismatch');
    expect(await byTestId(page, 'med-jcode').inputValue()).toBe('Q5103');
  });

  it('shows the infliximab checklist in the popup', async () => {
    const h = harness();
    page = await raOnMedicationStep(h);
    await byTestId(page, 'med-name').pressSequentially('Remicade');
    await byTestId(page, 'med-dose').pressSequentially('210');
    await waitForRule(page, 'drug.modifiers', 'waste-modifier');
    const tabId = await tabIdOf(h, '/app/precertification/');
    const popup = await h.context.newPage();
    popup.on('pageerror', (error) => h.errors.push(`popup pageerror: ${error.message}`));
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByText(/Latent TB test before the first dose/).waitFor();
    expect(await popup.getByText('Billing units = dose ÷ 10 mg').count()).toBe(1);
    expect(await popup.getByText('Billing units = mg').count()).toBe(0);
    await popup.close();
  });

  it('gives an Ilaris request on the same page the Ilaris pack, and switching the drug switches the pack', async () => {
    page = await raOnMedicationStep(harness());
    await byTestId(page, 'med-name').pressSequentially('Ilaris');
    await byTestId(page, 'med-dose').pressSequentially('280');
    await byTestId(page, 'med-units').pressSequentially('1');
    await waitForRule(page, 'drug.units', 'units-equal-mg');
    expect(await rulesFor(page, 'drug.units')).not.toContain('billing-units');
    await retype(byTestId(page, 'med-name'), 'Remicade');
    await waitForRule(page, 'drug.units', 'billing-units');
    await waitForNoRule(page, 'drug.units', 'units-equal-mg');
  });
});
