import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Checked, Finding } from '@/lib/engine/types';
import type { ContentToBackground } from '@/lib/messages';
import { cignaPrecert } from '@/rules/portals/cigna-precert';
import { VOCABULARY } from '@/rules/portals/vocabulary';
import { collectFields, SignalCache } from './collect';
import { startPreflight, type Preflight, type PreflightDeps } from './controller';
import { qualifyFields } from './qualify';

const unitsFinding = (units: string): Finding => ({
  ruleId: 'units-equal-mg',
  severity: 'error',
  category: 'coding',
  field: 'drug.units',
  message: `${units} unit entered`,
  fix: { field: 'drug.units', value: '280', label: 'Set to 280' },
  source: { title: 'HCPCS J0638', confidence: 'H' },
});

/** A stand-in for normalize + engine: flags any units other than 280 once a dose is known. */
function fakeEvaluate(values: Record<string, string>): Checked {
  const units = values['drug.units'] ?? '';
  const findings = values['drug.dose'] && units && units !== '280' ? [unitsFinding(units)] : [];
  return {
    findings,
    selection: { status: 'unknown', pack: null, sure: false },
    indication: null,
    indicationCode: null,
    checkedBy: null,
    failed: {},
    drugTyped: { name: '', hcpcs: null, ndc: null },
  };
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const settle = async () => {
  await new Promise((resolve) => setTimeout(resolve, 0)); // the first scan runs in a task of its own
  await frame();
  await frame();
};

let running: Preflight | undefined;
afterEach(() => {
  running?.stop();
  document.body.innerHTML = '';
});

function start(over: Partial<PreflightDeps> = {}) {
  const sent: ContentToBackground[] = [];
  const deps: PreflightDeps = {
    window,
    maps: [cignaPrecert],
    evaluate: vi.fn(fakeEvaluate),
    send: async (message) => {
      sent.push(message);
      return message.type === 'load-values' ? {} : true;
    },
    isAlive: () => true,
    vocabulary: VOCABULARY,
    payer: 'Cigna',
    isRendered: () => true,
    reportDelayMs: 0,
    ...over,
  };
  running = startPreflight(deps);
  return { deps, sent, preflight: running };
}

function type(el: HTMLInputElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

const FORM = '<label for="d">Dose</label><input id="d"><label for="u">Billing units</label><input id="u">';

describe('content-script loop', () => {
  it('paints a finding beside its field in the frame after the input', async () => {
    document.body.innerHTML = FORM;
    start();
    type(document.querySelector('#d')!, '280');
    type(document.querySelector('#u')!, '1');
    await frame();
    expect(document.querySelector('#u')!.nextElementSibling?.getAttribute('data-preflight-for')).toBe('drug.units');
  });

  it('does nothing when a geometry read it asked for arrives after it stopped', async () => {
    document.body.innerHTML = FORM;
    const pending: (() => void)[] = [];
    const { preflight } = start({ timing: { afterLayout: (run) => pending.push(run), whenIdle: (run) => pending.push(run) } });
    type(document.querySelector('#d')!, '280');
    type(document.querySelector('#u')!, '1');
    await frame();
    expect(pending.length).toBeGreaterThan(0);
    preflight.stop();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      pending.forEach((run) => run());
      expect(warn).not.toHaveBeenCalled();
      expect(document.querySelector('[data-preflight-for]')).toBeNull();
    } finally {
      warn.mockRestore();
    }
  });

  it("gives the request's values as last read, from memory, only once it has read them", async () => {
    document.body.innerHTML = FORM;
    const { preflight } = start();
    expect(preflight.values()).toBeNull();
    type(document.querySelector('#d')!, '280');
    type(document.querySelector('#u')!, '1');
    await settle();
    expect(preflight.values()).toMatchObject({ 'drug.dose': '280', 'drug.units': '1' });
  });

  it('evaluates again only when a value changed', async () => {
    document.body.innerHTML = FORM;
    const { deps } = start();
    type(document.querySelector('#d')!, '280');
    await settle();
    const calls = vi.mocked(deps.evaluate).mock.calls.length;
    document.querySelector('#d')!.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    expect(vi.mocked(deps.evaluate).mock.calls.length).toBe(calls);
  });

  it('applies a fix through the field and clears the warning', async () => {
    document.body.innerHTML = FORM;
    start();
    type(document.querySelector('#d')!, '280');
    type(document.querySelector('#u')!, '1');
    await settle();
    document.querySelector('[data-preflight-for="drug.units"]')!.shadowRoot!.querySelector<HTMLButtonElement>('[data-fix]')!.click();
    await settle();
    expect(document.querySelector<HTMLInputElement>('#u')!.value).toBe('280');
    expect(document.querySelector('[data-preflight-for]')).toBeNull();
  });

  it('reports findings and the typed values to the background after a pause', async () => {
    document.body.innerHTML = FORM;
    const { sent } = start();
    type(document.querySelector('#d')!, '280');
    type(document.querySelector('#u')!, '1');
    await settle();
    await vi.waitFor(() => expect(sent.map((m) => m.type)).toContain('report'));
    const report = sent.filter((m) => m.type === 'report').at(-1);
    expect(report?.type === 'report' && report.report.findings.map((f) => f.ruleId)).toEqual(['units-equal-mg']);
    expect(report?.type === 'report' && report.report.portal).toBe('heuristic');
    await vi.waitFor(() => expect(sent).toContainEqual({ type: 'save-values', values: { 'drug.dose': '280', 'drug.units': '1' } }));
  });

  it('evaluates with values saved before a reload for fields no longer on the page', async () => {
    document.body.innerHTML = '<label for="u">Billing units</label><input id="u">';
    const { deps } = start({
      send: async (m) => (m.type === 'load-values' ? { 'drug.dose': '280', 'patient.weight': 70 } : true),
    });
    type(document.querySelector('#u')!, '1');
    await settle();
    await vi.waitFor(() => expect(document.querySelector('[data-preflight-for="drug.units"]')).not.toBeNull());
    expect(vi.mocked(deps.evaluate).mock.calls.at(-1)?.[0]).toEqual({ 'drug.dose': '280', 'drug.units': '1' });
  });

  it('puts a finding in the panel, with a note, when its field is on another step', async () => {
    document.body.innerHTML = FORM;
    const { preflight } = start();
    type(document.querySelector('#d')!, '280');
    type(document.querySelector('#u')!, '1');
    await settle();
    document.querySelector('#u')!.remove();
    document.querySelector('label[for="u"]')!.remove();
    await settle();
    expect(document.querySelector('[data-preflight-for]')).toBeNull();
    expect(preflight.focusField('drug.units')).toBe(false);
    const panel = document.querySelector('[data-preflight-panel]')!.shadowRoot!;
    expect(panel.querySelector('[data-rule="units-equal-mg"]')).not.toBeNull();
    expect(panel.textContent).toContain('“Billing units” is on another step');
  });

  it('keeps a throwing check away from the page', async () => {
    document.body.innerHTML = FORM;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { preflight } = start({
      evaluate: () => {
        throw new Error('boom');
      },
    });
    type(document.querySelector('#d')!, '280');
    await settle();
    expect(warn).toHaveBeenCalled();
    expect(preflight.stopped).toBe(false);
    warn.mockRestore();
  });

  it('removes everything and stops listening once the extension context is gone', async () => {
    document.body.innerHTML = FORM;
    let alive = true;
    const { deps, preflight } = start({ isAlive: () => alive });
    type(document.querySelector('#d')!, '280');
    type(document.querySelector('#u')!, '1');
    await settle();
    expect(document.querySelector('[data-preflight-for]')).not.toBeNull();
    alive = false;
    type(document.querySelector('#u')!, '12');
    await settle();
    expect(preflight.stopped).toBe(true);
    expect(document.querySelector('[data-preflight-for], [data-preflight-panel], [aria-live]')).toBeNull();
    const calls = vi.mocked(deps.evaluate).mock.calls.length;
    type(document.querySelector('#u')!, '123');
    await settle();
    expect(vi.mocked(deps.evaluate).mock.calls.length).toBe(calls);
  });
});

describe('what wakes the loop', () => {
  it('picks up fields added to the page later (SPA navigation)', async () => {
    document.body.innerHTML = '<main></main>';
    start();
    await settle();
    document.querySelector('main')!.innerHTML = FORM;
    await settle();
    type(document.querySelector('#d')!, '280');
    type(document.querySelector('#u')!, '1');
    await settle();
    expect(document.querySelector('[data-preflight-for="drug.units"]')).not.toBeNull();
  });

  it('does not re-read the form for attribute churn away from its fields', async () => {
    document.body.innerHTML = `${FORM}<div id="spinner"></div>`;
    const { deps } = start();
    type(document.querySelector('#d')!, '280');
    await settle();
    const evaluations = vi.mocked(deps.evaluate).mock.calls.length;
    const spy = vi.spyOn(document, 'querySelectorAll'); // each re-scan looks up <label for>
    for (let i = 0; i < 5; i++) {
      document.querySelector('#spinner')!.setAttribute('style', `transform: rotate(${i * 10}deg)`);
      await frame();
    }
    expect(spy).not.toHaveBeenCalled();
    expect(vi.mocked(deps.evaluate).mock.calls.length).toBe(evaluations);
    spy.mockRestore();
  });

  it('does not re-read the form when a framework empties and restores name and sets type (React 19, every render)', async () => {
    document.body.innerHTML = FORM.replace('<input id="u">', '<input id="u" name="units" type="text">');
    start();
    type(document.querySelector('#d')!, '280');
    await settle();
    const spy = vi.spyOn(document, 'querySelectorAll');
    const units = document.querySelector('#u')!;
    for (let i = 0; i < 5; i++) {
      units.setAttribute('name', '');
      units.setAttribute('type', 'text');
      units.setAttribute('name', 'units');
      await frame();
    }
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  it('re-reads the form when a field is really renamed', async () => {
    document.body.innerHTML = FORM.replace('<input id="u">', '<input id="u" name="units" type="text">');
    start();
    await settle();
    const spy = vi.spyOn(document, 'querySelectorAll');
    document.querySelector('#u')!.setAttribute('name', 'units2');
    await settle();
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });
});

describe('the page removing our elements', () => {
  it('paints a warning again after the page drops its host', async () => {
    document.body.innerHTML = FORM;
    start();
    type(document.querySelector('#d')!, '280');
    type(document.querySelector('#u')!, '1');
    await settle();
    document.querySelector('[data-preflight-for]')!.remove();
    await settle();
    expect(document.querySelector('#u')!.nextElementSibling?.getAttribute('data-preflight-for')).toBe('drug.units');
  });
});

describe('the fix shortcut', () => {
  const press = (el: Element, init: KeyboardEventInit) => {
    const e = new KeyboardEvent('keydown', { bubbles: true, composed: true, cancelable: true, ...init });
    el.dispatchEvent(e);
    return e;
  };

  it('applies the focused field’s fix on Alt+Shift+F and lets every other key through', async () => {
    document.body.innerHTML = FORM;
    start();
    const units = document.querySelector<HTMLInputElement>('#u')!;
    type(document.querySelector('#d')!, '280');
    type(units, '1');
    await settle();
    expect(press(units, { key: 'F', code: 'KeyF', shiftKey: true }).defaultPrevented).toBe(false);
    expect(press(document.querySelector('#d')!, { key: 'F', code: 'KeyF', altKey: true, shiftKey: true }).defaultPrevented).toBe(false);
    expect(press(units, { key: 'F', code: 'KeyF', altKey: true, shiftKey: true }).defaultPrevented).toBe(true);
    expect(units.value).toBe('280');
  });
});

describe('focus requests', () => {
  it('names a field never seen by the words of its path', async () => {
    document.body.innerHTML = FORM;
    const { preflight } = start();
    await settle();
    expect(preflight.focusField('labs.crpDate')).toBe(false);
    expect(document.querySelector('[data-preflight-panel]')!.shadowRoot!.textContent).toContain('“crp date” is on another step');
  });

  it('focuses a field on the page', async () => {
    document.body.innerHTML = FORM;
    const { preflight } = start();
    await settle();
    expect(preflight.focusField('drug.units')).toBe(true);
    expect(document.activeElement?.id).toBe('u');
  });
});

describe("the reader's hand-off", () => {
  const UNITS_FORM =
    '<label for="d">Dose</label><input id="d" value="280"><label id="ul" for="u">Billing units</label><input id="u" value="1">';

  const maps = [cignaPrecert];
  /** The reader's scan of the page as it is now. */
  function readerScan(signals: SignalCache) {
    const collection = collectFields(document, signals);
    const qualify = { maps, vocabulary: VOCABULARY, hostname: window.location.hostname };
    return { collection, mapped: qualifyFields(collection.fields, qualify), qualify, version: signals.version };
  }

  it("takes the reader's scan for its first scan when no change was marked since", async () => {
    document.body.innerHTML = '<label for="d">Dose</label><input id="d" value="280">';
    const signals = new SignalCache();
    const scan = readerScan(signals);
    // unmarked (no observer saw it): only a first scan that reads the page again finds it
    document.body.insertAdjacentHTML('beforeend', '<label for="u">Billing units</label><input id="u" value="1">');
    const release = vi.fn();
    start({ maps, handOff: { signals, scan, release } });
    await settle();
    expect(document.querySelector('[data-preflight-for="drug.units"]')).toBeNull();
    expect(release).toHaveBeenCalledTimes(1);
  });

  it('reads the page again when a change was marked after the scan', async () => {
    document.body.innerHTML = UNITS_FORM;
    const signals = new SignalCache();
    const scan = readerScan(signals);
    const observer = new MutationObserver(() => undefined);
    observer.observe(document.body, { childList: true, subtree: true });
    document.querySelector('#ul')!.textContent = 'Remarks';
    signals.invalidate(observer.takeRecords()); // as the reader's observer does
    observer.disconnect();
    start({ maps, handOff: { signals, scan, release: () => undefined } });
    await settle();
    expect(document.querySelector('[data-preflight-for="drug.units"]')).toBeNull();
  });

  it('reads the page again when a frame loaded after the scan', async () => {
    document.body.innerHTML = '<label for="d">Dose</label><input id="d" value="280">';
    const signals = new SignalCache();
    const scan = readerScan(signals);
    // fields no mutation record shows (a frame's new document), only its load event
    document.body.insertAdjacentHTML('beforeend', '<label for="u">Billing units</label><input id="u" value="1">');
    signals.touch();
    start({ maps, handOff: { signals, scan, release: () => undefined } });
    await settle();
    expect(document.querySelector('[data-preflight-for="drug.units"]')).not.toBeNull();
  });

  it("stops the reader's watch when it stops before its first scan", () => {
    document.body.innerHTML = UNITS_FORM;
    const release = vi.fn();
    const { preflight } = start({ handOff: { signals: new SignalCache(), release } });
    preflight.stop();
    expect(release).toHaveBeenCalledTimes(1);
  });
});
