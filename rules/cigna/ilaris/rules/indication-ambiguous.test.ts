import { describe, expect, it } from 'vitest';
import { runRule } from '@/rules/cigna/ilaris/test-utils';
import * as rule from './indication-ambiguous';

const dx = (codes: string[], indication?: string) => runRule(rule, { diagnosis: { codes, ...(indication ? { indication } : {}) } });

describe('indication-ambiguous', () => {
  it.each([
    [['M06.1'], undefined],
    [['M06.1'], "Still's disease"],
    [['M04.1'], 'TRAPS'],
    [['M04.1'], 'FMF'],
    [['M06.1', 'R50.9'], undefined],
    [[], 'Gout'],
    [['M08.211'], "Still's disease"],
    [['M08.20'], 'Still’s disease'],
  ])('passes %j chosen %s', (codes, indication) => {
    expect(dx(codes, indication)).toEqual([]);
  });

  it('notes that M04.1 alone is read as FMF (info)', () => {
    const [f] = dx(['M04.1']);
    expect(f?.severity).toBe('info');
    expect(f?.message).toContain('the checks assume familial Mediterranean fever (FMF)');
  });

  it.each([['M04.1 TRAPS'], ['M04.1 - Hyperimmunoglobulin D syndrome'], ['Mevalonate kinase deficiency (M04.1)']])(
    'takes the periodic fever syndrome typed beside M04.1 in %s, without a note',
    (typed) => expect(dx([typed])).toEqual([]),
  );

  it('still notes M04.1 read as FMF when the words beside it are its title, "Periodic fever syndromes"', () =>
    expect(dx(['M04.1 Periodic fever syndromes'])[0]?.severity).toBe('info'));

  it('warns when the chosen indication differs from the one typed beside the code', () =>
    expect(dx(['M04.1 TRAPS'], 'FMF')[0]?.severity).toBe('warning'));

  it('warns when codes point to two indications', () => {
    const [f] = dx(['M06.1', 'M10.9']);
    expect(f?.severity).toBe('warning');
    expect(f?.field).toBe('diagnosis.codes.1');
    expect(f?.message).toContain('point to different indications');
  });

  it('lets an M08.2- code decide that "Still\'s disease" for a 6-year-old is systemic JIA', () => {
    const raw = { diagnosis: { codes: ['M08.20'], indication: "Still's disease" }, patient: { dob: '03/01/2020' } };
    expect(runRule(rule, raw)).toEqual([]);
  });

  it('warns when the chosen indication does not match the code', () => {
    const [f] = dx(['M10.9'], "Still's disease");
    expect(f?.field).toBe('diagnosis.indication');
    expect(f?.message).toContain("does not match M10.9 (gout flares); Still's disease (adult-onset, AOSD) is coded M06.1");
  });
});
