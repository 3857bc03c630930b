import { describe, expect, it } from 'vitest';
import { parseYesNo } from './yes-no';

describe('parseYesNo', () => {
  for (const yes of ['yes', 'Yes', 'Y', 'true', 'checked', 'on', '1']) {
    it(`reads "${yes}" as yes`, () => expect(parseYesNo(yes)).toEqual({ ok: true, value: true }));
  }
  for (const no of ['no', 'NO', 'n', 'false', 'unchecked', 'off', '0']) {
    it(`reads "${no}" as no`, () => expect(parseYesNo(no)).toEqual({ ok: true, value: false }));
  }
  it('reads "Yes - documented in notes" by its first word', () =>
    expect(parseYesNo('Yes - documented in notes')).toEqual({ ok: true, value: true }));
  it('reads "No, not tolerated" by its first word', () => expect(parseYesNo('No, not tolerated')).toEqual({ ok: true, value: false }));
  it('does not read "nothing" as no', () =>
    expect(parseYesNo('nothing')).toMatchObject({ ok: false, problem: { code: 'yes-no.unknown' } }));
  it('rejects "maybe"', () => expect(parseYesNo('maybe')).toMatchObject({ ok: false, problem: { code: 'yes-no.unknown' } }));
  it.each(['N/A', 'n/a', 'NA', 'Not applicable'])('reads %j as not answered, not as a bad answer', (text) =>
    expect(parseYesNo(text)).toMatchObject({ ok: false, problem: { code: 'yes-no.not-given' } }),
  );
  const ult = /\b(?:allopurinol|febuxostat|starting)\b/;
  it('reads "Allopurinol 300 mg daily" as yes when the question names it', () =>
    expect(parseYesNo('Allopurinol 300 mg daily', ult)).toEqual({ ok: true, value: true }));
  it('reads "Starting febuxostat" as yes when the question names it', () =>
    expect(parseYesNo('Starting febuxostat', ult)).toEqual({ ok: true, value: true }));
  it.each(['Allopurinol stopped', 'not on allopurinol', 'allopurinol - intolerant', 'allopurinol?'])(
    'does not read %j as yes: something in it says no',
    (text) => expect(parseYesNo(text, ult)).toMatchObject({ ok: false, problem: { code: 'yes-no.unknown' } }),
  );
  it("reads a drug name as nothing without the question's words", () =>
    expect(parseYesNo('Allopurinol 300 mg daily')).toMatchObject({ ok: false, problem: { code: 'yes-no.unknown' } }));
  it('rejects empty input', () => expect(parseYesNo('')).toMatchObject({ ok: false, problem: { code: 'yes-no.empty' } }));
});

describe('parseYesNo: as typed, round 3', () => {
  const NOT_A_CANDIDATE = /^(?:(?:the )?(?:pt\.?|patient)(?: is)? )?not (?:an? )?candidate\b/;
  it('reads "Y (10/2026)" (yes with a date note) as yes', () => expect(parseYesNo('Y (10/2026)')).toEqual({ ok: true, value: true }));
  it('reads "Y 10/2026", "Y - admitted" and "N - never admitted" by their letter', () => {
    expect(parseYesNo('Y 10/2026')).toEqual({ ok: true, value: true });
    expect(parseYesNo('Y - admitted')).toEqual({ ok: true, value: true });
    expect(parseYesNo('N - never admitted')).toEqual({ ok: true, value: false });
  });
  it('still reads "N/A" as not answered, not as "N"', () =>
    expect(parseYesNo('N/A')).toMatchObject({ ok: false, problem: { code: 'yes-no.not-given' } }));
  it('keeps a word starting with y or n a problem ("nope sure", "yay")', () => {
    expect(parseYesNo('yay').ok).toBe(false);
    expect(parseYesNo('nausea').ok).toBe(false);
  });
  it('reads "Not a candidate - diabetes" as yes when the question is "not a candidate?"', () =>
    expect(parseYesNo('Not a candidate - diabetes', undefined, NOT_A_CANDIDATE)).toEqual({ ok: true, value: true }));
  it('reads "Patient is not a candidate" as yes, and keeps "Not a candidate? No" (words and answer disagree) a problem', () => {
    expect(parseYesNo('Patient is not a candidate', undefined, NOT_A_CANDIDATE)).toEqual({ ok: true, value: true });
    expect(parseYesNo('Not a candidate? No', undefined, NOT_A_CANDIDATE).ok).toBe(false);
  });
  it('keeps "Not a candidate - diabetes" a problem where the question is another', () =>
    expect(parseYesNo('Not a candidate - diabetes')).toMatchObject({ ok: false, problem: { code: 'yes-no.unknown' } }));
});

describe('parseYesNo: as typed, round 8', () => {
  it.each(['unknown', 'Unknown.', 'unk', 'not known'])('reads "%s" as not answered', (text) =>
    expect(parseYesNo(text)).toMatchObject({ ok: false, problem: { code: 'yes-no.not-given' } }),
  );
});
