import type { Frequency } from '@/lib/form/schema';
import { empty, fail, ok, type Parsed } from './result';
import { SMALL_NUMBER_WORDS } from './number';
import { fold, quote } from './quote';

// Maps, not objects: a typed word such as "constructor" must not find an object's own keys
const COUNT_WORDS = new Map<string, number>(SMALL_NUMBER_WORDS.map((w, i) => [w, i + 1]));

/** "every other week" is every 2 weeks, "every third week" 3; "other times a week" means nothing. */
const EVERY_COUNT_WORDS = new Map<string, number>([
  ...COUNT_WORDS,
  ['other', 2],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['sixth', 6],
  ['eighth', 8],
]);

/** "once", "twice", "thrice": a count of doses in one word. */
const TIMES_WORDS = new Map<string, number>([
  ['once', 1],
  ['twice', 2],
  ['thrice', 3],
]);

/** Days in each period: a month is read as 30 days (see `intervalSlackDays`). */
const DAYS_PER: Record<'h' | 'd' | 'w' | 'm', number> = { h: 1 / 24, d: 1, w: 7, m: 30 };

/** "hours"/"days"/"wks"/"mo" → h/d/w/m */
function periodLetter(word: string): 'h' | 'd' | 'w' | 'm' | null {
  if (/^h(?:rs?|ours?)?$/.test(word)) return 'h';
  if (/^d(?:ays?|ys?|aily)?$/.test(word)) return 'd';
  if (/^w(?:ks?|eeks?|eekly)?$/.test(word)) return 'w';
  if (/^m(?:os?|on|onths?|onthly)?$/.test(word)) return 'm';
  return null;
}

/** The Latin abbreviations of prescriptions, dots removed: days between doses. */
const LATIN = new Map<string, number>([
  ['qd', 1],
  ['bid', 1 / 2],
  ['tid', 1 / 3],
  ['qid', 1 / 4],
  ['qod', 2],
]);

/** "once daily", "twice weekly", "3 times a day", "2x/week", "1x daily": doses per period. */
const TIMES_PER = /^(once|twice|thrice|(\d+|[a-z]+) ?(?:x|times)) ?(?:a |an |per |each |every |\/ ?)?([a-z]+)$/;

/**
 * A single dose, or one per flare given as needed: "once", "one-time dose", "single injection",
 * "once per flare" (the label's gout schedule), "once per flare, PRN", "PRN for flares", "as needed". A pack whose
 * indication has an interval flags it against that interval.
 */
const ONCE =
  /^(?:(?:once|x ?1|1 ?x|single|one[- ]time)(?: (?:dose|injection))?(?: only| now)?|(?:one|1) (?:dose|injection)(?: now)?|prn|as needed)(?: (?:per|for|with|at|each|with each|for each) (?:an? |each |the )?(?:acute )?(?:gout )?(?:flares?|attacks?)(?: onset)?)?(?:,? (?:prn|as needed))?$|^(?:per|each) (?:gout )?flare$/;

const once = (): Parsed<Frequency> => ok({ everyDays: null, once: true });
const every = (days: number): Parsed<Frequency> => ok({ everyDays: days, once: false });

/** An interval no dose schedule has: none at all, more than hourly, or over ten years. */
const implausible = (days: number): boolean => days < DAYS_PER.h || days > 3650;

/** "3" or "three" → 3; undefined for any other word. */
const countOf = (text: string, words: ReadonlyMap<string, number>): number | undefined =>
  /^\d+$/.test(text) ? Number(text) : words.get(text);

/** "twice weekly" → 3.5 days; null when the text is not "N times a period". */
function timesPer(s: string): number | null {
  const m = TIMES_PER.exec(s);
  if (!m) return null;
  const count = TIMES_WORDS.get(m[1] ?? '') ?? countOf(m[2] ?? '', COUNT_WORDS);
  const letter = periodLetter(m[3] ?? '');
  if (count === undefined || letter === null) return null;
  // no dose at all has no interval: implausible, like more than one an hour
  return count === 0 ? Infinity : DAYS_PER[letter] / count;
}

