import type { Checked, Checklist, Finding, Indication, Selection, Settings } from './engine/types';

/**
 * What crosses extension contexts. Only the content script sees the page; it sends the
 * background a report per tab (findings and which fields are filled: derived data), which the
 * background completes with the checklist, holds in memory / storage.session and drops when
 * the tab closes. Nothing here is ever sent off the machine.
 */
export interface TabReport {
  /** which portal map matched ("cigna-precert", "cigna-fax", "heuristic") */
  portal: string;
  /** the portal's payer */
  payer: string;
  /** which drug the request is for and whether a pack applies */
  selection: Selection;
  /** the indication id of the pack that applies, e.g. "AOSD" */
  indication: Indication | null;
  /** its display name, e.g. "Still's disease (adult-onset, AOSD)" */
  indicationLabel: string | null;
  /** diagnosis code the indication came from, e.g. "M06.1" */
  indicationCode: string | null;
  findings: Finding[];
  checklist: Checklist;
  /** number of recognised request fields: on the page, or remembered from earlier wizard steps */
  fieldCount: number;
  /** rules that threw */
  failedRules: string[];
}

/**
 * The content script's report: a `TabReport` before what only people read (its checklist, the
 * indication's name, the choice of pack in words), with what the background builds them from
 * (entrypoints/background/report.ts): the drug pack whose rules ran, the rules that threw, the
 * fields that are filled, the drug fields typed.
 */
export type ContentReport = Omit<TabReport, 'checklist' | 'failedRules' | 'indicationLabel' | 'selection'> &
  Pick<Checked, 'selection' | 'checkedBy' | 'failed' | 'drugTyped'> & {
    /** the raw paths whose fields hold something (`filledPaths`) */
    filled: string[];
  };

export type ContentToBackground =
  | { type: 'report'; report: ContentReport }
  /** a different request started in the tab (new patient / form reset): forget manual ticks */
  | { type: 'new-request' }
  /** raw values typed on earlier wizard steps, kept for the tab in storage.session (never
   *  storage.local) until the tab closes or a new request starts */
  | { type: 'save-values'; values: Record<string, string> }
  /** reply: the values saved for the sender's tab, `{}` when none */
  | { type: 'load-values' };

export type PopupToBackground = { type: 'get-state'; tabId: number } | { type: 'set-manual'; tabId: number; itemId: string; done: boolean };

export type PopupToContent =
  | { type: 'focus-field'; field: string }
  | { type: 'get-report' }
  /** reply: the request's values (raw path → typed text) from the content script's memory, for
   *  the side panel's letters; they cross to the panel in memory and are never stored */
  | { type: 'get-letter-input' };

export interface TabState {
  report: TabReport | null;
  manualTicks: Record<string, boolean>;
}

/** Sent to open extension pages (the popup) whenever a tab's state changes. */
export type BackgroundToPopup = { type: 'state-changed'; tabId: number; state: TabState };

export const SETTINGS_KEY = 'settings';
export type { Settings };
