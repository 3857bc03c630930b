import { useCallback, useEffect, useState } from 'react';
import type { PackDocs } from '@/lib/engine/pack-docs';
import type { Finding } from '@/lib/engine/types';
import type { IsoDate } from '@/lib/form/schema';
import type { TabReport, TabState } from '@/lib/messages';
import { buildSummary } from '@/lib/summary';
import { applyManualTicks, contextLine, countFindings, toolsFor } from '@/lib/tab-view';
import { plural } from '@/lib/words';
import { ChecklistSection, FindingText } from './ChecklistSection';
import { CopySummaryButton } from './CopySummaryButton';
import { DenialHelper } from './DenialHelper';
import { DoseCalculator } from './DoseCalculator';
import type { PopupClient } from './popup-client';
import { ProgressBar } from './ProgressBar';

interface Props {
  client: PopupClient;
  /** the tab the popup describes; null when it could not be found */
  tabId: number | null;
  /** the tab shows a page of the portal, whether or not the content script found a form on it */
  portalTab: boolean;
  today: IsoDate;
  /** every registered pack's docs, the base checks first: the calculators and appeal rules come from them */
  docs: readonly PackDocs[];
  /** after the page focused a field (the real popup closes so the page can take the focus) */
  onFieldFocused(): void;
  /** after the letters and follow-up opened beside the page (the real popup closes) */
  onPanelOpened?(): void;
}

export const NOT_SUPPORTED = "This tab is not a supported prior-authorization portal. PA Preflight checks Cigna's precertification form.";

export const NO_FORM = 'PA Preflight found no prior-authorization form on this page. Open the precertification request to check it.';

export const PANEL_FAILED = 'The letters and follow-up could not be opened: the browser refused.';

export const NOT_ON_PAGE = 'That field is not on the page now: go to the step of the form that has it.';

const findingKey = (f: Finding) => `${f.ruleId}|${f.field}|${f.message}`;

/** Findings that no checklist item shows (notes such as the JW advice), so none is hidden. */
function unlistedFindings(state: TabState): Finding[] {
  const report = state.report!;
  const listed = new Set(report.checklist.sections.flatMap((s) => s.items.flatMap((i) => i.findings.map(findingKey))));
  return report.findings.filter((f) => !listed.has(findingKey(f)));
}

export function PopupApp({ client, tabId, portalTab, today, docs, onFieldFocused, onPanelOpened }: Props) {
  const [state, setState] = useState<TabState | null>(null);
  // with no tab there is nothing to wait for
  const [loaded, setLoaded] = useState(tabId === null);
  const [focusNote, setFocusNote] = useState('');

  useEffect(() => {
    if (tabId === null) return;
    let live = true;
    const stop = client.onStateChange((changedTab, next) => {
      if (changedTab === tabId) setState(next);
    });
    client
      .getState(tabId)
      .then((initial) => live && setState((current) => current ?? initial))
      .finally(() => live && setLoaded(true));
    return () => {
      live = false;
      stop();
    };
  }, [client, tabId]);

  const tick = useCallback(
    (itemId: string, done: boolean) => {
      if (tabId === null) return;
      // shown at once; the background's answer (or change message) confirms it
      setState((current) => current && { ...current, manualTicks: { ...current.manualTicks, [itemId]: done } });
      client.setManual(tabId, itemId, done).then((next) => next && setState(next));
    },
    [client, tabId],
  );

  const focusField = useCallback(
    (field: string) => {
      if (tabId === null) return;
      setFocusNote('');
      client.focusField(tabId, field).then((focused) => {
        if (focused) onFieldFocused();
        else setFocusNote(NOT_ON_PAGE);
      });
    },
    [client, tabId, onFieldFocused],
  );

  const report = state?.report ?? null;
  return (
    <main className="popup">
      <h1>PA Preflight</h1>
      <p className="focus-note" role="status">
        {focusNote}
      </p>
      {!loaded ? (
        <p role="status">Reading this tab…</p>
      ) : report && state && report.fieldCount > 0 ? (
        <RequestView
          state={state}
          today={today}
          client={client}
          onFocusField={focusField}
          onTick={tick}
          onOpenPanel={() => {
            if (tabId === null) return;
            // straight from the click: opening a side panel needs the user's gesture
            client.openPanel(tabId).then((where) => {
              if (where === 'panel') onPanelOpened?.();
              if (where === null) setFocusNote(PANEL_FAILED);
            });
          }}
        />
      ) : report || portalTab ? (
        // a portal page without a form never loads the checks, so it has no report: the tab's
        // address says it is the portal
        <p className="not-supported" role="status">
          {NO_FORM}
        </p>
      ) : (
        <p className="not-supported" role="status">
          {NOT_SUPPORTED}
        </p>
      )}
      {loaded && <Tools report={report} docs={docs} today={today} />}
    </main>
  );
}

/** The calculators and deadlines for the report's drug and payer; shown once the report is read, so
 *  a calculator for another drug never flashes by. */
function Tools({ report, docs, today }: { report: TabReport | null; docs: readonly PackDocs[]; today: IsoDate }) {
  const { calculators, appeals } = toolsFor(report, docs);
  return (
    <>
      {calculators.map((c) => (
        <DoseCalculator key={c.packId} calculator={c.calculator} drug={c.drug} payer={c.payer} initialIndication={c.indication} />
      ))}
      {appeals.map((rules) => (
        <DenialHelper key={rules.payer} today={today} appeals={rules} />
      ))}
    </>
  );
}

interface RequestViewProps {
  state: TabState;
  today: IsoDate;
  client: PopupClient;
  onFocusField(field: string): void;
  onTick(itemId: string, done: boolean): void;
  onOpenPanel(): void;
}

function RequestView({ state, today, client, onFocusField, onTick, onOpenPanel }: RequestViewProps) {
  const report = state.report!;
  const checklist = applyManualTicks(report.checklist, state.manualTicks);
  const counts = countFindings(report.findings);
  const others = unlistedFindings(state);
  return (
    <section className="request" aria-labelledby="request-h">
      <h2 id="request-h">This request</h2>
      <p className="context">{contextLine(report)}</p>
      <ProgressBar done={checklist.done} total={checklist.total} label="Checklist progress" />
      <p className="counts" role="status">
        <span className={counts.errors > 0 ? 'count-error' : undefined}>{plural(counts.errors, 'error')}</span>,{' '}
        <span className={counts.warnings > 0 ? 'count-warning' : undefined}>{plural(counts.warnings, 'warning')}</span>,{' '}
        {plural(counts.notes, 'note')}
      </p>
      <p className="open-panel">
        <button type="button" onClick={onOpenPanel}>
          Open letter &amp; follow-up
        </button>
      </p>
      {checklist.sections.map((section) => (
        <ChecklistSection key={section.id} title={section.title} items={section.items} onFocusField={onFocusField} onTick={onTick} />
      ))}
      {others.length > 0 && (
        <section className="checklist-section" aria-labelledby="other-h">
          <h3 id="other-h">Other findings</h3>
          {others.map((finding, i) => (
            <FindingText key={`${findingKey(finding)}-${i}`} finding={finding} />
          ))}
        </section>
      )}
      <CopySummaryButton getText={() => buildSummary(state, today)} copy={(text) => client.copyText(text)} />
    </section>
  );
}
