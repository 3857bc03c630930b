import { describe, expect, it } from 'vitest';
import { peerToPeerSummary } from './peer-to-peer';
import { TEST_FULL, TEST_TEMPLATE, testFinding, testInput } from './test-utils';

describe('peer-to-peer summary', () => {
  it('gives the key facts section by section, without the monitoring fill-in', () => {
    const summary = peerToPeerSummary(TEST_TEMPLATE, testInput(TEST_FULL));
    expect(summary.text.split('\n').slice(0, 3)).toEqual([
      'Peer-to-peer review: key facts (draft)',
      'Testdrug (testumab) · Payer · prepared 11/22/2026',
      'Indication: Disease X (M06.1)',
    ]);
    expect(summary.text).toContain('PATIENT\nName: Jane Doe\nDate of birth: 03/14/1985\nMember ID: U1');
    expect(summary.text).toContain('C-reactive protein (CRP): 4.5 mg/dL on 10/01/2026 (reference range <0.5 mg/dL)');
    expect(summary.text).toContain('1. Prednisone, 20 mg daily, from 01/05/2026 to 04/01/2026; outcome: Inadequate response');
    expect(summary.text).not.toContain('MONITORING PLAN');
    expect(summary.missing).toEqual([]);
    expect(summary.text).toMatch(/TO HAVE AT HAND FOR THE CALL\nNothing missing on the request\.$/);
  });

  it('ends with each fact the request lacks, and shows the open findings at the top', () => {
    const summary = peerToPeerSummary(
      TEST_TEMPLATE,
      testInput(
        { patient: { name: 'Jane Doe' } },
        { findings: [testFinding('rule-a', 'warning')], indicationLabel: null, indicationCode: null },
      ),
    );
    expect(summary.text).toContain('Indication: not read from the request');
    expect(summary.text).toContain('Fix the form first: 0 errors, 1 warning still open.');
    expect(summary.missing).toContain("patient's date of birth");
    expect(summary.text).toContain(`${summary.missing.length} facts the request lacks:\n- `);
    expect(summary.text).toContain("\n- patient's date of birth\n");
    expect(summary.text).not.toMatch(/undefined|NaN|\bnull\b/);
  });
});
