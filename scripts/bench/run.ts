import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import buildForE2e from '@/test/e2e/global-setup';
import { ensureBrowserOrExit } from '@/scripts/browsers/ensure';
import { CHROMIUM } from '@/scripts/browsers/plan';
import { launchHarness, type Harness } from '@/test/e2e/fixture';
import { byTestId, goToStep } from '@/test/e2e/helpers';
import {
  BLOCK,
  keystrokeSession,
  mappedFieldCount,
  measureChurn,
  measureStartup,
  openUnmatched,
  openWizardMedication,
  WARNING_TIMEOUT,
  WIZARD,
  type ChurnMeasure,
  type KeystrokeSession,
} from './browser';
import { bundleSizes, CONTENT_BUDGETS_KIB, ensureProductionBuild, type EntrySize } from './bundle';
import { benchEngine, type EngineResult } from './engine';
import { SCALES, serveBenchPages } from './pages';
import { interleaved, medianRatio, ratio, spread } from './ratios';
import { judge, summarize, type Budget, type Summary, type Verdict } from './stats';
import type { ContentScriptTimes, ScriptCost } from './trace';

/**
 * `npm run bench`: the rules engine in Node, then the e2e build of the extension in Debian's
 * Chromium against the demo portal and generated pages, then the production bundle's sizes.
 * Prints a table, writes .output/bench.json. With `--check` it judges ratios measured side by
 * side in the same run (A/B blocks interleaved), the first warning's time on the fax form, the
 * bundle's budgets and the SPA churn, and exits 1 when one is missed; absolute figures are
 * printed, not judged. `--runs=N` repeats the browser part N times and prints each run's judged
 * figures and their spread ((max − min) ÷ median, which must stay under 15% with --check).
 * `--only=engine,keystroke,startup,scaling,churn,bundle` runs a subset (a judged figure whose
 * part did not run is reported as not measured, and fails --check).
 */

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
/** keystroke blocks per arm (BLOCK keys each), alternating with and without the extension */
const KEY_ROUNDS = 8;
/** traced keystroke blocks per scale, alternating 50 and 5,000 fields */
const TRACE_ROUNDS = 6;
const TRACED_KEYS = 20;
const STARTUP_LOADS = 7;
/** loads per scale page (the 5,000-field first scan is a 100–150 ms task whose CPU moves with V8's
 *  background compiles on a 2-core machine: 5 loads gave medians 18% apart between runs) */
const SCALE_ROUNDS = 9;
const RERENDERS = 1000;
const KIB = 1024;
const MAX_SPREAD = 0.15;
/** one frame at 60 Hz */
const FRAME_MS = 1000 / 60;

const args = process.argv.slice(2);
const check = args.includes('--check');
const onlyArg = args.find((a) => a.startsWith('--only='));
const only = onlyArg ? new Set(onlyArg.slice('--only='.length).split(',')) : null;
const runsArg = args.find((a) => a.startsWith('--runs='));
const RUNS = Math.max(1, Number(runsArg?.slice('--runs='.length) ?? 1) || 1);
const runs = (part: string): boolean => !only || only.has(part);

interface Keystrokes {
  /** keydown → the frame that shows the warning (with the extension) */
  with: Summary;
  /** keydown → the page's next frame, same page and keys, without the extension */
  without: Summary;
  /** keystrokes whose warning never showed */
  missed: number;
}

interface Scale {
  fields: number;
  mapped: number | null;
  loads: ContentScriptTimes[];
  /** medians over the loads */
  startToWarning: number;
  firstScanThread: number;
  referenceThread: number;
  /** median over the loads of first scan ÷ reference scan (same load) */
  scanRatio: number;
  longestTaskThread: number;
}

interface PerKey {
  fields: number;
  timed: Summary;
  scriptPerKey: ScriptCost;
}

interface Startup {
  loads: ContentScriptTimes[];
  startToWarning: Summary;
  startToPainted: Summary;
  scriptThread: Summary;
  evaluateThread: Summary;
  pageScriptThread: Summary;
  /** median over the loads of the content script's CPU to its first warning ÷ the page's own script CPU to its first paint */
  cpuRatio: number;
}

