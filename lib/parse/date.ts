import type { IsoDate, PartialDate, StopDate } from '@/lib/form/schema';
import { empty, fail, NOT_GIVEN, ok, requote, type Parsed } from './result';
import { fold, quote } from './quote';

const MONTH_NAMES = 'January February March April May June July August September October November December'.split(' ');

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function toIso(y: number, m: number, d: number): IsoDate {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export interface DateOptions {
  /**
   * Two-digit years up to this value (00–pivot) are 20xx, later ones 19xx. Defaults to the
   * two digits of the year after `today`, so "10/15/26" is 2026 and a birth year "58" is 1958.
   */
  twoDigitYearPivot?: number;
  /** The day the request is checked, ISO; defaults to the machine's local day. */
  today?: IsoDate;
  /**
   * The date can't be after `today` (a date of birth): a two-digit year that would put it
   * after `today` is read in the previous century ("03/04/27" is 1927), since 2027 can't be.
   */
  past?: boolean;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

function monthFromName(name: string): number | null {
  const n = name.toLowerCase().replace(/\.$/, '');
  if (n.length < 3) return null;
  const i = MONTH_NAMES.findIndex((m) => m.toLowerCase().startsWith(n) || (n === 'sept' && m === 'September'));
  return i < 0 ? null : i + 1;
}

/** The century of a two-digit year (see `DateOptions`). */
function fullYear(yy: number, m: number, d: number, opts: DateOptions): number {
  const today = opts.today && isIsoDate(opts.today) ? opts.today : localToday();
  const pivot = opts.twoDigitYearPivot ?? (Number(today.slice(0, 4)) + 1) % 100;
  const y = yy <= pivot ? 2000 + yy : 1900 + yy;
  return opts.past && y >= 2000 && `${toIso(y, m, d)}` > today ? y - 100 : y;
}

/**
 * A calendar date as staff type it → ISO `YYYY-MM-DD`. US order: MM/DD/YYYY, M/D/YYYY, M/D/YY,
 * MM-DD-YYYY; ISO YYYY-MM-DD (what `<input type=date>` gives) and YYYY/MM/DD; "Oct 15, 2024",
 * "November 20th, 2026", "15 Oct 2024", "14-Jun-1984"; an ISO date-time ("2026-11-10T08:32:00Z", with an offset
 * "…-05:00") is the day as written there; a weekday before the date ("Tue 11/10/2026") must be
 * the date's; a note in words after it ("(tentative)", "(150 mg)", "- 150 mg SC") is dropped, and a birth date's age after it
 * (`past`: "05/05/2019 (7 y.o.)", "03/10/2024 (32 mo)") must be the age it gives today. "N/A",
 * "unknown", "pending" give no date (`date.not-given`), except as a birth date. Impossible dates (2/30/2025, 13/01/2025, 2/29/2025) get a message saying why.
 */
export function parseDate(text: string, opts: DateOptions = {}): Parsed<IsoDate> {
  const s = fold(text);
  // every patient has a birth date: "N/A" there is unreadable, not blank
  // with a note after it ("N/A - new start")
  if (NO_DATE.test(s.split(/\s+[-–—(]/)[0] ?? s) && !opts.past) return fail(`date.${NOT_GIVEN}`, `${quote(text)} gives no date.`);
  // a note after it: a birth date's age ("05/05/2019 (7 y.o.)"), which must fit it, or words ("12/01/2026 (tentative)")
  const age = opts.past ? AGE_AFTER.exec(s) : null;
  const note = age ?? /\s+(?:\((?:\d+ (?!y|mo))?|[-–]\s+\d+ (?!y|mo))[a-z][\w .]*\)?$/i.exec(s);
  if (note) {
    const before = s.slice(0, note.index);
    const r = parseDate(before, opts);
    if (!r.ok) return requote(r.problem, before, text);
    return age && misfits(r.value, age, opts) ? fail('date.age', `${quote(text)}: the age and the date of birth disagree.`) : r;
  }
  const r = parseDateOnly(text, opts);
  if (r.ok || r.problem.code !== 'date.format') return r;
  // a time of day pasted after the date ("11/20/2026 10:32 AM", "11/10/26 0815"): the date alone,
  // read only when what is left is a date, so "Nov 10 2026" keeps its year
  const time = TIME_AFTER.exec(s);
  if (!time) return r;
  const day = parseDateOnly(s.slice(0, time.index), opts);
  return day.ok || day.problem.code !== 'date.format' ? day : r;
}

/** A time after a date: "10:32 AM", "8:15a", "08:15", "14:05:09", "3 pm", "0815" (24-hour), "@ 10:32", ", 0815 hrs",
 *  with a zone or an offset after it ("EST", "-0500"). */
const TIME_AFTER =
  /(?<![\s,@])[\s,@]+(?:at\s+)?(?:\d\d?(?::[0-5]\d){0,2}\s*[ap]\.?(?:m\.?)?|\d\d?(?::[0-5]\d){1,2}(?:\.\d+)?|[012]\d[0-5]\d(?:\s*hrs?)?)(?:\s+[a-z]{2,4}|\s*[+-]\d\d:?\d\d)?$/i;

/** An age after a birth date, as EHR headers print it: "05/05/2019 (7 y.o.)", "03/10/2024 (32 mo)", "(age 7)",
 *  "(7)", "07/07/1982 - 44 yrs". Group 1 the
 *  number, 2 "m" when in months. */
const AGE_AFTER = /\s*(?:\(|[-–,]\s*)(?:age\s*)?(\d+)\s*(?:yo?|yrs?|years?|(m)(?:os?|onths?)|(?=\)))\b[^)]*\)?$/i;

/** Whether the age printed after a birth date is not the age it gives (within one, for a birthday
 *  between when it was printed and today): one of the two is mistyped when they differ. */
function misfits(born: IsoDate, age: RegExpExecArray, opts: DateOptions): boolean {
  // months since year 0 of a day
  const months = (d: string): number => +d.slice(0, 4) * 12 + +d.slice(5, 7) + +d.slice(8) / 31;
  const off = (months(opts.today ?? localToday()) - months(born)) / (age[2] ? 1 : 12) - Number(age[1]);
  return off <= -1 || off >= 2;
}

/** A weekday before a date: "Tue", "Tues", "Thurs", "Tuesday,". */
const WEEKDAY = /^((?:sun|mon|tue|wed|thu|fri|sat)(?:[a-z]*day|s|rs?)?)\.?,?\s*(?=\w)/i;

function parseDateOnly(text: string, opts: DateOptions): Parsed<IsoDate> {
  // a weekday before the date ("Tue 11/10/2026", "Tuesday, 11/10/2026"), as EHRs and calendars
  // print it: the date, held to the weekday, since one of the two is mistyped when they differ
  const [head = '', weekday = ''] = WEEKDAY.exec(fold(text)) ?? [];
  const s = fold(text)
    .slice(head.length)
    .replace(/\s*([/.-])\s*/g, '$1');
  if (s === '') return empty('date');
  let y: number;
  let m: number;
  let d: number;
  let iso = false;
  let mt: RegExpExecArray | null;
  if ((mt = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})(?:T[\d:.]+(?:Z|[+-](?:0\d|1[0-4]):?[0-5]\d)?)?$/.exec(s))) {
    [y, m, d] = [Number(mt[1]), Number(mt[3]), Number(mt[4])];
    iso = true;
  } else if ((mt = /^(\d{1,2})([/.-])(\d{1,2})\2(\d+)$/.exec(s))) {
    [m, d] = [Number(mt[1]), Number(mt[3])];
    // dots are how day-first dates are written ("20.11.2026"); one whose two parts could each be
    // the month ("01.11.2026") reads two ways
    if (mt[2] === '.' && m > 12 && d <= 12) [m, d] = [d, m];
    else if (mt[2] === '.' && m <= 12 && d <= 12 && m !== d)
      return fail('date.ambiguous', `${quote(text)} reads two ways (day first or month first); write it as MM/DD/YYYY.`);
    const yText = mt[4] ?? '';
    if (yText.length === 2) {
      y = fullYear(Number(yText), m, d, opts);
    } else if (yText.length === 4) {
      y = Number(yText);
    } else {
      return fail('date.year', `${quote(text)}: the year should have 4 digits (MM/DD/YYYY).`);
    }
  } else if ((mt = /^([A-Za-z]+\.?)[\s-]*(\d{1,2})(?:st|nd|rd|th)?,?[\s-]+(\d{4})$/i.exec(s)) && monthFromName(mt[1] ?? '')) {
    [m, d, y] = [monthFromName(mt[1] ?? '') ?? 0, Number(mt[2]), Number(mt[3])];
  } else if ((mt = /^(\d{1,2})(?:st|nd|rd|th)?[\s.-]*([A-Za-z]+\.?)[\s,.-]*(\d{4}|\d{2})$/i.exec(s)) && monthFromName(mt[2] ?? '')) {
    [d, m] = [Number(mt[1]), monthFromName(mt[2] ?? '') ?? 0];
    y = (mt[3] ?? '').length === 2 ? fullYear(Number(mt[3]), m, d, opts) : Number(mt[3]);
  } else if ((mt = /^((?:19|20)\d\d)(0[1-9]|1[0-2])(\d\d)(?:[0-2]\d[0-5]\d(?:[0-5]\d)?)?$/.exec(s))) {
    // HL7's YYYYMMDD, with its time after it or not: starting 19 or 20 it has no month-first or day-first reading
    [y, m, d] = [Number(mt[1]), Number(mt[2]), Number(mt[3])];
    iso = true;
  } else if (/^\d{8}$/.test(s)) {
    return fail('date.no-separators', `${quote(text)}: add slashes so the date reads one way: MM/DD/YYYY.`);
  } else {
    return fail('date.format', `${quote(text)} is not a date we can read; write it as MM/DD/YYYY.`);
  }
  if (y < MIN_YEAR || y > MAX_YEAR) {
    return fail('date.year-range', `${quote(text)}: the year ${y} can't be right.`);
  }
  if (m < 1 || m > 12) {
    const hint =
      !iso && m > 12 && d >= 1 && d <= 12 && d <= daysInMonth(y, d) && m <= daysInMonth(y, d)
        ? ` (did you mean ${pad(d)}/${pad(m)}/${y}?)`
        : '';
    return fail(
      'date.month',
      iso ? `${quote(text)}: ${m} is not a month.` : `${quote(text)}: ${m} is not a month; dates are MM/DD/YYYY${hint}.`,
    );
  }
  const dim = daysInMonth(y, m);
  if (d < 1 || d > dim) {
    const why = m === 2 && d === 29 ? `${y} is not a leap year, so February has 28 days` : `${MONTH_NAMES[m - 1]} ${y} has ${dim} days`;
    return fail('date.impossible', `${quote(text)} is not a real date: ${why}.`);
  }
  const day = weekday && new Date(toIso(y, m, d)).toLocaleDateString('en', { weekday: 'long', timeZone: 'UTC' });
  return day && !day.toLowerCase().startsWith(weekday.toLowerCase())
    ? fail('date.weekday', `${quote(text)}: that date is a ${day}; check the date.`)
    : ok(toIso(y, m, d));
}

