import { fail, ok, type Parsed } from './result';
import { fold, quote } from './quote';

/** Claim-line modifiers, "JW, JZ" or "jw jz" → ["JW", "JZ"]; each is two letters or digits. */
export function parseModifiers(text: string): Parsed<string[]> {
  const pieces = fold(text)
    .toUpperCase()
    .split(/[\s,;/|+]+/)
    .filter((p) => p !== '');
  const bad = pieces.find((p) => !/^[A-Z0-9]{2}$/.test(p));
  if (bad !== undefined) {
    return fail('modifiers.format', `${quote(text)}: "${bad}" is not a modifier; modifiers are two characters, e.g. JW or JZ.`);
  }
  return ok(pieces);
}
