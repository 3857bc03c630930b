import type { Checked, Finding } from '@/lib/engine/types';
import type { ContentReport, ContentToBackground } from '@/lib/messages';
import { UNIT_PATHS } from '@/lib/form/fields';
import { filledPaths } from '@/lib/form/normalize';
import type { PortalMap, VocabularyEntry } from './portal';
import { collectFields, realChanges, SignalCache, type Collection } from './collect';
import { RequestMemory } from './memory';
import { qualifyFields, type MappedField, type QualifyOptions } from './qualify';
import { isOwnElement, splitIdentifier } from './text';
import { watchUpgrades } from './upgrades';
import { readValue } from './values';
import { applyValue } from './widget-writers';
import { FIX_SHORTCUT, WarningLayer, type Anchor, type LayerTiming } from './warnings';

/**
 * The content script's loop, framework-free: one MutationObserver and capture-phase
 * `input`/`change` listeners mark the page dirty; once per animation frame the fields are read,
 * the request is evaluated when a value changed, and the warnings are painted. Every entry
 * point is wrapped so nothing reaches the page; when the extension context dies the loop
 * removes everything it added. The only key it ever takes is the fix shortcut (FIX_SHORTCUT),
 * and only when it applies a fix.
 */

export interface PreflightDeps {
  window: Window;
  maps: readonly PortalMap[];
  /** the words forms use for each field, for pages no map names */
  vocabulary: readonly VocabularyEntry[];
  /** raw path → typed text in, findings out (normalize + engine + policy pack) */
  evaluate(values: Record<string, string>): Checked;
  /** posts to the background; rejects when the extension context is gone */
  send(message: ContentToBackground): Promise<unknown>;
  /** false once the extension was reloaded/updated under this page */
  isAlive(): boolean;
  /** the portal's payer, e.g. "Cigna" */
  payer: string;
  /** whether an element is laid out (tests in happy-dom have no layout) */
  isRendered?(el: Element): boolean;
  /** delay before a report/values are posted, coalescing keystrokes */
  reportDelayMs?: number;
  /** when warnings read the page's geometry (schedule.ts); at once by default */
  timing?: LayerTiming;
  /** what an earlier reader of this page (the content script's reader) hands over */
  handOff?: HandOff;
}

/** A reader's scan of the page, its fields qualified, and the label cache it filled. */
export interface HandOff {
  /** label signals read so far, with what changed since marked */
  signals: SignalCache;
  /** its last scan: the first scan here takes it while `signals.version` has not moved */
  scan?: { collection: Collection; mapped: MappedField[]; qualify: QualifyOptions; version: number };
  /** stops the reader's own watch of the page (its observer marks `signals` until then), once
   *  this loop watches every root the scan found */
  release(): void;
}

export interface Preflight {
  /** re-evaluates with new settings or manual ticks (the evaluate closure reads them) */
  refresh(): void;
  /** scrolls to and focuses the field of `path`; false (and a note in the panel) when it is on another step */
  focusField(path: string): boolean;
  report(): ContentReport | null;
  /** the request's values as last read (raw path → typed text, earlier wizard steps included),
   *  for the side panel's letter; from memory, never from storage; null before a first read */
  values(): Record<string, string> | null;
  stop(): void;
  readonly stopped: boolean;
}

const WATCHED_ATTRIBUTES = ['hidden', 'style', 'class', 'type', 'name', 'id', 'data-test-id', 'data-test', 'disabled', 'open'];

function defaultIsRendered(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(el) : el.getClientRects().length > 0;
}

const isInvalidated = (error: unknown): boolean => error instanceof Error && /context invalidated|extension context/i.test(error.message);

