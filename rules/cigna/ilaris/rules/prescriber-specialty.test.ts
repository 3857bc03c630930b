import { describe, expect, it } from 'vitest';
import { runRule } from '@/rules/cigna/ilaris/test-utils';
import * as rule from './prescriber-specialty';

const spec = (code: string, specialty: string) => runRule(rule, { diagnosis: { codes: [code] }, prescriber: { specialty } });

describe('prescriber-specialty', () => {
  it.each([
    ['M06.1', 'Rheumatology'],
    ['M08.20', 'Pediatric Rheumatologist'],
    ['M04.1', 'Nephrology'],
    ['M04.1', 'GI'],
    ['M04.2', 'Allergy & Immunology'],
    ['M04.2', 'Dermatologist'],
    ['M04.1', 'Heme/Onc'],
    ['M04.2', 'A/I'],
    ['M04.2', 'A & I'],
  ])('passes %s with %s', (code, specialty) => {
    expect(spec(code, specialty)).toEqual([]);
  });

  it("flags a family physician for Still's disease, saying the list is a proxy", () => {
    const [f] = spec('M06.1', 'Family Medicine');
    expect(f?.message).toContain('"Family Medicine" is not among the specialties');
    expect(f?.message).toContain('(rheumatology)');
    expect(f?.message).toContain('proxy criterion');
  });

  it('flags a dermatologist for FMF (dermatology is listed for CAPS only)', () => {
    expect(spec('M04.1', 'Dermatology')).toHaveLength(1);
  });

  it('reads "A/I" as allergy/immunology, not rheumatology: flagged for Still\'s disease', () => {
    expect(spec('M06.1', 'A/I')).toHaveLength(1);
  });

  it('skips without an indication', () => {
    expect(runRule(rule, { prescriber: { specialty: 'Podiatry' } })).toEqual([]);
  });
});
