import { fail, requote, type Parsed } from './result';
import { fold, quote } from './quote';

/**
 * The EHR's label pasted before a value: one to four words ending in a colon ("DOB:", "Date of
 * birth:", "Wt.:", "Member ID #:", "CRP (mg/L):"). Group 1 the label, 2 the value. A label's words
 * hold no digits, so a time ("10:30") or a date-time is none.
 */
const LABEL = /^([a-z][a-z#.,/()'-]*(?:\s+[a-z#.,/()'-]+){0,3})\s*:\s*(\S.*)/is;

/**
 * Labels we know, each with the others naming the same thing (lower case, without what is in
 * parentheses nor anything but letters): a value labelled as another field's is a problem, not
 * silently read. A label not listed is just taken off.
 */
const KNOWN = 'dob dateofbirth birthdate|wt weight|dose dosage|units billingunits|memberid member|npi|hcpcs|ndc|crp hscrp|esr|ferritin'
  .split('|')
  .map((g) => g.split(' '));

/**
 * `parse` reading the value after a label, the one place every structured field (dates, numbers,
 * codes, IDs; not free text) reads it: "DOB: 08/22/1990" reads as "08/22/1990". `own` names the
 * field in words holding one of its known labels ("dob", "the dose", "the CRP result", any case);
 * a known label naming something else ("Weight: 150" where the dose goes) is a problem. Messages
 * quote the whole text, label and all. A unit in the label ("CRP (mg/L): 24") is the normalizer's
 * to read (`quantityField`): it reads as a unit chosen beside the value.
 */
export const labelled =
  <T>(parse: (s: string) => Parsed<T>, own = '') =>
  (text: string): Parsed<T> => {
    const [, label = '', value = text] = LABEL.exec(fold(text)) ?? [];
    const key = label.replace(/\(.*|\W/g, '').toLowerCase();
    if (KNOWN.some((g) => g.includes(key) && !g.some((w) => own.toLowerCase().includes(w)))) {
      return fail('label.other', `${quote(text)} is labelled for another field.`);
    }
    const r = parse(value);
    return r.ok ? r : requote(r.problem, value, text);
  };
