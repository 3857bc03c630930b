import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadFile } from './download';
import { requestedTabId } from './tab-param';

afterEach(() => vi.restoreAllMocks());

describe('the side panel page', () => {
  it('saves a file by clicking a hidden download link to a Blob, then removes the link', () => {
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:panel/1');
    const clicked: { href: string; download: string; inDocument: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, inDocument: this.isConnected });
    });
    downloadFile({ name: 'pa-follow-up.ics', type: 'text/calendar;charset=utf-8', text: 'BEGIN:VCALENDAR' });
    const blob = created.mock.calls[0]![0] as Blob;
    expect(blob.type).toBe('text/calendar;charset=utf-8');
    expect(clicked).toEqual([{ href: 'blob:panel/1', download: 'pa-follow-up.ics', inDocument: true }]);
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('takes the tab from ?tab=<id>, and nothing that is not a tab id', () => {
    expect(requestedTabId('?tab=42')).toBe(42);
    for (const search of ['', '?tab=', '?tab=0', '?tab=-3', '?tab=1.5', '?tab=abc']) expect(requestedTabId(search), search).toBeNull();
  });
});
