import { describe, expect, it } from 'vitest';
import { HCPCS, parseHcpcs } from './hcpcs';

const read = (text: string) => {
  const r = parseHcpcs(text);
  if (!r.ok) throw new Error(`expected ${text} to parse: ${r.problem.message}`);
  return r.value;
};

describe('parseHcpcs', () => {
  it.each([
    ['J0638', 'J0638'],
    [' j0638 ', 'J0638'],
    ['J0638 x 280 units', 'J0638'],
    ['J0638 - Injection, canakinumab, 1 mg', 'J0638'],
    ['J3590 unclassified biologics', 'J3590'],
    ['Ｊ０６３８', 'J0638'],
  ])('reads the code at the front of %j', (text, code) => expect(read(text)).toBe(code));

  it.each([
    ['Q 5103', 'Q5103'],
    ['j 0638', 'J0638'],
    ['Q 5103 - Injection, infliximab-dyyb, biosimilar, 10 mg', 'Q5103'],
  ])('reads a code split after its letter by fax OCR, %j', (text, code) => expect(read(text)).toBe(code));

  it.each([
    ['J-1745', 'J1745'],
    ['q-5103', 'Q5103'],
    ['J-1745 - Injection, infliximab, excludes biosimilar, 10 mg', 'J1745'],
  ])('reads a code with a hyphen after its letter, %j', (text, code) => expect(read(text)).toBe(code));

  it.each([
    ['J--1745', 'J--1745'],
    ['J-17456', 'J-17456'],
  ])('keeps %j as typed: no code', (text, value) => {
    expect(read(text)).toBe(value);
    expect(HCPCS.test(value)).toBe(false);
  });

  it('drops a zero-width space pasted after the code', () => expect(read('J0638\u200b')).toBe('J0638'));

  it.each([
    ['j 0638x', 'J0638X'],
    ['J06381', 'J06381'],
    ['J063', 'J063'],
    ['0638', '0638'],
    ['N/A (pharmacy benefit)', 'N/A(PHARMACYBENEFIT)'],
  ])('keeps %j as typed, upper case without spaces, for a rule to judge: no code', (text, value) => {
    expect(read(text)).toBe(value);
    expect(HCPCS.test(value)).toBe(false);
  });

  it('reads no code from a sentence that only mentions one', () => expect(HCPCS.test(read('billed under J0638'))).toBe(false));
});
