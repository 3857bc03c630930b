import type { Finding } from '@/lib/engine/types';
import { SEVERITY_TEXT } from '@/lib/words';
import { immediately } from './schedule';
import { WARNING_CSS } from './styles';
import { isOwnElement } from './text';

/**
 * Inline warnings: the public contract (README, "Inline warnings").
 * - Per field with findings, a host `<pa-preflight-warning data-preflight-for="<raw path>"
 *   id="…">` right after the field (after its wrapping label), absolutely positioned with zero
 *   size so the portal's own layout never moves, with an OPEN shadow root holding one element
 *   per finding: `data-rule`, `data-severity`, the message (textContent), and for a fixable
 *   finding a `<button data-fix>`. The field's `aria-describedby` gains the host's id.
 * - Findings whose field is not on the page: one fixed `<pa-preflight-panel
 *   data-preflight-panel>`, same inner contract.
 * Page text only ever reaches the DOM through textContent.
 *
 * Presentation: a dense form has no free space beside its fields, so a warning shows as a
 * badge inside its field's right edge and a ring drawn over the field's border, on our own
 * layer. The card with the findings opens below the field while it has focus or the badge is
 * hovered; closed, it is clipped away but stays in the DOM and the accessibility tree.
 */

export interface Anchor {
  /** the control the finding is about (a radio group: its first radio) */
  element: Element;
  /** elements whose aria-describedby names the warning (all radios of a group) */
  describes: Element[];
  /** the node the host is inserted after */
  after: Element;
}

export interface RenderRequest {
  findings: readonly Finding[];
  /** where each raw path's finding shows, for paths on the page; others go to the panel */
  anchorFor(path: string): Anchor | null;
  /** whether a fix can be applied here (its field is on the page) */
  canFix(finding: Finding): boolean;
  /** extra lines for the panel ("Weight is on another step") */
  notes: readonly string[];
}

export interface WarningCallbacks {
  onFix(finding: Finding): void;
}

export interface LayerTiming {
  /** runs the reads that anchor warnings to their fields: after the browser's layout */
  afterLayout(run: () => void): void;
  /** runs the panel's corner choice: when idle */
  whenIdle(run: () => void): void;
  /** removes what the timing added to the page, on destroy */
  dispose?(): void;
}

/**
 * Applies the first fix of the focused field's warning. Inline fix buttons take no Tab stop:
 * staff who type and Tab on must land in the portal's next field, not on our button (their
 * keystrokes would be lost); the shortcut and the pointer reach the fix instead.
 */
export const FIX_SHORTCUT = {
  label: 'Alt+Shift+F',
  matches: (e: KeyboardEvent): boolean => e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyF',
};

const HOST_TAG = 'pa-preflight-warning';
const PANEL_TAG = 'pa-preflight-panel';
const LIVE_TAG = 'pa-preflight-live';

/** Badge diameter; the card's width follows its field within CARD_MIN..CARD_MAX (px). */
const BADGE = 18;
const CARD_MIN = 260;
const CARD_MAX = 420;
/** How long a card opened by the pointer stays after it leaves: time to cross from badge to card. */
const HOVER_GRACE_MS = 300;
const Z = 2147483000;
/** What a badge placed beside a field must not cover. */
const CONTROLS = 'input, select, textarea, button, a[href], label, [role="button"]';

let nextId = 1;

interface HostRecord {
  host: HTMLElement;
  /** the id we gave the host: a page that rewrites it would leave aria-describedby dangling */
  id: string;
  /** `.w`: carries the open/hover/focus state and the worst severity (`data-level`) */
  wrap: HTMLElement;
  ring: HTMLElement;
  badge: HTMLElement;
  card: HTMLElement;
  anchor: Anchor;
  signature: string;
  hovered: boolean;
  focused: boolean;
  timer?: ReturnType<typeof setTimeout>;
}

interface Point {
  x: number;
  y: number;
}

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Where the cards of one field go next: several hosts (paths) may share a field. */
interface Slot {
  n: number;
  below: number;
  above: number;
}

