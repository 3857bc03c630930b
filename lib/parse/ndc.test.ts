import { describe, expect, it } from 'vitest';
import { candidates11, formatNdc542, formatNdcClaim, parseNdc } from './ndc';

const ndc = (text: string) => {
  const r = parseNdc(text);
  if (!r.ok) throw new Error(`expected ${text} to parse: ${r.problem.message}`);
  return r.value;
};
const problem = (text: string) => {
  const r = parseNdc(text);
  if (r.ok) throw new Error(`expected ${text} to fail, got ${JSON.stringify(r.value)}`);
  return r.problem;
};

describe('parseNdc: 11-digit', () => {
  it('reads the Ilaris vial 00078-0734-61', () =>
    expect(ndc('00078-0734-61')).toEqual({
      ndc11: '00078073461',
      hyphenated: '00078-0734-61',
      layout: '5-4-2',
      digits: '00078073461',
    }));
  it('reads 11 digits without hyphens', () =>
    expect(ndc('00078073461')).toMatchObject({ ndc11: '00078073461', hyphenated: '00078-0734-61', layout: '11-digit' }));
  it('reads the claim form N400078073461', () => expect(ndc('N400078073461')).toMatchObject({ ndc11: '00078073461', layout: '11-digit' }));
  it('reads a lower-case claim form n400078073461', () => expect(ndc('n400078073461').ndc11).toBe('00078073461'));
  it('tolerates spaces around hyphens', () => expect(ndc(' 00078 - 0734 - 61 ').ndc11).toBe('00078073461'));
  it('reads en-dashes as hyphens', () => expect(ndc('00078–0734–61').ndc11).toBe('00078073461'));
  it('ignores a pasted "NDC:" label', () => expect(ndc('NDC: 00078-0734-61').ndc11).toBe('00078073461'));
  it('ignores a pasted "NDC#" label', () => expect(ndc('ndc# 0078-0734-61').ndc11).toBe('00078073461'));
});

describe('parseNdc: hyphenated 10-digit layouts become 5-4-2', () => {
  it('4-4-2 gets a leading zero: 0078-0734-61 → 00078-0734-61', () =>
    expect(ndc('0078-0734-61')).toMatchObject({ ndc11: '00078073461', hyphenated: '00078-0734-61', layout: '4-4-2' }));
  it('5-3-2 gets a zero before the middle part: 12345-678-90 → 12345-0678-90', () =>
    expect(ndc('12345-678-90')).toMatchObject({ ndc11: '12345067890', hyphenated: '12345-0678-90', layout: '5-3-2' }));
  it('5-4-1 gets a zero before the last part: 12345-6789-1 → 12345-6789-01', () =>
    expect(ndc('12345-6789-1')).toMatchObject({ ndc11: '12345678901', hyphenated: '12345-6789-01', layout: '5-4-1' }));
  it('keeps the digits as typed', () => expect(ndc('0078-0734-61').digits).toBe('0078073461'));
});

describe('parseNdc: unhyphenated 10 digits', () => {
  it('is ambiguous, with no 11-digit form', () =>
    expect(ndc('0078073461')).toEqual({ ndc11: null, hyphenated: null, layout: '10-digit-ambiguous', digits: '0078073461' }));
  it('lists the three possible 11-digit forms', () =>
    expect(candidates11('0078073461')).toEqual([
      { layout: '4-4-2', ndc11: '00078073461' },
      { layout: '5-3-2', ndc11: '00780073461' },
      { layout: '5-4-1', ndc11: '00780734601' },
    ]));
  it('gives no candidates for 11 digits', () => expect(candidates11('00078073461')).toEqual([]));
  it('gives no candidates for letters', () => expect(candidates11('007807346a')).toEqual([]));
});

