import { empty, fail, ok, type Parsed } from './result';
import { APPROXIMATE } from './date';
import { fold, quote, squash } from './quote';

/** A number read from the start of a text, with whatever followed it (a unit, usually). */
export interface LeadingNumber {
  value: number;
  /** text after the number, trimmed */
  rest: string;
}

/** One to twenty in words, as a count of events is said aloud ("six", "twelve"). */
export const SMALL_NUMBER_WORDS =
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(
    ' ',
  );

const NUMBER_WORDS = new RegExp(
  `^(zero|${SMALL_NUMBER_WORDS.join('|')}|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|half|a dozen|dozen)\\b`,
  'i',
);

/**
 * Reads the number a text starts with. Refuses anything whose value a person could read two
 * ways: digits split by a space ("2 80"), a decimal comma ("1,5": 1.5 or 15?), words, exponents.
 * `code` prefixes the problem codes (`quantity.negative`, `count.words`, ...).
 */
export function readLeadingNumber(text: string, code = 'number'): Parsed<LeadingNumber> {
  const s = fold(text);
  if (s === '') return empty(code);
  let body = s;
  let negative = false;
  if (/^[-\u2013]/.test(body)) {
    negative = true;
    body = body.slice(1).trimStart();
  } else if (body.startsWith('+')) {
    body = body.slice(1).trimStart();
  }
  const m = /^(?:\d[\d.,]*(?:\s+\d[\d.,]*)*|\.\d[\d.,]*)/.exec(body);
  if (!m) {
    if (NUMBER_WORDS.test(s)) {
      return fail(`${code}.words`, `${quote(text)}: write the number in digits (e.g. 200, not "two hundred").`);
    }
    return fail(`${code}.not-a-number`, `${quote(text)} is not a number.`);
  }
  // a full stop after the number ends the sentence ("150."), it starts no decimals
  const token = /\d\.$/.test(m[0]) && !/[.,]/.test(m[0].slice(0, -1)) ? m[0].slice(0, -1) : m[0];
  const rest = body.slice(m[0].length).trim();
  if (/^e[+-]?\d/i.test(rest)) {
    return fail(`${code}.exponent`, `${quote(text)}: write the number in plain digits, without an exponent.`);
  }
  if (/\s/.test(token)) {
    const joined = token.replace(/\s+/g, '');
    return fail(
      `${code}.split-digits`,
      `${quote(text)} has a space between digits: is it ${joined} or separate numbers? Remove the space.`,
    );
  }
  let plain: string;
  if (/^(\d+(\.\d+)?|\.\d+)$/.test(token)) plain = token;
  else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(token)) plain = token.replace(/,/g, '');
  else if (/^\d+,\d+$/.test(token)) {
    const [a, b] = token.split(',');
    return fail(
      `${code}.decimal-comma`,
      `${quote(text)}: a decimal comma is ambiguous (is it ${a}.${b} or ${a}${b}?). Use a dot for decimals.`,
    );
  } else {
    return fail(`${code}.malformed`, `${quote(text)} is not a number we can read; write it like 1500 or 1.5.`);
  }
  const value = Number(plain);
  if (!Number.isFinite(value)) return fail(`${code}.too-large`, `${quote(text)} is too large to be right.`);
  if (negative && value !== 0) {
    return fail(`${code}.negative`, `${quote(text)}: a negative number can't be right here.`);
  }
  return ok({ value: value === 0 ? 0 : value, rest });
}

/** A plain decimal number with nothing after it, e.g. "4.5" or "1,500". */
export function parseDecimal(text: string): Parsed<number> {
  const r = readLeadingNumber(text, 'number');
  if (!r.ok) return r;
  if (r.value.rest !== '') {
    return fail('number.trailing', `${quote(text)}: expected just a number, found "${r.value.rest}" after it.`);
  }
  return ok(r.value.value);
}

/** what billing units are called after their count, "service units" ("SU") as claim forms say too */
const DEFAULT_COUNT_WORDS = ['unit', 'units', 'un', 'u', 'billing unit', 'billing units', 'su', 'service units'];
/** Packages counted where billing units go ("1 vial"): the number is not the units. */
const PACKAGES = /^(?:vials?|syringes?|pens?|cartons?|kits?|box(?:es)?|packs?|packages?|doses?|injections?)\.?$/i;
const plural = (noun: string): string => (noun.endsWith('s') ? noun : noun === 'box' ? 'boxes' : `${noun}s`);

/** How often, not how many: "monthly", "every month". */
const RATE = /^(?:monthly|weekly|daily|yearly|annually|every (?:month|week|day)|once a (?:month|week))$/i;

/** A period after a tally: "per year", "/yr", "in the past 12 months", "in past 12 mo", "a month". */
const PERIOD =
  /\s*(?:per|a|an|each|every|\/|in(?: the)?(?: past| last| prior| previous)?|over(?: the)?(?: past| last| prior| previous)?)\s*(years?|yrs?|(?:12|6|twelve|six)[\s-]?(?:months?|mos?)|months?|mos?)\.?$/i;

