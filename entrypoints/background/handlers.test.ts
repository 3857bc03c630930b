import { describe, expect, it, vi } from 'vitest';

await vi.hoisted(() => import('@/test/unit/fake-browser-global'));
import { RULE_FAILED } from '@/lib/engine/rule-failed';
import type { ChecklistItem } from '@/lib/engine/types';
import type { ContentReport, TabReport, TabState } from '@/lib/messages';
import { REGISTRY } from '@/rules/registry';
import { fakeSession } from '@/test/unit/fake-session';
import { finding, sampleReport, SELECTIONS } from '@/test/unit/sample-tab-report';
import { createMessageHandler } from './handlers';
import { reportCompleter } from './report';
import { TabStore } from './tab-store';

const ORIGIN = 'chrome-extension://abc/';
const popup = { url: `${ORIGIN}popup.html` };
const contentIn = (tabId: number) => ({ tab: { id: tabId }, url: 'https://cignaforhcp.cigna.com/app/precert' });

const unitsError = finding('units-equal-mg', 'error', 'drug.units', '280 mg is 280 units of J0638 (1 unit = 1 mg); 1 unit entered.');
const npiFailed = {
  ...finding(RULE_FAILED, 'warning', 'prescriber.npi', 'Check "npi-invalid" could not run.'),
  category: 'prescriber' as const,
};

/** What the content script sends for a Still's request with Ilaris's checks run. */
function contentReport(overrides: Partial<ContentReport> = {}): ContentReport {
  return {
    portal: 'cigna-precert',
    payer: 'Cigna',
    selection: SELECTIONS.ilaris,
    indication: 'AOSD',
    indicationCode: 'M06.1',
    findings: [unitsError, npiFailed],
    fieldCount: 24,
    checkedBy: 'cigna-ilaris',
    failed: { 'npi-invalid': npiFailed },
    filled: ['patient.name', 'patient.memberId', 'drug.name', 'drug.dose', 'drug.units', 'prescriber.npi'],
    drugTyped: { name: 'Ilaris', hcpcs: null, ndc: null },
    ...overrides,
  };
}

function setup(completeReport = reportCompleter(REGISTRY)) {
  const session = fakeSession();
  const store = new TabStore(session);
  const changes: [number, TabState][] = [];
  const handle = createMessageHandler({
    store,
    extensionOrigin: ORIGIN,
    completeReport,
    onStateChange: (tabId, state) => changes.push([tabId, state]),
  });
  return { handle, store, session, changes };
}

const items = (report: TabReport | null): ChecklistItem[] => report?.checklist.sections.flatMap((s) => s.items) ?? [];
const item = (report: TabReport | null, id: string) => items(report).find((i) => i.id === id);

