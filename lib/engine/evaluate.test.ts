import { describe, expect, it } from 'vitest';
import { emptyPaForm, normalizeForm } from '@/lib/form/normalize';
import type { RawForm } from '@/lib/form/schema';
import { selectPack } from './applicability';
import { evaluate, RULE_FAILED } from './evaluate';
import type { FindingDraft, PackManifest, PolicyPack, Rule, RuleMeta, Selection } from './types';

const TODAY = '2026-11-22';

const meta = (id: string, fields: string[], severity: RuleMeta['severity'] = 'warning'): RuleMeta => ({
  id,
  severity,
  category: 'coding',
  fields,
  source: { title: 'test', confidence: 'H' },
});

const rule = (id: string, drafts: FindingDraft[], severity: RuleMeta['severity'] = 'warning'): Rule => ({
  meta: meta(
    id,
    drafts.map((d) => d.field),
    severity,
  ),
  check: () => drafts,
});

const ZYLO: PackManifest = {
  id: 'test-zylo',
  payer: 'Test',
  drug: { brand: 'Zylo', generic: 'zylomab', hcpcs: ['J9991'], ndcProducts: ['123450678'] },
};

const pack = (rules: Rule[], extra: Partial<PolicyPack> = {}): PolicyPack => ({
  manifest: ZYLO,
  rules,
  checklist: [],
  ...extra,
});

const base = (rules: Rule[] = []): PolicyPack => ({
  manifest: { id: 'base', payer: 'any', drug: { brand: 'any', generic: 'any', hcpcs: [], ndcProducts: [] } },
  rules,
  checklist: [],
});

const APPLIES: Selection = { status: 'applies', pack: ZYLO, sure: true, read: 'Zylo (zylomab)', known: ['Zylo (zylomab)'] };

/** The rules as a drug pack that applies, the base checks empty. */
const run = (rules: Rule[], extra: Partial<PolicyPack> = {}, form = emptyPaForm()) =>
  evaluate(form, { today: TODAY, base: base(), pack: pack(rules, extra), selection: APPLIES });

const identity = { unclassifiedHcpcs: ['J3590'] };
const select = (raw: RawForm) => selectPack(normalizeForm(raw), [ZYLO], identity);

describe('evaluate', () => {
  it('turns a rule that throws into one rule-failed finding and still runs the others', () => {
    const broken: Rule = {
      meta: meta('broken', ['drug.units', 'drug.dose']),
      check: () => {
        throw new Error('boom');
      },
    };
    const fine = rule('fine', [{ field: 'drug.dose', message: 'dose message' }]);
    const result = run([broken, fine]);
    expect(result.failedRules).toEqual(['broken']);
    const failed = result.findings.filter((f) => f.ruleId === RULE_FAILED);
    expect(failed).toHaveLength(1);
    expect(failed[0]?.field).toBe('drug.units');
    expect(failed[0]?.message).toContain('"broken" could not run: boom');
    expect(result.findings.some((f) => f.ruleId === 'fine')).toBe(true);
  });

  it('treats a rule that returns something other than a list as failed', () => {
    const odd = { meta: meta('odd', ['drug.units']), check: () => null as unknown as FindingDraft[] };
    expect(run([odd]).failedRules).toEqual(['odd']);
  });

  it("skips disabled rules and applies severity overrides, keyed by the rule's pack", () => {
    const a = rule('a', [{ field: 'drug.units', message: 'a' }], 'error');
    const b = rule('b', [{ field: 'drug.dose', message: 'b' }], 'error');
    const c = rule('c', [{ field: 'drug.name', message: 'c' }], 'error');
    const { findings } = evaluate(emptyPaForm(), {
      today: TODAY,
      base: base([c]),
      pack: pack([a, b]),
      selection: APPLIES,
      // `base/a` names no rule of the base pack: the pack's `a` still runs
      settings: { disabledRules: ['test-zylo/a', 'base/c'], severityOverrides: { 'test-zylo/b': 'info', 'base/a': 'error' } },
    });
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['b', 'info']]);
  });

  it('keeps a per-finding severity unless the user overrides the rule', () => {
    const r = rule('r', [{ field: 'drug.ndc', message: 'm', severity: 'warning' }], 'error');
    expect(run([r]).findings[0]?.severity).toBe('warning');
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
    expect(run([r]).findings.map((f) => f.message)).toEqual(['units', 'dob', 'code 1', 'code 2', 'crp', 'row 3', 'row 11', 'npi']);
  });

  it('is deterministic: the same input gives the same output', () => {
    const r = rule('r', [{ field: 'drug.units', message: 'x' }]);
    expect(run([r])).toEqual(run([r]));
  });

  it('passes the chosen indication, as typed, to rules when the pack has no inference', () => {
    let seen: unknown = 'unset';
    const spy: Rule = { meta: meta('spy', ['drug.units']), check: (_f, ctx) => ((seen = ctx.indication), []) };
    const result = run([spy], {}, normalizeForm({ diagnosis: { indication: 'gout' } }));
    expect(seen).toBe('gout');
    expect([result.indication, result.indicationLabel, result.indicationCode]).toEqual(['gout', 'gout', null]);
  });

  it("gives each pack its own values, the pack's default where the stored one is missing or out of range", () => {
    const seen: unknown[] = [];
    const spy: Rule = { meta: meta('spy', ['drug.units']), check: (_f, ctx) => (seen.push({ ...ctx.values }), []) };
    const settings = [{ name: 'windowDays', default: 90, min: 1, max: 730, integer: true }];
    const once = (values: Record<string, number | null>) =>
      evaluate(emptyPaForm(), { today: TODAY, base: base(), pack: pack([spy], { settings }), selection: APPLIES, settings: { values } });
    once({});
    once({ 'test-zylo/windowDays': 30 });
    once({ 'test-zylo/windowDays': 5000 });
    once({ 'other-pack/windowDays': 30 });
    expect(seen).toEqual([{ windowDays: 90 }, { windowDays: 30 }, { windowDays: 90 }, { windowDays: 90 }]);
  });
});

