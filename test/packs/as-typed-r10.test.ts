import { describeProbeRound } from './probe-rounds';

/**
 * Round 10 of the as-typed probe: shapes rounds 1–9 did not try, for Ilaris in every indication (CAPS adults and
 * children, TRAPS, HIDS/MKD, FMF, AOSD, SJIA, gout flares and retreatment, CAPS renewals) and intravenous infliximab
 * (Remicade, Inflectra, Renflexis, Avsola; CD, UC in adults and children, RA, AS, PsA, PsO).
 * - test/fixtures/requests/as-typed-r10/: correct requests: values in straight or curly quotes or square brackets
 *   ("“150 mg”", "[00078-0734-61]", "[1765432103]", "“M04.2”", "“every 4 weeks”"), after a number sign ("#150",
 *   "#1234567893"), a bullet or a colon left from a lost label ("• 150 mg", ": 150 mg"), with a BOM, a soft hyphen, a
 *   narrow or ideographic space, a tab or CR LF inside or after them, a trailing comma or full stop; fax OCR line
 *   breaks inside a value ("150\nmg", "00078-\n0734-61") and spaced hyphens ("00078 - 0734 - 61", "11/20/ 2026");
 *   weights with the unit in the label or in brackets ("Weight (kg): 68", "Weight (lbs): 145.5", "70 (kg)"), in both
 *   units in square brackets, with "=", on two lines, with the BSA or BMI after them ("70 kg, BSA 1.84 m2", "70 kg
 *   (154.32 lbs) BMI: 23.4"), "Last Wt: 102 kg (11/18/2026)", "66 kg on 11/18/2026", "18 kg, 11/18/2026", "20 kg
 *   (2026-11-18)", "(measured in clinic)", "68 kilos", "70 kg (154 lb 5 oz)", "(stated 11/2026)", "68 kg (BMI 23)",
 *   "Weight: 70 kg Height: 175 cm", "70 kg (2026-11-18 09:30)"; CRP as Quest, Labcorp and Epic print it ("C-Reactive
 *   Protein, Quant: 38.2 mg/L", "CRP (mg/dL): 2.8", "88 mg/L [H]", "38.2 mg/L HIGH", "38.2 A mg/L", "Result: 74 mg/L",
 *   "28 mg/L (ref 0-5)", "88 mg/L (H) [0.0-5.0]", "38.2 mg per liter", "3.82 milligrams per deciliter", "- markedly
 *   elevated"), ranges "less than 5 mg/L", "Normal range: 0-5 mg/L", "<=5.0 mg/L", "< 5.0", "(0-5)", "5 mg/L (upper
 *   limit of normal)", "5.0 mg/L (ULN)"; dates "Thu 11/05/2026", "Monday, November 9, 2026", HL7 "20261110" and
 *   "202611060815", "11／05／2026" with full-width slashes, "05-NOV-2026", "2026.11.10", "Resulted: 11/09/2026 14:22",
 *   "8:15 AM" with a narrow no-break space, "Nov-05-2026", "5 November, 2026", "Fri 11/20/2026", "2026-11-20 (Fri)",
 *   "Date:" and "Received:" labels, "(today)", "08/01/2026 - 150 mg SC", a birth date with age and sex ("03/17/1980
 *   (46 y.o. F)"), "Mar 17 1990", a last dose "08/01/2026 (150 mg)"; doses with the drug's name first ("Canakinumab
 *   150 mg"), "per dose", "(1 vial)", "; 2 vials", "4 mg/kg (max 300 mg) = 280 mg", "280mg (4mg/kg)", "80 mg ≈ 4
 *   mg/kg", "2 mg/kg x 30 kg = 60 mg", "350 mg (5mg/kg x 70kg)", "240 mg in 250 mL NS", "450 mg IV over 2 hr", "2
 *   milligrams per kilogram (60 mg)", "150 mg; may increase to 300 mg if inadequate response", "150  mg", "150\tmg",
 *   "Total dose: 350 mg"; units "Units: 150", "qty 150", "80 U", "J0638 x 72 units", "35 (350 mg ÷ 10)", "45 units (10
 *   mg/unit)", "35 units of 10 mg"; NDCs after a description and "NDC" ("Ilaris 150mg/mL SDV - NDC 00078-0734-61"),
 *   "NDC#:"; HCPCS "J-0638", "Q-5103", "HCPCS J0638", "J0638 - 280 units", "Q5121 (Avsola)", "J0638 x 150 units",
 *   "J0638 canakinumab"; diagnoses "Dx 1: M04.2", "M04.1*", "(M04.1)", "M06.1 [primary]", "M04.1 (primary), Z79.899
 *   (secondary)", an "N/A" second row, en-dash descriptions, a tab before the description, "• M04.1 …", "M10.072 -
 *   Idiopathic gout, left ankle and foot"; frequencies "Every 4 weeks (28 days)", "once every 4 weeks", "Q4 weeks",
 *   "q.4.wk", "every 8 weeks for 6 months", "x 6 months", ", 6 mo supply", "once; may repeat after 12 weeks", "ONE
 *   TIME DOSE", "once now", "weeks 0,2,6 → q8w", "… every 8 wks thereafter", "0,2,6 wk then Q8wk", "0, 2 & 6 wks, then
 *   q 8 wks", "Q8W (after induction at 0/2/6)", "Q8W post induction (0, 2, 6)", "(with MTX)", "(Q56 days)", "q4wks x 6
 *   mo, then reassess", "(13 doses/yr)", "Loading wk 0, 2, 6; then q 8 weeks"; specialties "Allergy & Immunology",
 *   "Rheumatologist", "Nephrology" for FMF, "Derm"; NPIs "NPI 1234567893 (Type 1)", "1234567893 NPI"; member IDs "ID#
 *   …", "(subscriber)", "/ Group 3331234", "– primary", "Cigna ID U…", "(Cigna)"; places of service "Office (11)", "11
 *   – office", "22 - On Campus-Outpatient Hospital", "Office", "Doctor's office", "11 (Office)"; "96372 x 1 unit",
 *   "96413 (1st hr) + 96415 (each addl hr)"; "JZ - no waste", "JW (20 units discarded)"; "Initial", "Recert", "Renewal
 *   - 12 months", "New start", "Prior Authorization - New"; "ML 1.000", "ML2 (2 vials)", "UN 4.000"; prior therapies
 *   "Q1 2025", "2023–present", "04/2026 → 10/2026", "3/25-8/26"; flares "8 (per pt diary)", "8 in 12 mo.", "8 attacks
 *   in past year"; "N", "Y - 0.6 mg BID", "Y (diabetes)", "Allopurinol 300mg QD since 10/2026", "febuxostat … (started
 *   09/2026)"; ferritin "1,250 ng/mL". None may get an error or a warning.
 * - test/fixtures/requests/wrong-r10/: requests in those shapes with one real mistake each: a child's weight in lb
 *   under a "Weight (lbs):" label, weights with "=" that disagree, CRP below 10 mg/L behind a "(mg/dL)" label, a
 *   "Quant:" label, a "[H]" flag or in words; CRP dates stale or future behind a weekday, in HL7, with full-width
 *   slashes or dots; ages under the minimum with age and sex after the birth date or in HL7, "DOB: 02/30/1982"; a gout
 *   retreatment too soon in HL7; AOSD over 300 mg and doses over the band worked out in the box or in words; 10 mg/kg
 *   for UC; pounds under a "(lbs)" label; units of 1 or vials behind "Units:" or "#"; other drugs' NDCs behind an OCR
 *   break, brackets or a description; a 9-digit NDC; "J-0135", "Q-5104" under another product; "E85.0*", RA, "M06.10",
 *   "“M04”", IBS, nr-axSpA, "M08.2*"; off-label intervals as "Q4 weeks", "q.8.wk", "(28 days)", "→ q4w", "thereafter",
 *   "post induction"; NPI check digits behind a BOM, a label or brackets; member IDs "N/A – self-pay", "unknown - pt
 *   to bring card"; inpatient and home places of service, CPT, NDC quantity, specialty, flares, no benefit on a
 *   renewal, RA without methotrexate, and a decimal comma ("70,5 kg"), which stays ambiguous; and errors the round's
 *   new readings must not hide: "Canakinumab 300 mg" and "280 mg; 2 vials" for CAPS over 40 kg, "\"360 mg\"" for AOSD,
 *   "• 1" unit, "350 units of 10 mg", "#" before another product's 5-4-1 NDC, "“M06.10”", a CRP date in the future in
 *   HL7, weights on two lines that disagree, "0-2-6 then q.4.wk" for AS, "q4wks x 6 mo, then reassess" for CAPS, "21
 *   (Inpatient)", a last dose "10/01/2026 - 150 mg SC". expected.json names the rule that must raise an error or a
 *   warning.
 * Each request is dated 11/20/2026 (some written in the date shapes they probe) and checked on 2026-12-03.
 */
describeProbeRound({
  name: 'round 10',
  correct: 'as-typed-r10',
  wrong: 'wrong-r10',
  knownCorrect: {},
  knownWrong: {},
});
