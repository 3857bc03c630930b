// @vitest-environment node

import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortalServer } from './serve-portal';

/** A raw GET (node:http, so the path is sent exactly as written, `..` included). */
function get(base: string, path: string): Promise<{ status: number; type: string; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('startPortalServer', () => {
  let dir: string;
  let root: string;
  let server: { url: string; close(): Promise<void> };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'portal-server-'));
    root = join(dir, 'dist');
    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<p>wizard</p>');
    await writeFile(join(root, 'fax.html'), '<p>fax</p>');
    await writeFile(join(root, 'assets', 'app.js'), 'export {};');
    await writeFile(join(dir, 'secret.txt'), 'outside the root');
    server = await startPortalServer({ root });
  });

  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('listens on the loopback address only, on a free port when none is given', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.url).not.toMatch(/:0$/);
  });

  it('serves pages and assets with their content types', async () => {
    expect(await get(server.url, '/fax.html')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', body: '<p>fax</p>' });
    expect(await get(server.url, '/assets/app.js')).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
    expect((await get(server.url, '/')).body).toBe('<p>wizard</p>');
  });

  it('answers wizard routes under /app/ with index.html, as the SPA host does', async () => {
    expect(await get(server.url, '/app/precertification/new/medication')).toMatchObject({ status: 200, body: '<p>wizard</p>' });
  });

  it('answers 404 for unknown files outside /app/', async () => {
    expect((await get(server.url, '/missing.html')).status).toBe(404);
  });

  it('never serves a file outside its root', async () => {
    for (const path of ['/../secret.txt', '/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/app/..%2f..%2fsecret.txt']) {
      const res = await get(server.url, path);
      expect(res.body, path).not.toContain('outside the root');
    }
  });

  it('says how to build the portal when the folder has no index.html', async () => {
    await expect(startPortalServer({ root: join(dir, 'nothing-here') })).rejects.toThrow(/npm run build:portal/);
  });
});
