import { describe, expect, it, vi } from 'vitest';
import { idleScheduler, postLayoutScheduler } from './schedule';

/** A window whose ResizeObserver is driven by the test: `layout()` notifies as a browser's
 *  rendering step would, once per element observed since the last notification. */
function fakeWindow() {
  const observed = new Set<Element>();
  let notify: (() => void) | null = null;
  class FakeObserver {
    constructor(callback: () => void) {
      notify = callback;
    }
    observe(el: Element) {
      observed.add(el);
    }
    unobserve(el: Element) {
      observed.delete(el);
    }
    disconnect() {
      observed.clear();
    }
  }
  const win = { document, ResizeObserver: FakeObserver } as unknown as Window;
  return {
    win,
    observed,
    layout() {
      if (observed.size) notify?.();
    },
  };
}

describe('running after the next layout', () => {
  it('runs nothing before the layout, then the latest callback once', () => {
    const { win, observed, layout } = fakeWindow();
    const after = postLayoutScheduler(win);
    const first = vi.fn();
    const second = vi.fn();
    after(first);
    after(second);
    expect(second).not.toHaveBeenCalled();
    expect(observed.size).toBe(1);
    layout();
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledOnce();
    expect(observed.size).toBe(0); // nothing more until asked again
    layout();
    expect(second).toHaveBeenCalledOnce();
  });

  it('asks again after each run', () => {
    const { win, layout } = fakeWindow();
    const after = postLayoutScheduler(win);
    const run = vi.fn();
    after(run);
    layout();
    after(run);
    layout();
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('runs at once in a document without a root element', () => {
    const empty = document.implementation.createHTMLDocument('');
    empty.documentElement.remove();
    const { win } = fakeWindow();
    const after = postLayoutScheduler({ ...win, document: empty } as unknown as Window);
    const run = vi.fn();
    after(run);
    expect(run).toHaveBeenCalledOnce();
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
