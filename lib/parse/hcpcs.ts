import { ok, type Parsed } from './result';
import { fold } from './quote';

/** A HCPCS Level II code: a letter and four digits. */
export const HCPCS = /^[A-Z]\d{4}$/;

/**
 * The HCPCS code at the front of what was typed, upper case: "j0638", "J0638 x 280 units", a
 * dropdown's "J0638 - Injection, canakinumab, 1 mg", and "J 0638" as fax OCR splits it or "J-0638"
 * with a hyphen → J0638.
 * Anything else comes back upper case without spaces ("j 0638x" → J0638X), for a rule to judge
 * against the drug's code; `HCPCS` tells a code from it.
 */
export function parseHcpcs(text: string): Parsed<string> {
  const s = fold(text).toUpperCase();
  return ok(/^[A-Z][ -]?\d{4}(?![A-Z\d])/.exec(s)?.[0].replace(/[ -]/, '') ?? s.replace(/\s+/g, ''));
}