/** A dose before the interval ("150 mg every 8 weeks", "5 mg/kg at weeks 0, 2 and 6"). */
const LEADING_DOSE = /^\d+(\.\d+)? ?(mg|ml|mcg|units?)(\/kg)?\b ?/;
/** A course length after it ("every 4 weeks x 6 months", "q4w for 6 doses", "every 8 weeks x 1 year", ", 6 mo supply"). */
const COURSE_LENGTH =
  / (x|for|times) ?\d+ ?(doses?|injections?|months?|mos?|weeks?|wks?|years?|yrs?)$|,? \d+ ?(months?|mos?|weeks?|wks?|days?) supply$/;

/** A route, which says nothing of the interval: "subQ q4 weeks", "IV infusion every 8 weeks", a sig's "under the skin". */
const ROUTE =
  /\b(?:sub-?q|sub q|sq|sc|subcut\w*|iv(?:pb)?|intraven\w*|im|intramusc\w*|(?:under|beneath|into) the (?:skin|vein|muscle))(?: (?:infusions?|injections?|inj|push))?\b/g;

/**
 * Lower case, parentheticals, routes, a leading verb and trailing punctuation dropped, ordinals read as numbers
 * ("every 4th week" is every 4 weeks), week numbers without their letter ("W2" is 2), "maint" spelled out, spaces collapsed.
 */
