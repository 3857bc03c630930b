import { ensureBrowser } from '@/scripts/browsers/ensure';
import { FIREFOX } from '@/scripts/browsers/plan';
import { buildIfStale, buildPortalIfStale, EXTENSION_SOURCES } from '@/test/e2e/build-env';

/**
 * Before the Firefox suite: find Firefox ESR (installing Debian's when root with apt-get), build
 * the Firefox e2e extension (`npm run build:firefox:e2e`, .output/firefox-mv2-e2e: the Firefox
 * build with the loopback demo portal among its hosts) and the demo portal, each unless newer
 * than its sources. PREFLIGHT_E2E_SKIP_BUILD=1 uses whatever is built.
 */
export default function setup(): void {
  ensureBrowser(FIREFOX);
  if (process.env.PREFLIGHT_E2E_SKIP_BUILD === '1') return;
  buildIfStale('the Firefox e2e extension', 'build:firefox:e2e', '.output/firefox-mv2-e2e/manifest.json', EXTENSION_SOURCES);
  buildPortalIfStale();
}
