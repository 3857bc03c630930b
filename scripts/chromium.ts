import { findBrowser } from './browsers/ensure';
import { CHROMIUM } from './browsers/plan';

/** How demo, e2e tests and bench start Chromium with the unpacked extension: one place for the flags. */

/**
 * The Chromium to drive: CHROMIUM_PATH, else chromium, chromium-browser or google-chrome on PATH
 * or in /usr/bin (scripts/browsers). Throws with the fixing command when there is none; the
 * entry points (`npm run demo`, the e2e global setup) install Debian's first when they may.
 */
export const chromiumPath = (): string => findBrowser(CHROMIUM);

/** Flags for a quiet run (no sandbox, GPU, background traffic or first-run UI) with only `dir` loaded. */
export function extensionArgs(dir: string): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    `--disable-extensions-except=${dir}`,
    `--load-extension=${dir}`,
  ];
}
