import { describe, expect, it } from 'vitest';
import { useHarness } from './fixture';
import { byTestId, eventually, hostPaths, typeDrug, waitForRule, type ChromeApi } from './helpers';

/** The extension reloading or updating under an open portal tab (its context invalidated). */

const harness = useHarness();

describe('extension context invalidated', () => {
  it('removes its warnings and goes quiet, leaving the portal working', async () => {
    const page = await harness().open('/app/precertification/new/medication');
    await typeDrug(page);
    await byTestId(page, 'med-dose').pressSequentially('280');
    await byTestId(page, 'med-units').pressSequentially('1');
    await waitForRule(page, 'drug.units', 'units-equal-mg');
    const ours = () =>
      page.evaluate(() =>
        [...new Set(Array.from(document.querySelectorAll('*'), (el) => el.localName).filter((n) => n.startsWith('pa-preflight-')))].sort(),
      );
    expect(await ours()).toEqual(['pa-preflight-live', 'pa-preflight-sentinel', 'pa-preflight-warning']);

    await harness()
      .serviceWorker.evaluate(() => (globalThis as unknown as { chrome: ChromeApi }).chrome.runtime.reload())
      .catch(() => undefined);
    // the orphaned script notices at the next keystroke it would have checked
    await byTestId(page, 'med-units').pressSequentially('2');
    await eventually(
      () => hostPaths(page),
      (paths) => paths.length === 0,
      'warnings removed',
    );
    expect(await ours()).toEqual([]);
    expect(await page.locator('[data-preflight-panel], [aria-live="polite"]').count()).toBe(0);
    expect(await byTestId(page, 'med-units').getAttribute('aria-describedby')).toBeNull();

    await byTestId(page, 'med-units').pressSequentially('0');
    expect(await byTestId(page, 'med-units').inputValue()).toBe('120');
    expect(harness().errors).toEqual([]);
    await page.close();
  });
});