describe('messages from the content script', () => {
  it('stores a report for the sender tab, with its checklist, and announces the change', async () => {
    const { handle, store, changes } = setup();
    await expect(handle({ type: 'report', report: contentReport() }, contentIn(4))).resolves.toBe(true);
    const { report } = await store.get(4);
    const { checkedBy, failed, filled, drugTyped, ...rest } = contentReport();
    expect(drugTyped.name).toBe('Ilaris');
    // the indication named by the pack
    expect(report).toMatchObject({ ...rest, indicationLabel: "Still's disease (adult-onset, AOSD)", failedRules: ['npi-invalid'] });
    for (const key of ['checkedBy', 'failed', 'filled', 'drugTyped']) expect(report).not.toHaveProperty(key);
    expect([checkedBy, Object.keys(failed), filled.length]).toEqual(['cigna-ilaris', ['npi-invalid'], 6]);
    // Ilaris's items (its word for the member ID, its labs) over the base checklist
    expect(item(report, 'member-id')).toMatchObject({ label: 'Cigna ID', status: 'done' });
    expect(item(report, 'patient-name')?.status).toBe('done');
    expect(item(report, 'units')?.status).toBe('problem');
    expect(item(report, 'npi')).toMatchObject({ status: 'problem', findings: [npiFailed] });
    expect(item(report, 'coverage-active')?.status).toBe('manual-open');
    expect(items(report).some((i) => i.section === 'labs')).toBe(true);
    expect(changes.map(([tabId]) => tabId)).toEqual([4]);
  });

  it("builds the base checklist alone when the drug pack's rules did not run, and names the drug typed", async () => {
    const { handle, store } = setup();
    // the content script sends the choice and the drug typed; the background puts them in words
    const { status, pack, sure } = SELECTIONS.humira;
    const report = contentReport({
      selection: { status, pack, sure },
      indication: null,
      checkedBy: null,
      failed: {},
      drugTyped: { name: 'humira pen', hcpcs: null, ndc: null },
    });
    await handle({ type: 'report', report }, contentIn(4));
    const stored = (await store.get(4)).report;
    expect(stored?.selection).toEqual(SELECTIONS.humira);
    expect(stored?.indicationLabel).toBeNull();
    expect(item(stored, 'member-id')).toMatchObject({ label: 'Member ID', status: 'done' });
    expect(items(stored).some((i) => i.section === 'labs')).toBe(false);
    expect(stored?.failedRules).toEqual([]);
    // by its HCPCS code too; an unknown drug as typed
    const readFor = async (tabId: number, drugTyped: ContentReport['drugTyped']) => {
      await handle({ type: 'report', report: { ...report, drugTyped } }, contentIn(tabId));
      return (await store.get(tabId)).report?.selection.read;
    };
    await expect(readFor(5, { name: '', hcpcs: 'J0135', ndc: null })).resolves.toBe('Humira (adalimumab)');
    await expect(readFor(6, { name: 'Otherdrug', hcpcs: null, ndc: null })).resolves.toBe('Otherdrug');
    await expect(readFor(7, { name: '', hcpcs: null, ndc: '00074-0554-02' })).resolves.toBe('NDC 00074-0554-02');
    await expect(readFor(8, { name: '', hcpcs: null, ndc: null })).resolves.toBeNull();
  });

  it("builds the checklist with the tab's manual ticks, and takes a tick at once", async () => {
    const { handle, store } = setup();
    await store.setManual(4, 'coverage-active', true);
    await handle({ type: 'report', report: contentReport() }, contentIn(4));
    expect(item((await store.get(4)).report, 'coverage-active')?.status).toBe('manual-done');
    const before = (await store.get(4)).report?.checklist.done ?? 0;
    const state = (await handle({ type: 'set-manual', tabId: 4, itemId: 'coverage-active', done: false }, popup)) as TabState;
    expect(item(state.report, 'coverage-active')?.status).toBe('manual-open');
    expect(state.report?.checklist.done).toBe(before - 1);
  });

  it('stores reports in the order they came, however long each takes to complete', async () => {
    const complete = reportCompleter(REGISTRY);
    const slowFirst = (report: ContentReport, ticks: Record<string, boolean>) =>
      report.fieldCount === 1 ? new Promise<TabReport>((r) => setTimeout(() => r(complete(report, ticks)), 20)) : complete(report, ticks);
    const { handle, store } = setup(slowFirst);
    await Promise.all([
      handle({ type: 'report', report: contentReport({ fieldCount: 1 }) }, contentIn(4)),
      handle({ type: 'report', report: contentReport({ fieldCount: 2 }) }, contentIn(4)),
    ]);
    expect((await store.get(4)).report?.fieldCount).toBe(2);
  });

  it('ignores a report whose shape is wrong', async () => {
    const { handle, store, changes } = setup();
    const bad = { ...contentReport(), findings: [{ ruleId: 'x', severity: 'fatal' }] };
    expect(handle({ type: 'report', report: bad }, contentIn(4))).toBeUndefined();
    expect(handle({ type: 'report', report: { ...contentReport(), filled: 'all' } }, contentIn(4))).toBeUndefined();
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
    expect(handle({ type: 'report', report: contentReport() }, {})).toBeUndefined();
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

  it('stores manual ticks and announces each', async () => {
    const { handle, store, changes } = setup();
    await handle({ type: 'set-manual', tabId: 4, itemId: 'lmn', done: true }, popup);
    await handle({ type: 'set-manual', tabId: 4, itemId: 'coverage', done: true }, popup);
    expect((await store.get(4)).manualTicks).toEqual({ lmn: true, coverage: true });
    expect(changes).toHaveLength(2);
  });

  it('keeps the tick when the tab has no report yet', async () => {
    const { handle, store } = setup();
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
      store: new TabStore({ ...session, setItem: () => Promise.reject(new Error('quota')) }),
      extensionOrigin: ORIGIN,
      completeReport: reportCompleter(REGISTRY),
      onStateChange: () => undefined,
    });
    await expect(handle({ type: 'set-manual', tabId: 4, itemId: 'lmn', done: true }, popup)).resolves.toBeUndefined();
  });
});
