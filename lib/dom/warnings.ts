import type { Finding, Severity } from '../engine/types';
import { WARNING_CSS } from './styles';

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

/**
 * Applies the first fix of the focused field's warning. Inline fix buttons take no Tab stop:
 * staff who type and Tab on must land in the portal's next field, not on our button (their
 * keystrokes would be lost); the shortcut and the pointer reach the fix instead.
 */
export const FIX_SHORTCUT = {
  label: 'Alt+Shift+F',
  matches: (e: KeyboardEvent): boolean => e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyF',
};

const SEVERITY_TEXT: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Note' };
const HOST_TAG = 'pa-preflight-warning';
const PANEL_TAG = 'pa-preflight-panel';
const LIVE_TAG = 'pa-preflight-live';

let nextId = 1;

interface HostRecord {
  host: HTMLElement;
  /** the id we gave the host: a page that rewrites it would leave aria-describedby dangling */
  id: string;
  box: HTMLElement;
  anchor: Anchor;
  signature: string;
}

const findingKey = (f: Finding): string => `${f.ruleId}|${f.field}`;
const signatureOf = (findings: readonly Finding[], fixable: (f: Finding) => boolean): string =>
  JSON.stringify(findings.map((f) => [f.ruleId, f.severity, f.message, f.fix?.label ?? '', fixable(f)]));

