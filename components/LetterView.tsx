import { useId } from 'react';
import type { Finding } from '@/lib/engine/types';
import { draftLetter, type LetterInput, type LetterTemplate } from '@/lib/letter/letter';
import { plural, SEVERITY_TEXT } from '@/lib/words';
import { DraftActions } from './DraftActions';
import { DraftText } from './DraftText';
import type { PanelClient } from './panel-client';

interface Props {
  template: LetterTemplate;
  input: LetterInput;
  client: PanelClient;
}

/** The errors and warnings still open on the form, so staff fix the form before sending a letter. */
export function OpenFindings({ findings }: { findings: readonly Finding[] }) {
  if (findings.length === 0) return <p className="form-clean">Form check: no open errors or warnings.</p>;
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  return (
    <div className="open-findings">
      <p>
        <strong>Fix the form first:</strong> {plural(count('error'), 'error')}, {plural(count('warning'), 'warning')} still open.
      </p>
      <ul>
        {findings.map((f, i) => (
          <li key={`${f.ruleId}-${f.field}-${i}`} className={`finding finding-${f.severity}`}>
            <span className="finding-severity">{SEVERITY_TEXT[f.severity]}:</span> {f.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The letter of medical necessity drafted from the request as read, the open findings above it. */
export function LetterView({ template, input, client }: Props) {
  const id = useId();
  const draft = draftLetter(template, input);
  return (
    <section className="tool" aria-labelledby={`${id}-h`} id="letter">
      <h2 id={`${id}-h`}>Letter of medical necessity</h2>
      <OpenFindings findings={draft.unresolved} />
      <p className="hint">
        {draft.missing.length === 0
          ? 'Nothing to add: read it over before it is signed.'
          : `${plural(draft.missing.length, 'fact')} to add, marked [[to add: …]] in the draft.`}
      </p>
      <DraftText text={draft.letter} label="Letter of medical necessity draft" />
      <DraftActions
        client={client}
        getText={() => draftLetter(template, input).letter}
        fileBase="letter-of-medical-necessity"
        title="Letter of medical necessity"
      />
    </section>
  );
}
