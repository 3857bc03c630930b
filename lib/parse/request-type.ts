import type { RequestType } from '@/lib/form/constants';
import { empty, fail, NOT_GIVEN, ok, type Parsed } from './result';
import { fold, quote } from './quote';

/**
 * "New authorization request" → new; "Extension of existing authorization", "renewal", "Recert",
 * "Continued therapy", "Retreatment" (another dose after one that helped, as for a new gout flare) → continuation. An urgency ("Standard", "Urgent", "Expedited") or a
 * "Restart" / "Resubmission" does not say which (a restart after a lapse may have to meet the
 * initial criteria again): those answer nothing (`request-type.not-given`), not wrongly.
 */
export function parseRequestType(text: string): Parsed<RequestType> {
  const s = fold(text).toLowerCase();
  if (s === '') return empty('request-type');
  if (
    /\b(extension|extend|continuation|continue|continued|continuing|renewal|renew|re-?auth\w*|re-?cert\w*|re-?treat\w*|existing)\b/.test(s)
  ) {
    return ok('continuation');
  }
  if (/\b(new|initial|first)\b/.test(s)) return ok('new');
  if (/^(?:standard|routine|urgent|expedited|non-?urgent|restart\w*|re-?start\w*|resubmi\w*|re-?submi\w*)\b[\s\w()-]*$/.test(s)) {
    return fail(`request-type.${NOT_GIVEN}`, `${quote(text)} does not say whether this is a new request or a continuation.`);
  }
  return fail('request-type.unknown', `${quote(text)}: say whether this is a new request or a continuation.`);
}
