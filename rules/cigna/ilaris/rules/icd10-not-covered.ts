import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { coveredFor, leafAbove, leavesUnder, parsedCodes } from '@/rules/cigna/ilaris/codes';
import { indicationFacts, PROXY_NOTE, typed } from '@/rules/cigna/ilaris/derive';
import { EXCLUDED_CODE_PREFIXES, INDICATIONS, KNOWN_WRONG_CODES, SOURCES } from '@/rules/cigna/ilaris/facts';

export const meta: RuleMeta = {
  id: 'icd10-not-covered',
  severity: 'error',
  category: 'diagnosis',
  fields: [F.diagnosisCodes],
  source: SOURCES.criteriaTemplate,
};

/** E85.0 has its own rule (icd10-fmf-e850). */
const OWN_RULE = new Set(['E85.0']);

const coveredSummary = (): string =>
  Object.values(INDICATIONS)
    .filter((f, i, all) => all.findIndex((g) => g.suggestedCode === f.suggestedCode) === i)
    .map((f) => `${f.suggestedCode} ${f.label}`)
    .join('; ');

export function check(form: PaForm, ctx: RuleContext): FindingDraft[] {
  // placeholders, headers and codes below a leaf (M06.10) are no codes at all: icd10-invalid's
  const entries = parsedCodes(form).filter(
    (e) => !e.code.placeholder && leavesUnder(e.code.code).length === 0 && leafAbove(e.code.code) === null,
  );
  const findings: FindingDraft[] = [];
  for (const e of entries) {
    const excluded = EXCLUDED_CODE_PREFIXES.find((x) => e.code.code.startsWith(x.prefix));
    if (excluded) {
      findings.push({
        field: e.path,
        message: `${typed(e.field)} is ${excluded.meaning}; Cigna does not cover Ilaris for it ${PROXY_NOTE}.`,
      });
    }
  }
  if (findings.length > 0 || entries.some((e) => coveredFor(e.code.code).length > 0)) return findings;
  const chosen = ctx.inference.basis === 'chosen' ? indicationFacts(ctx) : null;
  return entries
    .filter((e) => !OWN_RULE.has(e.code.code))
    .map((e) => {
      const wrong = KNOWN_WRONG_CODES[e.code.code];
      const instead = wrong ? INDICATIONS[wrong.instead] : chosen;
      const meaning = wrong ? `: ${e.code.code} is ${wrong.meaning}` : '';
      const notCovered = `${typed(e.field)} is not a code Cigna covers Ilaris for ${PROXY_NOTE}${meaning}`;
      const draft: FindingDraft = {
        field: e.path,
        message: instead ? `${notCovered}; ${instead.label} is ${instead.suggestedCode}.` : `${notCovered}. Covered: ${coveredSummary()}.`,
      };
      if (instead) draft.fix = { field: e.path, value: instead.suggestedCode, label: `Use ${instead.suggestedCode}` };
      return draft;
    });
}
