import { describe, expect, it } from 'vitest';
import { describeFrequency, intervalSlackDays, parseFrequency } from './frequency';

const every = (days: number) => ({ ok: true, value: { everyDays: days, once: false } });
const once = { ok: true, value: { everyDays: null, once: true } };

describe('parseFrequency: intervals', () => {
  it('reads "every 4 weeks" as 28 days', () => expect(parseFrequency('every 4 weeks')).toEqual(every(28)));
  it('reads "Every 4 Weeks" in any case', () => expect(parseFrequency('Every 4 Weeks')).toEqual(every(28)));
  it('reads "q4w"', () => expect(parseFrequency('q4w')).toEqual(every(28)));
  it('reads "Q4 weeks"', () => expect(parseFrequency('Q4 weeks')).toEqual(every(28)));
  it('reads "q 4 wks"', () => expect(parseFrequency('q 4 wks')).toEqual(every(28)));
  it('reads "Q4wk"', () => expect(parseFrequency('Q4wk')).toEqual(every(28)));
  it('reads "every 8 weeks" as 56 days', () => expect(parseFrequency('every 8 weeks')).toEqual(every(56)));
  it('reads "q8w"', () => expect(parseFrequency('q8w')).toEqual(every(56)));
  it('reads "every 28 days"', () => expect(parseFrequency('every 28 days')).toEqual(every(28)));
  it('reads "q28d"', () => expect(parseFrequency('q28d')).toEqual(every(28)));
  it('reads "every four weeks" in words', () => expect(parseFrequency('every four weeks')).toEqual(every(28)));
  it('reads number words up to twenty, as counts do: "every sixteen weeks"', () =>
    expect(parseFrequency('every sixteen weeks')).toEqual(every(112)));
  it('reads no number word past twenty: "every thirty days"', () => expect(parseFrequency('every thirty days').ok).toBe(false));
  it('reads "every other week" as 14 days', () => expect(parseFrequency('every other week')).toEqual(every(14)));
  it('reads "every week"', () => expect(parseFrequency('every week')).toEqual(every(7)));
  it('reads "weekly"', () => expect(parseFrequency('weekly')).toEqual(every(7)));
  it('reads "4-weekly"', () => expect(parseFrequency('4-weekly')).toEqual(every(28)));
  it('reads "every 12 weeks"', () => expect(parseFrequency('every 12 weeks')).toEqual(every(84)));
  it('reads "once every 4 weeks"', () => expect(parseFrequency('once every 4 weeks')).toEqual(every(28)));
  it('reads "1 injection every 8 weeks"', () => expect(parseFrequency('1 injection every 8 weeks')).toEqual(every(56)));
  it('ignores a parenthetical "every 4 weeks (28 days)"', () => expect(parseFrequency('every 4 weeks (28 days)')).toEqual(every(28)));
  it('ignores a trailing full stop', () => expect(parseFrequency('every 4 weeks.')).toEqual(every(28)));
  it('reads "monthly" as 30 days', () => expect(parseFrequency('monthly')).toEqual(every(30)));
  it('reads "every 2 months" as 60 days', () => expect(parseFrequency('every 2 months')).toEqual(every(60)));
  it('ignores a dose before the interval: "150 mg every 8 weeks"', () => expect(parseFrequency('150 mg every 8 weeks')).toEqual(every(56)));
  it('ignores a course length after it: "every 4 weeks x 6 months"', () =>
    expect(parseFrequency('every 4 weeks x 6 months')).toEqual(every(28)));
  it('ignores "for 6 doses"', () => expect(parseFrequency('q4w for 6 doses')).toEqual(every(28)));
  it.each(['every 8 weeks x 1 year', 'q8w for 2 years', 'every 8 weeks x 1 yr'])('ignores a course length in years: %j', (text) =>
    expect(parseFrequency(text)).toEqual(every(56)),
  );
});

