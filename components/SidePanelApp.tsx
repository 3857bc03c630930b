import { useEffect, useState } from 'react';
import type { IsoDate } from '@/lib/form/schema';
import type { LetterRequest } from '@/lib/letter/request';
import { AppealView } from './AppealView';
import { FollowUpPlanner } from './FollowUpPlanner';
import { LetterView } from './LetterView';
import type { PanelClient } from './panel-client';
import { PeerToPeerView } from './PeerToPeerView';

interface Props {
  client: PanelClient;
  /** the tab whose request the panel drafts from; null when it could not be found */
  tabId: number | null;
  today: IsoDate;
  /** the tab's values → the request checked and the docs of its pack (lib/letter/request.ts with
   *  the registry, given by the entrypoint: components name no pack) */
  prepare(values: Record<string, string>): Promise<LetterRequest>;
}

export const NO_REQUEST =
  'No checked request in this tab yet. Open the precertification request on the portal and fill it in; the drafts follow what you type.';

type View = { kind: 'loading' } | { kind: 'none' } | { kind: 'ready'; request: LetterRequest };

/**
 * The surface that stays open while staff work: the letter of medical necessity, denial help
 * with the appeal letter, the peer-to-peer summary and the follow-up, drafted from the request
 * as the tab's content script holds it in memory. It reads again whenever the tab's report
 * changes, so the drafts follow the form; nothing about the patient is stored.
 */
export function SidePanelApp({ client, tabId, today, prepare }: Props) {
  // with no tab there is nothing to read (a new tab remounts the panel: main.tsx keys it)
  const [view, setView] = useState<View>(tabId === null ? { kind: 'none' } : { kind: 'loading' });

  useEffect(() => {
    if (tabId === null) return;
    let live = true;
    let asked = 0;
    const read = () => {
      const mine = ++asked;
      client
        .getValues(tabId)
        .then((values) => (values === null ? null : prepare(values)))
        .then(
          (request) => {
            // a later read (the form changed again) wins over a slower earlier one
            if (live && mine === asked) setView(request ? { kind: 'ready', request } : { kind: 'none' });
          },
          () => live && mine === asked && setView({ kind: 'none' }),
        );
    };
    read();
    const stop = client.onTabChange(tabId, read);
    return () => {
      live = false;
      stop();
    };
  }, [client, tabId, prepare]);

  return (
    <main className="sidepanel">
      <h1>PA Preflight: letters and follow-up</h1>
      {view.kind === 'loading' ? (
        <p role="status">Reading the request…</p>
      ) : view.kind === 'none' ? (
        <p className="not-supported" role="status">
          {NO_REQUEST}
        </p>
      ) : (
        <RequestDrafts request={view.request} today={today} client={client} />
      )}
    </main>
  );
}

function RequestDrafts({ request, today, client }: { request: LetterRequest; today: IsoDate; client: PanelClient }) {
  const { docs, input, drugRead } = request;
  const template = docs?.letter;
  if (!docs || !template) {
    return (
      <p className="not-supported" role="status">
        PA Preflight drafts no letter for {drugRead ? `this request's drug (${drugRead})` : 'a request without a drug'}: letters come with
        the packs of the drugs it checks.
      </p>
    );
  }
  const indication = input.indicationLabel
    ? `${input.indicationLabel}${input.indicationCode ? `, ${input.indicationCode}` : ''}`
    : 'indication not read yet';
  return (
    <>
      <p className="context">
        {docs.title} · {indication}
      </p>
      <nav aria-label="On this panel">
        <ul className="panel-nav">
          <li>
            <a href="#letter">Letter</a>
          </li>
          <li>
            <a href="#denial">Denial help</a>
          </li>
          <li>
            <a href="#peer-to-peer">Peer-to-peer</a>
          </li>
          {docs.followUp && (
            <li>
              <a href="#follow-up">Follow-up</a>
            </li>
          )}
        </ul>
      </nav>
      <LetterView template={template} input={input} client={client} />
      <AppealView template={template} input={input} appeals={docs.appeals ?? null} client={client} />
      <PeerToPeerView template={template} input={input} client={client} />
      {docs.followUp && (
        <FollowUpPlanner
          cadence={docs.followUp}
          drug={docs.manifest.drug.brand}
          payer={docs.manifest.payer}
          today={today}
          client={client}
        />
      )}
    </>
  );
}
