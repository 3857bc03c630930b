import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The packs' import boundary (eslint.config.js), checked on code written on purpose to cross it. */

const ROOT = join(__dirname, '..', '..');
const eslint = new ESLint({ cwd: ROOT });

/** Lints `code` with its imported name re-exported, so the import is used. */
async function problems(file: string, code: string): Promise<string[]> {
  const name = /import \{ (\w+) \}/.exec(code)?.[1] ?? '';
  const [result] = await eslint.lintText(`${code}\nexport { ${name} };\n`, { filePath: join(ROOT, file) });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

describe('the import boundary of packs', () => {
  it.each([
    ['lib/engine/added-on-purpose.ts', "import { cignaIlarisPack } from '@/rules/cigna/ilaris';"],
    ['lib/added-on-purpose.ts', "import { REGISTRY } from '@/test/rules/registry';"],
    ['lib/dom/added-on-purpose.ts', "import { VOCABULARY } from '@/rules/portals/vocabulary';"],
    ['components/AddedOnPurpose.tsx', "import { INDICATIONS } from '@/test/rules/cigna/ilaris/facts';"],
    ['lib/engine/added-on-purpose.test.ts', "import { basePack } from '@/rules/base';"],
  ])('fails %s importing a pack', async (file, code) => {
    const found = await problems(file, code);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^no-restricted-imports: .*know no pack/);
  });

  it.each([
    ['lib/engine/added-on-purpose.ts', "import { evaluate } from './evaluate';"],
    ['lib/dom/added-on-purpose.test.ts', "import { VOCABULARY } from '@/rules/portals/vocabulary';"],
    ['entrypoints/content/added-on-purpose.ts', "import { REGISTRY } from '@/rules/registry';"],
    ['rules/cigna/ilaris/added-on-purpose.ts', "import { evaluate } from '../../../lib/engine/evaluate';"],
  ])('lets %s import what it may', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});
