import { afterEach, describe, expect, it, vi } from 'vitest';
import { flatFromRaw } from '@/lib/form/paths';
import { letterRequest } from '@/lib/letter/request';
import { REGISTRY } from '@/rules/registry';
import { STILLS_70KG } from '@/rules/cigna/ilaris/test-utils';
import { get, render, type Rendered, settle, typeInto } from '@/test/unit/render';
import type { DownloadFile, PanelClient } from './panel-client';
import { NO_REQUEST, SidePanelApp } from './SidePanelApp';

let view: Rendered | undefined;
afterEach(() => view?.unmount());

const TODAY = '2026-11-22';
const prepare = (values: Record<string, string>) => letterRequest(REGISTRY, values, { today: TODAY });

function fakeClient(values: Record<string, string> | null) {
  let listener: (() => void) | null = null;
  const downloads: DownloadFile[] = [];
  const current = { values };
  const client = {
    getValues: vi.fn(async (_tabId: number) => current.values),
    onTabChange: vi.fn((_tabId: number, l: () => void) => {
      listener = l;
      return () => {
        listener = null;
      };
    }),
    copyText: vi.fn(async (_text: string) => undefined),
    download: vi.fn((file: DownloadFile) => {
      downloads.push(file);
    }),
  } satisfies PanelClient;
  return { client, downloads, current, change: () => listener?.() };
}

/** Renders the panel and waits for the request to be checked (the registry loads the pack's docs). */
async function renderPanel(client: PanelClient, tabId: number | null = 7) {
  view = await render(<SidePanelApp client={client} tabId={tabId} today={TODAY} prepare={prepare} />);
  for (let i = 0; i < 20 && view.container.textContent?.includes('Reading the request'); i++)
    await settle(() => new Promise((r) => setTimeout(r, 10)));
  return view;
}

const section = (id: string) => get(view!.container, `section#${id}`);
const button = (scope: ParentNode, name: string) =>
  [...scope.querySelectorAll('button')].find((b) => b.textContent === name) as HTMLButtonElement;

