import { describe, expect, it } from 'vitest';
import { applicability } from '@/lib/engine/applicability';
import { normalizeForm } from '@/lib/form/normalize';
import { PRODUCTS } from './facts';
import { INFLIXIMAB } from './identity';
import { PRODUCT_NAMES } from './products';

describe('the infliximab identity and its products (one list: products.ts)', () => {
  it("names every product of the drug's facts, by the facts' names and codes", () => {
    expect(INFLIXIMAB.products?.map((p) => [p.title, p.hcpcs])).toEqual(PRODUCTS.value.map((p) => [p.name, [p.hcpcs]]));
  });

  it("lists, for each product, the NDC products of the facts' vials, and only those", () => {
    for (const product of PRODUCTS.value) {
      const fromVials = [...new Set(product.ndcs.map((n) => n.ndc11.slice(0, 9)))].sort();
      expect([...(PRODUCT_NAMES.find((p) => p.id === product.id)?.ndcProducts ?? [])].sort(), product.id).toEqual(fromVials);
    }
    expect([...INFLIXIMAB.ndcProducts].sort()).toEqual(
      [...new Set(PRODUCTS.value.flatMap((p) => p.ndcs.map((n) => n.ndc11.slice(0, 9))))].sort(),
    );
  });

  it('recognises the four HCPCS codes', () => {
    expect(INFLIXIMAB.hcpcs).toEqual(['J1745', 'Q5103', 'Q5104', 'Q5121']);
  });

  it('reads the same product from a name as the facts do', () => {
    for (const [typed, id] of [
      ['Inflectra', 'inflectra'],
      ['infliximab-dyyb', 'inflectra'],
      ['RENFLEXIS 100 mg', 'renflexis'],
      ['infliximab-axxq', 'avsola'],
      ['Remicade', 'remicade'],
    ] as const) {
      expect(PRODUCTS.value.filter((p) => p.names?.test(typed)).map((p) => p.id)).toEqual([id]);
    }
    expect(PRODUCTS.value.filter((p) => p.names?.test('infliximab'))).toEqual([]);
  });

  it('reads "IFX", the common abbreviation, with J1745 as a request for infliximab', () => {
    const form = normalizeForm({ drug: { name: 'IFX', hcpcs: 'J1745' } });
    expect(applicability(form, INFLIXIMAB, { unclassifiedHcpcs: [] })).toEqual({ status: 'applies', sure: true });
  });
});
