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
    if (v.category === 'M1A' && v.code.replace('.', '').length < 7) {
      return [
        {
          field: path,
          message: `${typed(field)} is incomplete: chronic gout codes (M1A.-) need a 7th character, 0 without tophus or 1 with tophus (X fills empty places, e.g. M1A.9XX0).`,
        },
      ];
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
