import { describeProbeRound } from './probe-rounds';

/**
 * Round 9 of the as-typed probe: shapes rounds 1–8 did not try, for Ilaris in every indication (CAPS adults and
 * children, TRAPS, HIDS/MKD, FMF, AOSD, SJIA, gout flares and retreatment, CAPS renewals) and intravenous infliximab
 * (Remicade, the unbranded Janssen product, Inflectra, Renflexis, Avsola; CD, UC in children, RA, AS, PsA, PsO), about
 * half each, and Zymfentra, which no pack checks.
 * - test/fixtures/requests/as-typed-r9/: correct requests: dates written "Nov. 5, 2026", "5 Nov 2026", "5 Nov. 2026",
 *   "November 5th, 2026", "9th November 2026", "2026/11/10", "11-9-26", "3-3-16" for a child's birth date, "Dec. 1, 2026",
 *   month and year as "2025/03" or "Mar. 2025"; a non-breaking hyphen, a figure dash, a minus sign or full-width digits in
 *   an NDC, an NPI or a code ("００078-0734-61", "Ｊ０６３８", "Ｋ５０.９０", "1234‑567‑893"), lower-case codes ("j0638",
 *   "q5103"), a space for the dot ("M04 1", "M05 79", "K50 90"), codes with their name before or against them ("CAPS -
 *   M04.2", "Gout, unspecified (M10.9)", "FMF = M04.1", "FMF-M04.1", "M04.1(TRAPS)", "M04.1-Periodic fever syndromes",
 *   "M04.2/CAPS", "HIDS/MKD - M04.1; Long-term drug therapy - Z79.899", "Gout: M109"); weights "70.0kg", "145.5 lbs",
 *   "154 lb 5 oz", "66 pounds 2 ounces", "approx. 66 kg", "~176 lb", with the height or BMI ("68 kg / 172 cm", "Wt 102 kg,
 *   Ht 180 cm, BMI 31.5", "Wt 70 kg (11/18/2026), Ht 175 cm"), "70 kg (154.3 lbs)", "68kg/150lb"; CRP with its date in the
 *   box ("38.2 mg/L on 11/05", "28 mg/L - 11/10/2026", "CRP: 38.2 mg/L (H) 11/05/2026", "38.2 mg/L collected 11/05/2026"
 *   with no date field, "<0.5 mg/dL on 11/02/2026" on a renewal), two results with their dates in one box, newest or
 *   oldest first ("11/06/2026: 74 mg/L\n10/02/2026: 52 mg/L"), "CRP 88 mg/L, ESR 64 mm/hr", "38.2 milligrams per liter",
 *   ranges "up to 5 mg/L", "5.0 mg/L or less", "ULN 5 mg/L"; ESR and ferritin with dates; doses "150 milligrams",
 *   "0.15 g", "0.45 G", "1 mL (150 mg)", "35 mL (350 mg)", "150 mg x 1 dose", "5 mg/kg at wk 0/2/6", a sig on a second
 *   line; units "150 units", "150 (1 mg/unit)", "280 billing units", "150 SU", "24 service units", "８０"; frequencies
 *   "monthly (every 4 weeks)", "every 4th week", "every 8th week", "4-weekly", "every 4 weeks, ongoing", "…
 *   indefinitely", "every 4\tweeks", "single dose", "x1", and for infliximab "0, 2, 6 weeks then q8w", "wk 0/2/6 then
 *   q8wk", "W0, W2, W6, then Q8W", "loading 0/2/6 wks, maint q8 wks", "every 8 weeks after week 6", "weeks 0, 2, 6, then
 *   14, 22, 30 (q8w)", "0/2/6 then 8-weekly"; member IDs with spaces, dashes, a note, in lower case, with a CR LF;
 *   NPIs "1234 5678 93", with a name on the next line, "- Dr. Patel", "/ TIN: 12-3456789"; NDC quantities "1 ML",
 *   "3 UN", "ML1 = 1 vial", "UN4 = 4 vials"; CPT "96413 + 96415", "96413 x1 / 96415 x1", "CPT: 96372"; biosimilars by
 *   suffix ("infliximab-dyyb", "INFLIXIMAB-AXXQ", "infliximab‑dyyb" with a non-breaking hyphen, "infliximab-abda
 *   (Renflexis)", "Renflexis 100 mg SDV"); "Retreatment" and "Re-authorization" as request types; "Physician's office",
 *   "POS 11", "Peds GI", "MD - Rheumatology". None may get an error or a warning.
 * - test/fixtures/requests/wrong-r9/: requests in those shapes with one real mistake each: CRP dates stale or in the
 *   future in the new date shapes, or stale in the result's box with no date field, "<0.5 mg/dL on …" on a new request,
 *   the newest of two results below 10 mg/L, ESR only; birth dates giving an age under the minimum or impossible
 *   ("1980/02/30"); a gout retreatment too soon; another drug's NDC behind non-breaking hyphens, a 9-digit full-width NDC,
 *   NPI check digits behind spaces, hyphens or a TIN; "j0135" for Ilaris, a biosimilar's code or NDC or suffix under
 *   another product's; E85.0, RA, M06.10, nr-axSpA, IBS with their names first or after a slash; pounds typed as
 *   kilograms in the dose, a child's dose over its band with the weight in lb and oz, "0.36 g" for AOSD, weights in both
 *   units that disagree, "70 mL (700 mg)" for UC; units equal to the mg ("350 units", "240 service units") or a tenth of
 *   them; "monthly" for CAPS or AS, "every other month" for TRAPS, q4w for infliximab after induction or "after week 6";
 *   member IDs "TBD", "see card", "on file"; place of service, CPT, NDC quantity ("150 MG", "1 ML" for 280 mg,
 *   "UN35 = 35 vials"), specialty, flares "approx. 4" and "2/yr", RA without methotrexate. expected.json names the rule
 *   that must raise an error or a warning.
 * Each request is dated 11/20/2026 (some written in the date shapes they probe) and checked on 2026-12-03.
 */
describeProbeRound({
  name: 'round 9',
  correct: 'as-typed-r9',
  wrong: 'wrong-r9',
  knownCorrect: {},
  knownWrong: {},
});
