import { CODE_FAMILIES, DOSE_ROUNDING, DOSING, DRUG, INDICATIONS, NDC_COVERAGE_NOTE, PRODUCTS, SOURCES } from './facts';

/**
 * What the Cigna × infliximab rules check, one line per rule id, for the options page and the
 * catalog (never the content script: only docs.ts imports this). Numbers come from facts.ts.
 */

const codes = PRODUCTS.value
  .filter((p, i, all) => all.findIndex((o) => o.hcpcs === p.hcpcs) === i)
  .map((p) => `${p.hcpcs} ${p.id === 'remicade' ? 'Remicade/unbranded' : p.name.split(' (')[0]}`)
  .join(', ');
const ndcs = PRODUCTS.value.flatMap((p) => p.ndcs.map((n) => `${p.name.split(' (')[0]} ${n.hyphenated}`)).join(', ');
const { code: cpt, addOn } = DRUG.adminCpt.value;
const families = CODE_FAMILIES.value
  .filter(([, i]) => i !== null)
  .map(([prefix, i]) => `${i} ${prefix}`)
  .join(', ');
const dosing = Object.entries(DOSING.value)
  .map(
    ([id, d]) =>
      `${id} ${d.mgPerKg} mg/kg${d.upToMgPerKg > d.mgPerKg ? ` (up to ${d.upToMgPerKg}${d.childUpToMgPerKg !== undefined ? ` for adults, ${d.childUpToMgPerKg} under 18` : ''})` : ''} every ${d.intervalDays / 7} weeks`,
  )
  .join('; ');

export const INFLIXIMAB_DESCRIPTIONS: Readonly<Record<string, string>> = {
  'billing-units': `Billing units are the dose ÷ ${DRUG.mgPerUnit.value} mg (every infliximab code counts ${DRUG.mgPerUnit.value} mg per unit), a part of a unit rounded up (CMS): 210 mg is 21 units. Units equal to the mg (210 for 210 mg) are the tenfold error. Decision: units for the whole vials opened (30 for 210 mg) are a warning, not an error: the discarded drug is normally billed on its own line with JW.`,
  'dose-weight': `The dose fits the FDA label's mg/kg for the indication (${dosing}): no more than ${Math.round(DOSE_ROUNDING.value * 100)}% below the label dose, no more than the largest dose the label allows, rounded up to whole ${DRUG.vialSizeMg.value} mg vials (the allowance is our estimate, ${DOSE_ROUNDING.source.confidence}). A warning.`,
  'weight-missing': 'Once a dose is entered, the weight is there: every infliximab dose is per kg.',
  'hcpcs-code': `The HCPCS code is an infliximab one (${codes}), not an unclassified or other drug's code; a fix is offered only when the NDC or brand settles the product.`,
  'hcpcs-product-mismatch': `The code matches the product the NDC and the drug name name: a biosimilar NDC under J1745, or Remicade's under a Q code, is an error, and so is a drug name naming another product than the code ("Inflectra" with J1745). The fix goes to the field the drug name and the NDC together contradict; the name against the code alone, or against a code and NDC that agree, gets no fix (only staff know which product is ordered).`,
  'ndc-product': `The NDC is a 100 mg infliximab vial the pack knows (${ndcs}); another package of a known product is a warning. ${NDC_COVERAGE_NOTE}`,
  'ndc-quantity': `The NDC quantity counts the vials: ${DRUG.ndcQuantityUnitPreferred.value} and ceil(dose / ${DRUG.vialSizeMg.value} mg). MG is no unit of measure (error); ML, GR, F2 and ME are warnings, since powder vials are counted in UN (a convention, ${SOURCES.ndcUnitForPowder.confidence}).`,
  'waste-modifier':
    'Advice: drug discarded from 100 mg single-dose vials is billed with JW and its units; JZ when none is discarded (Medicare; Cigna commercial use unconfirmed).',
  'frequency-indication':
    'The maintenance interval matches the FDA label for the indication (every 8 weeks; ankylosing spondylitis every 6; rheumatoid arthritis as often as every 4). The induction at 0, 2 and 6 weeks may be written with it: "0, 2, 6 weeks then every 8 weeks", "every 8 weeks after induction", "every 8 weeks (after 0, 2, 6)".',
  'admin-cpt': `The administration code is CPT ${cpt} (highly complex biologic, IV infusion, first hour; +${addOn} each additional hour). 96372, an injection code, is an error; 96365 (+96366, therapeutic infusion) is payer-dependent and Cigna's rule is not confirmed: an info note without a fix.`,
  'place-of-service': `The place of service is one where an infusion is given and billed: ${Object.entries(DRUG.placesOfService.value)
    .map(([c, n]) => `${c} ${n}`)
    .join(', ')}.`,
  'icd10-not-covered': `At least one diagnosis code names an indication of the labels (${families}; not M06.1 adult-onset Still's, M06.4, or M45.A- non-radiographic axial spondyloarthritis). Other codes beside it are left alone.`,
  'age-below-minimum': `The patient is old enough for the indication on the request date (FDA labels: Crohn's disease and ulcerative colitis from ${INDICATIONS.CD.minAgeYears.value} years; the other indications adults).`,
  'prescriber-specialty': `The prescriber is (or consults) the specialist for the indication: rheumatology for RA and AS, rheumatology or dermatology for PsA, dermatology for psoriasis, gastroenterology for Crohn's and UC (proxy, ${SOURCES.criteriaProxy.confidence}).`,
  'ra-methotrexate':
    'Rheumatoid arthritis, initial request: once the therapy table is started it names methotrexate, which the label gives infliximab with (or why not).',
  'preferred-product': `Advice (info): a new request for Remicade or the unbranded infliximab whose therapy table names no biosimilar tried; many plans ask for a biosimilar first. Cigna's preferred products were not found (proxy, ${SOURCES.preferredProxy.confidence}): raise it to a warning or switch it off in the options.`,
};

/** Web addresses of the pack's sources, by source title (the content script never needs them). */
export const INFLIXIMAB_SOURCE_URLS: Readonly<Record<string, string>> = {
  [SOURCES.label.title]: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=infliximab',
  [SOURCES.ndcDirectory.title]: 'https://api.fda.gov/drug/ndc.json?search=generic_name:infliximab*',
  [SOURCES.criteriaProxy.title]: 'https://verity.backworkai.com/policy/EVICORE-MEDICAL_DRUG-BDA99750',
  [SOURCES.preferredProxy.title]: 'https://verity.backworkai.com/policy/AETNA-CPB-0341',
};
