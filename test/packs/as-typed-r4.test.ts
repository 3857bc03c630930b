import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateRequest } from '@/lib/engine/registry';
import { normalizeForm } from '@/lib/form/normalize';
import { RawFormSchema } from '@/lib/form/schema';
import { REGISTRY } from '@/rules/registry';

/**
 * Round 4 of the as-typed probe.
 * - test/fixtures/requests/as-typed-r4/: correct requests with fields as EHRs export them (Epic
 *   problem-list lines and sigs, Cerner dd-Mon-yyyy stamps, athenahealth and eClinicalWorks
 *   "description - code" lines, NextGen bracketed ranges, ISO date-times), label edges (weights at
 *   15/40 kg, ages exactly at a minimum, CRP exactly 10 mg/L or 2x ULN and exactly 90 days old, gout
 *   retreatment exactly 84 days), every infliximab product with its HCPCS and NDC, and other drugs
 *   whose names or histories mention Ilaris or infliximab. None may get an error or a warning.
 * - test/fixtures/requests/wrong-r4/: requests with one real mistake each, at the edge of a rule;
 *   expected.json names the rule that must raise an error or a warning for it.
 * Each request is dated around 11/20/2026 and checked on 2026-12-03. Files in KNOWN are where
 * the product is wrong today: the assertion stays, run with `it.fails` until someone fixes it.
 */
const ROOT = join(__dirname, '..', 'fixtures', 'requests');
const CORRECT_DIR = join(ROOT, 'as-typed-r4');
const WRONG_DIR = join(ROOT, 'wrong-r4');
const TODAY = '2026-12-03';

/** Correct requests that get an error or warning today (false findings): file → why. */
const KNOWN_CORRECT: Record<string, string> = {};

/** Wrong requests the expected rule does not catch today (misses): file → why. */
const KNOWN_WRONG: Record<string, string> = {};

const jsonFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'expected.json');

async function loud(dir: string, file: string) {
  const raw = RawFormSchema.parse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  const result = await evaluateRequest(REGISTRY, normalizeForm(raw), { today: TODAY });
  return result.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
}

describe('round 4: correct requests as staff type them', () => {
  const files = jsonFiles(CORRECT_DIR);

  it('has a set of them to check', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('lists in KNOWN_CORRECT only files that exist', () => {
    expect(Object.keys(KNOWN_CORRECT).filter((f) => !files.includes(f))).toEqual([]);
  });

  for (const file of files) {
    const run = file in KNOWN_CORRECT ? it.fails : it;
    run(`${file} gets no error or warning`, async () => {
      const findings = (await loud(CORRECT_DIR, file)).map((f) => `${f.ruleId}: ${f.message}`);
      expect(findings).toEqual([]);
    });
  }
});

describe('round 4: requests with one mistake each', () => {
  const files = jsonFiles(WRONG_DIR);
  const expected = JSON.parse(readFileSync(join(WRONG_DIR, 'expected.json'), 'utf8')) as Record<string, string>;

  it('names the expected rule for every file, and only for files that exist', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
    expect(files.filter((f) => !(f in expected))).toEqual([]);
    expect(Object.keys(expected).filter((f) => !files.includes(f))).toEqual([]);
    expect(Object.keys(KNOWN_WRONG).filter((f) => !files.includes(f))).toEqual([]);
  });

  for (const file of files) {
    const run = file in KNOWN_WRONG ? it.fails : it;
    run(`${file} gets ${expected[file] ?? '?'} as an error or warning`, async () => {
      const ids = (await loud(WRONG_DIR, file)).map((f) => f.ruleId);
      expect(ids).toContain(expected[file]);
    });
  }
});
