import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { capitalize } from '@/lib/words';
import { indicationFacts, num, typed } from '@/rules/cigna/ilaris/derive';
import { DOSING } from '@/rules/cigna/ilaris/facts';

export const meta: RuleMeta = {
  id: 'frequency-indication',
  severity: 'warning',
  category: 'coding',
  fields: [F.frequency],
  source: DOSING.source,
};

/** "monthly" is read as 30 days; the label's "every 4 weeks" is 28. Both mean the same schedule. */
const SLACK_DAYS = 3;

const PERIODIC_FEVERS = new Set(['FMF', 'TRAPS', 'HIDS']);

export function check(form: PaForm, ctx: RuleContext): FindingDraft[] {
  const field = form.drug.frequency;
  const f = field?.value;
  const facts = indicationFacts(ctx);
  if (!field || !f || !facts) return [];
  const dosing = DOSING.value[facts.id];
  if (dosing.intervalDays === null) {
    const retreat = dosing.retreatAfterDays;
    if (f.once || retreat === undefined || f.everyDays === null || f.everyDays >= retreat) return [];
    return [
      {
        field: F.frequency,
        message: `${typed(field)} is more often than the FDA label allows for ${facts.label}: one dose per flare, retreatment no sooner than ${num(retreat / 7)} weeks after the last dose.`,
        fix: { field: F.frequency, value: 'Once', label: 'Set to once' },
      },
    ];
  }
  if (f.everyDays !== null && Math.abs(f.everyDays - dosing.intervalDays) <= SLACK_DAYS) return [];
  const guideNote =
    PERIODIC_FEVERS.has(facts.id) && f.everyDays === DOSING.value.CAPS.intervalDays
      ? ' (some patient guides say every 8 weeks for periodic fever syndromes; the label says otherwise)'
      : '';
  const interval = dosing.intervalText;
  return [
    {
      field: F.frequency,
      message: `${typed(field)} does not match the FDA label for ${facts.label}: ${interval}${guideNote}.`,
      fix: {
        field: F.frequency,
        value: capitalize(interval),
        label: `Set to ${interval}`,
      },
    },
  ];
}
