import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '@/lib/engine/evaluate';
import type { Evaluation, Settings, Severity } from '@/lib/engine/types';
import { normalizeForm } from '@/lib/form/normalize';
import { RAW_FIELD_PATHS, rawFromFlat } from '@/lib/form/paths';
import { selectFor } from '@/lib/engine/registry';
import { basePack } from '@/rules/base';
import { cignaIlarisPack } from '@/rules/cigna/ilaris';
import { REGISTRY } from '@/rules/registry';

/**
 * Issue 6, "Bad input": 10,000 random requests — realistic values, near misses and garbage in
 * every field — through the normalizer and the whole Cigna × Ilaris pack, the way the content
 * script runs them (flat raw paths → RawForm → PaForm → evaluate).
 */

/** Values staff really type, the brief's traps, and text that looks like code. */
const REALISTIC = [
  '280',
  '280mg',
  '280 MG',
  '2 80',
  '1,5',
  '1.5',
  'two hundred',
  '0',
  '-5',
  '1e3',
  '300',
  '150',
  '1',
  '4.5',
  '0.8',
  '45',
  '70',
  '154 lb',
  '70 kg',
  '15',
  '7.5',
  '2/30/2025',
  '13/01/2025',
  '02/29/2024',
  '11/20/2026',
  '2026-10-01',
  '10/15/2024',
  '00078-0734-61',
  '0078-0734-61',
  '0078073461',
  '00078073461',
  'N400078073461',
  '00078-0582-61',
  'ML2',
  'UN2',
  'F2 1',
  'M06.1',
  'M061',
  'm06.1',
  'M04.1',
  'M04.2',
  'E85.0',
  'M08.2X',
  'M08.20',
  'M10.9',
  'M1A.0',
  'M79.3',
  'M06.1, M08.20',
  'J0638',
  'J0638 - Injection, canakinumab, 1 mg',
  '96372',
  'JW',
  'JZ',
  'JW, JZ',
  '11',
  '19',
  '22',
  '11 - Office',
  '1234567893',
  '1234567890',
  'U1234567801',
  'mg',
  'mL',
  'kg',
  'lb',
  'mg/L',
  'mg/dL',
  '<0.5 mg/dL',
  '0.0-0.5 mg/dL',
  '0-5 mg/L',
  '5 mg/L',
  '2x ULN',
  'Every 4 weeks',
  'every 8 weeks',
  'once',
  'q4w',
  'Every 4 weeks x 6 months',
  'Yes',
  'No',
  'yes',
  'n',
  'New authorization request',
  'Extension of existing authorization',
  'AOSD',
  'SJIA',
  'FMF',
  'TRAPS',
  'HIDS',
  'CAPS',
  'GOUT',
  'OTHER',
  "Still's disease",
  'Rheumatology',
  'Dermatology',
  'Prednisone',
  'Methotrexate',
  'Colchicine',
  '20 mg daily',
  'Inadequate response',
  'Select...',
  '-- choose --',
  '',
  ' ',
  '\u00a0',
  '１５０',
  '−5',
  'NaN',
  'Infinity',
  'undefined',
  'null',
  '[object Object]',
  '<img src=x onerror=alert(1)>',
  '</style>',
  '\u202Eevil',
  '\u2067x\u2069',
  '\u200F',
  '💊',
  '\u0000',
  '9'.repeat(400),
];
const JUNK = ['NaN', 'undefined', 'null', '[object Object]'] as const;
/** Typed into a field and quoted, these would reorder the rest of the message. */
const BIDI_CONTROL = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

const text = fc.oneof(
  { arbitrary: fc.constantFrom(...REALISTIC), weight: 6 },
  { arbitrary: fc.array(fc.constantFrom(...REALISTIC), { minLength: 1, maxLength: 3 }).map((t) => t.join(' ')), weight: 2 },
  { arbitrary: fc.string({ maxLength: 40 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 1 },
);

/** A concrete path for each pattern (rows and code lists get small indexes, sometimes sparse). */
const concretePath = (pattern: string) =>
  pattern.includes('.N') ? fc.integer({ min: 0, max: 4 }).map((n) => pattern.replace('.N', `.${n}`)) : fc.constant(pattern);

// half the requests name Ilaris, so its rules run on them too
const flatForm = fc
  .tuple(fc.array(fc.tuple(fc.constantFrom(...RAW_FIELD_PATHS).chain(concretePath), text), { maxLength: 30 }), fc.boolean())
  .map(([entries, ilaris]) => ({ ...Object.fromEntries(entries), ...(ilaris ? { 'drug.name': 'Ilaris' } : {}) }) as Record<string, string>);

const RULE_IDS = [...basePack.rules.map((r) => `base/${r.meta.id}`), ...cignaIlarisPack.rules.map((r) => `cigna-ilaris/${r.meta.id}`)];
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const settings: fc.Arbitrary<Partial<Settings>> = fc.record(
  {
    values: fc.record({
      'cigna-ilaris/crpWindowDays': fc.integer({ min: 1, max: 730 }),
      'cigna-ilaris/crpUlnMgL': fc.option(fc.double({ min: 0.1, max: 100, noNaN: true }), { nil: null }),
    }),
    disabledRules: fc.subarray(RULE_IDS, { maxLength: 5 }),
    severityOverrides: fc.dictionary(fc.constantFrom(...RULE_IDS), fc.constantFrom(...SEVERITIES), { maxKeys: 3 }),
  },
  { requiredKeys: [] },
);
const today = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Every text the user can see: finding messages, fix labels and values, checklist labels. */
function shownTexts(result: Evaluation): string[] {
  return [
    ...result.findings.flatMap((f) => [f.message, f.fix?.label, f.fix?.value, f.source.title]),
    ...result.checklist.sections.flatMap((s) => [s.title, ...s.items.map((i) => i.label)]),
  ].filter((t): t is string => t !== undefined);
}

describe('evaluate on 10,000 random requests', () => {
  it('never throws, never fails a rule, shows no NaN, undefined, null or [object Object] the user did not type, and no bidi control', () => {
    fc.assert(
      fc.property(flatForm, settings, today, (flat, userSettings, day) => {
        const typed = Object.values(flat).join('\n');
        const form = normalizeForm(rawFromFlat(flat));
        const selection = selectFor(REGISTRY, form);
        const pack = selection.status === 'applies' ? cignaIlarisPack : null;
        const result = evaluate(form, { today: day, settings: userSettings, base: basePack, pack, selection });
        // a rule that throws is contained as `rule-failed`; on any input none should need to be
        if (result.failedRules.length > 0) {
          throw new Error(
            `rules failed: ${result.findings
              .filter((f) => f.ruleId === 'rule-failed')
              .map((f) => f.message)
              .join(' | ')}`,
          );
        }
        for (const shown of shownTexts(result)) {
          if (shown.trim() === '') throw new Error('an empty message or label');
          const junk = JUNK.find((j) => shown.includes(j) && !typed.includes(j));
          if (junk) throw new Error(`"${junk}" in: ${shown}`);
          if (BIDI_CONTROL.test(shown)) throw new Error(`a bidirectional control in: ${JSON.stringify(shown)}`);
        }
        expect(result.checklist.done).toBeLessThanOrEqual(result.checklist.total);
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);
});
