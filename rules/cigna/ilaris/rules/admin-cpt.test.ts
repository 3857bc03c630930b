import { describe, expect, it } from 'vitest';
import { runRule } from '../test-utils';
import * as rule from './admin-cpt';

const cpt = (code: string) => runRule(rule, { drug: { adminCpt: code } });

describe('admin-cpt', () => {
  it.each(['96372', ' 96372 ', 'CPT 96372'])('passes %s', (code) => {
    expect(cpt(code)).toEqual([]);
  });

  it.each(['96365', '96413', 'J0638'])('flags %s with the fix to 96372', (code) => {
    const [f] = cpt(code);
    expect(f?.message).toContain('CPT 96372 (therapeutic subcutaneous or intramuscular injection)');
    expect(f?.fix).toEqual({ field: 'drug.adminCpt', value: '96372', label: 'Set to 96372' });
  });
});
