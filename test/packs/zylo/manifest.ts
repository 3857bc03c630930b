import type { PackManifest } from '@/lib/engine/types';

/** An invented drug for the registry's own tests: Zylo (zylomab), HCPCS Z0001 (no real code), NDC 99999-0001. Never shipped. */
export const TEST_ZYLO: PackManifest = {
  id: 'test-zylo',
  payer: 'Testcare',
  drug: { brand: 'Zylo', generic: 'zylomab', hcpcs: ['Z0001'], ndcProducts: ['999990001'] },
};
