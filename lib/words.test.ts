import { describe, expect, it } from 'vitest';
import { capitalize, plural } from './words';

describe('words', () => {
  it('counts one thing in the singular, none or several in the plural', () => {
    expect(plural(1, 'finding')).toBe('1 finding');
    expect(plural(0, 'finding')).toBe('0 findings');
    expect(plural(12, 'error')).toBe('12 errors');
  });
  it('capitalizes only the first letter', () => {
    expect(capitalize('every 4 weeks')).toBe('Every 4 weeks');
    expect(capitalize("still's disease (AOSD)")).toBe("Still's disease (AOSD)");
    expect(capitalize('')).toBe('');
  });
});