export function startPreflight(deps: PreflightDeps): Preflight {
  const win = deps.window;
  const doc = win.document;
  const isRendered = deps.isRendered ?? defaultIsRendered;
  const memory = new RequestMemory();
  const labels = new Map<string, string>();
  const listened = new Set<Document | ShadowRoot>();
  const watchedFrames = new WeakSet<HTMLIFrameElement>();
  const signals = deps.handOff?.signals ?? new SignalCache();
  let handOff = deps.handOff;
  let mapped: MappedField[] = [];
  let structureDirty = true;
  let valuesKey = '';
  let evaluation: Checked | null = null;
  /** the raw paths that held something when `evaluation` was made */
  let filled: string[] = [];
  let lastReport: ContentReport | null = null;
  let frame = 0;
  /** cancels the watch of the last scan's custom elements still without a shadow root */
  let unwatchUpgrades = (): void => undefined;
  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  let savedKey = '';
  let notes: { path: string; text: string }[] = [];
  let stopped = false;

  const guard =
    <A extends unknown[]>(fn: (...args: A) => void) =>
    (...args: A): void => {
      if (stopped) return;
      try {
        fn(...args);
      } catch (error) {
        if (!deps.isAlive() || isInvalidated(error)) stop();
        else console.warn('PA Preflight: check skipped', error instanceof Error ? error.message : error);
      }
    };

  const layer = new WarningLayer(
    doc,
    { onFix: guard((f: Finding) => applyFix(f)) },
    deps.timing && {
      afterLayout: (run) => deps.timing?.afterLayout(guard(run)),
      whenIdle: (run) => deps.timing?.whenIdle(guard(run)),
      dispose: () => deps.timing?.dispose?.(),
    },
  );

  const schedule = (): void => {
    if (stopped || frame) return;
    frame = win.requestAnimationFrame(onFrame);
  };

  const onFrame = guard(() => {
    frame = 0;
    if (!deps.isAlive()) return stop();
    tick();
  });

  const onMutations = guard((all: MutationRecord[]) => {
    const records = realChanges(all);
    if (records.length === 0) return;
    signals.invalidate(records);
    if (records.some(changesFields)) {
      structureDirty = true;
      schedule();
    } else if (records.some(isPortalMutation) || records.some(removesOurHost) || records.some(changesShownValue)) {
      // a step shown or hidden (the fields are the same), or the page dropped one of our
      // hosts: paint again, no scan
      schedule();
    }
  });
  const observer = new (win as Window & typeof globalThis).MutationObserver(onMutations);

  // passive, capture, never preventDefault/stopPropagation: the portal sees every event unchanged
  const onInput = guard(() => schedule());
  // a frame re-reads values (cheap when unchanged) and re-anchors the boxes
  const onLayout = onInput;
  const listenOptions: AddEventListenerOptions = { capture: true, passive: true };

  // our one chord, taken only when it applies a fix; every other key passes untouched
  const onKey = guard((event: Event) => {
    const e = event as KeyboardEvent;
    // composed: a field in a shadow root reaches this listener twice (its root, the document)
    if (e.defaultPrevented || !FIX_SHORTCUT.matches(e) || !evaluation) return;
    const target = e.composedPath()[0];
    const field = mapped.find(
      (m) =>
        m.field.element === target || m.field.options?.includes(target as HTMLInputElement) || m.field.parts?.some((p) => p.el === target),
    );
    const finding = field && evaluation.findings.find((f) => f.fix && f.field === field.path && onPage(f.fix.field));
    if (!finding) return;
    e.preventDefault();
    applyFix(finding);
  });
  const keyOptions: AddEventListenerOptions = { capture: true };
  /** What each watched root gets, added and removed from this one list so the two stay in step. */
  const rootListeners: [string, EventListener, AddEventListenerOptions][] = [
    ['input', onInput, listenOptions],
    ['change', onInput, listenOptions],
    ['scroll', onLayout, listenOptions],
    ['keydown', onKey, keyOptions],
    // the focused field's warning opens in full
    ['focusin', onInput, listenOptions],
    ['focusout', onInput, listenOptions],
  ];

  function listen(root: Document | ShadowRoot): void {
    if (listened.has(root)) return;
    listened.add(root);
    // characterData: a custom select shows its new value by changing its text node in place
    observer.observe(root, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: WATCHED_ATTRIBUTES,
      attributeOldValue: true,
      characterData: true,
    });
    for (const [type, listener, options] of rootListeners) root.addEventListener(type, listener, options);
  }

  function tick(): void {
    if (structureDirty) {
      structureDirty = false;
      const scan = takeHandOff();
      const collection = scan?.collection ?? collectFields(doc, signals);
      for (const root of collection.roots) listen(root);
      unwatchUpgrades();
      unwatchUpgrades = watchUpgrades(win, collection.bareHosts, onUpgrade);
      // our observer now watches every root the collection holds: the reader's may stop
      handOff?.release();
      handOff = undefined;
      for (const iframe of collection.frames) {
        if (watchedFrames.has(iframe)) continue;
        watchedFrames.add(iframe);
        iframe.addEventListener('load', onFrameLoad);
      }
      for (const root of Array.from(listened)) {
        if (!collection.roots.includes(root)) unlisten(root);
      }
      mapped =
        scan?.mapped ?? qualifyFields(collection.fields, { maps: deps.maps, vocabulary: deps.vocabulary, hostname: win.location.hostname });
      // copies of our hosts and ids naming them can only exist once we have painted
      if (evaluation) layer.sweep(collection.roots);
      for (const m of mapped) labels.set(m.path, m.label);
      valuesKey = ''; // nodes may be new: re-read and re-render even if the values look the same
    }
    const seen = mapped.map((m) => ({ path: m.path, value: readValue(m.field), element: m.field.element }));
    const key = JSON.stringify(seen.map((s) => [s.path, s.value]));
    if (key !== valuesKey) {
      valuesKey = key;
      if (memory.update(seen)) void post({ type: 'new-request' });
      const values = valuesWithImpliedUnits();
      evaluation = deps.evaluate(values);
      filled = filledPaths(values);
      scheduleReport();
    }
    if (notes.length) notes = notes.filter((n) => !onPage(n.path));
    paint();
  }

  /** The reader's scan while it still reads the page as it is, qualified as this loop would. */
  function takeHandOff(): HandOff['scan'] {
    const scan = handOff?.scan;
    if (!scan || scan.version !== signals.version) return undefined;
    const { maps, vocabulary, hostname } = scan.qualify;
    return maps === deps.maps && vocabulary === deps.vocabulary && hostname === win.location.hostname ? scan : undefined;
  }

  const onFrameLoad = guard(() => {
    structureDirty = true;
    schedule();
  });
  const onUpgrade = onFrameLoad;

  function unlisten(root: Document | ShadowRoot): void {
    listened.delete(root);
    for (const [type, listener, options] of rootListeners) root.removeEventListener(type, listener, options);
  }

  /** The remembered values plus units the labels imply ("weight KG") where no unit was chosen. */
  function valuesWithImpliedUnits(): Record<string, string> {
    const values = memory.snapshot();
    for (const m of mapped) {
      const implied = m.impliedUnit;
      if (implied && !(values[implied.path] ?? '').trim()) values[implied.path] = implied.unit;
    }
    return values;
  }

  function mappedOnPage(path: string): MappedField | null {
    const m = mapped.find((x) => x.path === path);
    return m && m.field.element.isConnected && isRendered(m.field.element) ? m : null;
  }

  const onPage = (path: string): boolean => mappedOnPage(path) !== null;

  /** The field a finding's path shows on: itself, the first field of a row/list it names, or
   *  the number a missing unit select belongs to. */
  function fieldFor(path: string): MappedField | null {
    const exact = mappedOnPage(path);
    if (exact) return exact;
    const first = mapped.find((m) => m.path.startsWith(`${path}.`) && mappedOnPage(m.path));
    if (first) return first;
    // a row's column that this portal does not have (dose inside "Drug name/dose"): the row
    const row = /^(priorTherapies\.\d+)\./.exec(path)?.[1];
    const inRow = row ? mapped.find((m) => m.path.startsWith(`${row}.`) && mappedOnPage(m.path)) : undefined;
    if (inRow) return inRow;
    const quantity = Object.keys(UNIT_PATHS).find((q) => UNIT_PATHS[q] === path);
    return quantity ? mappedOnPage(quantity) : null;
  }

  function anchorFor(path: string): Anchor | null {
    const m = fieldFor(path);
    if (!m) return null;
    const el = m.field.element;
    const parts = m.field.parts?.map((p) => p.el) ?? [];
    const options = m.field.options ?? [];
    let after: Element = el;
    if (parts.length) {
      // a split date: after the boxes' common container, described by every box
      const last = parts[parts.length - 1] ?? el;
      let box: Element | null = el.parentElement;
      while (box && !box.contains(last)) box = box.parentElement;
      return { element: el, describes: parts, after: box ?? last };
    }
    if (options.length) {
      const group = el.closest('fieldset, [role="radiogroup"]');
      const last = options[options.length - 1] ?? el;
      after = group && options.every((r) => group.contains(r)) ? group : (last.closest('label') ?? last);
    } else {
      const label = el.closest('label');
      // after a wrapping label, so our text never joins the field's accessible name
      if (label && label.querySelectorAll('input, select, textarea').length === 1) after = label;
    }
    return { element: el, describes: options.length ? options : [el], after };
  }

  function paint(): void {
    if (!evaluation) return;
    layer.render({
      findings: evaluation.findings,
      anchorFor,
      canFix: (f) => !!f.fix && onPage(f.fix.field),
      notes: notes.map((n) => n.text),
    });
  }

  function applyFix(finding: Finding): void {
    const fix = finding.fix;
    const m = fix ? mappedOnPage(fix.field) : null;
    if (!fix || !m) return;
    // a quantity whose unit has a control of its own ("UN2" → 2, and UN chosen beside it)
    const unit = UNIT_PATHS[fix.field] ? mappedOnPage(UNIT_PATHS[fix.field]!) : null;
    const split = unit ? splitQuantity(fix.value) : null;
    const done =
      split && unit
        ? applyValue(unit.field, split.unit).then((ok) => ok && applyValue(m.field, split.amount))
        : applyValue(m.field, fix.value);
    // a widget answers over a few frames (a select's list opens, a chip is added)
    void done.then(
      guard((done: boolean) => {
        if (done) (m.field.element as HTMLElement).focus({ preventScroll: true });
        schedule();
      }),
      guard(() => schedule()),
    );
    schedule();
  }

  function buildReport(): ContentReport | null {
    if (!evaluation) return null;
    const via = mapped.find((m) => m.via !== 'heuristic')?.via ?? 'heuristic';
    return {
      ...evaluation,
      portal: via,
      payer: evaluation.selection.pack?.payer ?? deps.payer,
      // the wizard's review step has no inputs, yet the request typed on earlier steps is there
      fieldCount: new Set([...mapped.map((m) => m.path), ...Object.keys(memory.snapshot())]).size,
      filled,
    };
  }

  function scheduleReport(): void {
    clearTimeout(reportTimer);
    reportTimer = setTimeout(
      guard(() => {
        lastReport = buildReport();
        if (lastReport) void post({ type: 'report', report: lastReport });
        const values = storable(memory.snapshot());
        const key = JSON.stringify(values);
        if (key !== savedKey) {
          savedKey = key;
          void post({ type: 'save-values', values });
        }
      }),
      deps.reportDelayMs ?? 150,
    );
  }

  async function post(message: ContentToBackground): Promise<unknown> {
    try {
      return await deps.send(message);
    } catch (error) {
      if (!deps.isAlive() || isInvalidated(error)) stop();
      return undefined; // no background listening yet is not an error of the page
    }
  }

  function stop(): void {
    if (stopped) return;
    stopped = true;
    handOff?.release();
    observer.disconnect();
    if (frame) win.cancelAnimationFrame(frame);
    win.clearTimeout(firstScan);
    unwatchUpgrades();
    clearTimeout(reportTimer);
    for (const root of Array.from(listened)) unlisten(root);
    win.removeEventListener('resize', onLayout);
    layer.destroy();
  }

  win.addEventListener('resize', onLayout, { passive: true });
  listen(doc);
  // values typed before a reload, for this tab's request (the background keeps them in
  // storage.session); the page's own values win over them
  void post({ type: 'load-values' }).then(
    guard((saved: unknown) => {
      if (saved && typeof saved === 'object') {
        const values = Object.fromEntries(
          Object.entries(saved as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string'),
        );
        if (Object.keys(values).length === 0) return; // nothing saved: nothing to check again
        memory.restore(values);
        savedKey = JSON.stringify(memory.snapshot());
        valuesKey = '';
        schedule();
      }
    }),
  );
  // the first scan runs in a task of its own right away, not at the next frame (up to 16 ms
  // later): the warnings of a filled-in page show as soon as the script has started
  const firstScan = win.setTimeout(onFrame, 0);

  return {
    refresh: guard(() => {
      valuesKey = '';
      schedule();
    }),
    focusField(path) {
      if (stopped) return false;
      try {
        const m = fieldFor(path);
        if (m) {
          const el = m.field.element as HTMLElement;
          el.scrollIntoView({ block: 'center' });
          el.focus({ preventScroll: true });
          return true;
        }
        // the label seen on an earlier step, else the path's own words ("crpDate" → "crp date")
        const label = labels.get(path) ?? splitIdentifier(path.split('.').pop() ?? path) ?? path;
        notes = [{ path, text: `“${label}” is on another step of this form: go back to that step to change it.` }];
        paint();
        return false;
      } catch {
        return false;
      }
    },
    report: () => lastReport ?? buildReport(),
    values: () => (evaluation ? valuesWithImpliedUnits() : null),
    stop,
    get stopped() {
      return stopped;
    },
  };
}

