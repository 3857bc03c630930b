import { describe, expect, it } from 'vitest';
import { parseIcd10, parseIcd10List } from './icd10';

const code = (text: string) => {
  const r = parseIcd10(text);
  if (!r.ok) throw new Error(`expected ${text} to parse: ${r.problem.message}`);
  return r.value;
};
const problem = (text: string) => {
  const r = parseIcd10(text);
  if (r.ok) throw new Error(`expected ${text} to fail, got ${JSON.stringify(r.value)}`);
  return r.problem;
};

describe('parseIcd10: accepted', () => {
  it("reads M06.1 (adult-onset Still's)", () => expect(code('M06.1')).toEqual({ code: 'M06.1', category: 'M06', placeholder: false }));
  it('adds the dot to "M061"', () => expect(code('M061').code).toBe('M06.1'));
  it('upper-cases "m06.1"', () => expect(code('m06.1').code).toBe('M06.1'));
  it('trims spaces', () => expect(code('  M04.1 ').code).toBe('M04.1'));
  it('removes a space inside', () => expect(code('M06 .1').code).toBe('M06.1'));
  it('reads a header category without a dot', () => expect(code('M04')).toEqual({ code: 'M04', category: 'M04', placeholder: false }));
  it('reads a 5-character SJIA leaf M08.20', () => expect(code('M0820').code).toBe('M08.20'));
  it('reads a 6-character SJIA leaf M08.211', () => expect(code('m08211').code).toBe('M08.211'));
  it('reads M08.2A, where A is a real character', () => expect(code('M08.2A')).toMatchObject({ code: 'M08.2A', placeholder: false }));
  it('reads M1A with a letter third character', () => expect(code('M1A.0X10')).toMatchObject({ code: 'M1A.0X10', category: 'M1A' }));
  it('treats X as padding, not a placeholder, in a 7-character code', () => {
    expect(code('M1A.0X10').placeholder).toBe(false);
    expect(code('M1A.0XX0').placeholder).toBe(false);
  });
  it('reads gout M10.9', () => expect(code('M10.9').code).toBe('M10.9'));
});

describe('parseIcd10: placeholders', () => {
  it('marks "M08.2X" as a placeholder, not a code', () => expect(code('M08.2X')).toMatchObject({ code: 'M08.2X', placeholder: true }));
  it('marks "m08.2x" in lower case', () => expect(code('m08.2x').placeholder).toBe(true));
  it('marks "M10.X"', () => expect(code('M10.X').placeholder).toBe(true));
  it('marks "M1A.0X1" (X padding without the 7th character)', () => expect(code('M1A.0X1').placeholder).toBe(true));
});

describe('parseIcd10: problems', () => {
  it('rejects a trailing-dash family "M08.2-"', () => expect(problem('M08.2-').code).toBe('icd10.wildcard'));
  it('rejects "M10.*"', () => expect(problem('M10.*').code).toBe('icd10.wildcard'));
  it('rejects a dot in the wrong place', () => {
    const p = problem('M0.61');
    expect(p.code).toBe('icd10.dot');
    expect(p.message).toContain('after the third character');
  });
  it('rejects two dots', () => expect(problem('M06.1.2').code).toBe('icd10.dot'));
  it('rejects a code starting with a digit', () => expect(problem('061').code).toBe('icd10.first'));
  it('hints at the letter O typed for zero in "MO6.1"', () => {
    const p = problem('MO6.1');
    expect(p.code).toBe('icd10.second');
    expect(p.message).toContain('letter O');
  });
  it('rejects two characters', () => expect(problem('M0').code).toBe('icd10.length'));
  it('rejects 8 characters', () => expect(problem('M08.21123').code).toBe('icd10.length'));
  it('rejects symbols', () => expect(problem('M06#1').code).toBe('icd10.characters'));
  it('rejects empty input', () => expect(problem('').code).toBe('icd10.empty'));
  it("says a condition's name is not a code", () => {
    const p = problem("Still's disease");
    expect(p.code).toBe('icd10.not-a-code');
    expect(p.message).toContain('M06.1');
  });
});

