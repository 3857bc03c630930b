/**
 * Where the extension runs: one list for the manifest's host permissions (wxt.config.ts) and
 * the content script's `matches`, so the two never drift apart.
 */
export const PORTAL_MATCHES = ['https://cignaforhcp.cigna.com/*'];

/** Added only by the e2e build (`wxt build --mode e2e`): the demo portal on loopback. */
export const TEST_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'];

export const matchesForMode = (mode: string | undefined): string[] =>
  mode === 'e2e' ? [...PORTAL_MATCHES, ...TEST_MATCHES] : [...PORTAL_MATCHES];

/** The payer whose portal the hosts above serve. */
export const PORTAL_PAYER = 'Cigna';
