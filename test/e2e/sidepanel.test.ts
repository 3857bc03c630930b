import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_STEPS, IDENTIFIERS, performStep, TYPED_TEXTS } from '@/test/security/demo-case';
import { openExtensionPage, readStorage, tabIdOf, watchExtension, type ExtensionWatch } from '@/test/security/extension-watch';
import { useHarness } from './fixture';
import { axeViolations, byTestId, eventually, goToStep } from './helpers';

/**
 * Issue 13: the side panel beside the demo portal. The demo case is typed into every step (its
 * CRP date left out), then the panel page for that tab drafts the letter, the denial help with
 * the appeal letter, the peer-to-peer summary and the follow-up reminders from what the content
 * script holds in memory; copies and downloads happen on clicks only, nothing is requested from
 * the network, and nothing typed reaches storage.local or storage.sync.
 */

const harness = useHarness();
let watch: ExtensionWatch;
let page: Page;
let panel: Page;
let tabId: number;

const REFERENCE = 'PAREF-4417-93';

beforeAll(async () => {
  const h = harness();
  watch = watchExtension(h);
  page = await watch.open('/app/precertification/new/patient');
  for (const step of DEMO_STEPS) await performStep(page, step);
  tabId = await tabIdOf(h, page);
  panel = await openExtensionPage(h, `sidepanel.html?tab=${tabId}`);
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.locator('section#letter pre').waitFor();
});

afterAll(() => {
  expect(harness().errors).toEqual([]);
});

const letter = () => panel.locator('section#letter');
const draftOf = (section: Locator) =>
  section
    .locator('pre.draft')
    .textContent()
    .then((t) => t ?? '');

/** Clicks a button that starts a download and reads what was saved. */
async function downloaded(button: Locator): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([panel.waitForEvent('download'), button.click()]);
  return { name: (download as Download).suggestedFilename(), text: await readFile((await download.path())!, 'utf8') };
}

/** What the clipboard holds, read by pasting into a scratch textarea as a person would. */
async function pasted(): Promise<string> {
  await panel.evaluate(() => {
    document.getElementById('scratch')?.remove();
    const area = Object.assign(document.createElement('textarea'), { id: 'scratch', 'aria-label': 'scratch' });
    document.body.append(area);
    area.focus();
  });
  await panel.keyboard.press('ControlOrMeta+V');
  const text = await panel.locator('#scratch').inputValue();
  await panel.evaluate(() => document.getElementById('scratch')?.remove());
  return text;
}

