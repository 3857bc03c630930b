import { describe, expect, it } from 'vitest';
import { sampleReport } from '../test/unit/sample-tab-report';
import { applyManualTicks, contextLine, countFindings } from './tab-view';

describe('contextLine', () => {
  it('names payer, drug, indication and the code it came from', () => {
    expect(contextLine(sampleReport())).toBe("Cigna · Ilaris · Still's disease (adult-onset, AOSD), M06.1");
  });

  it('capitalizes the indication and leaves the code out when there is none', () => {
    expect(contextLine(sampleReport({ indication: 'GOUT', indicationCode: null }))).toBe('Cigna · Ilaris · Gout flares');
  });

  it('says when the indication is not known yet', () => {
    expect(contextLine(sampleReport({ indication: null, indicationCode: null }))).toBe(
      'Cigna · Ilaris · indication not known yet (enter the diagnosis code)',
    );
  });
});

describe('applyManualTicks', () => {
  it('marks ticked manual items done and recounts', () => {
    const checklist = applyManualTicks(sampleReport().checklist, { coverage: true });
    expect(checklist.sections[0]!.items[1]!.status).toBe('manual-done');
    expect(checklist.done).toBe(2);
    expect(checklist.total).toBe(5);
  });

  it('unticks a manual item the report still shows as done', () => {
    const report = sampleReport();
    report.checklist.sections[0]!.items[1]!.status = 'manual-done';
    expect(applyManualTicks(report.checklist, {}).sections[0]!.items[1]!.status).toBe('manual-open');
  });

  it('leaves derived items alone even when a tick has their id', () => {
    const checklist = applyManualTicks(sampleReport().checklist, { units: true });
    expect(checklist.sections[2]!.items[0]!.status).toBe('problem');
  });
});

it('counts findings by severity', () => {
  expect(countFindings(sampleReport().findings)).toEqual({ errors: 1, warnings: 1, notes: 1 });
});
