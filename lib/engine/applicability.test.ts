import { describe, expect, it } from 'vitest';
import { normalizeForm } from '@/lib/form/normalize';
import type { RawForm } from '@/lib/form/schema';
import { applicability, choosePack, describeChoice, hcpcsOf, requestedPart, selectPack, typedDrug } from './applicability';
import type { PackManifest } from './types';

const ZYLO: PackManifest = {
  id: 'test-zylo',
  payer: 'Test',
  drug: {
    brand: 'Zylo',
    generic: 'zylomab',
    aliases: ['zlm-101'],
    otherProducts: ['zylo pen'],
    sharedNames: ['zylomab-abc'],
    hcpcs: ['J9991'],
    ndcProducts: ['123450678'],
  },
};
const opts = { unclassifiedHcpcs: ['J3490', 'J3590'] };
const OTHERS = [
  { brand: 'Humira', generic: 'adalimumab', hcpcs: ['J0135'] },
  { brand: 'Remicade', generic: 'infliximab', hcpcs: ['J1745'] },
  { brand: 'Inflectra', generic: 'infliximab-dyyb', hcpcs: ['Q5103'] },
];
const STELARA = { brand: 'Stelara', generic: 'ustekinumab', hcpcs: ['J3358'] };
const drug = (d: NonNullable<RawForm['drug']>) => applicability(normalizeForm({ drug: d }), ZYLO.drug, opts);

describe('applicability of a pack to a request', () => {
  it.each([
    ['the brand name', { name: 'Zylo' }],
    ['the generic name with a strength', { name: 'zylomab 150 mg/mL' }],
    ['an alias', { name: 'ZLM-101' }],
    ['a name with a registered mark', { name: 'Zylo®' }],
    ['its HCPCS code', { hcpcs: 'J9991' }],
    ['its HCPCS code with text after it', { hcpcs: 'j9991 x 280 units' }],
    ['its HCPCS code split after the letter by fax OCR', { hcpcs: 'J 9991' }],
    ['its NDC', { ndc: '12345-0678-90' }],
    ['its NDC without hyphens, 10 digits', { ndc: '1234567890' }],
  ])('applies, sure, for %s', (_name, d) => {
    expect(drug(d)).toEqual({ status: 'applies', sure: true });
  });

  it.each([
    ['another name', { name: 'Humira' }],
    ['another HCPCS code', { hcpcs: 'J0135' }],
    ['another NDC product', { ndc: '00074-0554-02' }],
    ['a name that only contains the brand as part of a word', { name: 'Zylotex' }],
    ['another product of the same generic', { name: 'Zylo Pen (zylomab-xyz)' }],
  ])('does not apply for %s', (_name, d) => {
    expect(drug(d)).toEqual({ status: 'does-not-apply' });
  });

  it.each([
    ['no drug fields', {}],
    ['an unclassified HCPCS code alone', { hcpcs: 'J3590' }],
    ['a name without letters', { name: '—' }],
    ['an unreadable NDC', { ndc: 'ABC' }],
  ])('is not known yet for %s', (_name, d) => {
    expect(drug(d)).toEqual({ status: 'unknown' });
  });

  it('lets the name decide over a contradicting HCPCS code, and is then not sure', () => {
    expect(drug({ name: 'Zylo', hcpcs: 'J0135' })).toEqual({ status: 'applies', sure: false });
    expect(drug({ name: 'Humira', hcpcs: 'J9991' })).toEqual({ status: 'does-not-apply' });
  });

  it('leaves a slip of the keys in its own name ("zylomb", "zylomba") to the code or the NDC, not to another drug', () => {
    expect(drug({ name: 'Zylomb', hcpcs: 'J9991' })).toEqual({ status: 'applies', sure: true });
    expect(drug({ name: 'zylomba 50 mg', ndc: '12345-0678-01' })).toEqual({ status: 'applies', sure: true });
    expect(drug({ name: 'Zylomb' })).toEqual({ status: 'unknown' });
    // a name under five letters must be exact; two slips in a seven-letter one, or another word, is another drug's
    expect(drug({ name: 'Zyllo', hcpcs: 'J9991' })).toEqual({ status: 'does-not-apply' });
    expect(drug({ name: 'zylmoba', hcpcs: 'J9991' })).toEqual({ status: 'does-not-apply' });
    expect(drug({ name: 'Humira', hcpcs: 'J9991' })).toEqual({ status: 'does-not-apply' });
  });

  it('is sure with its name and an unclassified code (the code is what a fix may correct)', () => {
    expect(drug({ name: 'zylomab', hcpcs: 'J3590' })).toEqual({ status: 'applies', sure: true });
  });

  it('is not sure when the NDC names another product', () => {
    expect(drug({ hcpcs: 'J9991', ndc: '00074-0554-02' })).toEqual({ status: 'applies', sure: false });
  });

  describe('a generic name another product shares', () => {
    it('does not apply when a readable NDC names a product the drug does not have', () => {
      expect(drug({ name: 'zylomab-abc 120 mg pen', ndc: '00069-0349-02' })).toEqual({ status: 'does-not-apply' });
      expect(drug({ name: 'zylomab-abc', hcpcs: 'J3590', ndc: '0069034902' })).toEqual({ status: 'does-not-apply' });
    });

    // the other product (Zymfentra's pen beside Inflectra) is as likely: the pack waits for the code or NDC
    it('is not known alone or beside an unclassified code', () => {
      expect(drug({ name: 'zylomab-abc' })).toEqual({ status: 'unknown' });
      expect(drug({ name: 'zylomab-abc', hcpcs: 'J3590', ndc: 'ABC' })).toEqual({ status: 'unknown' });
    });

    it("applies, sure, with the drug's own HCPCS code or NDC", () => {
      expect(drug({ name: 'zylomab-abc', hcpcs: 'J9991' })).toEqual({ status: 'applies', sure: true });
      expect(drug({ name: 'zylomab-abc', ndc: '12345-0678-90' })).toEqual({ status: 'applies', sure: true });
    });

    it("lets the drug's own HCPCS code decide over another NDC, not sure", () => {
      expect(drug({ name: 'zylomab-abc', hcpcs: 'J9991', ndc: '00069-0349-02' })).toEqual({ status: 'applies', sure: false });
    });

    it('leaves the brand and the plain generic as they were', () => {
      expect(drug({ name: 'Zylo (zylomab-abc)', ndc: '00069-0349-02' })).toEqual({ status: 'applies', sure: false });
      expect(drug({ name: 'zylomab', ndc: '00069-0349-02' })).toEqual({ status: 'applies', sure: false });
    });
  });
});

