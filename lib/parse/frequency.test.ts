import { describe, expect, it } from 'vitest';
import { parseFrequency } from './frequency';

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
});

describe('parseFrequency: single doses', () => {
  it('reads "once"', () => expect(parseFrequency('once')).toEqual(once));
  it('reads "single dose"', () => expect(parseFrequency('Single dose')).toEqual(once));
  it('reads "one time"', () => expect(parseFrequency('one time')).toEqual(once));
  it('reads "one-time"', () => expect(parseFrequency('one-time')).toEqual(once));
  it('reads "x1"', () => expect(parseFrequency('x1')).toEqual(once));
});

describe('parseFrequency: problems', () => {
  it('rejects "as needed" with an example of what to write', () => {
    const r = parseFrequency('as needed');
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
