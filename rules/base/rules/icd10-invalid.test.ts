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

  it.each(['MO6.1', '06.1', 'M06..1', 'M'])('flags the malformed %s', (code) => {
    expect(codes(code)[0]?.severity).toBe('error');
  });

  it('points at the input the bad code was typed in', () => {
    const found = codes('M06.1', 'M04');
    expect(found.map((f) => f.field)).toEqual(['diagnosis.codes.1']);
  });
});
