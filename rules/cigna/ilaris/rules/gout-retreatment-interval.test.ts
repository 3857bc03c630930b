import { describe, expect, it } from 'vitest';
import type { RawForm } from '@/lib/form/schema';
import { runRule } from '@/rules/cigna/ilaris/test-utils';
import * as rule from './gout-retreatment-interval';

const retreat = (lastDoseDate: string, request: RawForm['request'] = { date: '11/20/2026' }, code = 'M10.9') =>
  runRule(rule, { diagnosis: { codes: [code] }, clinical: { lastDoseDate }, request });

describe('gout-retreatment-interval', () => {
  it.each([
    ['12 weeks exactly', '08/28/2026'],
    ['6 months before', '05/20/2026'],
  ])('passes %s', (_name, last) => {
    expect(retreat(last)).toEqual([]);
  });

  it('passes for other indications', () => {
    expect(retreat('11/01/2026', { date: '11/20/2026' }, 'M06.1')).toEqual([]);
  });

  it('flags a last dose 6 weeks before the request', () => {
    const [f] = retreat('10/09/2026');
    expect(f?.message).toBe(
      'Last dose "10/09/2026" is 42 days before the date of service; for gout flares the FDA label allows retreatment no sooner than 12 weeks (84 days).',
    );
  });

  it('takes the last dose from an earlier Ilaris row when no last-dose date is entered', () => {
    const [f] = runRule(rule, {
      diagnosis: { codes: ['M10.9'] },
      request: { date: '11/20/2026' },
      priorTherapies: [{ drug: 'Ilaris (canakinumab)', dose: '150 mg once', start: '10/09/2026', outcome: 'Flare resolved' }],
    });
    expect(f?.field).toBe('priorTherapies.0.start');
    expect(f?.message).toContain('42 days before the date of service');
  });

  describe('an earlier Ilaris row whose stop says it is still taken ("ongoing", "present")', () => {
    const ongoing = (clinical: RawForm['clinical'] = {}) =>
      runRule(rule, {
        diagnosis: { codes: ['M10.9'] },
        request: { date: '11/20/2026' },
        clinical,
        priorTherapies: [{ drug: 'Ilaris', dose: '150 mg', start: '03/01/2026', stop: 'ongoing', outcome: 'Flare resolved' }],
      });

    it('asks for the last-dose date: the gap cannot be measured', () => {
      const [f, ...rest] = ongoing();
      expect(rest).toEqual([]);
      expect(f?.field).toBe('clinical.lastDoseDate');
      expect(f?.message).toBe(
        'The earlier Ilaris course is entered as still taken ("ongoing"): enter the date of the last dose; for gout flares the FDA label allows retreatment no sooner than 12 weeks (84 days) after it.',
      );
    });

    it('measures from the last-dose date when it is entered', () => {
      expect(ongoing({ lastDoseDate: '07/20/2026' })).toEqual([]);
    });
  });

  it('passes an earlier Ilaris row 12 weeks or more before the request', () => {
    const raw = {
      diagnosis: { codes: ['M10.9'] },
      request: { date: '11/20/2026' },
      priorTherapies: [{ drug: 'Canakinumab', dose: '150 mg', start: '05/01/2026', stop: '05/01/2026', outcome: 'Good response' }],
    };
    expect(runRule(rule, raw)).toEqual([]);
  });

  describe('an earlier Ilaris row dated only by month', () => {
    const earlier = (start: string) =>
      runRule(rule, {
        diagnosis: { codes: ['M10.9'] },
        request: { date: '11/20/2026' },
        priorTherapies: [{ drug: 'Ilaris', dose: '150 mg once', start, outcome: 'Flare resolved' }],
      });

    it('flags it when even its first day is under 12 weeks before, saying "at most"', () => {
      expect(earlier('10/2026')[0]?.message).toBe(
        'The earlier Ilaris dose "10/2026" is at most 50 days before the date of service; for gout flares the FDA label allows retreatment no sooner than 12 weeks (84 days).',
      );
    });

    it('says nothing when some day of the month is 12 weeks before (08/2026: Aug 1 is 111 days)', () => {
      expect(earlier('08/2026')).toEqual([]);
    });

    it('says nothing for a year alone that may be long before', () => {
      expect(earlier('2026')).toEqual([]);
    });
  });

  it('measures to the date of service when given', () => {
    expect(retreat('10/09/2026', { date: '11/20/2026', serviceDate: '01/15/2027' })).toEqual([]);
  });
});
