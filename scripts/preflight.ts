/**
 * `npm run preflight -- request.json [--json | --letter] [--today YYYY-MM-DD]`: the rule author's quick
 * loop. Reads a raw request (the same shape the content script reads from a portal), checks it
 * against the checks for every drug and the pack for its drug (Cigna × Ilaris today), and prints
 * the findings and the checklist; with `--letter`, the letter of medical necessity drafted from it
 * (the open findings above it), the same text the side panel shows.
 * Exit code: 0 no errors (always 0 for a letter drafted), 1 errors found, 2 bad input.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateRequest } from '@/lib/engine/registry';
import type { Checklist, ChecklistStatus, Evaluation, Finding } from '@/lib/engine/types';
import { normalizeForm } from '@/lib/form/normalize';
import { draftLetter } from '@/lib/letter/letter';
import { RawFormSchema } from '@/lib/form/schema';
import { isIsoDate, localToday } from '@/lib/parse/date';
import { plural } from '@/lib/words';
import { REGISTRY } from '@/rules/registry';

export interface Io {
  readFile(path: string): string;
  out(text: string): void;
  err(text: string): void;
  /** today's date, ISO; the default for --today */
  today(): string;
}

const USAGE = 'Usage: npm run preflight -- <request.json> [--json | --letter] [--today YYYY-MM-DD]';

interface Args {
  file: string;
  json: boolean;
  letter: boolean;
  today: string | null;
}

function parseArgs(argv: string[]): Args | string {
  let file: string | null = null;
  let json = false;
  let letter = false;
  let today: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '--letter') letter = true;
    else if (arg === '--today' || arg.startsWith('--today=')) {
      const value = arg.includes('=') ? arg.slice('--today='.length) : argv[++i];
      if (!value || !isIsoDate(value)) return `--today needs a real date as YYYY-MM-DD, got ${value ? `"${value}"` : 'nothing'}.`;
      today = value;
    } else if (arg.startsWith('-')) return `Unknown option ${arg}.`;
    else if (file !== null) return `One request file at a time (got "${file}" and "${arg}").`;
    else file = arg;
  }
  if (json && letter) return 'Choose --json or --letter, not both.';
  return file === null ? 'No request file given.' : { file, json, letter, today };
}

/** A zod issue path as the raw field path staff and rule authors know (`drug.units`). */
const pathText = (path: readonly PropertyKey[]): string => (path.length === 0 ? '(top level)' : path.map((p) => String(p)).join('.'));

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function findingsTable(findings: Finding[]): string[] {
  if (findings.length === 0) return ['No findings.'];
  const col = (values: string[], header: string) => Math.max(header.length, ...values.map((v) => v.length));
  const wSev = col(
    findings.map((f) => f.severity),
    'SEVERITY',
  );
  const wRule = col(
    findings.map((f) => f.ruleId),
    'RULE',
  );
  const wField = col(
    findings.map((f) => f.field),
    'FIELD',
  );
  const indent = wSev + wRule + wField + 6;
  const pad = (s: string, w: number) => s.padEnd(w);
  const lines = [`${pad('SEVERITY', wSev)}  ${pad('RULE', wRule)}  ${pad('FIELD', wField)}  MESSAGE / FIX`];
  for (const f of findings) {
    const [first = '', ...rest] = wrap(f.message, Math.max(40, 120 - indent));
    lines.push(`${pad(f.severity, wSev)}  ${pad(f.ruleId, wRule)}  ${pad(f.field, wField)}  ${first}`);
    for (const more of rest) lines.push(`${' '.repeat(indent)}${more}`);
    if (f.fix) lines.push(`${' '.repeat(indent)}fix: ${f.fix.label} (${f.fix.field} = "${f.fix.value}")`);
  }
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  lines.push('', `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${count('info')} info`);
  return lines;
}

const MARK: Record<ChecklistStatus, string> = {
  done: '[x]',
  problem: '[!]',
  empty: '[ ]',
  'manual-done': '[x]',
  'manual-open': '[ ]',
};

