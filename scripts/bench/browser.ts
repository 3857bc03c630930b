import type { BrowserContext, Locator, Page } from 'playwright-core';
import type { Harness } from '../../test/e2e/fixture';
import { byTestId, goToStep, sendToTabs, typeDrug, waitForRule } from '../../test/e2e/helpers';
import { UNITS_PATH } from './pages';
import {
  churnProbe,
  DETACHED_ALIVE_PROBE,
  FIRST_WARNING_PROBE,
  FRAME_PROBE,
  KEYSTROKE_PROBE,
  type ChurnResult,
  type Expectation,
  type KeystrokeSample,
} from './probes';
import { contentScriptTimes, scriptCost, traceDuring, type ContentScriptTimes, type ScriptCost, type TraceEvent } from './trace';

/** Measurements in real Chromium with the e2e build loaded (test/e2e/fixture.ts). */

export const WIZARD = '/app/precertification/new/patient';
export const CONTENT_SCRIPT = '/content-scripts/content.js';
/** The content script's code: the stub the manifest injects (CONTENT_SCRIPT) and the modules it
 *  imports from the extension's lazy/ folder (the reader, the checks, the packs). */
const CONTENT_CODE = /^chrome-extension:\/\/[a-p]{32}\/(content-scripts\/content|lazy\/.+)\.js$/;
/** The trace with every call into the content script's code named as the stub, so the figures
 *  taken by its URL (trace.ts) count the lazily loaded modules too. */
const asContentScript = (events: readonly TraceEvent[]): TraceEvent[] =>
  events.map((e) => {
    const data = e.args?.data;
    return data?.url && CONTENT_CODE.test(data.url) ? { ...e, args: { ...e.args, data: { ...data, url: CONTENT_SCRIPT } } } : e;
  });
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

/** Keystrokes typed after the timed ones, under a trace, for the content script's own cost. */
const TRACED = 20;

export interface KeystrokeRun {
  samples: KeystrokeSample[];
  /** the content script's main-thread time over the traced keystrokes, per keystroke (ms) */
  scriptPerKey: ScriptCost;
}

const untilResult = async (page: Page, n: number, key: string): Promise<void> => {
  const done = await page.evaluate(
    `Promise.race([window.__paBench.until(${n}).then(() => true), new Promise((r) => setTimeout(() => r(false), 5000))])`,
  );
  if (!done) throw new Error(`keystroke ${n} ("${key}") fired no input event within 5 s`);
};

async function typeCycle(page: Page, from: number, to: number): Promise<void> {
  for (let i = from; i < to; i++) {
    await page.keyboard.press(step(i).key);
    await untilResult(page, i + 1, step(i).key);
    // a random gap, so keystrokes land at every phase of the display's frame clock
    await pause(Math.random() * 20);
  }
}

export async function measureKeystrokes(context: BrowserContext, page: Page, field: Locator, count: number): Promise<KeystrokeRun> {
  const total = WARMUP + count + TRACED;
  const plan: Expectation[] = Array.from({ length: total }, (_, i) => ({ path: UNITS_PATH, rule: 'units-equal-mg', text: step(i).text }));
  await page.evaluate(KEYSTROKE_PROBE);
  await page.evaluate(`window.__paBench.plan = ${JSON.stringify(plan)}`);
  await field.click();
  await typeCycle(page, 0, WARMUP + count);
  // the untraced keystrokes are the timed ones: tracing slows the renderer
  const events = await traceDuring(context, page, () => typeCycle(page, WARMUP + count, total));
  const cost = scriptCost(asContentScript(events), CONTENT_SCRIPT);
  const samples = (await page.evaluate('window.__paBench.results')) as KeystrokeSample[];
  return {
    samples: samples.slice(WARMUP, WARMUP + count),
    scriptPerKey: { ...cost, wall: cost.wall / TRACED, thread: cost.thread / TRACED },
  };
}

/** The same keystrokes on a page without the extension: keydown → the page's next frame (ms). */
export async function measureFrames(page: Page, field: Locator, count: number): Promise<number[]> {
  await page.evaluate(FRAME_PROBE);
  await field.click();
  await typeCycle(page, 0, WARMUP + count);
  const samples = (await page.evaluate('window.__paBench.results')) as KeystrokeSample[];
  return samples.slice(WARMUP).map((s) => s.inDom ?? Number.NaN);
}

