import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext as Context } from './context';

type ContextModule = typeof import('./context');

/**
 * The content script's context (aliased over WXT's in its build): what the content script
 * uses of WXT's, with WXT's protocol between an old instance and a new one.
 */
describe('the content script context', () => {
  const runtime: { id?: string } = {};
  let ContentScriptContext: ContextModule['ContentScriptContext'];
  let SCRIPT_STARTED: string;
  const started: Context[] = [];
  const start = (name = 'content') => {
    const ctx = new ContentScriptContext(name);
    started.push(ctx);
    return ctx;
  };
  beforeEach(async () => {
    runtime.id = 'abcdef';
    vi.stubGlobal('chrome', { runtime });
    vi.resetModules();
    ({ ContentScriptContext, SCRIPT_STARTED } = await import('./context'));
  });
  afterEach(() => {
    for (const ctx of started.splice(0)) ctx.notifyInvalidated();
    vi.unstubAllGlobals();
  });

  it('is valid until invalidated, and calls its listeners once then', () => {
    const ctx = start();
    const onInvalidated = vi.fn();
    const removed = vi.fn();
    ctx.onInvalidated(onInvalidated);
    ctx.onInvalidated(removed)();
    expect([ctx.isValid, ctx.isInvalid]).toEqual([true, false]);
    ctx.notifyInvalidated();
    ctx.notifyInvalidated();
    expect([ctx.isValid, ctx.isInvalid, ctx.signal.aborted]).toEqual([false, true, true]);
    expect(onInvalidated).toHaveBeenCalledTimes(1);
    expect(removed).not.toHaveBeenCalled();
  });

  it('is stopped by a newer instance of the same content script, with the event WXT uses', () => {
    const old = start();
    const other = start('other');
    const onInvalidated = vi.fn();
    old.onInvalidated(onInvalidated);
    const heard = vi.fn();
    const type = SCRIPT_STARTED;
    document.addEventListener(type, heard);
    const newer = start();
    document.removeEventListener(type, heard);
    expect(old.isInvalid).toBe(true);
    expect(onInvalidated).toHaveBeenCalledTimes(1);
    expect([newer.isValid, other.isValid]).toEqual([true, true]);
    expect(type).toMatch(/^abcdef:.*:wxt:content-script-started$/);
    expect(heard.mock.calls[0]?.[0]).toMatchObject({ detail: { contentScriptName: 'content', messageId: expect.any(String) } });
  });

  it('is invalid once the extension is gone under the page (no runtime id)', () => {
    const ctx = start();
    const onInvalidated = vi.fn();
    ctx.onInvalidated(onInvalidated);
    delete runtime.id;
    expect(ctx.isInvalid).toBe(true);
    expect(onInvalidated).toHaveBeenCalledTimes(1);
  });
});
