import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * Sizes of the production build (`npm run build` → .output/chrome-mv3), per entrypoint: the
 * files a page of it loads (an HTML page's scripts, preloaded chunks and styles), raw and
 * gzipped with zlib's default level.
 *
 * The content script comes in parts (scripts/lazy-chunks.ts): the stub the manifest injects
 * into every portal page, the reader it imports on a page holding controls (lazy/reader.js,
 * with what it imports), the
 * checks the reader imports once a page holds a PA form (lazy/preflight.js), and each pack's
 * rules (lazy/packs/), imported when a request is for its drug. Each part counts the files it
 * adds to what the parts before it loaded.
 */

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const OUT = join(ROOT, '.output/chrome-mv3');
const SOURCES = ['entrypoints', 'lib', 'rules', 'components', 'public', 'scripts/lazy-chunks.ts', 'wxt.config.ts', 'package.json'];

/** Budgets (KiB gzip) of the content script's parts (issue 10). */
export const CONTENT_BUDGETS_KIB = {
  /** what runs on every portal page before a form is found: the stub, which loads the reader
   *  only on a page holding controls (lib/dom/presence.ts) */
  everyPage: 25,
  /** what a page holding controls runs until a form is found, stub + reader: the project's own
   *  limit on the reader's growth (issue 10 sets none for it); 28 since four fixes of values read
   *  wrong (filter_horizontal, flatpickr's calendar, a grid's row form, a list item's drawer) took
   *  226 bytes past 27, 29 since rounds 29 and 30 of portal pages' values read wrong (Telerik's
   *  edited grid row, read-only grids' filters, Vuetify 2's closed dialog and legend) took it past 28,
   *  30 since round 36's (jqGrid's detached header, grid rows selected by a box, LimeSurvey's hidden
   *  questions) took it past 29, 31 since rounds 39–41's (Layui's titled radios, Tom Select's tags
   *  input, closed `<details>` and popups, a select's search over its choice, ngx-datatable's row
   *  groups) took it past 30 */
  withControls: 31,
  /** a pack's own rules */
  pack: 15,
  /** a page of the largest pack in all: stub + reader + checks + the pack */
  page: 40,
};

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
  /** its budget in KiB gzip, when it has one */
  budgetKiB?: number;
}

export const sizeOf = (dir: string, files: readonly string[]): { raw: number; gzip: number } =>
  files.reduce(
    (s, f) => {
      const bytes = readFileSync(join(dir, f));
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

/** Relative module specifiers in a built ES module: static (`import … from`, `import "…"`) or `import("…")`. */
function importsOf(dir: string, file: string, dynamic: boolean): string[] {
  const code = readFileSync(join(dir, file), 'utf8');
  const pattern = dynamic ? /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g : /\b(?:from|import)\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g;
  return Array.from(code.matchAll(pattern), (m) => posix.join(posix.dirname(file), m[1] ?? ''));
}

/** `roots` and every file they import statically, minus those in `loaded`. */
function closure(dir: string, roots: readonly string[], loaded: ReadonlySet<string> = new Set()): string[] {
  const seen = new Set<string>();
  const visit = (f: string): void => {
    if (seen.has(f) || loaded.has(f)) return;
    seen.add(f);
    for (const g of importsOf(dir, f, false)) visit(g);
  };
  roots.forEach(visit);
  return [...seen];
}

const filesUnder = (dir: string, sub: string): string[] =>
  existsSync(join(dir, sub))
    ? readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? filesUnder(dir, posix.join(sub, e.name)) : [posix.join(sub, e.name)],
      )
    : [];

export interface ContentParts {
  /** what the manifest injects */
  stub: string[];
  /** lazy/reader.js and the files it imports */
  reader: string[];
  /** the checks: lazy/preflight.js and the files it adds */
  preflight: string[];
  /** each pack's rules (lazy/packs/<name>.js) and the files they add */
  packs: { name: string; files: string[] }[];
  /** every JS file under lazy/ */
  lazy: string[];
}

/** The content script's parts in a build (`dir`: an unpacked extension). */
export function contentParts(dir: string = OUT): ContentParts {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[] };
  const stub = [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []))];
  const lazy = filesUnder(dir, 'lazy').filter((f) => f.endsWith('.js'));
  const reader = closure(dir, ['lazy/reader.js']);
  const preflightRoots = reader.flatMap((f) => importsOf(dir, f, true));
  const preflight = closure(dir, preflightRoots, new Set(reader));
  const before = new Set([...reader, ...preflight]);
  const packs = lazy
    .filter((f) => f.startsWith('lazy/packs/'))
    .map((f) => ({ name: f.slice('lazy/packs/'.length, -'.js'.length), files: closure(dir, [f], before) }));
  return { stub, reader, preflight, packs, lazy };
}

/** The content script's parts, then the whole of a page of each pack; "content script" repeats
 *  the largest of those (the most a portal page runs: the page budget). */
export function contentSizes(dir: string = OUT): EntrySize[] {
  const parts = contentParts(dir);
  const entry = (name: string, files: string[], budgetKiB?: number): EntrySize => ({
    entry: name,
    files,
    ...sizeOf(dir, files),
    budgetKiB,
  });
  const pages = parts.packs
    .map((p) => entry(`content: a page of ${p.name} in all`, [...parts.stub, ...parts.reader, ...parts.preflight, ...p.files]))
    .sort((a, b) => b.gzip - a.gzip);
  const largest = pages[0] ?? entry('content: a page in all', [...parts.stub, ...parts.reader, ...parts.preflight]);
  return [
    entry('content: stub (every portal page)', parts.stub, CONTENT_BUDGETS_KIB.everyPage),
    entry('content: reader (a page holding controls)', parts.reader),
    entry(
      'content: before a form is found, on a page holding controls (stub + reader)',
      [...parts.stub, ...parts.reader],
      CONTENT_BUDGETS_KIB.withControls,
    ),
    entry('content: checks (once a form is found)', parts.preflight),
    ...parts.packs.map((p) => entry(`content: pack ${p.name}`, p.files, CONTENT_BUDGETS_KIB.pack)),
    ...pages,
    { ...largest, entry: 'content script', budgetKiB: CONTENT_BUDGETS_KIB.page },
  ];
}

export function bundleSizes(): EntrySize[] {
  const manifest = JSON.parse(readFileSync(join(OUT, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string };
  };
  const entries: { entry: string; files: string[] }[] = [
    { entry: 'background', files: manifest.background?.service_worker ? [manifest.background.service_worker] : [] },
    { entry: 'popup', files: pageFiles('popup.html') },
    { entry: 'options', files: pageFiles('options.html') },
  ];
  return [...contentSizes(OUT), ...entries.map((e) => ({ ...e, ...sizeOf(OUT, e.files) }))];
}
