import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Checked, Finding } from '@/lib/engine/types';
import { VOCABULARY } from '@/rules/portals/vocabulary';
import { startPreflight, type Preflight, type PreflightDeps } from '@/lib/dom/controller';
import { shadow } from '../components/shadow';
import { REQUEST, requestFields, requestForm } from './request';

/**
 * The same shells at the controller's level: what it evaluates and where it paints when the
 * request arrives after its first scan (a frame the router adds, a shadow root a late-defined
 * component renders, a dialog opened over a list page) and when staff type inside a frame.
 * The evaluation is a stand-in: J0638 is 1 mg per unit, so it flags billing units that differ
 * from the dose in mg.
 */

const unitsFinding = (units: string): Finding => ({
  ruleId: 'units-equal-mg',
  severity: 'error',
  category: 'coding',
  field: 'drug.units',
  message: `${units} units entered`,
  fix: { field: 'drug.units', value: '150', label: 'Set to 150' },
  source: { title: 'HCPCS J0638', confidence: 'H' },
});

function fakeEvaluate(values: Record<string, string>): Checked {
  const units = values['drug.units'] ?? '';
  const findings = values['drug.dose'] && units && units !== values['drug.dose'] ? [unitsFinding(units)] : [];
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
  await new Promise((resolve) => setTimeout(resolve, 0));
  await frame();
  await frame();
};

let running: Preflight | undefined;
afterEach(() => {
  running?.stop();
  document.body.innerHTML = '';
});

function start(): PreflightDeps {
  const deps: PreflightDeps = {
    window,
    maps: [],
    evaluate: vi.fn(fakeEvaluate),
    send: async (message) => (message.type === 'load-values' ? {} : true),
    isAlive: () => true,
    vocabulary: VOCABULARY,
    payer: 'Cigna',
    isRendered: () => true,
    reportDelayMs: 0,
  };
  running = startPreflight(deps);
  return deps;
}

const lastValues = (deps: PreflightDeps) => vi.mocked(deps.evaluate).mock.calls.at(-1)?.[0];
const wrongUnits = (html: string) => html.replace(/(id="[\w-]*-units"[^>]*value=")\d+"/, (_, box: string) => `${box}1"`);
const header = `<header><form class="member-search" action="/members"><label for="q">Member ID</label><input id="q" value="W000111222"><button type="submit">Search</button></form></header>`;

describe('a request arriving after the first scan', () => {
  it('paints beside the units of a form in a frame the shell adds later', async () => {
    document.body.innerHTML = `${header}<main id="outlet"><p>Loading…</p></main>`;
    const deps = start();
    await settle();
    const iframe = document.createElement('iframe');
    iframe.srcdoc = wrongUnits(requestForm());
    document.querySelector('#outlet')!.replaceChildren(iframe);
    await settle();
    await vi.waitFor(() =>
      expect(iframe.contentDocument!.querySelector('#pa-units')!.nextElementSibling?.getAttribute('data-preflight-for')).toBe('drug.units'),
    );
    expect(lastValues(deps)).toMatchObject({ ...REQUEST, 'drug.units': '1' });
  });

  it('re-evaluates when staff type into a field inside a frame', async () => {
    document.body.innerHTML = `${header}<iframe id="body" srcdoc="${requestForm().replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></iframe>`;
    const deps = start();
    await settle();
    const doc = document.querySelector<HTMLIFrameElement>('#body')!.contentDocument!;
    expect(doc.querySelector('[data-preflight-for]')).toBeNull();
    const units = doc.querySelector<HTMLInputElement>('#pa-units')!;
    units.value = '1';
    units.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    expect(units.nextElementSibling?.getAttribute('data-preflight-for')).toBe('drug.units');
    expect(lastValues(deps)).toMatchObject({ 'drug.units': '1', 'patient.memberId': REQUEST['patient.memberId'] });
  });

  it('paints inside a shadow root that was empty at the first scan and rendered the form later', async () => {
    document.body.innerHTML = '<pa-request-form></pa-request-form>';
    shadow(document, 'pa-request-form', () => '<p class="loading">Loading…</p>');
    const deps = start();
    await settle();
    const root = document.querySelector('pa-request-form')!.shadowRoot!;
    root.innerHTML = wrongUnits(requestForm());
    await settle();
    expect(root.querySelector('#pa-units')!.nextElementSibling?.getAttribute('data-preflight-for')).toBe('drug.units');
    expect(lastValues(deps)).toMatchObject({ ...REQUEST, 'drug.units': '1' });
  });

  it('paints inside a component upgraded after the first scan (its shadow root attached then)', async () => {
    document.body.innerHTML = '<main><pa-request-form></pa-request-form></main>';
    const deps = start();
    await settle();
    // Lit: the constructor attaches the root, the first update renders into it a microtask later
    const host = document.querySelector('pa-request-form')!;
    host.attachShadow({ mode: 'open' });
    await Promise.resolve();
    host.shadowRoot!.innerHTML = wrongUnits(requestForm());
    await vi.waitFor(() =>
      expect(host.shadowRoot!.querySelector('#pa-units')!.nextElementSibling?.getAttribute('data-preflight-for')).toBe('drug.units'),
    );
    expect(lastValues(deps)).toMatchObject({ ...REQUEST, 'drug.units': '1' });
  });

  it('paints beside the units of a request in a dialog opened over a list page, and evaluates the dialog’s values', async () => {
    document.body.innerHTML = `<div id="root"><main><h1>Authorization requests</h1>
      <form class="filters"><label for="f-member">Member ID</label><input id="f-member" value="W000111222">
        <label for="f-drug">Drug name</label><input id="f-drug" value="Humira"><button type="submit">Apply filters</button></form>
      <button type="button">New request</button></main></div>`;
    const deps = start();
    await settle();
    document.querySelector('#root')!.setAttribute('aria-hidden', 'true');
    document.body.insertAdjacentHTML(
      'beforeend',
      `<div role="presentation" class="MuiDialog-root MuiModal-root"><div class="MuiDialog-container" role="presentation"><div class="MuiPaper-root MuiDialog-paper" role="dialog" aria-labelledby="t"><h2 id="t">New prior authorization</h2>${wrongUnits(requestFields('dlg'))}</div></div></div>`,
    );
    await settle();
    expect(document.querySelector('#dlg-units')!.nextElementSibling?.getAttribute('data-preflight-for')).toBe('drug.units');
    expect(lastValues(deps)).toMatchObject({ 'patient.memberId': REQUEST['patient.memberId'], 'drug.name': REQUEST['drug.name'] });
  });
});
