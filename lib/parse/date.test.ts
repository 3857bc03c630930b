import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  ageInYears,
  daysBetween,
  daysInMonth,
  formatPartialDate,
  formatStopDate,
  formatUsDate,
  isIsoDate,
  isLeapYear,
  localToday,
  parseDate,
  parseDateRange,
  parsePartialDate,
  parseStopDate,
} from './date';

const iso = (text: string, pivot = 26) => {
  const r = parseDate(text, { twoDigitYearPivot: pivot });
  if (!r.ok) throw new Error(`expected ${text} to parse: ${r.problem.message}`);
  return r.value;
};
const problem = (text: string) => {
  const r = parseDate(text, { twoDigitYearPivot: 26 });
  if (r.ok) throw new Error(`expected ${text} to fail, got ${r.value}`);
  return r.problem;
};

describe('parseDate: accepted forms', () => {
  it('reads MM/DD/YYYY', () => expect(iso('10/15/2024')).toBe('2024-10-15'));
  it('reads M/D/YYYY', () => expect(iso('3/4/2025')).toBe('2025-03-04'));
  it('reads M/D/YY in this century', () => expect(iso('3/4/25')).toBe('2025-03-04'));
  it('reads the pivot year itself as 20xx', () => expect(iso('1/1/26')).toBe('2026-01-01'));
  it('reads a two-digit year after the pivot as 19xx', () => expect(iso('1/1/58')).toBe('1958-01-01'));
  it('reads "00" as 2000', () => expect(iso('1/1/00')).toBe('2000-01-01'));
  it('honours a different pivot', () => expect(iso('1/1/30', 40)).toBe('2030-01-01'));
  it('reads ISO YYYY-MM-DD from a date input', () => expect(iso('2025-09-30')).toBe('2025-09-30'));
  it('reads ISO with a time part', () => expect(iso('2025-09-30T00:00')).toBe('2025-09-30'));
  it.each([
    ['2026-11-10T08:32:00-05:00', '2026-11-10'],
    ['2026-11-10T23:59:59+14:00', '2026-11-10'],
    ['2026-11-10T08:32:00.000-0500', '2026-11-10'],
    ['2026-11-20T14:05:00Z', '2026-11-20'],
  ])('reads an ISO date-time with a UTC offset or Z, %j, as the day written', (text, day) => expect(iso(text)).toBe(day));
  it.each(['2026-11-10T08:32:00-25:00', '2026-11-10T08:32:00+5', '2026-11-10T08:32:00 EST'])(
    'keeps an ISO date-time with an offset that is none, %j, a problem',
    (text) => expect(problem(text).code).toBe('date.format'),
  );
  it('still rejects an impossible day with an offset', () => expect(problem('2026-02-30T08:32:00-05:00').code).toBe('date.impossible'));
  it('reads MM-DD-YYYY', () => expect(iso('10-15-2024')).toBe('2024-10-15'));
  it('reads MM.DD.YYYY', () => expect(iso('10.15.2024')).toBe('2024-10-15'));
  it('tolerates spaces around slashes', () => expect(iso(' 10 / 15 / 2024 ')).toBe('2024-10-15'));
  it('reads "Oct 15, 2024"', () => expect(iso('Oct 15, 2024')).toBe('2024-10-15'));
  it('reads "October 15 2024"', () => expect(iso('October 15 2024')).toBe('2024-10-15'));
  it('reads "15 Oct 2024"', () => expect(iso('15 Oct 2024')).toBe('2024-10-15'));
  it('reads "Sept 1, 2024"', () => expect(iso('Sept 1, 2024')).toBe('2024-09-01'));
  it('reads Feb 29 in a leap year', () => expect(iso('02/29/2024')).toBe('2024-02-29'));
  it('reads Feb 29 2000 (divisible by 400)', () => expect(iso('2/29/2000')).toBe('2000-02-29'));
  it('reads Dec 31', () => expect(iso('12/31/2025')).toBe('2025-12-31'));
  it('reads DD-Mon-YYYY "14-Jun-1984"', () => expect(iso('14-Jun-1984')).toBe('1984-06-14'));
  it('reads DD-Mon-YYYY "30-Oct-2026"', () => expect(iso('30-Oct-2026')).toBe('2026-10-30'));
  it('reads DD-Mon-YY "14-Jun-84"', () => expect(iso('14-Jun-84')).toBe('1984-06-14'));
  it('reads an ordinal day "November 20th, 2026"', () => expect(iso('November 20th, 2026')).toBe('2026-11-20'));
  it('reads an ordinal day "December 1st, 1979"', () => expect(iso('December 1st, 1979')).toBe('1979-12-01'));
  it('reads YYYY/MM/DD "2026/11/20"', () => expect(iso('2026/11/20')).toBe('2026-11-20'));
  it('still rejects an impossible day-first date "30-Feb-2025"', () =>
    expect(parseDate('30-Feb-2025')).toMatchObject({ ok: false, problem: { code: 'date.impossible' } }));
  it('still rejects an impossible YYYY/MM/DD "2026/13/20"', () =>
    expect(parseDate('2026/13/20')).toMatchObject({ ok: false, problem: { code: 'date.month' } }));
});

