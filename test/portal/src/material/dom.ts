/**
 * Tiny DOM helpers for the Angular-Material-style page. Nothing here is Angular: it only
 * produces the DOM Angular 17–19 with Angular Material (MDC) renders, ids included.
 */

/** Angular Material ids come from one counter per prefix (`_IdGenerator`, APP_ID "ng"). */
const counters: Record<string, number> = {};
export function nextId(prefix: string): string {
  const n = counters[prefix] ?? 0;
  counters[prefix] = n + 1;
  return `${prefix}${n}`;
}

/** The emulated-encapsulation attribute Angular stamps on every element of a component's template. */
export const NG_CONTENT = '_ngcontent-ng-c2914387062';

type Attrs = Record<string, string | number | boolean | null | undefined>;

/** `h('span', { class: 'x' }, 'text', child)`; `false`/`null` attributes are left out. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs, ...children: (Node | string)[]): HTMLElementTagNameMap[K];
export function h(tag: string, attrs?: Attrs, ...children: (Node | string)[]): HTMLElement;
export function h(tag: string, attrs: Attrs = {}, ...children: (Node | string)[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  el.append(...children);
  return el;
}

/** An element of the app's own template (carries the `_ngcontent-…` attribute). */
export function ng<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs, ...children: (Node | string)[]): HTMLElementTagNameMap[K];
export function ng(tag: string, attrs?: Attrs, ...children: (Node | string)[]): HTMLElement;
export function ng(tag: string, attrs: Attrs = {}, ...children: (Node | string)[]): HTMLElement {
  return h(tag, { [NG_CONTENT]: '', ...attrs }, ...children);
}

/** The comment anchors Angular leaves for `@if`/`@for` blocks. */
export const container = (): Comment => document.createComment('container');

/** The polite live region `LiveAnnouncer` appends to `<body>` (mat-select announces keyboard choices). */
let announcer: HTMLElement | null = null;
export function announce(text: string): void {
  if (!announcer) {
    announcer = h('div', {
      class: 'cdk-live-announcer-element cdk-visually-hidden',
      'aria-atomic': 'true',
      'aria-live': 'polite',
      id: nextId('cdk-live-announcer-'),
    });
    document.body.append(announcer);
  }
  const region = announcer;
  region.textContent = '';
  setTimeout(() => (region.textContent = text), 100);
}
