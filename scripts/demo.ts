/**
 * `npm run demo`: the built e2e extension on the demo portal, in real Chromium.
 *
 * Types the worked case (a 70 kg adult with Still's disease, 280 mg of Ilaris) into the wizard
 * step by step with the classic mistakes (1 billing unit, a 10-digit NDC, CRP without a date),
 * prints what the extension shows after each step — read only through the public warning
 * contract (`data-preflight-for` / `data-preflight-panel` hosts with open shadow roots holding
 * `[data-rule]` elements) — applies the units fix, and writes screenshots to .output/demo/,
 * the popup's and the side panel's among them (the README's pictures beside the portal).
 *
 * With a display (DISPLAY set, not CI) the browser is headed and stays open afterwards;
 * otherwise it runs headless and exits. `--headless` / `--headed` override the choice.
 * All patient data below is fictitious.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { ensureBrowserOrExit } from './browsers/ensure';
import { CHROMIUM } from './browsers/plan';
import { extensionArgs } from './chromium';
import { DEFAULT_PORTAL_PORT, startPortalServer } from './serve-portal';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3-e2e');
const OUT_DIR = join(ROOT, '.output', 'demo');

const args = process.argv.slice(2);
const headed = args.includes('--headed') || (!args.includes('--headless') && Boolean(process.env.DISPLAY) && !process.env.CI);
/** Headed runs type slowly enough to watch; headless runs type at full speed. */
const TYPING_DELAY_MS = headed ? 45 : 0;

// ---------- the worked case ----------

