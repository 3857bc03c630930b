import type { PackEntry, PackRuntime } from '../../../lib/engine/registry';
import { CIGNA_ILARIS } from './manifest';

const manifest = CIGNA_ILARIS;
const load = () => import('./index').then((m) => m.cignaIlarisPack);

/** The pack as the content script knows it: its manifest now, its rules when a request is for its drug. */
export const cignaIlaris: PackRuntime = { manifest, load };

/** The pack as the extension's pages know it: the same, and what people read about it. */
export const cignaIlarisWithDocs: PackEntry = { manifest, load, docs: () => import('./docs').then((m) => m.cignaIlarisDocs) };
