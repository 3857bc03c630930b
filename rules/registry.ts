import type { Registry, RuntimeRegistry } from '@/lib/engine/registry';
import { basePack } from './base';
import { baseChecks } from './base/checks';
import { OTHER_DRUGS, UNCLASSIFIED_HCPCS } from './base/facts';
import { cignaIlaris, cignaIlarisWithDocs } from './cigna/ilaris/entry';
import { cignaInfliximab, cignaInfliximabWithDocs } from './cigna/infliximab/entry';

/**
 * The packs PA Preflight ships, one per payer × drug, and the base checks for every drug. A
 * pack's rules are loaded only when a request is for its drug.
 *
 * Adding a pack: its folder, and its entry (rules/<payer>/<drug>/entry.ts) named in both lists
 * below. The content script imports `RUNTIME_REGISTRY` only, so its bundle never reaches a docs
 * module (descriptions, source addresses, calculators): a bundler keeps an import that a value
 * it uses can reach, so the docs loaders live in a value of their own, `REGISTRY`, for the
 * extension's pages, the background and the scripts.
 */

const identity = { unclassifiedHcpcs: UNCLASSIFIED_HCPCS };

export const RUNTIME_REGISTRY: RuntimeRegistry = {
  base: baseChecks,
  identity,
  packs: [cignaIlaris, cignaInfliximab],
};

export const REGISTRY: Registry = {
  base: basePack,
  identity,
  others: OTHER_DRUGS,
  baseDocs: () => import('./base/docs').then((m) => m.baseDocs),
  packs: [cignaIlarisWithDocs, cignaInfliximabWithDocs],
};
