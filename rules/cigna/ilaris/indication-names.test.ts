import { describe, expect, it } from 'vitest';
import { parseIndication, stillsUnspecified } from './indication-names';

const is = (indication: string) => ({ ok: true, value: indication });

describe('parseIndication', () => {
  it('reads "Still\'s disease" as AOSD', () => expect(parseIndication("Still's disease")).toEqual(is('AOSD')));
  it('reads a curly apostrophe "Still’s disease"', () => expect(parseIndication('Still’s disease')).toEqual(is('AOSD')));
  it('reads "adult-onset Still\'s" as AOSD', () => expect(parseIndication("adult-onset Still's")).toEqual(is('AOSD')));
  it('reads "AOSD"', () => expect(parseIndication('AOSD')).toEqual(is('AOSD')));
  it('reads "systemic JIA" as SJIA', () => expect(parseIndication('systemic JIA')).toEqual(is('SJIA')));
  it('reads "SJIA"', () => expect(parseIndication('SJIA')).toEqual(is('SJIA')));
  it('reads "Systemic juvenile idiopathic arthritis"', () =>
    expect(parseIndication('Systemic juvenile idiopathic arthritis')).toEqual(is('SJIA')));
  it('reads "Still\'s disease (SJIA)" as SJIA, the specific one', () =>
    expect(parseIndication("Still's disease (SJIA)")).toEqual(is('SJIA')));
  it('reads "CAPS"', () => expect(parseIndication('CAPS')).toEqual(is('CAPS')));
  it('reads "FCAS" as CAPS', () => expect(parseIndication('FCAS')).toEqual(is('CAPS')));
  it('reads "MWS" as CAPS', () => expect(parseIndication('MWS')).toEqual(is('CAPS')));
  it('reads "Muckle-Wells syndrome" as CAPS', () => expect(parseIndication('Muckle-Wells syndrome')).toEqual(is('CAPS')));
  it('reads "Cryopyrin-Associated Periodic Syndromes" as CAPS', () =>
    expect(parseIndication('Cryopyrin-Associated Periodic Syndromes')).toEqual(is('CAPS')));
  it('reads "FMF"', () => expect(parseIndication('FMF')).toEqual(is('FMF')));
  it('reads "Familial Mediterranean Fever"', () => expect(parseIndication('Familial Mediterranean Fever')).toEqual(is('FMF')));
  it('reads "TRAPS"', () => expect(parseIndication('TRAPS')).toEqual(is('TRAPS')));
  it('reads "HIDS"', () => expect(parseIndication('HIDS')).toEqual(is('HIDS')));
  it('reads "MKD" as HIDS', () => expect(parseIndication('MKD')).toEqual(is('HIDS')));
  it('reads "Hyper-IgD syndrome" as HIDS', () => expect(parseIndication('Hyper-IgD syndrome')).toEqual(is('HIDS')));
  it('reads "gout"', () => expect(parseIndication('gout')).toEqual(is('GOUT')));
  it('reads "Gout flares"', () => expect(parseIndication('Gout flares')).toEqual(is('GOUT')));
  it('reads the select value "GOUT"', () => expect(parseIndication('GOUT')).toEqual(is('GOUT')));
  it('does not read "still" inside a sentence as Still\'s disease', () =>
    expect(parseIndication('still deciding')).toMatchObject({ ok: false }));
  it('asks which syndrome for "periodic fever"', () =>
    expect(parseIndication('periodic fever syndrome')).toMatchObject({ ok: false, problem: { code: 'indication.periodic-fever' } }));
  it('rejects two conditions at once', () =>
    expect(parseIndication('FMF and gout')).toMatchObject({ ok: false, problem: { code: 'indication.several' } }));
  it('rejects rheumatoid arthritis as not an Ilaris indication', () =>
    expect(parseIndication('rheumatoid arthritis')).toMatchObject({ ok: false, problem: { code: 'indication.unknown' } }));
  it('does not read "perhaps" as CAPS', () => expect(parseIndication('perhaps')).toMatchObject({ ok: false }));
  it('rejects empty input', () => expect(parseIndication('')).toMatchObject({ ok: false, problem: { code: 'indication.empty' } }));
});

describe('stillsUnspecified', () => {
  it.each(["Still's disease", 'Still’s disease', 'Stills', 'still disease'])('is true for %s (AOSD or SJIA: the code decides)', (text) =>
    expect(stillsUnspecified(text)).toBe(true),
  );
  it.each(["adult-onset Still's disease", 'AOSD', "Still's disease (SJIA)", 'systemic JIA', 'gout', 'still deciding'])(
    'is false for %s',
    (text) => expect(stillsUnspecified(text)).toBe(false),
  );
});