describe("parseFrequency: other drugs' schedules", () => {
  it.each([
    ['daily', 1],
    ['Once daily', 1],
    ['once a day', 1],
    ['every day', 1],
    ['QD', 1],
    ['q.d.', 1],
    ['100 mg daily', 1],
    ['1x daily', 1],
    ['twice daily', 0.5],
    ['BID', 0.5],
    ['b.i.d.', 0.5],
    ['2 times a day', 0.5],
    ['2x/day', 0.5],
    ['q12h', 0.5],
    ['every 12 hours', 0.5],
    ['TID', 1 / 3],
    ['every other day', 2],
    ['QOD', 2],
    ['twice weekly', 3.5],
    ['twice a week', 3.5],
    ['2x weekly', 3.5],
    ['three times weekly', 7 / 3],
    ['every other week', 14],
    ['every 2 weeks', 14],
    ['50 mg once every week', 7],
    ['twice monthly', 15],
  ])('reads %j as every %d days', (text, days) => expect(parseFrequency(text)).toEqual(every(days)));

  it.each([
    'Day 1 and Day 15',
    '600 mg loading, then 300 mg',
    '600 mg loading dose then 300 mg every other week',
    'weekly x 4 then monthly',
    '2 doses 2 weeks apart every 24 weeks',
    'twice daily for 3 days then daily',
    '0, 14 then every 6 months',
    '6, 2, 0 weeks then every 8 weeks',
    '0, 2, 6 weeks then once',
  ])('does not read the loading schedule %j as one interval', (text) => {
    expect(parseFrequency(text)).toMatchObject({ ok: false, problem: { code: 'frequency.unknown' } });
  });

  it.each(['biweekly', 'Bi-weekly', 'bimonthly'])('asks which %j means: every 2 periods or twice a period', (text) => {
    const r = parseFrequency(text);
    expect(r).toMatchObject({ ok: false, problem: { code: 'frequency.ambiguous' } });
    if (!r.ok) expect(r.problem.message).toMatch(/every 2 (week|month)s or twice a (week|month)/);
  });

  it.each(['every constructor weeks', 'constructor times a day', 'every __proto__ days'])(
    'reads no count from an object key in %j',
    (text) => expect(parseFrequency(text)).toMatchObject({ ok: false }),
  );
  it('rejects more than one dose an hour', () =>
    expect(parseFrequency('30 times a day')).toMatchObject({ ok: false, problem: { code: 'frequency.interval' } }));
  it('rejects zero doses a week', () =>
    expect(parseFrequency('0 times a week')).toMatchObject({ ok: false, problem: { code: 'frequency.interval' } }));
});

