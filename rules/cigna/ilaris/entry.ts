import type { PackEntry, PackRuntime } from '@/lib/engine/registry';
import { CIGNA_ILARIS } from './manifest';

const manifest = CIGNA_ILARIS;

/** The pack as the content script knows it: its manifest now, its checks when a request is for its drug. */
export const cignaIlaris: PackRuntime = { manifest, load: () => import('./checks').then((m) => m.cignaIlarisChecks) };

/** The pack as the extension's pages and the background know it: with its checklist, and what people read about it. */
export const cignaIlarisWithDocs: PackEntry = {
  manifest,
  load: () => import('./index').then((m) => m.cignaIlarisPack),
  docs: () => import('./docs').then((m) => m.cignaIlarisDocs),
};
