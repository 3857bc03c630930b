/** Attaches an open shadow root to every element matching `sel` inside `root`, from a template per element. */
export function shadow(root: ParentNode, sel: string, html: (el: Element) => string): void {
  for (const el of Array.from(root.querySelectorAll(sel))) {
    if (el.shadowRoot) continue;
    el.attachShadow({ mode: 'open' }).innerHTML = html(el);
  }
}
