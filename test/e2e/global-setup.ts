import { ensureBrowser } from '@/scripts/browsers/ensure';
import { CHROMIUM } from '@/scripts/browsers/plan';
import { buildIfStale, buildPortalIfStale, EXTENSION_SOURCES } from './build-env';

/**
 * Before the browser tests: find Chromium (installing Debian's when root with apt-get: see
 * scripts/browsers), then build the e2e extension (`npm run build:e2e`) and the demo portal
 * (`npm run build:portal`) unless their output is newer than every source file. Set
 * PREFLIGHT_E2E_SKIP_BUILD=1 to use whatever is built.
 */
export default function setup(): void {
  ensureBrowser(CHROMIUM);
  if (process.env.PREFLIGHT_E2E_SKIP_BUILD === '1') return;
  buildIfStale('the e2e extension', 'build:e2e', '.output/chrome-mv3-e2e/manifest.json', EXTENSION_SOURCES);
  buildPortalIfStale();
}
