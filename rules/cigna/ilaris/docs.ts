import type { PackDocs } from '@/lib/engine/pack-docs';
import { CIGNA_APPEALS } from '@/rules/cigna/appeals';
import { CIGNA_FOLLOW_UP } from '@/rules/cigna/followup';
import { ILARIS_APPEAL } from './appeal';
import { ILARIS_CALCULATOR } from './calculator';
import { ILARIS_DESCRIPTIONS, ILARIS_SOURCE_URLS } from './descriptions';
import { ILARIS_LETTER } from './letter';
import { CIGNA_ILARIS } from './manifest';
import { ILARIS_SETTINGS_DOCS } from './settings-docs';

/** What people read about the Cigna × Ilaris pack: the options page, the popup, the side panel, the catalog. */
export const cignaIlarisDocs: PackDocs = {
  manifest: CIGNA_ILARIS,
  title: 'Cigna × Ilaris (canakinumab)',
  descriptions: ILARIS_DESCRIPTIONS,
  sourceUrls: ILARIS_SOURCE_URLS,
  settings: ILARIS_SETTINGS_DOCS,
  calculator: ILARIS_CALCULATOR,
  appeals: CIGNA_APPEALS,
  letter: { ...ILARIS_LETTER, appeal: ILARIS_APPEAL },
  followUp: CIGNA_FOLLOW_UP,
};
