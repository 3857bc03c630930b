import type { Finding } from './engine/types';
import type { IsoDate } from './form/schema';
import type { TabState } from './messages';
import { formatUsDate } from './parse/date';
import { applyManualTicks, contextLine, countFindings, STATUS_TEXT } from './tab-view';
import { plural } from './words';

/**
 * The plain-text pre-submission summary the popup copies on request: what was detected, the
 * checklist with each item's status, and every finding with its rule and source, so it can be
 * pasted into a note or handed to a colleague. It quotes what staff typed (findings do), which is
 * why it is only ever written to the clipboard on an explicit click.
 */

const SEVERITY_TEXT: Record<Finding['severity'], string> = { error: 'ERROR', warning: 'WARNING', info: 'NOTE' };

function findingLine(f: Finding): string {
  const proxy = f.source.proxy ? ', proxy' : '';
  return `- ${SEVERITY_TEXT[f.severity]} ${f.message} [${f.ruleId}; ${f.source.title}, confidence ${f.source.confidence}${proxy}]`;
}

export function buildSummary(state: TabState, checkedOn: IsoDate): string {
  const { report } = state;
  if (!report) return `PA Preflight summary (${formatUsDate(checkedOn)})\nNo prior-authorization form was read in this tab.`;

  const checklist = applyManualTicks(report.checklist, state.manualTicks);
  const counts = countFindings(report.findings);
  const tag = (status: keyof typeof STATUS_TEXT) => `[${STATUS_TEXT[status]}]`;
  const width = Math.max(...Object.keys(STATUS_TEXT).map((s) => tag(s as keyof typeof STATUS_TEXT).length));
  const lines = [
    `PA Preflight summary (${formatUsDate(checkedOn)})`,
    contextLine(report),
    `Checklist: ${checklist.done} of ${checklist.total} done. ` +
      `${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.notes, 'note')}.`,
  ];
  for (const section of checklist.sections) {
    lines.push('', section.title);
    for (const item of section.items) lines.push(`  ${tag(item.status).padEnd(width)}  ${item.label}`);
  }
  if (report.findings.length > 0) {
    lines.push('', 'Findings');
    lines.push(...report.findings.map(findingLine));
  }
  return lines.join('\n');
}
