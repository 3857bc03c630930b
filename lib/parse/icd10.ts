import type { Icd10 } from '@/lib/form/schema';
import { empty, fail, ok, type Parsed } from './result';
import { fold, quote } from './quote';

/**
 * An ICD-10-CM code, with or without the dot, any case: "m061", "M06.1 " → `M06.1`.
 * Checks the structure only (letter, digit, letter-or-digit, then up to 4 more); whether a code
 * is billable or a header is the policy pack's business. `placeholder` marks an X standing in
 * for characters the code does not have ("M08.2X"): X is a real placeholder only as padding
 * before a 7th character, as in "M1A.0XX0".
 */
export function parseIcd10(text: string): Parsed<Icd10> {
  // an asterisk after a code with its subcategory ("M04.1*", "K51.90*") is a problem list's mark, not a wildcard
  const s = fold(text)
    .toUpperCase()
    .replace(/\s+/g, '')
    .replace(/^([A-Z]\d[A-Z\d]\.?[A-Z\d]+)\*$/, '$1');
  if (s === '') return empty('icd10');
  if ((/[A-Z]{4,}/.test(s) && !/^[A-Z]\d/.test(s)) || /^[A-Z]{2,3}$/.test(s)) {
    return fail('icd10.not-a-code', `${quote(text)} is a name, not an ICD-10 code; enter the code, e.g. M06.1.`);
  }
  if (/[-*?]$/.test(s) || s.includes('*')) {
    return fail('icd10.wildcard', `${quote(text)} names a family of codes, not a code; choose the specific billable code.`);
  }
  const dot = s.indexOf('.');
  if (dot !== -1 && (dot !== 3 || s.indexOf('.', dot + 1) !== -1)) {
    return fail('icd10.dot', `${quote(text)}: the dot goes after the third character, e.g. M06.1.`);
  }
  const bare = s.replace('.', '');
  if (/[^A-Z0-9]/.test(bare)) {
    return fail('icd10.characters', `${quote(text)}: an ICD-10 code has only letters and digits, e.g. M06.1.`);
  }
  if (!/^[A-Z]/.test(bare)) {
    return fail('icd10.first', `${quote(text)}: an ICD-10 code starts with a letter, e.g. M06.1.`);
  }
  if (bare.length < 3) {
    return fail('icd10.length', `${quote(text)} is too short; an ICD-10 code has at least 3 characters, e.g. M06.1.`);
  }
  if (!/^[A-Z]\d/.test(bare)) {
    const hint = bare[1] === 'O' ? ' (the letter O typed for a zero?)' : '';
    return fail('icd10.second', `${quote(text)}: the second character must be a digit${hint}.`);
  }
  if (bare[2] === 'O') {
    return fail(
      'icd10.third',
      `${quote(text)}: the third character is the letter O, which no ICD-10-CM code has there (a zero typed as O?).`,
    );
  }
  if (bare.length > 7) {
    return fail('icd10.length', `${quote(text)} is too long; an ICD-10-CM code has at most 7 characters.`);
  }
  const category = bare.slice(0, 3);
  const tail = bare.slice(3);
  const code = tail ? `${category}.${tail}` : category;
  const placeholder = bare.length < 7 && tail.includes('X');
  return ok({ code, category, placeholder });
}

/** A token shaped like a code, right or mistyped ("M06.1", "m061", "MO6.1", "M1O.9"): it has a digit
 *  or a dot, so a word such as "Gout", "foot" or "COPD" (an O where a zero would go) is not one. */
const isCodeLike = (token: string): boolean => /^[A-Za-z][\dOo][A-Za-z\d]?\.?[A-Za-z\d]{0,4}$/.test(token) && /[\d.]/.test(token);

