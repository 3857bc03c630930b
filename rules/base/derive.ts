import { formatNdc542 } from '@/lib/parse/ndc';
import { quote } from '@/lib/parse/quote';

/** What staff typed, quoted for a message. */
export const typed = (field: { raw: string }): string => quote(field.raw);

/**
 * A typed NDC quoted once, with the 11-digit 5-4-2 form(s) it reads as only when they differ
 * from what was typed: `"0069-0809-01" (00069-0809-01)`, but `"00069-0349-02"` alone.
 */
export function typedNdc(field: { raw: string }, readings: readonly string[]): string {
  const shown = readings.map((r) => formatNdc542(r) ?? r);
  const asTyped = shown.length === 1 && shown[0] === field.raw.trim();
  return asTyped ? typed(field) : `${typed(field)} (${shown.join(' or ')})`;
}
