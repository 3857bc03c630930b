import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * Sizes of the production build (`npm run build` → .output/chrome-mv3), per entrypoint: the
 * files a page of it loads (an HTML page's scripts, preloaded chunks and styles), raw and
 * gzipped with zlib's default level.
 */

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const OUT = join(ROOT, '.output/chrome-mv3');
const SOURCES = ['entrypoints', 'lib', 'rules', 'components', 'public', 'wxt.config.ts', 'package.json'];

function newestSource(): number {
  let max = 0;
  const visit = (path: string): void => {
    if (!existsSync(path)) return;
    const info = statSync(path);
    if (!info.isDirectory()) {
      if (!/\.test\.tsx?$/.test(path)) max = Math.max(max, info.mtimeMs);
      return;
    }
    for (const name of readdirSync(path)) if (!name.startsWith('.') && name !== 'node_modules') visit(join(path, name));
  };
  for (const p of SOURCES) visit(join(ROOT, p));
  return max;
}

/** Runs `npm run build` unless the production build is newer than every source file. */
export function ensureProductionBuild(): void {
  const manifest = join(OUT, 'manifest.json');
  if (existsSync(manifest) && statSync(manifest).mtimeMs > newestSource()) return;
  console.log('bench: building the production extension (npm run build)');
  execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
}

export interface EntrySize {
  entry: string;
  files: string[];
  raw: number;
  gzip: number;
}

const sizeOf = (files: string[]): { raw: number; gzip: number } =>
  files.reduce(
    (s, f) => {
      const bytes = readFileSync(join(OUT, f));
      return { raw: s.raw + bytes.length, gzip: s.gzip + gzipSync(bytes).length };
    },
    { raw: 0, gzip: 0 },
  );

/** The files an extension page loads: its HTML and the scripts, chunks and styles it names. */
function pageFiles(html: string): string[] {
  const text = readFileSync(join(OUT, html), 'utf8');
  const refs = Array.from(text.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g), (m) => m[1] ?? '');
  return [html, ...refs.filter(Boolean)];
}

export function bundleSizes(): EntrySize[] {
  const manifest = JSON.parse(readFileSync(join(OUT, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string };
    content_scripts?: { js?: string[]; css?: string[] }[];
  };
  const entries: { entry: string; files: string[] }[] = [
    { entry: 'content script', files: (manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]) },
    { entry: 'background', files: manifest.background?.service_worker ? [manifest.background.service_worker] : [] },
    { entry: 'popup', files: pageFiles('popup.html') },
    { entry: 'options', files: pageFiles('options.html') },
  ];
  return entries.map((e) => ({ ...e, ...sizeOf(e.files) }));
}
