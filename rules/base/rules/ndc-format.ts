import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { candidates11, formatNdc542 } from '@/lib/parse/ndc';
import { typed } from '@/rules/base/derive';
import { BASE_SOURCES as SOURCES } from '@/rules/base/facts';

export const meta: RuleMeta = {
  id: 'ndc-format',
  severity: 'error',
  category: 'coding',
  fields: [F.ndc],
  source: SOURCES.ndcBilling,
};

export function check(form: PaForm, ctx: RuleContext): FindingDraft[] {
  const ndc = form.drug.ndc;
  if (!ndc) return [];
  if (ndc.problem) return [{ field: F.ndc, message: ndc.problem.message }];
  const v = ndc.value;
  if (!v || v.layout === '5-4-2' || v.layout === '11-digit') return [];
  if (v.hyphenated) {
    return [
      {
        field: F.ndc,
        // the FDA's own form of the NDC, printed on the package: a note with the conversion, not an error
        severity: 'info',
        message: `${typed(ndc)} is a 10-digit NDC (${v.layout}); claims use the 11-digit 5-4-2 form ${v.hyphenated}.`,
        fix: { field: F.ndc, value: v.hyphenated, label: `Use ${v.hyphenated}` },
      },
    ];
  }
  // the drug pack that applies knows its own NDCs: the one reading that is one of them
  const pack = ctx.drugPack;
  const known = candidates11(v.digits).filter((c) => pack?.ndcs?.includes(c.ndc11));
  const match = known.length === 1 ? known[0] : undefined;
  const hyphenated = match && formatNdc542(match.ndc11);
  if (pack && match && hyphenated) {
    // named as the product it is (an Inflectra NDC is no Remicade NDC); a drug sold as one product, by its brand
    const drug = pack.manifest.drug;
    const product = drug.products ? drug.products.find((p) => p.ndcProducts.includes(match.ndc11.slice(0, 9)))?.title : drug.brand;
    return [
      {
        field: F.ndc,
        message: `${typed(ndc)} is 10 digits without hyphens, so its layout is unclear; read as ${match.layout} it is ${hyphenated}, the ${product ?? drug.generic} NDC, in the 11-digit 5-4-2 form claims use.`,
        fix: { field: F.ndc, value: hyphenated, label: `Use ${hyphenated}` },
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
