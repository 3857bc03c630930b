import { describe, expect, it } from 'vitest';
import { sampleReport, SELECTIONS } from '@/test/unit/sample-tab-report';
import { buildSummary } from './summary';

describe('buildSummary', () => {
  it('lists context, progress, each item with its status, and every finding with its source', () => {
    const text = buildSummary({ report: sampleReport(), manualTicks: {} }, '2026-11-22');
    expect(text).toBe(
      [
        'PA Preflight summary (11/22/2026)',
        "Cigna · Ilaris (canakinumab) · Still's disease (adult-onset, AOSD), M06.1",
        'Checklist: 1 of 5 done. 1 error, 1 warning, 1 note.',
        '',
        'Patient information',
        '  [Done]            Cigna ID',
        '  [To confirm]      Active coverage confirmed',
        '',
        'Laboratory evidence',
        '  [Problem]         CRP with date',
        '',
        'Coding accuracy',
        '  [Problem]         J0638 units',
        '  [Not yet filled]  NDC',
        '',
        'Findings',
        '- ERROR 280 mg is 280 units of J0638 (1 unit = 1 mg); 1 unit entered. [units-equal-mg; FDA label (DailyMed), confidence H]',
        '- WARNING CRP collected 07/01/2026 is 120 days before the request; the window is 90 days. [crp-date-stale; FDA label (DailyMed), confidence H]',
        '- NOTE 20 mg discarded: bill JW with 20 units. [waste-modifier; FDA label (DailyMed), confidence H]',
      ].join('\n'),
    );
  });

  it('counts manual items ticked in the popup as done', () => {
    const text = buildSummary({ report: sampleReport(), manualTicks: { coverage: true } }, '2026-11-22');
    expect(text).toContain('Checklist: 2 of 5 done.');
    expect(text).toContain('[Done]            Active coverage confirmed');
  });

  it('marks findings whose threshold is a proxy', () => {
    const report = sampleReport();
    report.findings = [{ ...report.findings[0]!, source: { title: 'Criteria template', confidence: 'M', proxy: true } }];
    expect(buildSummary({ report, manualTicks: {} }, '2026-11-22')).toContain('[units-equal-mg; Criteria template, confidence M, proxy]');
  });

  it('says when no pack checks the drug of the request', () => {
    const report = sampleReport({ selection: SELECTIONS.humira, indication: null, indicationLabel: null, indicationCode: null });
    expect(buildSummary({ report, manualTicks: {} }, '2026-11-22').split('\n')[1]).toBe(
      'No Ilaris or Remicade checks: this request is for Humira (adalimumab). Only the checks for every drug ran.',
    );
  });

  it('says plainly when no form was read', () => {
    expect(buildSummary({ report: null, manualTicks: {} }, '2026-11-22')).toBe(
      'PA Preflight summary (11/22/2026)\nNo prior-authorization form was read in this tab.',
    );
  });
});
