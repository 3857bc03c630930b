/**
 * What the engine bench times, bundled by esbuild before it runs (see engine.ts): the code as
 * the extension ships it, without the name-keeping wrappers tsx adds to every function.
 */
export { evaluate } from '@/lib/engine/evaluate';
export { packValues, resolveSettings } from '@/lib/engine/settings';
export { basePack } from '@/rules/base';
export { normalizeForm } from '@/lib/form/normalize';
export { cignaIlarisPack } from '@/rules/cigna/ilaris';
export { ILARIS_SELECTED, STILLS_70KG, TODAY } from '@/rules/cigna/ilaris/test-utils';