/** A date known to the day. */
export const dayOf = (iso: IsoDate): PartialDate => ({ precision: 'day', first: iso, last: iso });

const monthOf = (y: number, m: number): PartialDate => ({
  precision: 'month',
  first: toIso(y, m, 1),
  last: toIso(y, m, daysInMonth(y, m)),
});

const yearOf = (y: number): PartialDate => ({ precision: 'year', first: toIso(y, 1, 1), last: toIso(y, 12, 31) });

/** A cell that says no date (or no value: a lab result) is known: "Unknown", "unk", "N/A", "not applicable", "none",
 *  "pending", "—", "?". */
export const NO_DATE = /^(?:n\/?a|not applicable|unknown|unk|not known|none|pending|[-–—]+|\?+)\.?$/i;

/** "~2019", "approx. 2019", "about 2019", "circa 2019", "ca. 2019", "roughly 8": a date, a count or an amount as an estimate. */
export const APPROXIMATE = /^\s*(?:~|≈|approx(?:imately|\.)?|about|around|roughly|circa|ca\.|c\.)\s*(?=\S)/i;

/** "since 2015": the start of something still going on. */
const SINCE = /^since\s+(?=\S)/i;

/**
 * A date staff may know only to the month or the year: a prior therapy's start or stop (Cigna's
 * column is "Dates of therapy/treatment duration"). "01/2025", "1/2025", "2025-01" (a month
 * input), "2025/01", "Jan 2025" and "2019" keep their precision; a full date reads as `parseDate` reads it.
 * A month and year in two digits ("1/25") could be a day: it gets a message instead; a month's name
 * with the year in two digits after an apostrophe ("Jan '25") is no day. "~2019"
 * (about 2019) and "Fall 2024" read as the year, an approximate day as its month; "Unknown", "N/A" or a dash
 * say no date is given (`date.not-given`, which the normalizer reads as a blank cell). "since
 * 2015" reads as 2015.
 */
