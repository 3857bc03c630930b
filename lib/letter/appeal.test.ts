import { describe, expect, it } from 'vitest';
import { denialHelp, draftAppeal } from './appeal';
import { draftLetter } from './letter';
import { TEST_FULL, TEST_TEMPLATE, testFinding, testInput } from './test-utils';

const NO_DETAILS = { denialDate: null, reference: null };

describe('denial help', () => {
  it("splits the reason's facts into what the request shows and what it lacks", () => {
    const help = denialHelp(TEST_TEMPLATE, 'lab', testInput({ labs: { crpValue: '4.5', crpUnit: 'mg/dL' } }))!;
    expect(help.reason.label).toBe('Lab criterion not met');
    expect(help.present).toEqual(['Policy criteria met: - Criterion A: shown']);
    expect(help.missing).toEqual(['the date the CRP was drawn', "the lab's CRP reference range"]);
    expect(help.incomplete).toEqual([
      "Objective measures: C-reactive protein (CRP): 4.5 mg/dL on [[to add: the date the CRP was drawn]] (reference range [[to add: the lab's CRP reference range]])",
    ]);
    expect(help.open).toEqual([]);
  });

  it("lists the open findings of the reason's rules only, not notes", () => {
    const findings = [testFinding('rule-a', 'error'), testFinding('rule-b', 'warning'), testFinding('rule-a', 'info')];
    const help = denialHelp(TEST_TEMPLATE, 'lab', testInput(TEST_FULL, { findings }))!;
    expect(help.open.map((f) => `${f.ruleId}/${f.severity}`)).toEqual(['rule-a/error']);
    expect(help.missing).toEqual(['evidence that the request meets "Criterion A" (open: rule-a)']);
    const all = denialHelp(TEST_TEMPLATE, 'everything', testInput(TEST_FULL, { findings }))!;
    expect(all.open.map((f) => f.ruleId)).toEqual(['rule-a', 'rule-b']);
  });

  it('knows no reason the template does not give', () => {
    expect(denialHelp(TEST_TEMPLATE, 'nope', testInput(TEST_FULL))).toBeNull();
    expect(draftAppeal({ ...TEST_TEMPLATE, appeal: undefined }, 'lab', testInput(TEST_FULL), NO_DETAILS)).toBeNull();
  });
});

describe('appeal letter', () => {
  it('answers the denial, then gives the facts of its sections between the patient and the prescriber', () => {
    const draft = draftAppeal(TEST_TEMPLATE, 'lab', testInput(TEST_FULL), { denialDate: '2026-11-02', reference: ' PA-123 ' })!;
    expect(draft.sections.map((s) => s.id)).toEqual(['answer', 'patient', 'labs', 'criteria', 'prescriber']);
    expect(draft.text).toContain('----- Appeal of a prior authorization denial (draft) -----');
    expect(draft.text).toContain('To: Payer, appeals');
    expect(draft.text).toContain('Re: Appeal of the denial of Testdrug (testumab) for Jane Doe');
    expect(draft.text).toContain('Date of the denial: 11/02/2026\nReference number: PA-123\n');
    expect(draft.text).toContain('The denial gives as its reason: lab criterion not met.');
    expect(draft.text).toContain('WHY THE DENIAL SHOULD BE REVERSED\nLab on the request: 4.5 mg/dL');
    expect(draft.text).toContain('I ask that Payer reverse the denial and approve Testdrug (testumab) as requested.');
    expect(draft.text).toMatch(/Sincerely,\n\nDr\. Ann Lee, Rheumatology$/);
  });

  it('asks for the denial date and reference number when staff gave none', () => {
    const draft = draftAppeal(TEST_TEMPLATE, 'lab', testInput(TEST_FULL), { denialDate: null, reference: '  ' })!;
    expect(draft.text).toContain('Date of the denial: [[to add: the date on the denial letter]]');
    expect(draft.text).toContain("Reference number: [[to add: Payer's reference number for the request]]");
    expect(draft.missing).toContain('the date on the denial letter');
  });

  it('lists the open findings above it, like the letter', () => {
    const input = testInput(TEST_FULL, { findings: [testFinding('rule-a', 'error')] });
    const appeal = draftAppeal(TEST_TEMPLATE, 'everything', input, NO_DETAILS)!;
    const letter = draftLetter(TEST_TEMPLATE, input);
    expect(appeal.text.split('\n\n')[0]).toBe(letter.text.split('\n\n')[0]);
    expect(appeal.sections.map((s) => s.id)).toEqual(['answer', ...TEST_TEMPLATE.sections.map((s) => s.id)]);
  });

  it('never writes undefined, NaN or null for an empty request', () => {
    for (const reason of TEST_TEMPLATE.appeal!.reasons) {
      for (const indication of ['X', null]) {
        const draft = draftAppeal(
          TEST_TEMPLATE,
          reason.id,
          testInput({}, { indication, indicationLabel: null, indicationCode: null }),
          NO_DETAILS,
        )!;
        expect(draft.text).not.toMatch(/undefined|NaN|\bnull\b/);
        expect(draft.text).toContain("[[to add: patient's name]]");
      }
    }
  });
});
