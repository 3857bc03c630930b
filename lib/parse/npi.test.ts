import { describe, expect, it } from 'vitest';
import { npiCheckDigit, parseNpi } from './npi';

/** Standard Luhn validation of a whole number, written independently of npiCheckDigit. */
function luhnValid(num: string): boolean {
  const sum = num
    .split('')
    .reverse()
    .map(Number)
    .reduce((acc, d, i) => acc + (i % 2 === 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d), 0);
  return sum % 10 === 0;
}

describe('parseNpi', () => {
  it('accepts the CMS example 1234567893', () => expect(parseNpi('1234567893')).toEqual({ ok: true, value: '1234567893' }));
  it('accepts spaces and hyphens', () => expect(parseNpi('123-456 7893')).toEqual({ ok: true, value: '1234567893' }));
  it('ignores a pasted "NPI:" label', () => expect(parseNpi('NPI: 1234567893')).toEqual({ ok: true, value: '1234567893' }));
  it('accepts 1000000004', () => expect(parseNpi('1000000004').ok).toBe(true));
  it('accepts 1987654328', () => expect(parseNpi('1987654328').ok).toBe(true));
  it('rejects a mistyped digit by the check digit', () => {
    const r = parseNpi('1234567894');
    expect(r).toMatchObject({ ok: false, problem: { code: 'npi.check-digit' } });
  });
  it('rejects two swapped digits', () => expect(parseNpi('1234567839')).toMatchObject({ ok: false, problem: { code: 'npi.check-digit' } }));
  it('says how many digits were typed', () => {
    const r = parseNpi('123456789');
    expect(r).toMatchObject({ ok: false, problem: { code: 'npi.length' } });
    if (!r.ok) expect(r.problem.message).toContain('has 9 digits; an NPI has 10');
  });
  it('rejects 11 digits', () => expect(parseNpi('12345678931')).toMatchObject({ ok: false, problem: { code: 'npi.length' } }));
  it('rejects letters', () => expect(parseNpi('12345678A3')).toMatchObject({ ok: false, problem: { code: 'npi.characters' } }));
  it('rejects empty input', () => expect(parseNpi('')).toMatchObject({ ok: false, problem: { code: 'npi.empty' } }));
  it('reads an NPI with a zero-width space or a BOM pasted from a spreadsheet', () => {
    expect(parseNpi('1234567893\u200b')).toEqual({ ok: true, value: '1234567893' });
    expect(parseNpi('\ufeff1234567893')).toEqual({ ok: true, value: '1234567893' });
  });
  it('still rejects a visible character beside the NPI', () =>
    expect(parseNpi('1234567893*')).toMatchObject({ ok: false, problem: { code: 'npi.characters' } }));
});

describe('npiCheckDigit', () => {
  it('computes 3 for 123456789', () => expect(npiCheckDigit('123456789')).toBe(3));
  it('agrees with a standard Luhn check over 80840 + the NPI', () => {
    for (const first9 of ['123456789', '100000000', '198765432', '299999999', '155555555']) {
      const d = npiCheckDigit(first9);
      expect(luhnValid(`80840${first9}${d}`)).toBe(true);
      expect(luhnValid(`80840${first9}${((d ?? 0) + 1) % 10}`)).toBe(false);
    }
  });
  it('gives null for 8 digits', () => expect(npiCheckDigit('12345678')).toBeNull());
});

describe('parseNpi: as typed, round 8', () => {
  it.each(['NPI: 1234567893', 'NPI# 1234567893', '1234-567-893', '1234567893 (individual)', 'NPI 1234567893 (Type 1)'])(
    'reads "%s"',
    (text) => expect(parseNpi(text)).toEqual({ ok: true, value: '1234567893' }),
  );
  it('still checks the digits before a note', () =>
    expect(parseNpi('1234567890 (individual)')).toMatchObject({ ok: false, problem: { code: 'npi.check-digit' } }));
});

describe('parseNpi: as typed, round 9', () => {
  it.each([
    '1234\u2011567\u2011893',
    '1234\u2212567\u2212893',
    '1234567893'.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
  ])('reads %j with hyphen look-alikes or full-width digits', (text) => expect(parseNpi(text)).toEqual({ ok: true, value: '1234567893' }));
  it.each(['1234567893\nDr. A. Nguyen', '1234567893 - Dr. Patel', 'NPI: 1234567893 / TIN: 12-3456789', '1234567893, DEA AB1234563'])(
    'reads the NPI before a name or another ID: %j',
    (text) => expect(parseNpi(text)).toEqual({ ok: true, value: '1234567893' }),
  );
  it('still checks the digit before a name or another ID', () => {
    expect(parseNpi('1234 5678 94\nDr. Patel')).toMatchObject({ ok: false, problem: { code: 'npi.check-digit' } });
    expect(parseNpi('1543210988 / TIN 98-7654321')).toMatchObject({ ok: false, problem: { code: 'npi.check-digit' } });
  });
  it('keeps two numbers a problem', () => expect(parseNpi('1234567893 / 1987654328').ok).toBe(false));
});
