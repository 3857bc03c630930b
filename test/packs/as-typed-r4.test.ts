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
const KNOWN_CORRECT: Record<string, string> = {
  'il-epic-caps-problem-list.json':
    'an Epic weight with both units, "kg (lb oz)", is value-unreadable ("write the weight once") although both agree; and an Epic problem-list line "Name (HCC) [code]" is read as a name (icd10-invalid) although it carries the code in brackets',
  'il-epic-sjia-problem-list.json':
    'an Epic weight with both units, "kg (lb oz)", is value-unreadable ("write the weight once") although both agree; and an Epic problem-list line "Name (HCC) [code]" is read as a name (icd10-invalid) although it carries the code in brackets',
  'ifx-ra-renflexis-epic-wt.json':
    'an Epic weight with both units, "kg (lb oz)", is value-unreadable ("write the weight once") although both agree',
  'il-caps-weight-lb-oz-no-prefix.json':
    'an Epic weight with both units, "kg (lb oz)", is value-unreadable ("write the weight once") although both agree',
  'il-epic-weight-lb-oz-first.json':
    '"145 lb 8 oz (66 kg)": "lb 8 oz (66 kg)" is not a unit (value-unreadable); lb + oz is how Epic prints weight',
  'il-epic-fmf-crp-result-ref.json':
    'an Epic problem-list line "Name (HCC) [code]" is read as a name (icd10-invalid) although it carries the code in brackets; "Result: 12.3 mg/L (Ref: <5.0)" is not a number (value-unreadable) and crp-reference-missing although the range is in the text',
  'il-epic-gout-sig.json':
    'an Epic problem-list line "Name (HCC) [code]" is read as a name (icd10-invalid) although it carries the code in brackets',
  'il-caps-renewal-epic.json':
    'an Epic problem-list line "Name (HCC) [code]" is read as a name (icd10-invalid) although it carries the code in brackets',
  'il-fmf-ckd-secondary.json':
    'an Epic problem-list line "Name (HCC) [code]" is read as a name (icd10-invalid) although it carries the code in brackets; a second line "Chronic kidney disease, stage 2 (mild) [N18.2]" is split at the comma',
  'ifx-uc-epic-problem.json':
    'an Epic problem-list line "Name (HCC) [code]" is read as a name (icd10-invalid) although it carries the code in brackets',
  'o-actemra-aosd-prior-ilaris.json':
    'an Epic problem-list line "Name (HCC) [code]" is read as a name (icd10-invalid) although it carries the code in brackets',
  'o-cimzia-cd-epic.json':
    'an Epic problem-list line "Name (HCC) [code]" is read as a name (icd10-invalid) although it carries the code in brackets',
  'o-kineret-fmf-ilaris-denied.json':
    'an Epic problem-list line "Name (HCC) [code]" is read as a name (icd10-invalid) although it carries the code in brackets',
  'ifx-ecw-cd-comma-desc.json':
    'a comma in the description before "- code" splits the line; "Crohn\'s disease" is flagged as a name (icd10-invalid)',
  'il-ecw-gout-comma-desc.json': 'a comma in the description before "- code" splits the line; "Gout" is flagged as a name (icd10-invalid)',
  'il-epic-fmf-sig-frequency.json':
    'an Epic sig "Inject 150 mg under the skin every 4 (four) weeks" in Frequency is value-unreadable (the infliximab sig in ifx-freq-epic-sig.json is read)',
  'il-iso-datetime-z.json': 'an ISO date-time with an offset, "2026-11-10T08:32:00-05:00", is value-unreadable (with "Z" it is read)',
};

/** Wrong requests the expected rule does not catch today (misses): file → why. */
const KNOWN_WRONG: Record<string, string> = {
  'w-caps-epic-wt-band.json':
    '39 kg CAPS at 150 mg: the weight "Wt 39 kg (85 lb 15.7 oz)" is unreadable, so dose-weight-mismatch never runs (value-unreadable only)',
  'w-caps-q4w-epic-sig.json': 'CAPS every 4 weeks typed as an Epic sig: value-unreadable only, no frequency-indication',
  'w-crp-epic-result-9-9.json': '"Result: 9.9 mg/L (Ref: <5.0)": value-unreadable, no crp-below-threshold',
  'w-fmf-e850-epic.json': '"Familial Mediterranean fever (HCC) [E85.0]": icd10-invalid ("is a name"), not icd10-fmf-e850',
  'w-hids-epic-m048.json': '"Hyper-IgD syndrome (HCC) [M04.8]": icd10-invalid ("is a name"), not icd10-not-covered',
  'w-humira-with-ilaris-ndc.json':
    "a Humira request (J0135) with the Ilaris NDC 00078-0734-61: silent; no rule compares a packed drug's NDC with another drug's name",
};

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
