import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Bench } from 'tinybench';
import type { RuleContext } from '@/lib/engine/types';
import { summarize, type Summary } from './stats';

/**
 * The rules engine in Node (V8, as in Chromium; no DOM): `evaluate` on the complete worked
 * case, and each rule's `check` on its own. The engine is bundled with esbuild first, as the
 * extension's build does; run through tsx, every closure would also pay for a `__name` call.
 * A rule costs about a microsecond, near the timer's own cost, so a rule's samples time a
 * batch of calls and are divided by the batch size.
 */

const RULE_BATCH = 100;

export interface EngineResult {
  /** evaluate(form) on the normalized worked case: the budgeted figure */
  evaluate: Summary;
  /** normalizeForm + evaluate: what the content script runs after a value changed */
  normalizeAndEvaluate: Summary;
  rules: { id: string; median: number; p99: number }[];
}

type Subject = typeof import('./engine-subject');

async function loadSubject(): Promise<Subject> {
  const dir = await mkdtemp(join(tmpdir(), 'pa-preflight-bench-'));
  const outfile = join(dir, 'engine-subject.mjs');
  try {
    await build({
      entryPoints: [fileURLToPath(new URL('./engine-subject.ts', import.meta.url))],
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      outfile,
      logLevel: 'error',
    });
    return (await import(pathToFileURL(outfile).href)) as Subject;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function benchEngine(): Promise<EngineResult> {
  const { evaluate, packValues, resolveSettings, normalizeForm, basePack, cignaIlarisPack, ILARIS_SELECTED, STILLS_70KG, TODAY } =
    await loadSubject();
  const form = normalizeForm(STILLS_70KG);
  const opts = { today: TODAY, base: basePack, pack: cignaIlarisPack, selection: ILARIS_SELECTED };
  // a sanity check that the case is complete: the worked case passes every rule
  const findings = evaluate(form, opts).findings;
  if (findings.some((f) => f.severity === 'error')) {
    throw new Error(`the worked case has errors: ${findings.map((f) => f.ruleId).join(', ')}`);
  }

  const whole = new Bench({ time: 2000, retainSamples: true });
  whole.add('evaluate', () => {
    evaluate(form, opts);
  });
  whole.add('normalize+evaluate', () => {
    evaluate(normalizeForm(STILLS_70KG), opts);
  });
  await whole.run();

  const inference = cignaIlarisPack.inferIndication!(form);
  const ctx: RuleContext = {
    today: TODAY,
    values: packValues(cignaIlarisPack, resolveSettings()),
    policy: cignaIlarisPack,
    drugPack: cignaIlarisPack,
    indication: inference.indication,
    inference,
    conflicts: [],
  };
  const perRule = new Bench({ time: 150, retainSamples: true });
  for (const rule of [...basePack.rules, ...cignaIlarisPack.rules]) {
    perRule.add(rule.meta.id, () => {
      for (let i = 0; i < RULE_BATCH; i++) rule.check(form, ctx);
    });
  }
  await perRule.run();

  const samplesOf = (bench: Bench, name: string): number[] => {
    const task = bench.getTask(name);
    const samples = task?.result && 'latency' in task.result ? task.result.latency.samples : undefined;
    if (!samples?.length) throw new Error(`no samples for ${name}`);
    return Array.from(samples);
  };
  // tinybench reports milliseconds; the engine is reported in microseconds
  const micro = (ms: number[]): number[] => ms.map((v) => v * 1000);

  return {
    evaluate: summarize(micro(samplesOf(whole, 'evaluate'))),
    normalizeAndEvaluate: summarize(micro(samplesOf(whole, 'normalize+evaluate'))),
    rules: cignaIlarisPack.rules
      .map((rule) => {
        const s = summarize(micro(samplesOf(perRule, rule.meta.id)).map((v) => v / RULE_BATCH));
        return { id: rule.meta.id, median: s.median, p99: s.p99 };
      })
      .sort((a, b) => b.median - a.median),
  };
}
