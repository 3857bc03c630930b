import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import type { Frame, Locator, Page } from 'playwright-core';

/** Helpers that read the inline-warning contract the way an outside test would. */

type Scope = Page | Frame;

export const byTestId = (scope: Scope, id: string): Locator => scope.locator(`[data-test-id="${id}"]`);

export interface ShownFinding {
  rule: string;
  severity: string;
  text: string;
}

/** Findings in the warning host of a raw path (CSS locators pierce open shadow roots). */
export async function findingsFor(scope: Scope, path: string): Promise<ShownFinding[]> {
  return scope.locator(`[data-preflight-for="${path}"] [data-rule]`).evaluateAll((els) =>
    els.map((el) => ({
      rule: el.getAttribute('data-rule') ?? '',
      severity: el.getAttribute('data-severity') ?? '',
      text: el.textContent ?? '',
    })),
  );
}

export async function rulesFor(scope: Scope, path: string): Promise<string[]> {
  return (await findingsFor(scope, path)).map((f) => f.rule);
}

/** Rule ids in the floating panel (findings whose field is not on the page). */
export async function panelRules(page: Page): Promise<string[]> {
  return page.locator('[data-preflight-panel] [data-rule]').evaluateAll((els) => els.map((el) => el.getAttribute('data-rule') ?? ''));
}

/** Waits until `read` returns something `check` accepts (the content script paints per frame). */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, what: string): Promise<T> {
  let last: T | undefined;
  for (let i = 0; i < 100; i++) {
    last = await read();
    if (check(last)) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  expect.fail(`${what}: last seen ${JSON.stringify(last)}`);
}

export const waitForRule = (scope: Scope, path: string, rule: string): Promise<string[]> =>
  eventually(
    () => rulesFor(scope, path),
    (rules) => rules.includes(rule),
    `${rule} on ${path}`,
  );

export const waitForNoRule = (scope: Scope, path: string, rule: string): Promise<string[]> =>
  eventually(
    () => rulesFor(scope, path),
    (rules) => !rules.includes(rule),
    `no ${rule} on ${path}`,
  );

/** Selects all text in a field and types over it, as a person would. */
export async function retype(locator: Locator, text: string): Promise<void> {
  await locator.click();
  await locator.press('ControlOrMeta+a');
  await locator.press('Backspace');
  if (text) await locator.pressSequentially(text);
}

/** Every warning host's `data-preflight-for`, across the page and its same-origin frames. */
export async function hostPaths(scope: Scope): Promise<string[]> {
  return scope.locator('[data-preflight-for]').evaluateAll((els) => els.map((el) => el.getAttribute('data-preflight-for') ?? ''));
}

/**
 * Types the drug into the medication name field (`med-name`: the wizard's medication step, the
 * web-components page), as staff do before the dose. The Ilaris rules speak only on a request
 * for Ilaris (README, "How it works"): with no drug field filled only the checks for every drug
 * run, so a test of an Ilaris rule names the drug first.
 */
export async function typeDrug(scope: Scope, drug = 'Ilaris'): Promise<void> {
  await byTestId(scope, 'med-name').pressSequentially(drug);
}

/** Wizard navigation through its stepper. */
export async function goToStep(page: Page, step: string): Promise<void> {
  await byTestId(page, `stepper-${step}`).click();
  await page.waitForURL(new RegExp(`/new/${step}$`));
}

/** MM/DD/YYYY for a day relative to today (local calendar), as staff type dates. */
export function usDate(daysFromToday: number): string {
  const d = new Date();
  d.setDate(d.getDate() + daysFromToday);
  return `${String(d.getMonth() + 1).padStart(2, '0')}/${String(d.getDate()).padStart(2, '0')}/${d.getFullYear()}`;
}

/** A date `n` days before today, as staff type it (MM/DD/YYYY). */
export const daysAgo = (n: number): string => usDate(-n);

/** The boxes of every portal element on the page (ours excluded), to prove nothing moved. */
export async function layoutOf(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.body.querySelectorAll('*'))
      .filter(
        (el) => !el.localName.startsWith('pa-preflight-') && !el.closest('pa-preflight-warning, pa-preflight-panel, pa-preflight-live'),
      )
      .map((el) => {
        const r = el.getBoundingClientRect();
        return `${el.tagName} ${el.getAttribute('data-test-id') ?? ''} ${r.x},${r.y},${r.width}x${r.height}`;
      }),
  );
}

/** Sends a message to every tab's content script from the extension's service worker, as the
 *  popup does; returns the answers of the tabs that answered. */
export async function sendToTabs(harness: { serviceWorker: import('playwright-core').Worker }, message: unknown): Promise<unknown[]> {
  return harness.serviceWorker.evaluate(async (msg) => {
    const { chrome } = globalThis as unknown as { chrome: ChromeApi };
    const tabs = await chrome.tabs.query({});
    const answers = await Promise.all(tabs.map((t) => chrome.tabs.sendMessage(t.id!, msg).catch(() => undefined)));
    return answers.filter((a) => a !== undefined);
  }, message);
}

/** The few extension APIs tests call inside the service worker (its globals are untyped here). */
export interface ChromeApi {
  tabs: {
    query(query: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  runtime: { reload(): void };
  storage: { session: { get(keys: null): Promise<Record<string, unknown>> } };
}

/** The wizard values the background holds in storage.session, one record per tab. */
export async function savedValues(harness: { serviceWorker: import('playwright-core').Worker }): Promise<Record<string, string>[]> {
  return harness.serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: ChromeApi };
    const all = await chrome.storage.session.get(null);
    return Object.entries(all)
      .filter(([key]) => key.startsWith('values:'))
      .map(([, values]) => values as Record<string, string>);
  });
}

