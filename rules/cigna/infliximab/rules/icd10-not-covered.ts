import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { familyOf, parsedCodes } from '@/rules/cigna/infliximab/codes';
import { indicationFacts } from '@/rules/cigna/infliximab/derive';
import { INDICATIONS, SOURCES } from '@/rules/cigna/infliximab/facts';

export const meta: RuleMeta = {
  id: 'icd10-not-covered',
  severity: 'error',
  category: 'diagnosis',
  fields: [F.diagnosisCodes],
  source: SOURCES.icd10cm,
};

const LIST = Object.values(INDICATIONS)
  .map((i) => i.label)
  .join(', ');

/**
 * At least one diagnosis code names an indication of the labels. Other codes beside it
 * (long-term drug therapy, a TB screening encounter) are left alone: a request lists more than
 * the indication. Placeholders and malformed codes are the base check's.
 */
export function check(form: PaForm, ctx: RuleContext): FindingDraft[] {
  const entries = parsedCodes(form).filter((e) => !e.code.placeholder);
  if (entries.length === 0 || entries.some((e) => familyOf(e.code.code) !== null)) return [];
  const first = entries[0];
  if (!first) return [];
  const facts = indicationFacts(ctx);
  const suggestion = facts ? ` For ${facts.label}, e.g. ${facts.suggestedCode}.` : '';
  const codes = entries.map((e) => e.code.code).join(', ');
  return [
    {
      field: first.path,
      message: `${codes}: no diagnosis code names an indication infliximab is given for (${LIST}).${suggestion}`,
    },
  ];
}
