import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../engine/types';
import { WarningLayer, type Anchor } from './warnings';

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
    const button = document.querySelector('[data-preflight-for="drug.units"]')!.shadowRoot!.querySelector<HTMLButtonElement>('button[data-fix]')!;
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