describe('parseIcd10List', () => {
  it('splits "M06.1, M04.1; E85.0" into three', () => {
    const list = parseIcd10List('M06.1, M04.1; E85.0');
    expect(list.map((c) => c.raw)).toEqual(['M06.1', 'M04.1', 'E85.0']);
    expect(list.every((c) => c.result.ok)).toBe(true);
  });
  it('splits on spaces and new lines', () =>
    expect(parseIcd10List('m061\nm041 M10.9').map((c) => (c.result.ok ? c.result.value.code : null))).toEqual(['M06.1', 'M04.1', 'M10.9']));
  it('keeps a bad code in the list with its problem', () => {
    const list = parseIcd10List('M06.1, MO4.1');
    expect(list[1]?.result.ok).toBe(false);
  });
  it('returns nothing for separators only', () => expect(parseIcd10List(' , ; ')).toEqual([]));
  it('keeps the words beside a code as its description', () => {
    expect(parseIcd10List('M04.1 TRAPS, M04.2 - CAPS').map((c) => [c.raw, c.description])).toEqual([
      ['M04.1', 'TRAPS'],
      ['M04.2', 'CAPS'],
    ]);
    expect(parseIcd10List('Hyper-IgD syndrome (M04.1)')[0]?.description).toBe('Hyper-IgD syndrome');
    expect(parseIcd10List('M04.1')[0]).not.toHaveProperty('description');
  });
  it('drops the description a dropdown shows after the code', () =>
    expect(parseIcd10List("M06.1 - Adult-onset Still's disease").map((c) => c.raw)).toEqual(['M06.1']));
  it('drops descriptions in a list of described codes', () =>
    expect(parseIcd10List('M04.1 Periodic fever syndromes; M04.2 (CAPS)').map((c) => c.raw)).toEqual(['M04.1', 'M04.2']));
  it('keeps a mistyped code before a description, so it is reported', () =>
    expect(parseIcd10List('MO6.1 - Still disease').map((c) => c.result.ok)).toEqual([false]));
  it('keeps a description typed without a code, so it is reported rather than dropped', () => {
    const list = parseIcd10List("Still's disease");
    expect(list).toHaveLength(1);
    expect(list[0]?.result).toMatchObject({ ok: false, problem: { code: 'icd10.not-a-code' } });
  });
  it('drops the rest of an official title after its commas', () =>
    expect(parseIcd10List("K50.90 - Crohn's disease, unspecified, without complications").map((c) => c.raw)).toEqual(['K50.90']));
  it('drops the rest of a title cut at "w/o", and reads the code after it', () =>
    expect(
      parseIcd10List('M05.79 - Rheu arthritis w rheu factor of mult site w/o org/sys involv, M04.1 - Periodic fever').map((c) => c.raw),
    ).toEqual(['M05.79', 'M04.1']));
  it('still reports a name after a code that had no description', () =>
    expect(parseIcd10List("M06.1, Still's disease").map((c) => c.result.ok)).toEqual([true, false]));
  it('keeps lower-case placeholder padding as a code, not a word', () =>
    expect(parseIcd10List('m1a.xxx0').map((c) => c.raw)).toEqual(['m1a.xxx0']));
  const codes = (text: string) => parseIcd10List(text).map((c) => (c.result.ok ? c.result.value.code : `bad: ${c.raw}`));
  it("reads 'M10.9 Gout, unspecified' as one code", () => expect(codes('M10.9 Gout, unspecified')).toEqual(['M10.9']));
  it.each([
    ['M10.072 Idiopathic gout, left ankle and foot', 'M10.072'],
    ['M06.071 Rheumatoid arthritis without rheumatoid factor, right ankle and foot', 'M06.071'],
    ['M1A.9XX1 Chronic gout, unspecified, with tophus (tophi)', 'M1A.9XX1'],
    ['J44.9 COPD, unspecified', 'J44.9'],
    ['E66.01 Morbid obesity due to excess calories', 'E66.01'],
  ])('drops the site or words after a comma in the title %j', (text, code) => expect(codes(text)).toEqual([code]));
  it.each([
    ['M06.9 RA', 'M06.9'],
    ['K50.90 CD', 'K50.90'],
    ['K51.90 UC', 'K51.90'],
    ['M45.9 AS', 'M45.9'],
    ['G35 MS', 'G35'],
  ])('reads the two-letter label in %j as a description, not a code', (text, code) => expect(codes(text)).toEqual([code]));
  it.each([
    ['Rheumatoid arthritis (M06.9)', 'M06.9'],
    ["Adult-onset Still's disease (M06.1)", 'M06.1'],
    ['ICD-10: M05.79', 'M05.79'],
    ['Dx: M04.1', 'M04.1'],
  ])('reads the code after a description or label in %j', (text, code) => expect(codes(text)).toEqual([code]));
  it('reads both codes in "M05.79 and M35.00"', () => expect(codes('M05.79 and M35.00')).toEqual(['M05.79', 'M35.00']));
  it('reads both codes in "M06.1 & M04.1"', () => expect(codes('M06.1 & M04.1')).toEqual(['M06.1', 'M04.1']));
  it('still flags a mistyped "M1O.9" (letter O) before a description', () => {
    const list = parseIcd10List('M1O.9 Gout');
    expect(list.map((c) => c.raw)).toEqual(['M1O.9']);
    expect(list[0]?.result).toMatchObject({ ok: false, problem: { code: 'icd10.third' } });
  });
  it('still flags "MO6.1" (letter O) after a description', () =>
    expect(parseIcd10List("Still's disease (MO6.1)")[0]?.result).toMatchObject({ ok: false, problem: { code: 'icd10.second' } }));
  it.each(['COPD', 'RA', 'Gout'])('reports %j alone as a name, not a code', (text) =>
    expect(parseIcd10List(text)[0]?.result).toMatchObject({ ok: false, problem: { code: 'icd10.not-a-code' } }),
  );
});