describe('parseDate: two-digit years', () => {
  const today = '2026-12-03';
  it("takes the pivot from the request's today, not the machine clock", () => {
    expect(parseDate('1/1/27', { today })).toEqual({ ok: true, value: '2027-01-01' });
    expect(parseDate('1/1/28', { today })).toEqual({ ok: true, value: '1928-01-01' });
    expect(parseDate('1/1/31', { today: '2030-06-01' })).toEqual({ ok: true, value: '2031-01-01' });
  });
  it('reads a birth date "03/04/27" as 1927, since 2027 has not come', () =>
    expect(parseDate('03/04/27', { today, past: true })).toEqual({ ok: true, value: '1927-03-04' }));
  it('reads a birth date later this year as a century ago', () =>
    expect(parseDate('12/25/26', { today, past: true })).toEqual({ ok: true, value: '1926-12-25' }));
  it('keeps a birth date earlier this year in this century', () =>
    expect(parseDate('11/25/26', { today, past: true })).toEqual({ ok: true, value: '2026-11-25' }));
  it('keeps a four-digit future birth year as typed, for the birth-date check to flag', () =>
    expect(parseDate('03/04/2027', { today, past: true })).toEqual({ ok: true, value: '2027-03-04' }));
});

describe('parseDate: problems', () => {
  it('rejects 2/30/2025, saying February has 28 days', () => {
    const p = problem('2/30/2025');
    expect(p.code).toBe('date.impossible');
    expect(p.message).toContain('February 2025 has 28 days');
  });
  it('rejects 13/01/2025 and suggests it may be day-first', () => {
    const p = problem('13/01/2025');
    expect(p.code).toBe('date.month');
    expect(p.message).toContain('13 is not a month; dates are MM/DD/YYYY');
    expect(p.message).toContain('01/13/2025');
  });
  it('suggests 12/25/2025 for 25/12/2025', () => expect(problem('25/12/2025').message).toContain('12/25/2025'));
  it('rejects 25/13/2025 without a swap hint it cannot offer', () => {
    const p = problem('25/13/2025');
    expect(p.code).toBe('date.month');
    expect(p.message).not.toContain('did you mean');
  });
  it('rejects Feb 29 in a non-leap year, saying so', () => {
    const p = problem('02/29/2025');
    expect(p.code).toBe('date.impossible');
    expect(p.message).toContain('2025 is not a leap year');
  });
  it('rejects Feb 29 1900 (century, not leap)', () => expect(problem('2/29/1900').code).toBe('date.impossible'));
  it('rejects April 31', () => expect(problem('4/31/2025').message).toContain('April 2025 has 30 days'));
  it('rejects month 0', () => expect(problem('0/10/2025').code).toBe('date.month'));
  it('rejects day 0', () => expect(problem('1/0/2025').code).toBe('date.impossible'));
  it('rejects an impossible ISO date', () => expect(problem('2025-02-30').code).toBe('date.impossible'));
  it('rejects ISO month 13 without MM/DD advice', () => {
    const p = problem('2025-13-01');
    expect(p.code).toBe('date.month');
    expect(p.message).not.toContain('MM/DD');
  });
  it('rejects a three-digit year', () => expect(problem('1/1/202').code).toBe('date.year'));
  it('rejects a year before 1900', () => expect(problem('1/1/1850').code).toBe('date.year-range'));
  it('rejects 8 digits without separators', () => expect(problem('10152024').code).toBe('date.no-separators'));
  it('rejects mixed separators', () => expect(problem('10/15-2024').code).toBe('date.format'));
  it('rejects words', () => expect(problem('yesterday').code).toBe('date.format'));
  it('rejects empty input', () => expect(problem('').code).toBe('date.empty'));
  it('quotes what was typed', () => expect(problem('2/30/2025').message).toContain('"2/30/2025"'));
});

