import { act, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

// React warns unless it knows updates are wrapped in act()
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Rendered {
  container: HTMLElement;
  unmount(): void;
}

/** Mounts a component into a fresh element of the happy-dom document and flushes its effects. */
export async function render(ui: ReactNode): Promise<Rendered> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(ui));
  return {
    container,
    unmount() {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** Runs an interaction and lets React and pending promises settle. */
export async function settle(action: () => void | Promise<void> = () => undefined): Promise<void> {
  await act(async () => {
    await action();
  });
}

/** Types into a React-controlled input the way a browser would (native setter + input event). */
export async function typeInto(input: HTMLInputElement | HTMLSelectElement, value: string): Promise<void> {
  const proto = input instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  await settle(() => {
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

/** The element matching `selector`, failing the test with the selector's name when it is absent. */
export function get<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T & Element>(selector);
  if (!found) throw new Error(`no element matches ${selector}`);
  return found;
}
