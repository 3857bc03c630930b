import { describe, expect, it } from 'vitest';
import { parseModifiers } from './modifiers';

describe('parseModifiers', () => {
  it('splits "JW, JZ"', () => expect(parseModifiers('JW, JZ')).toEqual({ ok: true, value: ['JW', 'JZ'] }));
  it('upper-cases "jw"', () => expect(parseModifiers('jw')).toEqual({ ok: true, value: ['JW'] }));
  it('splits on spaces and semicolons', () => expect(parseModifiers('JW 25;59')).toEqual({ ok: true, value: ['JW', '25', '59'] }));
  it('gives an empty list for separators only', () => expect(parseModifiers(' , ')).toEqual({ ok: true, value: [] }));
  it('rejects "JWZ", naming it', () => {
    const r = parseModifiers('JWZ');
    expect(r).toMatchObject({ ok: false, problem: { code: 'modifiers.format' } });
    if (!r.ok) expect(r.problem.message).toContain('"JWZ"');
  });
  it('rejects a one-letter modifier', () => expect(parseModifiers('JW, J')).toMatchObject({ ok: false }));
});
