/** How demo, e2e tests and bench start Chromium with the unpacked extension: one place for the flags. */

/** Debian's Chromium; CHROMIUM_PATH names another. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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
