import { TabStateSchema, ValuesSchema } from '@/lib/message-schemas';
import type { TabReport, TabState } from '@/lib/messages';
import { applyManualTicks } from '@/lib/tab-view';

type SessionKey = `session:${string}`;

/** The part of WXT's `storage` the store uses, on `session:` keys only. */
export interface SessionStore {
  getItem(key: SessionKey): Promise<unknown>;
  setItem(key: SessionKey, value: unknown): Promise<void>;
  removeItems(keys: SessionKey[]): Promise<void>;
}

const stateKey = (tabId: number): SessionKey => `session:tab:${tabId}`;
const valuesKey = (tabId: number): SessionKey => `session:values:${tabId}`;

const emptyState = (): TabState => ({ report: null, manualTicks: {} });

/**
 * Per-tab state: held in memory for speed and mirrored to storage.session, because an MV3
 * service worker is stopped when idle and its memory goes with it. Never storage.local: the
 * report quotes what staff typed. Operations run one at a time so two messages arriving
 * together (a report and a tick) cannot overwrite each other after a restart reload.
 */
export class TabStore {
  private readonly memory = new Map<number, TabState>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly session: SessionStore) {}

  get(tabId: number): Promise<TabState> {
    return this.serial(() => this.load(tabId));
  }

  /** `report`, or a report built with the tab's manual ticks (the checklist's manual items). */
  setReport(
    tabId: number,
    report: TabReport | ((manualTicks: Record<string, boolean>) => TabReport | Promise<TabReport>),
  ): Promise<TabState> {
    return this.update(tabId, async (state) => ({
      ...state,
      report: typeof report === 'function' ? await report(state.manualTicks) : report,
    }));
  }

  /** The page navigated: its report no longer describes the tab; manual ticks stay with the request. */
  clearReport(tabId: number): Promise<TabState> {
    return this.update(tabId, (state) => ({ ...state, report: null }));
  }

  /** Ticks or unticks a manual item; the tab's report shows it at once. */
  setManual(tabId: number, itemId: string, done: boolean): Promise<TabState> {
    return this.update(tabId, (state) => {
      const manualTicks = { ...state.manualTicks };
      if (done) manualTicks[itemId] = true;
      else delete manualTicks[itemId];
      const { report } = state;
      return { report: report && { ...report, checklist: applyManualTicks(report.checklist, manualTicks) }, manualTicks };
    });
  }

  /** A different request started in the tab: ticks and saved wizard values belong to the old one. */
  newRequest(tabId: number): Promise<TabState> {
    return this.serial(async () => {
      await this.session.removeItems([valuesKey(tabId)]);
      const state = { ...(await this.load(tabId)), manualTicks: {} };
      await this.save(tabId, state);
      return state;
    });
  }

  saveValues(tabId: number, values: Record<string, string>): Promise<void> {
    return this.serial(() => this.session.setItem(valuesKey(tabId), values));
  }

  loadValues(tabId: number): Promise<Record<string, string>> {
    return this.serial(async () => {
      const parsed = ValuesSchema.safeParse(await this.session.getItem(valuesKey(tabId)));
      return parsed.success ? parsed.data : {};
    });
  }

  /** The tab closed: forget everything about it. */
  remove(tabId: number): Promise<void> {
    return this.serial(async () => {
      this.memory.delete(tabId);
      await this.session.removeItems([stateKey(tabId), valuesKey(tabId)]);
    });
  }

  private update(tabId: number, change: (state: TabState) => TabState | Promise<TabState>): Promise<TabState> {
    return this.serial(async () => {
      const state = await change(await this.load(tabId));
      await this.save(tabId, state);
      return state;
    });
  }

  private async load(tabId: number): Promise<TabState> {
    const held = this.memory.get(tabId);
    if (held) return held;
    const parsed = TabStateSchema.safeParse(await this.session.getItem(stateKey(tabId)));
    const state = parsed.success ? parsed.data : emptyState();
    this.memory.set(tabId, state);
    return state;
  }

  private async save(tabId: number, state: TabState): Promise<void> {
    this.memory.set(tabId, state);
    await this.session.setItem(stateKey(tabId), state);
  }

  private serial<T>(operation: () => Promise<T>): Promise<T> {
    const result = this.queue.then(operation, operation);
    // the queue continues after a failed operation; the caller still sees the failure
    this.queue = result.catch(() => undefined);
    return result;
  }
}