describe('parsePartialDate: prior-therapy dates known to the month or year', () => {
  const partial = (text: string) => {
    const r = parsePartialDate(text, { twoDigitYearPivot: 26 });
    if (!r.ok) throw new Error(`expected ${text} to parse: ${r.problem.message}`);
    return r.value;
  };
  const january2025 = { precision: 'month', first: '2025-01-01', last: '2025-01-31' };

  it.each(['01/2025', '1/2025', '01-2025', '1.2025', ' 01 / 2025 ', '2025-01', 'Jan 2025', 'January 2025', 'Jan. 2025', 'jan-2025'])(
    'reads %j as the whole of January 2025',
    (text) => expect(partial(text)).toEqual(january2025),
  );
  it('ends February on its last day in a leap year', () =>
    expect(partial('02/2024')).toEqual({ precision: 'month', first: '2024-02-01', last: '2024-02-29' }));
  it('reads a year alone as the whole year', () =>
    expect(partial('2019')).toEqual({ precision: 'year', first: '2019-01-01', last: '2019-12-31' }));
  it('reads a full date to the day, as parseDate does', () =>
    expect(partial('3/4/25')).toEqual({ precision: 'day', first: '2025-03-04', last: '2025-03-04' }));
  it('rejects month 13, saying months are MM/YYYY', () => {
    const r = parsePartialDate('13/2025');
    expect(r).toMatchObject({ ok: false, problem: { code: 'date.month' } });
    if (!r.ok) expect(r.problem.message).toContain('MM/YYYY');
  });
  it('rejects a year out of range', () =>
    expect(parsePartialDate('1850')).toMatchObject({ ok: false, problem: { code: 'date.year-range' } }));
  it('rejects a two-digit month and year, which could be a day ("1/25")', () => {
    const r = parsePartialDate('1/25');
    expect(r).toMatchObject({ ok: false, problem: { code: 'date.format' } });
    if (!r.ok) expect(r.problem.message).toContain('MM/YYYY or YYYY');
  });
  it('keeps the day problems of a full date', () =>
    expect(parsePartialDate('2/30/2025')).toMatchObject({ ok: false, problem: { code: 'date.impossible' } }));
  it('rejects a month name alone', () => expect(parsePartialDate('January')).toMatchObject({ ok: false }));
  it.each(['Unknown', 'N/A', '—'])('reads a start of %j as no date given', (text) =>
    expect(parsePartialDate(text)).toMatchObject({ ok: false, problem: { code: 'date.not-given' } }),
  );
  it.each(['~2019', '~ 2019', 'approx. 2019', 'about 2019', 'circa 2019'])('reads the approximate year %j as 2019', (text) =>
    expect(partial(text)).toEqual({ precision: 'year', first: '2019-01-01', last: '2019-12-31' }),
  );
  it('reads an approximate day no finer than its month', () =>
    expect(partial('~03/15/2024')).toEqual({ precision: 'month', first: '2024-03-01', last: '2024-03-31' }));
  it('reads a season inside one year as that year', () =>
    expect(partial('Fall 2024')).toEqual({ precision: 'year', first: '2024-01-01', last: '2024-12-31' }));
  it.each([
    ['early 2024', 2024],
    ['mid-2023', 2023],
    ['Mid 2023', 2023],
    ['late 2024', 2024],
    ['Q1 2024', 2024],
    ['q4-2023', 2023],
  ])('reads a part of one year, %j, as that year, as a season is read', (text, year) =>
    expect(partial(text)).toEqual({ precision: 'year', first: `${year}-01-01`, last: `${year}-12-31` }),
  );
  it.each(['Q5 2024', 'Q12024', 'early'])('does not read %j', (text) => expect(parsePartialDate(text)).toMatchObject({ ok: false }));
  it('does not read winter, which spans two years', () => expect(parsePartialDate('Winter 2024')).toMatchObject({ ok: false }));
  it.each(['3/23', '9/24'])('keeps rejecting the ambiguous %j', (text) =>
    expect(parsePartialDate(text)).toMatchObject({ ok: false, problem: { code: 'date.format' } }),
  );
  it('formats each as precise as it was typed', () => {
    expect(formatPartialDate(partial('1/2025'))).toBe('01/2025');
    expect(formatPartialDate(partial('2019'))).toBe('2019');
    expect(formatPartialDate(partial('3/4/2025'))).toBe('03/04/2025');
  });
});

