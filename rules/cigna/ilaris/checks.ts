import type { PackChecks, Rule } from '@/lib/engine/types';
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

/**
 * Every rule of the pack, in catalog order: coding, diagnosis, labs, patient and prescriber, step
 * therapy. Each module's `meta` and `check` are read by name: a module namespace used as a value
 * would be bundled as an object of getters, one per rule.
 */
export const ILARIS_RULES: Rule[] = [
  { meta: unitsEqualMg.meta, check: unitsEqualMg.check },
  { meta: doseOverMax.meta, check: doseOverMax.check },
  { meta: doseWeightMismatch.meta, check: doseWeightMismatch.check },
  { meta: weightMissing.meta, check: weightMissing.check },
  { meta: hcpcsCode.meta, check: hcpcsCode.check },
  { meta: ndcProduct.meta, check: ndcProduct.check },
  { meta: ndcQuantity.meta, check: ndcQuantity.check },
  { meta: wasteModifier.meta, check: wasteModifier.check },
  { meta: frequencyIndication.meta, check: frequencyIndication.check },
  { meta: adminCpt.meta, check: adminCpt.check },
  { meta: placeOfService.meta, check: placeOfService.check },
  { meta: icd10NotCovered.meta, check: icd10NotCovered.check },
  { meta: icd10FmfE850.meta, check: icd10FmfE850.check },
  { meta: indicationAmbiguous.meta, check: indicationAmbiguous.check },
  { meta: flareCriteria.meta, check: flareCriteria.check },
  { meta: crpMissing.meta, check: crpMissing.check },
  { meta: crpDateMissing.meta, check: crpDateMissing.check },
  { meta: crpDateStale.meta, check: crpDateStale.check },
  { meta: crpBelowThreshold.meta, check: crpBelowThreshold.check },
  { meta: crpUnitSuspect.meta, check: crpUnitSuspect.check },
  { meta: crpReferenceMissing.meta, check: crpReferenceMissing.check },
  { meta: ageBelowMinimum.meta, check: ageBelowMinimum.check },
  { meta: prescriberSpecialty.meta, check: prescriberSpecialty.check },
  { meta: priorTherapyIncomplete.meta, check: priorTherapyIncomplete.check },
  { meta: stepTherapyMissing.meta, check: stepTherapyMissing.check },
  { meta: goutUrateLowering.meta, check: goutUrateLowering.check },
  { meta: goutRetreatmentInterval.meta, check: goutRetreatmentInterval.check },
  { meta: continuationBenefit.meta, check: continuationBenefit.check },
];

/**
 * Cigna × Ilaris (canakinumab): the rules and what the engine asks of a pack; what the content
 * script loads when a request is for Ilaris (lazy/packs/cigna-ilaris.js). The checklist is
 * added in index.ts.
 */
export const cignaIlarisChecks: PackChecks = {
  manifest: CIGNA_ILARIS,
  rules: ILARIS_RULES,
  settings: ILARIS_SETTINGS,
  inferIndication,
  ndcs: facts.ILARIS_NDCS.map((n) => n.ndc11),
  leavesUnder,
};
