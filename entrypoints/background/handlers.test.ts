import { describe, expect, it, vi } from 'vitest';
import type { BackgroundToContent, TabState } from '../../lib/messages';
import { fakeSession } from '../../test/unit/fake-session';
import { sampleReport } from '../../test/unit/sample-tab-report';
import { createMessageHandler } from './handlers';
import { TabStore } from './tab-store';

const ORIGIN = 'chrome-extension://abc/';
const popup = { url: `${ORIGIN}popup.html` };
const contentIn = (tabId: number) => ({ tab: { id: tabId }, url: 'https://cignaforhcp.cigna.com/app/precert' });

function setup(sendToTab = vi.fn((_tabId: number, _m: BackgroundToContent) => Promise.resolve())) {
  const session = fakeSession();
  const store = new TabStore(session);
  const changes: [number, TabState][] = [];
  const handle = createMessageHandler({
    store,
    extensionOrigin: ORIGIN,
    sendToTab,
    onStateChange: (tabId, state) => changes.push([tabId, state]),
  });
  return { handle, store, session, changes, sendToTab };
}

describe('messages from the content script', () => {
  it('stores a report for the sender tab and announces the change', async () => {
    const { handle, store, changes } = setup();
    await expect(handle({ type: 'report', report: sampleReport() }, contentIn(4))).resolves.toBe(true);
    expect((await store.get(4)).report).toEqual(sampleReport());
    expect(changes.map(([tabId]) => tabId)).toEqual([4]);
  });

  it('ignores a report whose shape is wrong', async () => {
    const { handle, store, changes } = setup();
    const bad = { ...sampleReport(), findings: [{ ruleId: 'x', severity: 'fatal' }] };
    expect(handle({ type: 'report', report: bad }, contentIn(4))).toBeUndefined();
    expect(handle({ type: 'report' }, contentIn(4))).toBeUndefined();
    expect(handle('report', contentIn(4))).toBeUndefined();
    expect(handle(null, contentIn(4))).toBeUndefined();
    expect((await store.get(4)).report).toBeNull();
    expect(changes).toEqual([]);
  });

  it('resets the manual ticks when a new request starts', async () => {
    const { handle, store } = setup();
    await store.setManual(4, 'coverage', true);
    await handle({ type: 'new-request' }, contentIn(4));
    expect((await store.get(4)).manualTicks).toEqual({});
  });

  it('saves and loads wizard values for the sender tab only', async () => {
    const { handle } = setup();
    await handle({ type: 'save-values', values: { 'patient.weight': '70' } }, contentIn(4));
    await expect(handle({ type: 'load-values' }, contentIn(4))).resolves.toEqual({ 'patient.weight': '70' });
    await expect(handle({ type: 'load-values' }, contentIn(5))).resolves.toEqual({});
  });

  it('does not take popup requests from a content script', () => {
    const { handle } = setup();
    expect(handle({ type: 'get-state', tabId: 9 }, contentIn(4))).toBeUndefined();
    expect(handle({ type: 'set-manual', tabId: 9, itemId: 'coverage', done: true }, contentIn(4))).toBeUndefined();
  });

  it('answers nothing to a sender that is neither a tab nor an extension page', () => {
    const { handle } = setup();
    expect(handle({ type: 'report', report: sampleReport() }, {})).toBeUndefined();
  });
});

describe('messages from the popup', () => {
  it('answers get-state with the tab state', async () => {
    const { handle, store } = setup();
    await store.setReport(4, sampleReport());
    await expect(handle({ type: 'get-state', tabId: 4 }, popup)).resolves.toEqual({
      report: sampleReport(),
      manualTicks: {},
    });
  });

  it('stores a manual tick and forwards all ticks to the tab', async () => {
    const { handle, store, sendToTab, changes } = setup();
    await handle({ type: 'set-manual', tabId: 4, itemId: 'lmn', done: true }, popup);
    await handle({ type: 'set-manual', tabId: 4, itemId: 'coverage', done: true }, popup);
    expect((await store.get(4)).manualTicks).toEqual({ lmn: true, coverage: true });
    expect(sendToTab).toHaveBeenLastCalledWith(4, { type: 'manual-ticks', ticks: { lmn: true, coverage: true } });
    expect(changes).toHaveLength(2);
  });

  it('keeps the tick when the tab has no content script to receive it', async () => {
    const { handle, store } = setup(vi.fn(() => Promise.reject(new Error('Receiving end does not exist'))));
    const reply = await handle({ type: 'set-manual', tabId: 4, itemId: 'lmn', done: true }, popup);
    expect(reply).toEqual({ report: null, manualTicks: { lmn: true } });
    expect((await store.get(4)).manualTicks).toEqual({ lmn: true });
  });

  it('ignores malformed popup messages', () => {
    const { handle } = setup();
    expect(handle({ type: 'get-state', tabId: '4' }, popup)).toBeUndefined();
    expect(handle({ type: 'set-manual', tabId: 4, itemId: '', done: true }, popup)).toBeUndefined();
    expect(handle({ type: 'set-manual', tabId: 4, itemId: 'lmn', done: 'yes' }, popup)).toBeUndefined();
  });

  it('resolves to undefined instead of rejecting when storage fails', async () => {
    const session = fakeSession();
    const handle = createMessageHandler({
      store: new TabStore({ ...session, set: () => Promise.reject(new Error('quota')) }),
      extensionOrigin: ORIGIN,
      sendToTab: () => Promise.resolve(),
      onStateChange: () => undefined,
    });
    await expect(handle({ type: 'set-manual', tabId: 4, itemId: 'lmn', done: true }, popup)).resolves.toBeUndefined();
  });
});
