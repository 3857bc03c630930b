import { describe, expect, it } from 'vitest';
import { runRule } from '@/rules/cigna/ilaris/test-utils';
import * as rule from './age-below-minimum';

const age = (code: string, dob: string, requestDate = '11/20/2026') =>
  runRule(rule, { diagnosis: { codes: [code] }, patient: { dob }, request: { date: requestDate } });

describe('age-below-minimum', () => {
  it.each([
    ['SJIA, 5 years', 'M08.20', '01/01/2021'],
    ['FMF, exactly 2 on the request date', 'M04.1', '11/20/2024'],
    ['CAPS, 4 years', 'M04.2', '11/01/2022'],
    ['gout, adult', 'M10.9', '05/05/1970'],
    ["Still's (AOSD), adult", 'M06.1', '03/14/1985'],
  ])('passes %s', (_name, code, dob) => {
    expect(age(code, dob)).toEqual([]);
  });

  it('warns (not errs) about a 1-year-old with FMF: the minimum of 2 is a proxy, the US label gives none', () => {
    const [f] = age('M04.1', '06/01/2025');
    expect(f?.severity).toBe('warning');
    expect(f?.message).toBe(
      'The patient (born "06/01/2025") is 1 year old on the request date; Ilaris for familial Mediterranean fever (FMF) starts at 2 years (Minimum age 2 for TRAPS, HIDS/MKD and FMF: criteria template and EU labelling (proxy; the US label gives no lower age)).',
    );
  });

  it('flags a 3-year-old with CAPS (label from 4 years)', () => {
    expect(age('M04.2', '01/01/2023')[0]?.message).toContain('starts at 4 years');
  });

  it('flags a 17-year-old for gout', () => {
    expect(age('M10.9', '01/01/2009')[0]?.message).toContain('starts at 18 years');
  });

  it('warns (low confidence) for adult-onset Still’s under 18 and points to the SJIA code', () => {
    const [f] = age('M06.1', '01/01/2014');
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('(M08.20)');
  });

  it('reads "Still\'s disease" with an M08.2- code for a 6-year-old as systemic JIA: no age finding', () => {
    const raw = {
      diagnosis: { codes: ['M08.211'], indication: "Still's disease" },
      patient: { dob: '03/01/2020' },
      request: { date: '11/20/2026' },
    };
    expect(runRule(rule, raw)).toEqual([]);
  });

  it('reads "Still\'s disease" without a code for a child under 16 as systemic JIA: no age finding', () => {
    const raw = { diagnosis: { indication: "Still's disease" }, patient: { dob: '03/01/2020' }, request: { date: '11/20/2026' } };
    expect(runRule(rule, raw)).toEqual([]);
  });

  it('reads "Still\'s disease" without a code or request date for a child under 16 as systemic JIA (age on today)', () => {
    expect(runRule(rule, { diagnosis: { indication: "Still's disease" }, patient: { dob: '03/01/2020' } })).toEqual([]);
  });

  it('lets the M06.1 code decide "Still\'s disease" is adult-onset for a 10-year-old (warning)', () => {
    const raw = {
      diagnosis: { codes: ['M06.1'], indication: "Still's disease" },
      patient: { dob: '01/01/2016' },
      request: { date: '11/20/2026' },
    };
    expect(runRule(rule, raw)[0]?.severity).toBe('warning');
  });

  it('keeps the adult-onset policy warning for "Still\'s disease" without a code at 17', () => {
    const raw = { diagnosis: { indication: "Still's disease" }, patient: { dob: '01/01/2009' }, request: { date: '11/20/2026' } };
    expect(runRule(rule, raw)[0]?.message).toContain('some Cigna policy versions require 18');
  });

  it('computes age on the request date, not today', () => {
    expect(age('M04.1', '11/21/2024', '11/20/2026')).toHaveLength(1);
  });
});
