import { describe, expect, it } from 'vitest';
import { runRule } from '@/rules/cigna/infliximab/test-utils';
import * as rule from './place-of-service';

const pos = (code: string) => runRule(rule, { drug: { name: 'Remicade', placeOfService: code } });

describe('place-of-service', () => {
  it.each(['11', '12', '19', '22', '49'])('passes %s', (code) => {
    expect(pos(code)).toEqual([]);
  });

  it('warns about 21 (inpatient hospital)', () => {
    expect(pos('21')[0]?.severity).toBe('warning');
  });
});
