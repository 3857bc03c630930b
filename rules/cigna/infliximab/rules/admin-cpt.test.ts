import { describe, expect, it } from 'vitest';
import { runRule } from '@/rules/cigna/infliximab/test-utils';
import * as rule from './admin-cpt';

const cpt = (code: string) => runRule(rule, { drug: { name: 'Remicade', adminCpt: code } });

describe('admin-cpt', () => {
  it.each(['96413', 'CPT 96413', '96413, 96415 x2'])('passes %s', (code) => {
    expect(cpt(code)).toEqual([]);
  });

  it('flags 96372, an injection code, for an infusion, with the fix to 96413', () => {
    const [f] = cpt('96372');
    expect(f?.severity).toBe('error');
    expect(f?.message).toBe(
      'CPT 96372 is a therapeutic subcutaneous or intramuscular injection; infliximab is an intravenous infusion: CPT 96413 (chemotherapy or highly complex drug/biologic administration, intravenous infusion, up to 1 hour), +96415 each additional hour.',
    );
    expect(f?.fix).toEqual({ field: 'drug.adminCpt', value: '96413', label: 'Set to 96413' });
  });

  it.each(['96365', '96365, 96366 x2', '96366'])(
    'gives %s, the payer-dependent therapeutic infusion code, an info note without a fix, saying Cigna is not confirmed',
    (code) => {
      const found = cpt(code);
      expect(found).toHaveLength(1);
      expect(found[0]?.severity).toBe('info');
      expect(found[0]?.fix).toBeUndefined();
      expect(found[0]?.message).toContain("On Cigna's commercial plans infliximab is commonly billed with CPT 96413");
      expect(found[0]?.message).toContain("not confirmed in Cigna's own text");
    },
  );

  it('keeps the error and the fix for another code', () => {
    const [f] = cpt('96374');
    expect(f?.severity).toBe('error');
    expect(f?.fix?.value).toBe('96413');
  });

  it('flags the add-on 96415 alone', () => {
    expect(cpt('96415')[0]?.message).toContain('add-on');
  });
});
