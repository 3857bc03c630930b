import fc from 'fast-check';
import { describe, it } from 'vitest';
import { calculateDose } from '@/rules/cigna/ilaris/calculator';
import { INDICATION_IDS } from '@/rules/cigna/ilaris/indications';
import { parseCrpUln, parseCrpWindow } from '@/rules/cigna/ilaris/settings-docs';
import { readLeadingNumber } from '@/lib/parse/number';
import { parseUnit } from '@/lib/parse/quantity';
import { fold, quote } from '@/lib/parse/quote';
import type { Parsed } from '@/lib/parse/result';
import { resolveSettings } from '@/lib/settings';

/**
 * Issue 6, "Bad input": the parsers that lib/parse/properties.test.ts does not already drive
 * (that file covers every `parse*` of lib/parse with 10,000 strings): the number reader under
 * them, units, the quoting of typed text, the options page's two inputs, the popup's dose
 * calculator (staff type the weight), and settings read back from storage, which a user or
 * another version may have left in any shape.
 */

const TOKENS = [
  '0',
  '1',
  '4',
  '5',
  '9',
  '70',
  '154',
  '280',
  '730',
  '731',
  '.',
  ',',
  '-',
  '−',
  '/',
  ' ',
  'kg',
  'KG',
  'lb',
  'lbs',
  'mg',
  'mg/L',
  'mg/dL',
  'mg/dl',
  'days',
  'd',
  'x',
  '×',
  'ULN',
  'e',
  'E9',
  'NaN',
  'Infinity',
  'null',
  'two',
  '１',
  '\u00a0',
  '\u202E',
  '<img src=x>',
  '\n',
  '½',
  '1e308',
  '0x10',
];
const text = fc.oneof(
  { arbitrary: fc.string(), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary' }), weight: 1 },
  { arbitrary: fc.array(fc.constantFrom(...TOKENS), { maxLength: 8 }).map((t) => t.join('')), weight: 5 },
);
const JUNK = ['NaN', 'undefined', 'null', '[object', 'Infinity'];

/** Every string and number in a value, to check texts for junk and numbers for finiteness. */
function leaves(v: unknown, out: { strings: string[]; numbers: number[] } = { strings: [], numbers: [] }) {
  if (typeof v === 'string') out.strings.push(v);
  else if (typeof v === 'number') out.numbers.push(v);
  else if (Array.isArray(v)) v.forEach((x) => leaves(x, out));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => leaves(x, out));
  return out;
}

function check(where: string, typed: string, result: Parsed<unknown>): void {
  const { strings, numbers } = leaves(result.ok ? result.value : result.problem.message);
  if (!numbers.every(Number.isFinite)) throw new Error(`${where}: non-finite number in ${JSON.stringify(result)}`);
  if (!result.ok && result.problem.message.trim() === '') throw new Error(`${where}: empty message`);
  for (const s of strings) {
    const junk = JUNK.find((j) => s.includes(j) && !typed.includes(j));
    if (junk) throw new Error(`${where}: "${junk}" in ${s}`);
  }
}

const INDICATIONS = INDICATION_IDS;

describe('the parsers properties.test.ts leaves out, on 10,000 random and near-miss strings', () => {
  it('never throw, give finite numbers and messages free of NaN, undefined, null', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...INDICATIONS), fc.constantFrom('kg' as const, 'lb' as const), (s, indication, unit) => {
        const w = (name: string) => `${name}(${JSON.stringify(s)})`;
        check(w('readLeadingNumber'), s, readLeadingNumber(s));
        check(w('parseCrpWindow'), s, parseCrpWindow(s));
        check(w('parseCrpUln'), s, parseCrpUln(s));
        check(w(`calculateDose ${indication} ${unit}`), s, calculateDose({ indication, weight: s, weightUnit: unit }));
        const unitFound = parseUnit(s);
        if (unitFound !== null && typeof unitFound !== 'string') throw new Error(`${w('parseUnit')} gave ${String(unitFound)}`);
        const quoted = quote(s);
        if (!quoted.startsWith('"') || quoted.length > 42) throw new Error(`${w('quote')} gave ${quoted}`);
        if (typeof fold(s) !== 'string') throw new Error(w('fold'));
      }),
      { numRuns: 10_000 },
    );
  }, 60_000);

  it('turn anything read back from storage into complete, valid settings', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBoxedValues: true, withSparseArray: true }), (stored) => {
        const s = resolveSettings(stored);
        const ok =
          Object.values(s.values).every((v) => v === null || Number.isFinite(v)) &&
          Array.isArray(s.disabledRules) &&
          s.disabledRules.every((r) => typeof r === 'string') &&
          Object.values(s.severityOverrides).every((v) => ['error', 'warning', 'info'].includes(v));
        if (!ok) throw new Error(`resolveSettings(${fc.stringify(stored)}) gave ${JSON.stringify(s)}`);
      }),
      { numRuns: 10_000 },
    );
  });
});
