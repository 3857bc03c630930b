import type { Frequency } from '@/lib/form/schema';
import { fail, ok, type Parsed } from './result';
import { fold, quote } from './quote';

const SMALL_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  other: 2,
};

const DAYS_PER: Record<string, number> = { d: 1, w: 7, m: 30 };

/** "days"/"wks"/"mo" → d/w/m */
function periodLetter(word: string): 'd' | 'w' | 'm' | null {
  if (/^(d|day|days|dy|dys)$/.test(word)) return 'd';
  if (/^(w|wk|wks|week|weeks)$/.test(word)) return 'w';
  if (/^(m|mo|mos|mon|month|months)$/.test(word)) return 'm';
  return null;
}

const once = (): Parsed<Frequency> => ok({ everyDays: null, once: true });
const every = (days: number): Parsed<Frequency> => ok({ everyDays: days, once: false });

/**
 * How often the dose is given: "every 4 weeks", "q4w", "Q4 weeks", "every 28 days", "monthly",
 * "once". A month counts as 30 days, so "monthly" is 30 and "every 2 months" 60: the label says
 * "every 4 weeks" (28 days), and a rule comparing the two should allow for that difference.
 */
export function parseFrequency(text: string): Parsed<Frequency> {
  const s = fold(text)
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[.,;:]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    // a dose before, or a course length after, says nothing about the interval
    .replace(/^\d+(\.\d+)? ?(mg|ml|mcg|units?)\b ?/, '')
    .replace(/ (x|for|times) ?\d+ ?(doses?|injections?|months?|mos?|weeks?|wks?)$/, '');
  if (s === '') return fail('frequency.empty', 'Nothing entered.');
  if (
    /^(once|x ?1|1 ?x|single dose|single|one time|one-time|one dose|1 dose|once only|one time only|single injection|one injection)$/.test(s)
  ) {
    return once();
  }
  if (/^(weekly|once weekly|once a week|once per week)$/.test(s)) return every(7);
  if (/^(monthly|once monthly|once a month|once per month|every month|q month|qmonth)$/.test(s)) return every(30);
  const m =
    /^(?:(?:once |1 (?:dose |injection )?)?every |q ?)(\d+ ?|[a-z]+ )?-? ?([a-z]+)$/.exec(s) ??
    /^(\d+|[a-z]+)[ -]?(weekly|monthly)$/.exec(s);
  if (m) {
    const countText = (m[1] ?? '1').trim();
    const count = /^\d+$/.test(countText) ? Number(countText) : SMALL_NUMBERS[countText];
    const word = m[2] ?? '';
    const letter = word === 'weekly' ? 'w' : word === 'monthly' ? 'm' : periodLetter(word);
    if (count !== undefined && letter) {
      if (count === 0 || count > 520) {
        return fail('frequency.interval', `${quote(text)}: an interval of ${count} ${word} can't be right.`);
      }
      return every(count * DAYS_PER[letter]!);
    }
  }
  return fail(
    'frequency.unknown',
    `${quote(text)} is not a dosing frequency we can read; write it like "every 4 weeks", "every 8 weeks" or "once".`,
  );
}
