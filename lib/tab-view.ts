import type { Checklist, ChecklistItem, Finding } from './engine/types';
import type { TabReport } from './messages';
import { capitalize } from './words';
import { INDICATIONS } from '../rules/cigna/ilaris/facts';

/** What the popup and the copied summary show of a tab's report, derived the same way for both. */

/** "Cigna · Ilaris · Still's disease (adult-onset, AOSD), M06.1" */
export function contextLine(report: TabReport): string {
  const indication = report.indication
    ? capitalize(INDICATIONS[report.indication].label) + (report.indicationCode ? `, ${report.indicationCode}` : '')
    : 'indication not known yet (enter the diagnosis code)';
  return [report.payer, report.drug, indication].join(' · ');
}

/**
 * The checklist with the tab's manual ticks applied. Ticks are stored by the background and are
 * the truth for manual items, even before the content script has re-run the rules with them.
 */
export function applyManualTicks(checklist: Checklist, ticks: Record<string, boolean>): Checklist {
  const tick = (item: ChecklistItem): ChecklistItem =>
    item.status === 'manual-done' || item.status === 'manual-open'
      ? { ...item, status: ticks[item.id] === true ? 'manual-done' : 'manual-open' }
      : item;
  const sections = checklist.sections.map((section) => ({ ...section, items: section.items.map(tick) }));
  const items = sections.flatMap((s) => s.items);
  const done = items.filter((i) => i.status === 'done' || i.status === 'manual-done').length;
  return { sections, done, total: items.length };
}

export interface FindingCounts {
  errors: number;
  warnings: number;
  notes: number;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  return {
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    notes: findings.filter((f) => f.severity === 'info').length,
  };
}

/** Words for a status, so it never rests on colour alone. */
export const STATUS_TEXT: Record<ChecklistItem['status'], string> = {
  done: 'Done',
  problem: 'Problem',
  empty: 'Not yet filled',
  'manual-done': 'Done',
  'manual-open': 'To confirm',
};