/** One run of the browser measurements. */
interface Run {
  keystroke?: Keystrokes;
  startup?: Startup;
  scaling?: Scale[];
  perKey?: PerKey[];
  churn?: ChurnMeasure;
}

interface Results {
  engine?: EngineResult;
  runs: Run[];
  bundle?: EntrySize[];
  /** parts that failed, with the first line of their error */
  failed: Record<string, string>;
}

const median = (values: number[]): number => summarize(values).median;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs a selected part; a part that fails is recorded and the others still run. */
async function part(name: string, results: Results, fn: () => Promise<void>): Promise<void> {
  if (!runs(name)) return;
  console.log(`bench: ${name}…`);
  try {
    await fn();
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    results.failed[name] = message;
    console.error(`bench: ${name} failed: ${message}`);
  }
}

/** Keystrokes in the wizard's units field, blocks with and without the extension alternating. */
async function keystrokes(harness: Harness): Promise<Keystrokes> {
  const page = await openWizardMedication(harness);
  const without = await openUnmatched(harness.context, harness.portal, WIZARD);
  try {
    await goToStep(without, 'medication');
    await byTestId(without, 'med-dose').pressSequentially('280');
    const arms = {
      with: await keystrokeSession(harness.context, page, byTestId(page, 'med-units'), true),
      without: await keystrokeSession(harness.context, without, byTestId(without, 'med-units'), false),
    };
    for (const arm of interleaved<'with' | 'without'>('with', 'without', KEY_ROUNDS)) {
      await (arm === 'with' ? page : without).bringToFront();
      await arms[arm].type(BLOCK);
    }
    const samples = await arms.with.samples();
    const seen = samples.filter((s) => s.inDom !== null);
    return {
      with: summarize(seen.map((s) => s.inDom ?? 0)),
      without: summarize((await arms.without.samples()).map((s) => s.inDom ?? Number.NaN)),
      missed: samples.length - seen.length,
    };
  } finally {
    await page.close();
    await without.close();
  }
}

async function startup(harness: Harness, url: string): Promise<Startup> {
  const loads: ContentScriptTimes[] = [];
  for (let i = 0; i < STARTUP_LOADS; i++) loads.push(await measureStartup(harness.context, url));
  return {
    loads,
    startToWarning: summarize(loads.map((l) => l.startToWarning)),
    startToPainted: summarize(loads.map((l) => l.startToPainted ?? Number.NaN)),
    scriptThread: summarize(loads.map((l) => l.scriptThread)),
    evaluateThread: summarize(loads.map((l) => l.evaluateThread)),
    pageScriptThread: summarize(loads.map((l) => l.pageScriptThread ?? Number.NaN)),
    cpuRatio: medianRatio(loads.map((l) => [l.scriptThread, l.pageScriptThread])),
  };
}

/** Loads of each scale page, the scales alternating round by round; the first scan against the
 *  reference scan of the same load. */
async function scaling(harness: Harness, pagesUrl: string): Promise<Scale[]> {
  const loads = new Map<number, ContentScriptTimes[]>(SCALES.map((n) => [n, []]));
  for (let r = 0; r < SCALE_ROUNDS; r++) {
    const order = r % 2 === 0 ? SCALES : [...SCALES].reverse();
    for (const n of order) loads.get(n)!.push(await measureStartup(harness.context, `${pagesUrl}/scale-${n}.html`));
  }
  const out: Scale[] = [];
  for (const fields of SCALES) {
    const l = loads.get(fields)!;
    const page = await harness.context.newPage();
    await page.goto(`${pagesUrl}/scale-${fields}.html`);
    await page.waitForSelector('[data-preflight-for]', { state: 'attached', timeout: WARNING_TIMEOUT });
    const mapped = await mappedFieldCount(harness);
    await page.close();
    out.push({
      fields,
      mapped,
      loads: l,
      startToWarning: median(l.map((x) => x.startToWarning)),
      firstScanThread: median(l.map((x) => x.firstScanThread ?? Number.NaN)),
      referenceThread: median(l.map((x) => x.referenceThread ?? Number.NaN)),
      scanRatio: medianRatio(l.map((x) => [x.firstScanThread, x.referenceThread])),
      longestTaskThread: median(l.map((x) => x.longestCallbackThread)),
    });
  }
  return out;
}

