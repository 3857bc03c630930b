import { useId, useState } from 'react';
import type { IsoDate } from '@/lib/form/schema';
import { followUpIcs, nextFollowUp, planFollowUp, type FollowUpCadence } from '@/lib/followup';
import { formatUsDate, parseDate } from '@/lib/parse/date';
import { plural } from '@/lib/words';
import type { PanelClient } from './panel-client';
import { SourceNote } from './SourceNote';

interface Props {
  cadence: FollowUpCadence;
  /** "Ilaris", named in reminders only when staff choose */
  drug: string;
  payer: string;
  today: IsoDate;
  client: PanelClient;
  /** when the calendar file is made (its DTSTAMP); tests pass a fixed one */
  now?(): Date;
}

export const ICS_FILE = 'pa-follow-up.ics';

function when(daysUntil: number): string {
  return daysUntil === 0 ? 'today' : `in ${plural(daysUntil, 'day')}`;
}

/**
 * After submission: the portal's reference number and the date submitted (component state only,
 * never stored), the next step of the payer's cadence, and the cadence as calendar reminders,
 * downloaded on a click. The reminders name the drug, the payer and the reference number only
 * when staff tick them; never the patient.
 */
export function FollowUpPlanner({ cadence, drug, payer, today, client, now = () => new Date() }: Props) {
  const id = useId();
  const [reference, setReference] = useState('');
  const [dateText, setDateText] = useState(formatUsDate(today));
  const [withDrug, setWithDrug] = useState(false);
  const [withReference, setWithReference] = useState(false);
  const [status, setStatus] = useState('');
  const date = parseDate(dateText);
  const plan = date.ok
    ? planFollowUp({ submitted: date.value, reference, drug, payer, cadence, include: { drug: withDrug, reference: withReference } })
    : null;
  const next = plan ? nextFollowUp(plan, today) : null;

  const download = () => {
    if (!plan) return;
    try {
      client.download({ name: ICS_FILE, type: 'text/calendar;charset=utf-8', text: followUpIcs(plan, { dtstamp: now() }) });
      setStatus(`Downloaded ${ICS_FILE}: open it to add ${plural(plan.steps.length, 'reminder')} to your calendar.`);
    } catch {
      setStatus('Could not download: the browser refused.');
    }
  };

  return (
    <section className="tool" aria-labelledby={`${id}-h`} id="follow-up">
      <h2 id={`${id}-h`}>Follow-up</h2>
      <p className="hint">After submitting: nothing you enter here is saved.</p>
      <div className="field">
        <label htmlFor={`${id}-ref`}>Portal reference number</label>
        <input id={`${id}-ref`} type="text" autoComplete="off" value={reference} onChange={(e) => setReference(e.currentTarget.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-date`}>Date submitted</label>
        <input
          id={`${id}-date`}
          type="text"
          placeholder="MM/DD/YYYY"
          autoComplete="off"
          value={dateText}
          onChange={(e) => setDateText(e.currentTarget.value)}
          aria-describedby={`${id}-next`}
        />
      </div>
      <fieldset className="field">
        <legend>The reminders include</legend>
        <label className="choice">
          <input type="checkbox" checked={withDrug} onChange={(e) => setWithDrug(e.currentTarget.checked)} />
          the drug and payer ({drug}, {payer})
        </label>
        <label className="choice">
          <input type="checkbox" checked={withReference} onChange={(e) => setWithReference(e.currentTarget.checked)} />
          the reference number
        </label>
      </fieldset>
      <div id={`${id}-next`} className="tool-output" aria-live="polite">
        {dateText.trim() === '' ? (
          <p className="hint">Enter the date the request was submitted.</p>
        ) : !date.ok ? (
          <p className="problem-text">{date.problem.message}</p>
        ) : plan === null ? (
          <p className="problem-text">No follow-up plan for that date.</p>
        ) : (
          <>
            <p className="next-step">
              {next ? (
                <>
                  Next: <strong>{next.step.title}</strong>, {formatUsDate(next.step.date)} ({when(next.daysUntil)}). {next.step.detail}
                </>
              ) : (
                'Every step of the follow-up has passed.'
              )}
            </p>
            <ol className="steps">
              {plan.steps.map((s) => (
                <li key={s.id}>
                  {formatUsDate(s.date)}: {s.title}
                </li>
              ))}
            </ol>
            <SourceNote source={plan.source} payer={payer} />
          </>
        )}
      </div>
      <button type="button" onClick={download} disabled={plan === null}>
        Download calendar reminders (.ics)
      </button>
      <p className="action-status" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
