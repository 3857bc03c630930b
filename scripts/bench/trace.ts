import type { BrowserContext, Page } from 'playwright-core';

/**
 * A Chromium performance trace (CDP `Tracing`) around a page load or some keystrokes: when the content script
 * was evaluated, what its callbacks cost on the renderer's main thread (wall and thread
 * time: the thread time leaves out what other processes of this busy 2-core machine took),
 * and the page's own `performance.mark`s, all on the trace's clock. No hook in the extension
 * is needed: the trace names the script by its URL.
 */

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  /** µs, trace clock */
  ts: number;
  dur?: number;
  /** thread (CPU) time of the event, µs */
  tdur?: number;
  args?: { data?: { url?: string } };
}

const CATEGORIES = ['devtools.timeline', 'blink.user_timing', 'v8.execute'];

export async function traceDuring(context: BrowserContext, page: Page, action: () => Promise<void>): Promise<TraceEvent[]> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } });
  try {
    await action();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach().catch(() => undefined);
  }
  return events;
}

export interface ContentScriptTimes {
  /** content script evaluated → the first warning in the DOM (wall ms) */
  startToWarning: number;
  /** → a task after the frame that showed it (wall ms) */
  startToPainted: number | null;
  /** the content script's main-thread time until then: evaluation plus every callback (ms) */
  scriptWall: number;
  scriptThread: number;
  /** of which evaluating the script (parse, compile, top level) */
  evaluateThread: number;
  /** the first scan: every callback of the script from its start until the first warning is
   *  placed in the frame that shows it (read, evaluate, write, position; ms) */
  firstScanWall: number | null;
  firstScanThread: number | null;
  /** its longest single callback until then (ms) */
  longestCallbackWall: number;
  longestCallbackThread: number;
}

const ms = (us: number | undefined): number => (us ?? 0) / 1000;

/** The script's evaluation and every callback of it the browser ran (timers, frames, events). */
const eventsOfScript = (events: readonly TraceEvent[], scriptUrlPart: string): TraceEvent[] =>
  events.filter(
    (e) => e.ph === 'X' && (e.name === 'EvaluateScript' || e.name === 'FunctionCall') && e.args?.data?.url?.includes(scriptUrlPart),
  );

export interface ScriptCost {
  /** main-thread time of all the script's callbacks in the trace (ms) */
  wall: number;
  thread: number;
  /** its longest callback (ms) */
  longestWall: number;
  longestThread: number;
}

export function scriptCost(events: readonly TraceEvent[], scriptUrlPart: string): ScriptCost {
  const calls = eventsOfScript(events, scriptUrlPart);
  return {
    wall: calls.reduce((s, e) => s + ms(e.dur), 0),
    thread: calls.reduce((s, e) => s + ms(e.tdur), 0),
    longestWall: Math.max(0, ...calls.map((e) => ms(e.dur))),
    longestThread: Math.max(0, ...calls.map((e) => ms(e.tdur))),
  };
}

/** The content script's figures from a trace of a page load; null when it never showed a warning. */
export function contentScriptTimes(events: readonly TraceEvent[], scriptUrlPart: string): ContentScriptTimes | null {
  const ofScript = eventsOfScript(events, scriptUrlPart);
  const start = ofScript.find((e) => e.name === 'EvaluateScript');
  const mark = (name: string) => events.find((e) => e.name === name && e.cat.includes('user_timing'));
  const shown = mark('pa-bench:warning-in-dom');
  if (!start || !shown) return null;
  const painted = mark('pa-bench:warning-after-frame');
  const placed = mark('pa-bench:warning-placed');
  const scan = placed ? ofScript.filter((e) => e.name === 'FunctionCall' && e.ts >= start.ts && e.ts < placed.ts) : null;
  const before = ofScript.filter((e) => e.ts >= start.ts && e.ts < shown.ts);
  const callbacks = scan ?? before.filter((e) => e.name === 'FunctionCall');
  const longest = callbacks.reduce<TraceEvent | null>((a, e) => (!a || (e.dur ?? 0) > (a.dur ?? 0) ? e : a), null);
  return {
    startToWarning: ms(shown.ts - start.ts),
    startToPainted: painted ? ms(painted.ts - start.ts) : null,
    scriptWall: before.reduce((s, e) => s + ms(e.dur), 0),
    scriptThread: before.reduce((s, e) => s + ms(e.tdur), 0),
    evaluateThread: ms(start.tdur),
    firstScanWall: scan ? scan.reduce((s, e) => s + ms(e.dur), 0) : null,
    firstScanThread: scan ? scan.reduce((s, e) => s + ms(e.tdur), 0) : null,
    longestCallbackWall: ms(longest?.dur),
    longestCallbackThread: ms(longest?.tdur),
  };
}
