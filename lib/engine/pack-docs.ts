import type { AppealRules } from '@/lib/appeals';
import type { FollowUpCadence } from '@/lib/followup';
import type { LetterTemplate } from '@/lib/letter/letter';
import type { Parsed } from '@/lib/parse/result';
import type { Indication, PackManifest, RuleSource } from './types';

/**
 * What a pack gives the pages people read (popup, options, side panel, the catalog) and the
 * content script never loads: rule descriptions, source addresses, settings' labels, the dose
 * calculator, the payer's appeal deadlines, the letters and the follow-up cadence.
 */

export type WeightUnit = 'kg' | 'lb';

export interface DoseInput {
  indication: Indication;
  /** the weight as typed: "70", "154 lb"; a unit typed here wins over `weightUnit` */
  weight: string;
  weightUnit: WeightUnit;
}

export interface DoseResult {
  indicationLabel: string;
  /** the weight used, in kg rounded to 0.1 (null when the label dose does not depend on weight) */
  weightKg: number | null;
  /** "154 lb = 69.9 kg" */
  weightText: string | null;
  doseMg: number;
  /** how the dose was found: "4 mg/kg × 70 kg = 280 mg" */
  basis: string;
  /** how far the label lets the dose go up, when it does: "may be increased to 4 mg/kg" */
  increase: string | null;
  interval: string;
  hcpcs: string;
  units: number;
  vials: number;
  vialSizeMg: number;
  discardedMg: number;
  modifier: string;
  modifierAdvice: string;
  /** the claim's NDC line: N4 qualifier, 11 digits, unit of measure and quantity */
  ndcLine: string;
  source: RuleSource;
}

/** Indication + weight → the label dose and what to bill. */
export interface DoseCalculator {
  indications: readonly { id: Indication; label: string }[];
  /** the indication shown before the page gives one */
  defaultIndication: Indication;
  calculate(input: DoseInput): Parsed<DoseResult>;
}

/** How the options page shows and reads one of a pack's settings (`PackSettingDef`). */
export interface PackSettingDocs {
  name: string;
  label: string;
  hint: string;
  /** the text a user typed → the value to store (null: not set) or a plain-language problem */
  parse(text: string): Parsed<number | null>;
  format(value: number | null): string;
}

export interface PackDocs {
  manifest: PackManifest;
  /** "Cigna × Ilaris (canakinumab)" */
  title: string;
  /** one line per rule id, for the options page and the catalog */
  descriptions: Readonly<Record<string, string>>;
  /** web addresses of sources, by source title */
  sourceUrls?: Readonly<Record<string, string>>;
  settings?: readonly PackSettingDocs[];
  calculator?: DoseCalculator;
  /** the payer's appeal and external review deadlines */
  appeals?: AppealRules;
  /** the letter of medical necessity: its sections and the payer's criteria (lib/letter) */
  letter?: LetterTemplate;
  /** what staff do after submitting, week by week (lib/followup) */
  followUp?: FollowUpCadence;
}