const findingKey = (f: Finding): string => `${f.ruleId}|${f.field}`;
const signatureOf = (findings: readonly Finding[], fixable: (f: Finding) => boolean): string =>
  JSON.stringify(findings.map((f) => [f.ruleId, f.severity, f.message, f.fix?.label ?? '', fixable(f)]));

function sourceNote(f: Finding): string {
  const proxy = f.source.proxy ? " · proxy — not the payer's own text" : '';
  return `source: ${f.source.title} (${f.source.confidence})${proxy}`;
}

function setImportant(el: HTMLElement, styles: Record<string, string>): void {
  for (const [k, v] of Object.entries(styles)) el.style.setProperty(k, v, 'important');
}

function addDescribedBy(el: Element, id: string): void {
  const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  if (!ids.includes(id)) el.setAttribute('aria-describedby', [...ids, id].join(' '));
}

function removeDescribedBy(el: Element, id: string): void {
  const current = el.getAttribute('aria-describedby');
  if (current === null) return;
  const ids = current.split(/\s+/).filter((x) => x && x !== id);
  if (ids.length) el.setAttribute('aria-describedby', ids.join(' '));
  else el.removeAttribute('aria-describedby');
}

/** One of our elements, with its class and text (page text only ever through textContent). */
function make<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** The styles of a host of ours: no size or box of its own, so the page's layout never moves. */
const NO_BOX = { width: '0', height: '0', margin: '0', padding: '0', border: '0' };

/** Open while its field has focus (or a button in it does) or the pointer is on it. */
function show(r: HostRecord): void {
  const open = r.hovered || r.focused;
  r.wrap.classList.toggle('open', open);
  r.wrap.classList.toggle('hover', r.hovered);
  r.wrap.classList.toggle('focus', r.focused);
  // an open card paints over the badges of the fields below it
  r.host.style.setProperty('z-index', String(open ? Z + 1 : Z), 'important');
}

export class WarningLayer {
  #hosts = new Map<string, HostRecord>();
  #panel: { host: HTMLElement; box: HTMLElement; signature: string; placedFor?: string } | null = null;
  // collapsed to one line until staff open it or a note needs reading: it must not cover the portal
  #panelOpen = false;
  #notesSeen = '';
  #live: HTMLElement | null = null;
  #shown = new Set<string>();

  readonly #doc: Document;
  readonly #callbacks: WarningCallbacks;
  readonly #timing: LayerTiming;

  /** `timing` says when the geometry is read (see schedule.ts); at once by default. */
  constructor(doc: Document, callbacks: WarningCallbacks, timing: LayerTiming = { afterLayout: immediately, whenIdle: immediately }) {
    this.#doc = doc;
    this.#callbacks = callbacks;
    this.#timing = timing;
  }

