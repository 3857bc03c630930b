import { useId } from 'react';
import type { LetterInput, LetterTemplate } from '@/lib/letter/letter';
import { peerToPeerSummary } from '@/lib/letter/peer-to-peer';
import { DraftActions } from './DraftActions';
import { DraftText } from './DraftText';
import type { PanelClient } from './panel-client';

interface Props {
  template: LetterTemplate;
  input: LetterInput;
  client: PanelClient;
}

/** The key facts on one page for the prescriber's peer-to-peer call. */
export function PeerToPeerView({ template, input, client }: Props) {
  const id = useId();
  const summary = peerToPeerSummary(template, input);
  return (
    <section className="tool" aria-labelledby={`${id}-h`} id="peer-to-peer">
      <h2 id={`${id}-h`}>Peer-to-peer summary</h2>
      <p className="hint">The key facts for the prescriber&apos;s call with {template.payer}&apos;s medical reviewer.</p>
      <DraftText text={summary.text} label="Peer-to-peer summary draft" />
      <DraftActions
        client={client}
        getText={() => peerToPeerSummary(template, input).text}
        fileBase="peer-to-peer-summary"
        title="Peer-to-peer summary"
      />
    </section>
  );
}
