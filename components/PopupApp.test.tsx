import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PackDocs } from '@/lib/engine/pack-docs';
import { loadAllDocs } from '@/lib/engine/registry';
import type { TabReport, TabState } from '@/lib/messages';
import { REGISTRY } from '@/rules/registry';
import { get, render, type Rendered, settle, typeInto } from '@/test/unit/render';
import { sampleReport, SELECTIONS } from '@/test/unit/sample-tab-report';
import type { PopupClient } from './popup-client';
import { NO_FORM, NOT_ON_PAGE, NOT_SUPPORTED, PANEL_FAILED, PopupApp } from './PopupApp';

let view: Rendered | undefined;
afterEach(() => view?.unmount());

// the docs the popup entry loads: the base checks' and Cigna × Ilaris'
let DOCS: PackDocs[] = [];
beforeAll(async () => {
  DOCS = await loadAllDocs(REGISTRY);
});

/** A request for a drug no pack checks: the report carries only the checks for every drug. */
const humiraReport = (overrides: Partial<TabReport> = {}): TabReport =>
  sampleReport({
    selection: SELECTIONS.humira,
    indication: null,
    indicationLabel: null,
    indicationCode: null,
    findings: [],
    checklist: {
      sections: [
        {
          id: 'patient',
          title: 'Patient information',
          items: [{ id: 'member-id', label: 'Member ID', section: 'patient', status: 'done', findings: [], field: 'patient.memberId' }],
        },
      ],
      done: 1,
      total: 1,
    },
    ...overrides,
  });

function fakeClient(initial: TabState | null) {
  let listener: ((tabId: number, state: TabState) => void) | null = null;
  const ticks: Record<string, boolean> = { ...(initial?.manualTicks ?? {}) };
  const client = {
    getState: vi.fn(async () => initial),
    setManual: vi.fn(async (_tabId: number, itemId: string, done: boolean) => {
      ticks[itemId] = done;
      return initial && { ...initial, manualTicks: { ...ticks } };
    }),
    focusField: vi.fn(async (_tabId: number, _field: string) => true),
    onStateChange: vi.fn((l: (tabId: number, state: TabState) => void) => {
      listener = l;
      return () => {
        listener = null;
      };
    }),
    copyText: vi.fn(async (_text: string) => undefined),
    openPanel: vi.fn(async (_tabId: number): Promise<'panel' | 'tab' | null> => 'panel'),
  } satisfies PopupClient;
  return { client, push: (tabId: number, state: TabState) => listener?.(tabId, state) };
}

const renderPopup = async (client: PopupClient, tabId: number | null = 4, onFieldFocused = vi.fn(), docs = DOCS, portalTab = false) =>
  (view = await render(
    <PopupApp client={client} tabId={tabId} portalTab={portalTab} today="2026-11-22" docs={docs} onFieldFocused={onFieldFocused} />,
  ));

const text = () => view!.container.textContent ?? '';
const toolHeadings = () => [...view!.container.querySelectorAll('.tool h2')].map((h) => h.textContent);
const buttonNamed = (name: string) =>
  [...view!.container.querySelectorAll('button')].find((b) => b.textContent?.startsWith(name)) as HTMLButtonElement;

