import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './fixture';

/** The content script is injected into every portal page: it stays small and framework-free. */

const BUDGET_GZIP_BYTES = 40 * 1024;

describe('content script bundle (e2e build)', () => {
  it(`stays within ${BUDGET_GZIP_BYTES / 1024} KB gzipped, without zod or React`, async () => {
    const code = await readFile(join(EXTENSION_DIR, 'content-scripts/content.js'));
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
    const text = code.toString('utf8');
    expect(text).not.toMatch(/ZodError|\$ZodType/);
    expect(text).not.toMatch(/react\.element|__REACT_DEVTOOLS/);
  });

  it('matches exactly the pages the manifest grants', async () => {
    const manifest = JSON.parse(await readFile(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      host_permissions: string[];
      content_scripts: { matches: string[] }[];
    };
    expect(manifest.content_scripts.flatMap((c) => c.matches).sort()).toEqual([...manifest.host_permissions].sort());
  });
});
