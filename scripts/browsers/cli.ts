import { ensureBrowserOrExit } from './ensure';
import { CHROMIUM, FIREFOX, type BrowserSpec } from './plan';

/**
 * `npm run browsers [chromium] [firefox]`: makes sure the browsers the demo and the tests drive
 * are here (installing Debian's packages when root with apt-get), printing each one's path, or
 * the command that fixes a missing one and exit 1. With no argument, both.
 */

const BY_NAME: Record<string, BrowserSpec> = { chromium: CHROMIUM, firefox: FIREFOX };

const names = process.argv.slice(2);
for (const name of names.length === 0 ? Object.keys(BY_NAME) : names) {
  const spec = BY_NAME[name];
  if (!spec) {
    console.error(`unknown browser "${name}": say ${Object.keys(BY_NAME).join(' or ')}`);
    process.exit(2);
  }
  console.log(`${spec.name}: ${ensureBrowserOrExit(spec)}`);
}
