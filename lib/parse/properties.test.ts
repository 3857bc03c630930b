import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FrequencySchema,
  Icd10Schema,
  IsoDateSchema,
  NdcQuantitySchema,
  NdcSchema,
  PartialDateSchema,
  QuantitySchema,
  StopDateSchema,
} from '@/lib/form/schema';
import { z } from 'zod';
import { addDays, daysBetween, formatUsDate, parseDate, parsePartialDate, parseStopDate } from './date';
import { parseFrequency } from './frequency';
import { parseIcd10, parseIcd10List } from './icd10';
import { parseModifiers } from './modifiers';
import { candidates11, formatNdc542, formatNdcClaim, parseNdc } from './ndc';
import { parseNdcQuantity } from './ndc-quantity';
import { npiCheckDigit, parseNpi } from './npi';
import { parseCount, parseDecimal } from './number';
import { parsePlaceOfService } from './place-of-service';
import { parseQuantity } from './quantity';
import { parseReferenceRange } from './reference-range';
import { parseRequestType } from './request-type';
import type { Parsed } from './result';
import { parseYesNo } from './yes-no';

/** Every parser, with the schema its value must satisfy. */
const PARSERS: [string, (s: string) => Parsed<unknown>, z.ZodType][] = [
  ['parseQuantity', (s) => parseQuantity(s), QuantitySchema],
  ['parseQuantity(dose)', (s) => parseQuantity(s, { units: ['mg'], what: 'the dose' }), QuantitySchema],
  ['parseCount', (s) => parseCount(s), z.number().int().nonnegative()],
  ['parseDecimal', parseDecimal, z.number().nonnegative()],
  ['parseDate', (s) => parseDate(s, { twoDigitYearPivot: 26 }), IsoDateSchema],
  ['parsePartialDate', (s) => parsePartialDate(s, { twoDigitYearPivot: 26 }), PartialDateSchema],
  ['parseStopDate', (s) => parseStopDate(s, { twoDigitYearPivot: 26 }), StopDateSchema],
  ['parseNdc', parseNdc, NdcSchema],
  ['parseIcd10', parseIcd10, Icd10Schema],
  ['parseNpi', parseNpi, z.string().regex(/^\d{10}$/)],
  ['parseFrequency', parseFrequency, FrequencySchema],
  ['parseNdcQuantity', parseNdcQuantity, NdcQuantitySchema],
  ['parseYesNo', parseYesNo, z.boolean()],
  ['parsePlaceOfService', parsePlaceOfService, z.string().regex(/^\d{2}$/)],
  ['parseModifiers', parseModifiers, z.array(z.string().regex(/^[A-Z0-9]{2}$/))],
  ['parseRequestType', parseRequestType, z.enum(['new', 'continuation'])],
  [
    'parseReferenceRange',
    parseReferenceRange,
    z.object({ low: z.number().nonnegative().nullable(), high: z.number().nonnegative(), unit: QuantitySchema.shape.unit }),
  ],
];

/** Pieces of plausible input, so random strings come close to valid ones and hit edge paths. */
const TOKENS = [
  '0',
  '1',
  '2',
  '4',
  '5',
  '8',
  '9',
  '00078',
  '0734',
  '61',
  '280',
  '1,500',
  '1,5',
  '4.5',
  '.',
  ',',
  '-',
  '/',
  ' ',
  '  ',
  'mg',
  'MG',
  'kg',
  'lb',
  'lbs',
  'mL',
  'ML',
  'UN',
  'F2',
  'GR',
  'units',
  'mg/dL',
  'mg/L',
  'x',
  '×',
  'ULN',
  'e',
  'E400',
  'N4',
  'M',
  'm',
  'X',
  'A',
  'O',
  'q',
  'w',
  'd',
  'every',
  'weeks',
  'once',
  'daily',
  'twice',
  'times',
  'bid',
  'h',
  'yes',
  'no',
  'Office',
  "Patient's home",
  'POS',
  'JW',
  'JZ',
  'Still',
  "'s",
  'SJIA',
  'FMF',
  'gout',
  'NaN',
  'Infinity',
  'undefined',
  'two',
  'hundred',
  '\u00a0',
  '１',
  '−',
  '–',
  '(',
  ')',
  '2025',
  '13',
  '29',
  '02',
  'T',
  ':',
  '\n',
  '\t',
  'Oct',
  'Jan',
  '💊',
  '\u0301',
];
const nearMiss = fc.array(fc.constantFrom(...TOKENS), { maxLength: 12 }).map((t) => t.join(''));
const anyText = fc.oneof(
  { arbitrary: fc.string(), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary' }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme' }), weight: 1 },
  { arbitrary: nearMiss, weight: 5 },
);

/** Every number inside a parsed value. */
function numbersIn(v: unknown): number[] {
  if (typeof v === 'number') return [v];
  if (Array.isArray(v)) return v.flatMap(numbersIn);
  if (v && typeof v === 'object') return Object.values(v).flatMap(numbersIn);
  return [];
}

