import type { Preflight } from '@/lib/dom/controller';

/**
 * Messages the content script answers (from the popup and the side panel, with `tabs.sendMessage`). Checked by
 * hand rather than with zod, which stays out of the content script's bundle. Returns the answer
 * to a message it answers, at once, and undefined for others, so other listeners may.
 */
export function handleTabMessage(message: unknown, preflight: Preflight): { answer: unknown } | undefined {
  if (typeof message !== 'object' || message === null || preflight.stopped) return undefined;
  const m = message as Record<string, unknown>;
  switch (m.type) {
    case 'focus-field':
      return typeof m.field === 'string' && m.field.length < 200 ? { answer: preflight.focusField(m.field) } : undefined;
    case 'get-report':
      return { answer: preflight.report() };
    case 'get-letter-input':
      return { answer: preflight.values() };
    default:
      return undefined;
  }
}
