import { describe, expect, it } from 'vitest';
import { ILARIS_SETTINGS_DOCS, parseCrpUln, parseCrpWindow } from './settings-docs';
import { ILARIS_SETTINGS } from './settings';

describe('parseCrpWindow', () => {
  it('reads whole days', () => {
    expect(parseCrpWindow('60')).toEqual({ ok: true, value: 60 });
    expect(parseCrpWindow('120 days')).toEqual({ ok: true, value: 120 });
  });

  it('explains what is wrong with a bad window', () => {
    expect(parseCrpWindow('0')).toMatchObject({ ok: false, problem: { message: 'Enter a number of days from 1 to 730.' } });
    expect(parseCrpWindow('1,5')).toMatchObject({ ok: false, problem: { code: 'count.decimal-comma' } });
    expect(parseCrpWindow('ninety')).toMatchObject({ ok: false });
    expect(parseCrpWindow('45.5')).toMatchObject({ ok: false, problem: { code: 'count.fraction' } });
  });
});

describe('parseCrpUln', () => {
  it('reads mg/L, converts mg/dL, and treats empty as not set', () => {
    expect(parseCrpUln('5')).toEqual({ ok: true, value: 5 });
    expect(parseCrpUln('5 mg/L')).toEqual({ ok: true, value: 5 });
    expect(parseCrpUln('0.5 mg/dL')).toEqual({ ok: true, value: 5 });
    expect(parseCrpUln('  ')).toEqual({ ok: true, value: null });
  });

  it('refuses zero, huge values and the wrong kind of unit', () => {
    expect(parseCrpUln('0')).toMatchObject({ ok: false, problem: { code: 'settings.uln-range' } });
    expect(parseCrpUln('500')).toMatchObject({ ok: false, problem: { code: 'settings.uln-range' } });
    expect(parseCrpUln('5 kg')).toMatchObject({ ok: false, problem: { code: 'quantity.unit-wrong-kind' } });
  });
});

describe('the options page entries of the pack', () => {
  it('label every setting the pack defines, and format what they parse', () => {
    expect(ILARIS_SETTINGS_DOCS.map((d) => d.name)).toEqual(ILARIS_SETTINGS.map((d) => d.name));
    for (const docs of ILARIS_SETTINGS_DOCS) expect(docs.format(null)).toBe('');
    expect(ILARIS_SETTINGS_DOCS[0]?.format(60)).toBe('60');
  });
});
