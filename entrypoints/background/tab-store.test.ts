import { describe, expect, it, vi } from 'vitest';

const { fakeBrowser, stored } = await vi.hoisted(() => import('@/test/unit/fake-browser-global'));
import { sampleReport } from '@/test/unit/sample-tab-report';
import { fakeSession } from '@/test/unit/fake-session';
import { applyManualTicks } from '@/lib/tab-view';
import { TabStore } from './tab-store';

/** The sample report as the store keeps it once the tab's ticks are applied to its checklist. */
const ticked = (ticks: Record<string, boolean>) => ({ ...sampleReport(), checklist: applyManualTicks(sampleReport().checklist, ticks) });

describe('TabStore', () => {
  it('starts a tab with no report and no ticks', async () => {
    expect(await new TabStore(fakeSession()).get(7)).toEqual({ report: null, manualTicks: {} });
  });

  it('keeps report and ticks per tab', async () => {
    const store = new TabStore(fakeSession());
    await store.setReport(1, sampleReport());
    await store.setManual(2, 'coverage', true);
    expect((await store.get(1)).report?.indicationCode).toBe('M06.1');
    expect((await store.get(1)).manualTicks).toEqual({});
    expect(await store.get(2)).toEqual({ report: null, manualTicks: { coverage: true } });
  });

  it('survives the service worker restarting (state comes back from storage.session)', async () => {
    const session = fakeSession();
    const first = new TabStore(session);
    await first.setReport(3, sampleReport());
    await first.setManual(3, 'coverage', true);
    const restarted = new TabStore(session);
    expect(await restarted.get(3)).toEqual({ report: ticked({ coverage: true }), manualTicks: { coverage: true } });
  });

  it('keeps both a report and a tick that arrive together after a restart', async () => {
    const session = fakeSession();
    await new TabStore(session).setManual(3, 'lmn', true);
    const restarted = new TabStore(session);
    await Promise.all([restarted.setReport(3, sampleReport()), restarted.setManual(3, 'coverage', true)]);
    expect(await new TabStore(session).get(3)).toEqual({ report: ticked({ coverage: true }), manualTicks: { lmn: true, coverage: true } });
  });

  it("applies a tick to the report's checklist at once, and builds a report with the tab's ticks", async () => {
    const store = new TabStore(fakeSession());
    await store.setReport(1, sampleReport());
    const state = await store.setManual(1, 'coverage', true);
    expect(state.report?.checklist.done).toBe(sampleReport().checklist.done + 1);
    const built = await store.setReport(1, (ticks) => ({ ...sampleReport(), fieldCount: Object.keys(ticks).length }));
    expect(built.report?.fieldCount).toBe(1);
  });

  it('unticks by removing the item', async () => {
    const store = new TabStore(fakeSession());
    await store.setManual(1, 'coverage', true);
    expect((await store.setManual(1, 'coverage', false)).manualTicks).toEqual({});
  });

  it('treats corrupt stored state as empty', async () => {
    const session = fakeSession();
    await fakeBrowser.storage.session.set({ 'tab:4': { report: 'not a report', manualTicks: 3 } });
    expect(await new TabStore(session).get(4)).toEqual({ report: null, manualTicks: {} });
  });

  it('forgets ticks and saved values when a new request starts, keeping the report', async () => {
    const store = new TabStore(fakeSession());
    await store.setReport(5, sampleReport());
    await store.setManual(5, 'coverage', true);
    await store.saveValues(5, { 'patient.weight': '70' });
    const state = await store.newRequest(5);
    expect(state.manualTicks).toEqual({});
    expect(state.report).not.toBeNull();
    expect(await store.loadValues(5)).toEqual({});
  });

  it('clears the report on navigation but keeps the ticks of the request', async () => {
    const store = new TabStore(fakeSession());
    await store.setReport(5, sampleReport());
    await store.setManual(5, 'coverage', true);
    expect(await store.clearReport(5)).toEqual({ report: null, manualTicks: { coverage: true } });
  });

  it('saves wizard values in storage.session for the tab only', async () => {
    const session = fakeSession();
    const store = new TabStore(session);
    await store.saveValues(6, { 'patient.weight': '154', 'patient.weightUnit': 'lb' });
    expect(await new TabStore(session).loadValues(6)).toEqual({ 'patient.weight': '154', 'patient.weightUnit': 'lb' });
    expect(await store.loadValues(7)).toEqual({});
    expect(await stored('local')).toEqual({});
  });

  it('removes everything about a closed tab from memory and storage.session', async () => {
    const session = fakeSession();
    const store = new TabStore(session);
    await store.setReport(8, sampleReport());
    await store.saveValues(8, { 'patient.weight': '70' });
    await store.remove(8);
    expect(await stored('session')).toEqual({});
    expect(await store.get(8)).toEqual({ report: null, manualTicks: {} });
  });

  it('keeps working after a storage failure', async () => {
    const session = fakeSession();
    const store = new TabStore({ ...session, setItem: () => Promise.reject(new Error('quota')) });
    await expect(store.setManual(1, 'coverage', true)).rejects.toThrow('quota');
    expect(await store.get(2)).toEqual({ report: null, manualTicks: {} });
  });
});