describe('parseFrequency: induction then maintenance reads as the maintenance interval', () => {
  const maintenance = (days: number) => ({ ok: true, value: { everyDays: days, once: false, induction: true } });

  it.each([
    ['0, 2, 6 weeks then every 8 weeks', 56],
    ['Weeks 0, 2 and 6, then every 8 weeks', 56],
    ['induction 0/2/6 then q8w', 56],
    ['every 8 weeks after induction', 56],
    ['every 8 weeks after the induction doses', 56],
    ['q8w after weeks 0, 2, 6', 56],
    ['5 mg/kg at weeks 0, 2 and 6, then every 8 weeks', 56],
    ['induction at weeks 0, 2, and 6 followed by maintenance every 6 weeks', 42],
    ['0,2,6 wk induction, then q8w thereafter', 56],
    ['0, 2, 6 then q8w', 56],
    ['every 8 weeks (after 0, 2, 6)', 56],
    ['0, 2, 6 weeks then every 2 months', 60],
  ])('reads %j as every %d days after an induction', (text, days) => expect(parseFrequency(text)).toEqual(maintenance(days)));

  it.each([
    ['every 8 weeks maintenance', 56],
    ['maintenance: q8w', 56],
    ['Maintenance dose every 6 weeks', 42],
    ['every 8 weeks thereafter', 56],
    ['every 8 weeks maintenance x 6 months', 56],
    ['q8 weeks', 56],
  ])('ignores the word "maintenance" or "thereafter" in %j: every %d days, no induction said', (text, days) =>
    expect(parseFrequency(text)).toEqual(every(days)),
  );

  it.each(['0, 2, 6 weeks', 'Induction'])('asks for the maintenance interval after the induction only: %j', (text) => {
    const r = parseFrequency(text);
    expect(r).toMatchObject({ ok: false, problem: { code: 'frequency.induction-only' } });
    if (!r.ok) expect(r.problem.message).toContain('add the maintenance interval');
  });

  it.each([
    ['Q8W after loading doses', 56],
    ['every 8 weeks, after induction', 56],
    ['Induction: 0, 2, 6 wks; maintenance: q8 wks', 56],
    ['induction 0, 2, 6 weeks, maintenance every 6 weeks', 42],
    ['Weeks 0, 2, 6 and q8 weeks thereafter', 56],
    ['0, 2 and 6 weeks and every 8 weeks', 56],
    ['Weeks 0, 2, 6 and q8 weeks thereafter x 1 yr', 56],
  ])('reads the maintenance interval of %j (every %d days), not the induction weeks', (text, days) =>
    expect(parseFrequency(text)).toEqual(maintenance(days)),
  );

  it('keeps "weeks 0, 2 and 6" one induction list, with no interval', () =>
    expect(parseFrequency('weeks 0, 2 and 6')).toMatchObject({ ok: false, problem: { code: 'frequency.induction-only' } }));

  it('reads no interval from two intervals joined by "and"', () =>
    expect(parseFrequency('every 2 weeks and every 4 weeks')).toMatchObject({ ok: false, problem: { code: 'frequency.unknown' } }));

  it('says the induction in words', () => {
    const r = parseFrequency('0, 2, 6 weeks then every 8 weeks');
    expect(r.ok && describeFrequency(r.value)).toBe('every 56 days after induction doses');
  });
});

describe('describeFrequency', () => {
  it.each([
    ['once', 'once'],
    ['daily', 'every day'],
    ['BID', 'twice a day'],
    ['TID', '3 times a day'],
    ['twice weekly', 'twice a week'],
    ['three times weekly', '3 times a week'],
    ['every 2 weeks', 'every 14 days'],
    ['monthly', 'every 30 days'],
  ])('says %j as %j', (text, words) => {
    const r = parseFrequency(text);
    expect(r.ok && describeFrequency(r.value)).toBe(words);
  });
});

describe('intervalSlackDays: month-based frequencies against a label in weeks', () => {
  const days = (text: string) => {
    const r = parseFrequency(text);
    return r.ok ? (r.value.everyDays ?? NaN) : NaN;
  };
  const matches = (text: string, labelDays: number) => Math.abs(days(text) - labelDays) <= intervalSlackDays(labelDays);

  it('lets "every N months" mean every 4N weeks for N = 1, 2, 3', () => {
    expect([matches('monthly', 28), matches('every 2 months', 56), matches('every 3 months', 84)]).toEqual([true, true, true]);
  });
  it('still tells a week apart', () => {
    expect([matches('every 5 weeks', 28), matches('every 9 weeks', 56), matches('every 7 weeks', 56)]).toEqual([false, false, false]);
  });
});

describe('parseFrequency: single doses', () => {
  it('reads "once"', () => expect(parseFrequency('once')).toEqual(once));
  it('reads "single dose"', () => expect(parseFrequency('Single dose')).toEqual(once));
  it('reads "one time"', () => expect(parseFrequency('one time')).toEqual(once));
  it('reads "one-time"', () => expect(parseFrequency('one-time')).toEqual(once));
  it('reads "x1"', () => expect(parseFrequency('x1')).toEqual(once));
});

