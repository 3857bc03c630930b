import type { Severity } from './engine/types';

/** Small English helpers for the texts staff read (messages, badge titles, summaries). */

/** "1 finding", "3 findings". */
export const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The phrase with its first letter upper-case, to start a sentence or a label. */
export const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A severity in words, the same in the inline warnings, the popup and the options page. */
export const SEVERITY_TEXT: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Note' };
