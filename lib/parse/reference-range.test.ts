import { describe, expect, it } from 'vitest';
import { parseReferenceRange } from './reference-range';

describe('parseReferenceRange', () => {
  it('reads "0-5 mg/L"', () => expect(parseReferenceRange('0-5 mg/L')).toEqual({ ok: true, value: { low: 0, high: 5, unit: 'mg/L' } }));
  it('reads "0.0 – 10.0 mg/L" with an en-dash', () =>
    expect(parseReferenceRange('0.0 – 10.0 mg/L')).toEqual({ ok: true, value: { low: 0, high: 10, unit: 'mg/L' } }));
  it('reads "0 to 3 mg/L"', () =>
    expect(parseReferenceRange('0 to 3 mg/L')).toEqual({ ok: true, value: { low: 0, high: 3, unit: 'mg/L' } }));
  it('reads "<0.5 mg/dL"', () =>
    expect(parseReferenceRange('<0.5 mg/dL')).toEqual({ ok: true, value: { low: null, high: 0.5, unit: 'mg/dL' } }));
  it('reads "≤ 5"', () => expect(parseReferenceRange('≤ 5')).toEqual({ ok: true, value: { low: null, high: 5, unit: null } }));
  it('reads "up to 3 mg/L"', () => expect(parseReferenceRange('up to 3 mg/L')).toMatchObject({ ok: true, value: { high: 3 } }));
  it('rejects a single number', () => expect(parseReferenceRange('5')).toMatchObject({ ok: false, problem: { code: 'range.format' } }));
  it('rejects a reversed range', () =>
    expect(parseReferenceRange('10-5 mg/L')).toMatchObject({ ok: false, problem: { code: 'range.order' } }));
  it('rejects an unknown unit', () =>
    expect(parseReferenceRange('0-5 mg/kg')).toMatchObject({ ok: false, problem: { code: 'range.unit' } }));
  it('rejects "normal"', () => expect(parseReferenceRange('normal')).toMatchObject({ ok: false, problem: { code: 'range.format' } }));
  it('rejects "0-1,5 mg/dL" with its decimal comma', () => expect(parseReferenceRange('0-1,5 mg/dL')).toMatchObject({ ok: false }));
});