/** A page of `origin` opened on a host the e2e build does not match: Playwright answers its
 *  requests from `origin`, so the same page runs without the content script. */
export async function openUnmatched(context: BrowserContext, origin: string, path: string): Promise<Page> {
  const unmatched = 'http://portal.invalid';
  const page = await context.newPage();
  await page.route(`${unmatched}/**`, async (route) => {
    const url = new URL(route.request().url());
    await route.fulfill({ response: await route.fetch({ url: `${origin}${url.pathname}` }) });
  });
  await page.goto(`${unmatched}${path}`);
  return page;
}

/** Loads `url` in a fresh tab under a trace; the content script's figures up to its first warning. */
export async function measureStartup(context: BrowserContext, url: string): Promise<ContentScriptTimes> {
  const page = await context.newPage();
  try {
    await page.addInitScript(FIRST_WARNING_PROBE);
    const events = await traceDuring(context, page, async () => {
      await page.goto(url);
      await page.waitForSelector('[data-preflight-for]', { state: 'attached', timeout: WARNING_TIMEOUT });
      await pause(200); // the after-frame mark lands a frame later
    });
    const times = contentScriptTimes(asContentScript(events), CONTENT_SCRIPT);
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
  // the Ilaris rules speak on an Ilaris request only
  await typeDrug(page);
  await byTestId(page, 'med-dose').pressSequentially('280');
  return page;
}

export interface ChurnMeasure extends ChurnResult {
  /** warning hosts in the document before the churn */
  hostsBefore: number;
  /** bytes of JS heap after GC: growth over the n re-renders (the budget) … */
  heapGrowth: number;
  /** … over n more (a leak keeps growing; warm-up does not) … */
  heapGrowthNext: number;
  /** … and over n re-renders of the same wizard where the extension does not run */
  heapGrowthWithout: number;
}

async function openWizardWithout(harness: Harness): Promise<Page> {
  const page = await openUnmatched(harness.context, harness.portal, WIZARD);
  await goToStep(page, 'medication');
  await typeDrug(page);
  await byTestId(page, 'med-dose').pressSequentially('280');
  return page;
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

/** Heap growth (bytes, after GC) over `n` re-renders, after a warm-up of 50. */
async function churnGrowth(page: Page, context: BrowserContext, n: number): Promise<{ growth: number; result: ChurnResult }> {
  const before = await heapAfterGc(page, context);
  const result = (await page.evaluate(churnProbe(n))) as ChurnResult;
  await heapAfterGc(page, context);
  result.detachedAlive = (await page.evaluate(DETACHED_ALIVE_PROBE)) as number;
  await page.evaluate('delete window.__paBenchHosts'); // the probe's own references, not ours
  return { growth: (await heapAfterGc(page, context)) - before, result };
}

async function warmUp(page: Page): Promise<void> {
  await page.evaluate(churnProbe(50)); // JIT, React's pools, our maps at their size
  await page.evaluate('delete window.__paBenchHosts');
}

/**
 * The wizard re-rendered `n` times (React replaces every field node) with a warning showing:
 * the renderer's JS heap after forced GCs (one V8 heap holds the portal's and the content
 * script's objects, so the same churn without the extension is measured too), and what is
 * left of the warnings.
 */
export async function measureChurn(harness: Harness, n: number): Promise<ChurnMeasure> {
  const page = await openWizardMedication(harness);
  let measured: Omit<ChurnMeasure, 'heapGrowthWithout'>;
  try {
    await byTestId(page, 'med-units').pressSequentially('1');
    await waitForRule(page, UNITS_PATH, 'units-equal-mg');
    await warmUp(page);
    const hostsBefore = await page.locator('pa-preflight-warning').count();
    const first = await churnGrowth(page, harness.context, n);
    const next = await churnGrowth(page, harness.context, n);
    measured = { ...first.result, hostsBefore, heapGrowth: first.growth, heapGrowthNext: next.growth };
  } finally {
    await page.close();
  }
  const without = await openWizardWithout(harness);
  try {
    await byTestId(without, 'med-units').pressSequentially('1');
    await warmUp(without);
    return { ...measured, heapGrowthWithout: (await churnGrowth(without, harness.context, n)).growth };
  } finally {
    await without.close();
  }
}
