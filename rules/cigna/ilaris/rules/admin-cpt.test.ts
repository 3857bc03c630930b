import { describe, expect, it } from 'vitest';
import { runRule } from '@/rules/cigna/ilaris/test-utils';
import * as rule from './admin-cpt';

const cpt = (code: string) => runRule(rule, { drug: { adminCpt: code } });

describe('admin-cpt', () => {
  it.each(['96372', ' 96372 ', 'CPT 96372'])('passes %s', (code) => {
    expect(cpt(code)).toEqual([]);
  });

  it.each(['96365', '96413', 'J0638'])('flags %s with the fix to 96372', (code) => {
    const [f] = cpt(code);
    expect(f?.severity).toBe('error');
    expect(f?.message).toContain('CPT 96372 (therapeutic subcutaneous or intramuscular injection)');
    expect(f?.fix).toEqual({ field: 'drug.adminCpt', value: '96372', label: 'Set to 96372' });
  });

  it.each(['96401', 'CPT 96401'])('warns, not errs, on %s: the subcutaneous 964xx code is payer-dependent', (code) => {
    const found = cpt(code);
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe('warning');
    expect(found[0]?.message).toBe(
      "CPT 96401 (chemotherapy or highly complex drug/biologic administration, subcutaneous or intramuscular) is payer-dependent for Ilaris: some payers take it for a biologic, others only CPT 96372 (therapeutic subcutaneous or intramuscular injection); Cigna's rule is not confirmed. Use 96372 unless the plan asks for 96401.",
    );
    expect(found[0]?.fix).toEqual({ field: 'drug.adminCpt', value: '96372', label: 'Set to 96372' });
  });

  it('keeps an intravenous 964xx code (96413) an error, and says only 96401 of them is subcutaneous', () => {
    const [f] = cpt('96413');
    expect(f?.severity).toBe('error');
    expect(f?.message).toContain('only 96401 is subcutaneous, and payers differ on it');
  });
});