describe('parseStopDate: a prior therapy still taken has an open end', () => {
  it.each([
    'present',
    'Present',
    'ongoing',
    'Ongoing.',
    'on-going',
    'current',
    'Currently taking',
    'to date',
    'To present',
    'until now',
    'still taking',
  ])('reads %j as ongoing', (text) => expect(parseStopDate(text)).toEqual({ ok: true, value: 'ongoing' }));
  it('reads a date as parsePartialDate does', () =>
    expect(parseStopDate('09/2026')).toEqual({ ok: true, value: { precision: 'month', first: '2026-09-01', last: '2026-09-30' } }));
  it.each(['date', 'presently unclear', 'continuing with infliximab'])('still rejects %j with a message', (text) =>
    expect(parseStopDate(text)).toMatchObject({ ok: false, problem: { code: 'date.format' } }),
  );
  it.each(['N/A', 'n/a', '—', '–', 'Unknown', 'unk', 'not known'])('reads %j as no stop date given, not as unreadable', (text) =>
    expect(parseStopDate(text)).toMatchObject({ ok: false, problem: { code: 'date.not-given' } }),
  );
  it.each([
    ['d/c 03/2024', '2024-03-01'],
    ["D/C'd 03/2024", '2024-03-01'],
    ['stopped 2021', '2021-01-01'],
    ['discontinued in 05/2023', '2023-05-01'],
  ])('reads the date after "stopped" in %j', (text, first) => expect(parseStopDate(text)).toMatchObject({ ok: true, value: { first } }));
  it.each([
    ['12/2024 (stopped)', '2024-12-01'],
    ['12/2024 (d/c rash)', '2024-12-01'],
    ['stopped 06/2025 (lost response)', '2025-06-01'],
  ])('drops the note in parentheses after the date in %j', (text, first) =>
    expect(parseStopDate(text)).toMatchObject({ ok: true, value: { first } }),
  );
  it('reads "ongoing (since 2024)" as ongoing', () =>
    expect(parseStopDate('ongoing (since 2024)')).toEqual({ ok: true, value: 'ongoing' }));
  it('still rejects a note alone', () => expect(parseStopDate('(stopped)')).toMatchObject({ ok: false, problem: { code: 'date.format' } }));
  it('prints an open end as "ongoing"', () => expect(formatStopDate('ongoing')).toBe('ongoing'));
});

describe('parseDateRange: start and stop typed in one cell', () => {
  const jan2024 = { precision: 'month', first: '2024-01-01', last: '2024-01-31' };
  const sep2024 = { precision: 'month', first: '2024-09-01', last: '2024-09-30' };
  it.each(['01/2024 - 09/2024', '01/2024-09/2024', '01/2024 – 09/2024', '01/2024 to 09/2024'])('reads %j as Jan to Sep 2024', (text) =>
    expect(parseDateRange(text)).toEqual({ start: jan2024, stop: sep2024 }),
  );
  it('reads "2019 to present" as an open end', () =>
    expect(parseDateRange('2019 to present')).toEqual({
      start: { precision: 'year', first: '2019-01-01', last: '2019-12-31' },
      stop: 'ongoing',
    }));
  it.each(['09/2024 - 01/2024', '2025-01', '2025-09-30', '01/2024', 'Jan - Mar'])('reads %j as no range', (text) =>
    expect(parseDateRange(text)).toBeNull(),
  );
});

