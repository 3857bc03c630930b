import { fail, ok, type Parsed } from './result';
import { fold, quote } from './quote';

const YES = new Set(['yes', 'y', 'true', 't', 'checked', 'on', '1', 'x', '✓', '✔', 'ja', 'si', 'sí']);
const NO = new Set(['no', 'n', 'false', 'f', 'unchecked', 'off', '0', 'none']);

/**
 * A yes/no answer from a text, select or checkbox value. A leading "Yes"/"No" decides it, so
 * "Yes - documented in notes" is yes.
 */
export function parseYesNo(text: string): Parsed<boolean> {
  const s = fold(text).toLowerCase();
  if (s === '') return fail('yes-no.empty', 'Nothing entered.');
  if (YES.has(s)) return ok(true);
  if (NO.has(s)) return ok(false);
  const first = /^(yes|no)\b/.exec(s);
  if (first) return ok(first[1] === 'yes');
  return fail('yes-no.unknown', `${quote(text)}: answer yes or no.`);
}