/** The content script's CPU per keystroke at 50 and 5,000 fields, traced blocks alternating. */
async function perKey(harness: Harness, pagesUrl: string): Promise<PerKey[]> {
  const scales = [50, 5000];
  const open: { fields: number; session: KeystrokeSession; costs: ScriptCost[]; close(): Promise<void>; front(): Promise<void> }[] = [];
  try {
    for (const fields of scales) {
      const page = await harness.context.newPage();
      await page.goto(`${pagesUrl}/scale-${fields}.html`);
      await page.waitForSelector('[data-preflight-for]', { state: 'attached', timeout: WARNING_TIMEOUT });
      await pause(500); // the panel's corner is chosen when idle
      const session = await keystrokeSession(harness.context, page, page.locator('#d6'), true);
      open.push({ fields, session, costs: [], close: () => page.close(), front: () => page.bringToFront() });
    }
    const [a, b] = open as [(typeof open)[0], (typeof open)[0]];
    for (const arm of interleaved(a, b, TRACE_ROUNDS)) {
      await arm.front();
      await arm.session.type(BLOCK / 2);
      arm.costs.push(await arm.session.traced(TRACED_KEYS));
    }
    const out: PerKey[] = [];
    for (const o of open) {
      const samples = (await o.session.samples()).filter((s) => s.inDom !== null);
      const sum = (k: keyof ScriptCost) => o.costs.reduce((s, c) => s + c[k], 0) / o.costs.length;
      out.push({
        fields: o.fields,
        timed: summarize(samples.map((s) => s.inDom ?? 0)),
        scriptPerKey: {
          wall: sum('wall'),
          thread: sum('thread'),
          longestWall: Math.max(...o.costs.map((c) => c.longestWall)),
          longestThread: Math.max(...o.costs.map((c) => c.longestThread)),
        },
      });
    }
    return out;
  } finally {
    for (const o of open) await o.close();
  }
}

async function browserRun(harness: Harness, pagesUrl: string, results: Results): Promise<Run> {
  const run: Run = {};
  await part('keystroke', results, async () => {
    run.keystroke = await keystrokes(harness);
  });
  await part('startup', results, async () => {
    run.startup = await startup(harness, `${pagesUrl}/fax-filled.html`);
  });
  await part('scaling', results, async () => {
    run.scaling = await scaling(harness, pagesUrl);
    run.perKey = await perKey(harness, pagesUrl);
  });
  await part('churn', results, async () => {
    run.churn = await measureChurn(harness, RERENDERS);
  });
  return run;
}

async function browserParts(results: Results): Promise<string> {
  ensureBrowserOrExit(CHROMIUM); // a missing browser ends the bench with the command that fixes it
  buildForE2e(); // the e2e extension and the demo portal, when older than their sources
  const harness: Harness = await launchHarness();
  const pages = await serveBenchPages();
  try {
    const version = await versionOf(harness);
    for (let i = 0; i < RUNS; i++) {
      if (RUNS > 1) console.log(`bench: run ${i + 1} of ${RUNS}`);
      results.runs.push(await browserRun(harness, pages.url, results));
    }
    if (harness.errors.length) console.warn(`bench: the pages saw errors:\n  ${harness.errors.join('\n  ')}`);
    return version;
  } finally {
    await pages.close();
    await harness.close();
  }
}

async function versionOf(harness: Harness): Promise<string> {
  const page = await harness.context.newPage();
  try {
    const cdp = await harness.context.newCDPSession(page);
    const { product } = await cdp.send('Browser.getVersion');
    return product;
  } finally {
    await page.close();
  }
}

