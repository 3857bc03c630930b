import { verifiedNdc } from './derive';
import { CLINICAL, CRP, DOSE_TOLERANCE, DOSING, DRUG, INDICATIONS, JIA_ONSET_BEFORE_AGE, SOURCES, STEP_THERAPY } from './facts';
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
  'units-equal-mg': `${DRUG.hcpcs.value.code} billing units equal the dose in mg (1 unit = ${DRUG.hcpcs.value.mgPerUnit} mg), a part of a unit rounded up to the next whole unit (70.6 mg → 71; CMS); 1 unit for the whole dose is the classic error. Decision: units for the whole vials opened (300 for 280 mg) are a warning, not an error: the discarded drug is normally billed on its own line with JW, but some payers bill whole vials.`,
  'dose-over-max': 'The dose is no more than the largest single dose in the FDA label.',
  'dose-weight-mismatch': `The dose matches the FDA label for the indication and weight band (mg/kg or fixed dose; pounds converted; ${Math.round(DOSE_TOLERANCE.value * 100)}% rounding allowed). A weight on the line between two bands (exactly 40 kg for CAPS and the periodic fevers) is ambiguous: a dose that fits the neighbouring band is an info note asking to confirm the weight, not a warning.`,
  'weight-missing': 'Once a dose is entered, the weight is there when the label dose depends on it (every indication but gout).',
  'hcpcs-code': `The HCPCS code is ${DRUG.hcpcs.value.code} (${DRUG.hcpcs.value.descriptor}), not an unclassified or other drug code.`,
  'ndc-product': `The NDC is an Ilaris NDC (${verifiedNdc().hyphenated}); an NDC not verified in the FDA directory is a warning.`,
  'ndc-quantity': `The NDC quantity uses a unit of measure of the claim standard (${DRUG.ndcQuantityUnits.value.join(', ')}; ME is milligram), never MG, which is no qualifier (error); ${DRUG.ndcQuantityUnits.value.filter((u) => !DRUG.ndcQuantityUnitsForVials.value.includes(u)).join(', ')} are warnings, since payers' guides ask for ${DRUG.ndcQuantityUnitsForVials.value.join(' or ')} for vials (a convention, ${DRUG.ndcQuantityUnitsForVials.source.confidence}). It counts the vials: ceil(dose / ${DRUG.vialSizeMg.value} mg); ML equals the vials for 1 mL vials.`,
  'waste-modifier':
    'Advice: drug discarded from single-dose vials is billed with JW and its units; JZ when none is discarded (Medicare; Cigna commercial use unconfirmed).',
  'frequency-indication':
    "The frequency matches the FDA label interval for the indication (gout: once per flare, with the label's retreatment gap); Ilaris has no induction or loading doses.",
  'admin-cpt': `The administration code is CPT ${DRUG.adminCpt.value.code} (${DRUG.adminCpt.value.descriptor}), not an infusion or other code. CPT ${DRUG.adminCptPayerDependent.value.code}, the subcutaneous highly complex biologic code (964xx), is payer-dependent and Cigna's rule is not confirmed: a warning, not an error; the other 964xx codes name another route and are errors.`,
  'place-of-service': `The place of service is one where a provider-administered Ilaris injection is billed: ${Object.keys(DRUG.placesOfService.value).join(', ')}.`,
  'icd10-not-covered':
    "At least one diagnosis code is one Cigna covers Ilaris for (CAPS, FMF/TRAPS/HIDS, Still's, gout); rheumatoid arthritis codes are excluded. Headers, placeholders and codes below a billable leaf (M06.10) are left to icd10-invalid.",
  'icd10-fmf-e850': 'FMF is coded M04.1 in ICD-10-CM; E85.0 (its WHO ICD-10 home) is heredofamilial amyloidosis on US claims.',
  'indication-ambiguous': `The indication chosen or typed is one Ilaris is used for, the diagnosis codes and it agree on one indication; M04.1 without a choice is read as FMF (info). "Still's disease" covers adult-onset Still's and systemic JIA: the code decides (${INDICATIONS.AOSD.suggestedCode} adult-onset, M08.2- systemic JIA); without one, a patient under ${JIA_ONSET_BEFORE_AGE.value} has systemic JIA.`,
  'flare-criteria': `The flare history entered meets the indication's criterion: FMF ≥${perMonthFmf} flare a month despite colchicine or a hospitalization; TRAPS/HIDS ≥${CLINICAL.trapsFlaresPer12Months.value} flares a year or a hospitalization; gout ≥${CLINICAL.goutFlaresPer12Months.value} flares in 12 months. Initial requests only (not continuations, nor the gout retreatment path: earlier Ilaris with benefit).`,
  'crp-missing':
    "A CRP result is entered when the indication needs one (FMF, TRAPS, HIDS, Still's); fires once the request has a diagnosis, not for continuation requests.",
  'crp-date-missing': 'A CRP result has its collection date, so a reviewer can see it is recent; not for continuation requests.',
  'crp-date-stale': `The CRP was collected within the window (default ${CRP_WINDOW.default} days, in settings) before the request date, or today when none is entered; not for continuation requests.`,
  'crp-below-threshold': `The CRP meets the criterion: at least ${CRP.thresholdMgL.value} mg/L or ${CRP.ulnMultiple.value}× the lab's ULN (mg/dL converted; ULN from the request or settings). Initial requests only: on a continuation a normalized CRP is evidence of benefit.`,
  'crp-unit-suspect':
    "The CRP has a unit, agrees with the unit of the lab's range, and is plausible for it (mg/dL vs mg/L is a tenfold difference).",
  'crp-reference-missing': `A CRP result comes with the lab's reference range or ULN (needed for the ${CRP.ulnMultiple.value}× ULN test); info only when the CRP already meets the mg/L threshold, and on continuation requests (the range shows a normalized CRP).`,
  'age-below-minimum': `The patient is at least the minimum age for the indication on the request date (label ages, an error; the 2 years for FMF, TRAPS and HIDS/MKD come from the criteria template and EU labelling, not the US label, so below them is a warning; the stricter ${stillsPolicyAge} for adult-onset Still's in some policy versions is a warning). "Still's disease" with an M08.2- code, or without a code for a patient under ${JIA_ONSET_BEFORE_AGE.value}, is systemic JIA, which has no such policy age.`,
  'prescriber-specialty':
    "The prescriber is (or consults) a specialist Cigna lists for the indication, e.g. a rheumatologist for Still's disease and gout.",
  'prior-therapy-incomplete':
    'Each prior-therapy row names a drug (not just a class like "NSAIDs"), its dose, dates or duration, and the outcome.',
  'step-therapy-missing': `Prior therapy per indication: FMF colchicine (unless contraindicated) and continued; Still's a corticosteroid and a conventional DMARD with an inadequate response for ${STEP_THERAPY.stillsDmardMonths.value}+ months (proxy, ${STEP_THERAPY.stillsDmardMonths.source.confidence}), or instead a biologic tried such as anakinra or tocilizumab (decision, proxy, ${STEP_THERAPY.stillsPriorBiologic.source.confidence}); gout NSAID and colchicine each contraindicated, not tolerated or ineffective (a row whose outcome says the drug worked does not count), and not a candidate for repeated corticosteroids. Decision: the gout retreatment path (an earlier Ilaris dose with a documented benefit, a new flare, ≥${goutRetreatWeeks} weeks since) drops the NSAID and colchicine criteria (proxy, ${STEP_THERAPY.goutRetreatmentPath.source.confidence}). Fires once the indication is known, not for continuation requests.`,
  'gout-urate-lowering': 'Gout: the patient is on, or starting, urate-lowering therapy (fires on a "no" answer).',
  'gout-retreatment-interval': `Gout: the last Ilaris dose (the last-dose date, else the latest date of an Ilaris prior-therapy row) was at least ${goutRetreatWeeks} weeks before the date of service (or the request date); an Ilaris row still taken ("ongoing", "present") asks for the last-dose date.`,
  'continuation-benefit': `A continuation request documents a benefit after at least ${CLINICAL.continuationMonths.value} months on therapy (fires on a "no" answer).`,
};

/** Web addresses of the pack's sources, by source title (the content script never needs them). */
export const ILARIS_SOURCE_URLS: Readonly<Record<string, string>> = {
  [SOURCES.label.title]: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=7d271f3b-e4f9-4d80-8dcf-28d49123f80e',
  [SOURCES.criteriaTemplate.title]: 'https://coverage.pharmacistwrite.com',
};
