import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { describeFrequency, intervalSlackDays } from '@/lib/parse/frequency';
import { dosingFor, indicationFacts, num, typed } from '@/rules/cigna/infliximab/derive';
import { DOSING } from '@/rules/cigna/infliximab/facts';

export const meta: RuleMeta = {
  id: 'frequency-indication',
  severity: 'warning',
  category: 'coding',
  fields: [F.frequency],
  source: DOSING.source,
};

/**
 * The maintenance interval is the label's for the indication (every 8 weeks; ankylosing
 * spondylitis every 6; rheumatoid arthritis may go to every 4). The induction doses (0, 2, 6
 * weeks) are no interval of their own: "0, 2, 6 weeks then every 8 weeks", "every 8 weeks
 * after induction" and "every 8 weeks (after 0, 2, 6)" read as every 8 weeks (`parseFrequency`).
 */
export function check(form: PaForm, ctx: RuleContext): FindingDraft[] {
  const facts = indicationFacts(ctx);
  const field = form.drug.frequency;
  const f = field?.value;
  if (!facts || !field || !f) return [];
  const dosing = dosingFor(facts.id);
  const weeks = (d: number) => `${num(d / 7)} weeks`;
  const allowed =
    dosing.minIntervalDays === dosing.intervalDays
      ? `every ${weeks(dosing.intervalDays)}`
      : `every ${weeks(dosing.intervalDays)}, or as often as every ${weeks(dosing.minIntervalDays)}`;
  const label = `the FDA label gives infliximab for ${facts.label} ${dosing.scheduleText} (maintenance ${allowed})`;
  if (f.once) return [{ field: F.frequency, message: `${typed(field)}: ${label}.` }];
  const days = f.everyDays;
  if (days === null) return [];
  // months are read as 30 days against the label's weeks: the allowance grows with the interval
  const shortest = dosing.minIntervalDays - intervalSlackDays(dosing.minIntervalDays);
  const longest = dosing.intervalDays + intervalSlackDays(dosing.intervalDays);
  if (days >= shortest && days <= longest) return [];
  return [{ field: F.frequency, message: `${typed(field)} is ${describeFrequency(f)}: ${label}.` }];
}