describe('evaluate with a pack that does not apply', () => {
  const drugRule = rule('drug-rule', [{ field: 'drug.units', message: 'pack speaks' }], 'error');
  const baseRule = rule('base-rule', [{ field: 'prescriber.npi', message: 'base speaks' }], 'error');
  const evaluateFor = (raw: RawForm) => {
    const form = normalizeForm(raw);
    return evaluate(form, { today: TODAY, base: base([baseRule]), pack: pack([drugRule]), selection: select(raw) });
  };

  it.each([
    ['another drug by name', { drug: { name: 'Humira' } }],
    ['another HCPCS code', { drug: { hcpcs: 'J0135' } }],
    ['no drug yet', {}],
  ])('runs only the base checks for %s', (_name, raw) => {
    expect(evaluateFor(raw).findings.map((f) => f.message)).toEqual(['base speaks']);
  });

  it('runs both for the pack’s drug', () => {
    expect(evaluateFor({ drug: { name: 'zylomab 40 mg' } }).findings.map((f) => f.message)).toEqual(['pack speaks', 'base speaks']);
  });
});

describe('fixes on the drug identity fields', () => {
  const setHcpcs = rule('set-hcpcs', [
    { field: 'drug.hcpcs', message: 'Zylo is billed as J9991.', fix: { field: 'drug.hcpcs', value: 'J9991', label: 'Set to J9991' } },
  ]);
  const evaluateFor = (raw: RawForm, rules: Rule[], baseRules: Rule[] = []) =>
    evaluate(normalizeForm(raw), { today: TODAY, base: base(baseRules), pack: pack(rules), selection: select(raw) });

  it('are kept when the pack is sure (its name with an unclassified code)', () => {
    const [f] = evaluateFor({ drug: { name: 'Zylo', hcpcs: 'J3590' } }, [setHcpcs]).findings;
    expect(f?.fix?.value).toBe('J9991');
  });

  it('are dropped, with a word on what to check, when the drug fields name different drugs', () => {
    const [f] = evaluateFor({ drug: { name: 'Zylo', hcpcs: 'J0135' } }, [setHcpcs]).findings;
    expect(f?.fix).toBeUndefined();
    expect(f?.message).toBe('Zylo is billed as J9991. The drug fields name different drugs: check which drug this request is for.');
  });

  it('keep a base fix that writes the same NDC product in the 11-digit form, for any drug', () => {
    const toEleven = rule('to-eleven', [
      { field: 'drug.ndc', message: 'use 11 digits', fix: { field: 'drug.ndc', value: '00074-0554-02', label: 'Use' } },
    ]);
    const [f] = evaluateFor({ drug: { name: 'Humira', ndc: '0074-0554-02' } }, [], [toEleven]).findings;
    expect(f?.fix?.value).toBe('00074-0554-02');
  });

  it('drop a base fix that would write another NDC product', () => {
    const other = rule('other', [
      { field: 'drug.ndc', message: 'use this', fix: { field: 'drug.ndc', value: '12345-0678-90', label: 'Use' } },
    ]);
    expect(evaluateFor({ drug: { name: 'Humira', ndc: '0074-0554-02' } }, [], [other]).findings[0]?.fix).toBeUndefined();
  });
});
