import { useState } from 'react';
import { printableHtml } from '@/lib/letter/printable';
import type { PanelClient } from './panel-client';

interface Props {
  client: PanelClient;
  /** the draft's text when the user clicks (never earlier) */
  getText(): string;
  /** the file name without its extension; never a patient's name: "letter-of-medical-necessity" */
  fileBase: string;
  /** the printable page's title and the buttons' subject: "Letter of medical necessity" */
  title: string;
  /** offer the printable HTML page too */
  printable?: boolean;
}

const TEXT = 'text/plain;charset=utf-8';
const HTML = 'text/html;charset=utf-8';

/** Copy and download of a draft, each only on a click, with what happened said in a live region. */
export function DraftActions({ client, getText, fileBase, title, printable = true }: Props) {
  const [status, setStatus] = useState('');
  const copy = () => {
    setStatus('');
    client.copyText(getText()).then(
      () => setStatus('Copied to the clipboard.'),
      () => setStatus('Could not copy: the browser refused clipboard access. Select the text and copy it.'),
    );
  };
  const save = (name: string, type: string, text: string) => {
    try {
      client.download({ name, type, text });
      setStatus(`Downloaded ${name}.`);
    } catch {
      setStatus('Could not download: the browser refused.');
    }
  };
  return (
    <div className="draft-actions">
      <div className="buttons" role="group" aria-label={title}>
        <button type="button" onClick={copy}>
          Copy
        </button>
        <button type="button" onClick={() => save(`${fileBase}.txt`, TEXT, getText())}>
          Download .txt
        </button>
        {printable && (
          <button type="button" onClick={() => save(`${fileBase}.html`, HTML, printableHtml(title, getText()))}>
            Download printable page
          </button>
        )}
      </div>
      <p className="action-status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