describe('parseIcd10: the letter O', () => {
  it('hints at the letter O typed for zero in "M1O.9"', () => {
    const p = problem('M1O.9');
    expect(p.code).toBe('icd10.third');
    expect(p.message).toContain('letter O');
  });
  it('says a two-letter abbreviation is a name', () => expect(problem('RA').code).toBe('icd10.not-a-code'));
});

describe('parseIcd10List: a description on the next line or in the next column', () => {
  const read = (text: string) => parseIcd10List(text).map((c) => [c.result.ok ? c.result.value.code : `bad: ${c.raw}`, c.description]);
  it('reads "M04.2\\nCryopyrin-associated periodic syndromes" as M04.2 with that description', () =>
    expect(read('M04.2\nCryopyrin-associated periodic syndromes\n')).toEqual([['M04.2', 'Cryopyrin-associated periodic syndromes']]));
  it('reads "M04.1 | Periodic fever syndromes" as M04.1 with that description', () =>
    expect(read('M04.1 | Periodic fever syndromes')).toEqual([['M04.1', 'Periodic fever syndromes']]));
  it('gives each code of a pasted table its own description', () =>
    expect(read('M04.1 | TRAPS\nM04.2 | CAPS')).toEqual([
      ['M04.1', 'TRAPS'],
      ['M04.2', 'CAPS'],
    ]));
  it('keeps the problem of a mistyped code before a description line', () => expect(read('MO4.2\nCAPS')).toEqual([['bad: MO4.2', 'CAPS']]));
  it('still reports a description alone, on lines or in columns, with no code anywhere', () => {
    expect(parseIcd10List('Periodic fever syndromes | TRAPS').map((c) => c.result.ok)).toEqual([false]);
    expect(parseIcd10List('\nCryopyrin-associated periodic syndromes')[0]?.result).toMatchObject({
      ok: false,
      problem: { code: 'icd10.not-a-code' },
    });
  });
  it('still reports a name after a comma, which may be a second diagnosis without its code', () =>
    expect(read("M06.1, Still's disease")).toEqual([
      ['M06.1', undefined],
      ["bad: Still's disease", undefined],
    ]));
});