describe('SidePanelApp', () => {
  it("drafts the letter from the tab's values: typed facts written, missing ones as [[to add]], open findings above", async () => {
    const values = flatFromRaw({ ...STILLS_70KG, labs: { crpValue: '4.5', crpUnit: 'mg/dL' } });
    const { client } = fakeClient(values);
    await renderPanel(client);
    expect(client.getValues).toHaveBeenCalledWith(7);
    expect(get(view!.container, '.context').textContent).toBe("Cigna × Ilaris (canakinumab) · Still's disease (adult-onset, AOSD), M06.1");
    const letter = section('letter');
    const draft = get(letter, 'pre.draft').textContent!;
    expect(draft).toContain('Name: Jane Doe');
    expect(draft).toContain('Cigna member ID: U1234567801');
    expect(draft).toContain('on [[to add: the date the CRP was drawn]]');
    expect([...letter.querySelectorAll('pre mark')].map((m) => m.textContent)).toContain('[[to add: the date the CRP was drawn]]');
    // the findings are listed above the letter, not inside what is copied
    expect(get(letter, '.open-findings').textContent).toMatch(/^Fix the form first:/);
    expect(draft).not.toContain('Fix the form first');
    expect(draft).not.toMatch(/undefined|NaN|\bnull\b/);
  });

  it('copies and downloads the letter only on a click, as text and as a printable page', async () => {
    const { client, downloads } = fakeClient(flatFromRaw(STILLS_70KG));
    await renderPanel(client);
    const letter = section('letter');
    expect(client.copyText).not.toHaveBeenCalled();
    expect(downloads).toEqual([]);
    await settle(() => button(letter, 'Copy').click());
    expect(client.copyText.mock.calls[0]![0]).toMatch(/^----- Letter of medical necessity \(draft\) -----\n/);
    expect(get(letter, '[role=status]').textContent).toBe('Copied to the clipboard.');
    await settle(() => button(letter, 'Download .txt').click());
    await settle(() => button(letter, 'Download printable page').click());
    expect(downloads.map((d) => [d.name, d.type])).toEqual([
      ['letter-of-medical-necessity.txt', 'text/plain;charset=utf-8'],
      ['letter-of-medical-necessity.html', 'text/html;charset=utf-8'],
    ]);
    expect(downloads[0]!.text).toContain('Name: Jane Doe');
    expect(downloads[1]!.text).toMatch(/^<!doctype html>/);
    expect(get(letter, '[role=status]').textContent).toBe('Downloaded letter-of-medical-necessity.html.');
  });

  it('says when the browser refuses the clipboard', async () => {
    const { client } = fakeClient(flatFromRaw(STILLS_70KG));
    client.copyText.mockRejectedValueOnce(new Error('denied'));
    await renderPanel(client);
    await settle(() => button(section('letter'), 'Copy').click());
    expect(get(section('letter'), '[role=status]').textContent).toMatch(/^Could not copy/);
  });

  it('gives denial help for the reason picked and drafts the appeal with the denial date and reference', async () => {
    const { client, downloads } = fakeClient(flatFromRaw({ ...STILLS_70KG, priorTherapies: [{ drug: 'Prednisone' }] }));
    await renderPanel(client);
    expect(section('appeal').textContent).toContain('Choose the reason for the denial above');
    await typeInto(get<HTMLSelectElement>(section('denial'), 'select'), 'step-therapy');
    const help = section('denial').textContent!;
    expect(help).toContain('Give each prior drug with its dose');
    const toAdd = [...section('denial').querySelectorAll('.to-add li')].map((li) => li.textContent);
    expect(toAdd[0]).toMatch(/^Prior therapy: 1\. Prednisone, \[\[to add: dose of Prednisone\]\]/);
    expect(section('denial').querySelector('.to-add mark')!.textContent).toBe('[[to add: dose of Prednisone]]');
    expect(help).toContain('Already on the request');
    await typeInto(get<HTMLInputElement>(view!.container, '#denial + section input[type=text]'), '11/02/2026');
    expect(view!.container.textContent).toContain('File by 05/01/2027');
    await typeInto(get<HTMLInputElement>(section('appeal'), 'input'), 'PA-778899');
    const appeal = get(section('appeal'), 'pre.draft').textContent!;
    expect(appeal).toContain('Date of the denial: 11/02/2026');
    expect(appeal).toContain('Reference number: PA-778899');
    expect(appeal).toContain('The denial gives as its reason: insufficient step therapy.');
    await settle(() => button(section('appeal'), 'Download .txt').click());
    expect(downloads[0]!.name).toBe('appeal-letter-step-therapy.txt');
    expect(downloads[0]!.text).toContain('Reference number: PA-778899');
  });

  it('gives the peer-to-peer summary with copy and download', async () => {
    const { client, downloads } = fakeClient(flatFromRaw(STILLS_70KG));
    await renderPanel(client);
    const p2p = section('peer-to-peer');
    expect(get(p2p, 'pre').textContent).toMatch(
      /^Peer-to-peer review: key facts \(draft\)\nIlaris \(canakinumab\) · Cigna · prepared 11\/22\/2026/,
    );
    await settle(() => button(p2p, 'Download .txt').click());
    expect(downloads[0]!.name).toBe('peer-to-peer-summary.txt');
  });

  it('reads the values again when the tab reports a change', async () => {
    const { client, current, change } = fakeClient(flatFromRaw(STILLS_70KG));
    await renderPanel(client);
    current.values = flatFromRaw({ ...STILLS_70KG, patient: { ...STILLS_70KG.patient, name: 'Janet Roe' } });
    await settle(async () => {
      change();
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(get(section('letter'), 'pre').textContent).toContain('Name: Janet Roe');
  });

  it('says there is no request when the tab has no checked form, or no tab', async () => {
    await renderPanel(fakeClient(null).client);
    expect(view!.container.textContent).toContain(NO_REQUEST);
    view!.unmount();
    const { client } = fakeClient({});
    await renderPanel(client, null);
    expect(client.getValues).not.toHaveBeenCalled();
    expect(view!.container.textContent).toContain(NO_REQUEST);
  });

  it('drafts no letter for a drug no pack checks, and says so', async () => {
    await renderPanel(fakeClient({ 'drug.name': 'Humira' }).client);
    expect(view!.container.textContent).toContain("PA Preflight drafts no letter for this request's drug (Humira");
    expect(view!.container.querySelector('pre')).toBeNull();
  });
});