const tidy = (text: string): string =>
  fold(text)
    // each phase on its line ("Induction: 0, 2, 6 weeks\nMaintenance: every 8 weeks")
    .replace(/\s*\n\s*(?=maint)/gi, '; ')
    .toLowerCase()
    // the field's label pasted with it ("Frequency: every 8 weeks")
    .replace(/^\s*(?:freq(?:uency)?|sig|directions)\.?:/, '')
    .replace(/\([^)]*\)/g, ' ')
    .replace(ROUTE, ' ')
    // a prescription's verb before its dose ("Inject 150 mg … every 8 weeks")
    .replace(/^\s*(?:inject|infuse|give|administer|take)\b\s*/, '')
    .replace(/\b(\d+)(?:st|nd|rd|th)\b/g, '$1')
    // a week numbered with its letter ("W0, W2, W6", "wk0/wk2/wk6"), and "maint" for maintenance
    .replace(/\bwk?(\d\d?)\b/g, '$1')
    .replace(/\bmaint\b\.?/g, 'maintenance')
    // an arrow for "then", and "q.4.wk" as "q4wk"
    .replace(/\s*(?:→|->|=>)\s*/g, ' then ')
    .replace(/\bq\.(\d+)\.?/g, 'q$1')
    .replace(/,? then re-?(?:assess|evaluate)\w*$/, '')
    .replace(/[.,;:!]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();

// ---------- induction, then maintenance ----------
const WEEK_WORD = String.raw`(?:weeks?|wks?|w)`;
/** "induction", "standard induction dosing", "loading doses", "loading" (a loading word needs its weeks). */
const INDUCTION_WORD = String.raw`(?:(?:standard|usual) )?induction(?: doses?| dosing| phase)?|loading(?: dos(?:es|ing))?`;
/**
 * The induction part of a schedule: "0, 2, 6 weeks", "weeks 0, 2 and 6", "induction 0/2/6", "induction 0-2-6",
 * "induction at weeks 0, 2, and 6", "0,2,6 wk induction", or the word "induction" alone. Groups:
 * the word before, "weeks" before, the list, "weeks" after, the word after.
 */
const INDUCTION_PART = new RegExp(
  String.raw`^(?:(${INDUCTION_WORD})(?: at| on)?:? ?)?(?:at |on )?(?:(${WEEK_WORD}) )?` +
    String.raw`(\d{1,2}(?:(?: ?[,/&] ?| and |, and |-|–)\d{1,2})+)?(?: ?(${WEEK_WORD}))?(?: (${INDUCTION_WORD}))?$`,
);

/** An interval in weeks: "every 8 weeks", "q8w", "q 8 wks", "q8wk". */
const IN_WEEKS = /\b(?:q ?\d+ ?w\w*|w|wks?|weeks?|weekly)\b/;

/**
 * Whether `part` is an induction: the word "induction", or week numbers that rise ("0, 2, 6
 * weeks"). Numbers with no unit count beside the word ("induction 0/2/6") or beside a
 * maintenance interval in weeks (`inWeeks`: "every 8 weeks after 0, 2, 6"); "0, 14" alone could
 * be days. A loading dose ("600 mg loading") is no induction: its interval is not said.
 */
function isInduction(part: string, inWeeks = false, beforeThen = false): boolean {
  if (part === '') return false;
  const m = INDUCTION_PART.exec(part.replace(LEADING_DOSE, ''));
  // before "then": an induction under way, by its doses' weeks, days or dates ("wk 6 dose", "week 2 due 11/24/2026", "Day 1, day
  // 15, day 43", "11/06/2026, 11/20/2026"), or in words ("remaining induction doses")
  if (!m) return beforeThen && /\binduction\b|\b(?:wk|week|day)s? ?\d|\d\/\d+\/\d.*\d\/\d+\/\d/.test(part);
  const word = m[1] ?? m[5];
  const list = m[3];
  // "loading doses" alone says no weeks: a loading dose is no induction ("600 mg loading dose")
  if (list === undefined) return word !== undefined && !word.startsWith('loading');
  if (!word && !inWeeks && m[2] === undefined && m[4] === undefined) return false;
  const weeks = list.split(/[^\d]+/).map(Number);
  return weeks.every((w, i) => w <= 52 && (i === 0 || w > (weeks[i - 1] ?? Infinity)));
}

/** "maintenance: every 8 weeks", "every 8 weeks maintenance", "every 8 weeks thereafter", "every 4 weeks, ongoing", "every 8
 *  weeks — maintenance": the words around an interval. */
const MAINTENANCE_BEFORE = /^maintenance(?: dos(?:e|es|ing)| phase| therapy)?(?: at)?:? /;
const MAINTENANCE_AFTER =
  /(?:,| [-–—])? (?:(?:as |for )?maintenance(?: dos(?:e|es|ing)| phase| therapy)?|thereafter|ongoing|indefinitely)$/;
/**
 * "0, 2, 6 weeks then every 8 weeks", "Weeks 0, 2, 6 and q8 weeks thereafter", "Induction: 0, 2, 6
 * wks; maintenance: q8 wks": the induction, then the maintenance interval. After a plain "and" or a
 * comma, an interval ("q8", "every") or the word "maintenance" must follow, so "weeks 0, 2 and 6"
 * stays one list.
 */
const THEN = /^(.+?)(?:(?: ?[,;:])? (?:and then|then|followed by) | ?(?:[,;]|,? and) (?=q ?\d|every |maintenance))(.+)$/;
/** "every 8 weeks after induction", "q8w, following the 0, 2, 6 week induction". */
const AFTER = /^(.*[^,]),? (?:after|following|post)(?: the)? (.+)$/;

/**
 * The maintenance interval of what was typed, and whether it says an induction comes first.
 * A parenthetical that is an induction ("every 8 weeks (after 0, 2, 6)") says so too.
 */
function maintenanceOf(text: string, s: string): { interval: string; induction: boolean } {
  let induction = [
    ...fold(text)
      .toLowerCase()
      .matchAll(/\(([^)]*)\)/g),
  ].some((m) => {
    const inner = tidy(m[1] ?? '').replace(/^(?:after|following|post)(?: the)? /, '');
    return isInduction(inner, IN_WEEKS.test(s));
  });
  let rest = s.replace(MAINTENANCE_BEFORE, '');
  const then = THEN.exec(rest);
  if (then && isInduction(then[1] ?? '', IN_WEEKS.test(then[2] ?? ''), true)) {
    induction = true;
    rest = (then[2] ?? '').replace(MAINTENANCE_BEFORE, '');
  }
  for (let i = 0; i < 3; i++) {
    const after = AFTER.exec(rest);
    // "q8w after loading doses": after the interval, the loading doses are its induction, as is a week ("after week 6")
    const before = (after?.[2] ?? '').replace(/^loading/, 'induction');
    if (after && (isInduction(before, IN_WEEKS.test(after[1] ?? '')) || /^(?:week|wk) \d+$/.test(before))) {
      induction = true;
      rest = after[1] ?? '';
    }
    rest = rest.replace(MAINTENANCE_AFTER, '').replace(COURSE_LENGTH, '');
  }
  return { interval: rest, induction };
}