describe('parseDate: a month and year alone is no day', () => {
  it.each(['01/2025', '2019', 'Jan 2025'])('rejects %j for a date of birth, a lab or the request', (text) =>
    expect(parseDate(text)).toMatchObject({ ok: false }),
  );
});

describe('calendar helpers', () => {
  it('knows leap years', () => {
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(2025)).toBe(false);
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
  });
  it('knows month lengths', () => {
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 9)).toBe(30);
    expect(daysInMonth(2025, 12)).toBe(31);
  });
  it('counts days between dates, later minus earlier', () => expect(daysBetween('2025-09-30', '2025-10-15')).toBe(15));
  it('counts negative days when b is earlier', () => expect(daysBetween('2025-10-15', '2025-09-30')).toBe(-15));
  it('counts across a leap day', () => expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2));
  it('counts across a DST change without an off-by-one', () => expect(daysBetween('2025-03-08', '2025-03-10')).toBe(2));
  it('counts a whole year', () => expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365));
  it('gives null for an invalid date', () => expect(daysBetween('2025-02-30', '2025-03-01')).toBeNull());
  it('adds days across a month end', () => expect(addDays('2025-01-31', 1)).toBe('2025-02-01'));
  it('subtracts 90 days', () => expect(addDays('2025-10-15', -90)).toBe('2025-07-17'));
  it('adds days across a year end', () => expect(addDays('2025-12-31', 1)).toBe('2026-01-01'));
  it('gives null when adding a fraction of a day', () => expect(addDays('2025-12-31', 0.5)).toBeNull());
  it('adds months, clamping to the month end', () => expect(addMonths('2025-01-31', 1)).toBe('2025-02-28'));
  it('adds months into a leap February', () => expect(addMonths('2024-01-31', 1)).toBe('2024-02-29'));
  it('adds 6 months', () => expect(addMonths('2025-10-15', 6)).toBe('2026-04-15'));
  it('subtracts 3 months across a year', () => expect(addMonths('2025-01-15', -3)).toBe('2024-10-15'));
  it('computes age the day before a birthday', () => expect(ageInYears('2020-10-16', '2025-10-15')).toBe(4));
  it('computes age on a birthday', () => expect(ageInYears('2020-10-15', '2025-10-15')).toBe(5));
  it('ages a Feb 29 baby on Mar 1 in non-leap years', () => {
    expect(ageInYears('2020-02-29', '2021-02-28')).toBe(0);
    expect(ageInYears('2020-02-29', '2021-03-01')).toBe(1);
  });
  it('gives null for an age before birth', () => expect(ageInYears('2025-10-15', '2025-10-14')).toBeNull());
  it('validates ISO dates', () => {
    expect(isIsoDate('2025-10-15')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('10/15/2025')).toBe(false);
  });
  it('formats ISO as MM/DD/YYYY', () => expect(formatUsDate('2025-03-04')).toBe('03/04/2025'));
  it('names the local calendar day, zero-padded', () => {
    expect(localToday(new Date(2025, 2, 4, 23, 59))).toBe('2025-03-04');
    expect(localToday(new Date(2025, 11, 31, 0, 0))).toBe('2025-12-31');
  });
});

describe('dates written with dots', () => {
  it('reads "20.11.2026" day first, as only it can be', () => {
    const r = parseDate('20.11.2026');
    expect(r.ok && r.value).toBe('2026-11-20');
  });

  it('asks how "01.11.2026" is meant, since it reads two ways', () => {
    const r = parseDate('01.11.2026');
    expect(!r.ok && r.problem.code).toBe('date.ambiguous');
  });

  it('reads "11.20.2026" month first, as only it can be', () => {
    const r = parseDate('11.20.2026');
    expect(r.ok && r.value).toBe('2026-11-20');
  });
});

