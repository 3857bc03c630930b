import { quote } from './quote';

/** Every parser is total: it returns a value or a typed problem, and never throws. */
export interface Problem {
  /** Stable machine code, e.g. `date.impossible`, `ndc.length`, `quantity.not-a-number`. */
  code: string;
  /** Plain-language message for office staff that quotes what was typed. */
  message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: Problem };

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const fail = <T = never>(code: string, message: string): Parsed<T> => ({
  ok: false,
  problem: { code, message },
});

/** The problem of a field left empty: `date.empty`, "Nothing entered." */
export const empty = (field: string): Parsed<never> => fail(`${field}.empty`, 'Nothing entered.');

/**
 * The last part of a problem code (`yes-no.not-given`, `date.not-given`) for a text that answers
 * nothing: "N/A", "Unknown", "Urgent" typed for the request type. The normalizer reads such a
 * field as not filled in (no error; a rule that needs the value still says it is missing).
 */
export const NOT_GIVEN = 'not-given';

/** The problem with a part of what was typed, quoting all of it. */
export const requote = (problem: Problem, part: string, text: string): Parsed<never> =>
  fail(problem.code, problem.message.replace(quote(part), quote(text)));

export const isNotGiven = (problem: Problem): boolean => problem.code.endsWith(`.${NOT_GIVEN}`);
