import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateRequest } from '@/lib/engine/registry';
import { normalizeForm } from '@/lib/form/normalize';
import { RawFormSchema, type RawForm } from '@/lib/form/schema';
import { denialHelp, draftAppeal } from '@/lib/letter/appeal';
import type { LetterInput } from '@/lib/letter/letter';
import { peerToPeerSummary } from '@/lib/letter/peer-to-peer';
import { REGISTRY } from '@/rules/registry';
import { cignaInfliximabDocs } from './docs';
import { ra, RA_70KG, TODAY } from './test-utils';

const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'requests');
const fixture = (name: string): RawForm => RawFormSchema.parse(JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')));
const template = cignaInfliximabDocs.letter!;
const REASONS = template.appeal!.reasons.map((r) => r.id);
const NO_DETAILS = { denialDate: null, reference: null };

async function inputOf(raw: RawForm): Promise<LetterInput> {
  const form = normalizeForm(raw);
  const r = await evaluateRequest(REGISTRY, form, { today: TODAY });
  return {
    form,
    findings: r.findings,
    indication: r.indication,
    indicationLabel: r.indicationLabel,
    indicationCode: r.indicationCode,
    today: TODAY,
  };
}

describe('Cigna × infliximab denial help and appeal', () => {
  it('offers the common denial reasons, the preferred product among them', () => {
    expect(template.appeal!.reasons.map((r) => r.label)).toEqual([
      'Insufficient step therapy',
      'Preferred product (biosimilar) required',
      'Non-specialist prescriber',
      'Lack of medical necessity',
      'Experimental/investigational',
      'Missing information',
    ]);
  });

  it('a step-therapy denial names the therapies on the request and asks why the alternatives do not fit', async () => {
    const appeal = draftAppeal(template, 'step-therapy', await inputOf(RA_70KG), NO_DETAILS)!;
    expect(appeal.text).toContain('Therapies tried before infliximab: Methotrexate (see prior therapy)');
    expect(appeal.text).toContain('[[to add: why the remaining alternatives are inappropriate for this patient]]');
  });

  it('an experimental denial names the approved indication of a clean request', async () => {
    const appeal = draftAppeal(template, 'experimental', await inputOf(RA_70KG), NO_DETAILS)!;
    expect(appeal.text).toContain('Infliximab is FDA-approved for rheumatoid arthritis, the indication of this request (ICD-10-CM M06.9).');
  });

  it('a specialist denial asks for the consulting specialist while the specialty check questions the prescriber', async () => {
    const input = await inputOf(ra({ prescriber: { specialty: 'Family medicine' } }));
    const help = denialHelp(template, 'specialist', input)!;
    expect(help.open.map((f) => f.ruleId)).toContain('prescriber-specialty');
    const appeal = draftAppeal(template, 'specialist', input, NO_DETAILS)!;
    expect(appeal.text).toContain('Specialties for the indication: rheumatology');
    expect(appeal.text).toContain('[[to add: the consulting specialist');
    expect(draftAppeal(template, 'specialist', await inputOf(RA_70KG), NO_DETAILS)!.text).not.toContain('Consulting specialist');
  });

  it('no appeal or peer-to-peer summary of a sample request contains undefined, NaN or null', async () => {
    for (const name of [
      'infliximab-ra-70kg.json',
      'infliximab-cd-inflectra-80kg.json',
      'infliximab-cd-pediatric.json',
      'infliximab-pso.json',
    ]) {
      const input = await inputOf(fixture(name));
      expect(peerToPeerSummary(template, input).text, name).not.toMatch(/undefined|NaN|\bnull\b/);
      for (const reason of REASONS) {
        const text = draftAppeal(template, reason, input, { denialDate: '2026-11-01', reference: 'R1' })!.text;
        expect(text, `${name} ${reason}`).not.toMatch(/undefined|NaN|\bnull\b/);
      }
    }
    const bare = await inputOf({ drug: { name: 'Remicade' } });
    for (const reason of REASONS) expect(draftAppeal(template, reason, bare, NO_DETAILS)!.text).not.toMatch(/undefined|NaN|\bnull\b/);
  });
});
