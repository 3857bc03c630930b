import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { eventually } from '@/test/e2e/helpers';

/** The inline-warning contract read from outside (as test/e2e/helpers.ts does), through puppeteer. */

type Scope = Page | Frame;

export const byTestId = (id: string): string => `[data-test-id="${id}"]`;

export interface ShownFinding {
  rule: string;
  severity: string;
  text: string;
}

/** Findings in the warning hosts of a raw path (each host's open shadow root). */
export function findingsFor(scope: Scope, path: string): Promise<ShownFinding[]> {
  return scope.evaluate(
    (p) =>
      Array.from(document.querySelectorAll(`[data-preflight-for="${CSS.escape(p)}"]`)).flatMap((host) =>
        Array.from(host.shadowRoot?.querySelectorAll('[data-rule]') ?? []).map((el) => ({
          rule: el.getAttribute('data-rule') ?? '',
          severity: el.getAttribute('data-severity') ?? '',
          text: el.textContent ?? '',
        })),
      ),
    path,
  );
}

export const rulesFor = async (scope: Scope, path: string): Promise<string[]> => (await findingsFor(scope, path)).map((f) => f.rule);

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

/** Errors, warnings and notes shown beside fields and in the floating panel, counted by severity. */
export function shownCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const counts: Record<string, number> = { error: 0, warning: 0, info: 0 };
    for (const host of Array.from(document.querySelectorAll('[data-preflight-for], [data-preflight-panel]'))) {
      for (const el of Array.from(host.shadowRoot?.querySelectorAll('[data-rule]') ?? [])) {
        const severity = el.getAttribute('data-severity') ?? '';
        counts[severity] = (counts[severity] ?? 0) + 1;
      }
    }
    return counts;
  });
}

/** Clicks a warning's fix as a mouse user would: over the badge (the card opens), then on its button. */
export async function clickFix(page: Page, path: string, rule: string): Promise<void> {
  const inHost = (selector: string): Promise<ElementHandle<Element>> =>
    page
      .evaluateHandle(
        (p, s) => document.querySelector(`[data-preflight-for="${CSS.escape(p)}"]`)?.shadowRoot?.querySelector(s) ?? null,
        path,
        selector,
      )
      .then((handle) => {
        const element = handle.asElement();
        if (!element) throw new Error(`no ${selector} in the warning for ${path}`);
        return element as ElementHandle<Element>;
      });
  await (await inHost('.badge')).hover();
  await (await inHost(`[data-rule="${rule}"] button[data-fix]`)).click();
}

/** Types into a portal field as staff do, key by key. */
export async function typeInto(scope: Scope, selector: string, text: string): Promise<void> {
  await scope.type(selector, text);
}

/** Wizard navigation through its stepper. */
export async function goToStep(page: Page, step: string): Promise<void> {
  await page.click(byTestId(`stepper-${step}`));
  await page.waitForFunction((s) => location.pathname.endsWith(`/new/${s}`), {}, step);
}

export const valueOf = (scope: Scope, selector: string): Promise<string> => scope.$eval(selector, (el) => (el as HTMLInputElement).value);
