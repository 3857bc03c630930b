/** The Cigna × Ilaris docs as the popup receives them, for tests of code that must not import packs itself. */
export { CIGNA_APPEALS } from '@/rules/cigna/appeals';
export { ILARIS_CALCULATOR } from '@/rules/cigna/ilaris/calculator';
export { CIGNA_ILARIS } from '@/rules/cigna/ilaris/manifest';
