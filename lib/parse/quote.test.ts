import { describe, expect, it } from 'vitest';
import { fold } from './quote';

describe('fold', () => {
  it('folds full-width digits and no-break spaces', () => expect(fold('１２\u00a0mg')).toBe('12 mg'));

  it.each([
    ['a zero-width space', '1234567893\u200b'],
    ['a byte-order mark', '\ufeff1234567893'],
    ['a word joiner', '12345\u206067893'],
    ['a soft hyphen', '12345\u00ad67893'],
  ])('drops %s pasted from a spreadsheet', (_, text) => expect(fold(text)).toBe('1234567893'));

  it('keeps visible hyphens, dashes and spaces', () => expect(fold(' 00078-0734 – 61 ')).toBe('00078-0734 – 61'));

  it('is empty for a field holding only invisible characters', () => expect(fold('\u200b\ufeff ')).toBe(''));
});
