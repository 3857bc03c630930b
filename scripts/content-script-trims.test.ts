import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { WARNING_CSS } from '../lib/dom/styles';
import { compactCss, stripRuleDescription, stripSourceUrls } from './content-script-trims';

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

describe('the content script build with a compact stylesheet', () => {
  const code = readFileSync(join(__dirname, '../lib/dom/styles.ts'), 'utf8');
  const compacted = compactCss(code);
  const cssOf = (source: string): string => {
    const out = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS } }).outputText;
    const mod = { exports: {} as Record<string, unknown> };
    new Function('module', 'exports', out)(mod, mod.exports);
    return String(mod.exports.WARNING_CSS);
  };

  it('is shorter and keeps every rule, selector and value', () => {
    const css = cssOf(compacted);
    expect(css.length).toBeLessThan(WARNING_CSS.length * 0.9);
    // the same stylesheet once both drop their layout
    const bare = (s: string) => s.replace(/\s+/g, ' ').replace(/\s*([{};:])\s*/g, '$1').replace(/;}/g, '}').trim();
    expect(css).toBe(bare(WARNING_CSS));
    for (const kept of ['.w .card', '.w > *', '0 0 0 1.5px #fff', ':host{all:initial}']) expect(css).toContain(kept);
  });
});

describe('the content script build without the sources’ web addresses', () => {
  it('drops every url of the facts and nothing else', () => {
    const code = readFileSync(join(__dirname, '../rules/cigna/ilaris/facts.ts'), 'utf8');
    const stripped = stripSourceUrls(code);
    expect(code).toMatch(/^ +url: /m);
    expect(stripped).not.toMatch(/\burl:/);
    expect(code.split('\n').length - stripped.split('\n').length).toBe((code.match(/^ +url: /gm) ?? []).length);
    const { diagnostics } = ts.transpileModule(stripped, { reportDiagnostics: true, compilerOptions: { module: ts.ModuleKind.ESNext } });
    expect(diagnostics ?? []).toEqual([]);
  });
});
