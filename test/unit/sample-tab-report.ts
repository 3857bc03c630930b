import type { Finding, Selection, Severity } from '@/lib/engine/types';
import type { TabReport } from '@/lib/messages';
import { CIGNA_ILARIS } from '@/rules/cigna/ilaris/manifest';

/** A finding as the engine would report it, for popup/background tests. */
export function finding(ruleId: string, severity: Severity, field: string, message: string): Finding {
  return {
    ruleId,
    severity,
    category: 'coding',
    field,
    message,
    source: { title: 'FDA label (DailyMed)', confidence: 'H' },
  };
}

const unitsError = finding('units-equal-mg', 'error', 'drug.units', '280 mg is 280 units of J0638 (1 unit = 1 mg); 1 unit entered.');
const crpWarning = finding(
  'crp-date-stale',
  'warning',
  'labs.crpDate',
  'CRP collected 07/01/2026 is 120 days before the request; the window is 90 days.',
);
const wasteInfo = finding('waste-modifier', 'info', 'drug.modifiers', '20 mg discarded: bill JW with 20 units.');

const KNOWN = ['Ilaris (canakinumab)', 'Remicade (infliximab)'];

/** What the registry answers for a request for Ilaris, for Humira (no pack applies), and for no drug yet. */
export const SELECTIONS = {
  ilaris: { status: 'applies', pack: CIGNA_ILARIS, sure: true, read: 'Ilaris (canakinumab)', known: KNOWN },
  humira: { status: 'none', pack: null, sure: false, read: 'Humira (adalimumab)', known: KNOWN },
  unknown: { status: 'unknown', pack: null, sure: false, read: null, known: KNOWN },
} satisfies Record<string, Selection>;

/** The 70 kg Still's request half done: one error, one warning, one info, a manual item open. */
export function sampleReport(overrides: Partial<TabReport> = {}): TabReport {
  return {
    portal: 'cigna-precert',
    payer: 'Cigna',
    selection: SELECTIONS.ilaris,
    indication: 'AOSD',
    indicationLabel: "Still's disease (adult-onset, AOSD)",
    indicationCode: 'M06.1',
    findings: [unitsError, crpWarning, wasteInfo],
    checklist: {
      sections: [
        {
          id: 'patient',
          title: 'Patient information',
          items: [
            { id: 'member-id', label: 'Cigna ID', section: 'patient', status: 'done', findings: [], field: 'patient.memberId' },
            { id: 'coverage', label: 'Active coverage confirmed', section: 'patient', status: 'manual-open', findings: [] },
          ],
        },
        {
          id: 'labs',
          title: 'Laboratory evidence',
          items: [{ id: 'crp', label: 'CRP with date', section: 'labs', status: 'problem', findings: [crpWarning], field: 'labs.crpDate' }],
        },
        {
          id: 'coding',
          title: 'Coding accuracy',
          items: [
            { id: 'units', label: 'J0638 units', section: 'coding', status: 'problem', findings: [unitsError], field: 'drug.units' },
            { id: 'ndc', label: 'NDC', section: 'coding', status: 'empty', findings: [], field: 'drug.ndc' },
          ],
        },
      ],
      done: 1,
      total: 5,
    },
    fieldCount: 24,
    failedRules: [],
    ...overrides,
  };
}
