import { describe, expect, it } from 'vitest';
import { evaluate } from '@/lib/engine/evaluate';
import { normalizeForm } from '@/lib/form/normalize';
import { basePack } from '@/rules/base';
import { cignaIlarisPack } from '@/rules/cigna/ilaris';
import { ILARIS_SELECTED, STILLS_70KG } from '@/rules/cigna/ilaris/test-utils';
import { runBaseRule as runRule, TODAY } from '@/rules/base/test-utils';
import * as rule from './value-unreadable';

describe('value-unreadable', () => {
  it('passes the worked case, where everything reads', () => {
    expect(runRule(rule, STILLS_70KG)).toEqual([]);
  });

  it.each([
    ['labs.crpValue', { labs: { crpValue: 'two hundred' } }, 'in digits'],
    ['drug.dose', { drug: { dose: '2 80 mg' } }, 'space between digits'],
    ['drug.units', { drug: { units: '1,5' } }, 'decimal comma'],
    ['patient.weight', { patient: { weight: '70 mg' } }, 'the weight needs kg or lb'],
    ['labs.crpDate', { labs: { crpDate: '2/30/2025' } }, 'not a real date'],
    ['priorTherapies.0.start', { priorTherapies: [{ drug: 'MTX', start: '13/01/2025' }] }, 'not a month'],
  ])('flags %s', (path, raw, reason) => {
    // how a drug's dose and units are written is checked once its pack applies
    const [f] = runRule(rule, raw, { forIlaris: path.startsWith('drug.') });
    expect(f?.field).toBe(path);
    expect(f?.message).toContain(reason);
  });

  it('names a field whose key holds a number in words: "Flares past 12 months"', () => {
    const [f] = runRule(rule, { clinical: { flaresPast12Months: 'several' } });
    expect(f?.message).toMatch(/^Flares past 12 months: /);
  });

  it.each([
    ['a dose per kg', { drug: { name: 'Actemra', hcpcs: 'J3262', dose: '8 mg/kg' } }],
    ['a dose in units', { drug: { name: 'Botox', hcpcs: 'J0585', dose: '155 units' } }],
    ['a daily frequency', { drug: { name: 'Kineret', frequency: 'once daily' } }],
    ['an induction schedule', { drug: { name: 'Rituxan', frequency: 'Day 1 and Day 15' } }],
  ])('says nothing of %s on a request no drug pack checks', (_what, raw) => {
    expect(runRule(rule, raw)).toEqual([]);
  });

  it("speaks of the same dose once the drug's pack applies, which knows how its dose is written", () => {
    const [f] = runRule(rule, { drug: { dose: '4 mg/kg' } }, { forIlaris: true });
    expect(f?.field).toBe('drug.dose');
  });

  it('files each finding under its section', () => {
    const [lab] = runRule(rule, { labs: { crpDate: '2/30/2025' } });
    expect(lab?.category).toBe('labs');
    expect(lab?.message.startsWith('CRP date: ')).toBe(true);
  });

  it('leaves the NDC, NPI, date of birth and codes to their own rules', () => {
    const raw = { drug: { ndc: 'abc' }, prescriber: { npi: '12' }, patient: { dob: '2/30/2025' }, diagnosis: { codes: ['??'] } };
    expect(runRule(rule, raw)).toEqual([]);
  });

  it("warns, not errs, for a place that fits several codes when the drug's pack has no place-of-service rule", () => {
    const [f, ...rest] = runRule(rule, { drug: { placeOfService: 'Infusion center' } }, { forIlaris: true });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ field: 'drug.placeOfService', severity: 'warning' });
    expect(f?.message).toContain('enter the code');
  });

  it("leaves a place that fits several codes to the drug pack's place-of-service rule", () => {
    const findings = evaluate(normalizeForm({ ...STILLS_70KG, drug: { ...STILLS_70KG.drug, placeOfService: 'Rheumatology clinic' } }), {
      today: TODAY,
      base: { ...basePack, rules: [rule] },
      pack: cignaIlarisPack,
      selection: ILARIS_SELECTED,
    }).findings;
    expect(findings.filter((f) => f.field === 'drug.placeOfService')).toEqual([]);
  });

  it('still errs for a place it cannot read at all', () => {
    const [f] = runRule(rule, { drug: { placeOfService: 'Pharmacy' } }, { forIlaris: true });
    expect(f?.severity).toBe('error');
  });
});
