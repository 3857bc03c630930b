import type { PackEntry } from '../../../lib/engine/registry';
import { CIGNA_ILARIS } from './manifest';

/** The pack as the registry knows it: its manifest now, its rules and docs when asked. */
export const cignaIlaris: PackEntry = {
  manifest: CIGNA_ILARIS,
  load: () => import('./index').then((m) => m.cignaIlarisPack),
  docs: () => import('./docs').then((m) => m.cignaIlarisDocs),
};
