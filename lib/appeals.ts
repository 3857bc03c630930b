import type { RuleSource } from './engine/types';
import type { IsoDate } from './form/schema';
import { addDays, addMonths } from './parse/date';

/**
 * Filing deadlines after a Cigna denial (domain sheet, "Appeals"). The internal appeal counts
 * from the denial; the external review counts from Cigna's final decision, i.e. its answer to
 * the internal appeal, so from a first denial only the internal date can be given.
 */

export const APPEAL_STATES = ['CA', 'GA', 'other'] as const;
export type AppealState = (typeof APPEAL_STATES)[number];

export const STATE_NAMES: Record<AppealState, string> = {
  CA: 'California',
  GA: 'Georgia',
  other: 'Another state',
};

/** `initial`: the prior authorization was denied; `final`: Cigna upheld the denial on appeal. */
export type LetterKind = 'initial' | 'final';

type Period = { days: number } | { months: number };

interface ReviewRule {
  title: string;
  period: Period;
  /** the period in words, as a person would say it */
  within: string;
  decision: string;
  source: RuleSource;
}

const INTERNAL_APPEAL: ReviewRule = {
  title: 'Internal appeal to Cigna',
  period: { days: 180 },
  within: '180 days of the denial',
  decision: 'Cigna decides within 30 days.',
  source: { title: 'Cigna appeals process (domain sheet, Appeals)', confidence: 'H' },
};

const EXTERNAL_REVIEW: Record<AppealState, ReviewRule> = {
  CA: {
    title: 'Independent Medical Review (California DMHC)',
    period: { months: 6 },
    within: "6 months of Cigna's final decision",
    decision: 'About 30 days; 3–7 days when expedited.',
    source: { title: 'California DMHC Independent Medical Review', confidence: 'H' },
  },
  GA: {
    title: 'External review (Georgia Department of Insurance)',
    period: { days: 60 },
    within: "60 days of Cigna's final decision",
    decision: 'About 30–45 days; 72 hours when expedited.',
    // only consumer guides state the 60 days
    source: { title: 'Georgia Department of Insurance consumer guides', confidence: 'L' },
  },
  other: {
    title: 'External review',
    period: { months: 4 },
    within: "4 months of Cigna's final decision",
    decision: 'Ask Cigna or the state insurance department for the reviewer’s timeline.',
    source: { title: 'Cigna external review (general)', confidence: 'M' },
  },
};

export interface Deadline {
  title: string;
  /** last day to file, or null when it counts from a decision that has not been made yet */
  by: IsoDate | null;
  /** the rule in words: "Within 180 days of the denial." */
  rule: string;
  decision: string;
  source: RuleSource;
}

export interface AppealInput {
  /** date on the letter */
  letterDate: IsoDate;
  state: AppealState;
  letter: LetterKind;
}

function after(date: IsoDate, period: Period): IsoDate | null {
  return 'days' in period ? addDays(date, period.days) : addMonths(date, period.months);
}

const deadline = (review: ReviewRule, by: IsoDate | null, rule: string): Deadline => ({
  title: review.title,
  by,
  rule,
  decision: review.decision,
  source: review.source,
});

/**
 * The deadlines that apply to a denial letter, in filing order. Null when the letter date is not
 * a real date (callers parse it first, so this only guards against misuse).
 */
export function appealDeadlines(input: AppealInput): Deadline[] | null {
  const internal = INTERNAL_APPEAL;
  const external = EXTERNAL_REVIEW[input.state];
  const internalBy = after(input.letterDate, internal.period);
  const externalBy = after(input.letterDate, external.period);
  if (internalBy === null || externalBy === null) return null;

  const externalRule = `Within ${external.within}.`;
  if (input.letter === 'final') return [deadline(external, externalBy, externalRule)];
  return [
    deadline(internal, internalBy, `Within ${internal.within}.`),
    deadline(external, null, `${externalRule} File the internal appeal first; this deadline starts when Cigna answers it.`),
  ];
}
