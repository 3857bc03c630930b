import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateRequest } from '@/lib/engine/registry';
import { normalizeForm } from '@/lib/form/normalize';
import { RawFormSchema, type RawForm } from '@/lib/form/schema';
import { draftLetter } from '@/lib/letter/letter';
import { REGISTRY } from '@/rules/registry';
import { cignaIlarisDocs } from './docs';
import { describeCode } from './letter';
import { stills, TODAY } from './test-utils';

const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'requests');
const fixture = (name: string): RawForm => RawFormSchema.parse(JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')));

async function letter(raw: RawForm) {
  const form = normalizeForm(raw);
  const r = await evaluateRequest(REGISTRY, form, { today: TODAY });
  const template = cignaIlarisDocs.letter;
  if (!template) throw new Error('no letter');
  return draftLetter(template, {
    form,
    findings: r.findings,
    indication: r.indication,
    indicationLabel: r.indicationLabel,
    indicationCode: r.indicationCode,
    today: TODAY,
  });
}

describe('Cigna × Ilaris letter', () => {
  it('a complete request (FMF, 72 kg) has nothing to add but the monitoring plan', async () => {
    const draft = await letter(fixture('ilaris-fmf-72kg.json'));
    expect(draft.unresolved).toEqual([]);
    expect(draft.missing).toHaveLength(1);
    expect(draft.missing[0]).toMatch(/^monitoring plan/);
    expect(draft.text).toContain('ICD-10-CM: M04.1 – Periodic fever syndromes');
    expect(draft.text).toContain('Calculation: 150 mg for over 40 kg, J0638 × 150 units, 1 vial, every 4 weeks');
    expect(draft.text).toContain('- Colchicine tried and continued, unless contraindicated: Colchicine (see prior therapy)');
  });

  it("writes the worked case's calculation from the pack's calculator", async () => {
    const draft = await letter(stills({}));
    expect(draft.text).toContain('Calculation: 4 mg/kg × 70 kg = 280 mg, J0638 × 280 units, 2 vials, every 4 weeks');
    expect(draft.text).toContain('Requested: 280 mg every 4 weeks; J0638 × 280 units; 2 vials of 150 mg');
    expect(draft.text).toContain('45 mg/L');
  });

  it('an incomplete request gets a [[to add]] for each missing fact, findings above the letter', async () => {
    const raw = fixture('stills-70kg-mistakes.json');
    const draft = await letter(raw);
    const [head, body] = draft.text.split('----- Letter of medical necessity (draft) -----');
    expect(head).toContain('Fix the form first:');
    expect(head).toContain('units-equal-mg');
    for (const line of [
      "Cigna member ID: [[to add: patient's member ID]]",
      'on [[to add: the date the CRP was drawn]]',
      "Contact: [[to add: prescriber's phone or fax]]",
      '(open: crp-date-missing)',
    ])
      expect(body).toContain(line);
    const bare = await letter({ drug: { name: 'Ilaris' } });
    for (const what of [
      "patient's name",
      "patient's date of birth",
      'ICD-10-CM diagnosis code and its description',
      'dose in mg',
      "prescriber's NPI",
    ]) {
      expect(bare.missing).toContain(what);
    }
  });

  it('describes the covered codes, and no other', () => {
    expect(describeCode('M06.1')).toBe("Adult-onset Still's disease");
    expect(describeCode('M08.211')).toMatch(/systemic onset/);
    expect(describeCode('M05.79')).toBeNull();
  });

  it('no letter of any sample request contains undefined, NaN or null', async () => {
    for (const name of [
      'fmf-child.json',
      'gout.json',
      'ilaris-caps-child.json',
      'ilaris-gout-retreatment.json',
      'ilaris-continuation-aosd.json',
      'ilaris-sjia.json',
      'stills-70kg-mistakes.json',
    ]) {
      const draft = await letter(fixture(name));
      expect(draft.text, name).not.toMatch(/undefined|NaN|\bnull\b/);
    }
  });
});
