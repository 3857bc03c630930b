import { empty, fail, ok, type Parsed } from './result';
import { fold, quote, squash } from './quote';

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
  [/^(?:(?:physicians?|doctors?|providers?|prescribers?|md|medical) )?office(?: ?\/ ?clinic)?$/, '11'],
  [/^(?:(?:patients?|pts?|members?) )?home(?: infusion)?$/, '12'],
  [/^assisted living(?: facility)?$/, '13'],
  [new RegExp(`^(?:off ?campus ${OUTPATIENT_HOSPITAL}|${OUTPATIENT_HOSPITAL} off ?campus)$`), '19'],
  [/^(?:inpatient hospital|hospital inpatient)$/, '21'],
  [new RegExp(`^(?:on ?campus ${OUTPATIENT_HOSPITAL}|${OUTPATIENT_HOSPITAL} on ?campus)$`), '22'],
  [/^(?:skilled nursing facility|snf)$/, '31'],
  [/^nursing facility$/, '32'],
  [/^independent clinic$/, '49'],
];

/**
 * Names that fit several codes, and the codes each may be: a clinic is in a physician's office
 * (11) or a hospital's outpatient department (19, 22); an infusion center also stands alone (49,
 * independent clinic); an outpatient hospital is off (19) or on (22) campus.
 */
const AMBIGUOUS: [RegExp, string[]][] = [
  [new RegExp(`^(?:${OUTPATIENT_HOSPITAL}(?: infusion| clinic)?|hospital (?:infusion|clinic))(?: center| suite)?$`), ['19', '22']],
  [/^hospital$/, ['19', '21', '22']],
  [/^(?:ambulatory |outpatient )?infusion (?:center|centre|suite|clinic)$/, ['11', '19', '22', '49']],
  [/^(?:[a-z]+ )?clinic$/, ['11', '19', '22']],
];

/** The codes an ambiguous name may be, named in messages. */
const CODE_NAMES: Record<string, string> = {
  '11': 'office',
  '19': 'off-campus outpatient hospital',
  '21': 'inpatient hospital',
  '22': 'on-campus outpatient hospital',
  '49': 'independent clinic',
};

/** "At the patient's home" → "patients home", "Off Campus-Outpatient Hospital" → "off campus outpatient hospital". */
const placeName = (lowered: string): string =>
  lowered
    .replace(/\([^)]*\)/g, ' ')
    .replace(/['’]/g, '')
    .replace(/[-–,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:at|in) (?:the )?/, '');

/**
 * The codes a place written by name may be ("Rheumatology clinic": 11, 19 or 22); empty when the
 * name is no place or names one code. For a pack's rule to judge a place `parsePlaceOfService`
 * leaves open (problem `pos.ambiguous`).
 */
export function placeCandidates(text: string): string[] {
  const name = placeName(squash(fold(text).toLowerCase()));
  return AMBIGUOUS.find(([re]) => re.test(name))?.[1] ?? [];
}

/**
 * A CMS place-of-service code: "11", "11 - Office", "POS 11", "Office - POS 11", "Office" → "11";
 * a note in brackets is ignored ("Home (self-injected after training)" is 12). Any two-digit
 * code 01–99 is accepted as typed. A name that fits several codes ("Rheumatology clinic",
 * "Infusion center", "Hospital outpatient") is `pos.ambiguous`: `placeCandidates` says which.
 */
export function parsePlaceOfService(text: string): Parsed<string> {
  const s = squash(fold(text).toLowerCase());
  if (s === '') return empty('pos');
  const coded =
    /^(?:pos:? ?)?(\d{1,3})(?:$|\s*[-–:()]|\s+[a-z])/.exec(s) ??
    /\((?:pos:? ?)?(\d{2})\)$/.exec(s) ??
    /[\s(,–-]pos:? ?#? ?(\d{2})\)?$/.exec(s);
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
  const codes = placeCandidates(text).map((c) => `${c} (${CODE_NAMES[c] ?? ''})`);
  if (codes.length > 0) {
    const last = codes.pop() ?? '';
    return fail('pos.ambiguous', `${quote(text)} may be place of service ${codes.join(', ')} or ${last}; enter the code.`);
  }
  return fail('pos.unknown', `${quote(text)}: enter the two-digit place-of-service code, e.g. 11 for an office.`);
}
