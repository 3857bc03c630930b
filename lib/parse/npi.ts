import { empty, fail, ok, type Parsed } from './result';
import { fold, quote } from './quote';

/**
 * The NPI check digit for 9 digits: Luhn over "80840" + the 9 digits (the CMS standard;
 * the prefix 80840 is the US health-industry issuer). null unless given 9 digits.
 */
export function npiCheckDigit(first9: string): number | null {
  if (!/^\d{9}$/.test(first9)) return null;
  const digits = `80840${first9}`;
  let sum = 0;
  // Doubling starts at the rightmost digit of the payload, since the check digit will follow it.
  for (let i = digits.length - 1, double = true; i >= 0; i--, double = !double) {
    let d = Number(digits[i]);
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** A 10-digit NPI (spaces and hyphens, a label before it and a note or a name after it tolerated) whose last digit checks out → the 10 digits. */
export function parseNpi(text: string): Parsed<string> {
  const s = fold(text)
    .replace(/^NPI\s*[#:]?/i, '')
    // a note after it: "1234567893 (individual)", the prescriber's name on the next line ("1234567893\nDr. A. Nguyen"),
    // another ID ("1234567893 / TIN: 12-3456789")
    .replace(/\([^()]*\)$|(?<=\d)\s*[/,;|-]?\s+[a-z].*$/is, '')
    .replace(/[\s-]/g, '');
  if (s === '') return empty('npi');
  if (/\D/.test(s)) return fail('npi.characters', `${quote(text)}: an NPI has only digits (10 of them).`);
  if (s.length !== 10) {
    return fail('npi.length', `${quote(text)} has ${s.length} digit${s.length === 1 ? '' : 's'}; an NPI has 10.`);
  }
  if (npiCheckDigit(s.slice(0, 9)) !== Number(s[9])) {
    return fail('npi.check-digit', `${quote(text)} is not a valid NPI: its check digit doesn't match, so a digit is probably mistyped.`);
  }
  return ok(s);
}
