import { afterEach, describe, expect, it, vi } from 'vitest';
import { unfold } from '@/lib/followup';
import { CIGNA_FOLLOW_UP } from '@/rules/cigna/followup';
import { get, render, type Rendered, settle, typeInto } from '@/test/unit/render';
import { FollowUpPlanner, ICS_FILE } from './FollowUpPlanner';
import type { DownloadFile, PanelClient } from './panel-client';

let view: Rendered | undefined;
afterEach(() => view?.unmount());

function fakeClient() {
  const downloads: DownloadFile[] = [];
  const client: PanelClient = {
    getValues: async () => null,
    onTabChange: () => () => undefined,
    copyText: async () => undefined,
    download: vi.fn((file: DownloadFile) => {
      downloads.push(file);
    }),
  };
  return { client, downloads };
}

const STAMP = new Date('2026-11-22T15:00:00Z');
const planner = (client: PanelClient, today = '2026-11-22') => (
  <FollowUpPlanner cadence={CIGNA_FOLLOW_UP} drug="Ilaris" payer="Cigna" today={today} client={client} now={() => STAMP} />
);
const input = (label: string) => {
  const l = [...view!.container.querySelectorAll('label')].find((x) => x.textContent === label)!;
  return get<HTMLInputElement>(view!.container, `#${CSS.escape(l.htmlFor)}`);
};
const checkbox = (text: string) =>
  [...view!.container.querySelectorAll('label.choice')].find((l) => l.textContent?.startsWith(text))!.querySelector('input')!;
const downloadButton = () =>
  [...view!.container.querySelectorAll('button')].find((b) => b.textContent === 'Download calendar reminders (.ics)')!;

describe('FollowUpPlanner', () => {
  it('shows the next step from the submission date, today by default', async () => {
    const { client } = fakeClient();
    view = await render(planner(client));
    expect(input('Date submitted').value).toBe('11/22/2026');
    expect(get(view.container, '.next-step').textContent).toMatch(/^Next: Check the request status, 11\/29\/2026 \(in 7 days\)\./);
    await typeInto(input('Date submitted'), '11/08/2026');
    expect(get(view.container, '.next-step').textContent).toMatch(/^Next: Call the payer if there is no answer, 11\/22\/2026 \(today\)\./);
    await typeInto(input('Date submitted'), '01/01/2026');
    expect(get(view.container, '.next-step').textContent).toBe('Every step of the follow-up has passed.');
    await typeInto(input('Date submitted'), '02/30/2026');
    expect(view.container.querySelector('.next-step')).toBeNull();
    expect(downloadButton().disabled).toBe(true);
  });

  it('downloads reminders that name neither the drug, the payer nor the reference number unless ticked', async () => {
    const { client, downloads } = fakeClient();
    view = await render(planner(client));
    await typeInto(input('Portal reference number'), 'REF-55123');
    expect(checkbox('the drug and payer').checked).toBe(false);
    expect(checkbox('the reference number').checked).toBe(false);
    await settle(() => downloadButton().click());
    expect(downloads[0]!.name).toBe(ICS_FILE);
    expect(downloads[0]!.type).toBe('text/calendar;charset=utf-8');
    const plain = unfold(downloads[0]!.text);
    expect(plain).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(plain.match(/BEGIN:VEVENT/g)).toHaveLength(4);
    expect(plain).toContain('DTSTART;VALUE=DATE:20261129');
    expect(plain).not.toMatch(/Ilaris|Cigna|REF-55123/);
    expect(get(view.container, '.action-status').textContent).toBe(`Downloaded ${ICS_FILE}: open it to add 4 reminders to your calendar.`);

    await settle(() => checkbox('the drug and payer').click());
    await settle(() => checkbox('the reference number').click());
    await settle(() => downloadButton().click());
    const named = unfold(downloads[1]!.text);
    expect(named).toContain('SUMMARY:Ilaris PA request follow-up (Cigna): Check the request status');
    expect(named).toContain('Portal reference: REF-55123');
  });
});
