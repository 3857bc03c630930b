import type { BrowserContext, Locator, Page } from 'playwright-core';
import type { Harness } from '@/test/e2e/fixture';
import { byTestId, goToStep, sendToTabs, typeDrug, waitForRule } from '@/test/e2e/helpers';
import { REFERENCE_SCAN, UNITS_PATH } from './pages';
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
import {
  contentScriptTimes,
  scriptCost,
  traceDuring,
  type ContentScriptTimes,
  type ScriptCost,
  type ScriptId,
  type TraceEvent,
} from './trace';

/** Measurements in real Chromium with the e2e build loaded (test/e2e/fixture.ts). */

export const WIZARD = '/app/precertification/new/patient';
export const CONTENT_SCRIPT = '/content-scripts/content.js';
/** The content script in a trace: its files (named as the stub, see asContentScript) and the
 *  isolated world its modules run in (the extension's name). */
export const CONTENT_ID: ScriptId = { url: CONTENT_SCRIPT, world: 'PA Preflight' };
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
/** keystrokes per block: whole cycles, so every block starts and ends with the field empty */
export const BLOCK = CYCLE.length * 10;

const step = (i: number) => CYCLE[i % CYCLE.length] ?? CYCLE[0]!;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

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

/** Keystrokes typed on one open page in blocks, so blocks on two pages can alternate (A/B). */
export interface KeystrokeSession {
  /** types `n` keystrokes (a multiple of the cycle: the field ends empty), timed in the page */
  type(n: number): Promise<void>;
  /** types `n` keystrokes under a trace: the content script's main-thread time per keystroke */
  traced(n: number): Promise<ScriptCost>;
  /** keydown → the frame that shows it, per timed keystroke, warm-up left out */
  samples(): Promise<KeystrokeSample[]>;
}

/** Plans far enough ahead for any session (the plan repeats the cycle). */
const PLANNED = 4000;

/**
 * A session on `page`: with `warnings`, each keystroke is timed to the frame that shows the
 * warning it changes (KEYSTROKE_PROBE); without, to the page's next frame (FRAME_PROBE, for a
 * page the extension does not run on). The same keystrokes either way.
 */
export async function keystrokeSession(context: BrowserContext, page: Page, field: Locator, warnings: boolean): Promise<KeystrokeSession> {
  let typed = 0;
  const timed: [number, number][] = [];
  await page.evaluate(warnings ? KEYSTROKE_PROBE : FRAME_PROBE);
  if (warnings) {
    const plan: Expectation[] = Array.from({ length: PLANNED }, (_, i) => ({
      path: UNITS_PATH,
      rule: 'units-equal-mg',
      text: step(i).text,
    }));
    await page.evaluate(`window.__paBench.plan = ${JSON.stringify(plan)}`);
  }
  const block = async (n: number): Promise<void> => {
    await field.focus();
    await typeCycle(page, typed, typed + n);
    typed += n;
  };
  await block(WARMUP);
  return {
    async type(n) {
      timed.push([typed, typed + n]);
      await block(n);
    },
    async traced(n) {
      // the untraced keystrokes are the timed ones: tracing slows the renderer
      const events = await traceDuring(context, page, () => block(n));
      const cost = scriptCost(asContentScript(events), CONTENT_ID);
      return { ...cost, wall: cost.wall / n, thread: cost.thread / n };
    },
    async samples() {
      const all = (await page.evaluate('window.__paBench.results')) as KeystrokeSample[];
      return timed.flatMap(([from, to]) => all.slice(from, to));
    },
  };
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
    const times = contentScriptTimes(asContentScript(events), CONTENT_ID, REFERENCE_SCAN);
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