describe('the registry choice', () => {
  const select = (d: NonNullable<RawForm['drug']>) => selectPack(normalizeForm({ drug: d }), [ZYLO], opts, OTHERS);

  it('names the pack that applies', () => {
    expect(select({ name: 'Zylo' })).toMatchObject({ status: 'applies', pack: { id: 'test-zylo' }, read: 'Zylo (zylomab)' });
  });

  it('names a known other drug by brand and generic, from its brand name or, with no name, its HCPCS code', () => {
    expect(select({ name: 'humira pen' })).toMatchObject({ status: 'none', pack: null, read: 'Humira (adalimumab)' });
    expect(select({ hcpcs: 'J0135' })).toMatchObject({ status: 'none', read: 'Humira (adalimumab)' });
  });

  it.each([
    ['a biosimilar by its suffixed generic', { name: 'adalimumab-atto', hcpcs: 'J0135' }, 'adalimumab-atto'],
    ['another product of a generic', { name: 'Zymfentra (infliximab-dyyb)', hcpcs: 'J3590' }, 'Zymfentra (infliximab-dyyb)'],
    ['a plain generic', { name: 'adalimumab 40 mg pen' }, 'adalimumab 40 mg pen'],
  ])('quotes %s as typed, never as the reference brand', (_what, d, read) => {
    expect(select(d).read).toBe(read);
  });

  describe("a pack's drug with several products", () => {
    const products = [
      { title: 'Zylo (zylomab)', names: ['zylo'], hcpcs: ['J9991'], ndcProducts: ['123450678'] },
      { title: 'Zylomab (unbranded)', names: [], hcpcs: ['J9991'], ndcProducts: ['123450679'] },
      { title: 'Zyla (zylomab-abc)', names: ['zyla', 'abc'], hcpcs: ['Q9992'], ndcProducts: ['543210987'] },
    ];
    const MULTI: PackManifest = {
      ...ZYLO,
      drug: { ...ZYLO.drug, aliases: ['zyla'], hcpcs: ['J9991', 'Q9992'], ndcProducts: ['123450678', '123450679', '543210987'], products },
    };
    const read = (d: NonNullable<RawForm['drug']>) => selectPack(normalizeForm({ drug: d }), [MULTI], opts, OTHERS).read;

    it.each([
      ['its name', { name: 'Zyla 100 mg' }, 'Zyla (zylomab-abc)'],
      ['its suffixed generic, with its code', { name: 'zylomab-abc', hcpcs: 'Q9992' }, 'Zyla (zylomab-abc)'],
      ['its HCPCS code', { hcpcs: 'Q9992' }, 'Zyla (zylomab-abc)'],
      ['its NDC, beside a code two products share', { hcpcs: 'J9991', ndc: '12345-0679-01' }, 'Zylomab (unbranded)'],
      ['its name, when the code names another product', { name: 'Zyla', hcpcs: 'J9991' }, 'Zyla (zylomab-abc)'],
    ])('heads a request with the product that %s names', (_what, d, title) => {
      expect(read(d)).toBe(title);
    });

    it('heads it with the product requested, not one the name says was tried before', () => {
      expect(read({ name: 'Zyla, failed Zylo' })).toBe('Zyla (zylomab-abc)');
      expect(read({ name: 'Zyla (switching from Zylo)' })).toBe('Zyla (zylomab-abc)');
    });

    it('heads it with the generic alone when no one product is named (the generic with a shared code)', () => {
      expect(read({ name: 'zylomab', hcpcs: 'J9991' })).toBe('zylomab');
      expect(read({ name: 'zylomab' })).toBe('zylomab');
    });
  });

  it('adds the generic its HCPCS code names to a name that does not say it, not the brand', () => {
    expect(select({ name: 'Hadlima', hcpcs: 'J0135' }).read).toBe('Hadlima (adalimumab)');
    expect(select({ name: 'Otherdrug', hcpcs: 'J0135 x 2' }).read).toBe('Otherdrug (adalimumab)');
  });

  describe('hcpcsOf reads the code as the normalizer does', () => {
    const code = (hcpcs: string) => hcpcsOf(normalizeForm({ drug: { hcpcs } }));
    it.each([
      ['Q 5103', 'Q5103'],
      ['q 5103 - Injection, infliximab-dyyb', 'Q5103'],
      ['J0638 x 280 units', 'J0638'],
      ['J0638\u200b', 'J0638'],
    ])('reads %j as %s, the value the normalizer keeps', (typed, expected) => {
      expect(code(typed)).toBe(expected);
      expect(normalizeForm({ drug: { hcpcs: typed } }).drug.hcpcs?.value).toBe(expected);
    });
    it.each(['j 0638x', 'J063', 'N/A (pharmacy benefit)', 'billed under J0638'])('reads no code from %j', (typed) =>
      expect(code(typed)).toBeNull(),
    );
    it('reads no code from an empty field', () => expect(hcpcsOf(normalizeForm({ drug: {} }))).toBeNull());
  });

  it('chooses without words in the content script; the words come from what was typed', () => {
    const form = normalizeForm({ drug: { name: '  humira pen ', hcpcs: 'j0135 x 2', ndc: '0074-0554-02' } });
    const choice = choosePack(form, [ZYLO], opts);
    expect(choice).toEqual({ status: 'none', pack: null, sure: false });
    expect(typedDrug(form)).toEqual({ name: 'humira pen', hcpcs: 'J0135', ndc: '00074-0554-02' });
    expect(describeChoice(choice, typedDrug(form), [ZYLO], [])).toMatchObject({ read: 'humira pen', known: ['Zylo (zylomab)'] });
    expect(describeChoice(choice, typedDrug(form), [ZYLO], OTHERS).read).toBe('Humira (adalimumab)');
    expect(selectPack(normalizeForm({ drug: { hcpcs: 'J0135' } }), [ZYLO], opts).read).toBe('HCPCS J0135');
    expect(selectPack(normalizeForm({ drug: { ndc: 'abc' } }), [ZYLO], opts).read).toBe('NDC abc');
  });

  it('quotes an unknown drug as typed, and lists the drugs it knows', () => {
    expect(select({ name: 'Otherdrug 10 mg' })).toEqual({
      status: 'none',
      pack: null,
      sure: false,
      read: 'Otherdrug 10 mg',
      known: ['Zylo (zylomab)'],
    });
  });

  it('waits while no drug field is filled', () => {
    expect(select({})).toMatchObject({ status: 'unknown', pack: null, read: null });
  });
});

