import type { PackDocs } from '@/lib/engine/pack-docs';
import { CIGNA_APPEALS } from '@/rules/cigna/appeals';
import { CIGNA_FOLLOW_UP } from '@/rules/cigna/followup';
import { INFLIXIMAB_CALCULATOR } from './calculator';
import { INFLIXIMAB_DESCRIPTIONS, INFLIXIMAB_SOURCE_URLS } from './descriptions';
import { INFLIXIMAB_APPEAL } from './appeal';
import { INFLIXIMAB_LETTER } from './letter';
import { CIGNA_INFLIXIMAB } from './manifest';

/** What people read about the Cigna × infliximab pack: the options page, the popup, the catalog. */
export const cignaInfliximabDocs: PackDocs = {
  manifest: CIGNA_INFLIXIMAB,
  title: 'Cigna × infliximab (Remicade, Inflectra, Renflexis, Avsola)',
  descriptions: INFLIXIMAB_DESCRIPTIONS,
  sourceUrls: INFLIXIMAB_SOURCE_URLS,
  calculator: INFLIXIMAB_CALCULATOR,
  appeals: CIGNA_APPEALS,
  letter: { ...INFLIXIMAB_LETTER, appeal: INFLIXIMAB_APPEAL },
  // Cigna's follow-up after a submission is the payer's, whatever the drug
  followUp: CIGNA_FOLLOW_UP,
};
