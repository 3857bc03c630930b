import type { PackEntry, PackRuntime } from '@/lib/engine/registry';
import { CIGNA_INFLIXIMAB } from './manifest';

const manifest = CIGNA_INFLIXIMAB;

/** The pack as the content script knows it: its manifest now, its checks when a request is for infliximab. */
export const cignaInfliximab: PackRuntime = { manifest, load: () => import('./checks').then((m) => m.cignaInfliximabChecks) };

/** The pack as the extension's pages and the background know it: with its checklist, and what people read about it. */
export const cignaInfliximabWithDocs: PackEntry = {
  manifest,
  load: () => import('./index').then((m) => m.cignaInfliximabPack),
  docs: () => import('./docs').then((m) => m.cignaInfliximabDocs),
};
