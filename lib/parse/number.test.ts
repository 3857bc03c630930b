import { describe, expect, it } from 'vitest';
import { parseCount, parseDecimal, readLeadingNumber } from './number';

describe('parseCount', () => {
  it('reads billing units "280"', () => expect(parseCount('280')).toEqual({ ok: true, value: 280 }));
  it('reads "1"', () => expect(parseCount('1')).toEqual({ ok: true, value: 1 }));
  it('reads "280 units"', () => expect(parseCount('280 units')).toEqual({ ok: true, value: 280 }));
  it('reads "280 UN"', () => expect(parseCount('280 UN')).toEqual({ ok: true, value: 280 }));
  it('reads "1,000"', () => expect(parseCount('1,000')).toEqual({ ok: true, value: 1000 }));
  it('reads zero', () => expect(parseCount('0')).toEqual({ ok: true, value: 0 }));
  it('reads "3 flares" when flares are allowed', () => expect(parseCount('3 flares', ['flare', 'flares'])).toEqual({ ok: true, value: 3 }));
  it('refuses "3 flares" under the default unit words', () =>
    expect(parseCount('3 flares')).toMatchObject({ ok: false, problem: { code: 'count.trailing' } }));
  it('refuses "280 mg" in a count, suggesting 280', () => {
    const r = parseCount('280 mg');
    expect(r).toMatchObject({ ok: false, problem: { code: 'count.trailing' } });
    if (!r.ok) expect(r.problem.message).toContain('write just 280');
  });
  it('refuses a fraction', () => expect(parseCount('1.5')).toMatchObject({ ok: false, problem: { code: 'count.fraction' } }));
  it('refuses "2 80"', () => expect(parseCount('2 80')).toMatchObject({ ok: false, problem: { code: 'count.split-digits' } }));
  it('refuses "1,5"', () => expect(parseCount('1,5')).toMatchObject({ ok: false, problem: { code: 'count.decimal-comma' } }));
  it('refuses "two hundred"', () => expect(parseCount('two hundred')).toMatchObject({ ok: false, problem: { code: 'count.words' } }));
  it('refuses a negative count', () => expect(parseCount('-1')).toMatchObject({ ok: false, problem: { code: 'count.negative' } }));
  it('refuses an unsafe integer', () =>
    expect(parseCount('99999999999999999999')).toMatchObject({ ok: false, problem: { code: 'count.too-large' } }));
  it('refuses empty input', () => expect(parseCount('')).toMatchObject({ ok: false, problem: { code: 'count.empty' } }));
});

describe('parseCount: billing units as staff type them', () => {
  it.each([
    ['150 billing units', 150],
    ['280 (J0638 x 280)', 280],
    ['21 units (10 mg each)', 21],
    ['150 (mg)', 150],
  ])('reads %j as %i', (text, n) => expect(parseCount(text)).toEqual({ ok: true, value: n }));
  it('refuses a note that gives another count', () =>
    expect(parseCount('280 (= 28 units)')).toMatchObject({ ok: false, problem: { code: 'count.conflict' } }));
  it('leaves "1 vial" unread: a vial is not a billing unit', () =>
    expect(parseCount('1 vial')).toMatchObject({ ok: false, problem: { code: 'count.packages' } }));
  it('reads no range in billing units', () => expect(parseCount('280-300')).toMatchObject({ ok: false }));
});

describe('parseCount: flares over a period', () => {
  const words = ['flare', 'flares'];
  it('reads the lower bound of "8-10"', () => expect(parseCount('8-10', words, 12)).toEqual({ ok: true, value: 8 }));
  it('reads "6+" as at least 6', () => expect(parseCount('6+', words, 6)).toEqual({ ok: true, value: 6 }));
  it('reads "8 per year" for the past 12 months', () => expect(parseCount('8 per year', words, 12)).toEqual({ ok: true, value: 8 }));
  it('reads "8 flares/yr" for the past 12 months', () => expect(parseCount('8 flares/yr', words, 12)).toEqual({ ok: true, value: 8 }));
  it('reads "3 in the past 6 months" for 6 months', () =>
    expect(parseCount('3 in the past 6 months', words, 6)).toEqual({ ok: true, value: 3 }));
  it('refuses "8 per year" for the past 6 months', () =>
    expect(parseCount('8 per year', words, 6)).toMatchObject({ ok: false, problem: { code: 'count.period' } }));
  it('refuses "2 per month" rather than multiplying it out', () =>
    expect(parseCount('2 per month', words, 12)).toMatchObject({ ok: false, problem: { code: 'count.period' } }));
  it('says "monthly" is how often, not how many', () => {
    const r = parseCount('monthly', words, 6);
    expect(r).toMatchObject({ ok: false, problem: { code: 'count.rate' } });
    if (!r.ok) expect(r.problem.message).toContain('past 6 months');
  });
  it('reads no range down ("10-8")', () => expect(parseCount('10-8', words, 12)).toMatchObject({ ok: false }));
});