const CONTROLS = 'input, select, textarea';
const LABEL_TEXT = 'label, legend, th, caption, [role="columnheader"]';

/**
 * Whether a mutation can change what the form holds: nodes added or removed (ours excepted),
 * attributes of or around form controls (a step shown or hidden), label text. Spinners and
 * clocks elsewhere on a large portal do not trigger a re-scan.
 */
function isPortalMutation(record: MutationRecord): boolean {
  // a document or shadow root is a target too (content replaced wholesale)
  const el = record.target.nodeType === 1 ? (record.target as Element) : null;
  if (el && isOwnElement(el)) return false;
  if (record.type === 'attributes') return !!el && (el.matches(CONTROLS) || el.querySelector(CONTROLS) !== null);
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  if (nodes.some((n) => n.nodeType === 1 && !isOwnElement(n as Element))) return true;
  return nodes.some((n) => n.nodeType === 3) && el?.closest(LABEL_TEXT) != null;
}

/** Attributes that show, hide or restyle a step without changing what its fields are: paint
 *  reads visibility itself, so these need no scan. */
const LOOK_ATTRIBUTES = new Set(['hidden', 'style', 'class', 'disabled', 'open']);
const changesFields = (record: MutationRecord): boolean =>
  isPortalMutation(record) && !(record.type === 'attributes' && LOOK_ATTRIBUTES.has(record.attributeName ?? ''));

/** A custom select's, chip's or date button's text changed in place: its value, no new field. */
const changesShownValue = (record: MutationRecord): boolean =>
  record.type === 'characterData' &&
  record.target.parentElement?.closest('[role="combobox"], [role="row"], [role="option"], [role="button"], button') != null;

const removesOurHost = (record: MutationRecord): boolean =>
  Array.from(record.removedNodes).some((n) => n.nodeType === 1 && isOwnElement(n as Element));

/** "UN2", "ML 2", "2 mL" → amount and unit; null for a bare number. */
function splitQuantity(value: string): { amount: string; unit: string } | null {
  const v = value.trim();
  const before = /^([A-Za-z][A-Za-z0-9]*)\s*(\d[\d.]*)$/.exec(v);
  if (before) return { unit: before[1]!, amount: before[2]! };
  const after = /^(\d[\d.]*)\s*([A-Za-z][A-Za-z/]*)$/.exec(v);
  return after ? { amount: after[1]!, unit: after[2]! } : null;
}

/** storage.session takes values of a form's size (the background refuses longer ones); a
 *  pasted 100 KB text stays in memory only. */
const MAX_STORED_VALUE = 10_000;
const storable = (values: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(values).filter(([, v]) => v.length <= MAX_STORED_VALUE));
