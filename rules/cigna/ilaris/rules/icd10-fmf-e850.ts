import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { parsedCodes } from '@/rules/cigna/ilaris/codes';
import { typed } from '@/rules/cigna/ilaris/derive';
import { INDICATIONS, KNOWN_WRONG_CODES, SOURCES } from '@/rules/cigna/ilaris/facts';

export const meta: RuleMeta = {
  id: 'icd10-fmf-e850',
  severity: 'error',
  category: 'diagnosis',
  fields: [F.diagnosisCodes],
  source: SOURCES.fmfCode,
};

const E850 = 'E85.0';

export function check(form: PaForm, _ctx: RuleContext): FindingDraft[] {
  const codes = parsedCodes(form);
  const fmf = INDICATIONS.FMF.suggestedCode;
  // With M04.1 present, E85.0 is a real second diagnosis (FMF with amyloidosis), not a miscoding.
  if (codes.some((e) => e.code.code === fmf)) return [];
  const meaning = KNOWN_WRONG_CODES[E850]?.meaning ?? 'amyloidosis';
  return codes
    .filter((e) => e.code.code === E850)
    .map((e) => ({
      field: e.path,
      message: `${typed(e.field)}: ${E850} is ${meaning}; familial Mediterranean fever is ${fmf} on US claims (E85.0 is FMF only in the WHO ICD-10).`,
      fix: { field: e.path, value: fmf, label: `Use ${fmf}` },
    }));
}
