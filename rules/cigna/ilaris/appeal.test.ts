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
import { cignaIlarisDocs } from './docs';
import { stills, TODAY } from './test-utils';

const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'requests');
const fixture = (name: string): RawForm => RawFormSchema.parse(JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')));
const template = cignaIlarisDocs.letter!;
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

describe('Cigna × Ilaris denial help and appeal', () => {
  it('offers the six common denial reasons', () => {
    expect(template.appeal!.reasons.map((r) => r.label)).toEqual([
      'Insufficient step therapy',
      'CRP criterion not met',
      'Non-specialist prescriber',
      'Lack of medical necessity',
      'Experimental/investigational',
      'Missing information',
    ]);
  });

  it('a CRP denial shows the CRP as read and asks for a qualifying one while a check questions it', async () => {
    const input = await inputOf(fixture('stills-70kg-mistakes.json'));
    const help = denialHelp(template, 'crp', input)!;
    expect(help.missing).toContain('the date the CRP was drawn');
    expect(help.open.map((f) => f.ruleId)).toContain('crp-date-missing');
    const appeal = draftAppeal(template, 'crp', input, NO_DETAILS)!;
    expect(appeal.text).toMatch(/CRP on the request: .+ on \[\[to add: the date the CRP was drawn\]\]; the policy asks for at least/);
    expect(appeal.text).toContain('[[to add: a CRP result that meets the policy threshold');
  });

  it('a CRP denial of a gout request says its policy asks for no CRP', async () => {
    const appeal = draftAppeal(template, 'crp', await inputOf(fixture('gout.json')), NO_DETAILS)!;
    expect(appeal.text).toContain('the policy for gout flares does not ask for a CRP result.');
  });

  it('an experimental denial names the approved indication of a clean request, and the specialist denial its specialty', async () => {
    const input = await inputOf(stills({}));
    const experimental = draftAppeal(template, 'experimental', input, NO_DETAILS)!;
    expect(experimental.text).toContain(
      "Ilaris is FDA-approved for Still's disease (adult-onset, AOSD), the indication of this request (ICD-10-CM M06.1).",
    );
    const specialist = draftAppeal(template, 'specialist', input, NO_DETAILS)!;
    expect(specialist.text).toContain('Specialties the policy names for the indication: rheumatology');
    expect(specialist.text).not.toContain('Consulting specialist');
  });

  it('no appeal or peer-to-peer summary of a sample request contains undefined, NaN or null', async () => {
    for (const name of [
      'fmf-child.json',
      'gout.json',
      'ilaris-caps-child.json',
      'ilaris-gout-retreatment.json',
      'ilaris-continuation-aosd.json',
      'ilaris-sjia.json',
      'stills-70kg-mistakes.json',
    ]) {
      const input = await inputOf(fixture(name));
      expect(peerToPeerSummary(template, input).text, name).not.toMatch(/undefined|NaN|\bnull\b/);
      for (const reason of REASONS) {
        const text = draftAppeal(template, reason, input, { denialDate: '2026-11-01', reference: 'R1' })!.text;
        expect(text, `${name} ${reason}`).not.toMatch(/undefined|NaN|\bnull\b/);
      }
    }
    const bare = await inputOf({ drug: { name: 'Ilaris' } });
    for (const reason of REASONS) expect(draftAppeal(template, reason, bare, NO_DETAILS)!.text).not.toMatch(/undefined|NaN|\bnull\b/);
  });
});
