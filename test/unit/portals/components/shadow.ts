import { page } from '../read';

/** Attaches an open shadow root to every element matching `sel` inside `root`, from a template per element. */
export function shadow(root: ParentNode, sel: string, html: (el: Element) => string): void {
  for (const el of Array.from(root.querySelectorAll(sel))) {
    if (el.shadowRoot) continue;
    el.attachShadow({ mode: 'open' }).innerHTML = html(el);
  }
}

/** Renders `html` (`page`), then gives each element of a tag in `templates`, and each inside the
 *  shadow roots it attaches, an open shadow root from its tag's template: web components as their
 *  browser upgrade leaves them. */
export function renderComponents(html: string, templates: Readonly<Record<string, (el: Element) => string>>): void {
  page(html);
  const upgrade = (root: ParentNode): void => {
    for (const [tag, template] of Object.entries(templates))
      for (const el of Array.from(root.querySelectorAll(tag))) {
        if (el.shadowRoot) continue;
        el.attachShadow({ mode: 'open' }).innerHTML = template(el);
        upgrade(el.shadowRoot!);
      }
  };
  upgrade(document);
}
