import { describe, expect, it } from 'vitest';
import { contentScriptTimes, eventsOfScript, firstPaint, pageScriptEvents, type TraceEvent } from './trace';

const ID = { url: '/content-scripts/content.js', world: 'PA Preflight' };
const x = (name: string, ts: number, dur: number, args?: TraceEvent['args']): TraceEvent => ({
  name,
  cat: 'devtools.timeline',
  ph: 'X',
  ts,
  dur,
  tdur: dur / 2,
  args,
});
const url = (u: string) => ({ data: { url: u } });
const mark = (name: string, ts: number): TraceEvent => ({ name, cat: 'blink.user_timing', ph: 'R', ts });

/** A load: the page's module, its first paint, the stub, the reader module whose import resumes
 *  the stub in a microtask (the scan), a page microtask, a callback of ours, the warning. */
const LOAD: TraceEvent[] = [
  x('v8.evaluateModule', 0, 2000, {}),
  { name: 'firstContentfulPaint', cat: 'loading', ph: 'R', ts: 5000 },
  x('EvaluateScript', 10_000, 1000, url(`chrome-extension://abc${ID.url}`)),
  x('v8.evaluateModule', 20_000, 500, { worldName: 'PA Preflight' }),
  x('RunMicrotasks', 20_600, 8000, {}),
  x('RunMicrotasks', 40_000, 300, {}),
  x('FunctionCall', 50_000, 4000, url(`chrome-extension://abc${ID.url}`)),
  x('FunctionCall', 51_000, 1000, url(`chrome-extension://abc${ID.url}`)), // nested: counted once
  x('EvaluateScript', 3000, 600, url('http://127.0.0.1/reference-scan.js')),
  mark('pa-bench:warning-in-dom', 55_000),
  mark('pa-bench:warning-placed', 60_000),
];

describe('the content script in a trace', () => {
  it('counts its script, its modules, the microtasks that resume after them, and nothing twice', () => {
    const own = eventsOfScript(LOAD, ID).map((e) => `${e.name}@${e.ts}`);
    expect(own).toEqual(['EvaluateScript@10000', 'v8.evaluateModule@20000', 'RunMicrotasks@20600', 'FunctionCall@50000']);
  });

  it('leaves the page its own module and microtasks', () => {
    expect(pageScriptEvents(LOAD, ID).map((e) => `${e.name}@${e.ts}`)).toEqual([
      'v8.evaluateModule@0',
      'EvaluateScript@3000',
      'RunMicrotasks@40000',
    ]);
  });

  it('finds the first paint', () => {
    expect(firstPaint(LOAD)).toBe(5000);
    expect(firstPaint([])).toBeNull();
  });

  it('times start → warning, the first scan (CPU), the page to its first paint and the reference', () => {
    const t = contentScriptTimes(LOAD, ID, 'reference-scan.js');
    expect(t).not.toBeNull();
    expect(t!.startToWarning).toBe(45);
    // CPU is half the wall time in these events: module 0.25 + microtasks 4 + callback 2
    expect(t!.firstScanThread).toBeCloseTo(6.25);
    expect(t!.scriptThread).toBeCloseTo(0.5 + 6.25);
    expect(t!.pageScriptThread).toBeCloseTo(1 + 0.3); // module and reference before the paint
    expect(t!.referenceThread).toBeCloseTo(0.3);
  });

  it('gives null when no warning showed', () => {
    expect(
      contentScriptTimes(
        LOAD.filter((e) => !e.name.startsWith('pa-bench')),
        ID,
      ),
    ).toBeNull();
  });
});