describe('parseFrequency: a route or a dose beside the interval', () => {
  it.each([
    ['subQ q4 weeks', 28],
    ['150 mg SC every 4 weeks', 28],
    ['IV every 8 weeks', 56],
    ['IV infusion q8w', 56],
    ['every 4 weeks subcutaneously', 28],
    ['SQ every 8 weeks', 56],
  ])('reads %j as every %d days, the route aside', (text, days) => expect(parseFrequency(text)).toEqual(every(days)));

  it.each([
    ['every 4th week', 28],
    ['every 2nd week', 14],
    ['every third week', 21],
  ])('reads the ordinal in %j as every %d days', (text, days) => expect(parseFrequency(text)).toEqual(every(days)));
});

describe('parseFrequency: induction in words or beside a route', () => {
  const maintenance = (days: number) => ({ ok: true, value: { everyDays: days, once: false, induction: true } });
  it.each([
    '5 mg/kg IV at 0, 2, 6 weeks then every 8 weeks',
    'Loading doses at weeks 0, 2 and 6, then every 8 weeks',
    'Standard induction, then every 8 weeks',
  ])('reads %j as every 8 weeks after an induction', (text) => expect(parseFrequency(text)).toEqual(maintenance(56)));

  it('does not take a loading dose without its weeks for an induction', () => {
    expect(parseFrequency('Loading dose')).toMatchObject({ ok: false, problem: { code: 'frequency.unknown' } });
  });
});

describe('parseFrequency: one dose per flare, as needed (the label for gout)', () => {
  it.each([
    'once per flare',
    'PRN for flares',
    'one-time dose',
    'One time dose',
    'as needed',
    'PRN',
    'one dose per flare',
    'single injection per gout flare',
  ])('reads %j as a single dose', (text) => expect(parseFrequency(text)).toEqual(once));

  it.each(['1', 'one', 'once per week'])('does not read %j as a single dose', (text) => {
    expect(parseFrequency(text)).not.toEqual(once);
  });
});

describe('parseFrequency: problems', () => {
  it('rejects "as directed" with an example of what to write', () => {
    const r = parseFrequency('as directed');
    expect(r).toMatchObject({ ok: false, problem: { code: 'frequency.unknown' } });
    if (!r.ok) expect(r.problem.message).toContain('every 4 weeks');
  });
  it('rejects "every 0 weeks"', () =>
    expect(parseFrequency('every 0 weeks')).toMatchObject({ ok: false, problem: { code: 'frequency.interval' } }));
  it('rejects "every 4 fortnights"', () => expect(parseFrequency('every 4 fortnights')).toMatchObject({ ok: false }));
  it('rejects "every lots of weeks"', () => expect(parseFrequency('every lots weeks')).toMatchObject({ ok: false }));
  it('rejects empty input', () => expect(parseFrequency('')).toMatchObject({ ok: false, problem: { code: 'frequency.empty' } }));
  it('rejects a bare number', () => expect(parseFrequency('4')).toMatchObject({ ok: false }));
});

describe('frequencies copied from a prescription', () => {
  it.each([
    ['Inject 150 mg subcutaneously every 8 weeks', 56],
    ['Inject 150 mg SC every 4 weeks', 28],
    ['Infuse 5 mg/kg IV every 8 weeks', 56],
  ])('reads %j as every %i days', (text, days) => {
    const r = parseFrequency(text);
    expect(r.ok && r.value.everyDays).toBe(days);
  });
  it.each([
    ['Inject 150 mg under the skin every 4 (four) weeks', 28],
    ['Inject 150 mg under the skin every 8 (eight) weeks', 56],
    ['Inject 300 mg beneath the skin every 4 weeks', 28],
    ['Infuse 5 mg/kg into the vein every 8 (eight) weeks', 56],
  ])('reads the Epic sig %j, its route in words, as every %i days', (text, days) =>
    expect(parseFrequency(text)).toEqual({ ok: true, value: { everyDays: days, once: false } }),
  );
  it('keeps an Epic sig with no interval a problem', () =>
    expect(parseFrequency('Inject 150 mg under the skin as directed')).toMatchObject({
      ok: false,
      problem: { code: 'frequency.unknown' },
    }));
});

