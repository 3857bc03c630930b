import type { PackChecks, Rule } from '@/lib/engine/types';
import { inferIndication, leavesUnder } from './codes';
import { PRODUCTS } from './facts';
import { CIGNA_INFLIXIMAB } from './manifest';
import * as adminCpt from './rules/admin-cpt';
import * as ageBelowMinimum from './rules/age-below-minimum';
import * as billingUnits from './rules/billing-units';
import * as doseWeight from './rules/dose-weight';
import * as frequencyIndication from './rules/frequency-indication';
import * as hcpcsCode from './rules/hcpcs-code';
import * as hcpcsProductMismatch from './rules/hcpcs-product-mismatch';
import * as icd10NotCovered from './rules/icd10-not-covered';
import * as ndcProduct from './rules/ndc-product';
import * as ndcQuantity from './rules/ndc-quantity';
import * as placeOfService from './rules/place-of-service';
import * as preferredProduct from './rules/preferred-product';
import * as prescriberSpecialty from './rules/prescriber-specialty';
import * as raMethotrexate from './rules/ra-methotrexate';
import * as wasteModifier from './rules/waste-modifier';
import * as weightMissing from './rules/weight-missing';

/**
 * Every rule of the pack, in catalog order: coding, diagnosis, patient and prescriber, prior
 * therapy. Each module's `meta` and `check` are read by name (a namespace used as a value would
 * be bundled as an object of getters).
 */
export const INFLIXIMAB_RULES: Rule[] = [
  { meta: billingUnits.meta, check: billingUnits.check },
  { meta: doseWeight.meta, check: doseWeight.check },
  { meta: weightMissing.meta, check: weightMissing.check },
  { meta: hcpcsCode.meta, check: hcpcsCode.check },
  { meta: hcpcsProductMismatch.meta, check: hcpcsProductMismatch.check },
  { meta: ndcProduct.meta, check: ndcProduct.check },
  { meta: ndcQuantity.meta, check: ndcQuantity.check },
  { meta: wasteModifier.meta, check: wasteModifier.check },
  { meta: frequencyIndication.meta, check: frequencyIndication.check },
  { meta: adminCpt.meta, check: adminCpt.check },
  { meta: placeOfService.meta, check: placeOfService.check },
  { meta: icd10NotCovered.meta, check: icd10NotCovered.check },
  { meta: ageBelowMinimum.meta, check: ageBelowMinimum.check },
  { meta: prescriberSpecialty.meta, check: prescriberSpecialty.check },
  { meta: raMethotrexate.meta, check: raMethotrexate.check },
  { meta: preferredProduct.meta, check: preferredProduct.check },
];

/**
 * Cigna × infliximab (Remicade and its biosimilars): what the content script loads when a
 * request is for infliximab (lazy/packs/cigna-infliximab.js). The checklist is added in index.ts.
 */
export const cignaInfliximabChecks: PackChecks = {
  manifest: CIGNA_INFLIXIMAB,
  rules: INFLIXIMAB_RULES,
  inferIndication,
  ndcs: PRODUCTS.value.flatMap((p) => p.ndcs.map((n) => n.ndc11)),
  leavesUnder,
};
