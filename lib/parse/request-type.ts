import type { RequestType } from '@/lib/form/constants';
import { fail, ok, type Parsed } from './result';
import { fold, quote } from './quote';

/** "New authorization request" → new; "Extension of existing authorization", "renewal" → continuation. */
export function parseRequestType(text: string): Parsed<RequestType> {
  const s = fold(text).toLowerCase();
  if (s === '') return fail('request-type.empty', 'Nothing entered.');
  if (/\b(extension|extend|continuation|continue|continuing|renewal|renew|re-?auth\w*|recertification|existing)\b/.test(s)) {
    return ok('continuation');
  }
  if (/\b(new|initial|first)\b/.test(s)) return ok('new');
  return fail('request-type.unknown', `${quote(text)}: say whether this is a new request or a continuation.`);
}