/** A rate with the tally in parentheses: "monthly (12)", "weekly (52 flares)". */
const RATE_WITH_COUNT = /^(?:1\s*\/\s*)?(mo(?:nth)?|w(?:ee)?k|y(?:ea)?r|annual)(?:ly)?\s*\((\d+)(?: flares| total)?\)$/i;

/**
 * A tally said in words ("six", "Six flares") in digits. A word that goes on ("twenty-one",
 * "six hundred", "two and a half") is left for `readLeadingNumber` to refuse.
 */
const spelledOut = (text: string): string =>
  fold(text).replace(/^([a-z]+)\b(?!-|\s*and\b)(.*)/is, (all, word: string, rest: string) => {
    const n = SMALL_NUMBER_WORDS.indexOf(word.toLowerCase()) + 1;
    return n && !NUMBER_WORDS.test(rest.trim()) ? `${n}${rest}` : all;
  });

/**
 * A whole count such as billing units ("280", "280 units", "150 billing units") or flares
 * ("3 flares" when `words` allows it). A fraction, or a unit like "mg" after the number, is a
 * problem; a note in parentheses after it is not ("280 (J0638 x 280)", "21 units (10 mg each)"),
 * unless it gives another count. With `months` the count is a tally over that many past
 * months: a range reads as its lower bound ("8-10" → 8), "6+" and "6 or more" as 6, a number word up to twenty
 * as its number ("six", `spelledOut`), and a period after it must be that one ("8 per year" for 12 months).
 */
export function parseCount(text: string, words: readonly string[] = DEFAULT_COUNT_WORDS, months?: number): Parsed<number> {
  const within = months === undefined ? '' : ` in the past ${months} months`;
  // a rate with its tally beside it ("monthly (12)") is that tally when it is the rate's over the months
  const rated = RATE_WITH_COUNT.exec(fold(text));
  if (months !== undefined && (rated || RATE.test(fold(text)))) {
    const per = rated?.[1]?.[0]?.toLowerCase();
    const tally = per === 'm' ? months : per === 'w' ? (months * 52) / 12 : months / 12;
    if (Number(rated?.[2]) === tally) return ok(tally);
    return fail('count.rate', `${quote(text)} says how often, not how many: enter the number${within}.`);
  }
  // a count of flares "at least" so many ("≥6", ">= 6", "> 6", "at least 6") reads as that many: the criteria
  // ask for at least a number, so the least it may be is what counts
  // as does one typed as an estimate ("~8", "about 8"): staff count flares from the chart and
  // round; the number is what the criteria compare
  const atLeast = months !== undefined ? (APPROXIMATE.exec(text) ?? /^\s*(?:≥|>=?|at least\s)\s*/i.exec(text)) : null;
  // only a tally over months reads words: it is dictated and has one reading, while billing units
  // and doses are worked out and typed in digits, so a word there ("two hundred") stays a problem
  const tally = atLeast ? text.slice(atLeast[0].length) : text;
  const r = readLeadingNumber(months === undefined ? tally : spelledOut(tally), 'count');
  if (!r.ok) return r;
  const { value } = r.value;
  let { rest } = r.value;
  // or after "of" ("35 units of 10 mg")
  const note = /\(([^()]*)\)$|\s*\bof\s+\d+\s*mg$/i.exec(rest);
  if (note) {
    const other = /(?:=|\bx|×)\s*(\d+)\s*(?:units?)?\s*$/i.exec(note[1] ?? '');
    if (other && Number(other[1]) !== value) {
      return fail('count.conflict', `${quote(text)} gives two counts, ${value} and ${other[1]}: write just the count.`);
    }
    rest = rest.slice(0, note.index).trim();
  }
  if (months !== undefined) {
    const range = /^(?:-|–|to)\s*(\d+)\s*/i.exec(rest);
    if (range && Number(range[1]) > value) rest = rest.slice(range[0].length);
    else rest = rest.replace(/^(?:\+|or more)\s*/i, '');
    const per = PERIOD.exec(rest);
    if (per) {
      const unit = (per[1] ?? '').toLowerCase();
      const perMonths = /^(?:y|12|twelve)/.test(unit) ? 12 : /^(?:6|six)/.test(unit) ? 6 : 1;
      if (perMonths !== months) {
        return fail('count.period', `${quote(text)} is counted over another period: enter the number${within}.`);
      }
      rest = rest.slice(0, per.index).trim();
    }
  }
  if (words === DEFAULT_COUNT_WORDS && PACKAGES.test(rest)) {
    return fail(
      'count.packages',
      `${quote(text)} counts ${plural(rest.replace(/\.$/, '').toLowerCase())}: billing units count the HCPCS code's own unit (its descriptor says how many mg), not packages; enter the number of billing units.`,
    );
  }
  if (rest !== '' && !words.includes(squash(rest.toLowerCase()).replace(/\.$/, ''))) {
    return fail('count.trailing', `${quote(text)}: expected a whole number; write just ${value}.`);
  }
  if (!Number.isInteger(value)) {
    return fail('count.fraction', `${quote(text)}: this is a count and must be a whole number.`);
  }
  if (!Number.isSafeInteger(value)) return fail('count.too-large', `${quote(text)} is too large to be right.`);
  return ok(value);
}