/** What is wrong with one parser's answer for `text`, or null. Plain checks keep 10,000 runs fast. */
function flaw(name: string, text: string, r: Parsed<unknown>, schema: z.ZodType): string | null {
  const where = `${name}(${JSON.stringify(text)})`;
  if (r.ok) {
    if (!numbersIn(r.value).every(Number.isFinite)) return `${where} gave a non-finite number`;
    if (!schema.safeParse(r.value).success) return `${where} gave ${JSON.stringify(r.value)}, outside its schema`;
    return null;
  }
  if (!/^[a-z0-9-]+\.[a-z0-9-]+$/.test(r.problem.code)) return `${where} gave problem code ${r.problem.code}`;
  if (r.problem.message.trim() === '') return `${where} gave an empty message`;
  const junk = ['NaN', 'undefined', 'null', '[object'].find((j) => r.problem.message.includes(j) && !text.includes(j));
  return junk ? `${where} message contains ${junk}: ${r.problem.message}` : null;
}

describe('every parser, on 10,000 random and near-miss strings', () => {
  it('never throws, gives finite numbers and schema-valid values, and clean problem messages', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const [name, parse, schema] of PARSERS) {
          const found = flaw(name, text, parse(text), schema);
          if (found) throw new Error(found);
        }
        for (const { raw, result } of parseIcd10List(text)) {
          const found = flaw('parseIcd10List', raw, result, Icd10Schema);
          if (found) throw new Error(found);
        }
      }),
      { numRuns: 10_000 },
    );
  }, 60_000);
});

describe('round trips', () => {
  const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));

  it('a formatted 5-4-2 NDC re-parses to the same 11 digits, as does its claim form', () => {
    fc.assert(
      fc.property(digits(11), (ndc11) => {
        const hyphenated = formatNdc542(ndc11) ?? '';
        expect(parseNdc(hyphenated)).toMatchObject({ ok: true, value: { ndc11, hyphenated } });
        expect(parseNdc(ndc11)).toMatchObject({ ok: true, value: { ndc11 } });
        expect(parseNdc(formatNdcClaim(ndc11) ?? '')).toMatchObject({ ok: true, value: { ndc11 } });
      }),
    );
  });

  it('a hyphenated 10-digit NDC becomes one of its candidates, and its 5-4-2 form re-parses to it', () => {
    const layouts = [
      [4, 4, 2],
      [5, 3, 2],
      [5, 4, 1],
    ] as const;
    fc.assert(
      fc.property(digits(10), fc.constantFrom(...layouts), (ten, [a, b]) => {
        const typed = `${ten.slice(0, a)}-${ten.slice(a, a + b)}-${ten.slice(a + b)}`;
        const r = parseNdc(typed);
        if (!r.ok || !r.value.ndc11 || !r.value.hyphenated) throw new Error(`${typed} did not parse`);
        expect(candidates11(ten).map((c) => c.ndc11)).toContain(r.value.ndc11);
        expect(parseNdc(r.value.hyphenated)).toMatchObject({ ok: true, value: { ndc11: r.value.ndc11 } });
      }),
    );
  });

  const validDate = fc
    .record({ y: fc.integer({ min: 1900, max: 2199 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
    .filter(({ y, m, d }) => d <= new Date(Date.UTC(y, m, 0)).getUTCDate())
    .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

  it('a valid date rendered MM/DD/YYYY re-parses to the same ISO date', () => {
    fc.assert(
      fc.property(validDate, (iso) => {
        expect(parseDate(formatUsDate(iso))).toEqual({ ok: true, value: iso });
        expect(parseDate(iso)).toEqual({ ok: true, value: iso });
        const [y, m, d] = iso.split('-').map(Number);
        expect(parseDate(`${m}/${d}/${y}`)).toEqual({ ok: true, value: iso });
      }),
    );
  });

  it('adding n days then counting them gives n back', () => {
    fc.assert(
      fc.property(validDate, fc.integer({ min: -20_000, max: 20_000 }), (iso, n) => {
        const later = addDays(iso, n);
        if (later !== null) expect(daysBetween(iso, later)).toBe(n);
      }),
    );
  });

  const alnum = fc.constantFrom(...'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'.split(''));
  const icdCode = fc
    .tuple(
      fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('')),
      fc.integer({ min: 0, max: 9 }),
      alnum,
      fc.array(alnum, { maxLength: 4 }),
    )
    .map(([a, b, c, rest]) => `${a}${b}${c}${rest.join('')}`);

  it('a canonical ICD-10 code re-parses to itself, and so does its undotted lower-case form', () => {
    fc.assert(
      fc.property(icdCode, (bare) => {
        const r = parseIcd10(bare);
        if (!r.ok) throw new Error(`${bare}: ${r.problem.message}`);
        expect(parseIcd10(r.value.code)).toEqual(r);
        expect(parseIcd10(bare.toLowerCase())).toEqual(r);
      }),
    );
  });

  it('every 9-digit prefix with its computed check digit passes parseNpi, and no other last digit does', () => {
    fc.assert(
      fc.property(digits(9), (first9) => {
        const check = npiCheckDigit(first9);
        expect(parseNpi(`${first9}${check}`)).toEqual({ ok: true, value: `${first9}${check}` });
        for (let d = 0; d <= 9; d++) {
          if (d !== check) expect(parseNpi(`${first9}${d}`).ok).toBe(false);
        }
      }),
    );
  });

  it('a number written with thousands separators re-parses to the same amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        // Built from the decimal text, not whole + cents / 100, whose float error (1.5699999999999998)
        // the written form rounds away.
        const plain = `${whole}.${String(cents).padStart(2, '0')}`;
        const amount = Number(plain);
        const written = amount.toLocaleString('en-US', { maximumFractionDigits: 2 });
        expect(parseQuantity(`${written} mg`)).toEqual({ ok: true, value: { amount, unit: 'mg' } });
      }),
    );
  });
});
