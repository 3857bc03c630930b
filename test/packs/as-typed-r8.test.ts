import { describeProbeRound } from './probe-rounds';

/**
 * Round 8 of the as-typed probe: what earlier rounds did not try, for Ilaris in every indication
 * (CAPS/FCAS/MWS adults and children, TRAPS, HIDS/MKD, FMF, AOSD, SJIA, gout flares) and some
 * infliximab.
 * - test/fixtures/requests/as-typed-r8/: correct requests typed as office staff type or paste them:
 *   weights in both units with the pounds first or a date after them ("154 lb (70 kg)", "145# (66 kg)",
 *   "Weight: 154 lb (70 kg) 11/18/26", "80 kg (176 lb) - 11/10/26"), "kilograms", "225 POUNDS", "Wt:102kg",
 *   "68 kg, BMI 23.5", "(stated)", unit selects saying "Kilos" or "LBS"; birth dates with the age after them
 *   ("05/05/2019 (7 y.o.)", "03/10/2024 (32 mo)"); CRP as labs print it ("CRP 24 H", "24.0 (H) mg/L ref <10",
 *   "hs-CRP: 18.6 mg/L H", "C-reactive protein: 24.0 mg/L (H)", "CRP (mg/L): 24", "8.8 mg/dL (ref 0.0-0.9)",
 *   ">90 mg/L", "74 mg/l"), ranges as "≤ 5 mg/L", "Normal: <0.9 mg/dL", "0 - 4.9"; ESR, ferritin "N/A",
 *   "none", "pending"; lab dates with times and zones ("2026-11-02T08:15:00-05:00", "11/02/26 0815",
 *   "08:15 AM EST", "@ 0815", "2026-11-02 08:15:00.000", "8:15a", "08:15:00 -0500", "Collected: 11/02/2026");
 *   ages after birth dates also as "(age 7)", "- 44 yrs", "(2 yrs)"; doses with route and sig
 *   ("150 mg SC q8 weeks", "2 mg/kg (max 150) SC", "Inject 150 mg subcutaneously every 4 weeks",
 *   "150 mg (1 mL) subcut", "150 mg = 1 vial", "4 mg/kg = 280 mg", "350 mg IV (5 mg/kg) over 2 hrs"); units
 *   "150 u", "150.0", "J0638 x 150"; NDCs with an asterisk, a full stop, en dashes, spaces, labels and
 *   descriptions; ICD-10 lists with bullets, list numbers, "Dx:", "ICD-10:", a full stop after the code,
 *   descriptions in brackets ("M08.261 (R knee)"), an empty second row; NPIs "NPI: …", "NPI# ….",
 *   "1234-567-893", "… (individual)"; member IDs "Cigna ID: …", "*U58…", "U58 2001 7703 01"; names in
 *   "LAST, FIRST" form and with a curly apostrophe; prior therapies as one free-text paragraph (dates,
 *   doses and outcomes in brackets); "N/A", "none", "unknown", "TBD", "see attached" in optional fields;
 *   trailing full stops and semicolons, no-break spaces, tabs; frequencies "Q 4 WKS", "q28d", "every eight
 *   (8) weeks", "1 dose now; may repeat ≥12 weeks"; flares "at least 6", "6 or more", "six (6)"; "Jan '25",
 *   "12/01/2026 (tentative)"; renewals. None may get an error or a warning.
 * - test/fixtures/requests/wrong-r8/: requests in those shapes with one real mistake each: weights in both
 *   units that disagree, a decimal comma, a strength for a dose ("150mg/1mL"), ESR typed for CRP, CRP low
 *   or stale or future or dated "N/A", a child's dose over its band in mg/kg, units of 1 or 2, another
 *   drug's NDC behind an asterisk, header or placeholder codes, E85.0 for FMF, NPI check digits behind
 *   labels and notes, member IDs "N/A", "none", "pending", an age after a birth date that does not fit it,
 *   ages under the minimum given with the age, too few flares ("at least 4", "2 or more"), colchicine
 *   stopped, a DMARD for one month, frequencies off the label, place of service, CPT, HCPCS, NDC quantity,
 *   specialty, no benefit on a renewal, missing weight. expected.json names the rule that must raise an
 *   error or a warning.
 * Each request is dated 11/20/2026 and checked on 2026-12-03.
 */
describeProbeRound({
  name: 'round 8',
  correct: 'as-typed-r8',
  wrong: 'wrong-r8',
  knownCorrect: {},
  knownWrong: {},
});
