import { execFileSync, execSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEnv } from './build-env';

/**
 * Issue 6, "Least privilege", "No network" (statically) and "Firefox": the production builds
 * for Chrome and Firefox are made once here, their manifests compared with the permissions the
 * product needs, their bundles scanned for network APIs, and the Firefox build linted with
 * web-ext as addons.mozilla.org would.
 */

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const CHROME = join(ROOT, '.output/chrome-mv3');
const CHROME_E2E = join(ROOT, '.output/chrome-mv3-e2e');
const FIREFOX = join(ROOT, '.output/firefox-mv2');

/** What the product needs: settings in storage, and Cigna's provider portal. Nothing else. */
const CIGNA_PORTAL = 'https://cignaforhcp.cigna.com/*';
/** `scripting`: the content script registered on the optional sites staff switch on */
const EXPECTED_PERMISSIONS = ['storage', 'scripting'];
/** Chrome only: the side panel with the letters and follow-up (WXT adds it for the sidepanel
 *  entrypoint); it reads no site and shows no install warning. Firefox's sidebar needs none. */
const CHROME_PERMISSIONS = [...EXPECTED_PERMISSIONS, 'sidePanel'];
const EXPECTED_HOSTS = [CIGNA_PORTAL];
/** Asked for only when staff switch a site on in the options page (issue 11, "Where staff file"). */
const OPTIONAL_HOSTS = ['https://*.covermymeds.com/*', 'https://*.availity.com/*'];
/** The e2e build adds the loopback demo portal, and only that. */
const E2E_EXTRA_HOSTS = ['http://localhost/*', 'http://127.0.0.1/*'];

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: { matches: string[]; exclude_matches?: string[]; js?: string[] }[];
  content_security_policy?: unknown;
  web_accessible_resources?: unknown[];
};
const manifestOf = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? jsFiles(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : [],
  );
}

beforeAll(() => {
  // fast (a few seconds each); made here so the tests read this source tree's builds
  execSync('npm run build', { cwd: ROOT, stdio: 'pipe', env: buildEnv() });
  execSync('npm run build:firefox', { cwd: ROOT, stdio: 'pipe', env: buildEnv() });
}, 120_000);

