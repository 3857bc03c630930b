import { describeProbeRound } from './probe-rounds';

/**
 * Round 11 of the as-typed probe: whole requests as different portals and forms shape them, for Ilaris in every
 * indication (CAPS adults, children in the 15–40 kg band and at 3 mg/kg, CAPS renewals, TRAPS, HIDS/MKD, FMF, AOSD, SJIA
 * down to 8 kg and capped at 300 mg, gout flares and retreatment) and intravenous infliximab (Remicade, Inflectra,
 * Renflexis, Avsola; CD, UC in adults and children, RA, AS, PsA, PsO).
 * - test/fixtures/requests/as-typed-r11/: correct requests: fields in other combinations: the HCPCS code and no drug name
 *   or NDC ("J0638", "Q5121", "Q5103"), the NDC alone, brands and the generic with a typo ("Illaris", "Ilarus 150mg/ml",
 *   "canakinamab", "Remicaid", "Inflecta", "Avsolla"); EHR medication strings as the name ("canakinumab (ILARIS) 150 mg/mL
 *   injection", "Ilaris 150 MG/ML Solution 1 ML Subcutaneous", Epic's tall-man "inFLIXimab (REMICADE) 100 mg injection",
 *   "inFLIXimab-dyyb (INFLECTRA) …", "Renflexis 100 MG Solution Reconstituted Intravenous"); the field's label inside its
 *   value ("Dose: 150 mg", "NPI 1234567893", "NPI: …", "HCPCS: J0638", "J-Code: J0638", "NDC: …", "DOB: …", "Frequency:
 *   every 8 weeks", "ICD-10: M04.1", "ICD10-CM: M04.1", "Dx: L40.50", "Member ID: …", "POS: 11", "Modifier: JW", "Request
 *   date: …", "Specialty: …", "Qty: ML1", "Collected: …", "CRP: 38.2 mg/L", "Billing units: 45", Cigna's own "Patient's
 *   current weight KG: 68"); values over two or three lines ("Ilaris\n(canakinumab)", "every 4\nweeks", "M04.1\nFamilial
 *   Mediterranean fever", "Dose:\n80 mg", "NPI\n1234567893", "3 mg/kg\n240 mg", "Induction: 0, 2, 6 weeks\nMaintenance:
 *   every 8 weeks", a fax's "123456\n7893", "J06\n38", "57894-00\n30-01"); the weight only in the dose's working ("2 mg/kg
 *   (wt 30 kg) = 60 mg", "72 mg (4 mg/kg, 18 kg)", "280 mg (4 mg/kg @ 70 kg)", "3 mg/kg (80 kg) = 240 mg"); pediatric bands
 *   at their edges (CAPS 15 and 40 kg, 3 mg/kg at 25 kg, TRAPS 4 mg/kg at 40 kg, FMF 22 kg, HIDS 12.5 kg, SJIA 8 kg and 75
 *   kg "300 mg (max)", UC 45 kg); several prior therapies with partial or doubtful dates ("early 2025", "spring 2025",
 *   "?/2026", "2022?", "~02/2026", "Apr 2026", "late 2023", "unk", "current", a duration "3+ years"); renewals with
 *   response notes ("Yes - no flares since starting, rash resolved, CRP normalized", "Fewer flares (1 in 6 months vs
 *   2/month before)", "Responding well - complete remission", "Yes\nsymptom free on therapy", "0.3 mg/dL (normal)",
 *   "Extension of existing authorization", "Continuation of therapy", "Re-auth"), gout retreatment "Last dose: …" and
 *   "08/01/2026 (approx. 16 weeks ago)"; infliximab requested mid-induction ("Week 2 dose due 11/24/2026, week 6
 *   12/22/2026, then every 8 weeks", "remaining induction doses (wk 2, wk 6) then q8 weeks", "started 11/10/2026 (wk 0);
 *   wk 2 and 6 then q8w", "11/06/2026, 11/20/2026, 12/18/2026, then every 6 weeks", "Day 1, day 15, day 43, then every 8
 *   weeks", "wk 6 dose, then every 8 weeks", "Induction 0/2/6 wk; maint. q8w"); units in words ("every eight weeks",
 *   "every four weeks", "once every four (4) weeks", "150 milligram", "150 (one hundred fifty)", "ML1 (one vial)", "68
 *   kilograms", "28 milligrams/L"); "N/A" in optional boxes (ESR, ferritin, ULN, service date, duration, fax, a prior
 *   therapy's duration, "N/A - new start" as a last dose, "N/A" hospitalization for gout) and a weight with its unit in
 *   the select; spreadsheet and punctuation shapes ("'1234567893", "=\"00078073461\"", "'U5820017703", "'57894003001",
 *   "- J0638", "280 mg...", "M08.20;", "one time!", "‘150 mg’", "«M04.1»", "<00078-0734-61>", "(1765432103)", "J1745;",
 *   "150*", "74 mg/L *", "88 mg/L HH", "38.2 (H) mg/L"); tabs and several values in one box ("J0638\t150 units", "J0638,
 *   96372", "JW x 20 units", "M04.1\nZ79.899", "M04.2 | CAPS", "72 mg q4w", "1234567893 / DEA …", "57894-0030-01 x 4
 *   vials", "M05.79, Z79.899", "40\t(400 mg)", "JW - 5 units wasted"); fax OCR artefacts (double spaces, "150 mg .", "80
 *   mg |", "150 ____", "11 / 20 / 2026"); abbreviations ("Q8WKS", "q28d", "SC every 4 wk", "Rheum", "A/I", "Peds Rheum",
 *   "HOPD (22)", "GI", "Rheum MD", "New Auth", "Initial auth", "~8" flares, "1/month (6 total)", "4+", "Y, cont. colch
 *   0.6 mg daily", "11/9/26", "09/09/1968 (58 yrs)", "U… (Cigna OAP)", CPT codes with their descriptions, "NDC
 *   78206016201"). None may get an error or a warning.
 * - test/fixtures/requests/wrong-r11/: requests in those shapes with one real mistake each: over-band doses with only
 *   the HCPCS code, behind "Dose:", in single quotes, with a trailing ellipsis, or worked out in the dose with the weight
 *   only there ("4 mg/kg x 30 kg = 120 mg" for CAPS, "90 mg (5 mg/kg, 18 kg)" for HIDS, "360 mg (4 mg/kg @ 90 kg)" for
 *   AOSD, "10 mg/kg x 30 kg" for UC), 10 mg/kg for UC behind "Dose:" or with only Q5121, a CAPS child under 15 kg, TRAPS
 *   5 mg/kg at 38 kg, a child at 18 kg behind "Patient's current weight KG:"; other products' NDCs behind "NDC:", in
 *   ="…", in angle brackets, broken over two lines, or a 5-4-1 NDC alone; "HCPCS: J0135" for Ilaris, "HCPCS: Q5103" for
 *   Avsola; NPI check digits behind "NPI", on the next line, after an apostrophe, in brackets or before a DEA number;
 *   "ICD-10: E85.0", "E85.0\nFamilial …", "Dx: M06.10", "«M04»", "Dx: K58.9", RA on the line after "ICD-10:"; "Member ID:
 *   N/A"; "POS: 21"; "Specialty: Gastroenterology" for CAPS; ages under the minimum with only the HCPCS code or behind
 *   "DOB:"; CRP stale behind "Collected:" or low behind "CRP:"; off-label intervals behind "Frequency:" or "Sig:", with a
 *   "!", on two lines, and infliximab q4w after an induction under way (week 2 due, remaining doses, dates, days, a
 *   "Maintenance:" line, "started … (wk 0)"); units equal to the mg behind "Billing units:" or before a tab, "1*", and "1"
 *   under a mistyped brand; renewals answered "No - flares unchanged", "N - no change", or "Not responding, flares
 *   persist", "Loss of response - …", "Minimal improvement, …" (no yes/no to read); a band in the dose
 *   ("150 mg (for pts > 40 kg)") or "5 mg/kg" with no weight anywhere; gout retreatment too soon behind "Last dose:" or with a note; "1 every 2 months (3
 *   total)" flares. expected.json names the rule that must raise an error or a warning.
 * Each request is dated 11/20/2026 and checked on 2026-12-03.
 */
describeProbeRound({
  name: 'round 11',
  correct: 'as-typed-r11',
  wrong: 'wrong-r11',
  knownCorrect: {},
  knownWrong: {},
});
