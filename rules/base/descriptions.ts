/**
 * What the checks for every drug check, one line per rule id, for the options page and the
 * catalog (never the content script: only `docs.ts` imports this). They name no payer or drug.
 */
export const BASE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  'drug-identity-conflict':
    'The drug fields name one drug: an HCPCS code or NDC of a drug a pack checks, on a request whose name (or HCPCS code) is for another drug, gets a warning without a fix.',
  'ndc-format':
    'The NDC is in the 11-digit 5-4-2 form claims use; a hyphenated 10-digit NDC (as printed on the package) gets a note with the converted form, unhyphenated digits an error with the reading that is an NDC of the drug pack that applies, named as the product it is.',
  'icd10-invalid':
    'Each diagnosis code is a complete ICD-10-CM code: not malformed, not a placeholder (M08.2X), not a category header the drug pack knows (M04, M08.2), not a code below a billable code the drug pack knows (M06.10: M06.1 has no subdivisions; "did you mean M06.1").',
  'crp-date-future': 'The CRP collection date is not in the future (often a swapped month and day).',
  'member-id-missing': "The member ID is entered once the patient's name or date of birth is.",
  'dob-invalid': 'The date of birth is a real date (MM/DD/YYYY), not in the future, and gives a plausible age.',
  'npi-invalid': 'The prescriber NPI has 10 digits and a valid check digit (Luhn over 80840 + the first 9).',
  'value-unreadable':
    'Every filled field can be read ("two hundred", "2 80", "1,5", 2/30/2025 cannot); codes, NDC, NPI and date of birth are reported by their own rules, and a rule of the drug pack that says more about the same value (units "70.6": round up to 71) takes its place.',
};

/** Web addresses of the base sources, by source title: none yet. */
export const BASE_SOURCE_URLS: Readonly<Record<string, string>> = {};
