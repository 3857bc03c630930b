import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateRequest } from '@/lib/engine/registry';
import { normalizeForm } from '@/lib/form/normalize';
import { RawFormSchema } from '@/lib/form/schema';
import { REGISTRY } from '@/rules/registry';

const ROOT = join(__dirname, '..', 'fixtures', 'requests');
const TODAY = '2026-12-03';

/** A round of the as-typed probe: its two folders under test/fixtures/requests/ and where the product is wrong today. */
export interface ProbeRound {
  /** "round 3" */
  name: string;
  /** correct requests: none may get an error or a warning */
  correct: string;
  /** requests with one mistake each; its expected.json names the rule that must catch each */
  wrong: string;
  /** correct requests that get an error or warning today (false findings): file → why */
  knownCorrect: Readonly<Record<string, string>>;
  /** wrong requests the expected rule does not catch today (misses): file → why */
  knownWrong: Readonly<Record<string, string>>;
}

const jsonFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'expected.json');

async function loud(dir: string, file: string) {
  const raw = RawFormSchema.parse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  const result = await evaluateRequest(REGISTRY, normalizeForm(raw), { today: TODAY });
  return result.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
}

/** The round's tests; a file listed as known runs with `it.fails`, its assertion unchanged, until it is fixed. */
export function describeProbeRound(round: ProbeRound): void {
  const correctDir = join(ROOT, round.correct);
  const wrongDir = join(ROOT, round.wrong);

  describe(`${round.name}: correct requests as staff type them`, () => {
    const files = jsonFiles(correctDir);

    it('has a set of them to check', () => {
      expect(files.length).toBeGreaterThan(100);
    });

    it('lists in knownCorrect only files that exist', () => {
      expect(Object.keys(round.knownCorrect).filter((f) => !files.includes(f))).toEqual([]);
    });

    for (const file of files) {
      const run = file in round.knownCorrect ? it.fails : it;
      run(`${file} gets no error or warning`, async () => {
        const findings = (await loud(correctDir, file)).map((f) => `${f.ruleId}: ${f.message}`);
        expect(findings).toEqual([]);
      });
    }
  });

  describe(`${round.name}: requests with one mistake each`, () => {
    const files = jsonFiles(wrongDir);
    const expected = JSON.parse(readFileSync(join(wrongDir, 'expected.json'), 'utf8')) as Record<string, string>;

    it('names the expected rule for every file, and only for files that exist', () => {
      expect(files.length).toBeGreaterThanOrEqual(40);
      expect(files.filter((f) => !(f in expected))).toEqual([]);
      expect(Object.keys(expected).filter((f) => !files.includes(f))).toEqual([]);
      expect(Object.keys(round.knownWrong).filter((f) => !files.includes(f))).toEqual([]);
    });

    for (const file of files) {
      const run = file in round.knownWrong ? it.fails : it;
      run(`${file} gets ${expected[file] ?? '?'} as an error or warning`, async () => {
        const ids = (await loud(wrongDir, file)).map((f) => f.ruleId);
        expect(ids).toContain(expected[file]);
      });
    }
  });
}