describe('parseDate: a time pasted after the date', () => {
  it('reads "11/20/2026 10:32 AM" as 2026-11-20, the time ignored', () => expect(iso('11/20/2026 10:32 AM')).toBe('2026-11-20'));
  it('reads "11/10/2026 08:15" (24-hour time) as 2026-11-10', () => expect(iso('11/10/2026 08:15')).toBe('2026-11-10'));
  it('reads "11/10/26 0815" (a military time) as 2026-11-10', () => expect(iso('11/10/26 0815')).toBe('2026-11-10'));
  it('reads "Nov 10, 2026 3 pm", "11/10/2026 @ 14:05:09" and "11/10/2026, 0815 hrs"', () => {
    expect(iso('Nov 10, 2026 3 pm')).toBe('2026-11-10');
    expect(iso('11/10/2026 @ 14:05:09')).toBe('2026-11-10');
    expect(iso('11/10/2026, 0815 hrs')).toBe('2026-11-10');
  });
  it('still reads "Nov 10 2026" with its year, not as a time', () => expect(iso('Nov 10 2026')).toBe('2026-11-10'));
  it('keeps an impossible date with a time a problem ("2/30/2025 10:32 AM", "13/01/2025 08:15")', () => {
    expect(problem('2/30/2025 10:32 AM').code).toBe('date.impossible');
    expect(problem('13/01/2025 08:15').code).toBe('date.month');
  });
  it('keeps a time that is no time, or a time alone, a problem', () => {
    expect(problem('11/10/2026 2575').code).toBe('date.format');
    expect(problem('10:32 AM').code).toBe('date.format');
    expect(problem('11/10 0815').code).toBe('date.format');
  });
});

describe('parseStopDate: "cont." is continuing', () => {
  it.each(['cont.', 'Cont', "cont'd", 'contd', 'continued'])('reads %j as ongoing', (text) =>
    expect(parseStopDate(text)).toEqual({ ok: true, value: 'ongoing' }),
  );
  it('still reads "cont 2024" as a problem, not ongoing', () => expect(parseStopDate('cont 2024').ok).toBe(false));
});

describe('parseDate: a weekday before the date', () => {
  it.each(['Tue 11/10/2026', 'Tuesday, 11/10/2026', 'tues. 11/10/2026', 'TUE 2026-11-10', 'Tuesday, November 10, 2026', 'Tue 11/10/26'])(
    'reads a weekday before the date: %j is 2026-11-10',
    (text) => expect(iso(text)).toBe('2026-11-10'),
  );
  it('reads a weekday before a date with a time: "Thurs 11/12/2026 10:32 AM"', () =>
    expect(iso('Thurs 11/12/2026 10:32 AM')).toBe('2026-11-12'));
  it('says which day a weekday that contradicts the date is, rather than picking one', () => {
    const p = problem('Mon 11/10/2026');
    expect(p.code).toBe('date.weekday');
    expect(p.message).toBe('"Mon 11/10/2026": that date is a Tuesday; check the date.');
  });
  it('keeps an impossible date after a weekday a problem, quoting what was typed', () => {
    const p = problem('Tue 2/30/2026');
    expect(p.code).toBe('date.impossible');
    expect(p.message).toContain('"Tue 2/30/2026"');
  });
  it.each(['Tu 11/10/2026', 'Tuesdays 11/10/2026', 'Monthly 11/10/2026', 'Tue', 'Tuesday'])('reads no date from %j', (text) =>
    expect(problem(text).code).toBe('date.format'),
  );
});

