import type { OtherDrug } from '@/lib/engine/applicability';
import type { RuleSource } from '@/lib/engine/types';

/**
 * What the checks for every drug know: code-set and data-entry standards that hold whatever
 * the payer or the drug, each with its source. Drug packs cite these sources too.
 */
export const BASE_SOURCES = {
  ndcBilling: {
    title: 'NDC billing format: N4 qualifier, 11-digit 5-4-2, unit of measure UN/ML/GR/F2',
    confidence: 'H',
  },
  icd10cm: { title: 'ICD-10-CM tabular list (CDC/CMS)', confidence: 'H' },
  dataCheck: { title: 'Data-entry check (no payer criterion involved)', confidence: 'H' },
  npi: { title: 'CMS NPI check digit standard (Luhn over 80840 + first 9 digits)', confidence: 'H' },
  paForms: {
    title: "Payers' PA request forms: the member ID matches the request to the patient's coverage",
    confidence: 'H',
  },
  hcpcs: { title: 'CMS HCPCS Level II code set', confidence: 'H' },
} satisfies Record<string, RuleSource>;

/** HCPCS codes for drugs "not otherwise classified": they say nothing about which drug it is. */
export const UNCLASSIFIED_HCPCS: readonly string[] = ['J3490', 'J3590', 'C9399', 'J7699', 'J7799', 'J9999'];

/**
 * Drugs staff often request on the same portal that no pack checks, so the popup can say which
 * drug a request is for (CMS HCPCS Level II descriptors). Names only: nothing here is checked.
 */
export const OTHER_DRUGS: readonly OtherDrug[] = [
  { brand: 'Humira', generic: 'adalimumab', hcpcs: ['J0135'] },
  { brand: 'Remicade', generic: 'infliximab', hcpcs: ['J1745'] },
  { brand: 'Inflectra', generic: 'infliximab-dyyb', hcpcs: ['Q5103'] },
  { brand: 'Renflexis', generic: 'infliximab-abda', hcpcs: ['Q5104'] },
  { brand: 'Avsola', generic: 'infliximab-axxq', hcpcs: ['Q5121'] },
  { brand: 'Actemra', generic: 'tocilizumab', hcpcs: ['J3262'] },
  { brand: 'Orencia', generic: 'abatacept', hcpcs: ['J0129'] },
  { brand: 'Rituxan', generic: 'rituximab', hcpcs: ['J9312'] },
  { brand: 'Simponi Aria', generic: 'golimumab', hcpcs: ['J1602'] },
  { brand: 'Cimzia', generic: 'certolizumab pegol', hcpcs: ['J0717'] },
  { brand: 'Enbrel', generic: 'etanercept', hcpcs: ['J1438'] },
  { brand: 'Stelara', generic: 'ustekinumab', hcpcs: ['J3357', 'J3358'] },
  { brand: 'Arcalyst', generic: 'rilonacept', hcpcs: ['J2793'] },
  { brand: 'Benlysta', generic: 'belimumab', hcpcs: ['J0490'] },
  { brand: 'Kineret', generic: 'anakinra', hcpcs: [] },
];

/** Prescriber specialties, by the words staff type ("Pediatric Rheumatology", "Heme/Onc",
 *  "Pediatric GI", "A/I"): one list every pack's specialty rule reads. */
export type Specialty =
  'rheumatology' | 'genetics' | 'allergy/immunology' | 'dermatology' | 'nephrology' | 'gastroenterology' | 'oncology' | 'hematology';

export const SPECIALTY_PATTERNS: Record<Specialty, RegExp> = {
  rheumatology: /\brheum/i,
  genetics: /\bgenetic/i,
  'allergy/immunology': /\ballerg|\bimmunolog|\bA ?[/&] ?I\b/i,
  dermatology: /\bdermatolog|\bderm\b/i,
  nephrology: /\bnephrolog/i,
  gastroenterology: /\bgastro|\bGI\b|\bIBD\b/i,
  oncology: /\boncolog|\bonc\b/i,
  hematology: /\bh(a)?ematolog|\bheme?\b/i,
};

/**
 * Methotrexate as prior-therapy rows name it: the generic, "MTX" and its US brands (Otrexup, Rasuvo,
 * RediTrex, Trexall, Xatmep, Jylamvo oral solution; Rheumatrex, discontinued but still in
 * medication histories). One list: the DMARD class below and the infliximab pack's rheumatoid
 * arthritis check read it.
 */
export const METHOTREXATE_NAMES = /methotrexate|\bmtx\b|otrexup|rasuvo|reditrex|trexall|xatmep|jylamvo|rheumatrex/i;

/**
 * Drug names by class, as prior therapies are written: the classes payers' step therapy names (gout: NSAIDs, colchicine,
 * corticosteroids; Still's: a corticosteroid and a conventional DMARD; see the domain file),
 * generic and US brand names, lower case stems.
 */
export const DRUG_CLASS_NAMES = {
  colchicine: /\bcolchic|\bcolcrys|\bmitigare|\bgloperba/i,
  nsaid:
    /\bnsaids?\b|naproxen|ibuprofen|indometh?acin|meloxicam|celecoxib|diclofenac|ketorolac|etodolac|nabumetone|piroxicam|sulindac|ketoprofen|flurbiprofen|oxaprozin|diflunisal|aleve|advil|motrin|celebrex|mobic|indocin|tivorbex|toradol|sprix|naprosyn|anaprox|naprelan|voltaren|cataflam|zorvolex|feldene|daypro|relafen|lodine|clinoril|vivlodex/i,
  corticosteroid:
    /\b(cortico)?steroids?\b|prednis|\bpred\b|methylpred|medrol|dexameth|decadron|hydrocortisone|cortef|triamcinolone|kenalog|deltasone|rayos|orapred|millipred/i,
  dmard: new RegExp(
    String.raw`\bdmards?\b|${METHOTREXATE_NAMES.source}|leflunomide|arava|sulfasalazine|azulfidine|hydroxychloroquine|plaquenil|azathioprine|imuran|azasan|cyclosporin|neoral|sandimmune|gengraf|tacrolimus|prograf|mycophenol|cellcept|myfortic`,
    'i',
  ),
  /** IL-1 and IL-6 blockers */
  il1il6Biologic: /anakinra|kineret|tocilizumab|actemra|tofidence|tyenne|rilonacept|arcalyst|sarilumab|kevzara/i,
} as const;