/** The figures of one run that vary from run to run, judged. */
function runBudgets(r: Run): Budget[] {
  const s5000 = r.scaling?.find((s) => s.fields === 5000);
  const k = (n: number) => r.perKey?.find((p) => p.fields === n);
  return [
    {
      what: 'keystroke → warning painted, p95 with ÷ without the extension',
      value: r.keystroke ? ratio(r.keystroke.with.p95, r.keystroke.without.p95) : null,
      limit: 1.1,
      unit: '×',
    },
    { what: 'first scan of 5,000 fields ÷ reference scan (CPU, same load)', value: s5000?.scanRatio ?? null, limit: 3, unit: '×' },
    {
      what: 'content script CPU per keystroke, 5,000 ÷ 50 fields',
      value: ratio(k(5000)?.scriptPerKey.thread, k(50)?.scriptPerKey.thread) || null,
      limit: 1.5,
      unit: '×',
    },
    {
      what: 'content script start → first warning, fax form (median wall)',
      value: r.startup?.startToWarning.median ?? null,
      limit: Number(FRAME_MS.toFixed(1)),
      unit: 'ms',
    },
  ];
}

/** Figures that do not vary between runs (sizes) or judge a leak, not a speed. */
function fixedBudgets(r: Results): Budget[] {
  const churn = r.runs.map((x) => x.churn).filter((c): c is ChurnMeasure => !!c);
  const clean = (c: ChurnMeasure) =>
    c.hostsInDocument === c.hostsBefore && c.duplicatePaths.length === 0 && c.danglingDescribedBy === 0 && c.detachedAlive === 0;
  const size = (entry: string) => r.bundle?.find((b) => b.entry === entry);
  const stub = size('content: stub (every portal page)');
  const beforeForm = size('content: before a form is found, on a page holding controls (stub + reader)');
  const packs = r.bundle?.filter((b) => b.entry.startsWith('content: pack ')) ?? [];
  return [
    {
      what: 'SPA churn: JS heap growth (largest of the runs)',
      value: churn.length ? Math.max(...churn.map((c) => c.heapGrowth)) / KIB : null,
      limit: KIB,
      unit: 'KiB',
    },
    { what: 'SPA churn: warning elements left over', value: churn.length ? (churn.every(clean) ? 0 : 1) : null, limit: 0, unit: '' },
    {
      what: 'bundle: every portal page (the stub), gzip',
      value: stub ? stub.gzip / KIB : null,
      limit: CONTENT_BUDGETS_KIB.everyPage,
      unit: 'KiB',
    },
    {
      what: 'bundle: a page holding controls before a form is found (stub + reader), gzip',
      value: beforeForm ? beforeForm.gzip / KIB : null,
      limit: CONTENT_BUDGETS_KIB.withControls,
      unit: 'KiB',
    },
    ...(packs.length ? packs : [undefined]).map((p) => ({
      what: `bundle: ${p ? p.entry.slice('content: '.length) : 'a pack'}, gzip`,
      value: p ? p.gzip / KIB : null,
      limit: CONTENT_BUDGETS_KIB.pack,
      unit: 'KiB',
    })),
  ];
}

/** Issue 10's page budget: reported beside the judged ones, not judged here (a known miss). */
function reportedBudgets(r: Results): Budget[] {
  const page = r.bundle?.find((b) => b.entry === 'content script');
  return [
    {
      what: "bundle: the largest pack's page in all, gzip (issue 10; reported)",
      value: page ? page.gzip / KIB : null,
      limit: CONTENT_BUDGETS_KIB.page,
      unit: 'KiB',
    },
  ];
}

const f = (v: number | null | undefined, digits = 1): string =>
  v === null || v === undefined || !Number.isFinite(v) ? '–' : v.toFixed(digits);
const kib = (bytes: number): string => `${bytes < 0 ? '−' : ''}${(Math.abs(bytes) / KIB).toFixed(1)} KiB`;
const pct = (v: number): string => (Number.isFinite(v) ? `${(v * 100).toFixed(1)}%` : '–');