describe('PopupApp on a portal tab', () => {
  it('shows what was detected, the progress and the counts', async () => {
    const { client } = fakeClient({ report: sampleReport(), manualTicks: {} });
    await renderPopup(client);
    expect(client.getState).toHaveBeenCalledWith(4);
    expect(get(view!.container, '.context').textContent).toBe("Cigna · Ilaris (canakinumab) · Still's disease (adult-onset, AOSD), M06.1");
    expect(get(view!.container, '[role=progressbar]').getAttribute('aria-valuetext')).toBe('1 of 5 done');
    expect(get(view!.container, '.counts').textContent).toBe('1 error, 1 warning, 1 note');
  });

  it('lists each section with item statuses in words and the finding beside a problem', async () => {
    const { client } = fakeClient({ report: sampleReport(), manualTicks: {} });
    await renderPopup(client);
    const headings = [...view!.container.querySelectorAll('h3')].map((h) => h.textContent);
    expect(headings).toEqual(['Patient information', 'Laboratory evidence', 'Coding accuracy', 'Other findings']);
    const units = buttonNamed('J0638 units').closest('li')!;
    expect(units.querySelector('.status')!.textContent).toBe('Problem');
    expect(units.textContent).toContain('Error: 280 mg is 280 units of J0638 (1 unit = 1 mg); 1 unit entered.');
    const describedBy = buttonNamed('J0638 units').getAttribute('aria-describedby')!;
    expect(document.getElementById(describedBy)!.textContent).toContain('280 units');
    expect(buttonNamed('NDC').closest('li')!.querySelector('.status')!.textContent).toBe('Not yet filled');
  });

  it('shows findings that belong to no checklist item under "Other findings"', async () => {
    const { client } = fakeClient({ report: sampleReport(), manualTicks: {} });
    await renderPopup(client);
    const others = get(view!.container, '[aria-labelledby=other-h]');
    expect(others.textContent).toBe('Other findingsNote: 20 mg discarded: bill JW with 20 units.');
  });

  it('asks the tab to focus the field of a problem when it is clicked', async () => {
    const { client } = fakeClient({ report: sampleReport(), manualTicks: {} });
    const onFieldFocused = vi.fn();
    await renderPopup(client, 4, onFieldFocused);
    await settle(() => buttonNamed('J0638 units').click());
    expect(client.focusField).toHaveBeenCalledWith(4, 'drug.units');
    expect(onFieldFocused).toHaveBeenCalled();
  });

  it('stays open and says so when the field is on another step of the form', async () => {
    const { client } = fakeClient({ report: sampleReport(), manualTicks: {} });
    client.focusField.mockResolvedValueOnce(false);
    const onFieldFocused = vi.fn();
    await renderPopup(client, 4, onFieldFocused);
    await settle(() => buttonNamed('NDC').click());
    expect(client.focusField).toHaveBeenCalledWith(4, 'drug.ndc');
    expect(onFieldFocused).not.toHaveBeenCalled();
    expect(get(view!.container, '.focus-note').textContent).toBe(NOT_ON_PAGE);
  });

  it('opens the letters and follow-up for its tab from "Open letter & follow-up", and says when the browser refuses', async () => {
    const { client } = fakeClient({ report: sampleReport(), manualTicks: {} });
    const onPanelOpened = vi.fn();
    view = await render(
      <PopupApp
        client={client}
        tabId={4}
        portalTab
        today="2026-11-22"
        docs={DOCS}
        onFieldFocused={vi.fn()}
        onPanelOpened={onPanelOpened}
      />,
    );
    await settle(() => buttonNamed('Open letter & follow-up').click());
    expect(client.openPanel).toHaveBeenCalledWith(4);
    expect(onPanelOpened).toHaveBeenCalledTimes(1);
    client.openPanel.mockResolvedValueOnce(null);
    await settle(() => buttonNamed('Open letter & follow-up').click());
    expect(onPanelOpened).toHaveBeenCalledTimes(1);
    expect(get(view.container, '.focus-note').textContent).toBe(PANEL_FAILED);
  });

  it('does not offer to go to an item that is done', async () => {
    const { client } = fakeClient({ report: sampleReport(), manualTicks: {} });
    await renderPopup(client);
    expect(buttonNamed('Cigna ID')).toBeUndefined();
  });

  it('ticks a manual item at once and stores it for the tab', async () => {
    const { client } = fakeClient({ report: sampleReport(), manualTicks: {} });
    await renderPopup(client);
    const box = get<HTMLInputElement>(view!.container, 'input[type=checkbox]');
    expect(box.labels?.[0]?.textContent).toBe('Active coverage confirmed');
    await settle(() => box.click());
    expect(client.setManual).toHaveBeenCalledWith(4, 'coverage', true);
    expect(box.checked).toBe(true);
    expect(get(view!.container, '[role=progressbar]').getAttribute('aria-valuenow')).toBe('2');
  });

  it('shows a tick remembered from before', async () => {
    const { client } = fakeClient({ report: sampleReport(), manualTicks: { coverage: true } });
    await renderPopup(client);
    expect(get<HTMLInputElement>(view!.container, 'input[type=checkbox]').checked).toBe(true);
  });

  it('follows changes the background reports for its tab only', async () => {
    const { client, push } = fakeClient({ report: sampleReport(), manualTicks: {} });
    await renderPopup(client);
    await settle(() => push(9, { report: sampleReport({ findings: [] }), manualTicks: {} }));
    expect(get(view!.container, '.counts').textContent).toBe('1 error, 1 warning, 1 note');
    await settle(() => push(4, { report: sampleReport({ findings: [] }), manualTicks: {} }));
    expect(get(view!.container, '.counts').textContent).toBe('0 errors, 0 warnings, 0 notes');
  });

  it('copies the summary only when the button is clicked', async () => {
    const { client } = fakeClient({ report: sampleReport(), manualTicks: {} });
    await renderPopup(client);
    expect(client.copyText).not.toHaveBeenCalled();
    await settle(() => buttonNamed('Copy summary').click());
    expect(client.copyText).toHaveBeenCalledTimes(1);
    expect(client.copyText.mock.calls[0]![0]).toMatch(/^PA Preflight summary \(11\/22\/2026\)\nCigna · Ilaris \(canakinumab\)/);
    expect(get(view!.container, '.copy-status').textContent).toBe('Summary copied to the clipboard.');
  });

  it('says so when the clipboard refuses', async () => {
    const { client } = fakeClient({ report: sampleReport(), manualTicks: {} });
    client.copyText.mockRejectedValueOnce(new Error('denied'));
    await renderPopup(client);
    await settle(() => buttonNamed('Copy summary').click());
    expect(get(view!.container, '.copy-status').textContent).toBe('Could not copy: the browser refused clipboard access.');
  });

  it('starts the dose calculator on the detected indication', async () => {
    const { client } = fakeClient({ report: sampleReport({ indication: 'CAPS', indicationCode: 'M04.2' }), manualTicks: {} });
    await renderPopup(client);
    expect(get<HTMLSelectElement>(view!.container, '.tool select').value).toBe('CAPS');
  });

  it("offers the Ilaris calculator and Cigna's deadlines, and doses the 70 kg Still's case at 280 mg", async () => {
    const { client } = fakeClient({ report: sampleReport(), manualTicks: {} });
    await renderPopup(client);
    expect(toolHeadings()).toEqual(['Dose calculator: Ilaris (canakinumab)', 'Denial deadlines: Cigna']);
    await typeInto(get<HTMLInputElement>(view!.container, '.tool input'), '70');
    const output = get(view!.container, '.tool-output').textContent;
    expect(output).toContain('280 mg every 4 weeks');
    expect(output).toContain('N400078073461 ML2');
  });

  it('offers no calculator when the pack that applies has none', async () => {
    const { client } = fakeClient({ report: sampleReport(), manualTicks: {} });
    const withoutCalculator = DOCS.map((d) => ({ ...d, calculator: undefined }));
    await renderPopup(client, 4, vi.fn(), withoutCalculator);
    expect(toolHeadings()).toEqual(['Denial deadlines: Cigna']);
  });
});

