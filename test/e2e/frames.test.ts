import type { Frame, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { useHarness } from './fixture';
import { byTestId, eventually, hostPaths, typeDrug, waitForNoRule, waitForRule } from './helpers';

/** The wizard inside an Availity-like iframe shell, and fields inside open shadow roots. */

const harness = useHarness();

let page: Page;
afterEach(async () => {
  await page?.close();
  expect(harness().errors).toEqual([]);
});

async function appFrame(p: Page): Promise<Frame> {
  const frame = await eventually(
    async () => p.frames().find((f) => f.url().includes('/app/precertification/')) ?? null,
    (f) => f !== null,
    'wizard frame',
  );
  await byTestId(frame!, 'patient-weight').waitFor();
  return frame!;
}

describe('wizard in a same-origin iframe', () => {
  it('reads the steps inside the frame, keeps the weight across steps and applies fixes there', async () => {
    page = await harness().open('/iframe.html');
    const frame = await appFrame(page);
    await byTestId(frame, 'patient-weight').pressSequentially('50');
    await byTestId(frame, 'stepper-diagnosis').click();
    await byTestId(frame, 'dx-code-0').pressSequentially('M06.1');
    await byTestId(frame, 'stepper-medication').click();
    await typeDrug(frame);
    await byTestId(frame, 'med-dose').pressSequentially('280');
    await byTestId(frame, 'med-units').pressSequentially('1');
    await waitForRule(frame, 'drug.units', 'units-equal-mg');
    await waitForRule(frame, 'drug.dose', 'dose-weight-mismatch');
    await frame.locator('[data-preflight-for="drug.units"] [data-rule="units-equal-mg"] button[data-fix]').click();
    await waitForNoRule(frame, 'drug.units', 'units-equal-mg');
    expect(await byTestId(frame, 'med-units').inputValue()).toBe('280');
    // warnings live in the frame's document, beside its fields: the shell has none of its own
    expect(await page.evaluate(() => document.querySelectorAll('[data-preflight-for]').length)).toBe(0);
  });

  it('leaves no warning behind when the frame navigates away', async () => {
    page = await harness().open('/iframe.html');
    const frame = await appFrame(page);
    await byTestId(frame, 'stepper-medication').click();
    await typeDrug(frame);
    await byTestId(frame, 'med-dose').pressSequentially('280');
    await byTestId(frame, 'med-units').pressSequentially('1');
    await waitForRule(frame, 'drug.units', 'units-equal-mg');
    await byTestId(frame, 'stepper-patient').click();
    await eventually(
      () => hostPaths(frame),
      (paths) => !paths.includes('drug.units'),
      'no host for the unmounted units field',
    );
  });
});

describe('fields inside open shadow roots', () => {
  it('warns beside a field in a web component and fixes it there', async () => {
    page = await harness().open('/shadow.html');
    await byTestId(page, 'patient-weight').pressSequentially('70');
    await byTestId(page, 'dx-code-0').pressSequentially('M06.1');
    await typeDrug(page); // in the drug component's shadow root, like the fields below
    await byTestId(page, 'med-dose').pressSequentially('280');
    await byTestId(page, 'med-units').pressSequentially('1');
    await waitForRule(page, 'drug.units', 'units-equal-mg');
    const placement = await byTestId(page, 'med-units').evaluate((input) => {
      const host =
        input.getRootNode() instanceof ShadowRoot
          ? (input.getRootNode() as ShadowRoot).querySelector('[data-preflight-for="drug.units"]')
          : null;
      return { inSameRoot: host !== null, described: (input.getAttribute('aria-describedby') ?? '').includes(host?.id ?? '-') };
    });
    expect(placement).toEqual({ inSameRoot: true, described: true });
    await page.locator('[data-preflight-for="drug.units"] [data-rule="units-equal-mg"] button[data-fix]').click();
    await waitForNoRule(page, 'drug.units', 'units-equal-mg');
    expect(await byTestId(page, 'med-units').inputValue()).toBe('280');
  });

  it('reads the CRP fields of a second component', async () => {
    page = await harness().open('/shadow.html');
    await byTestId(page, 'dx-code-0').pressSequentially('M06.1');
    await typeDrug(page);
    await byTestId(page, 'crp-value').pressSequentially('4.5');
    await byTestId(page, 'crp-unit').selectOption('mg/dL');
    await waitForRule(page, 'labs.crpDate', 'crp-date-missing');
  });
});
