import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateRequest } from '@/lib/engine/registry';
import { normalizeForm } from '@/lib/form/normalize';
import { RawFormSchema } from '@/lib/form/schema';
import { REGISTRY } from '@/rules/registry';
import { describeProbeRound } from './probe-rounds';

/**
 * Round 6 of the as-typed probe: other drugs. Staff file PAs for dozens of drugs on the same
 * portal; for a drug no pack checks the product must say nothing wrong, while the base checks
 * still help.
 * - test/fixtures/requests/as-typed-r6/: correct requests for drugs other than canakinumab and
 *   infliximab that clinics commonly file PAs for: asthma and allergy biologics (Xolair, Nucala,
 *   Fasenra, Tezspire, Cinqair, Dupixent), MS and neurology (Ocrevus, Kesimpta, Tysabri, Briumvi,
 *   Vyepti, Aimovig, Botox, Soliris, Ultomiris, Vyvgart, Uplizna, Leqembi), GI (Entyvio, Stelara,
 *   Skyrizi, Tremfya, Omvoh), rheumatology and dermatology (Cosentyx, Taltz, Bimzelx, Humira and
 *   its biosimilars, Enbrel, Cimzia, Simponi Aria, Orencia, Actemra, Kevzara, Kineret, Arcalyst,
 *   the JAK inhibitors, Otezla), lupus, gout and bone (Benlysta, Saphnelo, Lupkynis, Krystexxa,
 *   Prolia, Evenity, Reclast), and others (Tepezza, Eylea, rituximab and its biosimilars, IVIG,
 *   Keytruda, Herceptin, Kanjinti, Opdivo, Avastin, iron, Leqvio, Synvisc-One). Each has its
 *   real HCPCS code (J- or Q-code; none for self-administered and oral drugs, whose PAs go
 *   through the pharmacy benefit) with units for the code's unit size (J2357 is 5 mg: 300 mg = 60 units),
 *   NDCs in valid 5-4-2, 4-4-2 and 5-3-2 shapes (some from labelers that also make Ilaris or
 *   infliximab: Novartis 0078, Janssen 57894, Pfizer 0069), complete ICD-10-CM codes (the FY2026
 *   multiple sclerosis codes G35.A, G35.B1; 7-character codes such as M1A.9XX1, M80.08XA,
 *   H35.3211), names typed as brand, generic, suffixed biosimilar ("adalimumab-adaz (Hyrimoz)"),
 *   lower case, codes with their descriptors ("J2357 - Injection, omalizumab, 5 mg"), and
 *   histories or names that mention Ilaris or infliximab ("failed Remicade", "switching from
 *   Ilaris"), which must not bring a pack in. None may get an error or a warning.
 * - test/fixtures/requests/wrong-r6/: those requests with one real base-check mistake each (NPI
 *   check digit or length, NDC shape, ICD-10-CM placeholder, header or malformed code, 2/30/2026,
 *   a date of birth or CRP date in the future, a missing member ID), and Ilaris or infliximab
 *   requests whose drug fields contradict each other, where a pack must not apply silently;
 *   expected.json names the rule that must raise an error or a warning for each.
 * Each request is dated around 11/20/2026 and checked on 2026-12-03.
 */
describeProbeRound({
  name: 'round 6',
  correct: 'as-typed-r6',
  wrong: 'wrong-r6',
  knownCorrect: {},
  knownWrong: {
    'w-icd-ocrevus-g35-header-fy2026.json':
      'G35 is a category header since ICD-10-CM FY2026 (G35.A, G35.B0 … G35.D), and until FY2025 it was a billable code; its shape is that of a complete code (I10 and A09 are billable with three characters): only a full ICD-10-CM code table can tell a header from a code, and the product ships none (icd10-invalid knows headers only from the drug pack that applies), so with no pack it passes. Left as is on purpose.',
  },
});

const DIR = join(__dirname, '..', 'fixtures', 'requests', 'as-typed-r6');
/** A pack's drug named first in what the popup reads ("this request is for Remicade (infliximab)"). */
const PACK_DRUG = /^(ilaris|canakinumab|remicade|infliximab|inflectra|renflexis|avsola)\b/i;
/** correct requests whose drug the popup reads as a pack's drug today: file → why */
const knownRead: Readonly<Record<string, string>> = {};

async function evaluateFile(file: string) {
  const raw = RawFormSchema.parse(JSON.parse(readFileSync(join(DIR, file), 'utf8')));
  return { raw, result: await evaluateRequest(REGISTRY, normalizeForm(raw), { today: '2026-12-03' }) };
}
const IDENTITY_FIELDS = ['drug.name', 'drug.hcpcs', 'drug.ndc'];

/** The 11-digit form of a hyphenated 10-digit NDC (4-4-2, 5-3-2, 5-4-1), or the digits as typed. */
function ndc11(typed: string): string {
  const parts = typed.trim().split('-');
  if (parts.length !== 3) return typed.replace(/\D/g, '');
  const [a = '', b = '', c = ''] = parts;
  return `${a.padStart(5, '0')}${b.padStart(4, '0')}${c.padStart(2, '0')}`;
}

describe('round 6: other drugs keep their identity', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));

  it('lists in knownRead only files that exist', () => {
    expect(Object.keys(knownRead).filter((f) => !files.includes(f))).toEqual([]);
  });

  for (const file of files) {
    it(`${file} is checked by no pack and gets no fix that changes the drug`, async () => {
      const { raw, result } = await evaluateFile(file);
      expect(result.selection.pack?.id ?? null).toBeNull();
      const typedNdc = raw.drug?.ndc ?? '';
      const drugFixes = result.findings
        .filter((f) => f.fix && IDENTITY_FIELDS.includes(f.fix.field))
        // converting a 10-digit NDC to 11 digits keeps its product: the only fix allowed
        .filter((f) => !(f.fix?.field === 'drug.ndc' && f.fix.value.replace(/\D/g, '') === ndc11(typedNdc)))
        .map((f) => `${f.ruleId}: ${f.fix?.field} → ${f.fix?.value}`);
      expect(drugFixes).toEqual([]);
    });

    const run = file in knownRead ? it.fails : it;
    run(`${file} is not read as a drug a pack checks`, async () => {
      const { result } = await evaluateFile(file);
      expect(result.selection.read ?? '').not.toMatch(PACK_DRUG);
    });
  }
});
