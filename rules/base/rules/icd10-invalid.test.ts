import { describe, expect, it } from 'vitest';
import { runBaseRule as runRule } from '@/rules/base/test-utils';
import * as rule from './icd10-invalid';

const codes = (...list: string[]) => runRule(rule, { diagnosis: { codes: list } }, { forIlaris: true });
const anyDrug = (...list: string[]) => runRule(rule, { diagnosis: { codes: list } });

describe('icd10-invalid', () => {
  it.each(['M06.1', 'm061', 'M04.1', 'M08.20', 'M08.2A', 'M10.9', 'M1A.00X0', 'M1A.0711', 'E85.0', 'M79.3', 'R50.9'])(
    'passes %s',
    (code) => {
      expect(codes(code)).toEqual([]);
    },
  );

  it('flags the placeholder M08.2X and names billable codes', () => {
    const [f] = codes('M08.2X');
    expect(f?.field).toBe('diagnosis.codes.0');
    expect(f?.message).toBe(
      '"M08.2X" is a placeholder, not a code: the X stands for characters the code must spell out; choose the billable code, e.g. M08.20, M08.211, ....',
    );
  });

  it.each([
    ['M04', 'M04.2 or M04.1'],
    ['M08.2', 'M08.20'],
    ['M08.21', 'M08.211'],
    ['M10', 'M10.9'],
  ])('flags the header %s', (code, example) => {
    const [f] = codes(code);
    expect(f?.message).toContain('is a category header, not a billable code');
    expect(f?.message).toContain(example);
  });

  it('flags a placeholder for any drug, without naming codes no pack knows', () => {
    const [f] = anyDrug('M08.2X');
    expect(f?.message).toBe('"M08.2X" is a placeholder, not a code: the X stands for characters the code must spell out.');
  });

  it.each(['M05.79', 'M08.2', 'L40.50'])('makes no header claim about %s when no drug pack applies', (code) => {
    expect(anyDrug(code)).toEqual([]);
  });

  it.each([
    ['M06.10', 'M06.1'],
    ['M04.10', 'M04.1'],
    ['M10.90', 'M10.9'],
    ['M08.200', 'M08.20'],
  ])('flags %s, below the leaf %s, as no code at all and offers the leaf', (code, leaf) => {
    const [f] = codes(code);
    expect(f?.severity).toBe('error');
    expect(f?.message).toBe(`"${code}" is not an ICD-10-CM code: ${leaf} has no subdivisions. Did you mean ${leaf}?`);
    expect(f?.fix).toEqual({ field: 'diagnosis.codes.0', value: leaf, label: `Use ${leaf}` });
  });

  it('makes no claim about M06.10 when no drug pack applies', () => {
    expect(anyDrug('M06.10')).toEqual([]);
  });

  it('flags a chronic gout code without its 7th character', () => {
    expect(codes('M1A.071')[0]?.message).toContain('need a 7th character');
  });

  describe('a code of a category that takes a 7th character', () => {
    it.each([
      'M80.08XA',
      'S72.001A',
      'T50.905A',
      'S06.0X1A',
      'T07.XXXA',
      'M84.350A',
      'M48.50XA',
      'M97.01XA',
      'O36.5930',
      'O60.14X0',
      'R40.2142',
      'H35.3211',
      'M1A.9XX1',
    ])('passes %s, complete with its 7th character, for any drug', (code) => {
      expect(anyDrug(code)).toEqual([]);
    });

    it('flags M80.08A, its X placeholder left out, and shows the code with it', () => {
      const [f] = anyDrug('M80.08A');
      expect(f?.severity).toBe('error');
      expect(f?.field).toBe('diagnosis.codes.0');
      expect(f?.message).toBe(
        '"M80.08A" is incomplete: fracture codes (M80, M84.3–M84.7, M48.4–M48.5, M97) need a 7th character for the encounter, such as A initial, D subsequent or S sequela (X fills empty places, e.g. M80.08XA).',
      );
    });

    it.each([
      ['S72.001', 'injury and poisoning codes'],
      ['T50.905', 'injury and poisoning codes'],
      ['S06.0', 'injury and poisoning codes'],
      ['T88.7', 'injury and poisoning codes'],
      ['S72.00X', 'injury and poisoning codes'],
      ['M84.3', 'fracture codes'],
      ['M48.50', 'fracture codes'],
      ['m8008a', 'fracture codes'],
      ['O36.593', 'maternal care code'],
      ['O33.3', 'maternal care code'],
      ['O60.14', 'maternal care code'],
      ['R40.214', 'Glasgow coma scale codes'],
      ['H35.321', 'age-related macular degeneration codes'],
      ['M1A.071', 'chronic gout codes'],
    ])('flags %s without its 7th character as incomplete (%s)', (code, what) => {
      const [f] = anyDrug(code);
      expect(f?.severity).toBe('error');
      expect(f?.message).toContain('is incomplete');
      expect(f?.message).toContain(what);
      expect(f?.message).toContain('X fills empty places');
    });

    it('keeps the chronic gout message', () => {
      expect(anyDrug('M1A.071')[0]?.message).toBe(
        '"M1A.071" is incomplete: chronic gout codes (M1A.-) need a 7th character, 0 without tophus or 1 with tophus (X fills empty places, e.g. M1A.9XX0).',
      );
    });

    // complete codes of fewer characters beside or in those categories
    it.each([
      'M81.0',
      'M84.9',
      'M48.06',
      'T31.10',
      'T86.10',
      'O34.211',
      'O33.0',
      'O60.00',
      'R40.20',
      'R40.2A',
      'H35.30',
      'H35.81',
      'G35.A',
      'K50.90',
    ])('asks no 7th character of %s, outside those categories', (code) => {
      expect(anyDrug(code)).toEqual([]);
    });
  });

  it.each(['MO6.1', '06.1', 'M06..1', 'M'])('flags the malformed %s', (code) => {
    expect(codes(code)[0]?.severity).toBe('error');
  });

  it('points at the input the bad code was typed in', () => {
    const found = codes('M06.1', 'M04');
    expect(found.map((f) => f.field)).toEqual(['diagnosis.codes.1']);
  });
});
