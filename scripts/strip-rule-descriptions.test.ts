import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { stripRuleDescription } from './strip-rule-descriptions';

const DIR = join(__dirname, '../rules/cigna/ilaris/rules');
const ruleFiles = readdirSync(DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

describe('the content script build without rule descriptions', () => {
  it.each(ruleFiles)('drops only the description of %s, leaving valid code', (file) => {
    const code = readFileSync(join(DIR, file), 'utf8');
    const stripped = stripRuleDescription(code);
    expect(stripped).not.toMatch(/^\s*description:/m);
    expect(stripped.length).toBeLessThan(code.length);
    // nothing else went: the meta keeps its other properties, the rule its check
    for (const kept of ['id:', 'severity:', 'fields:', 'source:', 'export function check']) expect(stripped).toContain(kept);
    const { diagnostics } = ts.transpileModule(stripped, { reportDiagnostics: true, compilerOptions: { module: ts.ModuleKind.ESNext } });
    expect(diagnostics ?? []).toEqual([]);
  });
});