/**
 * How often the dose is given: "every 4 weeks", "q4w", "Q4 weeks", "every 28 days", "monthly",
 * "once"; and the schedules of other drugs, which a drug's pack then judges: "daily", "once
 * daily", "twice weekly", "BID", "q12h", "every other week". A month counts as 30 days, so
 * "monthly" is 30 and "every 2 months" 60: the label says "every 4 weeks" (28 days), and a rule
 * comparing the two allows for the difference (`intervalSlackDays`).
 *
 * An induction then maintenance schedule reads as its maintenance interval, with `induction`
 * set: "0, 2, 6 weeks then every 8 weeks", "Weeks 0, 2 and 6, then every 8 weeks", "induction
 * 0/2/6 then q8w", "every 8 weeks after induction"; "every 8 weeks maintenance" is every 8
 * weeks. Other loading parts have no one interval and are not read, rather than read wrong:
 * "600 mg loading, then 300 mg", "Day 1 and Day 15", "weekly x 4 then monthly".
 */
export function parseFrequency(text: string): Parsed<Frequency> {
  const s = tidy(text).replace(LEADING_DOSE, '').replace(COURSE_LENGTH, '');
  if (s === '') return empty('frequency');
  if (isInduction(s)) {
    return fail(
      'frequency.induction-only',
      `${quote(text)} gives the induction doses only; add the maintenance interval after them, e.g. "then every 8 weeks".`,
    );
  }
  const { interval, induction } = maintenanceOf(text, s);
  let r = intervalOf(interval.replace(LEADING_DOSE, ''), text);
  // a schedule we can't read, with its interval in brackets: "weeks 0, 2, 6, then 14, 22, 30 (q8w)"
  const inner = /\(([^()]+)\)/.exec(text)?.[1];
  const alt = !r.ok && inner ? parseFrequency(inner) : null;
  if (alt?.ok && !alt.value.once) r = alt;
  if (!induction || !r.ok) return r;
  // an induction then a single dose is no schedule we know
  return r.value.once ? unknown(text) : ok({ ...r.value, induction: true });
}

const unknown = (text: string): Parsed<Frequency> =>
  fail(
    'frequency.unknown',
    `${quote(text)} is not a dosing frequency we can read; write it like "every 4 weeks", "every 8 weeks" or "once".`,
  );

/** The interval of a tidied text without induction words; `text` is what was typed, for messages. */
function intervalOf(s: string, text: string): Parsed<Frequency> {
  if (s === '') return unknown(text);
  if (ONCE.test(s)) return once();
  const retreat = RETREAT.exec(s);
  if (retreat && ONCE.test(retreat[1] ?? '')) return retreatNote(retreat[2] ?? '', text);
  const bi = /^bi-? ?(weekly|monthly)$/.exec(s)?.[1];
  if (bi) {
    const period = bi === 'weekly' ? 'week' : 'month';
    return fail(
      'frequency.ambiguous',
      `${quote(text)} can mean every 2 ${period}s or twice a ${period}; write "every 2 ${period}s" or "twice ${bi}".`,
    );
  }
  const latin = LATIN.get(s.replace(/[.\s]/g, ''));
  if (latin !== undefined) return every(latin);
  if (/^(daily|each day|per day)$/.test(s)) return every(DAYS_PER.d);
  if (/^(weekly|once weekly|once a week|once per week)$/.test(s)) return every(DAYS_PER.w);
  if (/^(monthly|once monthly|once a month|once per month|every month|q month|qmonth)$/.test(s)) return every(DAYS_PER.m);
  const perPeriod = timesPer(s);
  if (perPeriod !== null) {
    if (implausible(perPeriod)) return fail('frequency.interval', `${quote(text)}: that many doses can't be right.`);
    return every(perPeriod);
  }
  const m =
    /^(?:(?:once |1 (?:dose |injection )?)?(?:every |q ?))(\d+ ?|[a-z]+ )?-? ?([a-z]+)$/.exec(s) ??
    /^(\d+|[a-z]+)[ -]?(weekly|monthly)$/.exec(s);
  if (m) {
    const countText = (m[1] ?? '1').trim();
    const count = countOf(countText, EVERY_COUNT_WORDS);
    const word = m[2] ?? '';
    const letter = periodLetter(word);
    if (count !== undefined && letter) {
      const days = count * DAYS_PER[letter];
      if (implausible(days) || count > 520) {
        return fail('frequency.interval', `${quote(text)}: an interval of ${count} ${word} can't be right.`);
      }
      return every(days);
    }
  }
  return unknown(text);
}

