import { MAYBE_CLASSED_SELECT } from './classed-select';
import { watchUpgrades } from './upgrades';

/**
 * The look the content script takes on every portal page before it loads the reader: does the
 * page hold at least two controls a request could be typed into? A page without (a dashboard, a
 * message, a document shown) loads nothing more. The count is rough and generous, as the reader
 * decides what a field is: native controls, and the roles and popups custom ones carry, in the
 * document, its open shadow roots and same-origin frames.
 */

/** what the reader may make a field of: buttons only when they open a list, a grid or a calendar,
 *  or are drawn as a select; a table's cells, which may list prior therapies as text */
const CONTROLS = [
  MAYBE_CLASSED_SELECT,
  'td',
  '[role="cell"]',
  'input:not([type="hidden"], [type="submit"], [type="button"], [type="reset"], [type="image"])',
  'select',
  'textarea',
  '[contenteditable]:not([contenteditable="false"])',
  ...['textbox', 'combobox', 'spinbutton', 'listbox', 'radio', 'checkbox', 'switch', 'slider', 'gridcell'].map((r) => `[role="${r}"]`),
  ...['listbox', 'dialog', 'grid'].map((p) => `[aria-haspopup="${p}"]`),
].join(', ');
/** in a component's shadow root, a button that opens something is the component's control too
 *  (Ionic's ion-datetime-button toggles its picker in place) */
const CONTROLS_IN_COMPONENT = `${CONTROLS}, button[aria-expanded]`;
/** a request form has two fields or more (one alone, a search box, is no request) */
const ENOUGH = 2;

interface Look {
  count: number;
  /** the document and shadow roots looked into, whose changes can add controls */
  roots: (Document | ShadowRoot)[];
  frames: HTMLIFrameElement[];
  /** custom elements without a shadow root yet (defined later, they may render controls) */
  bareHosts: Element[];
}

function lookInto(root: Document | ShadowRoot, look: Look): void {
  look.roots.push(root);
  const isDocument = root.nodeType === 9;
  look.count += root.querySelectorAll(isDocument ? CONTROLS : CONTROLS_IN_COMPONENT).length;
  if (look.count >= ENOUGH) return;
  const doc = isDocument ? (root as Document) : (root as ShadowRoot).ownerDocument;
  const walk = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let n = walk.nextNode() as Element | null; n && look.count < ENOUGH; n = walk.nextNode() as Element | null) {
    if (n.shadowRoot) lookInto(n.shadowRoot, look);
    else if (n.localName.includes('-')) look.bareHosts.push(n);
    if (n.localName !== 'iframe' && n.localName !== 'frame') continue;
    look.frames.push(n as HTMLIFrameElement);
    let inner: Document | null = null;
    try {
      inner = (n as HTMLIFrameElement).contentDocument;
    } catch {
      // another origin's frame: the content script runs in it on its own
    }
    if (inner?.documentElement) lookInto(inner, look);
  }
}

/** Whether `doc` holds enough controls for a request form (see above). */
export function mayHoldForm(doc: Document): boolean {
  const look: Look = { count: 0, roots: [], frames: [], bareHosts: [] };
  lookInto(doc, look);
  return look.count >= ENOUGH;
}

const OPTIONS: MutationObserverInit = {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['type', 'role', 'contenteditable', 'aria-haspopup'],
};

/**
 * Calls `onFound` once, when the page in `win` holds enough controls for a request form: now, or
 * after a change adds them (at most one look per animation frame), a frame's document loads, or
 * a custom element is upgraded into a shadow root. Returns what stops the watch.
 */
export function whenFormMayAppear(win: Window, onFound: () => void): () => void {
  const observed = new Set<Node>();
  const frames = new Set<HTMLIFrameElement>();
  let frame = 0;
  let done = false;
  let unwatchUpgrades = (): void => undefined;
  const schedule = (): void => {
    if (!done && !frame) frame = win.requestAnimationFrame(check);
  };
  // text changing in place (a clock, a counter) adds no control: only new elements and the
  // attributes that make one are looked at again
  const observer = new (win as Window & typeof globalThis).MutationObserver((records) => {
    if (records.some((r) => r.type === 'attributes' || Array.from(r.addedNodes).some((n) => n.nodeType === 1))) schedule();
  });
  const stop = (): void => {
    done = true;
    observer.disconnect();
    win.cancelAnimationFrame(frame);
    unwatchUpgrades();
    for (const f of frames) f.removeEventListener('load', schedule);
  };

  function check(): void {
    frame = 0;
    if (done) return;
    const look: Look = { count: 0, roots: [], frames: [], bareHosts: [] };
    try {
      lookInto(win.document, look);
    } catch {
      return; // a page we cannot read yet: the next change looks again
    }
    if (look.count >= ENOUGH) {
      stop();
      onFound();
      return;
    }
    for (const root of look.roots) {
      if (observed.has(root)) continue;
      observed.add(root);
      observer.observe(root, OPTIONS);
    }
    for (const f of look.frames) {
      if (frames.has(f)) continue;
      frames.add(f);
      f.addEventListener('load', schedule);
    }
    unwatchUpgrades();
    unwatchUpgrades = watchUpgrades(win, look.bareHosts, schedule);
  }

  check();
  return stop;
}
