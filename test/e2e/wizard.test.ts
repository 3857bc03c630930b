import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { useHarness } from './fixture';
import {
  boxesOverFields,
  byTestId,
  daysAgo,
  eventually,
  findingsFor,
  goToStep,
  hostPaths,
  layoutOf,
  panelRules,
  frames,
  retype,
  rulesFor,
  savedValues,
  sendToTabs,
  typeDrug,
  waitForNoRule,
  waitForRule,
} from './helpers';

const harness = useHarness();
const WIZARD = '/app/precertification/new/patient';

let page: Page;
afterEach(async () => {
  await page?.close();
  expect(harness().errors).toEqual([]);
});

async function stillsDiagnosis(p: Page): Promise<void> {
  await goToStep(p, 'diagnosis');
  await byTestId(p, 'dx-code-0').pressSequentially('M06.1');
}

/** Names Ilaris on the medication step, for a test whose steps do not otherwise pass by it. */
async function ilarisRequest(p: Page): Promise<void> {
  await goToStep(p, 'medication');
  await typeDrug(p);
}

describe('wizard: inline warnings while staff type', () => {
  it('flags 1 unit for a 280 mg dose in the frame after the keystroke, in place inside its field, and the fix sets 280 in React state', async () => {
    page = await harness().open(WIZARD);
    await byTestId(page, 'patient-weight').pressSequentially('70');
    await goToStep(page, 'medication');
    await typeDrug(page);
    await byTestId(page, 'med-dose').pressSequentially('280');
    // the Ilaris pack's module is loaded (its JW advice on the dose shows): the frame measured
    // below is that of a check, not of a module load
    await waitForRule(page, 'drug.modifiers', 'waste-modifier');

    // watched from inside the page: one requestAnimationFrame after the input event of the "1";
    // then, later in that frame, after its layout and before its paint (where resize observers
    // are notified), where its badge is
    type Seen = { rules: string[]; badgeInField: boolean };
    await page.evaluate(() => {
      const units = document.querySelector('[data-test-id="med-units"]')!;
      (window as unknown as { seen: Promise<Seen> }).seen = new Promise((resolve) => {
        units.addEventListener(
          'input',
          () =>
            requestAnimationFrame(() => {
              const host = document.querySelector('[data-preflight-for="drug.units"]');
              const rules = Array.from(host?.shadowRoot?.querySelectorAll('[data-rule]') ?? []).map(
                (e) => e.getAttribute('data-rule') ?? '',
              );
              const beforePaint = new ResizeObserver(() => {
                beforePaint.disconnect();
                const badge = host?.shadowRoot?.querySelector('.badge')?.getBoundingClientRect();
                const field = units.getBoundingClientRect();
                const badgeInField =
                  !!badge && badge.left > field.left && badge.right < field.right && badge.top > field.top && badge.bottom < field.bottom;
                resolve({ rules, badgeInField });
              });
              beforePaint.observe(document.documentElement);
            }),
          { once: true },
        );
      });
    });
    await byTestId(page, 'med-units').pressSequentially('1');
    const seen = await page.evaluate(() => (window as unknown as { seen: Promise<Seen> }).seen);
    expect(seen.rules).toContain('units-equal-mg');
    // anchored in the very frame that first shows it: no frame paints the badge out of place
    expect(seen.badgeInField).toBe(true);

    const [finding] = (await findingsFor(page, 'drug.units')).filter((f) => f.rule === 'units-equal-mg');
    expect(finding?.severity).toBe('error');
    expect(finding?.text).toContain('1 unit entered');
    expect(finding?.text).toContain('source:');
    const hostId = await page.locator('[data-preflight-for="drug.units"]').getAttribute('id');
    expect((await byTestId(page, 'med-units').getAttribute('aria-describedby'))?.split(' ')).toContain(hostId);

    const fix = page.locator('[data-preflight-for="drug.units"] [data-rule="units-equal-mg"] button[data-fix]');
    expect(await fix.textContent()).toBe('Set to 280');
    // keyboard: the fix takes no Tab stop from the portal; the field's shortcut applies it
    await byTestId(page, 'med-units').press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-test-id'))).toBe('med-ndc-quantity');
    await byTestId(page, 'med-units').focus();
    await page.keyboard.press('Alt+Shift+KeyF');
    await waitForNoRule(page, 'drug.units', 'units-equal-mg');
    expect(await byTestId(page, 'med-units').inputValue()).toBe('280');
    // our id leaves aria-describedby with the warning
    expect((await byTestId(page, 'med-units').getAttribute('aria-describedby')) ?? '').not.toContain(hostId ?? '-');
    await goToStep(page, 'review');
    expect(await byTestId(page, 'review-units').textContent()).toBe('280');
  });

  it('announces a new finding once in one polite live region, not on every keystroke', async () => {
    page = await harness().open(WIZARD);
    await goToStep(page, 'medication');
    await typeDrug(page);
    await byTestId(page, 'med-dose').pressSequentially('280');
    await byTestId(page, 'med-units').pressSequentially('1');
    await waitForRule(page, 'drug.units', 'units-equal-mg');
    const live = page.locator('[aria-live="polite"]');
    expect(await live.count()).toBe(1);
    expect(await live.textContent()).toContain('1 unit entered');
    await page.evaluate(() => {
      const region = document.querySelector('[aria-live="polite"]')!;
      (window as unknown as { changes: number }).changes = 0;
      new MutationObserver(() => (window as unknown as { changes: number }).changes++).observe(region, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    await byTestId(page, 'med-units').pressSequentially('0'); // "10": still wrong, same finding
    await waitForRule(page, 'drug.units', 'units-equal-mg');
    await eventually(
      () => findingsFor(page, 'drug.units'),
      (f) => f[0]?.text.includes('10 units entered') ?? false,
      'message follows the value',
    );
    expect(await page.evaluate(() => (window as unknown as { changes: number }).changes)).toBe(0);
  });

  it('checks CRP: missing date, a 4-month-old date, 4.5 mg/dL passes and 0.8 mg/dL fails the threshold', async () => {
    page = await harness().open(WIZARD);
    await stillsDiagnosis(page);
    await ilarisRequest(page);
    await goToStep(page, 'clinical');
    await byTestId(page, 'crp-value').pressSequentially('4.5');
    await byTestId(page, 'crp-unit').selectOption('mg/dL');
    await waitForRule(page, 'labs.crpDate', 'crp-date-missing');

    await byTestId(page, 'crp-date').pressSequentially(daysAgo(122));
    await waitForRule(page, 'labs.crpDate', 'crp-date-stale');
    await retype(byTestId(page, 'crp-date'), daysAgo(10));
    await waitForNoRule(page, 'labs.crpDate', 'crp-date-stale');
    await byTestId(page, 'crp-reference-range').pressSequentially('0.0-0.5 mg/dL');
    await eventually(
      () => hostPaths(page),
      (paths) => !paths.some((p) => p.startsWith('labs.')),
      'no CRP warnings for 4.5 mg/dL',
    );
    expect(await panelRules(page)).not.toContain('crp-below-threshold');

    await retype(byTestId(page, 'crp-value'), '0.8');
    await waitForRule(page, 'labs.crpValue', 'crp-below-threshold');
  });

  it('offers the 5-4-2 fix for a 10-digit NDC and flags M08.2X and E85.0', async () => {
    page = await harness().open(WIZARD);
    await ilarisRequest(page); // E85.0 for FMF is the Ilaris pack's finding; M08.2X and the NDC are checked for any drug
    await goToStep(page, 'diagnosis');
    await byTestId(page, 'dx-code-0').pressSequentially('M08.2X');
    await byTestId(page, 'dx-code-1').pressSequentially('E85.0');
    await waitForRule(page, 'diagnosis.codes.0', 'icd10-invalid');
    await waitForRule(page, 'diagnosis.codes.1', 'icd10-fmf-e850');

    await goToStep(page, 'medication');
    await byTestId(page, 'med-ndc').pressSequentially('0078073461');
    await waitForRule(page, 'drug.ndc', 'ndc-format');
    await page.locator('[data-preflight-for="drug.ndc"] [data-rule="ndc-format"] button[data-fix]').click();
    await waitForNoRule(page, 'drug.ndc', 'ndc-format');
    expect(await byTestId(page, 'med-ndc').inputValue()).toBe('00078-0734-61');
  });

  it('uses the weight from step 1 on the medication step, and follows a change made after going back', async () => {
    page = await harness().open(WIZARD);
    await byTestId(page, 'patient-weight').pressSequentially('70');
    await stillsDiagnosis(page);
    await goToStep(page, 'medication');
    await typeDrug(page);
    await byTestId(page, 'med-dose').pressSequentially('280');
    await byTestId(page, 'med-units').pressSequentially('280');
    await waitForRule(page, 'drug.modifiers', 'waste-modifier'); // the dose was evaluated
    expect(await rulesFor(page, 'drug.dose')).not.toContain('dose-weight-mismatch');

    await goToStep(page, 'patient');
    await retype(byTestId(page, 'patient-weight'), '50');
    // the dose is not on this step: its finding waits in the panel
    await eventually(
      () => panelRules(page),
      (rules) => rules.includes('dose-weight-mismatch'),
      'dose finding in the panel',
    );
    await goToStep(page, 'medication');
    await waitForRule(page, 'drug.dose', 'dose-weight-mismatch');
    expect((await findingsFor(page, 'drug.dose')).find((f) => f.rule === 'dose-weight-mismatch')?.text).toContain('200 mg');
  });

  it('keeps earlier steps across a reload of the tab (storage.session via the background)', async () => {
    page = await harness().open(WIZARD);
    await byTestId(page, 'patient-weight').pressSequentially('50');
    await stillsDiagnosis(page);
    await goToStep(page, 'medication');
    await eventually(
      () => savedValues(harness()),
      (saved) => saved.some((v) => v['patient.weight'] === '50'),
      'values saved for the tab',
    );
    await page.reload();
    // the demo keeps its draft in memory: the medication step comes back empty, and is typed again
    await typeDrug(page);
    await byTestId(page, 'med-dose').pressSequentially('280');
    await waitForRule(page, 'drug.dose', 'dose-weight-mismatch');
  });

  it('starts a new request when the member ID field comes back empty', async () => {
    page = await harness().open(WIZARD);
    await byTestId(page, 'patient-cigna-id').pressSequentially('U1234567801');
    await byTestId(page, 'patient-weight').pressSequentially('50');
    await stillsDiagnosis(page);
    await goToStep(page, 'patient');
    await eventually(
      () => savedValues(harness()),
      (saved) => saved.some((v) => v['patient.memberId'] === 'U1234567801'),
      'values saved for the tab',
    );
    await page.reload(); // the demo keeps its draft in memory: a reload is a fresh, empty form
    await stillsDiagnosis(page);
    await goToStep(page, 'medication');
    await typeDrug(page);
    await byTestId(page, 'med-dose').pressSequentially('280');
    await eventually(
      () => panelRules(page),
      (rules) => rules.includes('weight-missing'),
      'the old weight is forgotten',
    );
    expect(await rulesFor(page, 'drug.dose')).not.toContain('dose-weight-mismatch');
  });

  it('re-attaches warnings when React replaces every field node, leaving none behind', async () => {
    page = await harness().open(WIZARD);
    await goToStep(page, 'medication');
    await typeDrug(page);
    await byTestId(page, 'med-dose').pressSequentially('280');
    await byTestId(page, 'med-units').pressSequentially('1');
    await waitForRule(page, 'drug.units', 'units-equal-mg');
    const before = await byTestId(page, 'med-units').elementHandle();
    await byTestId(page, 'rerender').click();
    await eventually(
      () => before!.evaluate((el) => el.isConnected),
      (c) => !c,
      'old node replaced',
    );
    await waitForRule(page, 'drug.units', 'units-equal-mg');
    expect(await page.locator('[data-preflight-for="drug.units"]').count()).toBe(1);
    const attached = await page.locator('[data-preflight-for="drug.units"]').evaluate((host) => {
      const field = document.querySelector('[data-test-id="med-units"]')!;
      return {
        sibling: host.previousElementSibling === field,
        described: (field.getAttribute('aria-describedby') ?? '').includes(host.id),
      };
    });
    expect(attached).toEqual({ sibling: true, described: true });
  });

  it('follows therapy rows as they are added and removed', async () => {
    page = await harness().open(WIZARD);
    await stillsDiagnosis(page);
    await ilarisRequest(page);
    await goToStep(page, 'clinical');
    await byTestId(page, 'therapy-0-drug').pressSequentially('Prednisone');
    await waitForRule(page, 'priorTherapies.0.dose', 'prior-therapy-incomplete');
    await byTestId(page, 'add-therapy').click();
    await byTestId(page, 'therapy-1-drug').pressSequentially('Methotrexate');
    await waitForRule(page, 'priorTherapies.1.dose', 'prior-therapy-incomplete');
    await byTestId(page, 'therapy-1-remove').click();
    await eventually(
      () => hostPaths(page),
      (paths) => !paths.some((p) => p.startsWith('priorTherapies.1')),
      'no warning left for the removed row',
    );
    expect(await rulesFor(page, 'priorTherapies.0.dose')).toContain('prior-therapy-incomplete');
  });

  it('never moves the portal’s own fields when warnings appear', async () => {
    page = await harness().open(WIZARD);
    await goToStep(page, 'medication');
    await byTestId(page, 'med-dose').pressSequentially('280');
    await frames(page);
    expect(await hostPaths(page)).not.toContain('drug.units');
    const before = await layoutOf(page);
    await byTestId(page, 'med-units').pressSequentially('1');
    await byTestId(page, 'med-ndc').pressSequentially('0078073461');
    await waitForRule(page, 'drug.units', 'units-equal-mg');
    await waitForRule(page, 'drug.ndc', 'ndc-format');
    expect(await layoutOf(page)).toEqual(before);
    expect(await boxesOverFields(page)).toEqual([]);
  });

  it('keeps anchoring badges on a page whose stylesheet hides and sizes every element it does not know', async () => {
    page = await harness().open(WIZARD);
    // a portal rule aimed at its own widgets that also reaches our elements at the top of the body
    await page.addStyleTag({
      content: 'body > :not(header):not(#root):not(main):not(footer) { display: none !important; width: 3px !important; }',
    });
    await goToStep(page, 'medication');
    await typeDrug(page);
    await byTestId(page, 'med-dose').pressSequentially('280');
    await byTestId(page, 'med-units').pressSequentially('1');
    await waitForRule(page, 'drug.units', 'units-equal-mg');
    await frames(page);
    const inField = () =>
      page.locator('[data-preflight-for="drug.units"]').evaluate((host) => {
        const badge = host.shadowRoot!.querySelector('.badge')!.getBoundingClientRect();
        const field = document.querySelector('[data-test-id="med-units"]')!.getBoundingClientRect();
        return badge.left > field.left && badge.right < field.right && badge.top > field.top && badge.bottom < field.bottom;
      });
    expect(await inField()).toBe(true);
    // the field moves (the page scrolls): the badge follows it
    await page.evaluate(() => window.scrollBy(0, 40));
    await frames(page);
    expect(await inField()).toBe(true);
  });

  it('shows a warning as a badge inside its field, and its card while the field has focus or the badge the pointer', async () => {
    page = await harness().open(WIZARD);
    await goToStep(page, 'medication');
    await byTestId(page, 'med-dose').pressSequentially('280');
    await byTestId(page, 'med-units').pressSequentially('1');
    await byTestId(page, 'med-ndc').pressSequentially('0078073461');
    await waitForRule(page, 'drug.units', 'units-equal-mg');
    await waitForRule(page, 'drug.ndc', 'ndc-format');
    await frames(page);
    const shown = (path: string) =>
      page.locator(`[data-preflight-for="${path}"]`).evaluate((host) => {
        const r = (sel: string) => host.shadowRoot!.querySelector(sel)!.getBoundingClientRect();
        const field = document.querySelector(`[aria-describedby~="${host.id}"]`)!.getBoundingClientRect();
        const [badge, card] = [r('.badge'), r('.card')];
        return {
          open: host.shadowRoot!.querySelector('.open') !== null,
          badgeInsideField: badge.left > field.left && badge.right < field.right && badge.top > field.top && badge.bottom < field.bottom,
          cardBelowField: card.top >= field.bottom && Math.abs(card.left - field.left) < 1,
        };
      });
    // staff type in the NDC: its card is open below it; the units warning is only a badge
    expect(await shown('drug.ndc')).toEqual({ open: true, badgeInsideField: true, cardBelowField: true });
    expect(await shown('drug.units')).toEqual({ open: false, badgeInsideField: true, cardBelowField: true });
    // closed, the card is still the field's accessible description
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { role?: { value: string }; name?: { value: string }; description?: { value: string } }[];
    };
    const units = nodes.find((n) => n.role?.value === 'textbox' && n.name?.value.startsWith('Billing units'));
    expect(units?.description?.value).toContain('1 unit entered');
    await page.locator('[data-preflight-for="drug.units"] .badge').hover();
    expect((await shown('drug.units')).open).toBe(true);
    await page.mouse.move(5, 5);
    await eventually(
      () => shown('drug.units'),
      (s) => !s.open,
      'the units card closes when the pointer leaves',
    );
    await byTestId(page, 'med-frequency').click();
    await eventually(
      () => shown('drug.ndc'),
      (s) => !s.open,
      'the NDC card closes when its field loses focus',
    );
    expect(await boxesOverFields(page)).toEqual([]);
  });

  it('focuses a field on request, and says so in the panel when it is on another step', async () => {
    page = await harness().open(WIZARD);
    await goToStep(page, 'medication');
    expect(await sendToTabs(harness(), { type: 'focus-field', field: 'drug.units' })).toContain(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-test-id'))).toBe('med-units');
    expect(await sendToTabs(harness(), { type: 'focus-field', field: 'patient.weight' })).toContain(false);
    await eventually(
      () => page.locator('[data-preflight-panel] .note').allTextContents(),
      (notes) => notes.some((n) => n.includes('on another step')),
      'panel note',
    );
  });
});
