import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { get, render, settle, typeInto, type Rendered } from '@/test/unit/render';
import { App } from './App';

// The browser tests and the demo lean on these behaviours of the stand-in portal; if one drifts,
// they would pass or fail for the wrong reason.

let view: Rendered | undefined;
beforeEach(() => history.replaceState(null, '', '/'));
afterEach(() => view?.unmount());

const byTestId = <T extends Element = HTMLInputElement>(id: string) => get<T>(document, `[data-test-id="${id}"]`);
const click = (id: string) => settle(() => byTestId<HTMLButtonElement>(id).click());

describe('demo portal wizard', () => {
  it('routes each step to its own /app/ path with pushState', async () => {
    view = await render(<App />);
    expect(location.pathname).toBe('/app/precertification/new/patient');
    await click('step-next');
    expect(location.pathname).toBe('/app/precertification/new/provider');
    expect(byTestId('precert-form').getAttribute('data-step')).toBe('provider');
  });

  it('unmounts a step it leaves and shows its values again on return', async () => {
    view = await render(<App />);
    await typeInto(byTestId('patient-weight'), '70');
    await click('stepper-medication');
    expect(document.querySelector('[data-test-id="patient-weight"]')).toBeNull();
    await click('stepper-patient');
    expect(byTestId('patient-weight').value).toBe('70');
  });

  it('keeps React state unchanged when .value is assigned without the native setter', async () => {
    view = await render(<App />);
    const name = byTestId('patient-name');
    await settle(() => {
      name.value = 'Assigned Directly';
      name.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await click('stepper-review');
    expect(byTestId('review-patientName').textContent).toBe('—');
  });

  it('replaces every field node on "Re-render form" and keeps the values', async () => {
    view = await render(<App />);
    await typeInto(byTestId('patient-cigna-id'), 'U9876543201');
    const before = byTestId('patient-cigna-id');
    await click('rerender');
    const after = byTestId('patient-cigna-id');
    expect(after).not.toBe(before);
    expect(before.isConnected).toBe(false);
    expect(after.value).toBe('U9876543201');
  });

  it('appends a prior-therapy row on "Add therapy" and renumbers rows after a removal', async () => {
    view = await render(<App />);
    await click('stepper-clinical');
    await typeInto(byTestId('therapy-0-drug'), 'Prednisone');
    await click('add-therapy');
    await typeInto(byTestId('therapy-1-drug'), 'Methotrexate');
    expect(document.querySelectorAll('[data-test-id^="therapy-row-"]')).toHaveLength(2);
    await click('therapy-0-remove');
    expect(document.querySelectorAll('[data-test-id^="therapy-row-"]')).toHaveLength(1);
    expect(byTestId('therapy-0-drug').value).toBe('Methotrexate');
  });

  it('shows the typed values with their units on the review step and submits locally', async () => {
    view = await render(<App />);
    await click('stepper-medication');
    await typeInto(byTestId('med-dose'), '280');
    await typeInto(byTestId<HTMLSelectElement>('med-dose-unit'), 'mg');
    await settle(() => byTestId('request-type-new').click());
    await click('stepper-review');
    expect(byTestId('review-dose').textContent).toBe('280 mg');
    expect(byTestId('review-requestType').textContent).toBe('new');
    await click('submit');
    expect(byTestId('submit-status').textContent).toMatch(/^Submitted\./);
  });

  it('follows the browser back button (popstate)', async () => {
    view = await render(<App />);
    await click('step-next');
    await act(async () => {
      const popped = new Promise((resolve) => addEventListener('popstate', resolve, { once: true }));
      history.back();
      await popped;
    });
    expect(byTestId('precert-form').getAttribute('data-step')).toBe('patient');
  });
});