describe('parseDecimal', () => {
  it('reads "4.5"', () => expect(parseDecimal('4.5')).toEqual({ ok: true, value: 4.5 }));
  it('reads "1,500"', () => expect(parseDecimal('1,500')).toEqual({ ok: true, value: 1500 }));
  it('refuses text after the number', () =>
    expect(parseDecimal('4.5 mg')).toMatchObject({ ok: false, problem: { code: 'number.trailing' } }));
  it('refuses "1,5"', () => expect(parseDecimal('1,5')).toMatchObject({ ok: false, problem: { code: 'number.decimal-comma' } }));
  it('refuses "NaN"', () => expect(parseDecimal('NaN')).toMatchObject({ ok: false, problem: { code: 'number.not-a-number' } }));
  it('refuses "-Infinity"', () => expect(parseDecimal('-Infinity')).toMatchObject({ ok: false }));
});

describe('readLeadingNumber', () => {
  it('returns the text after the number', () =>
    expect(readLeadingNumber('280mg')).toEqual({ ok: true, value: { value: 280, rest: 'mg' } }));
  it('uses the given code prefix', () =>
    expect(readLeadingNumber('x', 'weight')).toMatchObject({ ok: false, problem: { code: 'weight.not-a-number' } }));
});

describe('billing units typed as packages', () => {
  it.each([
    ['1 vial', 'vials'],
    ['2 syringes', 'syringes'],
    ['1 box', 'boxes'],
  ])('says %j counts %s, not billing units', (text, noun) => {
    const r = parseCount(text);
    expect(r).toMatchObject({ ok: false, problem: { code: 'count.packages' } });
    if (!r.ok) expect(r.problem.message).toContain(`counts ${noun}`);
  });
});

describe('a number ending a sentence', () => {
  it.each(['150.', '68.'])('reads %j as the number before its full stop', (text) => {
    const r = readLeadingNumber(text);
    expect(r.ok && r.value.value).toBe(Number(text.slice(0, -1)));
  });
});

describe('a count of flares given as a least', () => {
  it.each(['≥6', '>= 6', '> 6', '>6'])('reads %j in the past 12 months as at least 6', (text) => {
    const r = parseCount(text, undefined, 12);
    expect(r.ok && r.value).toBe(6);
  });

  it.each(['~8', 'about 8', 'approx. 8', 'Approximately 8 flares', 'around 8'])('reads the estimate %j as 8', (text) => {
    const r = parseCount(text, ['flares'], 12);
    expect(r.ok && r.value).toBe(8);
  });

  it('leaves a billing count typed "~8" unreadable', () => expect(parseCount('~8').ok).toBe(false));

  it('leaves a billing count with ">" unreadable', () => {
    expect(parseCount('>6').ok).toBe(false);
  });
});

describe('parseCount: flares as typed, round 3', () => {
  const words = ['flare', 'flares'];
  it('reads "4 flares in past 12 mo" as 4 for the past 12 months', () =>
    expect(parseCount('4 flares in past 12 mo', words, 12)).toEqual({ ok: true, value: 4 }));
  it('reads "4 in the last 12 months", "4 flares over prior 12 mos" and "2 flares in past 6 mo" for their periods', () => {
    expect(parseCount('4 in the last 12 months', words, 12)).toEqual({ ok: true, value: 4 });
    expect(parseCount('4 flares over prior 12 mos', words, 12)).toEqual({ ok: true, value: 4 });
    expect(parseCount('2 flares in past 6 mo', words, 6)).toEqual({ ok: true, value: 2 });
  });
  it('keeps "4 flares in past 6 mo" asked for 12 months a problem', () =>
    expect(parseCount('4 flares in past 6 mo', words, 12)).toMatchObject({ ok: false, problem: { code: 'count.period' } }));
  it('reads "monthly (12)" as 12 over 12 months: the rate and the count agree', () =>
    expect(parseCount('monthly (12)', words, 12)).toEqual({ ok: true, value: 12 }));
  it('reads "monthly (6)" over 6 months and "weekly (52 flares)" over 12', () => {
    expect(parseCount('monthly (6)', words, 6)).toEqual({ ok: true, value: 6 });
    expect(parseCount('weekly (52 flares)', words, 12)).toEqual({ ok: true, value: 52 });
  });
  it('keeps asking when the count in parentheses disagrees with the rate ("monthly (4)", "monthly (12)" over 6 months)', () => {
    expect(parseCount('monthly (4)', words, 12)).toMatchObject({ ok: false, problem: { code: 'count.rate' } });
    expect(parseCount('monthly (12)', words, 6)).toMatchObject({ ok: false, problem: { code: 'count.rate' } });
    expect(parseCount('monthly', words, 12)).toMatchObject({ ok: false, problem: { code: 'count.rate' } });
  });
});

