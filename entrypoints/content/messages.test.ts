import { describe, expect, it, vi } from 'vitest';
import type { Preflight } from '@/lib/dom/controller';
import { handleTabMessage } from './messages';

function preflight(stopped = false): Preflight {
  return {
    refresh: vi.fn(),
    focusField: vi.fn(() => true),
    report: vi.fn(() => null),
    values: vi.fn(() => ({ 'patient.name': 'Jane Doe' })),
    stop: vi.fn(),
    stopped,
  };
}

describe('messages the content script answers', () => {
  it('focuses a field by its raw path', () => {
    const p = preflight();
    expect(handleTabMessage({ type: 'focus-field', field: 'drug.units' }, p)).toEqual({ answer: true });
    expect(p.focusField).toHaveBeenCalledWith('drug.units');
  });

  it('answers get-report with the current report', () => {
    const p = preflight();
    expect(handleTabMessage({ type: 'get-report' }, p)).toEqual({ answer: null });
    expect(p.report).toHaveBeenCalled();
  });

  it("answers get-letter-input with the request's values held in memory", () => {
    const p = preflight();
    expect(handleTabMessage({ type: 'get-letter-input' }, p)).toEqual({ answer: { 'patient.name': 'Jane Doe' } });
    expect(handleTabMessage({ type: 'get-letter-input' }, preflight(true))).toBeUndefined();
  });

  it('ignores malformed and foreign messages, and everything once stopped', () => {
    const p = preflight();
    expect(handleTabMessage({ type: 'focus-field', field: 42 }, p)).toBeUndefined();
    expect(handleTabMessage({ type: 'focus-field', field: 'x'.repeat(200) }, p)).toBeUndefined();
    // the background builds the checklist with the ticks: the content script takes none
    expect(handleTabMessage({ type: 'manual-ticks', ticks: { coverage: true } }, p)).toBeUndefined();
    expect(handleTabMessage('focus-field', p)).toBeUndefined();
    expect(handleTabMessage(null, p)).toBeUndefined();
    expect(handleTabMessage({ type: 'state-changed' }, p)).toBeUndefined();
    expect(handleTabMessage({ type: 'get-report' }, preflight(true))).toBeUndefined();
  });
});