describe('parseIcd10List: Epic problem-list lines "Name (HCC) [code]"', () => {
  const read = (text: string) => parseIcd10List(text).map((c) => [c.result.ok ? c.result.value.code : `bad: ${c.raw}`, c.description]);
  it.each([
    ['Familial Mediterranean fever (HCC) [M04.1]', 'M04.1', 'Familial Mediterranean fever'],
    ['Hyper-IgD syndrome (HCC) [M04.8]', 'M04.8', 'Hyper-IgD syndrome'],
    ["Adult-onset Still's disease (CMS/HCC) [M06.1]", 'M06.1', "Adult-onset Still's disease"],
    ['Gout [M10.9]', 'M10.9', 'Gout'],
  ])('reads %j as the code in brackets, the words before as its description', (text, code, description) =>
    expect(read(text)).toEqual([[code, description]]),
  );
  it('reads each line of a pasted problem list', () =>
    expect(read('Familial Mediterranean fever (HCC) [M04.1]\nGout (HCC) [M10.9]')).toEqual([
      ['M04.1', 'Familial Mediterranean fever'],
      ['M10.9', 'Gout'],
    ]));
  it('does not read "(HCC)" as a code or a word of the description', () =>
    expect(parseIcd10List('Gout (HCC) [M10.9]').map((c) => c.raw)).toEqual(['M10.9']));
  it('still reports a problem-list name without its code', () =>
    expect(read('Familial Mediterranean fever (HCC)')).toEqual([['bad: Familial Mediterranean fever', undefined]]));
  it('still flags a mistyped code in brackets', () =>
    expect(parseIcd10List('Gout (HCC) [M1O.9]')[0]?.result).toMatchObject({ ok: false, problem: { code: 'icd10.third' } }));
});

describe('parseIcd10List: a title cut at its commas before its code', () => {
  const read = (text: string) => parseIcd10List(text).map((c) => [c.result.ok ? c.result.value.code : `bad: ${c.raw}`, c.description]);
  it.each([
    ['Gout, unspecified - M10.9', 'M10.9', 'Gout, unspecified'],
    ["Crohn's disease, unspecified, without complications - K50.90", 'K50.90', "Crohn's disease, unspecified, without complications"],
    ['Chronic kidney disease, stage 2 (mild) [N18.2]', 'N18.2', 'Chronic kidney disease, stage 2 mild'],
  ])('reads %j as one code whose description is the whole title', (text, code, description) =>
    expect(read(text)).toEqual([[code, description]]),
  );
  it('reads the codes of two such titles', () =>
    expect(read("Gout, unspecified - M10.9; Crohn's disease, unspecified - K50.90").map(([code]) => code)).toEqual(['M10.9', 'K50.90']));
  it('still reports a name before a second diagnosis, which starts in upper case', () =>
    expect(read('Gout, Rheumatoid arthritis (M06.9)')).toEqual([
      ['bad: Gout', undefined],
      ['M06.9', 'Rheumatoid arthritis'],
    ]));
  it('still reports a name typed in lower case before a second diagnosis', () =>
    expect(read('gout, rheumatoid arthritis (m06.9)').map(([code]) => code)).toEqual(['bad: gout', 'M06.9']));
  it('still reports a name before a bare code after a comma', () =>
    expect(read('Gout, M10.9').map(([code]) => code)).toEqual(['bad: Gout', 'M10.9']));
  it('still reports a title with no code anywhere', () =>
    expect(read("Crohn's disease, unspecified, without complications")).toEqual([["bad: Crohn's disease", undefined]]));
  it('still reports a name after a code, after a comma', () =>
    expect(read("M06.1, Still's disease")).toEqual([
      ['M06.1', undefined],
      ["bad: Still's disease", undefined],
    ]));
});

