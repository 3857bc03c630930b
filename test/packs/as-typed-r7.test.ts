import { describeProbeRound } from './probe-rounds';

/**
 * Round 7 of the as-typed probe: infliximab in depth, and Ilaris renewals and children.
 * - test/fixtures/requests/as-typed-r7/: correct requests, most of them for intravenous
 *   infliximab: Remicade and the unbranded Janssen infliximab (J1745, 57894-0030-01 and
 *   57894-0160-01, also in their 5-3-2 and 11-digit forms and behind "NDC" or "N4"), Inflectra
 *   (Q5103, 00069-0809-01 and 0069-0809-01), Renflexis (Q5104, 78206-0162-01), Avsola (Q5121,
 *   55513-0670-01 and -21), named by brand, generic, suffix ("infliximab-dyyb (Inflectra)",
 *   "infliximab-abda"), Epic order names and "IFX", codes with their descriptors or in lower case.
 *   Adult and paediatric Crohn's disease (fistulizing, K50.013/K50.113/K50.913) and ulcerative
 *   colitis (from 6 years, 5 mg/kg), rheumatoid arthritis with methotrexate (3 mg/kg up to
 *   10 mg/kg, every 4 to 8 weeks), ankylosing spondylitis every 6 weeks, psoriatic arthritis and
 *   plaque psoriasis; induction "0, 2, 6 weeks then every 8 weeks" in many wordings; weights in kg
 *   and lb (with unit selects, "176 lb 6 oz", "80 kg (176 lb)"), doses exact to the mg/kg or
 *   rounded up to whole 100 mg vials, 10 mg billing units rounded up (442.5 mg = 45 units), UN
 *   vial counts, JW/JZ; renewals (no methotrexate row needed), home infusion (12), hospital
 *   outpatient (19, 22) and infusion centres (49); dates as 11/20/26, 2026-11-20, "November 20,
 *   2026", 11.20.2026; prior therapies in varied wording. And Ilaris renewals and children: CAPS at
 *   2-3 mg/kg from 4 years, FMF/TRAPS/HIDS at 2-4 mg/kg, SJIA at 4 mg/kg, AOSD capped at 300 mg.
 *   None may get an error or a warning.
 * - test/fixtures/requests/wrong-r7/: those requests with one real mistake each: units equal to
 *   the mg, to the vials or rounded down, a biosimilar's NDC under another product's code, the
 *   drug name naming another product than the code, another drug's NDC or code, 10 mg/kg where
 *   the label stops at 5 (UC, AS, PsA, PsO, children), too low a dose, no weight, RA without
 *   methotrexate, intervals off the label, codes of no indication (nr-axSpA M45.A0, L40.9, M06.1),
 *   headers and placeholders, ages under the minimum, NPI, specialty, NDC quantity, CPT, place of
 *   service, unhyphenated 10-digit NDCs; Ilaris CRP problems, units of 1, no benefit on a renewal,
 *   a child's dose over the band. expected.json names the rule that must raise an error or warning.
 * Each request is dated around 11/20/2026 and checked on 2026-12-03.
 */
describeProbeRound({
  name: 'round 7',
  correct: 'as-typed-r7',
  wrong: 'wrong-r7',
  knownCorrect: {},
  knownWrong: {},
});
