import { mkdir, writeFile } from 'node:fs/promises';
import { launchHarness } from '@/test/e2e/fixture';
import { serveBenchPages } from './pages';
import { FIRST_WARNING_PROBE } from './probes';
import { traceDuring, type TraceEvent } from './trace';

/**
 * `tsx scripts/bench/profile.ts <page> [--cpu]`: one load of a bench page (fax-filled.html,
 * scale-5000.html) with the e2e build: the timeline of the content script's work up to its first
 * warning (trace events relative to the stub's evaluation), and with --cpu a CDP CPU profile of
 * the load, its hottest functions by self time (the .cpuprofile is written to /tmp for DevTools).
 * A tool for finding where the time goes, not a benchmark: nothing is judged.
 */

const page = process.argv[2] ?? 'fax-filled.html';
const cpu = process.argv.includes('--cpu');
const EXT = /chrome-extension:\/\/[a-p]{32}\//;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}

const harness = await launchHarness();
const pages = await serveBenchPages();
try {
  for (let i = 0; i < 2; i++) {
    const tab = await harness.context.newPage();
    await tab.addInitScript(FIRST_WARNING_PROBE);
    const cdp = await harness.context.newCDPSession(tab);
    if (cpu) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    const events: TraceEvent[] = await traceDuring(harness.context, tab, async () => {
      await tab.goto(`${pages.url}/${page}`);
      await tab.waitForSelector('[data-preflight-for]', { state: 'attached', timeout: 120_000 });
      await new Promise((r) => setTimeout(r, 300));
    });
    const start = events.find((e) => e.name === 'EvaluateScript' && EXT.test(e.args?.data?.url ?? ''));
    if (!start) throw new Error('no content script evaluation');
    const rows = events
      .filter(
        (e) =>
          e.ts >= start.ts - 1000 &&
          (EXT.test(JSON.stringify(e.args ?? {})) ||
            e.cat.includes('user_timing') ||
            e.name === 'v8.evaluateModule' ||
            (e.tdur ?? 0) > 3000 ||
            /paint/i.test(e.name)),
      )
      .filter((e) => e.ph === 'X' || e.ph === 'R' || e.ph === 'I' || e.ph === 'b' || e.ph === 'n')
      .sort((a, b) => a.ts - b.ts);
    console.log(`\nload ${i + 1}: ${page}`);
    for (const e of rows) {
      const url = (e.args?.data?.url ?? JSON.stringify(e.args ?? {})).replace(EXT, '').slice(0, 60);
      console.log(
        `${((e.ts - start.ts) / 1000).toFixed(1).padStart(8)} ms  ${e.name.padEnd(24)} ${e.dur ? `${(e.dur / 1000).toFixed(2)} wall` : ''} ${e.tdur ? `${(e.tdur / 1000).toFixed(2)} cpu` : ''}  ${url}`,
      );
    }
    if (cpu) {
      const { profile } = (await cdp.send('Profiler.stop')) as {
        profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
      };
      await mkdir('/tmp/prof', { recursive: true });
      await writeFile(`/tmp/prof/${page}-${i}.cpuprofile`, JSON.stringify(profile));
      const self = new Map<number, number>();
      profile.samples.forEach((id, k) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[k] ?? 0)));
      const byFn = new Map<string, number>();
      for (const n of profile.nodes) {
        const f = n.callFrame;
        if (!EXT.test(f.url) && f.url !== '') continue;
        const key = `${f.functionName || '(anon)'} ${f.url.replace(EXT, '')}:${f.lineNumber}:${f.columnNumber}`;
        byFn.set(key, (byFn.get(key) ?? 0) + (self.get(n.id) ?? 0));
      }
      console.log('hottest (self ms):');
      for (const [k, v] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${(v / 1000).toFixed(2).padStart(7)}  ${k}`);
    }
    await cdp.detach().catch(() => undefined);
    await tab.close();
  }
} finally {
  await pages.close();
  await harness.close();
}