function checklistLines(checklist: Checklist): string[] {
  const lines = [`Checklist: ${checklist.done} of ${checklist.total} done`];
  for (const section of checklist.sections) {
    lines.push(`  ${section.title}`);
    for (const item of section.items) {
      const note =
        item.status === 'problem'
          ? ` (${[...new Set(item.findings.map((f) => f.ruleId))].join(', ')})`
          : item.status === 'manual-open'
            ? ' (tick by hand)'
            : item.status === 'empty'
              ? ' (not filled)'
              : '';
      lines.push(`    ${MARK[item.status]} ${item.label}${note}`);
    }
  }
  return lines;
}

/** The first line: which pack checked the request, or why none did. */
function heading(result: Evaluation, today: string): string {
  const { selection } = result;
  const known = selection.known.join(', ');
  if (selection.status === 'none') {
    return `No drug-specific checks: this request is for ${selection.read ?? 'a drug no pack knows'} (packs: ${known}); the checks for every drug ran · today ${today}`;
  }
  if (selection.status === 'unknown') {
    return `Drug not known yet (no drug name, HCPCS or NDC); the checks for every drug ran · today ${today}`;
  }
  const indication = result.indicationLabel
    ? `${result.indicationLabel}${result.indicationCode ? ` (${result.indicationCode})` : ''}`
    : 'indication not known yet';
  return `${selection.pack?.payer ?? ''} × ${selection.read ?? ''} · ${indication} · today ${today}`;
}

function report(result: Evaluation, today: string): string {
  return [heading(result, today), '', ...findingsTable(result.findings), '', ...checklistLines(result.checklist)].join('\n');
}

/** Runs the CLI on `argv` (without node and the script) and returns the exit code. */
export async function run(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.err(`${args}\n${USAGE}`);
    return 2;
  }
  let text: string;
  try {
    text = io.readFile(args.file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.err(code === 'ENOENT' ? `Cannot read ${args.file}: no such file.` : `Cannot read ${args.file}: ${String(error)}`);
    return 2;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    io.err(`${args.file} is not valid JSON: ${(error as Error).message}`);
    return 2;
  }
  const parsed = RawFormSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => `  - ${pathText([...issue.path, key])}: not a field of the request form`)
        : [`  - ${pathText(issue.path)}: ${issue.message}`],
    );
    io.err([`${args.file} is not a request in the expected shape (every value a string, codes a list):`, ...issues].join('\n'));
    return 2;
  }
  const today = args.today ?? io.today();
  const form = normalizeForm(parsed.data);
  const result = await evaluateRequest(REGISTRY, form, { today });
  if (args.letter) {
    const entry = REGISTRY.packs.find((p) => p.manifest.id === result.selection.pack?.id);
    const template = entry ? (await entry.docs()).letter : undefined;
    if (!template) {
      io.err(`No letter: ${heading(result, today)}; a letter is drafted by the pack for the request's drug.`);
      return 2;
    }
    const { indication, indicationLabel, indicationCode, findings } = result;
    io.out(draftLetter(template, { form, findings, indication, indicationLabel, indicationCode, today }).text);
    return 0;
  }
  if (args.json) {
    const { selection, indication, indicationCode, findings, checklist, failedRules } = result;
    const drug = { status: selection.status, pack: selection.pack?.id ?? null, read: selection.read, sure: selection.sure };
    io.out(JSON.stringify({ today, drug, indication, indicationCode, findings, checklist, failedRules }, null, 2));
  } else {
    io.out(report(result, today));
  }
  return result.findings.some((f) => f.severity === 'error') ? 1 : 0;
}

const nodeIo: Io = {
  readFile: (path) => readFileSync(path, 'utf8'),
  out: (text) => console.log(text),
  err: (text) => console.error(text),
  today: localToday,
};

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  run(process.argv.slice(2), nodeIo).then((code) => {
    process.exitCode = code;
  });
}
