import type { Indication } from './indications';
import { fail, ok, type Parsed } from '@/lib/parse/result';
import { fold, quote } from '@/lib/parse/quote';

/**
 * Phrases for each Ilaris indication, matched as whole words in lower-cased text with
 * apostrophes dropped and punctuation turned into spaces. Order matters: the systemic-JIA
 * phrases are tried before plain "still disease", which is read as adult-onset Still's unless
 * the code or the patient's age says systemic JIA (`stillsUnspecified`, codes.ts).
 */
const PHRASES: [Indication, RegExp][] = [
  ['SJIA', /\b(sjia|sojia|systemic (onset )?(jia|juvenile)|juvenile (idiopathic arthritis )?systemic|juvenile still)/],
  ['AOSD', /\b(aosd|adult onset stills?|stills( disease)?|still disease)\b/],
  ['CAPS', /\b(caps|cryopyrin|fcas|familial cold|mws|muckle)/],
  ['FMF', /\b(fmf|familial mediterranean)/],
  ['TRAPS', /\b(traps|tnf receptor associated|tumor necrosis factor receptor associated)/],
  ['HIDS', /\b(hids|mkd|hyper igd|hyperimmunoglobulin d|mevalonate kinase)/],
  ['GOUT', /\b(gout|gouty)/],
];

const words = (text: string): string =>
  fold(text)
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * Whether the text names Still's disease without saying which: the label's "Still's disease"
 * covers adult-onset Still's (AOSD) and systemic JIA, so the code (M06.1 or M08.2-) decides.
 */
export function stillsUnspecified(text: string): boolean {
  const parsed = parseIndication(text);
  return parsed.ok && parsed.value === 'AOSD' && !/\b(aosd|adult onset)\b/.test(words(text));
}

/** An indication chosen or typed: "Still's disease" → AOSD, "SJIA" → SJIA, "MWS" → CAPS. */
export function parseIndication(text: string): Parsed<Indication> {
  const s = words(text);
  if (s === '') return fail('indication.empty', 'Nothing entered.');
  const found = PHRASES.filter(([, re]) => re.test(s)).map(([ind]) => ind);
  // "systemic JIA (Still's disease)" names both; the systemic-JIA phrase is the specific one.
  const distinct = found.includes('SJIA') ? found.filter((i) => i !== 'AOSD') : found;
  if (distinct.length === 1 && distinct[0]) return ok(distinct[0]);
  if (distinct.length > 1) {
    return fail('indication.several', `${quote(text)} names more than one condition (${distinct.join(', ')}); choose one.`);
  }
  if (/periodic fever/.test(s)) {
    return fail('indication.periodic-fever', `${quote(text)}: say which periodic fever syndrome: FMF, TRAPS or HIDS/MKD.`);
  }
  return fail(
    'indication.unknown',
    `${quote(text)} is not an Ilaris indication (CAPS, TRAPS, HIDS/MKD, FMF, Still's disease, gout flares).`,
  );
}
