interface Props {
  done: number;
  total: number;
  /** what is being counted, for screen readers: "Checklist progress" */
  label: string;
}

/** "N of M done" in words and as a bar; the bar repeats the words for assistive technology. */
export function ProgressBar({ done, total, label }: Props) {
  const text = `${done} of ${total} done`;
  const percent = total > 0 ? Math.round((done / total) * 100) : 0;
  return (
    <div className="progress">
      <p className="progress-text">{text}</p>
      <div
        className="progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={text}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
