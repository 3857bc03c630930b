import { verifiedNdc } from './derive';
import { CLINICAL, CRP, DOSE_TOLERANCE, DOSING, DRUG, INDICATIONS, SOURCES, STEP_THERAPY } from './facts';
import { CRP_WINDOW } from './settings';

/**
 * What the Cigna × Ilaris rules check, one line per rule id, for the options page and the
 * catalog (never the content script: only `docs.ts` imports this). Numbers and codes are
 * quoted from facts.ts, the one place they are stated.
 */

const perMonthFmf = CLINICAL.fmfFlaresPer6Months.value / 6;
const goutRetreatWeeks = (DOSING.value.GOUT.retreatAfterDays ?? 0) / 7;
const stillsPolicyAge = INDICATIONS.AOSD.policyMinAgeYears?.value;

export const ILARIS_DESCRIPTIONS: Readonly<Record<string, string>> = {
  'units-equal-mg': `${DRUG.hcpcs.value.code} billing units equal the dose in mg (1 unit = ${DRUG.hcpcs.value.mgPerUnit} mg); 1 unit for the whole dose is the classic error.`,
  'dose-over-max': 'The dose is no more than the largest single dose in the FDA label.',
  'dose-weight-mismatch': `The dose matches the FDA label for the indication and weight band (mg/kg or fixed dose; pounds converted; ${Math.round(DOSE_TOLERANCE.value * 100)}% rounding allowed).`,
  'weight-missing': 'Once a dose is entered, the weight is there when the label dose depends on it (every indication but gout).',
  'hcpcs-code': `The HCPCS code is ${DRUG.hcpcs.value.code} (${DRUG.hcpcs.value.descriptor}), not an unclassified or other drug code.`,
  'ndc-product': `The NDC is an Ilaris NDC (${verifiedNdc().hyphenated}); an NDC not verified in the FDA directory is a warning.`,
  'ndc-quantity': `The NDC quantity uses a unit of measure (${DRUG.ndcQuantityUnits.value.join(', ')}), never MG, and counts the vials: ceil(dose / ${DRUG.vialSizeMg.value} mg); ML equals the vials for 1 mL vials.`,
  'waste-modifier':
    'Advice: drug discarded from single-dose vials is billed with JW and its units; JZ when none is discarded (Medicare; Cigna commercial use unconfirmed).',
  'frequency-indication':
    "The frequency matches the FDA label interval for the indication (gout: once per flare, with the label's retreatment gap).",
  'admin-cpt': `The administration code is CPT ${DRUG.adminCpt.value.code} (${DRUG.adminCpt.value.descriptor}), not an infusion or other code.`,
  'place-of-service': `The place of service is one where a provider-administered Ilaris injection is billed: ${Object.keys(DRUG.placesOfService.value).join(', ')}.`,
  'icd10-not-covered':
    "At least one diagnosis code is one Cigna covers Ilaris for (CAPS, FMF/TRAPS/HIDS, Still's, gout); rheumatoid arthritis codes are excluded.",
  'icd10-fmf-e850':
    'FMF is coded M04.1 in ICD-10-CM; E85.0 (its WHO ICD-10 home) is heredofamilial amyloidosis on US claims.',
  'indication-ambiguous':
    'The indication chosen or typed is one Ilaris is used for, the diagnosis codes and it agree on one indication; M04.1 without a choice is read as FMF (info).',
  'flare-criteria': `The flare history entered meets the indication's criterion: FMF ≥${perMonthFmf} flare a month despite colchicine or a hospitalization; TRAPS/HIDS ≥${CLINICAL.trapsFlaresPer12Months.value} flares a year or a hospitalization; gout ≥${CLINICAL.goutFlaresPer12Months.value} flares in 12 months.`,
  'crp-missing':
    "A CRP result is entered when the indication needs one (FMF, TRAPS, HIDS, Still's); fires once the request has a diagnosis, not for continuation requests.",
  'crp-date-missing': 'A CRP result has its collection date, so a reviewer can see it is recent.',
  'crp-date-stale': `The CRP was collected within the window (default ${CRP_WINDOW.default} days, in settings) before the request date, or today when none is entered.`,
  'crp-below-threshold': `The CRP meets the criterion: at least ${CRP.thresholdMgL.value} mg/L or ${CRP.ulnMultiple.value}× the lab's ULN (mg/dL converted; ULN from the request or settings).`,
  'crp-unit-suspect':
    "The CRP has a unit, agrees with the unit of the lab's range, and is plausible for it (mg/dL vs mg/L is a tenfold difference).",
  'crp-reference-missing': `A CRP result comes with the lab's reference range or ULN (needed for the ${CRP.ulnMultiple.value}× ULN test); info only when the CRP already meets the mg/L threshold.`,
  'age-below-minimum': `The patient is at least the minimum age for the indication on the request date (label ages; the stricter ${stillsPolicyAge} for adult-onset Still's in some policy versions is a warning).`,
  'prescriber-specialty':
    "The prescriber is (or consults) a specialist Cigna lists for the indication, e.g. a rheumatologist for Still's disease and gout.",
  'prior-therapy-incomplete':
    'Each prior-therapy row names a drug (not just a class like "NSAIDs"), its dose, dates or duration, and the outcome.',
  'step-therapy-missing': `Prior therapy per indication: FMF colchicine (unless contraindicated) and continued; Still's a corticosteroid and a conventional DMARD for ${STEP_THERAPY.stillsDmardMonths.value}+ months (proxy, ${STEP_THERAPY.stillsDmardMonths.source.confidence}); gout NSAID and colchicine each contraindicated, not tolerated or ineffective, and not a candidate for repeated corticosteroids. Fires once the indication is known, not for continuation requests.`,
  'gout-urate-lowering': 'Gout: the patient is on, or starting, urate-lowering therapy (fires on a "no" answer).',
  'gout-retreatment-interval': `Gout: the last Ilaris dose was at least ${goutRetreatWeeks} weeks before the date of service (or the request date).`,
  'continuation-benefit': `A continuation request documents a benefit after at least ${CLINICAL.continuationMonths.value} months on therapy (fires on a "no" answer).`,
};

/** Web addresses of the pack's sources, by source title (the content script never needs them). */
export const ILARIS_SOURCE_URLS: Readonly<Record<string, string>> = {
  [SOURCES.label.title]: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=7d271f3b-e4f9-4d80-8dcf-28d49123f80e',
  [SOURCES.criteriaTemplate.title]: 'https://coverage.pharmacistwrite.com',
};
