import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PanelClient } from '@/components/panel-client';
import { PopupApp } from '@/components/PopupApp';
import { SidePanelApp } from '@/components/SidePanelApp';
import { flatFromRaw } from '@/lib/form/paths';
import { letterRequest } from '@/lib/letter/request';
import { REGISTRY } from '@/rules/registry';
import type { PopupClient } from '@/components/popup-client';
import { WarningLayer, type Anchor } from '@/lib/dom/warnings';
import { evaluate } from '@/lib/engine/evaluate';
import type { Finding } from '@/lib/engine/types';
import { normalizeForm } from '@/lib/form/normalize';
import type { TabReport, TabState } from '@/lib/messages';
import { basePack } from '@/rules/base';
import { cignaIlarisPack } from '@/rules/cigna/ilaris';
import { ILARIS_SELECTED, STILLS_70KG, stills, TODAY } from '@/rules/cigna/ilaris/test-utils';
import { render, type Rendered } from '@/test/unit/render';
import { HOSTILE_STRINGS, HUGE, IMG, RTL, SCRIPT, STYLE_BREAK, XSS_FLAG } from './hostile-text';

/**
 * Issue 6, "Page text is never markup": whatever a portal puts in labels, options and values —
 * and so in messages that quote them — the warning layer and the popup render as text.
 */

const flag = () => (window as unknown as Record<string, unknown>)[XSS_FLAG];

/** Every element under `root`, shadow roots included. */
function allElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    out.push(el);
    if (el.shadowRoot) out.push(...allElements(el.shadowRoot));
  }
  return out;
}

/** No element that page text could have introduced: only the tags our renderers create. */
function injected(root: ParentNode): string[] {
  return allElements(root)
    .filter(
      (el) =>
        ['img', 'script', 'iframe', 'object', 'embed', 'svg', 'link'].includes(el.localName) ||
        [...el.attributes].some((a) => a.name.startsWith('on')),
    )
    .map((el) => el.outerHTML.slice(0, 80));
}

const hostile = (ruleId: string, field: string, text: string, withFix = true): Finding => ({
  ruleId,
  severity: 'error',
  category: 'coding',
  field,
  message: `Value ${text} cannot be read.`,
  fix: withFix ? { field, value: text, label: `Set to ${text}` } : undefined,
  source: { title: text, confidence: 'H' },
});

/** The request taken to be for Ilaris, base checks included. */
const FOR_ILARIS = { today: TODAY, base: basePack, pack: cignaIlarisPack, selection: ILARIS_SELECTED };

const FINDINGS = HOSTILE_STRINGS.map((text, i) => hostile(`rule-${i}`, `drug.f${i}`, text));

beforeEach(() => {
  delete (window as unknown as Record<string, unknown>)[XSS_FLAG];
  document.body.replaceChildren();
});

describe('the inline warning layer with hostile page text', () => {
  it('shows messages, fix labels, sources and panel notes as text and creates no element from them', async () => {
    const field = document.createElement('input');
    document.body.append(field);
    const anchor: Anchor = { element: field, describes: [field], after: field };
    const layer = new WarningLayer(document, { onFix: vi.fn() });
    layer.render({
      // half beside the field, half in the panel (no anchor)
      findings: FINDINGS,
      anchorFor: (path) => (['drug.f0', 'drug.f1', 'drug.f2'].includes(path) ? anchor : null),
      canFix: () => true,
      notes: HOSTILE_STRINGS.map((t) => `“${t}” is on another step`),
    });
    await new Promise((r) => setTimeout(r, 20)); // an image error handler would have run by now

    expect(injected(document)).toEqual([]);
    expect(flag()).toBeUndefined();
    const items = allElements(document).filter((el) => el.hasAttribute('data-rule'));
    expect(items.map((el) => el.getAttribute('data-rule')).sort()).toEqual(FINDINGS.map((f) => f.ruleId).sort());
    for (const f of FINDINGS) {
      const item = items.find((el) => el.getAttribute('data-rule') === f.ruleId)!;
      expect(item.querySelector('.msg')!.textContent).toBe(f.message);
      expect(item.querySelector('button[data-fix]')!.textContent).toBe(f.fix!.label);
      expect(item.querySelector('.src')!.textContent).toContain(f.source.title);
    }
    // our own <style> elements still hold only our CSS: a "</style>" in text closed nothing
    for (const style of allElements(document).filter((el) => el.localName === 'style')) {
      expect(style.textContent).not.toContain('</style>');
    }
    const panel = document.querySelector('[data-preflight-panel]')!.shadowRoot!;
    expect([...panel.querySelectorAll('.note')].map((n) => n.textContent)).toEqual(HOSTILE_STRINGS.map((t) => `“${t}” is on another step`));
    // the live region announces the messages as plain text too
    expect(document.querySelector('[aria-live]')!.textContent).toContain(RTL);
    layer.destroy();
    expect(allElements(document).filter((el) => el.localName.startsWith('pa-preflight'))).toEqual([]);
  });

  it('quotes hostile values typed into the form as text, as the engine words them', () => {
    const raw = stills({
      patient: { name: IMG, memberId: STYLE_BREAK, dob: SCRIPT },
      drug: { dose: IMG, units: STYLE_BREAK, ndc: SCRIPT, frequency: RTL, modifiers: HUGE },
      labs: { crpValue: IMG, crpDate: STYLE_BREAK },
    });
    const { findings } = evaluate(normalizeForm(raw), FOR_ILARIS);
    const quoting = findings.filter((f) => /<img|<\/style|<script|\u202E/.test(f.message));
    expect(quoting.length).toBeGreaterThan(0); // the messages do carry the page's text

    const field = document.createElement('input');
    document.body.append(field);
    const layer = new WarningLayer(document, { onFix: vi.fn() });
    layer.render({
      findings,
      anchorFor: () => ({ element: field, describes: [field], after: field }),
      canFix: () => true,
      notes: [],
    });
    expect(injected(document)).toEqual([]);
    const shown = allElements(document)
      .filter((el) => el.classList.contains('msg'))
      .map((el) => el.textContent);
    for (const f of quoting) expect(shown).toContain(f.message);
    layer.destroy();
  });
});

