import { describe, expect, it } from 'vitest';
import { parseRequestType } from './request-type';

describe('parseRequestType', () => {
  it('reads "New authorization request"', () => expect(parseRequestType('New authorization request')).toEqual({ ok: true, value: 'new' }));
  it('reads "Initial"', () => expect(parseRequestType('Initial')).toEqual({ ok: true, value: 'new' }));
  it('reads "Extension of existing authorization"', () =>
    expect(parseRequestType('Extension of existing authorization')).toEqual({ ok: true, value: 'continuation' }));
  it('reads "Continuation"', () => expect(parseRequestType('continuation')).toEqual({ ok: true, value: 'continuation' }));
  it('reads "Reauthorization"', () => expect(parseRequestType('Reauthorization')).toEqual({ ok: true, value: 'continuation' }));
  it('reads "Renewal"', () => expect(parseRequestType('Renewal')).toEqual({ ok: true, value: 'continuation' }));
  it('rejects "urgent"', () => expect(parseRequestType('urgent')).toMatchObject({ ok: false, problem: { code: 'request-type.unknown' } }));
});