function rowsOfRun(r: Run, label: string): string[][] {
  const rows: string[][] = [];
  if (r.keystroke) {
    const k = r.keystroke;
    rows.push([
      `${label}keystroke → warning painted (${k.with.n} keys each side, wizard, A/B blocks)`,
      `with p50 ${f(k.with.median)} · p95 ${f(k.with.p95)} ms; without p50 ${f(k.without.median)} · p95 ${f(k.without.p95)} ms; p95 ratio ${f(ratio(k.with.p95, k.without.p95), 3)}×${k.missed ? `; ${k.missed} never shown` : ''}`,
      'p95 ratio ≤ 1.10×',
    ]);
  }
  if (r.startup) {
    const s = r.startup;
    rows.push([
      `${label}content script start → first warning (fax form, ${s.loads.length} loads)`,
      `median ${f(s.startToWarning.median)} ms (min ${f(s.startToWarning.min)}, max ${f(s.startToWarning.max)}); painted ${f(s.startToPainted.median)} ms; content script CPU ${f(s.scriptThread.median)} ms (evaluating the stub ${f(s.evaluateThread.median)}) ÷ the page's own script CPU to its first paint ${f(s.pageScriptThread.median)} ms = ${f(s.cpuRatio, 2)}×`,
      `≤ ${f(FRAME_MS)} ms; CPU ratio reported`,
    ]);
  }
  for (const s of r.scaling ?? []) {
    rows.push([
      `${label}first scan: ${s.fields.toLocaleString('en-US')} fields (${s.mapped ?? '?'} mapped, ${s.loads.length} loads)`,
      `${f(s.firstScanThread)} ms CPU vs reference ${f(s.referenceThread, 2)} ms = ${f(s.scanRatio, 2)}× (longest task ${f(s.longestTaskThread)} ms CPU); start → warning ${f(s.startToWarning)} ms`,
      s.fields === 5000 ? 'ratio ≤ 3×' : 'reported',
    ]);
  }
  const k50 = r.perKey?.find((p) => p.fields === 50);
  for (const p of r.perKey ?? []) {
    rows.push([
      `${label}keystroke at ${p.fields.toLocaleString('en-US')} fields`,
      `content script ${f(p.scriptPerKey.thread, 2)} ms CPU/key${p !== k50 && k50 ? ` (${f(ratio(p.scriptPerKey.thread, k50.scriptPerKey.thread), 2)}× of 50)` : ''}; keystroke → warning p50 ${f(p.timed.median)} · p95 ${f(p.timed.p95)} ms`,
      p.fields === 5000 ? 'CPU/key ≤ 1.5× of 50' : 'reported',
    ]);
  }
  if (r.churn) {
    const c = r.churn;
    rows.push([
      `${label}SPA churn (${c.rerenders.toLocaleString('en-US')} re-renders of the wizard form)`,
      `heap ${kib(c.heapGrowth)} after GC (next ${c.rerenders.toLocaleString('en-US')}: ${kib(c.heapGrowthNext)}; without the extension: ${kib(c.heapGrowthWithout)}); hosts ${c.hostsBefore} → ${c.hostsInDocument} (${c.hostsAdded} added), duplicates ${c.duplicatePaths.length}, dangling aria ${c.danglingDescribedBy}, detached kept alive ${c.detachedAlive ?? '–'}`,
      '≤ 1 MiB, none left',
    ]);
  }
  return rows;
}

const verdictLine = (v: Verdict): string =>
  `${v.pass ? 'pass' : v.value === null ? 'NOT MEASURED' : 'MISSED'}  ${v.what}: ${f(v.value, 2)} ${v.unit} (limit ${v.limit} ${v.unit})`;

interface Judgement {
  perRun: Verdict[][];
  fixed: Verdict[];
  reported: Verdict[];
  spreads: { what: string; values: number[]; spread: number; pass: boolean }[];
  pass: boolean;
}

function judgement(r: Results): Judgement {
  const perRun = r.runs.map((run) => runBudgets(run).map(judge));
  const fixed = fixedBudgets(r).map(judge);
  const reported = reportedBudgets(r).map(judge);
  const spreads = (perRun[0] ?? []).map((v, i) => {
    const values = perRun.map((run) => run[i]?.value ?? Number.NaN);
    const s = spread(values);
    return { what: v.what, values, spread: s, pass: Number.isFinite(s) && s < MAX_SPREAD };
  });
  const pass =
    perRun.every((run) => run.every((v) => v.pass)) && fixed.every((v) => v.pass) && (perRun.length < 2 || spreads.every((s) => s.pass));
  return { perRun, fixed, reported, spreads, pass };
}

