import type { AppealRules } from './appeals';
import { drugTitle } from './engine/applicability';
import type { DoseCalculator, PackDocs } from './engine/pack-docs';
import type { Checklist, ChecklistItem, Finding, Indication } from './engine/types';
import type { TabReport } from './messages';
import { capitalize } from './words';

/** What the popup and the copied summary show of a tab's report, derived the same way for both. */

/** "Ilaris" or "Ilaris or Remicade": the drugs the packs check, by brand. */
const knownDrugs = (report: TabReport): string =>
  report.selection.known.map((d) => d.replace(/ \(.*\)$/, '')).join(' or ') || 'drug-specific';

/**
 * "Cigna · Ilaris (canakinumab) · Still's disease (adult-onset, AOSD), M06.1" when a pack applies;
 * "No Ilaris checks: this request is for Humira (adalimumab)" when none does.
 */
export function contextLine(report: TabReport): string {
  const { selection } = report;
  if (selection.status === 'none') {
    const read = selection.read ? `this request is for ${selection.read}` : 'the drug on this request is not one PA Preflight knows';
    return `No ${knownDrugs(report)} checks: ${read}. Only the checks for every drug ran.`;
  }
  if (selection.status === 'unknown') {
    return `${report.payer} · drug not known yet (enter the drug name, HCPCS or NDC): only the checks for every drug ran`;
  }
  const indication = report.indicationLabel
    ? capitalize(report.indicationLabel) + (report.indicationCode ? `, ${report.indicationCode}` : '')
    : 'indication not known yet (enter the diagnosis code)';
  const drug = selection.read ?? (selection.pack ? drugTitle(selection.pack.drug) : 'drug not read');
  return [report.payer, drug, indication].join(' · ');
}

/** A dose calculator the popup offers, named by the drug it doses. */
export interface CalculatorOffer {
  /** the pack it comes from */
  packId: string;
  /** "Ilaris (canakinumab)" */
  drug: string;
  payer: string;
  calculator: DoseCalculator;
  /** the indication to start on: the request's, when the request is for this drug */
  indication: Indication | null;
}

export interface PopupTools {
  calculators: CalculatorOffer[];
  appeals: AppealRules[];
}

const offer = (docs: PackDocs, calculator: DoseCalculator, indication: Indication | null): CalculatorOffer => ({
  packId: docs.manifest.id,
  drug: drugTitle(docs.manifest.drug),
  payer: docs.manifest.payer,
  calculator,
  indication,
});

/**
 * The tools the popup offers beside a report. A request for a pack's drug gets that pack's
 * calculator; a request for another drug gets none, so no dose of the wrong drug is shown; while
 * the drug is not known, or on a tab with no report, every pack's calculator is offered under its
 * drug's name. Appeal deadlines are the payer's: the applying pack's, else those of a pack for the
 * report's payer, else (no report) every payer's.
 */
export function toolsFor(report: TabReport | null, docs: readonly PackDocs[]): PopupTools {
  const everyCalculator = docs.flatMap((d) => (d.calculator ? [offer(d, d.calculator, null)] : []));
  if (!report) {
    const byPayer = new Map(docs.flatMap((d) => (d.appeals ? [[d.appeals.payer, d.appeals] as const] : [])));
    return { calculators: everyCalculator, appeals: [...byPayer.values()] };
  }
  const { selection } = report;
  const applying = selection.status === 'applies' ? docs.find((d) => d.manifest.id === selection.pack?.id) : undefined;
  const calculators =
    selection.status === 'unknown'
      ? everyCalculator
      : applying?.calculator
        ? [offer(applying, applying.calculator, report.indication)]
        : [];
  const appeals = applying?.appeals ?? docs.find((d) => d.appeals && d.manifest.payer === report.payer)?.appeals;
  return { calculators, appeals: appeals ? [appeals] : [] };
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

/**
 * The host permissions of a manifest, as match patterns: MV3 lists them in `host_permissions`,
 * MV2 (Firefox) among `permissions`, beside API names such as `storage`.
 */
export function hostPatterns(manifest: { host_permissions?: readonly string[]; permissions?: readonly string[] }): string[] {
  const patterns = [...(manifest.host_permissions ?? []), ...(manifest.permissions ?? [])];
  return patterns.filter((p) => p === '<all_urls>' || p.includes('://'));
}

/** What `*` stands for in a match pattern's scheme, and what `<all_urls>` covers. */
const WEB_SCHEMES = ['http:', 'https:', 'ws:', 'wss:'];
const PATTERN = /^(\*|[a-z][a-z0-9+.-]*):\/\/(\*|\*\.[^/*]+|[^/*]*)(\/.*)$/;

/** `*`, `*.example.org` (and example.org itself), a host (any port), or `host:port`. */
function hostMatches(u: URL, host: string): boolean {
  if (host === '*') return true;
  if (host.startsWith('*.')) return u.hostname === host.slice(2) || u.hostname.endsWith(host.slice(1));
  return host.includes(':') ? u.host === host : u.hostname === host;
}

/**
 * Whether a match pattern (`https://cignaforhcp.cigna.com/*`, `*://*.example.org/app/*`,
 * `<all_urls>`) covers `url`, as the browser reads host permissions: a host without a port
 * matches any port; `*.` covers the domain and its subdomains; `*` in the path matches any text,
 * query included. A malformed pattern or URL covers nothing.
 */
export function urlMatchesPattern(url: string, pattern: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (pattern === '<all_urls>') return [...WEB_SCHEMES, 'file:', 'ftp:'].includes(u.protocol);
  const m = PATTERN.exec(pattern);
  if (!m) return false;
  const [, scheme = '', host = '', path = ''] = m;
  if (scheme === '*' ? !WEB_SCHEMES.includes(u.protocol) : u.protocol !== `${scheme}:`) return false;
  if (!hostMatches(u, host)) return false;
  const glob = new RegExp(
    `^${path
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return glob.test(u.pathname + u.search);
}

/** Whether any of the patterns covers `url`. */
export const urlMatchesAny = (url: string, patterns: readonly string[]): boolean => patterns.some((p) => urlMatchesPattern(url, p));