export function parsePartialDate(text: string, opts: DateOptions = {}): Parsed<PartialDate> {
  // a start as notes put it ("since 2015", "since March 2015"): the date it gives
  // a year or month not sure ("?/2026", "2022?") is the one written
  text = text.replace(/^\s*\?+\/(?=\d)|(?<=\d)\?+\s*$/g, '');
  const since = fold(text).replace(SINCE, '');
  if (since !== fold(text)) {
    const r = parsePartialDate(since, opts);
    return r.ok ? r : requote(r.problem, since, text);
  }
  const about = APPROXIMATE.exec(fold(text));
  if (about) {
    const r = parsePartialDate(fold(text).slice(about[0].length), opts);
    return r.ok && r.value.precision === 'day' ? ok(monthOf(Number(r.value.first.slice(0, 4)), Number(r.value.first.slice(5, 7)))) : r;
  }
  const s = fold(text).replace(/\s*([/.-])\s*/g, '$1');
  let mt: RegExpExecArray | null;
  let y: number;
  let m: number | null = null;
  if ((mt = /^(\d{1,2})[/.-](\d{4})$/.exec(s))) {
    [m, y] = [Number(mt[1]), Number(mt[2])];
  } else if ((mt = /^(\d{4})[/.-](\d{1,2})$/.exec(s))) {
    [y, m] = [Number(mt[1]), Number(mt[2])];
  } else if ((mt = /^([A-Za-z]+\.?)[\s,/-]*(\d{4}|['’]\d\d)$/.exec(s)) && monthFromName(mt[1] ?? '')) {
    // "Jan '25": a year in two digits after an apostrophe is no day
    m = monthFromName(mt[1] ?? '') ?? 0;
    y = (mt[2] ?? '').length > 3 ? Number(mt[2]) : fullYear(Number(mt[2]?.slice(1)), m, 1, opts);
  } else if ((mt = /^(?:(?:spring|summer|fall|autumn|early|mid|late|q[1-4])(?: of)?[\s-]+)?(\d{4})$/i.exec(s))) {
    // a season or part inside one year ("Spring 2024", "early 2024", "mid-2023", "Q1 2024") is
    // known to that year; winter spans two
    y = Number(mt[1]);
  } else {
    const day = parseDate(text, opts);
    if (day.ok) return ok(dayOf(day.value));
    return day.problem.code === 'date.format'
      ? fail(
          'date.format',
          `${quote(text)} is not a date we can read; write it as MM/DD/YYYY, or MM/YYYY or YYYY when that is all the record says.`,
        )
      : day;
  }
  if (y < MIN_YEAR || y > MAX_YEAR) return fail('date.year-range', `${quote(text)}: the year ${y} can't be right.`);
  if (m === null) return ok(yearOf(y));
  if (m < 1 || m > 12) return fail('date.month', `${quote(text)}: ${m} is not a month; write the month and year as MM/YYYY.`);
  return ok(monthOf(y, m));
}

/** Words that say a prior therapy has not stopped: "present", "ongoing", "to date", "still taking", "cont.". */
const ONGOING =
  /^(?:(?:to|till|til|until|through|thru) (?:present|date|now|today)|present|ongoing|on-?going|current(?:ly)?(?: taking)?|now|cont(?:'?d|inuing|inued|inues)?|still (?:taking(?: it)?|on it|on))$/;

/**
 * A prior therapy's stop date: `ongoing` when it says the patient still takes the drug
 * ("Present", "ongoing", "current", "to date", "still taking"), else as `parsePartialDate` reads it;
 * a note in parentheses after it is dropped.
 */
export function parseStopDate(text: string, opts: DateOptions = {}): Parsed<StopDate> {
  // a note after it is no part of the date: "12/2024 (stopped)", "ongoing (since 2024)"
  const t = fold(text).replace(/\s*\(.*\)$/, '') || text;
  const words = t
    .toLowerCase()
    .replace(/[.!]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (ONGOING.test(words)) return ok('ongoing');
  // "since 2015" is when a course started, not when it stopped
  if (SINCE.test(t)) return fail('date.since', `${quote(text)} is when it started; enter when it stopped, or "ongoing".`);
  const stopped = STOPPED.exec(t);
  return parsePartialDate(stopped ? t.slice(stopped[0].length) : t, opts);
}

/** "d/c 03/2024", "stopped 2021", "discontinued in 05/2023": the word before a stop date. */
const STOPPED = /^(?:d\/c(?:'?d)?|dc'?d|discontinued|stopped|ended)\s*(?:on|in)?\s*:?\s*(?=\d)/i;

/**
 * A prior therapy's start and stop typed in one cell ("01/2024 - 09/2024", "2019 to present",
 * "01/2024-09/2024"), or null when the text is not two dates in order.
 */
export function parseDateRange(text: string, opts: DateOptions = {}): { start: PartialDate; stop: StopDate } | null {
  const parts = fold(text).split(/\s+(?:-|to|through|thru|until|till)\s+|\s*[–—]\s*|(?<=\d{4})-(?=\d)/i);
  if (parts.length !== 2) return null;
  const start = parsePartialDate(parts[0] ?? '', opts);
  const stop = parseStopDate(parts[1] ?? '', opts);
  if (!start.ok || !stop.ok || (stop.value !== 'ongoing' && stop.value.last < start.value.first)) return null;
  return { start: start.value, stop: stop.value };
}

/** A stop date as `formatPartialDate` writes it, or "ongoing". */
export const formatStopDate = (date: StopDate): string => (date === 'ongoing' ? 'ongoing' : formatPartialDate(date));

/** "01/15/2025", "01/2025" or "2025", as precise as it was typed. */
export function formatPartialDate(date: PartialDate): string {
  const [y, m] = date.first.split('-');
  if (date.precision === 'year') return y ?? date.first;
  return date.precision === 'month' ? `${m}/${y}` : formatUsDate(date.first);
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a civil date (proleptic Gregorian, UTC: no time zones; years under
 *  100 stay themselves, which `Date.UTC` would not do). */
const daysFromCivil = (y: number, m: number, d: number): number => new Date(0).setUTCFullYear(y, m - 1, d) / DAY_MS;

/** The ISO date of a day number (`daysFromCivil`'s inverse); a year beyond 0000–9999 is no ISO date. */
const civilFromDays = (n: number): IsoDate => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** Day number of a valid ISO date, or null. */
function dayNumber(isoDate: string): number | null {
  const mt = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!mt) return null;
  const [y, m, d] = [Number(mt[1]), Number(mt[2]), Number(mt[3])];
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return daysFromCivil(y, m, d);
}

/** True when `s` is a real calendar date in `YYYY-MM-DD` form. */
export function isIsoDate(s: string): boolean {
  return dayNumber(s) !== null;
}

/** b − a in whole days (positive when b is later); null when either is not a valid ISO date. */
export function daysBetween(a: IsoDate, b: IsoDate): number | null {
  const da = dayNumber(a);
  const db = dayNumber(b);
  return da === null || db === null ? null : db - da;
}

/** The date `n` days after `iso` (n may be negative); null for an invalid date. */
export function addDays(iso: IsoDate, n: number): IsoDate | null {
  const d = dayNumber(iso);
  if (d === null || !Number.isSafeInteger(n) || Math.abs(n) > 1e7) return null;
  const r = civilFromDays(d + n);
  return isIsoDate(r) ? r : null;
}

/** The same day `n` months later, clamped to the month's end (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(iso: IsoDate, n: number): IsoDate | null {
  if (dayNumber(iso) === null || !Number.isSafeInteger(n) || Math.abs(n) > 1e6) return null;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const r = toIso(ny, nm, Math.min(d, daysInMonth(ny, nm)));
  return isIsoDate(r) ? r : null;
}

/**
 * Completed years of age on `on`. Someone born on Feb 29 turns a year older on Mar 1 in
 * non-leap years. null when either date is invalid or `on` is before the birth.
 */
export function ageInYears(dob: IsoDate, on: IsoDate): number | null {
  if (dayNumber(dob) === null || dayNumber(on) === null) return null;
  const [by, bm, bd] = dob.split('-').map(Number) as [number, number, number];
  const [oy, om, od] = on.split('-').map(Number) as [number, number, number];
  const age = oy - by - (om < bm || (om === bm && od < bd) ? 1 : 0);
  return age < 0 ? null : age;
}

/** The calendar day of `now` where the user is: PA dates, deadlines and CRP windows count local days. */
export function localToday(now: Date = new Date()): IsoDate {
  return toIso(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** ISO → "MM/DD/YYYY", the way US portals show dates; the input unchanged if not a valid date. */
export function formatUsDate(iso: IsoDate): string {
  if (dayNumber(iso) === null) return iso;
  const [y, m, d] = iso.split('-');
  return `${m}/${d}/${y}`;
}