/** Lets the content script finish what the last events scheduled (two animation frames). */
export const frames = (scope: Page | Frame): Promise<void> =>
  scope.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));

/**
 * Warnings that hide what staff must see (there should be none): an open card over its own or
 * the focused field; a badge over another control, or over the text typed in its own field.
 */
export async function boxesOverFields(scope: Page | Frame): Promise<string[]> {
  return scope.evaluate(() => {
    const hit = (a: DOMRect, b: DOMRect) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
    const active = document.activeElement;
    const controls = Array.from(document.querySelectorAll('input, select, textarea, button, a[href]'));
    const ctx = document.createElement('canvas').getContext('2d')!;
    const found: string[] = [];
    for (const host of Array.from(document.querySelectorAll('pa-preflight-warning'))) {
      const path = host.getAttribute('data-preflight-for');
      const own = document.querySelector(`[aria-describedby~="${host.id}"]`);
      const card = host.shadowRoot!.querySelector('.card')!;
      if (card.closest('.open')) {
        const box = card.getBoundingClientRect();
        if (own && hit(box, own.getBoundingClientRect())) found.push(`${path}: card covers its field`);
        if (active && active !== document.body && active !== host && hit(box, active.getBoundingClientRect()))
          found.push(`${path}: card covers the focused field`);
      }
      const badge = host.shadowRoot!.querySelector('.badge')!.getBoundingClientRect();
      for (const c of controls) {
        if (c !== own && hit(badge, c.getBoundingClientRect()))
          found.push(`${path}: badge covers ${c.getAttribute('data-test-id') ?? c.id}`);
      }
      if (own?.localName === 'input' && (own as HTMLInputElement).value) {
        // the line of typed text, as the field draws it
        const r = own.getBoundingClientRect();
        const cs = getComputedStyle(own);
        ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
        const left = r.left + parseFloat(cs.borderLeftWidth) + parseFloat(cs.paddingLeft);
        const lineTop = (r.top + r.bottom) / 2 - parseFloat(cs.fontSize) / 2;
        const text = new DOMRect(left, lineTop, ctx.measureText((own as HTMLInputElement).value).width, parseFloat(cs.fontSize));
        if (hit(badge, text)) found.push(`${path}: badge covers the typed text`);
      }
    }
    return found;
  });
}

/** Clicks a warning's fix as a mouse user would: over the badge (the card opens), then on it. */
export async function clickFix(scope: Scope, path: string, rule: string): Promise<void> {
  const host = scope.locator(`[data-preflight-for="${path}"]`);
  await host.locator('.badge').hover();
  await host.locator(`[data-rule="${rule}"] button[data-fix]`).click();
}

// Injected as a string: extension pages' CSP refuses an inline <script>, and evaluate works on both.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's violations on a page, as "rule: target html" lines (a node in a shadow root is
 * targeted through its host, e.g. `#pa-preflight-w3 >> button`). `include` limits the run to
 * some elements (axe follows their open shadow roots), e.g. the extension's own hosts.
 */
export async function axeViolations(scope: Page | Frame, include?: string[]): Promise<string[]> {
  await scope.evaluate(AXE_SOURCE);
  type Result = { violations: { id: string; nodes: { html: string; target: (string | string[])[] }[] }[] };
  const result = await scope.evaluate(
    (selectors) =>
      (globalThis as unknown as { axe: { run(ctx?: unknown): Promise<Result> } }).axe.run(
        selectors ? { include: selectors.map((s) => [s]) } : undefined,
      ),
    include ?? null,
  );
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.flat().join(' >> ')} ${n.html}`).join(' | ')}`);
}

/** Errors and warnings shown in `scope`, beside fields and in the panel, as "rule @ path" ("@ panel"). */
export async function shownProblems(scope: Scope): Promise<string[]> {
  return scope.locator('[data-preflight-for] [data-rule], [data-preflight-panel] [data-rule]').evaluateAll((els) =>
    els
      .filter((el) => ['error', 'warning'].includes(el.getAttribute('data-severity') ?? ''))
      .map((el) => {
        const root = el.getRootNode();
        const host = root instanceof ShadowRoot ? root.host : el.closest('[data-preflight-for]');
        return `${el.getAttribute('data-rule')} @ ${host?.getAttribute('data-preflight-for') ?? 'panel'}`;
      }),
  );
}

/** No error or warning shows in any of `scopes`, and none comes within `ms` (the reader may still be catching up). */
export async function staysClean(scopes: Scope[], ms: number, what: string): Promise<void> {
  const all = async (): Promise<string[]> => (await Promise.all(scopes.map(shownProblems))).flat();
  await eventually(all, (found) => found.length === 0, what);
  const end = Date.now() + ms;
  while (Date.now() < end) {
    expect(await all(), what).toEqual([]);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until the background holds a request `check` accepts (values by raw path), and returns it. */
export async function savedRequest(
  harness: { serviceWorker: import('playwright-core').Worker },
  check: (values: Record<string, string>) => boolean,
  what: string,
): Promise<Record<string, string>> {
  const all = await eventually(
    () => savedValues(harness),
    (saved) => saved.some(check),
    what,
  );
  return all.find(check)!;
}