/** A word of a code's description ("Adult-onset", "Still's", "RA", "Dx:") or a dash between code and name. */
const isDescriptionWord = (token: string): boolean =>
  /^[-–—:]+$/.test(token) || (!isCodeLike(token) && (/\p{L}{3,}|'/u.test(token) || /^\p{L}{1,2}[.:]?$/u.test(token)));

/** A separator of columns or lines, as EHR tables paste them: the words after it are the code's. */
const COLUMN_BREAK = /^[|\s]+$/;

/** A space after a code's dot or in its place, as fax OCR reads "M04.2" ("M04. 2", "M04 2"): the digits after it are the code's. */
const SPACE_AFTER_DOT = /(?<![\w.])([A-Z]\d[A-Z\d])\.? +(?=\d\w{0,3}\b(?![.)]))/gi;

/** Epic's hierarchical-condition-category marker after a problem's name: "(HCC)", "(CMS/HCC)". */
const HCC = /\((?:(?:CMS|HHS)\s*[/-]\s*)?HCC\)/gi;

/**
 * One entry per code in "M06.1, M04.1; E85.0" (commas, semicolons, slashes, spaces, new
 * lines, "and", "&", bullets; a list's numbers "1." and "2)" and a full stop after a code are dropped). A description after a code, as dropdowns show it ("M06.1 - Adult-onset
 * Still's disease"), is dropped, with the rest of it after a comma or a slash (the official
 * titles have both: "K50.90 - Crohn's disease, unspecified, without complications", "w/o",
 * "M10.072 Idiopathic gout, left ankle and foot"); so is a description before the code
 * ("Rheumatoid arthritis (M06.9)", Epic's "Gout (HCC) [M10.9]"), with the pieces of its title
 * cut at commas when they go on in lower case ("Gout, unspecified - M10.9", "Chronic kidney
 * disease, stage 2 (mild) [N18.2]"), and a label ("ICD-10: M05.79"), and one on the next line or
 * in the next column of a pasted table ("M04.2\nCryopyrin-associated periodic syndromes",
 * "M04.1 | Periodic fever syndromes"). A description alone, or a name after a comma that may be
 * a second diagnosis ("M06.1, Gout"), is kept, so it gets a problem instead of vanishing. The
 * words beside a code come back as its `description`, so a pack can tell which of a code's
 * conditions was meant ("M04.1 TRAPS").
 */
export function parseIcd10List(text: string): { raw: string; result: Parsed<Icd10>; description?: string }[] {
  let describing = false;
  type Piece = { raw: string; description?: string };
  // the last code of the chunk before, which a description in the next line or column belongs to
  let before: Piece | undefined;
  // a description with no code yet, which the next pieces of its title may lead to a code
  let pending: { piece: Piece; words: string } | undefined;
  const parts = fold(text)
    .replace(HCC, ' ')
    .replace(SPACE_AFTER_DOT, '$1.')
    // a hyphen or a bracket right against a code and its name: "M04.1-Periodic fever", "M04.1(TRAPS)", "FMF-M04.1"
    .replace(/(\b[A-Z]\d[A-Z\d](?:\.[A-Z\d]{1,4})?)([-(])(?=\p{L})|(\p{L}{2})-(?=[A-Z]\d[A-Z\d]\b)/giu, '$1$3 $2 ')
    .split(/([,;|/\n•·▪]+|\s(?:and|&|\+)\s)/i);
  return parts
    .flatMap((chunk, i): Piece[] => {
      if (i % 2 === 1) return [];
      const separator = parts[i - 1] ?? '';
      const tokens = chunk
        .split(/\s+/)
        // brackets round a code, a full stop after it; a list's number before it ("1. M04.1") is no code
        .filter((t) => !/^\d\d?[.)]$/.test(t))
        .map((t) => t.replace(/^[([]+|[)\].]+$/g, ''))
        .filter((t) => t !== '');
      if (tokens.length === 0) return [];
      const codes = tokens.filter(isCodeLike);
      const firstWord = tokens.findIndex(isDescriptionWord);
      const words = tokens.filter((t) => !isCodeLike(t) && !/^[-–—:]+$/.test(t)).join(' ');
      // a title goes on after its comma in lower case: "Crohn's disease, unspecified, without complications - K50.90"
      // or after its slash: "HIDS/MKD - M04.1", "Gout/M10.9"
      const goesOn =
        pending && (separator === '/' || (separator === ',' && firstWord === 0 && /^\s*\p{Ll}/u.test(chunk))) ? pending : undefined;
      pending = goesOn;
      // a piece of the description before it, cut off at its comma or slash
      if (describing && codes.length === 0) {
        if (goesOn) goesOn.words = `${goesOn.words}, ${words}`;
        return [];
      }
      // or after its slash: "M04.2/CAPS"
      if (firstWord === 0 && codes.length === 0 && before && (COLUMN_BREAK.test(separator) || separator === '/')) {
        before.description = before.description ? `${before.description}, ${words}` : words;
        return [];
      }
      describing = firstWord !== -1 && !isCodeLike(tokens[tokens.length - 1] ?? '');
      let pieces: Piece[];
      // the title's first pieces are this code's, not a name of their own
      if (goesOn && codes.length > 0) goesOn.piece.raw = '';
      if (firstWord === -1) pieces = tokens.map((raw) => ({ raw, ...(goesOn && { description: goesOn.words }) }));
      else if (firstWord > 0) pieces = tokens.slice(0, firstWord).map((raw) => ({ raw, description: words }));
      else if (codes.length > 0) {
        pieces = codes.map((raw) => ({ raw, description: goesOn ? `${goesOn.words}, ${words}` : words }));
      } else {
        const piece = { raw: chunk.trim() };
        pieces = [piece];
        // a title as EHRs print it starts in upper case; typed all in lower case, a name may be a diagnosis of its own
        if (/^\p{Lu}/u.test(piece.raw)) pending = { piece, words };
      }
      before = pieces.findLast((p) => isCodeLike(p.raw));
      return pieces;
    })
    .filter(({ raw }) => raw !== '')
    .map(({ raw, description }) => ({ raw, result: parseIcd10(raw), ...(description ? { description } : {}) }));
}
