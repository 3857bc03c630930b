import type { PolicyPack, Rule } from '../../../lib/engine/types';
import { ILARIS_CHECKLIST } from './checklist';
import { inferIndication, leavesUnder } from './codes';
import { CIGNA_ILARIS } from './manifest';
import { ILARIS_SETTINGS } from './settings';
import * as facts from './facts';
import * as adminCpt from './rules/admin-cpt';
import * as ageBelowMinimum from './rules/age-below-minimum';
import * as continuationBenefit from './rules/continuation-benefit';
import * as crpBelowThreshold from './rules/crp-below-threshold';
import * as crpDateMissing from './rules/crp-date-missing';
import * as crpDateStale from './rules/crp-date-stale';
import * as crpMissing from './rules/crp-missing';
import * as crpReferenceMissing from './rules/crp-reference-missing';
import * as crpUnitSuspect from './rules/crp-unit-suspect';
import * as doseOverMax from './rules/dose-over-max';
import * as doseWeightMismatch from './rules/dose-weight-mismatch';
import * as flareCriteria from './rules/flare-criteria';
import * as frequencyIndication from './rules/frequency-indication';
import * as goutRetreatmentInterval from './rules/gout-retreatment-interval';
import * as goutUrateLowering from './rules/gout-urate-lowering';
import * as hcpcsCode from './rules/hcpcs-code';
import * as icd10FmfE850 from './rules/icd10-fmf-e850';
import * as icd10NotCovered from './rules/icd10-not-covered';
import * as indicationAmbiguous from './rules/indication-ambiguous';
import * as ndcProduct from './rules/ndc-product';
import * as ndcQuantity from './rules/ndc-quantity';
import * as placeOfService from './rules/place-of-service';
import * as prescriberSpecialty from './rules/prescriber-specialty';
import * as priorTherapyIncomplete from './rules/prior-therapy-incomplete';
import * as stepTherapyMissing from './rules/step-therapy-missing';
import * as unitsEqualMg from './rules/units-equal-mg';
import * as wasteModifier from './rules/waste-modifier';
import * as weightMissing from './rules/weight-missing';

/** Every rule of the pack, in catalog order: coding, diagnosis, labs, patient and prescriber, step therapy. */
export const ILARIS_RULES: Rule[] = [
  unitsEqualMg,
  doseOverMax,
  doseWeightMismatch,
  weightMissing,
  hcpcsCode,
  ndcProduct,
  ndcQuantity,
  wasteModifier,
  frequencyIndication,
  adminCpt,
  placeOfService,
  icd10NotCovered,
  icd10FmfE850,
  indicationAmbiguous,
  flareCriteria,
  crpMissing,
  crpDateMissing,
  crpDateStale,
  crpBelowThreshold,
  crpUnitSuspect,
  crpReferenceMissing,
  ageBelowMinimum,
  prescriberSpecialty,
  priorTherapyIncomplete,
  stepTherapyMissing,
  goutUrateLowering,
  goutRetreatmentInterval,
  continuationBenefit,
];

const labels: Record<string, string> = Object.fromEntries(Object.values(facts.INDICATIONS).map((f) => [f.id, f.label]));

/** Cigna × Ilaris (canakinumab): the rules, the audit checklist and what the engine asks of a pack. */
export const cignaIlarisPack: PolicyPack = {
  manifest: CIGNA_ILARIS,
  rules: ILARIS_RULES,
  checklist: ILARIS_CHECKLIST,
  settings: ILARIS_SETTINGS,
  inferIndication,
  indicationLabels: labels,
  ndcs: facts.ILARIS_NDCS.map((n) => n.ndc11),
  leavesUnder,
};
