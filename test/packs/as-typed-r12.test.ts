import { describeProbeRound } from './probe-rounds';

/**
 * Round 12 of the as-typed probe: Unicode and paste artefacts and locale forms, for Ilaris in every indication (CAPS
 * adults, children and renewals, TRAPS, HIDS/MKD, FMF, AOSD, SJIA, gout flares and retreatment) and intravenous
 * infliximab (Remicade, Inflectra, Renflexis, Avsola; CD, UC in adults and children, RA, AS, PsA, PsO), and other drugs
 * filed on the same portal, which only the base checks may speak about.
 * - test/fixtures/requests/as-typed-r12/: correct requests: full-width digits in doses, units, weights, counts, CRP
 *   results, frequencies and member IDs ("２８０ mg", "４５", "０, ２, ６ weeks then every ８ weeks"), a full-width colon
 *   after a label ("DOB：…") or dot in a code ("M04．2"); the squared unit signs "㎎", "㎏", "㎗" ("4 ㎎/㎏ × 70 ㎏ = 280
 *   ㎎", "3.82 ㎎/㎗"), "×" in a dose's working, "m²" in a dose per body surface; "Ilaris®", "ILARIS™", "Avsola™",
 *   "INFLECTRA®", "inFLIXimab (REMICADE®)", "Ilaris® 150 mg/mL"; no-break, narrow no-break, thin and figure spaces inside
 *   values (U+00A0, U+202F, U+2009, U+2007: "150 mg", "1234 567 893", "every 4 weeks", "11 – Office"); German low quotes ("„150 mg“",
 *   "‚03/17/1980‘") and an ellipsis character after a value ("150 mg…"); em dashes and minus signs in NDCs
 *   ("00078—0734—61", "00069−0809−01"), en dashes, em dashes and minus signs in ranges ("0–5 mg/L", "0 − 5 mg/L",
 *   "2023—present"); PDF ligatures in notes and answers ("signiﬁcant beneﬁt", "insuﬃcient response", "ﬂares"); a soft
 *   hyphen in a specialty; zero-width joiners and non-joiners after codes and names ("J0638" + U+200D, "Ilaris" + U+200C), a zero-width
 *   space inside a member ID; left-to-right and right-to-left marks around dates, codes and NPIs (Windows puts them
 *   around a copied date); a trailing CR LF on names, doses, codes, frequencies and request types; dates as "2026-11-20",
 *   "20-Nov-2026", "Nov 20th, 2026", "20 November 2026", "2026/11/20", "Friday, 20 November 2026", "Aug 1st, 2026", "1
 *   August 2026", "2025-03" in a prior therapy; weights "154 lbs", "154 lb 4 oz", "154#", "69.9 kg", "70 Kg", "80 KG";
 *   "j0638", "j1745", "m04.1", "k50.90", "l40.0", "m80.08xa", "mg/l", "MG/L", "MG/DL", "150 MG"; the portal's placeholder
 *   before a date ("MM/DD/YYYY 03/17/1980", "mm/dd/yyyy 11/05/2026", "MM/DD/YYYY08/01/2026"); "every 8 weeks — maintenance".
 *   68 of them are for other drugs (Humira and its biosimilars Hadlima, Amjevita, Hyrimoz, Yuflyma; Enbrel, Stelara IV and
 *   SC, Wezlana, Kineret, Arcalyst, Actemra, Orencia, Simponi Aria, Cimzia, Entyvio, Rituxan, Truxima, Ruxience, Riabni,
 *   Ocrevus, Xolair, Prolia, Cosentyx IV and SC, Skyrizi IV, Tremfya, Benlysta, Saphnelo, Kevzara, Olumiant, Rinvoq,
 *   Xeljanz) named only by name, only by HCPCS, only by NDC, by J3590 or C9399 with the name, or misspelled ("Humera",
 *   "Embrel", "Kinneret", "Actemera", "Cimiza", "Entivio", "rituximib", "Saphenlo", "Rinvok"), in the same shapes. None
 *   may get an error or a warning.
 * - test/fixtures/requests/wrong-r12/: requests in those shapes with one real mistake each: over-band and over-maximum
 *   doses in full-width digits, with "㎎"/"㎏", "×" or German quotes, a child's weight in lb; units of "１", "1 unit"
 *   and "1…"; other products' NDCs with em dashes or minus signs, or under "Ilaris™"; "J0135" and "j3262" with a zero-width joiner for Ilaris;
 *   "Q5104" under "Avsola™" or "INFLECTRA®"; NPI check digits behind thin or figure spaces or an RLM; "M04\r\n",
 *   "M06.10\r\n", "m08.2x", "E85.0" with an RLM, RA after an RLM, IBS in lower case; CRP low in "MG/DL" or full-width
 *   digits, stale as "Aug 1st, 2026", "20 July 2026", "01-Jul-2026" or after the placeholder, future in ISO or after an
 *   LRM; ages under the minimum as "10-Jan-2023", "2025-06-01", "3 March 2010", "02-Oct-2010"; frequencies off the label
 *   with CR LF or no-break spaces, infliximab every 4 weeks after induction; 10 mg/kg for UC in full-width digits, 1 mg/kg
 *   for RA in "㎎/㎏"; RA without methotrexate; gout retreatment too soon as "1 October 2026", "2026/10/01" or after an
 *   LRM; a renewal answered "No – ﬂares unchanged"; a specialty with a soft hyphen; a member ID of only a no-break space
 *   and an LRM; POS "21\r\n". For other drugs only base checks: NPI check digits, "M05.7X" (after an RLM too), "K5.00",
 *   "m80.08" without its 7th character, a birth date in the future ("2027-02-14", "14-Feb-2027") or 02/30 (after the
 *   placeholder too), a CRP date 02/30/2026 or in the future, a request dated 02/30/2026, a member ID of a zero-width
 *   space, 9-digit NDCs with minus signs or em dashes. expected.json names the rule that must raise an error or a warning.
 * Each request is dated 11/20/2026 (some written in the date shapes they probe) and checked on 2026-12-03.
 */
describeProbeRound({
  name: 'round 12',
  correct: 'as-typed-r12',
  wrong: 'wrong-r12',
  knownCorrect: {
    'il-traps-flares-en-dash-note.json':
      'a note after a dash in a flare count ("8 – per diary") is read as more of the count; dropping such notes would also drop a period ("2 – per month") or a rate ("8 – monthly") that must stay a problem, and "8 (per diary)" reads',
  },
  knownWrong: {},
});
