import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { readNdc, typed, typedNdc, verifiedNdc } from '@/rules/cigna/ilaris/derive';
import { SOURCES } from '@/rules/cigna/ilaris/facts';

export const meta: RuleMeta = {
  id: 'ndc-product',
  severity: 'error',
  category: 'coding',
  fields: [F.ndc],
  source: SOURCES.ndcDirectory,
};

export function check(form: PaForm, _ctx: RuleContext): FindingDraft[] {
  const ndc = form.drug.ndc;
  const reading = readNdc(form);
  if (!ndc || !reading) return [];
  const good = verifiedNdc();
  const fix = { field: F.ndc, value: good.hyphenated, label: `Use ${good.hyphenated}` };
  const { product } = reading;
  if (!product) {
    return [
      {
        field: F.ndc,
        message: `${typedNdc(ndc, reading.readings)} is not an Ilaris NDC; ${good.description} is ${good.hyphenated}.`,
        fix,
      },
    ];
  }
  if (!product.verified) {
    return [
      {
        field: F.ndc,
        severity: 'warning',
        message: `${typed(ndc)} is ${product.description}: not verified in the FDA NDC directory. ${good.description} is ${good.hyphenated}; use it unless the vial in hand says otherwise.`,
        fix,
      },
    ];
  }
  return [];
}
