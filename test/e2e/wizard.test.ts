import { describe, expect, it } from 'vitest';
import { useHarness } from './fixture';
import { byTestId, findingsFor, goToStep, rulesFor, waitForNoRule, waitForRule } from './helpers';

const harness = useHarness();

describe('wizard: inline warnings while staff type', () => {
  it('flags 1 unit for a 280 mg dose in the frame after the keystroke, and the fix sets 280 in React state', async () => {
    const page = await harness().open('/app/precertification/new/patient');
    await byTestId(page, 'patient-weight').pressSequentially('70');
    await goToStep(page, 'medication');
    await byTestId(page, 'med-dose').pressSequentially('280');

    // watch from the page: one requestAnimationFrame after the input event of the "1"
    await page.evaluate(() => {
      const units = document.querySelector('[data-test-id="med-units"]')!;
      (window as unknown as { seen: Promise<string[]> }).seen = new Promise((resolve) => {
        units.addEventListener(
          'input',
          () =>
            requestAnimationFrame(() => {
              const host = document.querySelector('[data-preflight-for="drug.units"]');
              resolve(Array.from(host?.shadowRoot?.querySelectorAll('[data-rule]') ?? []).map((e) => e.getAttribute('data-rule') ?? ''));
            }),
          { once: true },
        );
      });
    });
    await byTestId(page, 'med-units').pressSequentially('1');
    const seen = await page.evaluate(() => (window as unknown as { seen: Promise<string[]> }).seen);
    expect(seen).toContain('units-equal-mg');

    const [finding] = (await findingsFor(page, 'drug.units')).filter((f) => f.rule === 'units-equal-mg');
    expect(finding?.severity).toBe('error');
    expect(finding?.text).toContain('280');
    await expect.poll(() => byTestId(page, 'med-units').getAttribute('aria-describedby')).toMatch(/pa-preflight-w\d+/);

    await page.locator('[data-preflight-for="drug.units"] [data-rule="units-equal-mg"] button[data-fix]').click();
    await waitForNoRule(page, 'drug.units', 'units-equal-mg');
    expect(await byTestId(page, 'med-units').inputValue()).toBe('280');
    await goToStep(page, 'review');
    expect(await byTestId(page, 'review-units').textContent()).toBe('280');
    expect(await rulesFor(page, 'drug.units')).toEqual([]);
    expect(harness().errors).toEqual([]);
    await page.close();
  });
});
