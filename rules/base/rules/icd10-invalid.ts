import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { diagnosisCodePath, F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { typed } from '@/rules/base/derive';
import { BASE_SOURCES as SOURCES } from '@/rules/base/facts';

export const meta: RuleMeta = {
  id: 'icd10-invalid',
  severity: 'error',
  category: 'diagnosis',
  fields: [F.diagnosisCodes],
  source: SOURCES.icd10cm,
};

/**
 * The ICD-10-CM codes that take a 7th character, by the start of the code without its dot: a
 * code in them is invalid until its 7th character, with X filling the places before it
 * (ICD-10-CM Official Guidelines for Coding and Reporting, I.B.3 and, for injuries and
 * poisonings, I.C.19.a; the 7th-character note of each category in the CMS/NCHS ICD-10-CM
 * tabular list). Checked against the FY2021 code order file: every billable code under these
 * starts has 7 characters. Not here: categories only some of whose codes run to 7 characters
 * (T30–T32 burns by extent, T86, T87, M84.8), glaucoma stage (H40.1–H40.6) and the external
 * causes (V00–Y38), which a prior authorization does not use as its diagnosis.
 */
const SEVENTH: readonly { prefix: RegExp; what: string; example: string }[] = [
  {
    prefix: /^M1A/,
    what: 'chronic gout codes (M1A.-) need a 7th character, 0 without tophus or 1 with tophus',
    example: 'M1A.9XX0',
  },
  {
    // all of S; T07, T14–T28, T33–T85 (T35, T72 and T77 do not exist), T88: not T30–T32, T86, T87
    prefix: /^(?:S|T07|T1[4-9]|T2|T3[3-9]|T[4-7]|T8[0-58])/,
    what: 'injury and poisoning codes (S00–T88) need a 7th character for the encounter, such as A initial, D subsequent or S sequela',
    example: 'S72.001A, T50.905A',
  },
  {
    prefix: /^(?:M80|M97|M48[45]|M84[3-7])/,
    what: 'fracture codes (M80, M84.3–M84.7, M48.4–M48.5, M97) need a 7th character for the encounter, such as A initial, D subsequent or S sequela',
    example: 'M80.08XA',
  },
  {
    prefix: /^(?:O3[1256]|O33[3-7]|O4[01]|O60[12]|O6[49])/,
    what: 'this maternal care code needs a 7th character for the fetus, 0 for a single gestation',
    example: 'O36.5930',
  },
  {
    prefix: /^R402[1-4]/,
    what: 'Glasgow coma scale codes (R40.21–R40.24) need a 7th character for when the score was taken',
    example: 'R40.2142',
  },
  {
    prefix: /^H353[12]/,
    what: 'age-related macular degeneration codes (H35.31, H35.32) need a 7th character for the stage',
    example: 'H35.3211',
  },
];

const examples = (leaves: string[]): string => (leaves.length > 2 ? `${leaves.slice(0, 2).join(', ')}, ...` : leaves.join(' or '));

export function check(form: PaForm, ctx: RuleContext): FindingDraft[] {
  // the drug pack that applies knows the billable codes under the headers it cares about
  const leavesUnder = (code: string): string[] => ctx.drugPack?.leavesUnder?.(code) ?? [];
  // a known leaf the code runs on below (M06.10 under M06.1): the pack's leaves of its category
  const leafAbove = (code: string, category: string): string | undefined =>
    leavesUnder(category).find((leaf) => code.length > leaf.length && code.startsWith(leaf));
  return form.diagnosis.codes.flatMap((field, i): FindingDraft[] => {
    const path = field.path ?? diagnosisCodePath(i);
    if (field.problem) return [{ field: path, message: field.problem.message }];
    const v = field.value;
    if (!v) return [];
    const bare = v.code.replace('.', '');
    const seventh = bare.length < 7 ? SEVENTH.find((row) => row.prefix.test(bare)) : undefined;
    if (seventh) {
      return [{ field: path, message: `${typed(field)} is incomplete: ${seventh.what} (X fills empty places, e.g. ${seventh.example}).` }];
    }
    const prefix = v.placeholder ? v.code.slice(0, v.code.indexOf('X')) : v.code;
    const leaves = leavesUnder(prefix);
    if (v.placeholder) {
      return [
        {
          field: path,
          message: `${typed(field)} is a placeholder, not a code: the X stands for characters the code must spell out${leaves.length ? `; choose the billable code, e.g. ${examples(leaves)}` : ''}.`,
        },
      ];
    }
    if (leaves.length > 0) {
      return [
        {
          field: path,
          message: `${typed(field)} is a category header, not a billable code; choose a complete code such as ${examples(leaves)}.`,
        },
      ];
    }
    const leaf = leafAbove(v.code, v.category);
    if (leaf) {
      return [
        {
          field: path,
          message: `${typed(field)} is not an ICD-10-CM code: ${leaf} has no subdivisions. Did you mean ${leaf}?`,
          fix: { field: path, value: leaf, label: `Use ${leaf}` },
        },
      ];
    }
    return [];
  });
}
