import { fail, ok, type Parsed } from './result';
import { fold, quote } from './quote';

const OUTPATIENT_HOSPITAL = '(?:outpatient hospital|hospital outpatient(?: department)?|hopd)';

/**
 * The places a drug is given in, as staff write them, each naming exactly one CMS
 * place-of-service code (CMS POS code set: 11 Office, 12 Home, 13 Assisted Living Facility,
 * 19 Off Campus-Outpatient Hospital, 21 Inpatient Hospital, 22 On Campus-Outpatient Hospital,
 * 31 Skilled Nursing Facility, 32 Nursing Facility, 49 Independent Clinic). Matched against the
 * name in lower case without apostrophes, hyphens or a leading "at"/"in". Names that fit several
 * codes ("clinic", "infusion center", "hospital") are left for the code.
 */
const POS_NAMES: [RegExp, string][] = [
  [/^(?:(?:physicians?|doctors?|providers?|prescribers?|md|medical) )?office$/, '11'],
  [/^(?:(?:patients?|pts?|members?) )?home(?: infusion)?$/, '12'],
  [/^assisted living(?: facility)?$/, '13'],
  [new RegExp(`^(?:off ?campus ${OUTPATIENT_HOSPITAL}|${OUTPATIENT_HOSPITAL} off ?campus)$`), '19'],
  [/^(?:inpatient hospital|hospital inpatient)$/, '21'],
  [new RegExp(`^(?:on ?campus ${OUTPATIENT_HOSPITAL}|${OUTPATIENT_HOSPITAL} on ?campus)$`), '22'],
  [/^(?:skilled nursing facility|snf)$/, '31'],
  [/^nursing facility$/, '32'],
  [/^independent clinic$/, '49'],
];

/** "At the patient's home" → "patients home", "Off Campus-Outpatient Hospital" → "off campus outpatient hospital". */
const placeName = (lowered: string): string =>
  lowered
    .replace(/['’]/g, '')
    .replace(/[-–,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:at|in) (?:the )?/, '');

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
  const name = placeName(s);
  const named = POS_NAMES.find(([re]) => re.test(name));
  if (named) return ok(named[1]);
  if (/outpatient hospital|hospital outpatient|hopd/.test(s)) {
    return fail('pos.ambiguous', `${quote(text)}: choose 19 (off-campus outpatient hospital) or 22 (on-campus outpatient hospital).`);
  }
  return fail('pos.unknown', `${quote(text)}: enter the two-digit place-of-service code, e.g. 11 for an office.`);
}
