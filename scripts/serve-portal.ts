import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A tiny static server for the built demo portal (test/portal/dist), loopback only.
 * Paths under /app/ fall back to index.html so the wizard's History-API routes survive a reload,
 * as they would on the real SPA.
 */

const PORTAL_DIST = fileURLToPath(new URL('../test/portal/dist/', import.meta.url));
export const DEFAULT_PORTAL_PORT = 5179;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};

/** `root` ends with the path separator. */
async function resolveFile(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const candidate = normalize(join(root, decoded));
  // Refuse anything that escapes the root (../ tricks).
  if (candidate !== root.slice(0, -1) && !candidate.startsWith(root)) return null;
  const info = await stat(candidate).catch(() => null);
  if (info?.isFile()) return candidate;
  if (info?.isDirectory()) {
    const index = join(candidate, 'index.html');
    if ((await stat(index).catch(() => null))?.isFile()) return index;
  }
  if (decoded === '/app' || decoded.startsWith('/app/')) return join(root, 'index.html');
  return null;
}

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The WebForms demo page's postback (test/portal/webforms.html): like an ASP.NET server, answer
 * the POST with the page rendered again holding the posted values (TextBoxes get `value`, each
 * DropDownList its posted option `selected`). Nothing is stored.
 */
function answerWebFormsPostback(root: string, req: IncomingMessage, res: ServerResponse): void {
  const chunks: Buffer[] = [];
  let size = 0;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size <= 200_000) chunks.push(chunk);
  });
  req.on('end', () => {
    const posted = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
    readFile(join(root, 'webforms.html'), 'utf8').then(
      (html) => {
        const rendered = html
          .replace(/<input name="([^"]+)" type="text"( value="[^"]*")?/g, (_tag, name: string) => {
            const value = posted.get(name);
            return value ? `<input name="${name}" type="text" value="${escapeAttribute(value)}"` : `<input name="${name}" type="text"`;
          })
          .replace(/<select name="([^"]+)"[\s\S]*?<\/select>/g, (select, name: string) => {
            const value = posted.get(name);
            if (value === null) return select;
            return select
              .replace(/<option selected="selected" /g, '<option ')
              .replace(
                `<option value="${escapeAttribute(value)}">`,
                () => `<option selected="selected" value="${escapeAttribute(value)}">`,
              );
          });
        res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' }).end(rendered);
      },
      () => res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found'),
    );
  });
}

export interface PortalServerOptions {
  /** 0 (default) picks a free port */
  port?: number;
  /** the folder to serve; the built portal by default */
  root?: string;
}

export async function startPortalServer(options: PortalServerOptions = {}): Promise<{ url: string; close(): Promise<void> }> {
  const root = join(options.root ?? PORTAL_DIST, sep);
  const rootIndex = await stat(join(root, 'index.html')).catch(() => null);
  if (!rootIndex) throw new Error(`The demo portal is not built (${root} has no index.html): run \`npm run build:portal\`.`);

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method === 'POST' && path === '/webforms.html') {
      answerWebFormsPostback(root, req, res);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    resolveFile(root, path).then(
      (file) => {
        if (!file) {
          res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
          return;
        }
        res.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        });
        if (req.method === 'HEAD') res.end();
        else createReadStream(file).pipe(res);
      },
      () => res.writeHead(500).end(),
    );
  });

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolvePromise());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolvePromise, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolvePromise()));
      }),
  };
}

const runDirectly = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === normalize(process.argv[1]);
if (runDirectly) {
  const { url } = await startPortalServer({ port: DEFAULT_PORTAL_PORT });
  console.log(`Demo portal: ${url}/  (wizard)`);
  console.log(`             ${url}/fax.html  ${url}/iframe.html  ${url}/shadow.html`);
  console.log('Press Ctrl+C to stop.');
}
