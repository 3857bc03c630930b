import { useId } from 'react';
import type { ChecklistItem, Finding } from '@/lib/engine/types';
import { STATUS_TEXT } from '@/lib/tab-view';
import { SEVERITY_TEXT } from '@/lib/words';

interface Props {
  title: string;
  items: ChecklistItem[];
  /** go to the field of an item (problem or not yet filled) on the page */
  onFocusField(field: string): void;
  onTick(itemId: string, done: boolean): void;
}

export function FindingText({ finding }: { finding: Finding }) {
  return (
    <p className={`finding finding-${finding.severity}`}>
      <span className="finding-severity">{SEVERITY_TEXT[finding.severity]}:</span> {finding.message}
    </p>
  );
}

function Item({ item, onFocusField, onTick }: { item: ChecklistItem } & Omit<Props, 'title' | 'items'>) {
  const id = useId();
  const status = <span className={`status status-${item.status}`}>{STATUS_TEXT[item.status]}</span>;
  const manual = item.status === 'manual-done' || item.status === 'manual-open';
  if (manual) {
    return (
      <li className="item item-manual">
        <input
          type="checkbox"
          id={id}
          checked={item.status === 'manual-done'}
          onChange={(event) => onTick(item.id, event.currentTarget.checked)}
        />
        <label htmlFor={id}>{item.label}</label>
        {status}
      </li>
    );
  }
  const field = item.field;
  const findingsId = `${id}-findings`;
  const canGo = field !== undefined && item.status !== 'done';
  return (
    <li className={`item item-${item.status}`}>
      {canGo ? (
        <button
          type="button"
          className="item-go"
          onClick={() => onFocusField(field)}
          aria-describedby={item.findings.length > 0 ? findingsId : undefined}
        >
          {item.label}
          <span className="visually-hidden"> – {STATUS_TEXT[item.status]}, go to the field</span>
        </button>
      ) : (
        <span className="item-label">{item.label}</span>
      )}
      {status}
      {item.findings.length > 0 && (
        <div id={findingsId} className="item-findings">
          {item.findings.map((finding, i) => (
            <FindingText key={`${finding.ruleId}-${i}`} finding={finding} />
          ))}
        </div>
      )}
    </li>
  );
}

/** One audit section: each item done, a problem (with its findings), not yet filled, or ticked by hand. */
export function ChecklistSection({ title, items, onFocusField, onTick }: Props) {
  const headingId = useId();
  return (
    <section className="checklist-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <ul className="items">
        {items.map((item) => (
          <Item key={item.id} item={item} onFocusField={onFocusField} onTick={onTick} />
        ))}
      </ul>
    </section>
  );
}