describe('parseNdc: problems', () => {
  it('counts digits when too short', () => {
    const p = problem('0078-0734');
    expect(p.code).toBe('ndc.layout');
  });
  it('says how many digits an unhyphenated number has', () => {
    const p = problem('007807346');
    expect(p.code).toBe('ndc.length');
    expect(p.message).toContain('has 9 digits; an NDC has 10 or 11');
  });
  it('rejects 12 digits', () => expect(problem('000780734611').code).toBe('ndc.length'));
  it('rejects a 6-3-2 layout, naming it', () => {
    const p = problem('000078-734-61');
    expect(p.code).toBe('ndc.layout');
    expect(p.message).toContain('6-3-2');
  });
  it('rejects a 5-4-3 layout', () => expect(problem('00078-0734-611').code).toBe('ndc.layout'));
  it('rejects an empty part', () => expect(problem('00078--073461').code).toBe('ndc.layout'));
  it('rejects letters', () => expect(problem('00078-O734-61').code).toBe('ndc.characters'));
  it('rejects the letter O in an unhyphenated NDC', () => expect(problem('OOO78073461').code).toBe('ndc.characters'));
  it('rejects spaces that do not part an NDC in three', () => expect(problem('0007 8073 46 1').code).toBe('ndc.spaces'));
  it('rejects N4 with 10 digits', () => expect(problem('N40078073461').code).toBe('ndc.claim-format'));
  it('rejects a claim NDC with the quantity glued on', () => expect(problem('N400078073461ML2').code).toBe('ndc.claim-format'));
  it('rejects empty input', () => expect(problem(' ').code).toBe('ndc.empty'));
});

describe('formatting', () => {
  it('formats 11 digits as 5-4-2', () => expect(formatNdc542('00078073461')).toBe('00078-0734-61'));
  it('gives null for 10 digits', () => expect(formatNdc542('0078073461')).toBeNull());
  it('formats the claim form with N4', () => expect(formatNdcClaim('00078073461')).toBe('N400078073461'));
  it('gives null for a claim form of a bad NDC', () => expect(formatNdcClaim('0078-0734-61')).toBeNull());
});

describe('NDCs as staff paste them', () => {
  it.each([
    ['00078 0734 61', '00078073461'],
    ['00078-0734-61 (150 mg/mL vial)', '00078073461'],
    ['N4-00078-0734-61', '00078073461'],
    ['N4 00078073461', '00078073461'],
  ])('reads %j as %s', (text, ndc11) => {
    const r = parseNdc(text);
    expect(r.ok && r.value.ndc11).toBe(ndc11);
  });

  it('still says a number in two parts apart is not an NDC', () => {
    expect(parseNdc('00078 073461').ok).toBe(false);
  });
});

describe('parseNdc: a description after the NDC', () => {
  it('reads "NDC 00078-0734-61 1 mL vial" as 00078-0734-61, the trailing description not NDC digits', () =>
    expect(ndc('NDC 00078-0734-61 1 mL vial').ndc11).toBe('00078073461'));
  it('reads "00078073461 150 mg/mL single-dose vial" as 00078073461', () =>
    expect(ndc('00078073461 150 mg/mL single-dose vial').ndc11).toBe('00078073461'));
  it('keeps digits after an NDC a problem ("00078-0734-61 5")', () => expect(problem('00078-0734-61 5').code).toBe('ndc.spaces'));
  it('keeps a description after a 12-digit NDC a problem', () => expect(problem('00078-0734-612 1 mL vial').code).toBe('ndc.spaces'));
});

describe('parseNdc: as typed, round 10', () => {
  it.each([
    ['Ilaris 150mg/mL SDV - NDC 00078-0734-61', '00078073461'],
    ['Inflectra 100 mg vial - NDC 00069-0809-01', '00069080901'],
    ['Ilaris vial NDC: 00078-0734-61', '00078073461'],
  ])('reads the NDC after a product description and "NDC": %j', (text, ndc11) => expect(ndc(text).ndc11).toBe(ndc11));
  it('still refuses a description with no "NDC" before the number', () =>
    expect(problem('Ilaris vial 00078-0734-61').code).toBe('ndc.spaces'));
});

describe('parseNdc: a fax line break between digits, round 11', () => {
  it('joins "57894-00\\n30-01" as 57894-0030-01', () => expect(ndc('57894-00\n30-01').hyphenated).toBe('57894-0030-01'));
  it('still refuses a space between digits', () => expect(parseNdc('57894-00 30-01').ok).toBe(false));
});
