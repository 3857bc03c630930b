import type { Preflight } from '../../lib/dom/controller';

/**
 * Messages the content script answers (from the popup via the background or `tabs.sendMessage`).
 * Checked by hand rather than with zod, which stays out of the content script's bundle.
 * Returns a promise for messages it answers and undefined for others, so other listeners may.
 */
export interface TabMessageDeps {
  preflight: Preflight;
  setManualTicks(ticks: Record<string, boolean>): void;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function handleTabMessage(message: unknown, deps: TabMessageDeps): Promise<unknown> | undefined {
  if (!isRecord(message) || deps.preflight.stopped) return undefined;
  switch (message.type) {
    case 'focus-field':
      return typeof message.field === 'string' && message.field.length < 200
        ? Promise.resolve(deps.preflight.focusField(message.field))
        : undefined;
    case 'get-report':
      return Promise.resolve(deps.preflight.report());
    case 'manual-ticks': {
      const ticks = message.ticks;
      if (!isRecord(ticks)) return undefined;
      deps.setManualTicks(Object.fromEntries(Object.entries(ticks).filter((e): e is [string, boolean] => typeof e[1] === 'boolean')));
      return Promise.resolve(true);
    }
    default:
      return undefined;
  }
}
