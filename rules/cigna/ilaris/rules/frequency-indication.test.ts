import { describe, expect, it } from 'vitest';
import { runRule } from '@/rules/cigna/ilaris/test-utils';
import * as rule from './frequency-indication';

const freq = (code: string, frequency: string) => runRule(rule, { diagnosis: { codes: [code] }, drug: { frequency } });

describe('frequency-indication', () => {
  it.each([
    ['M06.1', 'Every 4 weeks'],
    ['M06.1', 'q4w'],
    ['M06.1', 'monthly'],
    ['M04.2', 'every 8 weeks'],
    ['M04.1', 'every 28 days'],
    ['M10.9', 'once'],
    ['M10.9', 'every 12 weeks'],
  ])('passes %s %s', (code, f) => {
    expect(freq(code, f)).toEqual([]);
  });

  it('passes "every 2 months" for CAPS as it passes "monthly" for every 4 weeks: months are read as 30 days', () => {
    expect([freq('M04.2', 'every 2 months'), freq('M04.2', 'q2 months'), freq('M06.1', 'monthly')].map((f) => f.length)).toEqual([0, 0, 0]);
  });

  it('still flags every 9 weeks for CAPS (every 8 weeks)', () => {
    expect(freq('M04.2', 'every 9 weeks')[0]?.fix?.value).toBe('Every 8 weeks');
  });

  it("flags another drug's daily schedule on an Ilaris request, saying the label's interval", () => {
    const [f] = freq('M06.1', 'once daily');
    expect(f?.message).toBe(`"once daily" does not match the FDA label for Still's disease (adult-onset, AOSD): every 4 weeks.`);
  });

  it("flags every 8 weeks for Still's disease, with the fix", () => {
    const [f] = freq('M06.1', 'every 8 weeks');
    expect(f?.message).toBe(`"every 8 weeks" does not match the FDA label for Still's disease (adult-onset, AOSD): every 4 weeks.`);
    expect(f?.fix).toEqual({ field: 'drug.frequency', value: 'Every 4 weeks', label: 'Set to every 4 weeks' });
  });

  it("flags the patient guides' every 8 weeks for FMF and says why", () => {
    expect(freq('M04.1', 'every 8 weeks')[0]?.message).toContain('some patient guides say every 8 weeks');
  });

  it('flags every 4 weeks for CAPS', () => {
    expect(freq('M04.2', 'every 4 weeks')[0]?.fix?.value).toBe('Every 8 weeks');
  });

  it('flags gout dosing more often than 12 weeks', () => {
    expect(freq('M10.9', 'every 4 weeks')[0]?.message).toContain('no sooner than 12 weeks');
  });

  it.each([
    ['M04.2', '0, 2, 6 weeks then every 8 weeks', 'every 8 weeks', 'Every 8 weeks'],
    ['M06.1', 'Weeks 0, 2 and 6, then every 4 weeks', 'every 4 weeks', 'Every 4 weeks'],
    ['M10.9', 'every 12 weeks after induction', 'once per flare', 'Once'],
  ])('says Ilaris has no induction for %s %j, even at the label interval, with the fix', (code, frequency, interval, value) => {
    const [f, ...rest] = freq(code, frequency);
    expect(rest).toEqual([]);
    expect(f?.message).toMatch(/starts with induction doses; the FDA label gives Ilaris for .* no induction or loading doses: /);
    expect(f?.message).toContain(`: ${interval}.`);
    expect(f?.message).not.toMatch(/NaN|undefined/);
    expect(f?.fix?.value).toBe(value);
  });

  it('reads "every 8 weeks maintenance" for CAPS as every 8 weeks', () => {
    expect(freq('M04.2', 'every 8 weeks maintenance')).toEqual([]);
  });

  it.each(['once per flare', 'PRN for flares', 'one-time dose'])('passes gout dosed %j: the label gives one dose per flare', (f) => {
    expect(freq('M10.9', f)).toEqual([]);
  });

  it('warns, with the fix, when an indication dosed on a schedule is given as needed', () => {
    const [f, ...rest] = freq('M04.2', 'PRN for flares');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('warning');
    expect(f?.message).toBe(
      '"PRN for flares" is a single or as-needed dose; the FDA label gives Ilaris for CAPS (FCAS, MWS) every 8 weeks.',
    );
    expect(f?.fix?.value).toBe('Every 8 weeks');
  });

  it('skips without an indication', () => {
    expect(runRule(rule, { drug: { frequency: 'every 2 weeks' } })).toEqual([]);
  });
});