  render(request: RenderRequest): void {
    // every read of the page first: an anchor and a fix check whether a field is shown, which
    // needs the page's style, and a read after one of our writes would restyle the page again
    const anchors = new Map<string, Anchor | null>();
    for (const f of request.findings) if (!anchors.has(f.field)) anchors.set(f.field, request.anchorFor(f.field));
    const fixable = new Map(request.findings.map((f) => [f, request.canFix(f)] as const));
    const req: RenderRequest = { ...request, anchorFor: (path) => anchors.get(path) ?? null, canFix: (f) => fixable.get(f) ?? false };

    const byPath = new Map<string, Finding[]>();
    const unplaced: Finding[] = [];
    for (const f of req.findings) {
      if (!req.anchorFor(f.field)) {
        unplaced.push(f);
        continue;
      }
      const list = byPath.get(f.field) ?? [];
      list.push(f);
      byPath.set(f.field, list);
    }

    for (const [path, record] of Array.from(this.#hosts)) {
      const anchor = req.anchorFor(path);
      if (
        !anchor ||
        anchor.element !== record.anchor.element ||
        record.host.id !== record.id ||
        !followsAnchor(record.anchor.after, record.host)
      ) {
        this.#removeHost(path);
      }
    }
    for (const [path, findings] of byPath) {
      const anchor = req.anchorFor(path);
      if (!anchor) continue;
      const record = this.#hosts.get(path) ?? this.#createHost(path, anchor);
      // the page may have rewritten aria-describedby: our id goes back (no change when present)
      for (const el of anchor.describes) addDescribedBy(el, record.host.id);
      const signature = signatureOf(findings, req.canFix);
      if (record.signature !== signature) {
        record.signature = signature;
        fillFindings(record.card, findings, req.canFix, this.#callbacks, true);
        const level = findings.some((f) => f.severity === 'error')
          ? 'error'
          : findings.some((f) => f.severity === 'warning')
            ? 'warning'
            : 'info';
        record.wrap.dataset.level = level;
        record.badge.textContent = findings.length > 1 ? String(findings.length) : level === 'info' ? 'i' : '!';
      }
    }
    this.#renderPanel(unplaced, req);
    this.#announce(req.findings);
    // once the browser has laid out what was written (several renders in a frame: one read)
    this.#timing.afterLayout(() => this.position());
  }

  /**
   * The panel moves to a corner where it covers none of the portal's controls (its own corner
   * first, then bottom-right, bottom-left, top-right, top-left): a fixed panel over the
   * portal's Next button would block the form. Hit-testing is costly on a large page, so it
   * runs only when the panel's size, the viewport, the scroll position or the page's height
   * changed (`panelKey` says so, read with the other rectangles), and when the browser is
   * idle: the panel stays where it is a moment longer.
   */
  #panelKey(): string | undefined {
    const p = this.#panel;
    const view = this.#doc.defaultView;
    if (!p || !view) return undefined;
    const { width: w, height: h } = p.box.getBoundingClientRect();
    // the page's height stands for its own layout: a wizard step that moves Next under the panel
    const { width: vw, height: vh } = viewport(this.#doc);
    const key = `${w},${h},${vw},${vh},${view.scrollX},${view.scrollY},${this.#doc.documentElement?.scrollHeight}`;
    return key === p.placedFor ? undefined : key;
  }

  #placePanel(key: string): void {
    const p = this.#panel;
    if (!p) return;
    p.placedFor = key;
    const { width: w, height: h } = p.box.getBoundingClientRect();
    const { width: vw, height: vh } = viewport(this.#doc);
    const at: Record<string, [number, number]> = {
      br: [vw - 16 - w, vh - 16 - h],
      bl: [16, vh - 16 - h],
      tr: [vw - 16 - w, 16],
      tl: [16, 16],
    };
    const free = ([x, y]: [number, number]): boolean =>
      [
        [x + 2, y + 2],
        [x + w - 2, y + 2],
        [x + 2, y + h - 2],
        [x + w - 2, y + h - 2],
        [x + w / 2, y + h / 2],
      ].every(([px, py]) =>
        (this.#doc.elementsFromPoint?.(px!, py!) ?? []).every((e) => !/^(button|input|select|textarea|a)$/.test(e.localName)),
      );
    // the current corner leads the list; a repeat of it later is not hit-tested again
    const corner = [p.box.dataset.c ?? 'br', 'br', 'bl', 'tr', 'tl'].find((c, i, list) => list.indexOf(c) === i && free(at[c]!));
    if (corner) p.box.dataset.c = corner;
  }

  /**
   * Re-anchors badges, rings and cards to their fields (after input, focus, scroll or resize),
   * opens the card of the focused field, and asks for the panel to move off the portal's
   * controls. Every rectangle is read before anything is written: run after the browser's
   * layout, the reads cost no layout at all.
   */
  position(): void {
    const active = deepActiveElement(this.#doc);
    const slots = new Map<Element, Slot>();
    const plans = Array.from(this.#hosts.values(), (r) => {
      r.focused = active !== null && (r.anchor.describes.includes(active) || r.anchor.element === active || r.card.contains(active));
      return [r, plan(r, slots)] as const;
    });
    const panelMoved = this.#panelKey();
    // writes only from here: a read after a write would lay the page out again
    for (const [r, p] of plans) {
      show(r);
      const { left, top } = p.at;
      // over the field's own border, so it never reaches a label or the next control; a
      // group's bar 6 px left of its options
      put(
        r.ring,
        p.field.left - (p.radius === null ? 6 : 0) - left,
        p.field.top - top,
        p.field.right - p.field.left,
        p.field.bottom - p.field.top,
      );
      r.ring.style.borderRadius = p.radius ?? '';
      put(r.badge, p.badge.x - left, p.badge.y - top);
      put(r.card, p.card.x - left, p.card.y - top, p.card.w);
    }
    if (panelMoved) this.#timing.whenIdle(() => this.#placePanel(panelMoved));
  }

  /**
   * Removes what is ours but no longer tracked, as a page that clones or moves nodes can leave
   * it: copies of our hosts, and our ids in aria-describedby naming hosts that are gone.
   */
  sweep(roots: readonly (Document | ShadowRoot)[]): void {
    const live = new Set<Element>(Array.from(this.#hosts.values(), (r) => r.host));
    const ids = new Set(Array.from(live, (h) => h.id));
    for (const root of roots) {
      for (const el of Array.from(root.querySelectorAll(HOST_TAG))) if (!live.has(el)) el.remove();
      for (const el of Array.from(root.querySelectorAll('[aria-describedby*="pa-preflight-w"]'))) {
        for (const id of (el.getAttribute('aria-describedby') ?? '').split(/\s+/)) {
          if (id.startsWith('pa-preflight-w') && !ids.has(id)) removeDescribedBy(el, id);
        }
      }
    }
  }

  destroy(): void {
    this.#timing.dispose?.();
    for (const path of Array.from(this.#hosts.keys())) this.#removeHost(path);
    this.#panel?.host.remove();
    this.#panel = null;
    this.#live?.remove();
    this.#live = null;
  }

  #createHost(path: string, anchor: Anchor): HostRecord {
    const doc = anchor.element.ownerDocument;
    const host = doc.createElement(HOST_TAG);
    host.id = `pa-preflight-w${nextId++}`;
    host.setAttribute('data-preflight-for', path);
    setImportant(host, { position: 'absolute', ...NO_BOX, overflow: 'visible', display: 'block', 'z-index': String(Z) });
    const shadow = host.attachShadow({ mode: 'open' });
    const style = make(doc, 'style', '', WARNING_CSS);
    const wrap = make(doc, 'div', 'w');
    const ring = make(doc, 'div', 'ring');
    // the card carries the text for assistive technology; the badge is only its visual handle.
    // No aria-label on the card: it would stand in for the messages in the field's description.
    const badge = make(doc, 'div', 'badge');
    badge.setAttribute('aria-hidden', 'true');
    const card = make(doc, 'div', 'card');
    wrap.classList.toggle('group', isGroup(anchor));
    wrap.append(ring, badge, card);
    shadow.append(style, wrap);
    anchor.after.after(host);
    for (const el of anchor.describes) addDescribedBy(el, host.id);
    const record: HostRecord = { host, id: host.id, wrap, ring, badge, card, anchor, signature: '', hovered: false, focused: false };
    for (const el of [badge, card]) {
      el.addEventListener('pointerenter', () => this.#hover(record, true));
      el.addEventListener('pointerleave', () => this.#hover(record, false));
    }
    // a press on the badge or a fix button keeps focus in the field, so the card does not
    // close under the pointer before the click lands (the card's text stays selectable)
    wrap.addEventListener('mousedown', (e) => {
      if ((e.target as Element).closest('.badge, button')) e.preventDefault();
    });
    badge.addEventListener('click', () => (anchor.element as HTMLElement).focus());
    this.#hosts.set(path, record);
    return record;
  }

  #hover(r: HostRecord, on: boolean): void {
    clearTimeout(r.timer);
    const set = (): void => {
      r.hovered = on;
      show(r);
    };
    if (on) set();
    else r.timer = setTimeout(set, HOVER_GRACE_MS);
  }

  #removeHost(path: string): void {
    const record = this.#hosts.get(path);
    if (!record) return;
    clearTimeout(record.timer);
    for (const el of record.anchor.describes) removeDescribedBy(el, record.id);
    record.host.remove();
    this.#hosts.delete(path);
  }

  #renderPanel(findings: readonly Finding[], req: RenderRequest): void {
    if (findings.length === 0 && req.notes.length === 0) {
      this.#panel?.host.remove();
      this.#panel = null;
      return;
    }
    const doc = this.#doc;
    if (!this.#panel || !this.#panel.host.isConnected) {
      const host = doc.createElement(PANEL_TAG);
      host.setAttribute('data-preflight-panel', '');
      setImportant(host, { position: 'fixed', ...NO_BOX, display: 'block' });
      const shadow = host.attachShadow({ mode: 'open' });
      const box = make(doc, 'div', 'card panel');
      box.setAttribute('role', 'region');
      box.setAttribute('aria-label', 'PA Preflight: checks for fields not on this page');
      shadow.append(make(doc, 'style', '', WARNING_CSS), box);
      (doc.body ?? doc.documentElement).append(host);
      this.#panel = { host, box, signature: '' };
    }
    const notes = req.notes.join('|');
    if (notes && notes !== this.#notesSeen) this.#panelOpen = true;
    this.#notesSeen = notes;
    const signature = `${this.#panelOpen}|${notes}|${signatureOf(findings, req.canFix)}`;
    if (this.#panel.signature === signature) return;
    this.#panel.signature = signature;
    const { box } = this.#panel;
    box.replaceChildren();
    const title = make(doc, 'h2', '', `PA Preflight · ${findings.length} not on this page`);
    const toggle = make(doc, 'button', 'toggle', this.#panelOpen ? 'Hide' : 'Show');
    toggle.type = 'button';
    title.append(' ', toggle);
    toggle.setAttribute('aria-expanded', String(this.#panelOpen));
    toggle.addEventListener('click', () => {
      this.#panelOpen = !this.#panelOpen;
      this.#renderPanel(findings, req);
    });
    box.append(title);
    for (const line of req.notes) box.append(make(doc, 'p', 'note', line));
    const list = doc.createElement('div');
    list.hidden = !this.#panelOpen;
    fillFindings(list, findings, req.canFix, this.#callbacks, false);
    box.append(list);
  }

  /** Announces findings that were not showing before, once (not on every keystroke). */
  #announce(findings: readonly Finding[]): void {
    const now = new Set(findings.map(findingKey));
    const fresh = findings.filter((f) => !this.#shown.has(findingKey(f)) && f.severity !== 'info');
    this.#shown = now;
    if (fresh.length === 0) return;
    if (!this.#live || !this.#live.isConnected) {
      this.#live = this.#doc.createElement(LIVE_TAG);
      this.#live.setAttribute('aria-live', 'polite');
      this.#live.setAttribute('role', 'status');
      // visually hidden, still read by screen readers
      setImportant(this.#live, {
        position: 'fixed',
        width: '1px',
        height: '1px',
        overflow: 'hidden',
        clip: 'rect(0 0 0 0)',
        'clip-path': 'inset(50%)',
        'white-space': 'nowrap',
        margin: '-1px',
        padding: '0',
        border: '0',
      });
      (this.#doc.body ?? this.#doc.documentElement).append(this.#live);
    }
    this.#live.textContent = fresh.map((f) => `${SEVERITY_TEXT[f.severity]}: ${f.message}`).join(' ');
  }
}

/** Whether `host` is still among our hosts placed right after `after` (several findings'
 *  hosts may follow one field). */
function followsAnchor(after: Element, host: Element): boolean {
  for (let n = after.nextSibling; n && n.nodeType === 1 && (n as Element).localName === HOST_TAG; n = n.nextSibling) {
    if (n === host) return true;
  }
  return false;
}

function fillFindings(
  container: HTMLElement,
  findings: readonly Finding[],
  canFix: (f: Finding) => boolean,
  callbacks: WarningCallbacks,
  inline: boolean,
): void {
  const doc = container.ownerDocument;
  container.replaceChildren();
  let shortcutShown = false;
  for (const f of findings) {
    const item = make(doc, 'div', 'finding');
    item.setAttribute('data-rule', f.ruleId);
    item.setAttribute('data-severity', f.severity);
    const text = make(doc, 'div', 'text');
    text.append(make(doc, 'span', 'sev', `${SEVERITY_TEXT[f.severity]}:`), make(doc, 'span', 'msg', f.message));
    item.append(text);
    if (f.fix && canFix(f)) {
      const button = make(doc, 'button', '', f.fix.label);
      button.type = 'button';
      button.setAttribute('data-fix', '');
      button.addEventListener('click', () => callbacks.onFix(f));
      item.append(button);
      if (inline && !shortcutShown) {
        shortcutShown = true;
        button.tabIndex = -1;
        button.setAttribute('aria-keyshortcuts', FIX_SHORTCUT.label);
        item.append(make(doc, 'span', 'key', ` or ${FIX_SHORTCUT.label} in the field`));
      } else if (inline) {
        button.tabIndex = -1;
      }
    }
    item.append(make(doc, 'small', 'src', sourceNote(f)));
    container.append(item);
  }
}

const px = (v: string): number => parseFloat(v) || 0;

/** The viewport without its scrollbars: a card or badge reaching under a classic scrollbar
 *  would widen the page and add a scrollbar, moving the portal. */
function viewport(doc: Document): { width: number; height: number } {
  const root = doc.documentElement;
  const win = doc.defaultView;
  return { width: root?.clientWidth || win?.innerWidth || 0, height: root?.clientHeight || win?.innerHeight || 0 };
}

/** Radio and checkbox options are marked as a group, beside their labels. */
const isGroup = (a: Anchor): boolean => a.describes.length > 1 || /^(radio|checkbox)$/.test((a.element as HTMLInputElement).type);

function put(el: HTMLElement, x: number, y: number, w?: number, h?: number): void {
  el.style.left = `${Math.round(x)}px`;
  el.style.top = `${Math.round(y)}px`;
  if (w !== undefined) el.style.width = `${Math.round(w)}px`;
  if (h !== undefined) el.style.height = `${Math.round(h)}px`;
}

/** Reads (never writes) where a host's ring, badge and card go, in viewport coordinates. */
function plan(
  r: HostRecord,
  slots: Map<Element, Slot>,
): { at: DOMRect; field: Rect; radius: string | null; badge: Point; card: Point & { w: number } } {
  const { element, describes } = r.anchor;
  const win = element.ownerDocument.defaultView!;
  let field: Rect;
  let slot = slots.get(element);
  const step = (slot?.n ?? 0) * (BADGE + 3);
  let badge: Point;
  let radius: string | null = null;
  if (isGroup(r.anchor)) {
    // a group: the ring takes in the options and their labels, the badge follows the last label
    const boxes = describes
      .flatMap((o) => [o, o.closest('label') ?? (o as HTMLInputElement).labels?.[0] ?? o])
      .map((e) => e.getBoundingClientRect());
    field = {
      left: Math.min(...boxes.map((b) => b.left)),
      top: Math.min(...boxes.map((b) => b.top)),
      right: Math.max(...boxes.map((b) => b.right)),
      bottom: Math.max(...boxes.map((b) => b.bottom)),
    };
    const last = boxes[boxes.length - 1]!;
    badge = { x: last.right + 6 + step, y: (last.top + last.bottom - BADGE) / 2 };
  } else {
    field = element.getBoundingClientRect();
    const cs = win.getComputedStyle(element);
    radius = cs.borderRadius;
    badge = badgeInField(element, cs, field, step);
  }
  if (!slot) slots.set(element, (slot = { n: 0, below: field.bottom + 6, above: field.top - 6 }));
  slot.n++;
  const h = r.card.offsetHeight;
  const w = Math.min(CARD_MAX, Math.max(CARD_MIN, field.right - field.left));
  let y = slot.below;
  // above the field only when the viewport has no room below and has it above
  const view = viewport(element.ownerDocument);
  if (y + h > view.height && slot.above - h >= 0) slot.above = (y = slot.above - h) - 4;
  else slot.below = y + h + 4;
  return {
    at: r.host.getBoundingClientRect(),
    field,
    radius,
    badge,
    card: { x: Math.max(4, Math.min(field.left, view.width - w - 4)), y, w },
  };
}

/**
 * The badge of a text field, select or textarea: inside its right edge (left of a select's
 * arrow or a date/number picker), vertically centred, like a password manager's icon. When the
 * field's text reaches under that spot, just outside the right edge if nothing is there, else
 * on the field's top-right corner, above the text line.
 */
function badgeInField(el: Element, cs: CSSStyleDeclaration, f: Rect, step: number): Point {
  const tag = el.localName;
  const reserve = tag === 'select' ? 24 : /^(date|time|datetime-local|month|week|number)$/.test((el as HTMLInputElement).type) ? 22 : 4;
  const x = f.right - px(cs.borderRightWidth) - reserve - BADGE - step;
  const y = tag === 'textarea' ? f.top + px(cs.borderTopWidth) + 4 : (f.top + f.bottom - BADGE) / 2;
  const input = el as HTMLInputElement;
  const text = tag === 'select' ? ((el as HTMLSelectElement).selectedOptions[0]?.text ?? '') : input.value || input.placeholder || '';
  const width = textWidth(text, cs, el.ownerDocument);
  const start = f.left + px(cs.borderLeftWidth) + px(cs.paddingLeft);
  // a right-aligned or centred field (amounts, units) draws its text at the right or middle
  const room = Math.max(0, f.right - px(cs.borderRightWidth) - px(cs.paddingRight) - start - width);
  const shift = /right|end/.test(cs.textAlign) ? room : cs.textAlign === 'center' ? room / 2 : 0;
  const textEnd = start + shift + width - el.scrollLeft;
  if (textEnd <= x - 2 && x >= f.left + BADGE) return { x, y };
  const outside = { x: f.right + 4 + step, y };
  const fits = outside.x + BADGE <= viewport(el.ownerDocument).width;
  return fits && isFree(el, outside) ? outside : { x: f.right - BADGE + 4 - step, y: f.top - BADGE + 6 };
}

let measure: CanvasRenderingContext2D | null | undefined;
/** the font last given to `measure`: setting one parses it, and a field keeps its font while staff type */
let measureFont = '';

/** Width of the widest line of `text` in the field's font. */
function textWidth(text: string, cs: CSSStyleDeclaration, doc: Document): number {
  if (!text) return 0;
  measure ??= doc.createElement('canvas').getContext('2d');
  const ctx = measure;
  if (!ctx) return text.length * px(cs.fontSize) * 0.6; // no canvas: a generous estimate
  const font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
  if (font !== measureFont) ctx.font = measureFont = font;
  return Math.max(...text.split('\n').map((line) => ctx.measureText(line).width));
}

/** Whether a badge at `p` would cover none of the portal's controls or labels (the field's own
 *  wrapping label excepted). */
function isFree(el: Element, p: Point): boolean {
  const root = el.getRootNode() as Document | ShadowRoot;
  const hit = root.elementsFromPoint?.(p.x + BADGE / 2, p.y + BADGE / 2).find((e) => !isOwnElement(e));
  const control = hit?.closest(CONTROLS);
  return !!hit && (!control || control.contains(el));
}

/** The focused element, looking into open shadow roots and same-origin frames. */
function deepActiveElement(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  for (let i = 0; active && i < 10; i++) {
    const inner: Element | null | undefined =
      (active as HTMLElement).shadowRoot?.activeElement ??
      (active.localName === 'iframe' ? safeFrameActive(active as HTMLIFrameElement) : undefined);
    if (!inner) break;
    active = inner;
  }
  return active;
}

function safeFrameActive(frame: HTMLIFrameElement): Element | null {
  try {
    return frame.contentDocument?.activeElement ?? null;
  } catch {
    return null; // cross-origin
  }
}
