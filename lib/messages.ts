import type { Checklist, Finding, Settings } from './engine/types';
import type { Indication } from './form/schema';

/**
 * What crosses extension contexts. Only the content script sees the page; it sends the
 * background a report per tab (findings + checklist: derived data, held in memory /
 * storage.session and dropped when the tab closes). Nothing here is ever sent off the machine.
 */
export interface TabReport {
  /** which portal map matched ("cigna-precert", "cigna-fax", "heuristic") */
  portal: string;
  payer: string;
  drug: string;
  indication: Indication | null;
  /** diagnosis code the indication came from, e.g. "M06.1" */
  indicationCode: string | null;
  findings: Finding[];
  checklist: Checklist;
  /** number of recognised form fields on the page */
  fieldCount: number;
  /** rules that threw */
  failedRules: string[];
}

export type ContentToBackground = { type: 'report'; report: TabReport };

export type PopupToBackground =
  | { type: 'get-state'; tabId: number }
  | { type: 'set-manual'; tabId: number; itemId: string; done: boolean };

export type BackgroundToContent = { type: 'manual-ticks'; ticks: Record<string, boolean> };

export type PopupToContent = { type: 'focus-field'; field: string } | { type: 'get-report' };

export interface TabState {
  report: TabReport | null;
  manualTicks: Record<string, boolean>;
}

export const SETTINGS_KEY = 'settings';
export type { Settings };
