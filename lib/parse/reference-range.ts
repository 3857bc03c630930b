import type { Unit } from '@/lib/form/constants';
import { readLeadingNumber } from './number';
import { parseUnit } from './quantity';
import { empty, fail, ok, type Parsed } from './result';
import { fold, quote } from './quote';

/** A lab's printed reference range; `high` is its upper limit of normal. */
export interface ReferenceRange {
  low: number | null;
  high: number;
  unit: Unit | null;
}

/**
 * "0-5 mg/L", "0.0 – 10.0 mg/L", "<0.5 mg/dL", "≤ 5", "up to 3 mg/L" → the range, so a rule
 * can take the ULN from it when no ULN was entered.
 */
export function parseReferenceRange(text: string): Parsed<ReferenceRange> {
  const s = fold(text).replace(/[–—]/g, '-').replace(/\s+/g, ' ');
  if (s === '') return empty('range');
  const upTo = /^(?:<=?|≤|less than|up to|below) ?(.*)$/i.exec(s);
  let low: number | null = null;
  let highText: string;
  if (upTo) {
    highText = upTo[1] ?? '';
  } else {
    const first = readLeadingNumber(s, 'range');
    const dash = first.ok ? /^(?:-|to) ?(.*)$/i.exec(first.value.rest) : null;
    if (!first.ok || !dash) {
      return fail('range.format', `${quote(text)}: write the reference range like 0-5 mg/L or <0.5 mg/dL.`);
    }
    low = first.value.value;
    highText = dash[1] ?? '';
  }
  const high = readLeadingNumber(highText, 'range');
  if (!high.ok) return fail('range.format', `${quote(text)}: write the reference range like 0-5 mg/L or <0.5 mg/dL.`);
  const unitText = high.value.rest;
  const unit = unitText === '' ? null : parseUnit(unitText);
  if (unitText !== '' && !unit) return fail('range.unit', `${quote(text)}: "${unitText}" is not a unit we know.`);
  if (low !== null && low > high.value.value) {
    return fail('range.order', `${quote(text)}: the lower limit is above the upper one.`);
  }
  return ok({ low, high: high.value.value, unit });
}
