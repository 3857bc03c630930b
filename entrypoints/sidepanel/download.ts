import type { DownloadFile } from '@/components/panel-client';

/** Saves text as a file through the browser's own download (no `downloads` permission). */
export function downloadFile({ name, type, text }: DownloadFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // the download has started from the URL by then; the Blob need not outlive it
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
