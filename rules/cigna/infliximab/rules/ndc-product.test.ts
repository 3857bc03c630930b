import { describe, expect, it } from 'vitest';
import { ra, runRule } from '@/rules/cigna/infliximab/test-utils';
import * as rule from './ndc-product';

const ndc = (value: string, name = 'Remicade', hcpcs = 'J1745') => runRule(rule, ra({ drug: { ndc: value, name, hcpcs } }));

describe('ndc-product', () => {
  it.each([
    ['57894-0030-01', 'Remicade', 'J1745'],
    ['57894-0160-01', 'infliximab', 'J1745'],
    ['00069-0809-01', 'Inflectra', 'Q5103'],
    ['0069-0809-01', 'Inflectra', 'Q5103'],
    ['78206-0162-01', 'Renflexis', 'Q5104'],
    ['55513-0670-01', 'Avsola', 'Q5121'],
    ['55513-0670-21', 'Avsola', 'Q5121'],
  ])('passes %s (%s)', (value, name, hcpcs) => {
    expect(ndc(value, name, hcpcs)).toEqual([]);
  });

  it('flags an NDC of another drug and, with Remicade named, offers its NDC', () => {
    const [f] = ndc('00078-0734-61');
    expect(f?.severity).toBe('error');
    expect(f?.message).toContain('is not an infliximab 100 mg vial NDC: Remicade 57894-0030-01');
    expect(f?.fix?.value).toBe('57894-0030-01');
  });

  it('quotes a typed 5-4-2 NDC once, and adds the 5-4-2 form of a 10-digit one', () => {
    expect(ndc('00078-0734-61')[0]?.message).toMatch(/^"00078-0734-61" is not/);
    expect(ndc('0078-0734-61')[0]?.message).toMatch(/^"0078-0734-61" \(00078-0734-61\) is not/);
  });

  it('offers no fix when J1745 alone cannot tell Remicade from the unbranded product', () => {
    expect(ndc('00078-0734-61', 'infliximab')[0]?.fix).toBeUndefined();
  });

  it('warns about an unlisted package of a known product', () => {
    const [f] = ndc('00069-0809-99', 'Inflectra', 'Q5103');
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('is a Inflectra (infliximab-dyyb) package the pack does not list');
  });
});