function table(r: Results, j: Judgement, env: Record<string, unknown>): string {
  const rows: string[][] = [];
  if (r.engine) {
    const e = r.engine;
    rows.push([
      'evaluate on a complete request (Node, tinybench)',
      `median ${f(e.evaluate.median)} µs · p99 ${f(e.evaluate.p99)} µs`,
      'reported',
    ]);
    rows.push([
      'normalize + evaluate (per changed value)',
      `median ${f(e.normalizeAndEvaluate.median)} µs · p99 ${f(e.normalizeAndEvaluate.p99)} µs`,
      'reported',
    ]);
    const slow = e.rules[0];
    if (slow) rows.push(['slowest single rule', `${slow.id}: median ${f(slow.median, 2)} µs · p99 ${f(slow.p99, 2)} µs`, 'reported']);
  }
  r.runs.forEach((run, i) => rows.push(...rowsOfRun(run, r.runs.length > 1 ? `run ${i + 1}: ` : '')));
  for (const b of r.bundle ?? []) {
    rows.push([
      `bundle: ${b.entry}`,
      `${kib(b.raw)} raw · ${kib(b.gzip)} gzip (${b.files.length} file${b.files.length === 1 ? '' : 's'})`,
      b.budgetKiB ? `≤ ${b.budgetKiB} KiB gzip` : 'reported',
    ]);
  }
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => (row[i] ?? '').length), 6));
  const line = (row: string[]) => `| ${row.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const out = [line(['what', 'measured', 'budget']), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)];
  out.push('', 'judged (ratios measured side by side in each run; absolute times above are printed, not judged):');
  j.perRun.forEach((run, i) => {
    out.push(`  run ${i + 1}:`);
    for (const v of run) out.push(`    ${verdictLine(v)}`);
  });
  if (j.perRun.length > 1) {
    out.push(`  spread between the ${j.perRun.length} runs ((max − min) ÷ median, limit ${pct(MAX_SPREAD)}):`);
    for (const s of j.spreads)
      out.push(`    ${s.pass ? 'pass' : 'MISSED'}  ${s.what}: ${s.values.map((v) => f(v, 3)).join(' / ')} → ${pct(s.spread)}`);
  }
  out.push('  once:');
  for (const v of j.fixed) out.push(`    ${verdictLine(v)}`);
  out.push('reported, not judged by --check:');
  for (const v of j.reported) out.push(`  ${verdictLine(v)}`);
  for (const [name, message] of Object.entries(r.failed)) out.push(`  FAILED  ${name}: ${message}`);
  out.push('', `machine: ${JSON.stringify(env)}`, `command: npm run bench -- ${args.join(' ')}`);
  return out.join('\n');
}

async function main(): Promise<void> {
  const results: Results = { runs: [], failed: {} };
  const env: Record<string, unknown> = {
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
    node: process.version,
    loadBefore: loadavg().map((l) => Number(l.toFixed(2))),
  };
  await part('engine', results, async () => {
    results.engine = await benchEngine();
  });
  if (['keystroke', 'startup', 'scaling', 'churn'].some(runs)) env.chromium = await browserParts(results);
  await part('bundle', results, async () => {
    ensureProductionBuild();
    results.bundle = bundleSizes();
  });
  env.loadAfter = loadavg().map((l) => Number(l.toFixed(2)));
  const j = judgement(results);
  console.log(`\n${table(results, j, env)}`);
  await mkdir(join(ROOT, '.output'), { recursive: true });
  await writeFile(
    join(ROOT, '.output/bench.json'),
    `${JSON.stringify({ date: new Date().toISOString(), env, args, results, judgement: j }, null, 2)}\n`,
  );
  console.log('\nwritten: .output/bench.json');
  if (check && (!j.pass || Object.keys(results.failed).length)) {
    console.error('bench --check: a judged figure was missed, not measured, or varied too much between runs');
    process.exitCode = 1;
  }
}

await main();
