import { describe, expect, it } from 'vitest';
import { runBaseRule as runRule } from '@/rules/base/test-utils';
import { evaluateRequest } from '@/lib/engine/registry';
import { normalizeForm } from '@/lib/form/normalize';
import { ra, TODAY } from '@/rules/cigna/infliximab/test-utils';
import { REGISTRY } from '@/rules/registry';
import * as rule from './ndc-format';

const ndc = (text: string) => runRule(rule, { drug: { ndc: text } });

describe('ndc-format', () => {
  it.each(['00078-0734-61', '00078073461', 'N400078073461', '00078-0582-61', '12345-6789-01'])('passes %s', (text) => {
    expect(ndc(text)).toEqual([]);
  });

  it('notes a hyphenated 10-digit NDC (4-4-2), the form printed on the package, with its 5-4-2 form', () => {
    const [f] = ndc('0078-0734-61');
    expect(f?.severity).toBe('info');
    expect(f?.message).toBe('"0078-0734-61" is a 10-digit NDC (4-4-2); claims use the 11-digit 5-4-2 form 00078-0734-61.');
    expect(f?.fix).toEqual({ field: 'drug.ndc', value: '00078-0734-61', label: 'Use 00078-0734-61' });
  });

  it('picks the reading that is a known Ilaris NDC for unhyphenated 10 digits on an Ilaris request', () => {
    const [f] = runRule(rule, { drug: { ndc: '0078073461' } }, { forIlaris: true });
    expect(f?.message).toContain('read as 4-4-2 it is 00078-0734-61');
    expect(f?.fix?.value).toBe('00078-0734-61');
  });

  it.each([
    ['0069080901', '00069-0809-01, the Inflectra (infliximab-dyyb) NDC'],
    ['5789400301', '57894-0030-01, the Remicade (infliximab) NDC'],
    ['5789401601', '57894-0160-01, the infliximab (unbranded, Janssen) NDC'],
  ])('names the product %s is on an infliximab request, not the brand of the drug', async (text, said) => {
    const raw = ra({ drug: { name: 'infliximab', ndc: text } });
    const { findings } = await evaluateRequest(REGISTRY, normalizeForm(raw), { today: TODAY });
    const f = findings.find((x) => x.ruleId === 'ndc-format');
    expect(f?.message).toContain(`it is ${said}, in the 11-digit 5-4-2 form`);
  });

  it('lists the three readings, without a fix, when no drug pack applies', () => {
    const [f] = ndc('0078073461');
    expect(f?.message).toContain('so it could be 00078-0734-61');
    expect(f?.fix).toBeUndefined();
  });

  it('lists the three readings, without a fix, when none is an Ilaris NDC', () => {
    const [f] = ndc('1234567890');
    expect(f?.message).toContain('01234-5678-90, 12345-0678-90, 12345-6789-00');
    expect(f?.fix).toBeUndefined();
  });

  it.each(['0078-073461', '000780734', 'ABC-0734-61'])('flags a malformed NDC %s with the parser message', (text) => {
    const [f] = ndc(text);
    expect(f?.severity).toBe('error');
    expect(f?.message).toContain(`"${text}"`);
  });
});
