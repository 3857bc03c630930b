import type { Registry } from '../lib/engine/registry';
import { basePack } from './base';
import { OTHER_DRUGS, UNCLASSIFIED_HCPCS } from './base/facts';
import { cignaIlaris } from './cigna/ilaris/entry';

/**
 * The packs PA Preflight ships, one line per payer × drug, and the base checks for every drug.
 * A pack's rules are loaded only when a request is for its drug.
 */
export const REGISTRY: Registry = {
  base: basePack,
  baseDocs: () => import('./base/docs').then((m) => m.baseDocs),
  identity: { unclassifiedHcpcs: UNCLASSIFIED_HCPCS, others: OTHER_DRUGS },
  packs: [cignaIlaris],
};
