import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateRequest } from '@/lib/engine/registry';
import { normalizeForm } from '@/lib/form/normalize';
import { RawFormSchema } from '@/lib/form/schema';
import { REGISTRY } from '@/rules/registry';

/**
 * Round 3 of the as-typed probe.
 * - test/fixtures/requests/as-typed-r3/: correct requests as staff type them (Ilaris for each
 *   indication and weight band, infliximab and its biosimilars, ~30 drugs no pack checks), with
 *   EHR pastes, tabs, ALL CAPS, lb weights, "N/A" answers, lab flags and ranges, renewals. None may
 *   get an error or a warning.
 * - test/fixtures/requests/wrong-r3/: requests with one real mistake each; expected.json names the
 *   rule that must raise an error or a warning for it.
 * Each request is dated around 11/20/2026 and checked on 2026-12-03. Files in KNOWN are where
 * the product is wrong today: the assertion stays, run with `it.fails` until someone fixes it.
 */
const ROOT = join(__dirname, '..', 'fixtures', 'requests');
const CORRECT_DIR = join(ROOT, 'as-typed-r3');
const WRONG_DIR = join(ROOT, 'wrong-r3');
const TODAY = '2026-12-03';

/** Correct requests that get an error or warning today (false findings): file → why. */
const KNOWN_CORRECT: Record<string, string> = {
  'ifx-ra-crp-esr-labs.json':
    'ESR "48 mm/hr (H) [0-20]" (EHR paste with the range in brackets) is value-unreadable; "48 mm/hr (H)" alone reads',
  'ifx-uc-unbranded-peds.json': 'frequency "induction 0-2-6 then every 8 weeks" is value-unreadable; "0, 2, 6 weeks" and "0/2/6" read',
  'il-caps-date-with-time.json': 'request date "11/20/2026 10:32 AM" (EHR timestamp) is value-unreadable',
  'il-caps-dx-newline.json':
    'code cell "M04.2\\nCryopyrin-associated periodic syndromes" splits on the newline; the description line gets icd10-invalid',
  'il-gout-flares-text.json': 'flares "4 flares in past 12 mo" is value-unreadable ("write just 4") though "4 flares" reads',
  'il-gout-freq-prn-flare.json': 'frequency "once per flare, PRN (no sooner than q12 weeks)" is value-unreadable',
  'il-gout-m1a-knee.json': 'frequency "Once; may repeat no sooner than 12 weeks" (the label\'s own wording) is value-unreadable',
  'il-gout-retreat.json': 'frequency "single dose, retreatment" is value-unreadable ("single dose" alone reads)',
  'il-mkd-child-lb.json': 'flares "monthly (12)" is value-unreadable though the count is given',
  'il-aosd-stop-cont.json': 'prior-therapy stop "cont." (continuing) is value-unreadable; "ongoing", "current", "still taking" read',
  'il-fmf-crp-arrow-flag.json': 'CRP "2.8 mg/dL \u2191" (EHR high-flag arrow) is value-unreadable',
  'il-fmf-crp-bracket-range.json': 'CRP "28 mg/L [0.0-5.0]" (range pasted in brackets) is value-unreadable',
  'il-fmf-crp-star-flag.json': 'CRP "28 mg/L *H*" (EHR flag) is value-unreadable; "(H)", "H", "HIGH" read',
  'il-fmf-crpdate-2digit-time.json': 'CRP date "11/10/26 0815" (collection time pasted) is value-unreadable',
  'il-fmf-crpdate-time.json': 'CRP date "11/10/2026 08:15" (collection time pasted) is value-unreadable',
  'il-gout-cs-not-candidate-text.json':
    'corticosteroids-not-candidate "Not a candidate - diabetes" is value-unreadable ("answer yes or no")',
  'il-traps-dx-pipe-desc.json': 'code cell "M04.1 | Periodic fever syndromes" splits on the pipe; the description gets icd10-invalid',
  'il-traps-freq-1-injection.json': 'frequency "1 injection q 4 weeks" is value-unreadable',
  'il-traps-hosp-y-date.json': 'hospitalization "Y (10/2026)" is value-unreadable, so flare-criteria then fires on 3 flares',
  'il-traps-ndc-desc-vial.json':
    'NDC "NDC 00078-0734-61 1 mL vial" gets ndc-format ("use hyphens, not spaces"): the trailing description is read as NDC digits',
  'il-traps-weight-dated.json': 'weight "68 kg (11/15/2026)" (date it was taken) is value-unreadable',
  'il-traps-weight-label-prefix.json': 'weight "Wt: 68 kg" (EHR label pasted) is value-unreadable',
  'il-traps-weight-lb-oz.json': 'weight "149 lbs 14 oz" is value-unreadable',
  'o-krystexxa-gout.json': 'ESR "N/A" is an error (value-unreadable) on a drug no pack checks; N/A should read as blank',
  'o-nucala-asthma.json': 'ESR "N/A" is an error (value-unreadable); N/A should read as blank',
  'o-xolair-asthma-vial.json': 'ESR "N/A" is an error (value-unreadable); N/A should read as blank',
};

/** Wrong requests the expected rule does not catch today (misses): file → why. */
const KNOWN_WRONG: Record<string, string> = {};

const jsonFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'expected.json');

async function loud(dir: string, file: string) {
  const raw = RawFormSchema.parse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  const result = await evaluateRequest(REGISTRY, normalizeForm(raw), { today: TODAY });
  return result.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
}

describe('round 3: correct requests as staff type them', () => {
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

describe('round 3: requests with one mistake each', () => {
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