describe('parseFrequency: as typed, round 3', () => {
  const induction = (days: number) => ({ ok: true, value: { everyDays: days, once: false, induction: true } });
  it('reads "induction 0-2-6 then every 8 weeks" (dashes between the induction weeks) as every 56 days after induction', () =>
    expect(parseFrequency('induction 0-2-6 then every 8 weeks')).toEqual(induction(56)));
  it('reads "weeks 0-2-6 then q8w" the same way', () => expect(parseFrequency('weeks 0-2-6 then q8w')).toEqual(induction(56)));
  it('keeps "induction 0-6-2 then every 8 weeks" (weeks not rising) a problem', () =>
    expect(parseFrequency('induction 0-6-2 then every 8 weeks').ok).toBe(false));
  it('reads "Once; may repeat no sooner than 12 weeks" as a single dose', () =>
    expect(parseFrequency('Once; may repeat no sooner than 12 weeks')).toEqual(once));
  it('reads "single dose, retreatment" as a single dose', () => expect(parseFrequency('single dose, retreatment')).toEqual(once));
  it('reads "once, may be repeated for a new flare" and "once, repeat at least q12 weeks" as a single dose', () => {
    expect(parseFrequency('once, may be repeated for a new flare')).toEqual(once);
    expect(parseFrequency('once, repeat at least q12 weeks')).toEqual(once);
    expect(parseFrequency('Once, may repeat after 12 weeks')).toEqual(once);
  });
  it('reads "once, may repeat every 4 weeks" as every 28 days: a repeat schedule, for the pack to judge', () =>
    expect(parseFrequency('once, may repeat every 4 weeks')).toEqual(every(28)));
  it('keeps a retreatment note it cannot read a problem ("once; may repeat sometimes")', () => {
    expect(parseFrequency('once; may repeat sometimes')).toMatchObject({ ok: false, problem: { code: 'frequency.unknown' } });
    expect(parseFrequency('every 4 weeks, may repeat').ok).toBe(false);
  });
  it('reads "once per flare, PRN (no sooner than q12 weeks)" as a single dose', () =>
    expect(parseFrequency('once per flare, PRN (no sooner than q12 weeks)')).toEqual(once));
  it('reads "1 injection q 4 weeks" as 28 days', () => expect(parseFrequency('1 injection q 4 weeks')).toEqual(every(28)));
  it('reads "1 dose q8w" as 56 days', () => expect(parseFrequency('1 dose q8w')).toEqual(every(56)));
});

describe('parseFrequency: as typed, round 8', () => {
  it.each(['1 dose now; may repeat ≥12 weeks', 'once (single dose)', 'once; may repeat no sooner than 12 wks'])(
    'reads "%s" as a single dose',
    (text) => expect(parseFrequency(text)).toEqual(once),
  );
});

describe('parseFrequency: schedules as written, round 9', () => {
  const induction = (days: number) => ({ ok: true, value: { everyDays: days, once: false, induction: true } });
  it.each([
    ['W0, W2, W6, then Q8W', 56],
    ['wk0/wk2/wk6 then q8wk', 56],
    ['loading 0/2/6 wks, maint q8 wks', 56],
    ['Maint. q8wk after loading 0/2/6', 56],
    ['every 8 weeks after week 6', 56],
    ['every 6 weeks after week 6', 42],
    ['weeks 0, 2, 6, then 14, 22, 30 (q8w)', 56],
  ])('reads %j as its maintenance interval after induction', (text, days) => expect(parseFrequency(text)).toEqual(induction(days)));
  it.each([
    ['every 4 weeks, ongoing', 28],
    ['every 4 weeks indefinitely', 28],
    ['0, 2, 6, 14, 22 (q8 weeks)', 56],
  ])('reads %j', (text, days) => expect(parseFrequency(text)).toMatchObject({ ok: true, value: { everyDays: days } }));
  it('keeps "600 mg loading, then 300 mg" unread: a loading dose says no weeks', () =>
    expect(parseFrequency('600 mg loading, then 300 mg').ok).toBe(false));
  it('reads no single dose from a bracket after a schedule it cannot read', () =>
    expect(parseFrequency('Day 1 and Day 15 (once)').ok).toBe(false));
});

