import { describe, expect, it } from 'vitest';
import { emptyPaForm, normalizeForm } from '../form/normalize';
import { evaluate, RULE_FAILED } from './evaluate';
import { DEFAULT_SETTINGS } from './settings';
import type { FindingDraft, PolicyPack, Rule, RuleMeta } from './types';

const TODAY = '2026-11-22';

const meta = (id: string, fields: string[], severity: RuleMeta['severity'] = 'warning'): RuleMeta => ({
  id,
  severity,
  category: 'coding',
  description: id,
  fields,
  source: { title: 'test', confidence: 'H' },
});

const rule = (id: string, drafts: FindingDraft[], severity: RuleMeta['severity'] = 'warning'): Rule => ({
  meta: meta(id, drafts.map((d) => d.field), severity),
  check: () => drafts,
});

const pack = (rules: Rule[], extra: Partial<PolicyPack> = {}): PolicyPack => ({
  id: 'test',
  payer: 'Test',
  drug: 'Test',
  facts: {},
  rules,
  checklist: [],
  ...extra,
});

describe('evaluate', () => {
  it('turns a rule that throws into one rule-failed finding and still runs the others', () => {
    const broken: Rule = {
      meta: meta('broken', ['drug.units', 'drug.dose']),
      check: () => {
        throw new Error('boom');
      },
    };
    const fine = rule('fine', [{ field: 'drug.dose', message: 'dose message' }]);
    const result = evaluate(emptyPaForm(), { today: TODAY, policy: pack([broken, fine]) });
    expect(result.failedRules).toEqual(['broken']);
    const failed = result.findings.filter((f) => f.ruleId === RULE_FAILED);
    expect(failed).toHaveLength(1);
    expect(failed[0]?.field).toBe('drug.units');
    expect(failed[0]?.message).toContain('"broken" could not run: boom');
    expect(result.findings.some((f) => f.ruleId === 'fine')).toBe(true);
  });

  it('treats a rule that returns something other than a list as failed', () => {
    const odd = { meta: meta('odd', ['drug.units']), check: () => null as unknown as FindingDraft[] };
    expect(evaluate(emptyPaForm(), { today: TODAY, policy: pack([odd]) }).failedRules).toEqual(['odd']);
  });

  it('skips disabled rules and applies severity overrides', () => {
    const a = rule('a', [{ field: 'drug.units', message: 'a' }], 'error');
    const b = rule('b', [{ field: 'drug.dose', message: 'b' }], 'error');
    const { findings } = evaluate(emptyPaForm(), {
      today: TODAY,
      policy: pack([a, b]),
      settings: { disabledRules: ['a'], severityOverrides: { b: 'info' } },
    });
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['b', 'info']]);
  });

  it('keeps a per-finding severity unless the user overrides the rule', () => {
    const r = rule('r', [{ field: 'drug.ndc', message: 'm', severity: 'warning' }], 'error');
    expect(evaluate(emptyPaForm(), { today: TODAY, policy: pack([r]) }).findings[0]?.severity).toBe('warning');
  });

  it('sorts by severity, then by where the field sits on the form', () => {
    const r = rule('r', [
      { field: 'prescriber.npi', message: 'npi', severity: 'info' },
      { field: 'labs.crpValue', message: 'crp' },
      { field: 'priorTherapies.2.drug', message: 'row 3' },
      { field: 'priorTherapies.10.drug', message: 'row 11' },
      { field: 'drug.units', message: 'units', severity: 'error' },
      { field: 'patient.dob', message: 'dob' },
      { field: 'diagnosis.codes.1', message: 'code 2' },
      { field: 'diagnosis.codes.0', message: 'code 1' },
    ]);
    const { findings } = evaluate(emptyPaForm(), { today: TODAY, policy: pack([r]) });
    expect(findings.map((f) => f.message)).toEqual(['units', 'dob', 'code 1', 'code 2', 'crp', 'row 3', 'row 11', 'npi']);
  });

  it('is deterministic: the same input gives the same output', () => {
    const r = rule('r', [{ field: 'drug.units', message: 'x' }]);
    const opts = { today: TODAY, policy: pack([r]) };
    expect(evaluate(emptyPaForm(), opts)).toEqual(evaluate(emptyPaForm(), opts));
  });

  it('passes the chosen indication to rules when the pack has no inference', () => {
    let seen: unknown = 'unset';
    const spy: Rule = { meta: meta('spy', ['drug.units']), check: (_f, ctx) => ((seen = ctx.indication), []) };
    const form = normalizeForm({ diagnosis: { indication: 'gout' } });
    const result = evaluate(form, { today: TODAY, policy: pack([spy]) });
    expect(seen).toBe('GOUT');
    expect(result.indication).toBe('GOUT');
    expect(result.indicationCode).toBeNull();
  });

  it('fills settings the caller leaves out with the defaults', () => {
    let window = 0;
    const spy: Rule = {
      meta: meta('spy', ['drug.units']),
      check: (_f, ctx) => ((window = ctx.settings.crpWindowDays), []),
    };
    evaluate(emptyPaForm(), { today: TODAY, policy: pack([spy]), settings: { crpUlnMgL: 5 } });
    expect(window).toBe(DEFAULT_SETTINGS.crpWindowDays);
  });
});
