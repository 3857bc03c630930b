import { describe, expect, it } from 'vitest';
import { DRUG, ILARIS_NDCS } from './facts';
import { CANAKINUMAB } from './identity';

describe('the canakinumab identity', () => {
  it("names every NDC product of the drug's facts, and only those", () => {
    expect([...new Set(ILARIS_NDCS.map((n) => n.ndc11.slice(0, 9)))].sort()).toEqual([...CANAKINUMAB.ndcProducts].sort());
  });

  it('bills under the HCPCS code the identity names', () => {
    expect(CANAKINUMAB.hcpcs).toEqual([DRUG.hcpcs.value.code]);
  });
});
