import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateRequest } from '@/lib/engine/registry';
import { normalizeForm } from '@/lib/form/normalize';
import { RawFormSchema } from '@/lib/form/schema';
import { REGISTRY } from '@/rules/registry';

/**
 * Correct requests as office staff type them (test/fixtures/requests/as-typed/): Ilaris for each
 * indication, infliximab and its biosimilars, and other drugs no pack checks, written with
 * abbreviations, routes, descriptions after codes, dates in many shapes, "N/A" answers, lab
 * flags and limits, per-kg doses, vial notes. Each is dated 11/20/2026 and checked on
 * 2026-12-03; none may raise an error or a warning, whichever pack (or none) applies.
 */
const DIR = join(__dirname, '..', 'fixtures', 'requests', 'as-typed');
const TODAY = '2026-12-03';

describe('correct requests as staff type them', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));

  it('has a set of them to check', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it.each(files)('%s gets no error or warning', async (file) => {
    const raw = RawFormSchema.parse(JSON.parse(readFileSync(join(DIR, file), 'utf8')));
    const result = await evaluateRequest(REGISTRY, normalizeForm(raw), { today: TODAY });
    const loud = result.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => `${f.ruleId}: ${f.message}`);
    expect(loud).toEqual([]);
  });
});