/**
 * A single dose with a note on giving it again: "Once; may repeat no sooner than 12 weeks",
 * "single dose, retreatment", "once, may be repeated for a new flare". Groups: the dose, the note
 * after the repeat word.
 */
const RETREAT = /^(.+?)[,;.]? (?:(?:may|can) (?:be )?)?(?:repeat|re-?treat|re-?dos)\w* ?(.*)$/;

/** "no sooner than", "at least", "≥": the interval after it is the least gap before a repeat. */
const AT_LEAST = /^(?:(?:no|not) (?:sooner|earlier) than|not before|at least|after|≥|>=?) ?(?:q ?)?/;

/** When a repeat may come, without an interval: "for a new flare", "if needed", "PRN", "per label". */
const WHEN_NEEDED = /^(?:(?:if|when|for|with|upon) .*(?:flares?|attacks?|needed)|prn|as needed|per label)$/;

/**
 * The note after a single dose on when it may be repeated. A least gap ("no sooner than 12
 * weeks"), a need ("for a new flare") or none ("single dose, retreatment") keeps it a single
 * dose, as gout's label gives it (one dose per flare, retreatment after a gap); a plain interval
 * ("may repeat every 4 weeks") is a schedule, read as that interval for the pack to judge.
 */
function retreatNote(note: string, text: string): Parsed<Frequency> {
  if (note === '' || WHEN_NEEDED.test(note)) return once();
  const least = AT_LEAST.exec(note);
  const gap = intervalOf(least ? `every ${note.slice(least[0].length)}` : note, text);
  return !gap.ok || gap.value.once ? unknown(text) : least ? once() : gap;
}

/** A count of doses in words: "twice", "3 times". */
const timesWord = (n: number): string => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

/** Whether `x` is a whole number, within the rounding of a division ("every 7/3 days"). */
const nearWhole = (x: number): boolean => Math.abs(x - Math.round(x)) < 1e-9;

/**
 * A frequency in words for messages: "once", "every day", "twice a day", "twice a week",
 * "every 14 days", "every 56 days after induction doses".
 */
export function describeFrequency(f: Frequency): string {
  const days = f.everyDays;
  if (f.once || days === null) return 'once';
  if (f.induction) return `${describeFrequency({ everyDays: days, once: false })} after induction doses`;
  if (days === 1) return 'every day';
  if (days < 1 && nearWhole(1 / days)) return `${timesWord(Math.round(1 / days))} a day`;
  if (!Number.isInteger(days) && nearWhole(7 / days)) return `${timesWord(Math.round(7 / days))} a week`;
  return `every ${Number(days.toFixed(2))} days`;
}

/**
 * How far an interval read from a request may sit from a label's interval in weeks and still be
 * that schedule: 3 days for every 4 weeks. A month is read as 30 days and the label's "4 weeks"
 * is 28, so "every N months" sits 2N days off "every 4N weeks": a fixed allowance that passes
 * "monthly" against every 4 weeks would flag "every 2 months" against every 8.
 */
export const intervalSlackDays = (labelDays: number): number => (3 * labelDays) / 28;
