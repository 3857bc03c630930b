import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '@/lib/engine/types';
import { WarningLayer, type Anchor, type LayerTiming } from './warnings';

const finding = (over: Partial<Finding> = {}): Finding => ({
  ruleId: 'units-equal-mg',
  severity: 'error',
  category: 'coding',
  field: 'drug.units',
  message: '280 mg is 280 units of J0638 (1 unit = 1 mg); 1 unit entered',
  fix: { field: 'drug.units', value: '280', label: 'Set to 280' },
  source: { title: 'HCPCS J0638', confidence: 'H' },
  ...over,
});

function setup(html: string, aliases: Record<string, string> = {}) {
  document.body.innerHTML = html;
  const onFix = vi.fn();
  const layer = new WarningLayer(document, { onFix });
  const anchors = new Map<string, Anchor>();
  for (const el of Array.from(document.querySelectorAll('[data-path]'))) {
    anchors.set(el.getAttribute('data-path')!, { element: el, describes: [el], after: el });
  }
  for (const [alias, path] of Object.entries(aliases)) anchors.set(alias, anchors.get(path)!);
  const render = (findings: Finding[], notes: string[] = []) =>
    layer.render({ findings, anchorFor: (p) => anchors.get(p) ?? null, canFix: (f) => anchors.has(f.fix?.field ?? ''), notes });
  return { layer, onFix, render };
}

