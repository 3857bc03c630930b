import { useState } from 'react';

interface Props {
  getText(): string;
  copy(text: string): Promise<void>;
}

/** Puts the summary on the clipboard only when clicked, and says whether that worked. */
export function CopySummaryButton({ getText, copy }: Props) {
  const [status, setStatus] = useState('');
  const onClick = () => {
    setStatus('');
    copy(getText()).then(
      () => setStatus('Summary copied to the clipboard.'),
      () => setStatus('Could not copy: the browser refused clipboard access.'),
    );
  };
  return (
    <div className="copy">
      <button type="button" onClick={onClick}>
        Copy summary
      </button>
      <p className="copy-status" role="status">
        {status}
      </p>
    </div>
  );
}
