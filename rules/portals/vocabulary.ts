import { F } from '@/lib/form/fields';
import type { VocabularyEntry } from '@/lib/dom/portal';

/**
 * The words PA forms use for each field (domain sheet, "Portal forms": Cigna's drug PA fax
 * template, the Medicare Part B precert, the HealthSpring web form, prior-therapy tables),
 * for forms that have no field map. Tried in order, against each label signal in order of
 * trust; the first entry that matches names the field. Specific entries come before general
 * ones ("CRP collection date" before "date", "Dose unit" before "Dose").
 */

/** a section of the therapies tried before, not of the requests made before ("Previous Medication
 *  Requests": a list of past authorizations) */
const PRIOR_THERAPY_SECTION =
  /(prior|previous|past) (therap|treatment|medication|drug)(?![a-z]* (request|authori[sz]ation|submission|claim|order))|step therap|(therapy|treatment|medication) history|medications? tried|tried and failed/;
const CRP_SECTION = /c-reactive|\bcrp\b/;
/** a section about the patient or the prescriber alone, where a box titled "Name" is theirs
 *  (and a first and last name box joined: lib/dom/split-names.ts) */
const PATIENT_SECTION = /^(patient|member|enrollee|subscriber|beneficiary)('s)?( information| info| details| demographics)?$/;
const PRESCRIBER_SECTION = /^(prescriber|prescribing (physician|provider)|physician|provider|doctor)('s)?( information| info| details)?$/;
/** controls that hold a unit: a native or a custom select */
const UNIT_KINDS = ['select', 'combobox'] as const;

export const VOCABULARY: readonly VocabularyEntry[] = [
  // rows of a prior-therapy table ("Drug name/dose | Dates of therapy | Outcome of therapy")
  { section: PRIOR_THERAPY_SECTION, label: /outcome|result|response|reason.*(stop|discontinu)/, path: 'priorTherapies.#.outcome' },
  // "From" and "To" columns, not a question with "from" or "to" in it ("intolerance to NSAIDs?")
  { section: PRIOR_THERAPY_SECTION, label: /start|^(date )?from( date)?$|initiated|began|begin/, path: 'priorTherapies.#.start' },
  { section: PRIOR_THERAPY_SECTION, label: /stop|end date|^(date )?to( date)?$|discontinu|through/, path: 'priorTherapies.#.stop' },
  { section: PRIOR_THERAPY_SECTION, label: /duration|dates of (therapy|treatment)|length/, path: 'priorTherapies.#.duration' },
  { section: PRIOR_THERAPY_SECTION, label: /drug|medication|agent/, path: 'priorTherapies.#.drug' },
  { section: PRIOR_THERAPY_SECTION, label: /\bdos(e|age)\b|strength/, path: 'priorTherapies.#.dose' },

  // clinical questions (before "dose", "date", "weight" that they may contain)
  { label: /last (dose|injection|administration)/, path: F.lastDoseDate },
  // "hospitalized for a flare in the past 12 months" asks about the hospital stay
  { label: /^(?!.*\b(number of|how many)\b).*hospitali[sz]/, path: F.hospitalization },
  { label: /flares?\b.*\b(6|six) months/, path: F.flaresPast6Months },
  { label: /flares?\b.*\b(12|twelve) months|flares?\b.*past year/, path: F.flaresPast12Months },
  { label: /colchicine.*(contraindicat|not tolerat|intoleran)|(contraindicat|intoleran).*colchicine/, path: F.colchicineContraindicated },
  { label: /continu.*colchicine|colchicine.*continu/, path: F.colchicineContinuing },
  { label: /nsaid.*(contraindicat|not tolerat|intoleran)|(contraindicat|intoleran).*nsaid/, path: F.nsaidContraindicated },
  { label: /corticosteroid|steroid/, path: F.corticosteroidsNotCandidate },
  { label: /urate[- ]lowering|allopurinol|febuxostat/, path: F.urateLoweringTherapy },
  { label: /benefit|improvement|response to (ilaris|canakinumab|therapy)/, path: F.benefitDocumented },

  // labs
  { label: /(crp|c-reactive).*(collect|date|drawn)|date.*(crp|c-reactive)/, path: F.crpDate },
  { label: /(crp|c-reactive).*(reference|range)|reference range/, path: F.crpReferenceRange },
  { label: /(crp|c-reactive).*(\buln\b|upper limit)|upper limit of normal|\buln\b/, path: F.crpUln },
  { label: /(crp|c-reactive).*unit/, path: F.crpUnit },
  { label: /c-reactive|\bcrp\b/, path: F.crpValue },
  { label: /\besr\b|sed(imentation)? rate/, path: F.esr },
  { label: /ferritin/, path: F.ferritin },

  // a CRP block whose own labels are generic ("Result", "Date collected", "Unit")
  { section: CRP_SECTION, label: /date|collected|drawn/, path: F.crpDate },
  { section: CRP_SECTION, label: /reference|normal range|range/, path: F.crpReferenceRange },
  { section: CRP_SECTION, label: /\buln\b|upper limit/, path: F.crpUln },
  { section: CRP_SECTION, label: /unit/, kinds: UNIT_KINDS, path: F.crpUnit },
  // a box titled only "Unit" there holds the result's unit, not billing units
  { section: CRP_SECTION, label: /^units?$/, path: F.crpUnit },
  { section: CRP_SECTION, label: /value|result|level|\bcrp\b|c-reactive/, path: F.crpValue },

  // patient
  { label: /date of birth|\bdob\b|birth ?date/, path: F.dob },
  { label: /weight.*unit|unit.*weight/, path: F.weightUnit },
  { label: /weight/, path: F.weight },
  { label: /(cigna|customer|member|subscriber|insured|patient)('s)? (id|#|number|no\b)|member id|\bcigna id/, path: F.memberId },
  { label: /(patient|member|customer)('s)? (full )?name/, path: F.patientName },
  { section: PATIENT_SECTION, label: /^(full )?name$/, path: F.patientName },
  // "ID" under a patient's heading is theirs, as "Patient ID" is
  { section: PATIENT_SECTION, label: /^id( ?#| number)?$/, path: F.memberId },

  // prescriber
  { label: /\bnpi\b/, path: F.npi },
  { label: /specialty/, path: F.specialty },
  { label: /\bfax\b/, path: F.prescriberFax },
  { label: /phone|telephone/, notSection: /patient|member/, path: F.prescriberPhone },
  { label: /(physician|prescriber|provider|doctor|prescribing)('s)? (full )?name/, path: F.prescriberName },
  { section: PRESCRIBER_SECTION, label: /^(full )?name$/, path: F.prescriberName },

  // request
  { label: /date of service|service date|date therapy (initiated|start)/, path: F.serviceDate },
  { label: /date of request|request date|date requested/, path: F.requestDate },
  {
    label:
      /new authorization|extension of|request type|type of request|is this (a )?(new )?request(?! for\b)|is this (a )?request for(\W*$| (a |an )?(new|initial|continu|renew|extension|re-?auth))|new (request )?(or|\/) (an? )?(continu|renew)|initial or/,
    path: F.requestType,
  },

  // diagnosis
  { label: /icd|diagnosis code|\b(primary|secondary|additional|other) dx\b|^dx( codes?)?$|\bdx codes?\b/, path: 'diagnosis.codes.#' },
  { label: /indication|^diagnosis$/, path: F.indication },

  // drug and coding
  // a drug's service line names its code a procedure code (Availity); an administration's is its CPT
  { label: /j-?code|hcpcs|^(procedure|service) code\b/, path: F.hcpcs },
  { label: /unit of measure|\buom\b|(ndc|quantity).*\bunit\b/, kinds: UNIT_KINDS, path: F.ndcUnit },
  { label: /\bndc\b.*(qty|quantity|unit)|unit of measure/, path: F.ndcQuantity },
  { label: /\bndc\b|national drug code/, path: F.ndc },
  { label: /dose unit|dosage unit|unit.*dose/, path: F.doseUnit },
  { label: /billing units|billed units|service units|number of units|units requested|requested units|^units?$|quantity/, path: F.units },
  // "Drug name and strength" names the drug (with its strength), not the dose
  { label: /^(drug|medication) name\b/, path: F.drugName },
  // a dose's type ("Loading" or "Maintenance": jsonform's selectfieldset) or a dosage form is not the dose
  { label: /\bdos(e|age)\b(?! (type|form))|strength/, path: F.dose },
  { label: /frequency|how often|interval/, path: F.frequency },
  { label: /duration/, path: F.duration },
  { label: /obtained|where will|supplied by|acquisition|dispensed/, path: F.obtainedFrom },
  { label: /place of service|\bpos\b|site of care/, path: F.placeOfService },
  { label: /admin(istration)? (cpt|code)|\bcpt\b/, path: F.adminCpt },
  { label: /modifier/, path: F.modifiers },
  {
    label:
      /(medication|drug) ((is|being) )?requested|(medication|drug) name|requested (medication|drug)|^(medication|drug)$|name of (drug|medication)/,
    path: F.drugName,
  },
];
