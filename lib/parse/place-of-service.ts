import { fail, ok, type Parsed } from './result';
import { fold, quote } from './quote';

/** Names of the places of service an Ilaris injection is given in (CMS POS code set). */
const POS_NAMES: [RegExp, string][] = [
  [/^(physician'?s? |doctor'?s? |provider'?s? |prescriber'?s? )?office$/, '11'],
  [/^home$/, '12'],
  [/^off[- ]?campus[- ]*(outpatient hospital|hospital outpatient)$/, '19'],
  [/^on[- ]?campus[- ]*(outpatient hospital|hospital outpatient)$/, '22'],
];

/**
 * A CMS place-of-service code: "11", "11 - Office", "POS 11", "Office" → "11". Any two-digit
 * code 01–99 is accepted as typed; a bare "outpatient hospital" is ambiguous (19 or 22).
 */
export function parsePlaceOfService(text: string): Parsed<string> {
  const s = fold(text).toLowerCase().replace(/\s+/g, ' ');
  if (s === '') return fail('pos.empty', 'Nothing entered.');
  const coded = /^(?:pos:? ?)?(\d{1,3})(?:$|\s*[-–:)]|\s+[a-z])/.exec(s) ?? /\((?:pos:? ?)?(\d{2})\)$/.exec(s);
  if (coded) {
    const digits = coded[1] ?? '';
    if (digits.length === 3 || digits === '0' || digits === '00') {
      return fail('pos.code', `${quote(text)}: a place-of-service code is two digits, e.g. 11 for an office.`);
    }
    return ok(digits.padStart(2, '0'));
  }
  const name = s.replace(/[-–]/g, ' ').replace(/\s+/g, ' ').trim();
  for (const [re, code] of POS_NAMES) {
    if (re.test(name) || re.test(s)) return ok(code);
  }
  if (/outpatient hospital|hospital outpatient|hopd/.test(s)) {
    return fail('pos.ambiguous', `${quote(text)}: choose 19 (off-campus outpatient hospital) or 22 (on-campus outpatient hospital).`);
  }
  return fail('pos.unknown', `${quote(text)}: enter the two-digit place-of-service code, e.g. 11 for an office.`);
}
