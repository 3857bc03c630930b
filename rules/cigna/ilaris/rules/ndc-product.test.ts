import { describe, expect, it } from 'vitest';
import { runRule } from '@/rules/cigna/ilaris/test-utils';
import * as rule from './ndc-product';

const ndc = (text: string) => runRule(rule, { drug: { ndc: text } });

describe('ndc-product', () => {
  it.each(['00078-0734-61', '00078073461', '0078-0734-61', '0078073461', 'N400078073461', 'not an ndc'])(
    'passes %s (an Ilaris NDC, or one ndc-format reports)',
    (text) => {
      expect(ndc(text)).toEqual([]);
    },
  );

  it('flags an NDC of another product, quoting it once, offering the Ilaris NDC', () => {
    const [f] = ndc('00078-0123-45');
    expect(f?.severity).toBe('error');
    expect(f?.message).toBe('"00078-0123-45" is not an Ilaris NDC; Ilaris 150 mg/mL, 1 mL single-dose vial is 00078-0734-61.');
    expect(f?.fix?.value).toBe('00078-0734-61');
  });

  it('adds the 5-4-2 form only when it differs from what was typed', () => {
    expect(ndc('0078-0123-45')[0]?.message).toMatch(/^"0078-0123-45" \(00078-0123-45\) is not an Ilaris NDC/);
  });

  it('warns, not fails, on the unverified lyophilized NDC', () => {
    const [f] = ndc('00078-0582-61');
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('not verified');
  });

  it('flags unhyphenated 10 digits none of whose readings is Ilaris', () => {
    expect(ndc('1234567890')[0]?.message).toContain('01234-5678-90 or 12345-0678-90 or 12345-6789-00');
  });
});
