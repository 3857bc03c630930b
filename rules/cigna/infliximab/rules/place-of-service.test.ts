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

  it.each(['Infusion center', 'Hospital outpatient infusion', 'Rheumatology clinic'])(
    'asks for the code of %j, a note (no warning on a usual place): hospital outpatient or not may matter to site-of-care review',
    (text) => {
      const [f, ...rest] = pos(text);
      expect(rest).toEqual([]);
      expect(f?.severity).toBe('info');
      expect(f?.message).toContain('enter the code');
      expect(f?.message).toContain('not checked here (no source yet)');
    },
  );
});
