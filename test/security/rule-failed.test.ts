import { afterEach, describe, expect, it } from 'vitest';
import { startPreflight, type Preflight } from '@/lib/dom/controller';
import { check, evaluate, RULE_FAILED } from '@/lib/engine/evaluate';
import type { Finding, PolicyPack, Rule } from '@/lib/engine/types';
import { normalizeForm } from '@/lib/form/normalize';
import { rawFromFlat } from '@/lib/form/paths';
import { cignaIlarisPack } from '@/rules/cigna/ilaris';
import { ILARIS_SELECTED, stills, TODAY } from '@/rules/cigna/ilaris/test-utils';
import { basePack } from '@/rules/base';
import { PORTAL_MAPS } from '@/rules/portals';
import { VOCABULARY } from '@/rules/portals/vocabulary';

/**
 * Issue 6, "Never breaks the portal": a rule of the real pack that throws is contained as one
 * `rule-failed` finding on its field while every other rule's findings are unchanged — in the
 * engine and on the page, where the content script's loop shows them side by side.
 */

const BROKEN_ID = 'units-equal-mg';
const broken = (rule: Rule): Rule =>
  rule.meta.id === BROKEN_ID
    ? {
        meta: rule.meta,
        check: () => {
          throw new TypeError("Cannot read properties of undefined (reading 'amount')");
        },
      }
    : rule;
const brokenPack: PolicyPack = { ...cignaIlarisPack, rules: cignaIlarisPack.rules.map(broken) };
const withoutRule: PolicyPack = { ...cignaIlarisPack, rules: cignaIlarisPack.rules.filter((r) => r.meta.id !== BROKEN_ID) };
const opts = (pack: PolicyPack) => ({ today: TODAY, base: basePack, pack, selection: ILARIS_SELECTED });

// the worked case with two mistakes: 1 unit for 280 mg (the broken rule's) and a 10-digit NDC (another rule's)
const MISTAKES = stills({ drug: { units: '1', ndc: '0078073461' } });

const key = (f: Finding) => `${f.ruleId}|${f.field}|${f.severity}|${f.message}`;

describe('a rule of the Cigna × Ilaris pack that throws', () => {
  it('yields exactly one rule-failed finding on its field, and every other finding as without it', () => {
    const form = normalizeForm(MISTAKES);
    const result = evaluate(form, opts(brokenPack));
    const failed = result.findings.filter((f) => f.ruleId === RULE_FAILED);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ field: 'drug.units', severity: 'warning' });
    expect(failed[0]!.message).toContain(`"${BROKEN_ID}" could not run`);
    expect(result.failedRules).toEqual([BROKEN_ID]);

    const others = result.findings.filter((f) => f.ruleId !== RULE_FAILED).map(key);
    expect(others).toEqual(evaluate(form, opts(withoutRule)).findings.map(key));
    expect(others.some((k) => k.startsWith('ndc-format|drug.ndc'))).toBe(true);
    // the checklist marks the broken rule's item as a problem rather than done
    const unitsItem = result.checklist.sections.flatMap((s) => s.items).find((i) => i.findings.some((f) => f.ruleId === RULE_FAILED));
    expect(unitsItem?.status).toBe('problem');
  });
});

describe('the content script loop with that rule (happy-dom page)', () => {
  let preflight: Preflight | undefined;
  afterEach(() => {
    preflight?.stop();
    document.body.replaceChildren();
  });

  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

  function field(label: string, id: string, value: string): HTMLInputElement {
    const wrap = document.createElement('div');
    const l = document.createElement('label');
    l.htmlFor = id;
    l.textContent = label;
    const input = document.createElement('input');
    input.id = id;
    input.value = value;
    wrap.append(l, input);
    document.body.append(wrap);
    return input;
  }

  it('shows the rule-failed warning on the field and the other rules’ warnings beside it', async () => {
    field('Dose (mg)', 'a1', '280');
    field('Billing units', 'a2', '1');
    field('NDC', 'a3', '0078073461');
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    preflight = startPreflight({
      window,
      maps: PORTAL_MAPS,
      vocabulary: VOCABULARY,
      payer: 'Cigna',
      isAlive: () => true,
      isRendered: () => true,
      send: async () => undefined,
      evaluate: (values) => check(normalizeForm(rawFromFlat(values)), opts(brokenPack)),
    });
    await frame();
    await frame();
    window.removeEventListener('error', onError);

    const rulesOn = (path: string) =>
      [...(document.querySelector(`[data-preflight-for="${path}"]`)?.shadowRoot?.querySelectorAll('[data-rule]') ?? [])].map((el) =>
        el.getAttribute('data-rule'),
      );
    expect(rulesOn('drug.units')).toEqual([RULE_FAILED]);
    expect(rulesOn('drug.ndc')).toContain('ndc-format');
    expect(Object.keys(preflight.report()?.failed ?? {})).toEqual([BROKEN_ID]);
    expect(errors).toEqual([]);
  });
});
