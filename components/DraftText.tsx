import { toAddPieces } from '@/lib/letter/printable';

interface Props {
  text: string;
  /** what the draft is, for screen readers: "Letter of medical necessity draft" */
  label: string;
}

/** A draft as plain text, each fact to add marked; focusable so its scroll box is reached by keyboard. */
export function DraftText({ text, label }: Props) {
  return (
    // a scrolling region is focusable so keyboard users can scroll it (axe: scrollable-region-focusable)
    <pre className="draft" tabIndex={0} role="region" aria-label={label}>
      <MarkedText text={text} />
    </pre>
  );
}

/** Text with each `[[to add: …]]` marked, as text nodes only. */
export function MarkedText({ text }: { text: string }) {
  return <>{toAddPieces(text).map((piece, i) => (piece.toAdd ? <mark key={i}>{piece.text}</mark> : piece.text))}</>;
}
