import { NO_DATE } from './date';
import { empty, fail, NOT_GIVEN, ok, type Parsed } from './result';
import { fold, quote } from './quote';

const YES = new Set(['yes', 'y', 'true', 't', 'checked', 'on', '1', 'x', '✓', '✔', 'ja', 'si', 'sí']);
const NO = new Set(['no', 'n', 'false', 'f', 'unchecked', 'off', '0', 'none']);
/** An answer that answers nothing: the question does not apply. */
const NOT_APPLICABLE = /^(?:n\/?a|not applicable|not relevant)\.?$/;
/** Words that turn a sentence naming the thing around ("allopurinol stopped", "not on allopurinol"). */
const NEGATED =
  /\b(?:no|not|never|none|stopped|discontinued|d\/c|declined|refused|held|failed|intoleran\w*|allerg\w*|contraindicated|without)\b|n't\b|\?/;

/**
 * A yes/no answer from a text, select or checkbox value. A leading "Yes"/"No" decides it, so
 * "Yes - documented in notes" is yes. `affirms` names what makes a sentence a yes for this
 * question ("Allopurinol 300 mg daily" for urate-lowering therapy, "Hospitalized 06/2026" for a
 * hospitalization), read only when nothing in it says no. `restates` names the question's own
 * words, which answer yes ("Not a candidate - diabetes" to "not a candidate for corticosteroids?")
 * unless a no follows them. "Y (10/2026)" and "N - never" read as their letter. "N/A" or "unknown" answers
 * nothing (`yes-no.not-given`).
 */
export function parseYesNo(text: string, affirms?: RegExp, restates?: RegExp): Parsed<boolean> {
  const s = fold(text).toLowerCase();
  if (s === '') return empty('yes-no');
  if (YES.has(s)) return ok(true);
  if (NO.has(s)) return ok(false);
  // nor does one that says it is not known ("unknown", "unk", "pending")
  if (NOT_APPLICABLE.test(s) || NO_DATE.test(s)) return fail(`yes-no.${NOT_GIVEN}`, `${quote(text)}: not answered.`);
  const first = /^(yes|no)\b/.exec(s) ?? LETTER_FIRST.exec(s);
  if (first) return ok(first[1]?.[0] === 'y');
  const restated = restates?.exec(s);
  // the question's own words as the answer ("Not a candidate - diabetes") say yes, unless a no follows
  if (restated && !/^\W*(?:no?|false)\b/.test(s.slice(restated[0].length))) return ok(true);
  if (affirms?.test(s) && !NEGATED.test(s)) return ok(true);
  return fail('yes-no.unknown', `${quote(text)}: answer yes or no.`);
}

/** "Y" or "N" with a note after it: "Y (10/2026)", "N - never admitted", "Y 10/2026" (not "n/a"). */
const LETTER_FIRST = /^(y|n)(?=\s*[(:,;–—-]|\s+\d)/;