describe('right-to-left overrides typed into fields', () => {
  it('never reach a message, so the message around the quoted value reads in order', () => {
    const rlo = '\u202E08 2';
    const raw = stills({ drug: { dose: rlo, frequency: `\u2067q4w\u2069\u202E`, modifiers: '\u202EJW, \u2066ZZ' } });
    const { findings } = evaluate(normalizeForm(raw), FOR_ILARIS);
    const quoting = findings.filter((f) => f.field === 'drug.dose' || f.field === 'drug.frequency' || f.field === 'drug.modifiers');
    expect(quoting.length).toBeGreaterThan(0);
    for (const f of quoting) expect(f.message).not.toMatch(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/);
    expect(quoting.find((f) => f.field === 'drug.dose')?.message).toContain('"08 2"');
  });
});

describe('the popup with a hostile report', () => {
  let view: Rendered | undefined;
  afterEach(() => view?.unmount());

  function reportWith(findings: Finding[]): TabReport {
    const evaluation = evaluate(normalizeForm(STILLS_70KG), FOR_ILARIS);
    const [first] = evaluation.checklist.sections;
    // hostile findings on a checklist item and among the "other findings"; a hostile item label too
    const items = first!.items.map((item, i) => (i === 0 ? { ...item, label: IMG, status: 'problem' as const, findings } : item));
    return {
      portal: 'heuristic',
      payer: STYLE_BREAK,
      selection: { ...evaluation.selection, read: RTL },
      indication: evaluation.indication,
      indicationLabel: evaluation.indicationLabel,
      indicationCode: SCRIPT,
      findings: [...evaluation.findings, ...findings, hostile('other', 'drug.x', HUGE)],
      checklist: { ...evaluation.checklist, sections: [{ ...first!, items }, ...evaluation.checklist.sections.slice(1)] },
      fieldCount: 20,
      failedRules: [],
    };
  }

  it('renders messages, labels and the context line as text and runs nothing', async () => {
    const state: TabState = { report: reportWith(FINDINGS), manualTicks: {} };
    const client: PopupClient = {
      getState: async () => state,
      setManual: async () => state,
      focusField: async () => false,
      onStateChange: () => () => undefined,
      copyText: async () => undefined,
      openPanel: async () => null,
    };
    view = await render(<PopupApp client={client} tabId={1} portalTab today={TODAY} docs={[]} onFieldFocused={() => undefined} />);
    await new Promise((r) => setTimeout(r, 20));

    expect(injected(view.container)).toEqual([]);
    expect(flag()).toBeUndefined();
    const text = view.container.textContent ?? '';
    for (const f of FINDINGS) expect(text).toContain(f.message);
    expect(text).toContain(HUGE);
    expect(view.container.querySelector('.context')!.textContent).toContain(`${STYLE_BREAK} · ${RTL}`);
    expect([...view.container.querySelectorAll('.item-go')].some((b) => b.textContent?.startsWith(IMG))).toBe(true);
  });
});

describe('the side panel with hostile page text', () => {
  let view: Rendered | undefined;
  afterEach(() => view?.unmount());

  it('writes typed values into the letter, the appeal and the summary as text and runs nothing', async () => {
    const values = flatFromRaw(
      stills({
        patient: { name: IMG, memberId: SCRIPT },
        prescriber: { name: STYLE_BREAK, specialty: RTL, npi: HUGE },
        priorTherapies: [{ drug: IMG, dose: SCRIPT, outcome: STYLE_BREAK }],
      }),
    );
    const client: PanelClient = {
      getValues: async () => values,
      onTabChange: () => () => undefined,
      copyText: async () => undefined,
      download: () => undefined,
    };
    view = await render(
      <SidePanelApp client={client} tabId={1} today={TODAY} prepare={(v) => letterRequest(REGISTRY, v, { today: TODAY })} />,
    );
    for (let i = 0; i < 50 && !view.container.querySelector('pre'); i++) await new Promise((r) => setTimeout(r, 20));
    const select = view.container.querySelector<HTMLSelectElement>('#denial select')!;
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(select, 'step-therapy');
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 20));

    expect(injected(view.container)).toEqual([]);
    expect(flag()).toBeUndefined();
    const drafts = [...view.container.querySelectorAll('pre')].map((p) => p.textContent ?? '');
    expect(drafts).toHaveLength(3); // letter, appeal, peer-to-peer
    for (const text of drafts) expect(text).toContain(`Name: ${IMG}`);
    expect(drafts[0]).toContain(STYLE_BREAK);
  });
});
