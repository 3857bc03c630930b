import type { RuleSource } from './engine/types';
import type { IsoDate } from './form/schema';
import { addDays, addMonths } from './parse/date';

/**
 * Filing deadlines after a payer's denial. The internal appeal counts from the denial; the
 * external review counts from the payer's final decision, i.e. its answer to the internal
 * appeal, so from a first denial only the internal date can be given. The periods are the
 * payer's and the states' (`AppealRules`, from the payer's packs).
 */

export const APPEAL_STATES = ['CA', 'GA', 'other'] as const;
export type AppealState = (typeof APPEAL_STATES)[number];

export const STATE_NAMES: Record<AppealState, string> = {
  CA: 'California',
  GA: 'Georgia',
  other: 'Another state',
};

/** `initial`: the prior authorization was denied; `final`: the payer upheld the denial on appeal. */
export type LetterKind = 'initial' | 'final';

export type Period = { days: number } | { months: number };

export interface ReviewRule {
  title: string;
  period: Period;
  /** the period in words, as a person would say it */
  within: string;
  decision: string;
  source: RuleSource;
}

/** A payer's appeal and each state's external review. */
export interface AppealRules {
  payer: string;
  internal: ReviewRule;
  external: Record<AppealState, ReviewRule>;
}

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
export function appealDeadlines(rules: AppealRules, input: AppealInput): Deadline[] | null {
  const internal = rules.internal;
  const external = rules.external[input.state];
  const internalBy = after(input.letterDate, internal.period);
  const externalBy = after(input.letterDate, external.period);
  if (internalBy === null || externalBy === null) return null;

  const externalRule = `Within ${external.within}.`;
  if (input.letter === 'final') return [deadline(external, externalBy, externalRule)];
  return [
    deadline(internal, internalBy, `Within ${internal.within}.`),
    deadline(external, null, `${externalRule} File the internal appeal first; this deadline starts when ${rules.payer} answers it.`),
  ];
}