const shadowItems = (host: Element | null) => Array.from(host?.shadowRoot?.querySelectorAll('[data-rule]') ?? []);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('inline warning contract', () => {
  it('puts a host with an open shadow root right after the field and names it in aria-describedby', () => {
    const { render } = setup('<div><input data-path="drug.units" aria-describedby="hint"><span id="hint">units</span></div>');
    render([finding()]);
    const input = document.querySelector('input')!;
    const host = input.nextElementSibling!;
    expect(host.getAttribute('data-preflight-for')).toBe('drug.units');
    expect(host.id).toMatch(/^pa-preflight-w\d+$/);
    const [item] = shadowItems(host);
    expect(item?.getAttribute('data-rule')).toBe('units-equal-mg');
    expect(item?.getAttribute('data-severity')).toBe('error');
    expect(item?.textContent).toContain('1 unit entered');
    expect(item?.textContent).toContain('source: HCPCS J0638 (H)');
    expect(input.getAttribute('aria-describedby')).toBe(`hint ${host.id}`);
  });

  it('takes the host out of the layout flow', () => {
    const { render } = setup('<input data-path="drug.units">');
    render([finding()]);
    const host = document.querySelector<HTMLElement>('[data-preflight-for]')!;
    expect(host.style.getPropertyValue('position')).toBe('absolute');
    expect(host.style.getPropertyPriority('position')).toBe('important');
    expect(host.style.getPropertyValue('height')).toBe('0px');
  });

  it('offers a fix button only when the fix can be applied, and calls back with the finding', () => {
    const { render, onFix } = setup('<input data-path="drug.units"><input data-path="drug.dose">');
    render([finding(), finding({ ruleId: 'dose-over-max', field: 'drug.dose', fix: { field: 'drug.elsewhere', value: '1', label: 'x' } })]);
    const button = document
      .querySelector('[data-preflight-for="drug.units"]')!
      .shadowRoot!.querySelector<HTMLButtonElement>('button[data-fix]')!;
    expect(button.textContent).toBe('Set to 280');
    expect(button.tabIndex).toBe(-1); // no Tab stop taken from the portal: the field's shortcut applies it
    expect(button.getAttribute('aria-keyshortcuts')).toBe('Alt+Shift+F');
    button.click();
    expect(onFix).toHaveBeenCalledWith(expect.objectContaining({ ruleId: 'units-equal-mg' }));
    expect(document.querySelector('[data-preflight-for="drug.dose"]')!.shadowRoot!.querySelector('button[data-fix]')).toBeNull();
  });

  it('removes the host and only its own id from aria-describedby when the finding clears', () => {
    const { render } = setup('<input data-path="drug.units" aria-describedby="hint">');
    render([finding()]);
    render([]);
    expect(document.querySelector('[data-preflight-for]')).toBeNull();
    expect(document.querySelector('input')!.getAttribute('aria-describedby')).toBe('hint');
  });

  it('keeps the same host across renders, also when two paths share one field', () => {
    const { render } = setup('<input data-path="drug.dose">', { 'drug.doseUnit': 'drug.dose' });
    const two = [finding({ field: 'drug.dose' }), finding({ ruleId: 'crp-unit-suspect', field: 'drug.doseUnit' })];
    render(two);
    const hosts = Array.from(document.querySelectorAll('[data-preflight-for]'));
    expect(hosts).toHaveLength(2);
    render(two);
    expect(Array.from(document.querySelectorAll('[data-preflight-for]'))).toEqual(hosts);
  });

  it('sends findings whose field is not on the page to one fixed panel, removed when empty', () => {
    const { render } = setup('<input data-path="drug.units">');
    render([finding({ ruleId: 'crp-date-missing', field: 'labs.crpDate', fix: undefined })], ['“Weight” is on another step']);
    const panels = document.querySelectorAll('[data-preflight-panel]');
    expect(panels).toHaveLength(1);
    expect(shadowItems(panels[0]!).map((e) => e.getAttribute('data-rule'))).toEqual(['crp-date-missing']);
    expect(panels[0]!.shadowRoot!.textContent).toContain('on another step');
    render([]);
    expect(document.querySelector('[data-preflight-panel]')).toBeNull();
  });

  it('renders page text as text, never markup', () => {
    const { render } = setup('<input data-path="drug.units">');
    render([finding({ message: '"<img src=x onerror=alert(1)>" </style> entered' })]);
    const root = document.querySelector('[data-preflight-for]')!.shadowRoot!;
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('[data-rule]')!.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('announces a finding once in a polite live region, not again while it stays', () => {
    const { render } = setup('<input data-path="drug.units">');
    render([finding()]);
    const live = document.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).toContain('1 unit entered');
    live.textContent = '';
    render([finding({ message: '280 mg is 280 units of J0638 (1 unit = 1 mg); 10 units entered' })]);
    expect(live.textContent).toBe('');
    render([]);
    render([finding()]);
    expect(live.textContent).toContain('1 unit entered');
  });

  it('leaves nothing behind on destroy', () => {
    const { render, layer } = setup('<input data-path="drug.units">');
    render([finding(), finding({ field: 'labs.crpDate' })]);
    layer.destroy();
    expect(document.body.innerHTML).toBe('<input data-path="drug.units">');
  });
});

describe('what the page does to our elements', () => {
  it('sweeps away copies of our hosts and ids naming hosts that are gone', () => {
    const { render, layer } = setup('<input data-path="drug.units"><div id="elsewhere"></div>');
    render([finding()]);
    const host = document.querySelector('[data-preflight-for]')!;
    const copy = host.cloneNode(true) as Element;
    document.querySelector('#elsewhere')!.append(copy);
    const clonedField = document.querySelector('input')!.cloneNode() as Element;
    clonedField.setAttribute('aria-describedby', 'pa-preflight-w999999 hint');
    document.body.append(clonedField);
    layer.sweep([document]);
    expect(document.querySelectorAll('[data-preflight-for]')).toHaveLength(1);
    expect(clonedField.getAttribute('aria-describedby')).toBe('hint');
    expect(document.querySelector('input')!.getAttribute('aria-describedby')).toBe(host.id);
  });

  it('puts its id back when the page rewrites aria-describedby', () => {
    const { render } = setup('<input data-path="drug.units">');
    render([finding()]);
    const input = document.querySelector('input')!;
    input.setAttribute('aria-describedby', 'other');
    render([finding()]);
    expect(input.getAttribute('aria-describedby')).toBe(`other ${document.querySelector('[data-preflight-for]')!.id}`);
  });
});

/** happy-dom lays nothing out: tests give the portal's elements the boxes a browser would. */
function box(el: Element, left: number, top: number, width: number, height: number): void {
  Object.defineProperty(el, 'getBoundingClientRect', { configurable: true, value: () => new DOMRect(left, top, width, height) });
}

const parts = (path = 'drug.units') => {
  const root = document.querySelector(`[data-preflight-for="${path}"]`)!.shadowRoot!;
  const q = (sel: string) => root.querySelector<HTMLElement>(sel)!;
  return { wrap: q('.w'), badge: q('.badge'), card: q('.card'), ring: q('.ring') };
};
const at = (el: HTMLElement) => [parseFloat(el.style.left), parseFloat(el.style.top)];
const FIELD_STYLE = 'border: 1px solid; padding: 0 8px; font-size: 10px';

describe('how a warning shows', () => {
  it('marks its field with a badge counting the findings in the colour of the worst, the card closed but still in the DOM', () => {
    const { render } = setup(`<input data-path="drug.units" style="${FIELD_STYLE}">`);
    render([finding({ ruleId: 'a', severity: 'warning' }), finding()]);
    const { wrap, badge, card } = parts();
    expect(wrap.dataset.level).toBe('error');
    expect(badge.textContent).toBe('2');
    expect(badge.getAttribute('aria-hidden')).toBe('true'); // the card carries the text
    expect(wrap.classList.contains('open')).toBe(false);
    // clipped, not display:none: aria-describedby still reads it
    expect(getComputedStyle(card).clipPath).toBe('inset(50%)');
    expect(getComputedStyle(card).display).not.toBe('none');
    expect(card.textContent).toContain('1 unit entered');
    expect(card.hasAttribute('aria-label')).toBe(false); // a label would replace the messages in the field's description
    expect(document.querySelector('input')!.getAttribute('style')).toBe(FIELD_STYLE); // the field is never restyled
  });

  it('shows one finding as "!" (a note as "i")', () => {
    const { render } = setup('<input data-path="drug.units"><input data-path="drug.dose">');
    render([finding(), finding({ field: 'drug.dose', severity: 'info', fix: undefined })]);
    expect(parts().badge.textContent).toBe('!');
    expect(parts('drug.dose').badge.textContent).toBe('i');
    expect(parts('drug.dose').wrap.dataset.level).toBe('info');
  });

  it('opens the card while its field or its fix button has focus, and closes it when focus leaves', () => {
    const { render, layer } = setup('<input data-path="drug.units"><input id="other">');
    render([finding()]);
    const { wrap, card } = parts();
    document.querySelector<HTMLInputElement>('[data-path]')!.focus();
    layer.position();
    expect(wrap.classList.contains('open')).toBe(true);
    expect(getComputedStyle(card).clipPath).not.toBe('inset(50%)');
    card.querySelector<HTMLButtonElement>('button[data-fix]')!.focus();
    layer.position();
    expect(wrap.classList.contains('open')).toBe(true);
    document.querySelector<HTMLInputElement>('#other')!.focus();
    layer.position();
    expect(wrap.classList.contains('open')).toBe(false);
  });

  it('opens while the pointer is on the badge, and closes a moment after it leaves badge and card', () => {
    vi.useFakeTimers();
    try {
      const { render } = setup('<input data-path="drug.units">');
      render([finding()]);
      const { wrap, badge, card } = parts();
      badge.dispatchEvent(new PointerEvent('pointerenter'));
      expect(wrap.classList.contains('open')).toBe(true);
      badge.dispatchEvent(new PointerEvent('pointerleave'));
      vi.advanceTimersByTime(100);
      card.dispatchEvent(new PointerEvent('pointerenter')); // crossed over to the card in time
      vi.advanceTimersByTime(1000);
      expect(wrap.classList.contains('open')).toBe(true);
      card.dispatchEvent(new PointerEvent('pointerleave'));
      vi.advanceTimersByTime(1000);
      expect(wrap.classList.contains('open')).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps focus in the field when the badge or a fix button is pressed; a click on the badge focuses the field', () => {
    const { render } = setup('<input data-path="drug.units">');
    render([finding()]);
    const { badge, card } = parts();
    for (const target of [badge, card.querySelector('button')!]) {
      const press = new MouseEvent('mousedown', { bubbles: true, cancelable: true, composed: true });
      target.dispatchEvent(press);
      expect(press.defaultPrevented).toBe(true);
    }
    const onText = new MouseEvent('mousedown', { bubbles: true, cancelable: true, composed: true });
    card.querySelector('.msg')!.dispatchEvent(onText);
    expect(onText.defaultPrevented).toBe(false); // a message can still be selected and copied
    badge.click();
    expect(document.activeElement).toBe(document.querySelector('input'));
  });
});

describe('where a warning goes', () => {
  it('puts the badge inside the field’s right edge, centred, and the card below the field at its width', () => {
    const { render } = setup(`<input data-path="drug.units" value="1" style="${FIELD_STYLE}">`);
    box(document.querySelector('input')!, 100, 50, 300, 36);
    render([finding()]);
    const { badge, card, ring } = parts();
    expect(at(badge)).toEqual([400 - 1 - 4 - 18, 59]);
    expect(at(card)).toEqual([100, 92]);
    expect(card.style.width).toBe('300px');
    expect([...at(ring), parseFloat(ring.style.width), parseFloat(ring.style.height)]).toEqual([100, 50, 300, 36]); // over the field's own border
  });

  it('keeps the card between 260 and 420 px wide', () => {
    const { render } = setup('<input data-path="drug.units"><input data-path="drug.dose">');
    box(document.querySelector('[data-path="drug.units"]')!, 10, 10, 80, 30);
    box(document.querySelector('[data-path="drug.dose"]')!, 10, 100, 900, 30);
    render([finding(), finding({ field: 'drug.dose' })]);
    expect(parts().card.style.width).toBe('260px');
    expect(parts('drug.dose').card.style.width).toBe('420px');
  });

  it('moves the badge off the typed text: beside the field when that spot is free, else onto its top-right corner', () => {
    const { render, layer } = setup(
      `<input data-path="drug.units" value="${'9'.repeat(60)}" style="${FIELD_STYLE}"><select id="next"></select>`,
    );
    box(document.querySelector('input')!, 100, 50, 300, 36);
    render([finding()]); // happy-dom has no elementsFromPoint: nothing is known free
    expect(at(parts().badge)).toEqual([400 - 18 + 4, 50 - 18 + 6]);
    const hits = (el: Element) => Object.defineProperty(document, 'elementsFromPoint', { configurable: true, value: () => [el] });
    try {
      hits(document.body);
      layer.position();
      expect(at(parts().badge)).toEqual([404, 59]);
      hits(document.querySelector('#next')!); // the next control is there
      layer.position();
      expect(at(parts().badge)).toEqual([386, 38]);
    } finally {
      Reflect.deleteProperty(document, 'elementsFromPoint');
    }
  });

  it('moves the badge off the text of a right-aligned field', () => {
    const { render } = setup(`<input data-path="drug.units" value="280" style="${FIELD_STYLE}; text-align: right">`);
    box(document.querySelector('input')!, 100, 50, 300, 36);
    render([finding()]);
    expect(at(parts().badge)).toEqual([400 - 18 + 4, 50 - 18 + 6]);
  });

  it('sits a select’s badge left of its arrow', () => {
    const { render } = setup(`<select data-path="drug.units" style="${FIELD_STYLE}"><option>1</option></select>`);
    box(document.querySelector('select')!, 100, 50, 300, 36);
    render([finding()]);
    expect(at(parts().badge)).toEqual([400 - 1 - 24 - 18, 59]);
  });

  it('puts a radio group’s badge after its last option’s label, and a bar beside the options', () => {
    document.body.innerHTML =
      '<label id="l1"><input type="radio" name="q" id="r1">Yes</label><label id="l2"><input type="radio" name="q" id="r2">No</label>';
    const radios = [document.querySelector('#r1')!, document.querySelector('#r2')!];
    box(radios[0]!, 100, 50, 14, 14);
    box(document.querySelector('#l1')!, 100, 48, 60, 18);
    box(radios[1]!, 100, 72, 14, 14);
    box(document.querySelector('#l2')!, 100, 70, 50, 18);
    const layer = new WarningLayer(document, { onFix: vi.fn() });
    const anchor: Anchor = { element: radios[0]!, describes: radios, after: document.querySelector('#l2')! };
    layer.render({ findings: [finding({ field: 'clinical.q', fix: undefined })], anchorFor: () => anchor, canFix: () => false, notes: [] });
    const { badge, wrap, ring } = parts('clinical.q');
    expect(at(badge)).toEqual([156, 70]);
    expect(wrap.classList.contains('group')).toBe(true);
    expect(at(ring)).toEqual([94, 48]);
  });

  it('opens the card above the field when the viewport has no room below it', () => {
    const { render, layer } = setup('<input data-path="drug.units">');
    box(document.querySelector('input')!, 100, window.innerHeight - 60, 300, 36);
    render([finding()]);
    Object.defineProperty(parts().card, 'offsetHeight', { value: 120 });
    layer.position();
    expect(at(parts().card)[1]).toBe(window.innerHeight - 60 - 6 - 120);
  });

  it('stacks the badges and cards of two paths that share one field', () => {
    const { render, layer } = setup('<input data-path="drug.dose">', { 'drug.doseUnit': 'drug.dose' });
    box(document.querySelector('input')!, 100, 50, 300, 36);
    render([finding({ field: 'drug.dose' }), finding({ ruleId: 'crp-unit-suspect', field: 'drug.doseUnit' })]);
    Object.defineProperty(parts('drug.dose').card, 'offsetHeight', { value: 80 });
    layer.position();
    const [first, second] = [parts('drug.dose'), parts('drug.doseUnit')];
    expect(at(second.badge)[0]).toBe(at(first.badge)[0]! - 21);
    expect(at(second.card)[1]).toBe(at(first.card)[1]! + 80 + 4);
  });
});

describe('when a warning reads the page', () => {
  /** Timing run by the test: what the layer asks for waits until the test says so. */
  function manualTiming() {
    const afterLayout: (() => void)[] = [];
    const idle: (() => void)[] = [];
    const timing: LayerTiming = { afterLayout: (run) => afterLayout.push(run), whenIdle: (run) => idle.push(run) };
    const flush = (queue: (() => void)[]) => queue.splice(0).forEach((run) => run());
    return { timing, afterLayout, idle, layout: () => flush(afterLayout), idleNow: () => flush(idle) };
  }

  it('reads no rectangle until the browser has laid out what it wrote, then anchors the badge', () => {
    document.body.innerHTML = `<input data-path="drug.units" style="${FIELD_STYLE}">`;
    const input = document.querySelector('input')!;
    const rect = vi.fn(() => new DOMRect(100, 50, 300, 36));
    Object.defineProperty(input, 'getBoundingClientRect', { configurable: true, value: rect });
    const { timing, layout } = manualTiming();
    const layer = new WarningLayer(document, { onFix: vi.fn() }, timing);
    const anchor: Anchor = { element: input, describes: [input], after: input };
    layer.render({ findings: [finding()], anchorFor: () => anchor, canFix: () => true, notes: [] });
    expect(document.querySelector('[data-preflight-for]')).not.toBeNull(); // written at once
    expect(rect).not.toHaveBeenCalled();
    layout();
    expect(rect).toHaveBeenCalled();
    expect(at(parts().badge)).toEqual([400 - 1 - 4 - 18, 59]);
  });

  it('asks where every finding goes before it writes anything', () => {
    document.body.innerHTML = '<input data-path="drug.units"><input data-path="drug.dose"><input data-path="drug.ndc">';
    const anchors = new Map(
      Array.from(document.querySelectorAll('[data-path]'), (el) => [
        el.getAttribute('data-path')!,
        { element: el, describes: [el], after: el },
      ]),
    );
    const layer = new WarningLayer(document, { onFix: vi.fn() });
    const writes = new MutationObserver(() => undefined);
    writes.observe(document, { subtree: true, childList: true, attributes: true });
    const pendingWrites: number[] = [];
    const req = (findings: Finding[]) => ({
      findings,
      anchorFor: (p: string) => (pendingWrites.push(writes.takeRecords().length), anchors.get(p) ?? null),
      canFix: () => (pendingWrites.push(writes.takeRecords().length), true),
      notes: [],
    });
    layer.render(req([finding()]));
    writes.takeRecords();
    pendingWrites.length = 0;
    // the units warning goes, the dose and NDC ones come, one finding is for a field not here
    layer.render(req([finding({ field: 'drug.dose' }), finding({ field: 'drug.ndc' }), finding({ field: 'drug.crpDate' })]));
    writes.disconnect();
    expect(pendingWrites.length).toBeGreaterThan(0);
    expect(pendingWrites.every((n) => n === 0)).toBe(true);
    expect(document.querySelectorAll('[data-preflight-for]')).toHaveLength(2);
  });

  it('hit-tests for the panel’s corner when idle, and again only when its size, the viewport, the scroll or the page’s height changed', () => {
    document.body.innerHTML = '<input data-path="drug.units">';
    const { timing, layout, idle, idleNow } = manualTiming();
    const layer = new WarningLayer(document, { onFix: vi.fn() }, timing);
    const hits = vi.fn(() => [document.body]);
    Object.defineProperty(document, 'elementsFromPoint', { configurable: true, value: hits });
    try {
      const render = () =>
        layer.render({ findings: [finding({ field: 'drug.crpDate' })], anchorFor: () => null, canFix: () => false, notes: [] });
      render();
      layout();
      expect(hits).not.toHaveBeenCalled();
      expect(idle).toHaveLength(1);
      idleNow();
      expect(hits).toHaveBeenCalled(); // bottom right is free: it stays
      render();
      layout();
      expect(idle).toHaveLength(0); // nothing moved
      window.scrollTo(0, 40);
      Object.defineProperty(window, 'scrollY', { configurable: true, value: 40 });
      render();
      layout();
      expect(idle).toHaveLength(1);
      idleNow();
      // the portal's next step is taller: its buttons moved
      Object.defineProperty(document.documentElement, 'scrollHeight', { configurable: true, value: 2400 });
      render();
      layout();
      expect(idle).toHaveLength(1);
    } finally {
      Reflect.deleteProperty(document, 'elementsFromPoint');
      Reflect.deleteProperty(window, 'scrollY');
      Reflect.deleteProperty(document.documentElement, 'scrollHeight');
    }
  });
});
