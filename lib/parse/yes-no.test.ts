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
  it('rejects empty input', () => expect(parseYesNo('')).toMatchObject({ ok: false, problem: { code: 'yes-no.empty' } }));
});
