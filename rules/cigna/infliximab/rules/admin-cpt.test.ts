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

  it('warns, not errs, on 96365 (payer-dependent)', () => {
    expect(cpt('96365')[0]?.severity).toBe('warning');
  });

  it('flags the add-on 96415 alone', () => {
    expect(cpt('96415')[0]?.message).toContain('add-on');
  });
});