describe('parsePartialDate: "since" before a start', () => {
  it.each([
    ['since 2015', { precision: 'year', first: '2015-01-01', last: '2015-12-31' }],
    ['Since 03/2015', { precision: 'month', first: '2015-03-01', last: '2015-03-31' }],
    ['since March 2015', { precision: 'month', first: '2015-03-01', last: '2015-03-31' }],
    ['since 03/10/2015', { precision: 'day', first: '2015-03-10', last: '2015-03-10' }],
    ['since ~2015', { precision: 'year', first: '2015-01-01', last: '2015-12-31' }],
  ])('reads %j as that start', (text, value) => expect(parsePartialDate(text)).toEqual({ ok: true, value }));
  it.each(['since', 'since then', 'since childhood'])('reads no date from %j', (text) =>
    expect(parsePartialDate(text)).toMatchObject({ ok: false, problem: { code: 'date.format' } }),
  );
  it('quotes all that was typed in its problem', () =>
    expect(parsePartialDate('since then')).toMatchObject({ ok: false, problem: { message: expect.stringContaining('"since then"') } }));
  it('keeps a wrong date after "since" a problem', () =>
    expect(parsePartialDate('since 13/2015')).toMatchObject({ ok: false, problem: { code: 'date.month' } }));
  it('says a stop date of "since 2015" gives the start, not the stop', () =>
    expect(parseStopDate('since 2015')).toMatchObject({ ok: false, problem: { code: 'date.since' } }));
});

describe('parseDate: as typed, round 8', () => {
  it.each(['N/A', 'none', 'Unknown', 'pending', '--'])('reads "%s" as no date given, not an unreadable date', (text) =>
    expect(parseDate(text)).toMatchObject({ ok: false, problem: { code: 'date.not-given' } }),
  );
  it('keeps "N/A" as a birth date unreadable: every patient has one', () =>
    expect(parseDate('N/A', { past: true })).toMatchObject({ ok: false, problem: { code: 'date.format' } }));
  it('reads a date-time with milliseconds: "2026-11-02 08:15:00.000"', () => expect(iso('2026-11-02 08:15:00.000')).toBe('2026-11-02'));
  it('reads a date-time with seconds and AM: "11/2/2026 8:15:00 AM"', () => expect(iso('11/2/2026 8:15:00 AM')).toBe('2026-11-02'));
  it.each(['11/2/26 8:15a', '11/02/2026 08:15:00 -0500', '11/02/2026 08:15 -05:00', '2026-11-02 0815'])('reads the day of "%s"', (text) =>
    expect(iso(text)).toBe('2026-11-02'),
  );
  it('reads no year from a time: "Nov 2 2026" keeps its year', () => expect(iso('Nov 2 2026')).toBe('2026-11-02'));

  const dob = (text: string) => parseDate(text, { past: true, today: '2026-11-20' });
  it.each([
    ['05/05/2019 (7 y.o.)', '2019-05-05'],
    ['05/05/2019 (7 yo)', '2019-05-05'],
    ['1987-05-12 (39 yrs)', '1987-05-12'],
    ['03/10/2024 (32 mo)', '2024-03-10'],
    ['06/01/2025 (17 months old)', '2025-06-01'],
    ['05/05/2019 (age 7)', '2019-05-05'],
    ['05/05/2019 (7)', '2019-05-05'],
    ['07/07/1982 - 44 yrs', '1982-07-07'],
    ['Jan 5, 2019, 7 yo', '2019-01-05'],
    // a birthday since the age was printed
    ['11/18/2019 (6 y.o.)', '2019-11-18'],
  ])('reads a birth date with the age after it: "%s"', (text, expected) => expect(dob(text)).toEqual({ ok: true, value: expected }));
  it('says when the age after a birth date is not the age it gives', () =>
    expect(dob('05/05/2019 (3 y.o.)')).toEqual({
      ok: false,
      problem: { code: 'date.age', message: '"05/05/2019 (3 y.o.)": the age and the date of birth disagree.' },
    }));
  it('keeps an impossible birth date a problem, quoting the age too', () =>
    expect(dob('02/30/2019 (7 y.o.)')).toMatchObject({
      ok: false,
      problem: { code: 'date.impossible', message: expect.stringContaining('"02/30/2019 (7 y.o.)"') },
    }));
  it('reads an age only after a birth date', () => expect(parseDate('11/02/2026 (7 y.o.)')).toMatchObject({ ok: false }));
});

