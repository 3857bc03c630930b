import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { indicationsOf, parsedCodes } from '@/rules/cigna/ilaris/codes';
import { indicationOf } from '@/rules/cigna/ilaris/derive';
import { INDICATIONS, SOURCES } from '@/rules/cigna/ilaris/facts';
import type { Indication } from '@/rules/cigna/ilaris/indications';

export const meta: RuleMeta = {
  id: 'indication-ambiguous',
  severity: 'warning',
  category: 'diagnosis',
  fields: [F.indication, F.diagnosisCodes],
  source: SOURCES.icd10cm,
};

const label = (i: keyof typeof INDICATIONS): string => INDICATIONS[i].label;

export function check(form: PaForm, ctx: RuleContext): FindingDraft[] {
  const { inference } = ctx;
  // a chosen indication that names none of the pack's is unreadable: say so, then go on with the codes
  const unread: FindingDraft[] = inference.problem
    ? [{ field: F.indication, severity: 'error', message: `Indication: ${inference.problem}` }]
    : [];
  const indication = indicationOf(ctx);
  if (!indication) return unread;
  return [...unread, ...agreement(form, ctx, indication)];
}

function agreement(form: PaForm, ctx: RuleContext, indication: Indication): FindingDraft[] {
  const { inference } = ctx;
  const named = parsedCodes(form).filter((e) => indicationsOf(e).length > 0);
  if (inference.basis === 'chosen') {
    const other = named.find((e) => !indicationsOf(e).includes(indication));
    if (!other) return [];
    const means = indicationsOf(other)[0];
    return [
      {
        field: F.indication,
        message: `The chosen indication, ${label(indication)}, does not match ${other.code.code}${means ? ` (${label(means)})` : ''}; ${label(indication)} is coded ${INDICATIONS[indication].suggestedCode}. Correct the indication or the code.`,
      },
    ];
  }
  const first = named[0];
  if (!first) return [];
  const elsewhere = named.find((e) => !indicationsOf(e).includes(indication));
  if (elsewhere) {
    const means = indicationsOf(elsewhere)[0];
    return [
      {
        field: elsewhere.path,
        message: `${first.code.code} (${label(indication)}) and ${elsewhere.code.code}${means ? ` (${label(means)})` : ''} point to different indications; the checks follow the first, ${label(indication)}. Choose the indication or remove the code that does not apply.`,
      },
    ];
  }
  const shared = indicationsOf(first);
  if (shared.length > 1) {
    const others = shared.filter((i) => i !== indication).map((i) => INDICATIONS[i].label);
    return [
      {
        field: first.path,
        severity: 'info',
        message: `${first.code.code} covers ${shared.map((i) => INDICATIONS[i].label).join(', ')}; the checks assume ${label(indication)}. Choose the indication if it is ${others.join(' or ')}.`,
      },
    ];
  }
  return [];
}
