import { describe, expect, it } from 'vitest';
import { runBaseRule as runRule } from '@/rules/base/test-utils';
import * as rule from './npi-invalid';

const npi = (text: string) => runRule(rule, { prescriber: { npi: text } });

describe('npi-invalid', () => {
  it.each(['1234567893', '123-456-7893', ' 1234567893 '])('passes %s', (text) => {
    expect(npi(text)).toEqual([]);
  });

  it.each([
    ['1234567890', 'check digit'],
    ['123456789', 'has 9 digits'],
    ['12345678A3', 'only digits'],
  ])('flags %s', (text, reason) => {
    const [f] = npi(text);
    expect(f?.field).toBe('prescriber.npi');
    expect(f?.message).toContain('Prescriber NPI: ');
    expect(f?.message).toContain(reason);
  });
});
