import { describe, expect, it, vi } from 'vitest';
import type { Preflight } from '../../lib/dom/controller';
import { handleTabMessage } from './messages';

function deps(stopped = false) {
  const preflight: Preflight = {
    refresh: vi.fn(),
    focusField: vi.fn(() => true),
    report: vi.fn(() => null),
    stop: vi.fn(),
    stopped,
  };
  return { preflight, setManualTicks: vi.fn() };
}

describe('messages the content script answers', () => {
  it('focuses a field by its raw path', async () => {
    const d = deps();
    await expect(handleTabMessage({ type: 'focus-field', field: 'drug.units' }, d)).resolves.toBe(true);
    expect(d.preflight.focusField).toHaveBeenCalledWith('drug.units');
  });

  it('takes manual ticks, keeping only true/false entries', async () => {
    const d = deps();
    await handleTabMessage({ type: 'manual-ticks', ticks: { coverage: true, bad: 'yes' } }, d);
    expect(d.setManualTicks).toHaveBeenCalledWith({ coverage: true });
  });

  it('ignores malformed and foreign messages, and everything once stopped', () => {
    const d = deps();
    expect(handleTabMessage({ type: 'focus-field', field: 42 }, d)).toBeUndefined();
    expect(handleTabMessage({ type: 'manual-ticks', ticks: [] }, d)).toBeUndefined();
    expect(handleTabMessage('focus-field', d)).toBeUndefined();
    expect(handleTabMessage({ type: 'state-changed' }, d)).toBeUndefined();
    expect(handleTabMessage({ type: 'get-report' }, deps(true))).toBeUndefined();
  });
});
