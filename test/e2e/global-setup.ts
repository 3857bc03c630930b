import { execSync } from 'node:child_process';
import { buildEnv } from './build-env';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Before the browser tests: build the e2e extension (`npm run build:e2e`) and the demo portal
 * (`npm run build:portal`) unless their output is newer than every source file. Set
 * PREFLIGHT_E2E_SKIP_BUILD=1 to use whatever is built.
 */

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

/** Newest modification time under `paths` (files or folders), node_modules and outputs skipped. */
function newest(paths: string[]): number {
  let max = 0;
  const visit = (path: string): void => {
    if (!existsSync(path)) return;
    const info = statSync(path);
    if (info.isDirectory()) {
      for (const name of readdirSync(path)) {
        if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
        visit(join(path, name));
      }
    } else if (!/\.test\.tsx?$/.test(path)) {
      max = Math.max(max, info.mtimeMs);
    }
  };
  for (const p of paths) visit(resolve(ROOT, p));
  return max;
}

const builtAt = (file: string): number => (existsSync(resolve(ROOT, file)) ? statSync(resolve(ROOT, file)).mtimeMs : 0);

function build(what: string, script: string, output: string, sources: string[]): void {
  if (builtAt(output) > newest(sources)) return;
  console.log(`e2e: building ${what} (npm run ${script})`);
  execSync(`npm run ${script}`, { cwd: ROOT, stdio: 'inherit', env: buildEnv() });
}

export default function setup(): void {
  if (process.env.PREFLIGHT_E2E_SKIP_BUILD === '1') return;
  build('the e2e extension', 'build:e2e', '.output/chrome-mv3-e2e/manifest.json', [
    'entrypoints', 'lib', 'rules', 'components', 'public', 'assets', 'scripts/lazy-chunks.ts', 'wxt.config.ts', 'package.json',
  ]);
  // every page of the portal (one HTML entry each), its sources and its build config
  const pages = readdirSync(resolve(ROOT, 'test/portal')).filter((f) => f.endsWith('.html')).map((f) => `test/portal/${f}`);
  build('the demo portal', 'build:portal', 'test/portal/dist/index.html', ['test/portal/src', ...pages, 'test/portal/vite.config.ts']);
}
