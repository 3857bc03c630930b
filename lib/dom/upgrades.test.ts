import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchUpgrades } from './upgrades';

describe('watching custom elements for a shadow root attached after the scan', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '<pa-form></pa-form><app-shell></app-shell>';
  });
  afterEach(() => vi.useRealTimers());

  it('calls back once when one of them is upgraded with an open shadow root', () => {
    const onUpgrade = vi.fn();
    watchUpgrades(window, Array.from(document.querySelectorAll('pa-form, app-shell')), onUpgrade);
    vi.advanceTimersByTime(500);
    expect(onUpgrade).not.toHaveBeenCalled();
    document.querySelector('pa-form')!.attachShadow({ mode: 'open' });
    vi.advanceTimersByTime(20_000);
    expect(onUpgrade).toHaveBeenCalledTimes(1);
  });

  it('stops looking after the last delay, and when cancelled', () => {
    const hosts = Array.from(document.querySelectorAll('pa-form'));
    const onUpgrade = vi.fn();
    watchUpgrades(window, hosts, onUpgrade);
    vi.advanceTimersByTime(20_000);
    expect(vi.getTimerCount()).toBe(0);
    const cancel = watchUpgrades(window, hosts, onUpgrade);
    cancel();
    hosts[0]!.attachShadow({ mode: 'open' });
    vi.advanceTimersByTime(20_000);
    expect(onUpgrade).not.toHaveBeenCalled();
  });

  it('sets no timer when the scan found no such element, and ignores one taken out of the page', () => {
    watchUpgrades(window, [], vi.fn());
    expect(vi.getTimerCount()).toBe(0);
    const gone = document.querySelector('app-shell')!;
    const onUpgrade = vi.fn();
    watchUpgrades(window, [gone], onUpgrade);
    gone.remove();
    gone.attachShadow({ mode: 'open' });
    vi.advanceTimersByTime(20_000);
    expect(onUpgrade).not.toHaveBeenCalled();
  });
});