describe('parseDate and parsePartialDate: notes and short years, round 8', () => {
  it.each([
    ['12/01/2026 (tentative)', '2026-12-01'],
    ['11/02/2026 (fasting)', '2026-11-02'],
  ])('reads a date with a note in words after it: "%s"', (text, expected) => expect(iso(text)).toBe(expected));
  it('keeps an impossible date before a note a problem, quoting the note too', () =>
    expect(parseDate('02/30/2027 (tentative)')).toMatchObject({
      ok: false,
      problem: { code: 'date.impossible', message: expect.stringContaining('"02/30/2027 (tentative)"') },
    }));
  it.each([
    ["Jan '25", '2025-01-01', '2025-01-31'],
    ['Aug ’26', '2026-08-01', '2026-08-31'],
  ])('reads "%s" as a month', (text, first, last) =>
    expect(parsePartialDate(text, { today: '2026-11-20' })).toEqual({ ok: true, value: { precision: 'month', first, last } }),
  );
});

describe('parsePartialDate: a year and month with a slash, round 9', () => {
  it.each(['2025/03', '2025.03', '2025-03'])('reads %j as March 2025', (text) =>
    expect(parsePartialDate(text)).toEqual({ ok: true, value: { precision: 'month', first: '2025-03-01', last: '2025-03-31' } }),
  );
  it('keeps "2025/13" a problem', () => expect(parsePartialDate('2025/13').ok).toBe(false));
});

describe('parseDate: as typed, round 10', () => {
  it.each([
    ['20261120', '2026-11-20'],
    ['19620303', '1962-03-03'],
    ['202611060815', '2026-11-06'],
    ['20261106081500', '2026-11-06'],
  ])('reads HL7 YYYYMMDD %j, which starting 19 or 20 reads no other way', (text, iso) =>
    expect(parseDate(text)).toEqual({ ok: true, value: iso }),
  );
  it('still asks for slashes in 8 digits that could be month or day first', () =>
    expect(parseDate('11052026')).toMatchObject({ ok: false, problem: { code: 'date.no-separators' } }));
  it('refuses an HL7 date with no such month', () => expect(parseDate('20261320')).toMatchObject({ ok: false }));
  it('reads a month name, day and year parted by hyphens: "Nov-05-2026"', () =>
    expect(parseDate('Nov-05-2026')).toEqual({ ok: true, value: '2026-11-05' }));
  it('drops a note with an amount after a date: "08/01/2026 (150 mg)"', () =>
    expect(parseDate('08/01/2026 (150 mg)')).toEqual({ ok: true, value: '2026-08-01' }));
  it('still reads no age after a date that is not a birth date: "11/02/2026 (7 yrs)"', () =>
    expect(parseDate('11/02/2026 (7 yrs)')).toMatchObject({ ok: false }));
});

describe('parseDate: a dose noted after a dash, round 10', () => {
  it('drops "- 150 mg SC" after a date', () => expect(parseDate('08/01/2026 - 150 mg SC')).toEqual({ ok: true, value: '2026-08-01' }));
  it('reads no note from "- present", which makes a range', () => expect(parseDate('11/01/2024 - present')).toMatchObject({ ok: false }));
});

describe('parseDate and parsePartialDate: notes and doubts, round 11', () => {
  it('reads "N/A - new start" as no date given', () =>
    expect(parseDate('N/A - new start')).toMatchObject({ ok: false, problem: { code: 'date.not-given' } }));
  it('drops a note with a number in it after a date: "08/01/2026 (approx. 16 weeks ago)"', () =>
    expect(parseDate('08/01/2026 (approx. 16 weeks ago)')).toEqual({ ok: true, value: '2026-08-01' }));
  it('reads a year or month typed with a question mark as the one written', () => {
    expect(parsePartialDate('?/2026')).toMatchObject({ ok: true, value: { first: '2026-01-01' } });
    expect(parsePartialDate('2022?')).toMatchObject({ ok: true, value: { first: '2022-01-01' } });
    expect(parsePartialDate('?')).toMatchObject({ ok: false });
  });
});
