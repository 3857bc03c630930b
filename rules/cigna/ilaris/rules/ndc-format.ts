import type { FindingDraft, RuleContext, RuleMeta } from '../../../../lib/engine/types';
import { F } from '../../../../lib/form/fields';
import type { PaForm } from '../../../../lib/form/schema';
import { candidates11, formatNdc542 } from '../../../../lib/parse/ndc';
import { readNdc, typed } from '../derive';
import { SOURCES } from '../facts';

export const meta: RuleMeta = {
  id: 'ndc-format',
  severity: 'error',
  category: 'coding',
  description:
    'The NDC is in the 11-digit 5-4-2 form claims use; a 10-digit NDC gets the converted form (for unhyphenated digits, the reading that is a known Ilaris NDC).',
  fields: [F.ndc],
  source: SOURCES.ndcBilling,
};

export function check(form: PaForm, _ctx: RuleContext): FindingDraft[] {
  const ndc = form.drug.ndc;
  if (!ndc) return [];
  if (ndc.problem) return [{ field: F.ndc, message: ndc.problem.message }];
  const v = ndc.value;
  if (!v || v.layout === '5-4-2' || v.layout === '11-digit') return [];
  if (v.hyphenated) {
    return [
      {
        field: F.ndc,
        message: `${typed(ndc)} is a 10-digit NDC (${v.layout}); claims use the 11-digit 5-4-2 form ${v.hyphenated}.`,
        fix: { field: F.ndc, value: v.hyphenated, label: `Use ${v.hyphenated}` },
      },
    ];
  }
  const reading = readNdc(form);
  const product = reading?.product;
  const layout = candidates11(v.digits).find((c) => c.ndc11 === product?.ndc11)?.layout;
  if (product && layout) {
    return [
      {
        field: F.ndc,
        message: `${typed(ndc)} is 10 digits without hyphens, so its layout is unclear; read as ${layout} it is ${product.hyphenated} (${product.description}), the 11-digit 5-4-2 form claims use.`,
        fix: { field: F.ndc, value: product.hyphenated, label: `Use ${product.hyphenated}` },
      },
    ];
  }
  const options = candidates11(v.digits)
    .map((c) => formatNdc542(c.ndc11))
    .join(', ');
  return [
    {
      field: F.ndc,
      message: `${typed(ndc)} is 10 digits without hyphens, so it could be ${options}; copy the NDC with its hyphens from the vial and enter the 11-digit 5-4-2 form.`,
    },
  ];
}
