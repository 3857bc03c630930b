import { describeProbeRound } from './probe-rounds';

/**
 * Round 13 of the as-typed probe: every rule's limits, exactly at them (correct) and just past them (one mistake), for
 * Ilaris in every indication (CAPS adults, children and renewals, TRAPS, HIDS/MKD, FMF, AOSD, SJIA, gout flares and
 * retreatment), intravenous infliximab (Remicade, Inflectra, Renflexis, Avsola; CD and UC in adults and children, RA, AS,
 * PsA, PsO) and other drugs filed on the same portal, which only the base checks may speak about. Most requests are
 * dated today (12/03/2026); some are dated 12/31/2025, 01/01/2026, 02/29/2024 or 03/01/2026 to put a limit on a year,
 * month or leap-day edge, and a few have no request date (the limit is then counted from today).
 * - test/fixtures/requests/as-typed-r13/: correct requests on the allowed side of a limit: CAPS weights of exactly 15.0 kg
 *   and 40 kg (both bands' doses at 40 kg: 80 mg, 120 mg or 150 mg), 40.1 kg, "88.2 lb" and "88.3 lbs" (just over 40 kg),
 *   "33.1 lb", "33.07 lb" and "33 lb 2 oz" (just over 15 kg); 2 and 3 mg/kg exactly (30, 45, 50, 75 mg); the periodic
 *   fevers at 2 and 4 mg/kg of 20 kg and 40 kg, 150 mg and the up-titrated 300 mg over 40 kg; Still's disease at 4 mg/kg
 *   of 7.5 kg ("16.6 lb") and of 75 kg (300 mg, also "165.4 lb" and "0.3 g"), capped at 300 mg for 100 kg; 70.6 mg
 *   ("0.0706 g") billed as 71 units; "0.15 g"; the youngest allowed age on the birthday (CAPS 4 on 12/03, 03/01, 12/31
 *   and 01/01; SJIA, TRAPS and FMF 2; gout 18; infliximab CD and UC 6, RA, AS, PsA and PsO 18), a leap-day
 *   birth date 02/29/2024 at 2 years (also on 03/01/2026), 02/29/1980, 02/29/2008 turning 18 on 03/01/2026, 02/29/2020
 *   for a child with UC; CRP exactly 10 mg/L, "1.0 mg/dL", exactly 2× ULN (8 of 0-4 mg/L, 0.6 of 0-0.3 mg/dL, 6 of a ULN
 *   field of 3 mg/L, 0.58 of 0-0.29 mg/dL, 0.9 of 0.0-0.45 mg/dL, "2.0 x ULN"); CRP dated 90 days before the request
 *   (09/04/2026; 10/03/2025 for 01/01/2026; 12/02/2023 across 02/29/2024; "Sep 4, 2026"; with no request date), dated
 *   today ("12/3/2026" too), 12/31/2025 and 02/29/2024; exactly 6 TRAPS flares a year, 6 FMF flares in 6 months, 3 gout
 *   flares and 1 on the retreatment path; gout retreatment exactly 84 days after the last dose (by the last-dose date, in
 *   ISO, from a date of service, across a year end, across 02/29/2024, by an Ilaris prior-therapy row, with no request
 *   date); "every 12 weeks" for gout, "every 56 days" for CAPS, "every 28 days" for TRAPS; M1A.9XX0, M1A.0710, M1A.00X1,
 *   M10.071, M08.2A, M08.271, M08.29; NPIs whose check digit is 0 or that start with 2; NDC 00078073461 and the
 *   10-digit "0078-0734-61"; a renewal with a CRP dated today or 12/31/2025. Infliximab at exactly 5 mg/kg (and 10 mg/kg
 *   for adult CD and RA, 3 mg/kg for RA every 4 weeks), 342.5 mg and 326.5 mg rounded up to 35 and 33 units, 105 mg to 11,
 *   UC rounded up to the next vial (400 mg for 70 kg), AS every 6 weeks, "every 56 days", 10 mg/kg for CD on the 18th
 *   birthday. 55 are for other drugs (Humira, Enbrel, Kineret, Actemra, Orencia, Stelara, Entyvio, Cimzia, Simponi Aria,
 *   Rituxan, Truxima, Ocrevus, Xolair, Prolia, Evenity, Cosentyx, Skyrizi, Tremfya, Benlysta, Saphnelo, Tepezza, Vyepti,
 *   Krystexxa, Fasenra, Nucala, Dupixent, Tezspire, Beyfortus, Synagis) at the base checks' limits: born today (newborn
 *   nirsevimab and palivizumab), aged exactly 120 (born 12/04/1905), born 02/29 of 1948/1972/1980/2000/2012, 12/31 and
 *   01/01 dates, CRP dated today, requests dated today, 12/31/2025, 01/01/2026 and 02/29/2024, M80.08XA, M80.0AXA and
 *   S32.009A with their 7th characters, 10-digit NDCs in the 4-4-2, 5-3-2 and 5-4-1 layouts (a note, not a warning).
 *   None may get an error or a warning.
 * - test/fixtures/requests/wrong-r13/: the same requests with one mistake just past a limit: 14.9 kg, "33 lb" and
 *   "33.06 lb" on a CAPS child's dose, 39.9 kg and "88 lb" on 150 mg, 7.4 kg and "16.5 lb" for Still's, doses just past
 *   the 5% rounding allowance (158 mg for 70 kg, 79 and 47 mg for 25 kg, 48 mg for 15 kg, 85 mg for 20 kg, 37 mg for a
 *   20 kg HIDS child), 301 mg, 300.5 mg, "0.301 g" and 316 mg over the 300 mg maximum; units off by one after rounding
 *   (70 or 72 for 70.6 mg, 149, 151, 299, 71 for 70 mg; infliximab 34 for 342.5 mg, 34 or 36 for 350 mg); a birthday one
 *   day short of the minimum age (CAPS 4, also on 03/01 and 12/31 and with no request date; SJIA, TRAPS and FMF 2; gout
 *   18; infliximab 6 and 18) and 10 mg/kg for CD one day before the 18th birthday; CRP 9.9 mg/L, 0.99 mg/dL, 7.9 of 0-4
 *   mg/L, 5.9 of a ULN of 3, 0.59 of 0-0.3 mg/dL, 0.57 of 0-0.29 mg/dL, "1.9 x ULN"; a CRP 91 days old (also across a
 *   year end and across 02/29/2024, spelled out, with no request date) or dated tomorrow (12/04/2026, "12/4/2026", ISO);
 *   retreatment after 83 days (11 weeks 6 days: by date, date of service, across a year end, by a prior-therapy row, with no
 *   request date); 5 TRAPS flares, 5 FMF flares in 6 months, 2 gout flares; "every 11 weeks" for gout, infliximab every
 *   7 weeks (CD, UC), 5 weeks (AS) and 3 weeks (RA); infliximab 314 mg (under 5 mg/kg less 10% of 70 kg), 401 mg for UC
 *   of 70 kg, 801 mg for CD of 70 kg, 215 mg for RA of 80 kg; a DOB tomorrow (also "04-Dec-2026", ISO), 121 years old,
 *   02/29 of 2019, 2023, 2026 and 1900, 04/31/1980, 02/30/1970; CRP dates 04/31/2026, 02/29/2026, 02/29/2025; request
 *   dates 02/29/2026 and 04/31/2026; NPI check digits off by one (including 0 → 5 and an NPI starting with 2); 10-digit
 *   NDCs split 4-5-1, 6-2-2 and 3-5-2; M1A.071, M1A.9XX, M1A.9, M80.08X, M80.051 and S32.009 without their 7th
 *   character; a blank or missing member ID. expected.json names the rule that must raise an error or a warning.
 * Each request is checked on 2026-12-03.
 */
describeProbeRound({
  name: 'round 13',
  correct: 'as-typed-r13',
  wrong: 'wrong-r13',
  knownCorrect: {},
  knownWrong: {},
});
