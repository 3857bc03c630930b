import { useEffect, useId, useState } from 'react';
import { APPEAL_STATES, type AppealRules, type AppealState, appealDeadlines, type LetterKind, STATE_NAMES } from '@/lib/appeals';
import type { IsoDate } from '@/lib/form/schema';
import { daysBetween, formatUsDate, parseDate } from '@/lib/parse/date';
import { plural } from '@/lib/words';
import { SourceNote } from './SourceNote';

interface Props {
  today: IsoDate;
  /** the payer's appeal and external review periods */
  appeals: AppealRules;
  /** hears the letter's date whenever it changes (null while it does not read as a date): the
   *  side panel's appeal letter quotes it */
  onLetterDate?(date: IsoDate | null): void;
}

function timeLeft(today: IsoDate, by: IsoDate): string {
  const days = daysBetween(today, by);
  if (days === null) return '';
  if (days === 0) return ' (today)';
  if (days > 0) return ` (${plural(days, 'day')} from today)`;
  return ` (passed ${plural(-days, 'day')} ago)`;
}

/** Denial letter date + state → by when to file the payer's internal appeal and the external review. */
export function DenialHelper({ today, appeals, onLetterDate }: Props) {
  const id = useId();
  const [dateText, setDateText] = useState('');
  const [state, setState] = useState<AppealState>('CA');
  const [letter, setLetter] = useState<LetterKind>('initial');
  const date = parseDate(dateText);
  const deadlines = date.ok ? appealDeadlines(appeals, { letterDate: date.value, state, letter }) : null;
  const letterDate = date.ok ? date.value : null;
  useEffect(() => {
    onLetterDate?.(letterDate);
  }, [letterDate, onLetterDate]);

  return (
    <section className="tool" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Denial deadlines: {appeals.payer}</h2>
      <div className="field">
        <label htmlFor={`${id}-date`}>Date on the denial letter</label>
        <input
          id={`${id}-date`}
          type="text"
          placeholder="MM/DD/YYYY"
          autoComplete="off"
          value={dateText}
          onChange={(e) => setDateText(e.currentTarget.value)}
          aria-describedby={`${id}-out`}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-state`}>Patient's plan is regulated in</label>
        <select id={`${id}-state`} value={state} onChange={(e) => setState(e.currentTarget.value as AppealState)}>
          {APPEAL_STATES.map((s) => (
            <option key={s} value={s}>
              {STATE_NAMES[s]}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="field">
        <legend>The letter is</legend>
        <label className="choice">
          <input type="radio" name={`${id}-letter`} checked={letter === 'initial'} onChange={() => setLetter('initial')} />
          the first denial of the request
        </label>
        <label className="choice">
          <input type="radio" name={`${id}-letter`} checked={letter === 'final'} onChange={() => setLetter('final')} />
          {appeals.payer}'s answer to our appeal (final decision)
        </label>
      </fieldset>
      <div id={`${id}-out`} className="tool-output" aria-live="polite">
        {dateText.trim() === '' ? (
          <p className="hint">Enter the date printed on the letter.</p>
        ) : !date.ok ? (
          <p className="problem-text">{date.problem.message}</p>
        ) : (
          <ul className="deadlines">
            {deadlines?.map((d) => (
              <li key={d.title}>
                <p className="deadline-title">{d.title}</p>
                <p>
                  {d.by ? (
                    <>
                      File by <strong>{formatUsDate(d.by)}</strong>
                      {timeLeft(today, d.by)}. {d.rule}
                    </>
                  ) : (
                    d.rule
                  )}
                </p>
                <p>Decision: {d.decision}</p>
                <SourceNote source={d.source} payer={appeals.payer} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