describe('a drug name that also tells the history of other drugs', () => {
  it.each([
    ['Kineret (anakinra), Ilaris not tolerated', 'Kineret (anakinra)'],
    ['Stelara (ustekinumab) - failed infliximab', 'Stelara (ustekinumab)'],
    ['Entyvio (switching from Remicade)', 'Entyvio ('],
    ['Ilaris 150 mg (colchicine failed)', 'Ilaris 150 mg '],
    ['Remicade (infliximab) IV, prior auth renewal', 'Remicade (infliximab) IV, '],
    ['Ilaris (canakinumab) 150 mg/mL', 'Ilaris (canakinumab) 150 mg/mL'],
  ])('reads the drug requested in %j as %j', (name, part) => {
    expect(requestedPart(name)).toBe(part);
  });

  it('does not apply to a request that names the drug only as one tried before', () => {
    const drug = (name: string) => applicability(normalizeForm({ drug: { name } }), ZYLO.drug, opts);
    expect(drug('Otherdrug, zylomab not tolerated')).toEqual({ status: 'does-not-apply' });
    expect(drug('Otherdrug (switching from Zylo)')).toEqual({ status: 'does-not-apply' });
    expect(drug('Zylo (after methotrexate failure)')).toEqual({ status: 'applies', sure: true });
    expect(drug('Otherdrug s/p Zylo')).toEqual({ status: 'does-not-apply' });
  });

  it('reads "s/p" (status post) as the start of the history', () => {
    expect(requestedPart('Skyrizi s/p Remicade')).toBe('Skyrizi ');
    expect(requestedPart('Skyrizi IV, S/P Stelara')).toBe('Skyrizi IV, ');
    expect(requestedPart('Ilaris 150 mg SC')).toBe('Ilaris 150 mg SC');
  });

  describe('names the drug requested, never one the name says was tried before', () => {
    const read = (d: NonNullable<RawForm['drug']>) => selectPack(normalizeForm({ drug: d }), [ZYLO], opts, OTHERS).read;

    it.each([
      ['Skyrizi IV - failed Remicade & Stelara', 'Skyrizi IV'],
      ['Entyvio (vedolizumab) – failed Remicade', 'Entyvio (vedolizumab)'],
      ['Entyvio (vedolizumab IV, failed Remicade)', 'Entyvio (vedolizumab IV)'],
      ['Entyvio (switching from Remicade)', 'Entyvio'],
      ['Tremfya after Humira', 'Tremfya'],
      ['Omvoh s/p Inflectra', 'Omvoh'],
      ['Ocrevus, Remicade d/c', 'Ocrevus'],
    ])('reads %j as %j', (name, title) => {
      expect(read({ name })).toBe(title);
    });

    it('names a drug no pack checks by its brand when the history names another it knows ("Stelara – failed Humira")', () => {
      expect(read({ name: 'Stelara – failed Humira' })).toBe('Stelara');
      expect(selectPack(normalizeForm({ drug: { name: 'Stelara – failed Humira' } }), [ZYLO], opts, [...OTHERS, STELARA]).read).toBe(
        'Stelara (ustekinumab)',
      );
    });

    it('does not take the generic a history names for the drug requested', () => {
      expect(read({ name: 'Skyrizi, failed adalimumab', hcpcs: 'J0135' })).toBe('Skyrizi (adalimumab)');
      expect(read({ name: 'Skyrizi - failed infliximab', hcpcs: 'J2327' })).toBe('Skyrizi');
    });

    it('still names a brand in the requested part, with history after it', () => {
      expect(read({ name: 'Humira pen (after Remicade)' })).toBe('Humira (adalimumab)');
    });

    it('leaves a name that tells only history to the HCPCS code and NDC, and says it cannot tell without them', () => {
      expect(read({ name: 'after Remicade', hcpcs: 'J0135' })).toBe('Humira (adalimumab)');
      expect(read({ name: 's/p Remicade', hcpcs: 'J2327' })).toBe('HCPCS J2327');
      expect(read({ name: 'after Remicade', ndc: '00074-0554-02' })).toBe('NDC 00074-0554-02');
      expect(read({ name: 'switching from Remicade' })).toBeNull();
    });

    it('reads a name without history as before', () => {
      expect(read({ name: 'Remicade 100 mg vial' })).toBe('Remicade (infliximab)');
      expect(read({ name: 'Skyrizi 600 mg IV' })).toBe('Skyrizi 600 mg IV');
    });
  });
});
