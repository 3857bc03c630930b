import { join } from 'node:path';
import { ESLint } from 'eslint';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';

/** `npm run lint` (ESLint + Prettier --check) fails on code written on purpose to break it. */

const ROOT = join(__dirname, '..', '..');
const eslint = new ESLint({ cwd: ROOT });

async function ruleIds(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? 'parse');
}

describe('the lint set', () => {
  it('flags an unused variable in TypeScript', async () => {
    expect(await ruleIds('lib/added-on-purpose.ts', 'export function f(): number {\n  const unused = 1;\n  return 2;\n}\n')).toEqual([
      '@typescript-eslint/no-unused-vars',
    ]);
  });

  it('flags `any` in a test file too', async () => {
    expect(await ruleIds('test/unit/added-on-purpose.test.ts', 'export const x: any = 1;\n')).toEqual([
      '@typescript-eslint/no-explicit-any',
    ]);
  });

  it('flags a hook called conditionally in a component', async () => {
    const code = [
      "import { useState } from 'react';",
      'export function Thing({ on }: { on: boolean }) {',
      '  if (on) {',
      '    const [n] = useState(0);',
      '    return <p>{n}</p>;',
      '  }',
      '  return null;',
      '}',
      '',
    ].join('\n');
    expect(await ruleIds('components/AddedOnPurpose.tsx', code)).toContain('react-hooks/rules-of-hooks');
  });

  it('passes code written the way the project writes it', async () => {
    expect(await ruleIds('lib/added-on-purpose.ts', 'export const twice = (n: number): number => n * 2;\n')).toEqual([]);
  });
});

describe('the format check', () => {
  const formatted = async (file: string, code: string): Promise<string> => {
    const options = await resolveConfig(join(ROOT, file));
    return format(code, { ...options, filepath: join(ROOT, file) });
  };

  it('rewrites code that is not in Prettier form (so --check fails on it)', async () => {
    const code = 'export const twice = (n:number)=>{return n*2}\n';
    expect(await formatted('lib/added-on-purpose.ts', code)).not.toBe(code);
  });

  it("keeps the project's quotes and line width", async () => {
    const code = "export const word = 'units';\n";
    expect(await formatted('lib/added-on-purpose.ts', code)).toBe(code);
  });
});
