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
  it.each(['Recert', 'Re-certification', 'Recertification', 'Continued therapy'])('reads %j as a continuation', (text) =>
    expect(parseRequestType(text)).toEqual({ ok: true, value: 'continuation' }),
  );
  it.each(['urgent', 'Urgent', 'Expedited', 'Standard', 'Standard (non-urgent)'])(
    'reads the urgency %j as not answering the type (no error)',
    (text) => expect(parseRequestType(text)).toMatchObject({ ok: false, problem: { code: 'request-type.not-given' } }),
  );
  it.each(['Restart', 'Resubmission', 'Re-submission'])(
    'reads %j as not saying new or continuation (a restart may have to meet the initial criteria)',
    (text) => expect(parseRequestType(text)).toMatchObject({ ok: false, problem: { code: 'request-type.not-given' } }),
  );
  it('still rejects a text that says nothing of the kind', () =>
    expect(parseRequestType('Prior auth')).toMatchObject({ ok: false, problem: { code: 'request-type.unknown' } }));
});

describe('parseRequestType: round 9', () => {
  it.each(['Retreatment', 'Re-treatment', 'Gout retreatment'])('reads %j as a continuation', (text) =>
    expect(parseRequestType(text)).toEqual({ ok: true, value: 'continuation' }),
  );
});
