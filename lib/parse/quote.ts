/** Quote what was typed in a message: trimmed, shortened so a pasted paragraph stays readable. */
export function quote(text: string): string {
  const t = squash(text);
  return `"${t.length > 40 ? `${t.slice(0, 37)}...` : t}"`;
}

/** Runs of white space (line breaks and tabs too) as one space, and none at either end. */
export const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Invisible format characters a spreadsheet or web page pastes along (zero-width space and (non-)joiners, the
 *  left-to-right and right-to-left marks Windows puts around a copied date, BOM, word joiner, soft hyphen), and a
 *  trade mark sign, which NFKC would spell "TM" against the name ("Ilaris™"): nobody typed them as part of the value,
 *  and they would split what was typed. */
const INVISIBLE = /[\u00AD\u200B-\u200F\u2060\u2122\uFEFF]/g;

/** Fold look-alike characters (full-width digits, no-break spaces; the hyphens, figure dash and minus sign a word
 *  processor or a lab system types for "-") to plain ASCII forms, and drop invisible ones. */
export function fold(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .normalize('NFKC')
    .replace(/[\u2010-\u2012\u2212]/g, '-')
    .trim();
}

/** Bidirectional controls in quoted text would reorder what surrounds it (an RLO typed into a
 *  field turns the rest of a message around); our own texts never contain any. */
const BIDI_CONTROLS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export const stripBidi = (text: string): string => text.replace(BIDI_CONTROLS, '');
