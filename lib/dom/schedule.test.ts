import { afterEach, describe, expect, it, vi } from 'vitest';
import { idleScheduler, postLayoutScheduler } from './schedule';

/** A window whose ResizeObserver is driven by the test: `layout()` notifies as a browser's
 *  rendering step would, for elements newly observed or whose width changed since. */
function fakeWindow() {
  const reported = new Map<Element, string | null>();
  let notify: (() => void) | null = null;
  class FakeObserver {
    constructor(callback: () => void) {
      notify = callback;
    }
    observe(el: Element) {
      reported.set(el, null);
    }
    unobserve(el: Element) {
      reported.delete(el);
    }
    disconnect() {
      reported.clear();
    }
  }
  const win = { document, ResizeObserver: FakeObserver } as unknown as Window;
  return {
    win,
    layout() {
      let changed = false;
      for (const [el, width] of reported) {
        const now = (el as HTMLElement).style.width;
        if (width !== now) {
          reported.set(el, now);
          changed = true;
        }
      }
      if (changed) notify?.();
    },
  };
}

const sentinels = () => document.querySelectorAll('pa-preflight-sentinel');

describe('running after the next layout', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('runs nothing before the layout, then the latest callback once', () => {
    const { win, layout } = fakeWindow();
    const { afterLayout } = postLayoutScheduler(win);
    const first = vi.fn();
    const second = vi.fn();
    afterLayout(first);
    afterLayout(second);
    expect(second).not.toHaveBeenCalled();
    layout();
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledOnce();
    layout();
    expect(second).toHaveBeenCalledOnce(); // nothing more until asked again
  });

  it('asks again after each run, through one hidden element of ours', () => {
    const { win, layout } = fakeWindow();
    const { afterLayout } = postLayoutScheduler(win);
    const run = vi.fn();
    for (let i = 0; i < 3; i++) {
      afterLayout(run);
      afterLayout(run); // twice in one frame: still one notification
      layout();
    }
    expect(run).toHaveBeenCalledTimes(3);
    expect(sentinels()).toHaveLength(1);
    expect(sentinels()[0]!.getAttribute('aria-hidden')).toBe('true');
  });

  it('puts its element back when the page removed it, and takes it away on dispose', () => {
    const { win, layout } = fakeWindow();
    const scheduler = postLayoutScheduler(win);
    const run = vi.fn();
    scheduler.afterLayout(run);
    layout();
    sentinels()[0]!.remove();
    scheduler.afterLayout(run);
    layout();
    expect(run).toHaveBeenCalledTimes(2);
    scheduler.afterLayout(run);
    scheduler.dispose();
    expect(sentinels()).toHaveLength(0);
    layout();
    expect(run).toHaveBeenCalledTimes(2);
  });
});

describe('running when idle', () => {
  it('runs the latest of the callbacks asked for before the browser was idle, once', () => {
    const idle: (() => void)[] = [];
    const win = { requestIdleCallback: (cb: () => void) => idle.push(cb), setTimeout } as unknown as Window;
    const whenIdle = idleScheduler(win);
    const first = vi.fn();
    const second = vi.fn();
    whenIdle(first);
    whenIdle(second);
    expect(idle).toHaveLength(1);
    idle.shift()!();
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledOnce();
    whenIdle(first);
    expect(idle).toHaveLength(1); // asked again after it ran
  });
});
