import { TO_ADD_OPEN } from './letter';

/**
 * A draft as a printable, self-contained HTML page (for a PDF: the browser's print dialog). The
 * page is built with DOM calls and the draft goes in as text nodes, so a value typed on the
 * portal is never read as markup; the page carries no script, and its policy forbids loading
 * anything, so opening the file fetches nothing.
 */

const STYLE = `
body { font: 12pt/1.45 Georgia, 'Times New Roman', serif; color: #111; max-width: 7in; margin: 0.75in auto; }
pre { white-space: pre-wrap; word-wrap: break-word; font: inherit; margin: 0; }
mark { background: #fff3b0; outline: 1px solid #c9a800; }
@media print { body { margin: 0; } mark { background: none; outline: 1px dashed #000; } }
`;

/** Splits a draft into plain text and `[[to add: …]]` pieces, in order. */
export function toAddPieces(text: string): { text: string; toAdd: boolean }[] {
  const out: { text: string; toAdd: boolean }[] = [];
  let rest = text;
  for (;;) {
    const start = rest.indexOf(TO_ADD_OPEN);
    const end = start < 0 ? -1 : rest.indexOf(']]', start);
    if (start < 0 || end < 0) break;
    if (start > 0) out.push({ text: rest.slice(0, start), toAdd: false });
    out.push({ text: rest.slice(start, end + 2), toAdd: true });
    rest = rest.slice(end + 2);
  }
  if (rest !== '') out.push({ text: rest, toAdd: false });
  return out;
}

/** The HTML source of a page showing `text` under `title`, facts to add marked. */
export function printableHtml(title: string, text: string, implementation: DOMImplementation = document.implementation): string {
  const doc = implementation.createHTMLDocument(title);
  doc.documentElement.lang = 'en';
  const charset = doc.createElement('meta');
  charset.setAttribute('charset', 'utf-8');
  const policy = doc.createElement('meta');
  policy.httpEquiv = 'Content-Security-Policy';
  policy.content = "default-src 'none'; style-src 'unsafe-inline'";
  // not every DOM gives the new document its title element (happy-dom does not)
  const heading = doc.querySelector('title') ?? doc.head.appendChild(doc.createElement('title'));
  heading.textContent = title;
  const style = doc.createElement('style');
  style.textContent = STYLE;
  doc.head.prepend(charset, policy);
  doc.head.append(style);
  const pre = doc.createElement('pre');
  for (const piece of toAddPieces(text)) {
    if (piece.toAdd) {
      const mark = doc.createElement('mark');
      mark.textContent = piece.text;
      pre.append(mark);
    } else {
      pre.append(doc.createTextNode(piece.text));
    }
  }
  doc.body.append(pre);
  // serialized as XML (XHTML), which every browser opens as HTML: text stays escaped
  return `<!doctype html>\n${new XMLSerializer().serializeToString(doc.documentElement)}\n`;
}