function sourceNote(f: Finding): string {
  const proxy = f.source.proxy ? " · proxy — not Cigna's own text" : '';
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

export class WarningLayer {
  private hosts = new Map<string, HostRecord>();
  private panel: { host: HTMLElement; box: HTMLElement; signature: string } | null = null;
  // collapsed to one line until staff open it or a note needs reading: it must not cover the portal
  private panelOpen = false;
  private notesSeen = '';
  private live: HTMLElement | null = null;
  private shown = new Set<string>();

  constructor(
    private readonly doc: Document,
    private readonly callbacks: WarningCallbacks,
  ) {}

  render(req: RenderRequest): void {
    const byPath = new Map<string, Finding[]>();
    const unplaced: Finding[] = [];
    for (const f of req.findings) {
      const anchor = req.anchorFor(f.field);
      if (!anchor) {
        unplaced.push(f);
        continue;
      }
      const list = byPath.get(f.field) ?? [];
      list.push(f);
      byPath.set(f.field, list);
    }

    for (const [path, record] of Array.from(this.hosts)) {
      const anchor = byPath.has(path) ? req.anchorFor(path) : null;
      if (
        !anchor ||
        anchor.element !== record.anchor.element ||
        record.host.id !== record.id ||
        !followsAnchor(record.anchor.after, record.host)
      ) {
        this.removeHost(path);
      }
    }
    for (const [path, findings] of byPath) {
      const anchor = req.anchorFor(path);
      if (!anchor) continue;
      const record = this.hosts.get(path) ?? this.createHost(path, anchor);
      // the page may have rewritten aria-describedby: our id goes back (no change when present)
      for (const el of anchor.describes) addDescribedBy(el, record.host.id);
      const signature = signatureOf(findings, req.canFix);
      if (record.signature !== signature) {
        record.signature = signature;
        fillFindings(record.box, findings, req.canFix, this.callbacks, true);
      }
    }
    this.position();
    this.renderPanel(unplaced, req);
    this.announce(req.findings);
  }

  /**
   * Re-anchors boxes to their fields (after input, focus, scroll or resize). The box of the
   * focused field opens in full; others show two lines. Each box goes below, right of, above
   * or left of its field, wherever it covers the fewest of the portal's controls and our other
   * boxes; it lets clicks through except on its buttons, so it never blocks the portal.
   */
  position(): void {
    const placed: Box[] = [];
    const obstacles = new Map<Node, Obstacle[]>();
    const active = deepActiveElement(this.doc);
    for (const { host, box, anchor } of this.hosts.values()) {
      const open = active !== null && (anchor.describes.includes(active) || anchor.element === active || host.contains(active));
      box.classList.toggle('open', open);
      const root = anchor.element.getRootNode();
      let blocks = obstacles.get(root);
      if (!blocks) obstacles.set(root, (blocks = controlBoxes(root)));
      const field = anchor.element.getBoundingClientRect();
      const size = box.getBoundingClientRect();
      const width = anchor.element.ownerDocument.defaultView?.innerWidth ?? 0;
      const candidates: Box[] = [
        { x: field.left, y: field.bottom + 2, w: size.width, h: size.height },
        { x: field.right + 6, y: field.top, w: size.width, h: size.height },
        { x: field.left, y: field.top - size.height - 2, w: size.width, h: size.height },
        { x: field.left - size.width - 6, y: field.top, w: size.width, h: size.height },
      ].map((c) => ({ ...c, x: Math.max(0, Math.min(c.x, width - c.w - 4)) }));
      const cost = (c: Box): number =>
        // never over its own field or the one being typed in
        blocks!.reduce((sum, b) => sum + overlap(c, b.box) * (b.el === active || b.el === anchor.element ? 10 : b.weight), 0) +
        2 * placed.reduce((sum, b) => sum + overlap(c, b), 0);
      let best = candidates[0]!;
      for (const c of candidates.slice(1)) if (cost(c) < cost(best)) best = c;
      placed.push(best);
      const at = host.getBoundingClientRect();
      box.style.left = `${Math.round(best.x - at.left)}px`;
      box.style.top = `${Math.round(best.y - at.top)}px`;
    }
  }

  /**
   * Removes what is ours but no longer tracked, as a page that clones or moves nodes can leave
   * it: copies of our hosts, and our ids in aria-describedby naming hosts that are gone.
   */
  sweep(roots: readonly (Document | ShadowRoot)[]): void {
    const live = new Set<Element>(Array.from(this.hosts.values(), (r) => r.host));
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
    for (const path of Array.from(this.hosts.keys())) this.removeHost(path);
    this.panel?.host.remove();
    this.panel = null;
    this.live?.remove();
    this.live = null;
  }

  private createHost(path: string, anchor: Anchor): HostRecord {
    const doc = anchor.element.ownerDocument;
    const host = doc.createElement(HOST_TAG);
    host.id = `pa-preflight-w${nextId++}`;
    host.setAttribute('data-preflight-for', path);
    setImportant(host, {
      position: 'absolute', width: '0', height: '0', margin: '0', padding: '0', border: '0',
      overflow: 'visible', display: 'block', 'z-index': '2147483000',
    });
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = WARNING_CSS;
    const box = doc.createElement('div');
    box.className = 'box';
    box.setAttribute('role', 'group');
    box.setAttribute('aria-label', 'PA Preflight');
    shadow.append(style, box);
    anchor.after.after(host);
    for (const el of anchor.describes) addDescribedBy(el, host.id);
    const record: HostRecord = { host, id: host.id, box, anchor, signature: '' };
    this.hosts.set(path, record);
    return record;
  }

  private removeHost(path: string): void {
    const record = this.hosts.get(path);
    if (!record) return;
    for (const el of record.anchor.describes) removeDescribedBy(el, record.id);
    record.host.remove();
    this.hosts.delete(path);
  }

  private renderPanel(findings: readonly Finding[], req: RenderRequest): void {
    if (findings.length === 0 && req.notes.length === 0) {
      this.panel?.host.remove();
      this.panel = null;
      return;
    }
    if (!this.panel || !this.panel.host.isConnected) {
      const host = this.doc.createElement(PANEL_TAG);
      host.setAttribute('data-preflight-panel', '');
      setImportant(host, { position: 'fixed', width: '0', height: '0', margin: '0', padding: '0', border: '0', display: 'block' });
      const shadow = host.attachShadow({ mode: 'open' });
      const style = this.doc.createElement('style');
      style.textContent = WARNING_CSS;
      const box = this.doc.createElement('div');
      box.className = 'box panel';
      box.setAttribute('role', 'region');
      box.setAttribute('aria-label', 'PA Preflight: checks for fields not on this page');
      shadow.append(style, box);
      (this.doc.body ?? this.doc.documentElement).append(host);
      this.panel = { host, box, signature: '' };
    }
    const notes = req.notes.join('|');
    if (notes && notes !== this.notesSeen) this.panelOpen = true;
    this.notesSeen = notes;
    const signature = `${this.panelOpen}|${notes}|${signatureOf(findings, req.canFix)}`;
    if (this.panel.signature === signature) return;
    this.panel.signature = signature;
    const { box } = this.panel;
    box.replaceChildren();
    const title = this.doc.createElement('h2');
    title.textContent = `PA Preflight · ${findings.length} not on this page`;
    const toggle = this.doc.createElement('button');
    toggle.className = 'toggle';
    toggle.type = 'button';
    toggle.textContent = this.panelOpen ? 'Hide' : 'Show';
    title.append(' ', toggle);
    toggle.setAttribute('aria-expanded', String(this.panelOpen));
    toggle.addEventListener('click', () => {
      this.panelOpen = !this.panelOpen;
      this.renderPanel(findings, req);
    });
    box.append(title);
    for (const line of req.notes) {
      const note = this.doc.createElement('p');
      note.className = 'note';
      note.textContent = line;
      box.append(note);
    }
    const list = this.doc.createElement('div');
    list.hidden = !this.panelOpen;
    fillFindings(list, findings, req.canFix, this.callbacks, false);
    box.append(list);
  }

  /** Announces findings that were not showing before, once (not on every keystroke). */
  private announce(findings: readonly Finding[]): void {
    const now = new Set(findings.map(findingKey));
    const fresh = findings.filter((f) => !this.shown.has(findingKey(f)) && f.severity !== 'info');
    this.shown = now;
    if (fresh.length === 0) return;
    if (!this.live || !this.live.isConnected) {
      this.live = this.doc.createElement(LIVE_TAG);
      this.live.setAttribute('aria-live', 'polite');
      this.live.setAttribute('role', 'status');
      // visually hidden, still read by screen readers
      setImportant(this.live, {
        position: 'fixed', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)',
        'clip-path': 'inset(50%)', 'white-space': 'nowrap', margin: '-1px', padding: '0', border: '0',
      });
      (this.doc.body ?? this.doc.documentElement).append(this.live);
    }
    this.live.textContent = fresh.map((f) => `${SEVERITY_TEXT[f.severity]}: ${f.message}`).join(' ');
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
    const item = doc.createElement('div');
    item.className = 'finding';
    item.setAttribute('data-rule', f.ruleId);
    item.setAttribute('data-severity', f.severity);
    const text = doc.createElement('div');
    text.className = 'text';
    const sev = doc.createElement('span');
    sev.className = 'sev';
    sev.textContent = `${SEVERITY_TEXT[f.severity]}:`;
    const msg = doc.createElement('span');
    msg.className = 'msg';
    msg.textContent = f.message;
    text.append(sev, msg);
    item.append(text);
    if (f.fix && canFix(f)) {
      const button = doc.createElement('button');
      button.type = 'button';
      button.setAttribute('data-fix', '');
      button.textContent = f.fix.label;
      button.addEventListener('click', () => callbacks.onFix(f));
      item.append(button);
      if (inline && !shortcutShown) {
        shortcutShown = true;
        button.tabIndex = -1;
        button.setAttribute('aria-keyshortcuts', FIX_SHORTCUT.label);
        const key = doc.createElement('span');
        key.className = 'key';
        key.textContent = ` or ${FIX_SHORTCUT.label} in the field`;
        item.append(key);
      } else if (inline) {
        button.tabIndex = -1;
      }
    }
    const src = doc.createElement('small');
    src.className = 'src';
    src.textContent = sourceNote(f);
    item.append(src);
    container.append(item);
  }
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

interface Obstacle {
  el: Element;
  box: Box;
  weight: number;
}

/** The portal's own controls (and, less so, their labels) in a document or shadow root, where
 *  a box should not sit. */
function controlBoxes(root: Node): Obstacle[] {
  const scope = root as Document | ShadowRoot;
  if (typeof scope.querySelectorAll !== 'function') return [];
  return Array.from(scope.querySelectorAll('input, select, textarea, button, a[href], [role="button"], label')).map((el) => {
    const r = el.getBoundingClientRect();
    return { el, box: { x: r.x, y: r.y, w: r.width, h: r.height }, weight: el.localName === 'label' ? 0.5 : 1 };
  });
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
