import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { intervalSlackDays } from '@/lib/parse/frequency';
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

const PERIODIC_FEVERS = new Set(['FMF', 'TRAPS', 'HIDS']);

export function check(form: PaForm, ctx: RuleContext): FindingDraft[] {
  const field = form.drug.frequency;
  const f = field?.value;
  const facts = indicationFacts(ctx);
  if (!field || !f || !facts) return [];
  const dosing = DOSING.value[facts.id];
  // an induction is another drug's schedule ("0, 2, 6 weeks then every 8 weeks"): Ilaris has none
  if (f.induction) {
    const value = dosing.intervalDays === null ? 'Once' : capitalize(dosing.intervalText);
    return [
      {
        field: F.frequency,
        message: `${typed(field)} starts with induction doses; the FDA label gives Ilaris for ${facts.label} no induction or loading doses: ${dosing.intervalText}.`,
        fix: { field: F.frequency, value, label: `Set to ${value.toLowerCase()}` },
      },
    ];
  }
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
  // the allowance grows with the interval: "every 2 months" (60 days) is the label's every 8 weeks
  // as "monthly" (30) is its every 4 weeks, each month read as 30 days against 4 weeks' 28
  if (f.everyDays !== null && Math.abs(f.everyDays - dosing.intervalDays) <= intervalSlackDays(dosing.intervalDays)) return [];
  const guideNote =
    PERIODIC_FEVERS.has(facts.id) && f.everyDays === DOSING.value.CAPS.intervalDays
      ? ' (some patient guides say every 8 weeks for periodic fever syndromes; the label says otherwise)'
      : '';
  const interval = dosing.intervalText;
  // "once", "PRN for flares", "once per flare": gout's schedule, not one with an interval
  const message = f.once
    ? `${typed(field)} is a single or as-needed dose; the FDA label gives Ilaris for ${facts.label} ${interval}.`
    : `${typed(field)} does not match the FDA label for ${facts.label}: ${interval}${guideNote}.`;
  return [
    {
      field: F.frequency,
      message,
      fix: {
        field: F.frequency,
        value: capitalize(interval),
        label: `Set to ${interval}`,
      },
    },
  ];
}
