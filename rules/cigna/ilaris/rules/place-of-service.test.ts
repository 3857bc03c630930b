import { describe, expect, it } from 'vitest';
import { runRule } from '@/rules/cigna/ilaris/test-utils';
import * as rule from './place-of-service';

const pos = (text: string) => runRule(rule, { drug: { placeOfService: text } });

describe('place-of-service', () => {
  it.each(['11', '11 - Office', 'Office', '19', '22', 'POS 22'])('passes %s', (text) => {
    expect(pos(text)).toEqual([]);
  });

  it.each([
    ['12', '(code 12)'],
    ['Home', '(code 12)'],
    ['21', '(code 21)'],
  ])('flags %s', (text, code) => {
    const [f] = pos(text);
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain(code);
    expect(f?.message).toContain('11 office, 19 off-campus outpatient hospital, 22 on-campus outpatient hospital');
  });

  it.each(['Rheumatology clinic', 'Clinic', 'Hospital outpatient infusion'])(
    'passes %j: every code it may be (11, 19, 22) is one where Ilaris is given',
    (text) => expect(pos(text)).toEqual([]),
  );

  it.each([
    ['Infusion center', '49 (independent clinic)'],
    ['Hospital', '21 (inpatient hospital)'],
  ])('asks for the code of %j, which may be %s', (text, other) => {
    const [f, ...rest] = pos(text);
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain(other);
    expect(f?.message).toContain('enter the code');
  });
});