describe('least privilege: the production manifest', () => {
  it('asks for storage and Cigna’s portal only: no <all_urls>, no tabs, no external access; the optional sites only as optional hosts', () => {
    const m = manifestOf(CHROME);
    expect(m.manifest_version).toBe(3);
    expect(m.permissions).toEqual(CHROME_PERMISSIONS);
    expect(m.host_permissions).toEqual(EXPECTED_HOSTS);
    expect(m.optional_host_permissions).toEqual(OPTIONAL_HOSTS);
    for (const key of ['optional_permissions', 'externally_connectable', 'oauth2', 'key', 'update_url']) {
      expect(m, key).not.toHaveProperty(key);
    }
    expect(JSON.stringify(m)).not.toMatch(/<all_urls>|"tabs"|\*:\/\/\*\//);
  });

  it('exposes only the lazily loaded content-script modules, and only to the pages the content script runs on', () => {
    // Chrome imports an extension module into a content script as the page would, so lazy/*.js
    // must be web-accessible to the portal (scripts/lazy-chunks.ts), and to the optional sites
    // (where the content script runs once staff switch one on); to any other site nothing is
    for (const dir of [CHROME, CHROME_E2E]) {
      const m = manifestOf(dir);
      const matches = m.content_scripts?.flatMap((c) => c.matches) ?? [];
      expect(matches.length, dir).toBeGreaterThan(0);
      // exactly one entry, no other key (use_dynamic_url would break the chunks' relative imports)
      expect(m.web_accessible_resources, dir).toEqual([{ resources: ['lazy/*.js'], matches: expect.any(Array) }]);
      const [entry] = m.web_accessible_resources as { matches: string[] }[];
      expect([...entry!.matches].sort(), dir).toEqual([...matches, ...OPTIONAL_HOSTS].sort());
      // what the pattern exposes: the modules built into lazy/, and nothing else lives there
      const lazy = join(dir, 'lazy');
      const files = readdirSync(lazy, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
      expect(
        files.map((e) => e.name).filter((name) => !name.endsWith('.js')),
        dir,
      ).toEqual([]);
      expect(
        files.map((e) => relative(lazy, join(e.parentPath, e.name))),
        dir,
      ).toContain('reader.js');
    }
  });

  it('runs its content script on Cigna’s portal only', () => {
    const scripts = manifestOf(CHROME).content_scripts ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script.matches).toEqual(EXPECTED_HOSTS);
  });

  it('keeps the default content-security policy for its pages (or a stricter one)', () => {
    const csp = manifestOf(CHROME).content_security_policy as { extension_pages?: string } | undefined;
    if (csp === undefined) return; // MV3 default: script-src 'self' 'wasm-unsafe-eval'; object-src 'self'
    const pages = csp.extension_pages ?? '';
    const scriptSrc = /script-src([^;]*)/.exec(pages)?.[1] ?? '';
    expect(scriptSrc).not.toMatch(/'unsafe-eval'|'unsafe-inline'|https?:|\*|data:|blob:/);
    expect(pages).not.toMatch(/connect-src[^;]*(https?:|\*)/);
  });

  it('differs from the e2e build only by the loopback demo portal', () => {
    const e2e = manifestOf(CHROME_E2E);
    expect(e2e.permissions).toEqual(CHROME_PERMISSIONS);
    expect(e2e.host_permissions).toEqual([...EXPECTED_HOSTS, ...E2E_EXTRA_HOSTS]);
    expect(e2e.optional_host_permissions).toEqual(OPTIONAL_HOSTS);
  });

  it('asks Firefox for the same: storage and Cigna’s portal, the optional sites as optional, and exposes no file to pages', () => {
    const m = manifestOf(FIREFOX);
    expect(m.manifest_version).toBe(2);
    expect(m.permissions).toEqual([...EXPECTED_PERMISSIONS, ...EXPECTED_HOSTS]);
    // MV2 has no optional_host_permissions: origins go among optional_permissions
    expect(m.optional_permissions).toEqual(OPTIONAL_HOSTS);
    expect(m).not.toHaveProperty('optional_host_permissions');
    for (const script of m.content_scripts ?? []) expect(script.matches).toEqual(EXPECTED_HOSTS);
    expect(m).not.toHaveProperty('content_security_policy');
    // a Firefox MV2 content script imports its moz-extension:// modules without the page's access
    expect(m).not.toHaveProperty('web_accessible_resources');
  });
});

/** Network APIs product code must not use. */
const NETWORK_APIS: [string, RegExp][] = [
  ['fetch', /\bfetch\s*\(/g],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/g],
  ['sendBeacon', /\bsendBeacon\b/g],
  ['WebSocket', /\bWebSocket\b/g],
  ['EventSource', /\bEventSource\b/g],
  ['importScripts', /\bimportScripts\b/g],
  ['new Image', /\bnew\s+Image\b/g],
  ['RTCPeerConnection', /\bRTCPeerConnection\b/g],
  ['native messaging', /\b(connectNative|sendNativeMessage)\b/g],
];

/**
 * Library internals that mention those APIs, each matched by its surrounding code:
 * - Vite's modulepreload polyfill (popup/options chunk): fetches the `<link rel=modulepreload>`
 *   hrefs of the extension's own HTML, i.e. its own chrome-extension:// chunks;
 * - webextension-polyfill's table of API argument counts: names `sendNativeMessage`, calls nothing.
 */
const ALLOWED: { why: string; api: string; at(code: string, index: number): boolean }[] = [
  {
    why: 'Vite modulepreload polyfill',
    api: 'fetch',
    at: (code, i) =>
      /^fetch\(\w+\.href,\w+\)/.test(code.slice(i, i + 30)) &&
      /supports\([`"']modulepreload[`"']\)[\s\S]*\.ep=!0;let \w+=\w+\(\w+\);$/.test(code.slice(Math.max(0, i - 900), i)),
  },
  {
    why: 'webextension-polyfill API table',
    api: 'native messaging',
    at: (code, i) => /^(connectNative|sendNativeMessage):\{minArgs:\d+,maxArgs:\d+\}/.test(code.slice(i, i + 60)),
  },
];

function networkUses(dir: string): string[] {
  const found: string[] = [];
  for (const file of jsFiles(dir)) {
    const code = readFileSync(file, 'utf8');
    for (const [api, pattern] of NETWORK_APIS) {
      for (const { index } of code.matchAll(pattern)) {
        if (ALLOWED.some((a) => a.api === api && a.at(code, index))) continue;
        found.push(`${relative(ROOT, file)}: ${api} in …${code.slice(Math.max(0, index - 60), index + 60)}…`);
      }
    }
  }
  return found;
}

describe('no network: the built bundles', () => {
  it('use no fetch, XHR, sendBeacon, WebSocket, EventSource, importScripts, new Image or native messaging outside known library internals', () => {
    expect(networkUses(CHROME)).toEqual([]);
    expect(networkUses(CHROME_E2E)).toEqual([]);
    expect(networkUses(FIREFOX)).toEqual([]);
  });

  it('the scan finds a network call when one is there', () => {
    // the scanner on a bundle-like file of its own: a scan that could not fail would prove nothing
    const dir = mkdtempSync(join(tmpdir(), 'pa-preflight-scan-'));
    try {
      writeFileSync(
        join(dir, 'x.js'),
        'function r(e){navigator.sendBeacon(`https://x.example`,e);return new Image}fetch(`https://x.example/`+t)',
      );
      expect(networkUses(dir).map((hit) => hit.split(': ')[1]?.split(' in ')[0])).toEqual(['fetch', 'sendBeacon', 'new Image']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}
interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

describe('the build staff install', () => {
  it('ships React’s production build in the popup and options pages, not its development one', () => {
    // React's development build carries its warnings as text; the production build, codes
    const dev = jsFiles(CHROME).filter((f) => readFileSync(f, 'utf8').includes('Invalid hook call'));
    expect(dev.map((f) => relative(CHROME, f))).toEqual([]);
    expect(
      jsFiles(CHROME).some(
        (f) => readFileSync(f, 'utf8').includes('react.production') || /Minified React error/.test(readFileSync(f, 'utf8')),
      ),
    ).toBe(true);
  });
});

describe('Firefox', () => {
  it('the Firefox build passes web-ext lint with no errors', () => {
    let out: string;
    try {
      out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', FIREFOX, '--output', 'json', '--no-config-discovery'], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (error) {
      // web-ext exits non-zero when it finds errors; its JSON report is still on stdout
      out = String((error as { stdout?: string }).stdout ?? '');
    }
    const report = JSON.parse(out.slice(out.indexOf('{'))) as LintReport;
    expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
  }, 120_000);
});
