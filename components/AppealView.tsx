import { useId, useState } from 'react';
import type { AppealRules } from '@/lib/appeals';
import type { IsoDate } from '@/lib/form/schema';
import { denialHelp, draftAppeal } from '@/lib/letter/appeal';
import type { LetterInput, LetterTemplate } from '@/lib/letter/letter';
import { plural } from '@/lib/words';
import { DenialHelper } from './DenialHelper';
import { DraftActions } from './DraftActions';
import { DraftText, MarkedText } from './DraftText';
import { OpenFindings } from './LetterView';
import type { PanelClient } from './panel-client';

interface Props {
  template: LetterTemplate;
  input: LetterInput;
  /** the payer's appeal deadlines, when its pack gives them */
  appeals: AppealRules | null;
  client: PanelClient;
}

/**
 * After a denial: the reason picked → what the request already shows and what to add, the
 * filing deadlines, and the appeal letter. The denial's date and reference number live in this
 * component's state only.
 */
export function AppealView({ template, input, appeals, client }: Props) {
  const id = useId();
  const [reasonId, setReasonId] = useState('');
  const [denialDate, setDenialDate] = useState<IsoDate | null>(null);
  const [reference, setReference] = useState('');
  const reasons = template.appeal?.reasons ?? [];
  if (reasons.length === 0) return null;
  const help = reasonId ? denialHelp(template, reasonId, input) : null;
  const details = { denialDate, reference: reference.trim() || null };
  const appeal = () => draftAppeal(template, reasonId, input, details);
  const draft = help ? appeal() : null;
  return (
    <>
      <section className="tool" aria-labelledby={`${id}-h`} id="denial">
        <h2 id={`${id}-h`}>Denial help</h2>
        <div className="field">
          <label htmlFor={`${id}-reason`}>Reason given on the denial letter</label>
          <select id={`${id}-reason`} value={reasonId} onChange={(e) => setReasonId(e.currentTarget.value)}>
            <option value="">Choose the reason…</option>
            {reasons.map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
              </option>
            ))}
          </select>
        </div>
        <div className="tool-output" aria-live="polite">
          {help === null ? (
            <p className="hint">Choose the reason to see what to add and to draft the appeal.</p>
          ) : (
            <div className="denial-help">
              <p>{help.reason.advice}</p>
              <h3>To add ({plural(help.missing.length, 'fact')})</h3>
              {help.incomplete.length === 0 ? (
                <p className="hint">Nothing missing on the request for this reason.</p>
              ) : (
                <ul className="to-add">
                  {help.incomplete.map((line, i) => (
                    <li key={i}>
                      <MarkedText text={line} />
                    </li>
                  ))}
                </ul>
              )}
              <h3>Already on the request</h3>
              {help.present.length === 0 ? (
                <p className="hint">Nothing yet.</p>
              ) : (
                <ul className="present">
                  {help.present.map((p, i) => (
                    <li key={i}>{p}</li>
                  ))}
                </ul>
              )}
              {help.open.length > 0 && (
                <>
                  <h3>Still open on the form</h3>
                  <OpenFindings findings={help.open} />
                </>
              )}
            </div>
          )}
        </div>
      </section>
      {appeals && <DenialHelper today={input.today} appeals={appeals} onLetterDate={setDenialDate} />}
      <section className="tool" aria-labelledby={`${id}-ah`} id="appeal">
        <h2 id={`${id}-ah`}>Appeal letter</h2>
        <div className="field">
          <label htmlFor={`${id}-ref`}>Reference number on the denial letter</label>
          <input id={`${id}-ref`} type="text" autoComplete="off" value={reference} onChange={(e) => setReference(e.currentTarget.value)} />
        </div>
        {draft === null ? (
          <p className="hint">Choose the reason for the denial above to draft the appeal.</p>
        ) : (
          <>
            <p className="hint">
              {appeals ? 'The date on the denial letter comes from the deadlines above. ' : ''}
              {plural(draft.missing.length, 'fact')} to add, marked [[to add: …]].
            </p>
            <DraftText text={draft.letter} label="Appeal letter draft" />
            <DraftActions
              client={client}
              getText={() => appeal()?.letter ?? ''}
              fileBase={`appeal-letter-${reasonId}`}
              title="Appeal letter"
            />
          </>
        )}
      </section>
    </>
  );
}