describe('parseFrequency: as typed, round 10', () => {
  it.each([
    ['weeks 0,2,6 → q8w', 56],
    ['0, 2, 6 wk -> q8wk', 56],
    ['weeks 0,2,6 → q4w', 28],
  ])('reads an arrow as "then": %j', (text, days) =>
    expect(parseFrequency(text)).toMatchObject({ ok: true, value: { everyDays: days, induction: true } }),
  );
  it.each([
    ['q.4.wk', 28],
    ['Q.8.WK', 56],
  ])('reads a dotted "q.4.wk" as q4wk: %j', (text, days) => expect(parseFrequency(text)).toEqual(every(days)));
  it('reads "once now" as a single dose', () =>
    expect(parseFrequency('once now')).toEqual({ ok: true, value: { everyDays: null, once: true } }));
});

describe('parseFrequency: a supply after the interval, round 10', () => {
  it.each(['every 4 wks, 6 mo supply', 'every 4 weeks 6 months supply'])('reads %j as every 4 weeks', (text) =>
    expect(parseFrequency(text)).toEqual(every(28)),
  );
  it('still reads "0, 2, 6 weeks" as induction only', () =>
    expect(parseFrequency('0, 2, 6 weeks')).toMatchObject({ ok: false, problem: { code: 'frequency.induction-only' } }));
});

describe('parseFrequency: "then reassess" after a course, round 10', () => {
  it('reads "q4wks x 6 mo, then reassess" as every 4 weeks', () =>
    expect(parseFrequency('q4wks x 6 mo, then reassess')).toEqual(every(28)));
});

describe('parseFrequency: an induction under way before "then", round 11', () => {
  const induction = (days: number) => ({ ok: true, value: { everyDays: days, once: false, induction: true } });
  it.each([
    'Week 2 dose due 11/24/2026, week 6 12/22/2026, then every 8 weeks',
    'remaining induction doses (wk 2, wk 6) then q8 weeks',
    'started 11/10/2026 (wk 0); wk 2 and 6 then q8w',
    'wk 6 dose, then every 8 weeks',
    'Day 1, day 15, day 43, then every 8 weeks',
    '11/06/2026, 11/20/2026, 12/18/2026, then every 8 weeks',
    'Induction: 0, 2, 6 weeks\nMaintenance: every 8 weeks',
  ])('reads %j as every 8 weeks after induction', (text) => expect(parseFrequency(text)).toEqual(induction(56)));
  it('keeps the maintenance interval typed: "wk 6 dose, then every 4 weeks" is every 4 weeks', () =>
    expect(parseFrequency('wk 6 dose, then every 4 weeks')).toEqual(induction(28)));
  it('still refuses "weekly x 4 then monthly" and reads "induction 0/2/6" alone as induction only', () => {
    expect(parseFrequency('weekly x 4 then monthly').ok).toBe(false);
    expect(parseFrequency('remaining induction doses')).toMatchObject({ ok: false });
  });
});

describe('parseFrequency: the field label and a "!" pasted with it, round 11', () => {
  it.each(['Frequency: every 8 weeks', 'Freq: every 8 weeks', 'Sig: every 8 weeks', 'every 8 weeks!'])(
    'reads %j as every 8 weeks',
    (text) => expect(parseFrequency(text)).toEqual(every(56)),
  );
});

describe('parseFrequency: round 12, a dash before the words after an interval', () => {
  it.each([
    ['every 8 weeks — maintenance', 56],
    ['every 8 weeks - maintenance', 56],
    ['every 4 weeks – ongoing', 28],
  ])('reads %j as every %d days', (text, days) => expect(parseFrequency(text)).toEqual(every(days)));
  it('keeps a second interval after a dash a problem', () => expect(parseFrequency('every 8 weeks - every 4 weeks').ok).toBe(false));
});
