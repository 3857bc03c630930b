import type { PackDocs } from '@/lib/engine/pack-docs';
import { BASE_DESCRIPTIONS, BASE_SOURCE_URLS } from './descriptions';
import { basePack } from './index';

/** What people read about the checks for every drug. */
export const baseDocs: PackDocs = {
  manifest: basePack.manifest,
  title: 'Checks for every drug',
  descriptions: BASE_DESCRIPTIONS,
  sourceUrls: BASE_SOURCE_URLS,
};
