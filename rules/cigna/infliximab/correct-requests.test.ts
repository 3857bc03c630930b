import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateRequest } from '@/lib/engine/registry';
import { normalizeForm } from '@/lib/form/normalize';
import { RawFormSchema } from '@/lib/form/schema';
import { REGISTRY } from '@/rules/registry';
import type { Indication } from './indications';
import { TODAY } from './test-utils';

/**
 * Correct requests for every indication of the labels and every product:
 * test/fixtures/requests/infliximab-*.json, dated 11/20/2026 and checked on the tests' fixed
 * today (as `npm run preflight -- <file> --today 2026-11-22`). The registry picks the pack; none
 * may raise an error or a warning (info notes, such as the JW/JZ caveat, are allowed).
 */
const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'requests');

const EXPECTED: Record<string, Indication> = {
  'infliximab-ra-70kg.json': 'RA', // Remicade 3 mg/kg = 210 mg, 21 units J1745, 3 vials, 90 mg JW
  'infliximab-ra-escalated-q4w.json': 'RA', // continuation, 154 lb, 500 mg every 4 weeks
  'infliximab-ra-home-infusion.json': 'RA', // at the patient's home (POS 12); prior therapies dated by month or year
  'infliximab-cd-inflectra-80kg.json': 'CD', // Inflectra 5 mg/kg = 400 mg, 40 units Q5103, JZ
  'infliximab-cd-pediatric.json': 'CD', // 10 years, 32 kg, Renflexis 160 mg
  'infliximab-uc-avsola.json': 'UC', // Avsola 320 mg
  'infliximab-as.json': 'AS', // Inflectra 450 mg every 6 weeks
  'infliximab-psa.json': 'PSA', // Renflexis 500 mg
  'infliximab-pso.json': 'PSO', // Avsola 380 mg
  // the label's schedule as staff write it: induction, then the maintenance interval
  'infliximab-cd-induction-schedule.json': 'CD', // Renflexis 350 mg "Weeks 0, 2 and 6, then every 8 weeks"; azathioprine to "Present"
  'infliximab-ra-induction-then-q8w.json': 'RA', // Remicade 180 mg "induction 0/2/6 then q8w"; methotrexate stop "ongoing"
};

const read = (name: string) => RawFormSchema.parse(JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')));

describe('correct infliximab requests (test/fixtures/requests/infliximab-*.json)', () => {
  it('lists every infliximab-*.json fixture, and every listed one exists', () => {
    const files = readdirSync(FIXTURES)
      .filter((f) => /^infliximab-.*\.json$/.test(f))
      .sort();
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  it('covers every indication of the labels', () => {
    expect(new Set(Object.values(EXPECTED))).toEqual(new Set(['RA', 'CD', 'UC', 'AS', 'PSA', 'PSO']));
  });

  it.each(Object.entries(EXPECTED))('%s is read as infliximab for %s and has no error or warning', async (name, indication) => {
    const result = await evaluateRequest(REGISTRY, normalizeForm(read(name)), { today: TODAY });
    expect(result.selection).toMatchObject({ status: 'applies', sure: true, pack: { id: 'cigna-infliximab' } });
    expect(result.indication).toBe(indication);
    expect(result.failedRules).toEqual([]);
    expect(result.findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  });
});