describe('the side panel beside the demo portal', () => {
  it('drafts the letter from the typed facts, with [[to add]] for the missing CRP date and the open findings above', async () => {
    const text = await draftOf(letter());
    expect(text).toContain(`Name: ${IDENTIFIERS.name}`);
    expect(text).toContain(`Cigna member ID: ${IDENTIFIERS.memberId}`);
    expect(text).toContain(`Date of birth: ${IDENTIFIERS.dob}`);
    expect(text).toContain(`NPI: ${IDENTIFIERS.npi}`);
    expect(text).toContain(`outcome: ${IDENTIFIERS.outcome}`);
    expect(text).toContain('on [[to add: the date the CRP was drawn]]');
    expect(text).toContain('Calculation: 4 mg/kg × 70 kg = 280 mg, J0638 × 280 units, 2 vials, every 4 weeks');
    expect(text).not.toMatch(/undefined|NaN|\bnull\b/);
    expect(await letter().locator('.open-findings').textContent()).toMatch(/^Fix the form first: \d+ errors?, \d+ warnings? still open\./);
    expect(await panel.locator('.context').textContent()).toBe("Cigna × Ilaris (canakinumab) · Still's disease (adult-onset, AOSD), M06.1");
  });

  it('copies the letter only when Copy is clicked, and downloads it as text and as a printable page', async () => {
    expect(await pasted()).not.toContain('Letter of medical necessity');
    await letter().getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => letter().getByRole('status').textContent()).toBe('Copied to the clipboard.');
    const copied = await pasted();
    expect(copied).toMatch(/^----- Letter of medical necessity \(draft\) -----\n/);
    expect(copied).toContain(`Name: ${IDENTIFIERS.name}`);

    const txt = await downloaded(letter().getByRole('button', { name: 'Download .txt' }));
    expect(txt.name).toBe('letter-of-medical-necessity.txt');
    expect(txt.text).toBe(copied);
    const html = await downloaded(letter().getByRole('button', { name: 'Download printable page' }));
    expect(html.name).toBe('letter-of-medical-necessity.html');
    expect(html.text).toMatch(/^<!doctype html>/);
    expect(html.text).toContain('<mark>[[to add: the date the CRP was drawn]]</mark>');
    expect(html.text).not.toMatch(/<script/i);
  });

  it('gives denial help for the reason picked, the appeal deadlines and an appeal letter', async () => {
    const denial = panel.locator('section#denial');
    await denial.getByLabel('Reason given on the denial letter').selectOption({ label: 'CRP criterion not met' });
    await expect
      .poll(() => denial.locator('.to-add').textContent())
      .toContain('C-reactive protein (CRP): 4.5 mg/dL on [[to add: the date the CRP was drawn]]');
    expect(await denial.locator('.present').textContent()).toContain("Diagnosis of Still's disease");
    await panel.getByLabel('Date on the denial letter').fill('11/02/2026');
    await expect.poll(() => panel.locator('.deadlines').textContent()).toContain('File by 05/01/2027');

    const appeal = panel.locator('section#appeal');
    await appeal.getByLabel('Reference number on the denial letter').fill(REFERENCE);
    const text = await draftOf(appeal);
    expect(text).toContain('----- Appeal of a prior authorization denial (draft) -----');
    expect(text).toContain('Date of the denial: 11/02/2026');
    expect(text).toContain(`Reference number: ${REFERENCE}`);
    expect(text).toContain('The denial gives as its reason: crp criterion not met.');
    expect(text).toContain(`Name: ${IDENTIFIERS.name}`);
    const file = await downloaded(appeal.getByRole('button', { name: 'Download .txt' }));
    expect(file.name).toBe('appeal-letter-crp.txt');
    expect(file.text).toBe(text);
  });

  it('gives the peer-to-peer summary on one page, downloaded on a click', async () => {
    const p2p = panel.locator('section#peer-to-peer');
    const text = await draftOf(p2p);
    expect(text).toMatch(/^Peer-to-peer review: key facts \(draft\)\nIlaris \(canakinumab\) · Cigna · prepared /);
    expect(text).toContain('TO HAVE AT HAND FOR THE CALL');
    expect(text).toContain('- the date the CRP was drawn');
    const file = await downloaded(p2p.getByRole('button', { name: 'Download .txt' }));
    expect(file.name).toBe('peer-to-peer-summary.txt');
    expect(file.text).toBe(text);
  });

  it('offers the follow-up as calendar reminders that name nothing unless staff tick it', async () => {
    const follow = panel.locator('section#follow-up');
    await follow.getByLabel('Portal reference number').fill(REFERENCE);
    await follow.getByLabel('Date submitted').fill('11/02/2026');
    await expect.poll(() => follow.locator('.steps li').count()).toBe(4);
    const button = follow.getByRole('button', { name: 'Download calendar reminders (.ics)' });
    const plain = await downloaded(button);
    expect(plain.name).toBe('pa-follow-up.ics');
    expect(plain.text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(plain.text.match(/BEGIN:VEVENT/g)).toHaveLength(4);
    expect(plain.text).toContain('DTSTART;VALUE=DATE:20261109');
    expect(plain.text).not.toMatch(/Ilaris|Cigna|PAREF/);
    expect(plain.text).not.toContain(IDENTIFIERS.name);

    await follow.getByLabel(/the drug and payer/).check();
    await follow.getByLabel('the reference number').check();
    const named = (await downloaded(button)).text.replace(/\r\n[ \t]/g, '');
    expect(named).toContain('SUMMARY:Ilaris PA request follow-up (Cigna): Check the request status');
    expect(named).toContain(`Portal reference: ${REFERENCE}`);
    await expect.poll(() => follow.getByRole('status').textContent()).toContain('Downloaded pa-follow-up.ics');
  });

  it('follows the form: a value changed on the page reaches the letter', async () => {
    await goToStep(page, 'clinical');
    await byTestId(page, 'crp-date').pressSequentially('10/01/2026');
    await expect.poll(() => draftOf(letter()), { timeout: 5_000 }).toContain('4.5 mg/dL on 10/01/2026');
  });

  it('is keyboard-operable and axe finds no violation', async () => {
    expect(await axeViolations(panel)).toEqual([]);
    await panel.locator('h1').click();
    const reached = new Set<string>();
    for (let i = 0; i < 60; i++) {
      await panel.keyboard.press('Tab');
      const name = await panel.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el && el !== document.body ? `${el.localName}:${el.textContent?.slice(0, 40) ?? ''}` : null;
      });
      if (name) reached.add(name);
    }
    expect([...reached].filter((n) => n.startsWith('button:Copy'))).toHaveLength(1);
    expect([...reached]).toContain('button:Download calendar reminders (.ics)');
    expect([...reached].some((n) => n.startsWith('select:'))).toBe(true);
  });

  it('opens for its tab from the popup button, and the popup stays the checklist', async () => {
    const h = harness();
    const popup = await openExtensionPage(h, `popup.html?tab=${tabId}`);
    await popup.locator('.context').waitFor();
    await popup.getByRole('button', { name: 'Open letter & follow-up' }).click();
    // Chrome opens its side panel for the tab (its page for that tab is set first); where it
    // cannot, the same page opens in a tab
    await eventually(
      async () => ({
        options: await h.serviceWorker.evaluate(
          (id) =>
            (
              globalThis as unknown as { chrome: { sidePanel: { getOptions(o: object): Promise<{ path?: string }> } } }
            ).chrome.sidePanel.getOptions({ tabId: id }),
          tabId,
        ),
        tabs: h.context.pages().filter((p) => p.url().includes(`sidepanel.html?tab=${tabId}`)).length,
      }),
      (r) => r.options.path === `sidepanel.html?tab=${tabId}` || r.tabs > 1,
      'the side panel set for the tab, or the page opened in a tab',
    );
    expect(await popup.locator('.checklist-section').count()).toBeGreaterThan(0);
    await popup.close();
  });

  it('made no network request and stored nothing typed in storage.local or storage.sync, nor the reference number anywhere', async () => {
    expect(watch.requests).toEqual([]);
    const { local, sync, session } = await readStorage(harness());
    expect(Object.keys(local).filter((k) => k !== 'settings')).toEqual([]);
    expect(sync).toEqual({});
    const atRest = JSON.stringify({ local, sync });
    expect(TYPED_TEXTS.filter((t) => t.length >= 4 && atRest.includes(t))).toEqual([]);
    expect(JSON.stringify({ local, sync, session })).not.toContain(REFERENCE);
    const own = await panel.evaluate(() => ({ localStorage: localStorage.length, sessionStorage: sessionStorage.length }));
    expect(own).toEqual({ localStorage: 0, sessionStorage: 0 });
  });
});
