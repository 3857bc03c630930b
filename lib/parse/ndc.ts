import type { Ndc } from '@/lib/form/schema';
import { empty, fail, ok, type Parsed } from './result';
import { fold, quote } from './quote';

type TenDigitLayout = '4-4-2' | '5-3-2' | '5-4-1';

/** 10-digit layout → 11-digit 5-4-2: the zero goes at the front of the short part. */
function to11(parts: [string, string, string], layout: TenDigitLayout): string {
  const [a, b, c] = parts;
  if (layout === '4-4-2') return `0${a}${b}${c}`;
  if (layout === '5-3-2') return `${a}0${b}${c}`;
  return `${a}${b}0${c}`;
}

/**
 * The three 11-digit NDCs an unhyphenated 10-digit NDC may stand for (4-4-2, 5-3-2, 5-4-1),
 * so a rule can match them against known product NDCs. Empty unless given exactly 10 digits.
 */
export function candidates11(digits10: string): { layout: TenDigitLayout; ndc11: string }[] {
  if (!/^\d{10}$/.test(digits10)) return [];
  const d = digits10;
  return [
    { layout: '4-4-2', ndc11: to11([d.slice(0, 4), d.slice(4, 8), d.slice(8)], '4-4-2') },
    { layout: '5-3-2', ndc11: to11([d.slice(0, 5), d.slice(5, 8), d.slice(8)], '5-3-2') },
    { layout: '5-4-1', ndc11: to11([d.slice(0, 5), d.slice(5, 9), d.slice(9)], '5-4-1') },
  ];
}

/** `00078073461` → `00078-0734-61`; null unless given 11 digits. */
export function formatNdc542(ndc11: string): string | null {
  if (!/^\d{11}$/.test(ndc11)) return null;
  return `${ndc11.slice(0, 5)}-${ndc11.slice(5, 9)}-${ndc11.slice(9)}`;
}

/** `00078073461` → `N400078073461`, the claim form's NDC with its N4 qualifier. */
export function formatNdcClaim(ndc11: string): string | null {
  return /^\d{11}$/.test(ndc11) ? `N4${ndc11}` : null;
}

/** en and em dashes and a horizontal bar typed between an NDC's parts (`fold` reads the hyphen look-alikes) */
const HYPHENS = /[\u2013-\u2015]/g;

/**
 * An NDC as typed: 11 digits with or without 5-4-2 hyphens, a hyphenated 10-digit NDC
 * (4-4-2, 5-3-2, 5-4-1) converted to 11 digits, or the claim form `N400078073461`.
 * Unhyphenated 10 digits keep `ndc11: null` (layout unknown; see `candidates11`).
 */
export function parseNdc(text: string): Parsed<Ndc> {
  // a fax's line break between digits parts nothing ("57894-00\n30-01")
  let s = fold(text.replace(/(?<=\d)[ \t]*\r?\n\s*(?=\d)/g, ''))
    .replace(HYPHENS, '-')
    .replace(/\s*-\s*/g, '-')
    .toUpperCase()
    // a pasted label ("NDC: 00078-0734-61", "NDC# ...") is not part of the number, nor a
    // description after it ("00078-0734-61 (150 mg/mL vial)")
    .replace(/^(?:.*[\s-])?NDC\s*[#:]?\s*(?=\d)/, '')
    .replace(/(\d)\s*\([^()]*\)$/, '$1')
    // nor a description after a whole NDC and a space ("00078-0734-61 1 mL vial"): words, not digits
    .replace(/^(\d{4,5}-\d{3,4}-\d{1,2}|\d{10,11})\s+(?=.*[A-Z]{2}).*$/, '$1')
    // the three parts written apart ("00078 0734 61"), as hyphens would part them
    .replace(/^(\d{4,5})\s+(\d{3,4})\s+(\d{1,2})$/, '$1-$2-$3');
  if (s === '') return empty('ndc');
  if (/^N4/.test(s)) {
    // the qualifier may be parted from a 5-4-2 NDC ("N4-00078-0734-61", "N4 00078073461")
    const after = s.slice(2).replace(/^[-\s]+/, '');
    s = /^\d{5}-\d{4}-\d{2}$/.test(after) ? after.replace(/-/g, '') : after;
    if (!/^\d{11}$/.test(s)) {
      return fail('ndc.claim-format', `${quote(text)}: after N4 a claim NDC has exactly 11 digits, e.g. N400078073461.`);
    }
  }
  if (/\s/.test(s)) {
    return fail('ndc.spaces', `${quote(text)}: an NDC is one number; use hyphens (00078-0734-61), not spaces.`);
  }
  if (/[^\d-]/.test(s)) {
    return fail('ndc.characters', `${quote(text)}: an NDC has only digits and hyphens, e.g. 00078-0734-61.`);
  }
  const digits = s.replace(/-/g, '');
  if (s.includes('-')) {
    const parts = s.split('-');
    const shape = parts.map((p) => p.length).join('-');
    if (parts.length !== 3 || parts.some((p) => p === '')) {
      return fail('ndc.layout', `${quote(text)}: an NDC has three parts separated by hyphens, e.g. 00078-0734-61.`);
    }
    const triple = parts as [string, string, string];
    if (shape === '5-4-2') {
      return ok({ ndc11: digits, hyphenated: s, layout: '5-4-2', digits });
    }
    if (shape === '4-4-2' || shape === '5-3-2' || shape === '5-4-1') {
      const ndc11 = to11(triple, shape);
      return ok({ ndc11, hyphenated: formatNdc542(ndc11), layout: shape, digits });
    }
    return fail('ndc.layout', `${quote(text)}: parts of ${shape} digits are not an NDC layout (4-4-2, 5-3-2, 5-4-1 or 5-4-2).`);
  }
  if (digits.length === 11) {
    return ok({ ndc11: digits, hyphenated: formatNdc542(digits), layout: '11-digit', digits });
  }
  if (digits.length === 10) {
    return ok({ ndc11: null, hyphenated: null, layout: '10-digit-ambiguous', digits });
  }
  return fail(
    'ndc.length',
    `${quote(text)} has ${digits.length} digit${digits.length === 1 ? '' : 's'}; an NDC has 10 or 11 (e.g. 00078-0734-61).`,
  );
}
