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

describe('fold: hyphen look-alikes, round 9', () => {
  it.each([
    ['a non-breaking hyphen', '00078\u20110734\u201161'],
    ['a figure dash', '00078\u20120734\u201261'],
    ['a minus sign', '00078\u22120734\u221261'],
    ['a hyphen', '00078\u20100734\u201061'],
  ])('reads %s as "-"', (_, text) => expect(fold(text)).toBe('00078-0734-61'));
  it('keeps en and em dashes, which part ranges and descriptions', () =>
    expect(fold('M10.9 \u2013 Gout \u2014 flare')).toBe('M10.9 \u2013 Gout \u2014 flare'));
});

describe('fold: round 12, marks pasted along with a value', () => {
  it.each([
    ['a left-to-right mark Windows puts around a copied date', '\u200e11/20/2026', '11/20/2026'],
    ['a right-to-left mark', 'M04.2\u200f', 'M04.2'],
    ['a zero-width joiner', 'J0638\u200d', 'J0638'],
    ['a zero-width non-joiner', 'Ilaris\u200c', 'Ilaris'],
    ['a trade mark sign, which NFKC would spell "TM"', 'Ilaris™', 'Ilaris'],
  ])('drops %s', (_, text, folded) => expect(fold(text)).toBe(folded));
});
