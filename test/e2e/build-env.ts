import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

/**
 * The environment for builds started from the tests: vitest sets NODE_ENV=test, and a build
 * inheriting it ships React's development code in the popup and options pages (twice their
 * size), unlike the `npm run build` staff get. Without it, each build picks its own mode.
 */
export function buildEnv(): NodeJS.ProcessEnv {
  const { NODE_ENV: _test, ...env } = process.env;
  return env;
}

/** What an extension build is made of: a change to any of these makes its output stale. */
export const EXTENSION_SOURCES = [
  'entrypoints',
  'lib',
  'rules',
  'components',
  'public',
  'assets',
  'scripts/lazy-chunks.ts',
  'wxt.config.ts',
  'package.json',
];

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

/** Runs `npm run <script>` unless `output` is newer than every file of `sources`. */
export function buildIfStale(what: string, script: string, output: string, sources: string[]): void {
  if (builtAt(output) > newest(sources)) return;
  console.log(`e2e: building ${what} (npm run ${script})`);
  execSync(`npm run ${script}`, { cwd: ROOT, stdio: 'inherit', env: buildEnv() });
}

/** The demo portal: every page (one HTML entry each), its sources and its build config. */
export function buildPortalIfStale(): void {
  const pages = readdirSync(resolve(ROOT, 'test/portal'))
    .filter((f) => f.endsWith('.html'))
    .map((f) => `test/portal/${f}`);
  buildIfStale('the demo portal', 'build:portal', 'test/portal/dist/index.html', [
    'test/portal/src',
    ...pages,
    'test/portal/vite.config.ts',
  ]);
}
