import type { BrowserContext, Page } from 'playwright-core';

/**
 * A Chromium performance trace (CDP `Tracing`) around a page load or some keystrokes: when the content script
 * was evaluated, what its callbacks cost on the renderer's main thread (wall and thread
 * time: the thread time leaves out what other processes of this busy 2-core machine took),
 * the page's own script time and first paint, and the page's `performance.mark`s, all on the
 * trace's clock. No hook in the extension is needed: the trace names the script by its URL and
 * the modules it imports by its isolated world.
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
  tid?: number;
  /** `worldName`: a module's evaluation names the world it runs in (an extension's isolated world) */
  args?: { data?: { url?: string }; worldName?: string };
}

const CATEGORIES = ['devtools.timeline', 'blink.user_timing', 'v8.execute', 'loading'];

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

/** Which trace events are the content script's: its files by URL, its modules by world. */
export interface ScriptId {
  /** part of the URL of the script's files (the stub and the modules it imports) */
  url: string;
  /** the name of its isolated world (an extension's name) */
  world: string;
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
  /** the page's own script main-thread time until its first paint (ms); null without a paint */
  pageScriptThread: number | null;
  /** a page script's evaluation, by URL part (the bench's reference scan), CPU ms */
  referenceThread: number | null;
}

const ms = (us: number | undefined): number => (us ?? 0) / 1000;
const end = (e: TraceEvent): number => e.ts + (e.dur ?? 0);
const isScript = (e: TraceEvent): boolean => e.ph === 'X' && (e.name === 'EvaluateScript' || e.name === 'FunctionCall');
const isModule = (e: TraceEvent): boolean => e.ph === 'X' && e.name === 'v8.evaluateModule';
const isMicrotasks = (e: TraceEvent): boolean => e.ph === 'X' && e.name === 'RunMicrotasks';

/** Drops events that lie inside an earlier one of the list (a callback inside a module's
 *  evaluation), so no time is counted twice. */
function outermost(events: readonly TraceEvent[]): TraceEvent[] {
  const out: TraceEvent[] = [];
  let until = -Infinity;
  for (const e of [...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))) {
    if (end(e) <= until) continue;
    out.push(e);
    until = Math.max(until, end(e));
  }
  return out;
}

/**
 * The script's evaluation, every callback of it the browser ran (timers, frames, events), its
 * modules' evaluations, and the microtasks run right after one of those: a dynamic import
 * resolves there, so the code that awaited it (a scan started once a module has loaded) runs
 * in that microtask checkpoint, which the trace names by no URL.
 */
export function eventsOfScript(events: readonly TraceEvent[], id: ScriptId): TraceEvent[] {
  const own = events.filter(
    (e) => (isScript(e) && !!e.args?.data?.url?.includes(id.url)) || (isModule(e) && e.args?.worldName === id.world),
  );
  const modulesEnd = own.filter(isModule).map(end);
  const resumed = events.filter((e) => isMicrotasks(e) && modulesEnd.some((t) => e.ts >= t && e.ts - t <= 500));
  return outermost([...own, ...resumed]);
}

/** The page's own scripts (not the content script's): evaluations, callbacks, modules, microtasks. */
export function pageScriptEvents(events: readonly TraceEvent[], id: ScriptId): TraceEvent[] {
  const ours = new Set(eventsOfScript(events, id));
  const page = events.filter(
    (e) =>
      !ours.has(e) &&
      ((isScript(e) && !e.args?.data?.url?.includes(id.url) && !/^chrome-extension:/.test(e.args?.data?.url ?? '')) ||
        (isModule(e) && !e.args?.worldName) ||
        isMicrotasks(e)),
  );
  // a page event that holds one of ours (microtasks that ran our continuation) is ours
  const top = outermost(page);
  return top.filter((e) => ![...ours].some((o) => o.ts >= e.ts && end(o) <= end(e)));
}

/** The first paint of the page (the `loading` category's firstPaint / firstContentfulPaint). */
export function firstPaint(events: readonly TraceEvent[]): number | null {
  const paints = events.filter((e) => e.name === 'firstPaint' || e.name === 'firstContentfulPaint').map((e) => e.ts);
  return paints.length ? Math.min(...paints) : null;
}

export interface ScriptCost {
  /** main-thread time of all the script's callbacks in the trace (ms) */
  wall: number;
  thread: number;
  /** its longest callback (ms) */
  longestWall: number;
  longestThread: number;
}

export function scriptCost(events: readonly TraceEvent[], id: ScriptId): ScriptCost {
  const calls = eventsOfScript(events, id);
  return {
    wall: calls.reduce((s, e) => s + ms(e.dur), 0),
    thread: calls.reduce((s, e) => s + ms(e.tdur), 0),
    longestWall: Math.max(0, ...calls.map((e) => ms(e.dur))),
    longestThread: Math.max(0, ...calls.map((e) => ms(e.tdur))),
  };
}

const sumThread = (list: readonly TraceEvent[]): number => list.reduce((s, e) => s + ms(e.tdur), 0);
const sumWall = (list: readonly TraceEvent[]): number => list.reduce((s, e) => s + ms(e.dur), 0);

/** The content script's figures from a trace of a page load; null when it never showed a warning.
 *  `reference`: the URL part of a page script whose evaluation is the scan to compare with. */
export function contentScriptTimes(events: readonly TraceEvent[], id: ScriptId, reference?: string): ContentScriptTimes | null {
  const ofScript = eventsOfScript(events, id);
  const start = ofScript.find((e) => e.name === 'EvaluateScript');
  const mark = (name: string) => events.find((e) => e.name === name && e.cat.includes('user_timing'));
  const shown = mark('pa-bench:warning-in-dom');
  if (!start || !shown) return null;
  const painted = mark('pa-bench:warning-after-frame');
  const placed = mark('pa-bench:warning-placed');
  const after = ofScript.filter((e) => e.ts > start.ts);
  const scan = placed ? after.filter((e) => e.ts < placed.ts) : null;
  const before = ofScript.filter((e) => e.ts >= start.ts && e.ts < shown.ts);
  const callbacks = scan ?? before.filter((e) => e !== start);
  const longest = callbacks.reduce<TraceEvent | null>((a, e) => (!a || (e.dur ?? 0) > (a.dur ?? 0) ? e : a), null);
  const paint = firstPaint(events);
  const refEvents = reference
    ? events.filter((e) => isScript(e) && e.name === 'EvaluateScript' && e.args?.data?.url?.includes(reference))
    : [];
  return {
    startToWarning: ms(shown.ts - start.ts),
    startToPainted: painted ? ms(painted.ts - start.ts) : null,
    scriptWall: sumWall(before),
    scriptThread: sumThread(before),
    evaluateThread: ms(start.tdur),
    firstScanWall: scan ? sumWall(scan) : null,
    firstScanThread: scan ? sumThread(scan) : null,
    longestCallbackWall: ms(longest?.dur),
    longestCallbackThread: ms(longest?.tdur),
    pageScriptThread: paint === null ? null : sumThread(pageScriptEvents(events, id).filter((e) => e.ts < paint)),
    referenceThread: refEvents.length ? sumThread(refEvents) : null,
  };
}
