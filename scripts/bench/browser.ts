import type { BrowserContext, Locator, Page } from 'playwright-core';
import type { Harness } from '../../test/e2e/fixture';
import { byTestId, goToStep, sendToTabs, waitForRule } from '../../test/e2e/helpers';
import { UNITS_PATH } from './pages';
import {
  churnProbe,
  DETACHED_ALIVE_PROBE,
  FIRST_WARNING_PROBE,
  KEYSTROKE_PROBE,
  type ChurnResult,
  type Expectation,
  type KeystrokeSample,
} from './probes';
import { contentScriptTimes, traceLoad, type ContentScriptTimes } from './trace';

/** Measurements in real Chromium with the e2e build loaded (test/e2e/fixture.ts). */

export const WIZARD = '/app/precertification/new/patient';
const CONTENT_SCRIPT = '/content-scripts/content.js';
/** generous: a slow first scan is a figure to report, not a reason to stop */
export const WARNING_TIMEOUT = 120_000;

/**
 * Keystrokes in the billing units field beside a 280 mg dose; each one changes what the
 * `units-equal-mg` warning shows: "" → "1" (appears) → "10" (its text changes) → "1" → ""
 * (gone). 4 of them warm up and are not counted.
 */
const CYCLE: { key: string; text: string | null }[] = [
  { key: '1', text: '1 unit entered' },
  { key: '0', text: '10 units entered' },
  { key: 'Backspace', text: '1 unit entered' },
  { key: 'Backspace', text: null },
];
const WARMUP = CYCLE.length;

const step = (i: number) => CYCLE[i % CYCLE.length] ?? CYCLE[0]!;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function measureKeystrokes(page: Page, field: Locator, count: number): Promise<KeystrokeSample[]> {
  const total = WARMUP + count;
  const plan: Expectation[] = Array.from({ length: total }, (_, i) => ({ path: UNITS_PATH, rule: 'units-equal-mg', text: step(i).text }));
  await page.evaluate(KEYSTROKE_PROBE);
  await page.evaluate(`window.__paBench.plan = ${JSON.stringify(plan)}`);
  await field.click();
  for (let i = 0; i < total; i++) {
    await page.keyboard.press(step(i).key);
    const done = await page.evaluate(
      `Promise.race([window.__paBench.until(${i + 1}).then(() => true), new Promise((r) => setTimeout(() => r(false), 5000))])`,
    );
    if (!done) throw new Error(`keystroke ${i + 1} ("${step(i).key}") fired no input event within 5 s`);
    // a random gap, so keystrokes land at every phase of the display's frame clock
    await pause(Math.random() * 20);
  }
  const samples = (await page.evaluate('window.__paBench.results')) as KeystrokeSample[];
  return samples.slice(WARMUP);
}

/** Loads `url` in a fresh tab under a trace; the content script's figures up to its first warning. */
export async function measureStartup(context: BrowserContext, url: string): Promise<ContentScriptTimes> {
  const page = await context.newPage();
  try {
    await page.addInitScript(FIRST_WARNING_PROBE);
    const events = await traceLoad(context, page, async () => {
      await page.goto(url);
      await page.waitForSelector('[data-preflight-for]', { state: 'attached', timeout: WARNING_TIMEOUT });
      await pause(200); // the after-frame mark lands a frame later
    });
    const times = contentScriptTimes(events, CONTENT_SCRIPT);
    if (!times) throw new Error(`no content-script start or first warning in the trace of ${url}`);
    return times;
  } finally {
    await page.close();
  }
}

/** How many fields the content script mapped on the open tab (its report to the popup). */
export async function mappedFieldCount(harness: Harness): Promise<number | null> {
  const reports = (await sendToTabs(harness, { type: 'get-report' })) as ({ fieldCount?: number } | null)[];
  const counts = reports.map((r) => r?.fieldCount).filter((n): n is number => typeof n === 'number');
  return counts.length === 1 ? (counts[0] ?? null) : null;
}

/** The wizard's medication step with a 280 mg dose typed, ready for keystrokes in the units field. */
export async function openWizardMedication(harness: Harness): Promise<Page> {
  const page = await harness.open(WIZARD);
  await goToStep(page, 'medication');
  await byTestId(page, 'med-dose').pressSequentially('280');
  return page;
}

export interface ChurnMeasure extends ChurnResult {
  /** warning hosts in the document before the churn */
  hostsBefore: number;
  heapBefore: number;
  heapAfter: number;
  /** bytes */
  heapGrowth: number;
}

async function heapAfterGc(page: Page, context: BrowserContext): Promise<number> {
  const cdp = await context.newCDPSession(page);
  try {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const usage = await cdp.send('Runtime.getHeapUsage');
    return usage.usedSize;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * The wizard re-rendered `n` times (React replaces every field node) with a warning showing:
 * the renderer's JS heap after forced GCs before and after (one V8 heap holds the portal's and
 * the content script's objects), and what is left of the warnings.
 */
export async function measureChurn(harness: Harness, n: number): Promise<ChurnMeasure> {
  const page = await openWizardMedication(harness);
  try {
    await byTestId(page, 'med-units').pressSequentially('1');
    await waitForRule(page, UNITS_PATH, 'units-equal-mg');
    await page.evaluate(churnProbe(50)); // warm-up: JIT, React's pools, our maps at their size
    await page.evaluate('delete window.__paBenchHosts');
    const hostsBefore = await page.locator('pa-preflight-warning').count();
    const heapBefore = await heapAfterGc(page, harness.context);
    const result = (await page.evaluate(churnProbe(n))) as ChurnResult;
    await heapAfterGc(page, harness.context);
    const detachedAlive = (await page.evaluate(DETACHED_ALIVE_PROBE)) as number;
    await page.evaluate('delete window.__paBenchHosts'); // the probe's own references, not ours
    const heapAfter = await heapAfterGc(page, harness.context);
    return { ...result, detachedAlive, hostsBefore, heapBefore, heapAfter, heapGrowth: heapAfter - heapBefore };
  } finally {
    await page.close();
  }
}
