import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeForm } from '@/lib/form/normalize';
import { RawFormSchema } from '@/lib/form/schema';
import { STILLS_70KG } from '@/rules/cigna/ilaris/test-utils';
import { run, type Io } from './preflight';

const FIXTURES = join(__dirname, '..', 'test', 'fixtures', 'requests');

async function cli(argv: string[], files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    readFile: (path) => {
      if (path in files) return files[path] ?? '';
      return readFileSync(join(FIXTURES, path), 'utf8');
    },
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    today: () => '2026-11-22',
  };
  const code = await run(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('npm run preflight', () => {
  it("prints no findings and the checklist for the clean Still's request, exit 0", async () => {
    const { code, out } = await cli(['stills-70kg-clean.json']);
    expect(code).toBe(0);
    expect(out).toContain("Still's disease (adult-onset, AOSD) (M06.1)");
    expect(out).toContain('No findings.');
    expect(out).toContain('Checklist: 21 of 24 done');
    expect(out).toContain('[ ] Active coverage confirmed (tick by hand)');
  });

  it("holds the rule tests' worked case in the clean sample", async () => {
    expect(JSON.parse(readFileSync(join(FIXTURES, 'stills-70kg-clean.json'), 'utf8'))).toEqual(STILLS_70KG);
  });

  it('prints each mistake with its rule, field, message and fix, exit 1', async () => {
    const { code, out } = await cli(['stills-70kg-mistakes.json']);
    expect(code).toBe(1);
    expect(out).toMatch(/error\s+units-equal-mg\s+drug\.units\s+280 mg is 280 units of J0638 \(1 unit = 1 mg\); 1 unit entered/);
    expect(out).toContain('fix: Set to 280 (drug.units = "280")');
    for (const id of [
      'hcpcs-code',
      'ndc-format',
      'ndc-quantity',
      'npi-invalid',
      'frequency-indication',
      'crp-date-missing',
      'prior-therapy-incomplete',
      'member-id-missing',
    ]) {
      expect(out).toContain(id);
    }
    expect(out).toContain('6 errors, 5 warnings, 2 info');
    expect(out).toContain('[!] Billing units = mg (units-equal-mg)');
  });

  it('flags E85.0 and the 8-week interval for the FMF child', async () => {
    const { code, out } = await cli(['fmf-child.json', '--today', '2026-11-22']);
    expect(code).toBe(1);
    expect(out).toContain('icd10-fmf-e850');
    expect(out).toContain('frequency-indication');
  });

  it('says nothing about Ilaris on a correct Humira request, and names the drug it read, exit 0', async () => {
    const { code, out } = await cli(['humira-ra.json']);
    expect(code).toBe(0);
    expect(out).toContain('No drug-specific checks: this request is for Humira (adalimumab)');
    expect(out).toContain('No findings.');
    expect(out).not.toMatch(/J0638|00078-0734-61|Ilaris NDC/);
  });

  describe('correct requests for drugs no pack checks', () => {
    /** Each fixture, with the drug the heading must name; every field reads and nothing is flagged. */
    const OTHER_DRUG_REQUESTS: Record<string, string> = {
      'humira-ra.json': 'Humira (adalimumab)',
      // "every other week", "Physician's office", prior therapies dated "1/2025" and "2019"
      'humira-ra-every-other-week-office.json': 'Humira (adalimumab)',
      // "once daily", "Patient's home", prior therapies dated "01/2025" and "2019"
      'kineret-ra-daily-at-home.json': 'Kineret (anakinra)',
      // "twice weekly", "Home", prior therapies dated "Jan 2025" and "2023"
      'enbrel-pso-twice-weekly.json': 'Enbrel (etanercept)',
    };

    it.each(Object.entries(OTHER_DRUG_REQUESTS))('%s reads in full and gets no error or warning', async (name, drug) => {
      const raw = RawFormSchema.parse(JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')));
      expect(JSON.stringify(normalizeForm(raw))).not.toContain('"problem"');
      const { code, out } = await cli([name, '--json']);
      const data = JSON.parse(out) as { drug: { status: string; read: string }; findings: { severity: string; message: string }[] };
      expect(code).toBe(0);
      expect(data.drug).toMatchObject({ status: 'none', read: drug });
      expect(data.findings.filter((f) => f.severity !== 'info').map((f) => f.message)).toEqual([]);
    });
  });

  it('still flags a bad NPI on a Humira request, with no fix on the drug fields', async () => {
    const humira = JSON.parse(readFileSync(join(FIXTURES, 'humira-ra.json'), 'utf8'));
    const bad = JSON.stringify({ ...humira, prescriber: { ...humira.prescriber, npi: '1234567890' } });
    const { code, out } = await cli(['bad-npi.json', '--json'], { 'bad-npi.json': bad });
    expect(code).toBe(1);
    const data = JSON.parse(out);
    expect(data.drug).toEqual({ status: 'none', pack: null, read: 'Humira (adalimumab)', sure: false });
    expect(data.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['npi-invalid']);
  });

  it('passes the gout request', async () => {
    const { code, out } = await cli(['gout.json']);
    expect([code, out.includes('No findings.')]).toEqual([0, true]);
  });

  it('prints JSON with --json', async () => {
    const { code, out } = await cli(['stills-70kg-mistakes.json', '--json']);
    const data = JSON.parse(out) as {
      indication: string;
      findings: { ruleId: string; fix?: { value: string } }[];
      checklist: { total: number };
    };
    expect(code).toBe(1);
    expect(data.indication).toBe('AOSD');
    expect(data.findings.find((f) => f.ruleId === 'units-equal-mg')?.fix?.value).toBe('280');
    expect(data.checklist.total).toBe(24);
  });

  it('prints the letter of medical necessity with --letter, exit 0 even with errors', async () => {
    const clean = await cli(['ilaris-fmf-72kg.json', '--letter', '--today', '2026-11-22']);
    expect(clean.code).toBe(0);
    expect(clean.out).toContain('----- Letter of medical necessity (draft) -----');
    expect(clean.out.match(/\[\[to add:/g)).toHaveLength(1);
    const mistakes = await cli(['stills-70kg-mistakes.json', '--letter']);
    expect(mistakes.code).toBe(0);
    expect(mistakes.out).toContain('Fix the form first: 6 errors, 5 warnings still open.');
    expect(mistakes.out).toContain("[[to add: patient's member ID]]");
  });

  it('drafts no letter for a drug no pack checks, exit 2', async () => {
    const { code, err } = await cli(['humira-ra.json', '--letter']);
    expect(code).toBe(2);
    expect(err).toContain('No letter');
  });

  it('evaluates on the --today date', async () => {
    const early = await cli(['stills-70kg-clean.json', '--today=2026-09-15']);
    expect(early.out).toContain('crp-date-future');
    expect(early.code).toBe(1);
  });

  it('names the bad paths of a malformed request, exit 2', async () => {
    const { code, err, out } = await cli(['malformed.json']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('patient.weight: Invalid input: expected string, received number');
    expect(err).toContain('diagnosis.codes:');
    expect(err).toContain('drug.dosage: not a field of the request form');
  });

  it('says so for a file that is not JSON, exit 2', async () => {
    const { code, err } = await cli(['broken.json'], { 'broken.json': '{"drug": ' });
    expect(code).toBe(2);
    expect(err).toContain('broken.json is not valid JSON');
  });

  it('says so for a missing file, exit 2', async () => {
    const { code, err } = await cli(['missing.json']);
    expect(code).toBe(2);
    expect(err).toBe('Cannot read missing.json: no such file.');
  });

  it.each([
    [[], 'No request file given.'],
    [['a.json', '--today', '2026-02-30'], '--today needs a real date as YYYY-MM-DD, got "2026-02-30".'],
    [['a.json', '--verbose'], 'Unknown option --verbose.'],
    [['a.json', 'b.json'], 'One request file at a time'],
    [['a.json', '--json', '--letter'], 'Choose --json or --letter, not both.'],
  ])('rejects the arguments %j with usage, exit 2', async (argv, message) => {
    const { code, err } = await cli(argv);
    expect(code).toBe(2);
    expect(err).toContain(message);
    expect(err).toContain('Usage: npm run preflight --');
  });
});
