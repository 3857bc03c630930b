import { describe, expect, it } from 'vitest';
import { runRule } from '@/rules/cigna/ilaris/test-utils';
import * as rule from './waste-modifier';

const waste = (dose: string, modifiers = '') => runRule(rule, { drug: { dose, modifiers } });

describe('waste-modifier', () => {
  it.each([
    ['280 mg', 'JW'],
    ['150 mg', 'JZ'],
    ['300 mg', 'jz'],
    ['', ''],
  ])('passes %s with %s', (dose, mods) => {
    expect(waste(dose, mods)).toEqual([]);
  });

  it('advises JW with 20 units for 280 mg from two vials', () => {
    const [f] = waste('280 mg');
    expect(f?.severity).toBe('info');
    expect(f?.message).toContain('2 vials of 150 mg hold 300 mg and 280 mg is given, so 20 mg is discarded');
    expect(f?.message).toContain('modifier JW, 20 units');
    expect(f?.message).toContain('not confirmed');
  });

  it('advises 79 JW units for a 70.6 mg dose (its own line bills 71 whole units of the 150 mg vial)', () => {
    const [f] = waste('70.6 mg');
    expect(f?.message).toContain('so 79.4 mg is discarded: bill it on its own J0638 line with modifier JW, 79 units');
  });

  it('advises JZ when nothing is discarded', () => {
    const [f] = waste('150 mg');
    expect(f?.message).toContain('nothing is discarded, so the line takes modifier JZ');
  });

  it('points out JZ entered although drug is discarded', () => {
    expect(waste('280 mg', 'JZ')[0]?.message).toContain('(JZ says nothing was discarded)');
  });

  it('points out JW entered although nothing is discarded', () => {
    expect(waste('300 mg', 'JW')[0]?.message).toContain('not JW');
  });
});