describe('parseIcd10List: a space after the dot, as fax OCR reads it', () => {
  const codes = (text: string) => parseIcd10List(text).map((c) => (c.result.ok ? c.result.value.code : `!${c.raw}`));
  it.each([
    ['M04. 2', ['M04.2']],
    ['m04. 2', ['M04.2']],
    ['M1A. 0710', ['M1A.0710']],
    ['K50. 90 Crohn disease', ['K50.90']],
    ['M04. 1, M04. 2', ['M04.1', 'M04.2']],
    ['M06.1; M04. 2 CAPS', ['M06.1', 'M04.2']],
  ])('reads a space after the dot as one code: %j', (text, expected) => expect(codes(text)).toEqual(expected));
  it('keeps the description after the joined code', () =>
    expect(parseIcd10List('M04. 2 - CAPS')[0]).toMatchObject({ raw: 'M04.2', description: 'CAPS' }));
  it.each([
    ['M04.1 M04.2', ['M04.1', 'M04.2']],
    ['M04.1 2', ['M04.1', '!2']],
    ['M04. TRAPS', ['M04']],
    ['M04.\n2', ['M04', '!2']],
  ])('joins nothing else: %j', (text, expected) => expect(codes(text)).toEqual(expected));
});

describe('parseIcd10List: lists as typed, round 8', () => {
  const codes = (text: string) => parseIcd10List(text).map((c) => (c.result.ok ? c.result.value.code : `!${c.raw}`));
  it.each([
    ['• M04.2 CAPS\n• Z79.899 Other long term drug therapy', ['M04.2', 'Z79.899']],
    ['· M05.79 · Z79.631', ['M05.79', 'Z79.631']],
    ['1. M04.1 HIDS/MKD 2. Z79.899', ['M04.1', 'Z79.899']],
    ['1) M04.1\n2) N18.30', ['M04.1', 'N18.30']],
    ['M04.2.', ['M04.2']],
    ['M08.20; M08.261 (R knee); R50.9', ['M08.20', 'M08.261', 'R50.9']],
    ['M10.071 L foot', ['M10.071']],
  ])('reads %j', (text, expected) => expect(codes(text)).toEqual(expected));
  it('keeps a bare number after a code a problem: it may be part of a code', () => expect(codes('M04.1 2')).toEqual(['M04.1', '!2']));
  it('keeps a header with a list number a header: "1. M06.10"', () => expect(codes('1. M06.10 AOSD')).toEqual(['M06.10']));
});

describe('parseIcd10List: codes written against their names, round 9', () => {
  const codes = (text: string) => parseIcd10List(text).map((c) => (c.result.ok ? c.result.value.code : `!${c.raw}`));
  it.each([
    ['M04 1', ['M04.1']],
    ['M05 79', ['M05.79']],
    ['K50 90', ['K50.90']],
    ['M04.1-Periodic fever syndromes', ['M04.1']],
    ["K50.90-Crohn's disease, unspecified", ['K50.90']],
    ['M04.1(TRAPS)', ['M04.1']],
    ['FMF-M04.1', ['M04.1']],
    ['M04.2/CAPS', ['M04.2']],
    ['K51.90/UC', ['K51.90']],
    ['HIDS/MKD - M04.1; Long-term drug therapy - Z79.899', ['M04.1', 'Z79.899']],
    ['PsA/psoriasis - L40.50', ['L40.50']],
    ['Gout/M10.9', ['M10.9']],
  ])('reads %j', (text, expected) => expect(codes(text)).toEqual(expected));
  it("keeps the name after a slash as the code's description", () => expect(parseIcd10List('M04.2/CAPS')[0]?.description).toBe('CAPS'));
  it("keeps a code's dot, list numbers and a lone number apart", () => {
    expect(codes('1) M04.1\n2) N18.30')).toEqual(['M04.1', 'N18.30']);
    expect(codes('M04.1 2')).toEqual(['M04.1', '!2']);
  });
  it('keeps a placeholder or header with a name against it a problem', () => {
    expect(codes('M08.2X-Systemic JIA')).toEqual(['M08.2X']);
    expect(parseIcd10List('m04')[0]?.result.ok).toBe(true);
  });
});

describe('parseIcd10: as typed, round 10', () => {
  it.each([
    ['M04.1*', 'M04.1'],
    ['K51.90*', 'K51.90'],
    ['E85.0*', 'E85.0'],
  ])('reads an asterisk after a code with its subcategory as a list mark: %j', (text, c) => expect(code(text).code).toBe(c));
  it.each(['M10.*', 'M04*', 'M04.1**'])('still reads %j as a family of codes', (text) => expect(problem(text).code).toBe('icd10.wildcard'));
});