describe('parseCount: a tally said in words', () => {
  const words = ['flare', 'flares'];
  it.each([
    ['six', 6],
    ['Six flares', 6],
    ['one', 1],
    ['twelve', 12],
    ['twenty', 20],
    ['six.', 6],
    ['≥ six', 6],
    ['six in the past 6 months', 6],
  ])('reads the number word %j as %i in a count of flares', (text, n) =>
    expect(parseCount(text, words, 6)).toEqual({ ok: true, value: n }),
  );
  it.each(['twenty-one', 'twenty one', 'six hundred', 'two and a half', 'thirty', 'zero', 'a dozen', 'sixty'])(
    'asks for digits for %j, which is no number word up to twenty',
    (text) => expect(parseCount(text, words, 12)).toMatchObject({ ok: false, problem: { code: 'count.words' } }),
  );
  it('keeps a period in words that is not the one asked about a problem', () =>
    expect(parseCount('six per year', words, 6)).toMatchObject({ ok: false, problem: { code: 'count.period' } }));
  it('reads no words in billing units, which are worked out and typed in digits', () => {
    expect(parseCount('six')).toMatchObject({ ok: false, problem: { code: 'count.words' } });
    expect(parseCount('six units')).toMatchObject({ ok: false, problem: { code: 'count.words' } });
  });
  it('reads no words in a number that is not a count', () =>
    expect(parseDecimal('six')).toMatchObject({ ok: false, problem: { code: 'number.words' } }));
});

describe('parseCount: flares as typed, round 8', () => {
  it.each([
    ['at least 6', 6],
    ['6 or more', 6],
    ['≥ 6', 6],
    ['8 (documented in chart)', 8],
  ])('reads "%s" as %i', (text, n) => expect(parseCount(text, ['flares'], 12)).toEqual({ ok: true, value: n }));
  it('keeps "or more" out of billing units', () => expect(parseCount('150 or more')).toMatchObject({ ok: false }));
});

describe('parseCount: round 9', () => {
  it.each(['150 SU', '150 su', '150 service units'])('reads billing units called service units: %j', (text) =>
    expect(parseCount(text)).toEqual({ ok: true, value: 150 }),
  );
  it.each(['approx. 8', 'roughly 8', '~8', 'ca. 8'])('reads an estimated tally: %j', (text) =>
    expect(parseCount(text, undefined, 12)).toEqual({ ok: true, value: 8 }),
  );
  it('reads no estimate in billing units', () => expect(parseCount('approx. 150').ok).toBe(false));
});

describe('parseCount: round 10', () => {
  it('reads "35 units of 10 mg", the code\'s unit size after the count', () =>
    expect(parseCount('35 units of 10 mg')).toEqual({ ok: true, value: 35 }));
  it('still refuses "35 mg"', () => expect(parseCount('35 mg')).toMatchObject({ ok: false }));
});

describe('parseCount: a rate with its total beside it, round 11', () => {
  it('reads "1/month (6 total)" over 6 months as 6', () =>
    expect(parseCount('1/month (6 total)', ['flares'], 6)).toEqual({ ok: true, value: 6 }));
  it('still refuses "1 every 2 months (3 total)" and a total that is not the rate\'s', () => {
    expect(parseCount('1 every 2 months (3 total)', ['flares'], 6).ok).toBe(false);
    expect(parseCount('1/month (4 total)', ['flares'], 6).ok).toBe(false);
  });
});