describe('PopupApp on a request for a drug no pack checks', () => {
  it('says plainly that no Ilaris checks ran, and shows only the checks for every drug', async () => {
    const { client } = fakeClient({ report: humiraReport(), manualTicks: {} });
    await renderPopup(client);
    expect(get(view!.container, '.context').textContent).toBe(
      'No Ilaris or Remicade checks: this request is for Humira (adalimumab). Only the checks for every drug ran.',
    );
    expect([...view!.container.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['Patient information']);
    expect(get(view!.container, '[role=progressbar]').getAttribute('aria-valuetext')).toBe('1 of 1 done');
  });

  it("offers no dose calculator for another drug, and still the payer's deadlines", async () => {
    const { client } = fakeClient({ report: humiraReport(), manualTicks: {} });
    await renderPopup(client);
    expect(text()).not.toContain('Dose calculator');
    expect(toolHeadings()).toEqual(['Denial deadlines: Cigna']);
  });

  it('offers no deadlines when no pack knows the payer', async () => {
    const { client } = fakeClient({ report: humiraReport({ payer: 'Aetna' }), manualTicks: {} });
    await renderPopup(client);
    expect(toolHeadings()).toEqual([]);
  });
});

describe('PopupApp on a request whose drug is not known yet', () => {
  it('says the drug is not known yet and claims no drug for the request', async () => {
    const report = humiraReport({ selection: SELECTIONS.unknown });
    const { client } = fakeClient({ report, manualTicks: {} });
    await renderPopup(client);
    const context = get(view!.container, '.context').textContent;
    expect(context).toBe('Cigna · drug not known yet (enter the drug name, HCPCS or NDC): only the checks for every drug ran');
    expect(context).not.toContain('Ilaris');
  });

  it("offers the known drugs' calculators under their own names", async () => {
    const { client } = fakeClient({ report: humiraReport({ selection: SELECTIONS.unknown }), manualTicks: {} });
    await renderPopup(client);
    expect(toolHeadings()).toEqual([
      'Dose calculator: Ilaris (canakinumab)',
      'Dose calculator: Remicade (infliximab)',
      'Denial deadlines: Cigna',
    ]);
  });
});

describe('PopupApp elsewhere', () => {
  it('says plainly that the tab is not a supported portal, and still offers the tools', async () => {
    const { client } = fakeClient({ report: null, manualTicks: {} });
    await renderPopup(client);
    expect(get(view!.container, '.not-supported').textContent).toBe(NOT_SUPPORTED);
    expect(text()).toContain('Dose calculator');
    expect(text()).toContain('Denial deadlines');
    expect(view!.container.querySelector('[role=progressbar]')).toBeNull();
  });

  it('says the same when the background does not answer or there is no tab', async () => {
    const { client } = fakeClient(null);
    await renderPopup(client);
    expect(get(view!.container, '.not-supported').textContent).toBe(NOT_SUPPORTED);
    view!.unmount();
    await renderPopup(fakeClient(null).client, null);
    expect(get(view!.container, '.not-supported').textContent).toBe(NOT_SUPPORTED);
  });

  it('says when a portal page has no request form on it', async () => {
    const { client } = fakeClient({ report: sampleReport({ fieldCount: 0 }), manualTicks: {} });
    await renderPopup(client);
    expect(get(view!.container, '.not-supported').textContent).toBe(NO_FORM);
    expect(view!.container.querySelector('[role=progressbar]')).toBeNull();
  });

  it('says the same on a portal page that never loaded the checks (no report), and still offers the tools', async () => {
    // no form found: the content script sends nothing, the background knows nothing of the tab
    for (const state of [null, { report: null, manualTicks: {} }]) {
      await renderPopup(fakeClient(state).client, 4, vi.fn(), DOCS, true);
      expect(get(view!.container, '.not-supported').textContent).toBe(NO_FORM);
      expect(toolHeadings()).toEqual([
        'Dose calculator: Ilaris (canakinumab)',
        'Dose calculator: Remicade (infliximab)',
        'Denial deadlines: Cigna',
      ]);
      view!.unmount();
    }
    view = undefined;
  });

  it('lets the calculator work without a report', async () => {
    const { client } = fakeClient(null);
    await renderPopup(client);
    await typeInto(get<HTMLInputElement>(view!.container, '.tool input'), '70');
    expect(text()).toContain('N400078073461 ML2');
  });
});
