import type { TabReport } from '@/lib/messages';
import { countFindings } from '@/lib/tab-view';
import { plural } from '@/lib/words';

export interface Badge {
  text: string;
  /** background colour; the text colour is chosen for contrast against it */
  color: string;
  textColor: string;
  /** the toolbar button's tooltip: says in words what the colour says */
  title: string;
}

const RED = '#B3261E';
const AMBER = '#F2A900';
const shortCount = (count: number) => (count > 99 ? '99+' : String(count));

/** What the toolbar button shows for a tab: errors in red, else warnings in amber, else nothing. */
export function badgeFor(report: TabReport | null): Badge {
  // a page of the portal without a request form: nothing to count
  if (!report || report.fieldCount === 0) return { text: '', color: RED, textColor: '#FFFFFF', title: 'PA Preflight' };
  const { errors, warnings } = countFindings(report.findings);
  const counts = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
  if (errors > 0) return { text: shortCount(errors), color: RED, textColor: '#FFFFFF', title: `PA Preflight: ${counts}` };
  if (warnings > 0) {
    return { text: shortCount(warnings), color: AMBER, textColor: '#000000', title: `PA Preflight: ${counts}` };
  }
  return { text: '', color: RED, textColor: '#FFFFFF', title: 'PA Preflight: no errors or warnings' };
}
