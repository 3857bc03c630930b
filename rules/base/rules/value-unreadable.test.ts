import { describe, expect, it } from 'vitest';
import { STILLS_70KG } from '@/rules/cigna/ilaris/test-utils';
import { runBaseRule as runRule } from '@/rules/base/test-utils';
import * as rule from './value-unreadable';

describe('value-unreadable', () => {
  it('passes the worked case, where everything reads', () => {
    expect(runRule(rule, STILLS_70KG)).toEqual([]);
  });

  it.each([
    ['drug.dose', { drug: { dose: 'two hundred' } }, 'in digits'],
    ['drug.dose', { drug: { dose: '2 80 mg' } }, 'space between digits'],
    ['drug.units', { drug: { units: '1,5' } }, 'decimal comma'],
    ['patient.weight', { patient: { weight: '70 mg' } }, 'the weight needs kg or lb'],
    ['labs.crpDate', { labs: { crpDate: '2/30/2025' } }, 'not a real date'],
    ['priorTherapies.0.start', { priorTherapies: [{ drug: 'MTX', start: '13/01/2025' }] }, 'not a month'],
  ])('flags %s', (path, raw, reason) => {
    const [f] = runRule(rule, raw);
    expect(f?.field).toBe(path);
    expect(f?.message).toContain(reason);
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
});