/** MM/DD/YYYY for a day relative to today (local calendar), as staff type dates. */
function usDate(daysFromToday: number): string {
  const d = new Date();
  d.setDate(d.getDate() + daysFromToday);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getMonth() + 1)}/${two(d.getDate())}/${d.getFullYear()}`;
}

type Action =
  | { kind: 'type'; testId: string; text: string }
  | { kind: 'select'; testId: string; value: string }
  | { kind: 'check'; testId: string }
  | { kind: 'click'; testId: string };

interface Step {
  id: string;
  title: string;
  actions: Action[];
}

const type = (testId: string, text: string): Action => ({ kind: 'type', testId, text });
const select = (testId: string, value: string): Action => ({ kind: 'select', testId, value });
const check = (testId: string): Action => ({ kind: 'check', testId });
const click = (testId: string): Action => ({ kind: 'click', testId });

const CRP_DATE = usDate(-20);

const STEPS: Step[] = [
  {
    id: 'patient',
    title: 'Patient',
    actions: [
      type('patient-name', 'Jordan Q. Sample'),
      type('patient-cigna-id', 'U9876543201'),
      type('patient-dob', '04/12/1988'),
      type('patient-weight', '70'),
      select('patient-weight-unit', 'kg'),
    ],
  },
  {
    id: 'provider',
    title: 'Requesting provider',
    actions: [
      type('provider-name', 'Dana R. Whitfield, MD'),
      type('provider-npi', '1234567893'),
      select('provider-specialty', 'Rheumatology'),
      type('provider-phone', '(555) 010-2345'),
      type('provider-fax', '(555) 010-2346'),
    ],
  },
  {
    id: 'diagnosis',
    title: 'Diagnosis',
    actions: [type('dx-code-0', 'M06.1'), select('dx-indication', 'AOSD')],
  },
  {
    id: 'medication',
    title: 'Medication',
    actions: [
      type('med-name', 'Ilaris (canakinumab)'),
      type('med-jcode', 'J0638'),
      // The 10-digit NDC as printed on the carton; claims want 5-4-2.
      type('med-ndc', '0078-0734-61'),
      type('med-dose', '280'),
      select('med-dose-unit', 'mg'),
      // The classic mistake: one unit for the whole dose (J0638 is per 1 mg).
      type('med-units', '1'),
      type('med-ndc-quantity', 'ML2'),
      type('med-frequency', 'Every 4 weeks'),
      type('med-duration', '6 months'),
      select('med-obtained', "Prescriber's office stock"),
      select('med-pos', '11'),
      type('med-admin-cpt', '96372'),
      type('med-modifiers', 'JW'),
      type('request-service-date', usDate(7)),
      check('request-type-new'),
    ],
  },
  {
    id: 'clinical',
    title: 'Clinical',
    actions: [
      // 4.5 mg/dL = 45 mg/L; typed without its collection date at first.
      type('crp-value', '4.5'),
      select('crp-unit', 'mg/dL'),
      type('crp-reference-range', '0.0-0.5 mg/dL'),
      type('therapy-0-drug', 'Prednisone'),
      type('therapy-0-dose', '40 mg daily'),
      type('therapy-0-start', usDate(-300)),
      type('therapy-0-stop', usDate(-220)),
      type('therapy-0-outcome', 'Inadequate response: daily fevers and rash persisted on taper'),
      click('add-therapy'),
      type('therapy-1-drug', 'Methotrexate'),
      type('therapy-1-dose', '15 mg weekly'),
      type('therapy-1-start', usDate(-260)),
      type('therapy-1-stop', usDate(-60)),
      type('therapy-1-outcome', 'Inadequate response after 6 months; arthritis and ferritin rising'),
      check('hospitalization-yes'),
      check('colchicine-continuing-no'),
      check('urate-lowering-no'),
      type('flares-12-months', '4'),
    ],
  },
  { id: 'review', title: 'Review & submit', actions: [] },
];

// ---------- reading what the extension shows (public contract only) ----------

interface Shown {
  field: string;
  where: 'inline' | 'panel';
  rule: string;
  severity: string;
  message: string;
  /** the "source: …" line, when the warning shows one */
  source: string | null;
  fix: string | null;
}

/**
 * Runs in the page. Written without nested named functions: tsx would wrap those in a `__name`
 * helper that does not exist in the page.
 */
function collectShown(): Shown[] {
  const shown: Shown[] = [];
  const roots: (Document | ShadowRoot)[] = [document];
  while (roots.length > 0) {
    const root = roots.pop();
    if (!root) break;
    for (const host of Array.from(root.querySelectorAll('*'))) {
      const shadow = host.shadowRoot;
      if (!shadow) continue;
      const isPanel = host.hasAttribute('data-preflight-panel');
      const hostField = host.getAttribute('data-preflight-for');
      if (!isPanel && hostField === null) {
        // A portal web component: warnings may sit inside it.
        roots.push(shadow);
        continue;
      }
      const items = Array.from(shadow.querySelectorAll('[data-rule]'));
      for (const item of items) {
        let fixButtons = Array.from(item.querySelectorAll('[data-fix]'));
        if (fixButtons.length === 0 && items.length === 1) fixButtons = Array.from(shadow.querySelectorAll('[data-fix]'));
        const fixLabels = fixButtons.map((b) => (b.textContent ?? '').trim()).filter((t) => t !== '');
        // innerText keeps the line breaks of block elements (message, fix, source lines)
        const text = (item as HTMLElement).innerText || item.textContent || '';
        const lines = text
          .split('\n')
          .map((line) => line.replace(/\s+/g, ' ').trim())
          .filter((line) => line !== '' && !fixLabels.includes(line));
        shown.push({
          field: item.getAttribute('data-preflight-for') ?? hostField ?? '',
          where: isPanel ? 'panel' : 'inline',
          rule: item.getAttribute('data-rule') ?? '',
          severity: item.getAttribute('data-severity') ?? '',
          // the message and source spans when present (a closed card has no innerText to split)
          message: item.querySelector('.msg')?.textContent ?? lines.filter((line) => !/^source:/i.test(line)).join(' '),
          source: item.querySelector('.src')?.textContent ?? lines.find((line) => /^source:/i.test(line)) ?? null,
          fix: fixLabels.length === 0 ? null : fixLabels.join(', '),
        });
      }
    }
  }
  return shown;
}

/** Finds the fix button of a rule's finding (inside the open shadow root of its warning host). */
function findFixButton(rule: string): Element | null {
  for (const host of Array.from(document.querySelectorAll('[data-preflight-for], [data-preflight-panel]'))) {
    const shadow = host.shadowRoot;
    if (!shadow) continue;
    const item = shadow.querySelector(`[data-rule="${CSS.escape(rule)}"]`);
    if (!item) continue;
    const inside = item.querySelector('[data-fix]');
    if (inside) return inside;
    const all = shadow.querySelectorAll('[data-fix]');
    if (shadow.querySelectorAll('[data-rule]').length === 1 && all.length === 1) return all[0] ?? null;
  }
  return null;
}

/** Lets the content script react: two animation frames, then a short pause for batching. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
  await page.waitForTimeout(250);
}

async function readShown(page: Page): Promise<Shown[]> {
  try {
    return await page.evaluate(collectShown);
  } catch (error) {
    console.log(`  (could not read warnings: ${String(error)})`);
    return [];
  }
}

// ---------- printing ----------

const ICON: Record<string, string> = { error: '✖', warning: '▲', info: 'ℹ' };
const seenRules = new Map<string, string>();
const printed = new Set<string>();

const WRAP = 100;

/** Word-wraps `text` to lines of at most WRAP characters, each starting with `indent`. */
function wrap(text: string, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && indent.length + line.length + 1 + word.length > WRAP) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(indent + line);
  return lines.join('\n');
}

function printShown(label: string, shown: Shown[]): void {
  console.log(`  ${label}:`);
  if (shown.length === 0) {
    console.log('    no findings shown');
    return;
  }
  for (const s of shown) {
    seenRules.set(s.rule, s.severity);
    const where = s.where === 'panel' ? `panel${s.field ? ` → ${s.field}` : ''}` : s.field;
    const key = `${s.rule}|${where}|${s.message}`;
    const head = `    ${ICON[s.severity] ?? '•'} ${s.severity.padEnd(7)} ${s.rule}  @ ${where}`;
    // A finding printed in full earlier gets one line, so each step's news stands out.
    if (printed.has(key)) {
      console.log(`${head}  (as above)`);
      continue;
    }
    printed.add(key);
    console.log(head);
    // The severity is printed above; drop the warning's own "Error:"/"Warning:" prefix.
    console.log(wrap(s.message.replace(/^(error|warning|note|info):\s*/i, ''), '        '));
    if (s.fix) console.log(`        [fix: ${s.fix}]`);
    if (s.source) console.log(wrap(s.source, '        '));
  }
}

const heading = (text: string) => console.log(`\n── ${text} ${'─'.repeat(Math.max(0, 66 - text.length))}`);

// ---------- driving the portal as a user ----------

const byTestId = (testId: string) => `[data-test-id="${testId}"]`;

/** Portal fields a warning covered, so that a click meant for the field hit the warning. */
const covered = new Set<string>();

/**
 * Clicks a portal control as a user would; when something (e.g. a warning box) covers it, notes
 * that and reaches the control by keyboard focus instead, so the walkthrough carries on.
 */
async function clickOrFocus(page: Page, testId: string): Promise<boolean> {
  const target = page.locator(byTestId(testId));
  try {
    await target.click({ timeout: 2_000 });
    return true;
  } catch {
    covered.add(testId);
    await target.focus();
    return false;
  }
}

async function perform(page: Page, action: Action): Promise<void> {
  switch (action.kind) {
    case 'type':
      await clickOrFocus(page, action.testId);
      await page.keyboard.type(action.text, { delay: TYPING_DELAY_MS });
      return;
    case 'select':
      await page.locator(byTestId(action.testId)).selectOption(action.value);
      return;
    case 'check':
    case 'click':
      if (!(await clickOrFocus(page, action.testId))) await page.keyboard.press('Space');
      return;
  }
}

async function screenshot(page: Page, name: string, shots: string[], fullPage = true): Promise<void> {
  const path = join(OUT_DIR, name);
  await page.screenshot({ path, fullPage });
  shots.push(path);
}

/** A README picture: a portal screenshot with an extension page (`rightWidth` wide) beside it, composed in a blank page. */
async function sideBySide(
  context: BrowserContext,
  left: string,
  right: string,
  name: string,
  shots: string[],
  rightWidth = 400,
): Promise<void> {
  const leftPath = join(OUT_DIR, left);
  if (!existsSync(leftPath)) return;
  const dataUrl = (file: string): string => `data:image/png;base64,${readFileSync(join(OUT_DIR, file)).toString('base64')}`;
  const canvas = await context.newPage();
  await canvas.setViewportSize({ width: 1280 + rightWidth + 48, height: 900 });
  await canvas.setContent(
    `<body style="margin:0;display:flex;gap:16px;align-items:flex-start;background:#d9dde3;padding:16px">` +
      `<img alt="" src="${dataUrl(left)}" style="width:1280px;box-shadow:0 1px 6px #0004">` +
      `<img alt="" src="${dataUrl(right)}" style="width:${rightWidth}px;box-shadow:0 1px 6px #0004"></body>`,
  );
  await screenshot(canvas, name, shots);
  await canvas.close();
}

/** The extension's service worker, if it started; its URL carries the extension id. */
async function findServiceWorker(context: BrowserContext): Promise<Worker | null> {
  const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (existing) return existing;
  try {
    return await context.waitForEvent('serviceworker', { timeout: 10_000 });
  } catch {
    return null;
  }
}

interface ChromeTabs {
  chrome: { tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> } };
}

async function portalTabId(worker: Worker, portalUrl: string): Promise<number | null> {
  try {
    const tabs = await worker.evaluate(() => (globalThis as unknown as ChromeTabs).chrome.tabs.query({}));
    return tabs.find((t) => t.url?.startsWith(portalUrl))?.id ?? null;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  // first: a missing browser (or a CHROMIUM_PATH naming nothing) ends the demo before it starts anything
  const executablePath = ensureBrowserOrExit(CHROMIUM);
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npm run build:e2e\` (or \`npm run demo\`, which builds it).`);
  }
  // Start from an empty folder so no screenshot from an earlier run passes for this one's.
  await rm(OUT_DIR, { recursive: true, force: true });
  await mkdir(OUT_DIR, { recursive: true });
  const server = await startPortalServer({ port: headed ? DEFAULT_PORTAL_PORT : 0 }).catch(() => startPortalServer({ port: 0 }));
  console.log(`PA Preflight demo · portal ${server.url}/ · ${headed ? 'headed' : 'headless'} Chromium`);

  // an open server keeps Node running: a browser that fails to start must close it
  const context = await chromium
    .launchPersistentContext('', {
      executablePath,
      headless: !headed,
      viewport: { width: 1280, height: 900 },
      args: extensionArgs(EXTENSION_DIR),
    })
    .catch(async (error: unknown) => {
      await server.close().catch(() => undefined);
      throw error;
    });

  const shots: string[] = [];
  const pageErrors: string[] = [];
  let fixResult = 'not tried';
  let reactUnits = '';
  /** the walkthrough ran to its end: only then does a headed browser stay open for the user */
  let completed = false;
  try {
    const worker = await findServiceWorker(context);
    const extensionId = worker ? new URL(worker.url()).host : null;
    console.log(extensionId ? `Extension loaded: ${extensionId}` : 'Extension service worker not found (is the e2e build complete?)');

    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.goto(`${server.url}/`);
    await page.locator('[data-test-id="precert-form"]').waitFor();
    await settle(page);

    for (const [index, step] of STEPS.entries()) {
      heading(`Step ${index + 1} · ${step.title}`);
      await page.locator(`[data-test-id="precert-form"][data-step="${step.id}"]`).waitFor();
      for (const action of step.actions) await perform(page, action);
      await settle(page);
      printShown('findings shown', await readShown(page));
      await screenshot(page, `portal-step-${index + 1}.png`, shots);

      if (step.id === 'medication') {
        const button = await page.evaluateHandle(findFixButton, 'units-equal-mg');
        const element = button.asElement();
        if (element) {
          console.log('  applying the fix offered for units-equal-mg (keyboard: focus + Enter) …');
          await element.focus();
          await page.keyboard.press('Enter');
          await settle(page);
          const after = await readShown(page);
          reactUnits = await page.locator(byTestId('med-units')).inputValue();
          fixResult = after.some((s) => s.rule === 'units-equal-mg')
            ? `still shown (units field holds "${reactUnits}")`
            : `cleared (units field now "${reactUnits}")`;
          console.log(`  units-equal-mg ${fixResult}`);
          printShown('findings shown after the fix', after);
          await screenshot(page, `portal-step-${index + 1}-fixed.png`, shots);
        } else {
          fixResult = 'no fix button for units-equal-mg was shown';
          console.log(`  ${fixResult}`);
        }
      }

      if (step.id === 'clinical') {
        console.log(`  now typing the CRP collection date ${CRP_DATE} …`);
        await perform(page, type('crp-date', CRP_DATE));
        await settle(page);
        printShown('findings shown with the CRP date', await readShown(page));
        await screenshot(page, `portal-step-${index + 1}-crp-date.png`, shots);
      }

      if (step.id === 'review') {
        // The portal's own React state, as the summary renders it: did the fix reach it?
        reactUnits = (await page.locator(byTestId('review-units')).textContent())?.trim() ?? '';
        console.log(`  portal state: Billing units = ${reactUnits}`);
      }

      if (step.id !== 'review') await perform(page, click('step-next'));
    }

    heading('Popup');
    if (worker && extensionId) {
      const tabId = await portalTabId(worker, server.url);
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 400, height: 600 });
      const query = tabId === null ? '' : `?tab=${tabId}`;
      const loaded = await popup
        .goto(`chrome-extension://${extensionId}/popup.html${query}`)
        .then(() => true)
        .catch((error: unknown) => {
          console.log(`  popup.html did not load (${String(error).split('\n')[0]})`);
          return false;
        });
      if (loaded) {
        await settle(popup);
        // popup.png is what the 400×600 popup shows; popup-full.png scrolls through all of it.
        await screenshot(popup, 'popup.png', shots, false);
        await screenshot(popup, 'popup-full.png', shots);
        console.log(`  popup.html${query} captured`);
        await sideBySide(context, 'portal-step-4-fixed.png', 'popup.png', 'portal-and-popup.png', shots);
      }
      if (!headed || !loaded) await popup.close();

      heading('Side panel');
      // the page Chrome's side panel shows for the tab, at a side panel's width
      const panel = await context.newPage();
      await panel.setViewportSize({ width: 420, height: 900 });
      const drafted = await panel
        .goto(`chrome-extension://${extensionId}/sidepanel.html${query}`)
        .then(() => panel.locator('section#letter pre').waitFor({ timeout: 10_000 }))
        .then(() => true)
        .catch((error: unknown) => {
          console.log(`  sidepanel.html did not draft the letter (${String(error).split('\n')[0]})`);
          return false;
        });
      if (drafted) {
        await screenshot(panel, 'sidepanel.png', shots, false);
        console.log(`  sidepanel.html${query} captured`);
        await sideBySide(context, 'portal-step-5-crp-date.png', 'sidepanel.png', 'portal-and-sidepanel.png', shots, 420);
      }
      if (!headed || !drafted) await panel.close();
    } else {
      console.log('  skipped: no extension id');
    }

    if (!headed) {
      await page.locator(byTestId('submit')).click();
      console.log(`  ${(await page.locator(byTestId('submit-status')).textContent()) ?? ''}`);
    }
    completed = true;
  } finally {
    heading('Summary');
    const rules = [...seenRules.entries()].map(([rule, severity]) => `${rule} (${severity})`);
    console.log(`  rules shown during the run: ${rules.length === 0 ? 'none (no findings shown)' : rules.join(', ')}`);
    console.log(`  units fix: ${fixResult}; portal's Billing units at review: ${reactUnits || 'n/a'}`);
    console.log(`  page errors: ${pageErrors.length === 0 ? 'none' : pageErrors.join(' | ')}`);
    if (covered.size > 0) {
      console.log(`  portal fields covered by a warning (click intercepted, reached by keyboard): ${[...covered].join(', ')}`);
    }
    console.log(`  screenshots:\n${shots.map((s) => `    ${relative(ROOT, s)}`).join('\n')}`);
    if (headed && completed) {
      console.log('\nThe browser stays open: try the portal yourself. Close the window (or Ctrl+C) to end the demo.');
      await new Promise<void>((resolve) => {
        context.on('close', () => resolve());
        process.once('SIGINT', () => resolve());
      });
    }
    await context.close().catch(() => undefined);
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
  // whatever the failure left behind (a browser process, a socket), the demo ends here
  process.exit(1);
});
