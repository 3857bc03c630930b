import { describeProbeRound } from './probe-rounds';

/**
 * Round 5 of the as-typed probe.
 * - test/fixtures/requests/as-typed-r5/: correct requests typed in shapes earlier rounds did not
 *   cover: values pasted from fax OCR (stray spaces in "J 0638", "00078 0734 61", "1234 567 893",
 *   "ML 2", "60 m g", line breaks), values copied from Excel (trailing tabs, no-break spaces, smart
 *   quotes, en and em dashes in date ranges, "2026-11-10 00:00:00", Unicode minus and full-width
 *   digits, a zero-width space), European-trained staff (dd.mm.yyyy dates with days over 12,
 *   "13.11.2026 14:05"), voice dictation ("every four weeks", "six", "he was admitted in August"),
 *   codes in lower case or without the dot ("m04.1", "M041", "m1a.0710"), several diagnoses in one
 *   field (semicolons, slashes, pipes, new lines), CRP as printed ("24.0 (H)", "hsCRP 18.6 mg/L",
 *   "<0.5 mg/dL" on renewals, "88 ↑ mg/L"), weights in "kgs", "KG.", "lbs.", "145#", "# (pounds)",
 *   "16 lb 12 oz", dates as "Nov 20, 2026", "10-Nov-26", "11/2/26", "Sept 30, 2026", prior-therapy
 *   cells with durations and outcomes ("x 3 mo", "d/c'd due to", "intolerant", "lost response"),
 *   paediatric patients at the label's weight and age edges, continuation requests, and other drugs
 *   (Kineret, Arcalyst, Actemra, Cosentyx, Stelara, Humira, Enbrel, Krystexxa, infliximab products)
 *   whose fields or histories mention Ilaris. None may get an error or a warning.
 * - test/fixtures/requests/wrong-r5/: requests in those shapes with one real mistake each;
 *   expected.json names the rule that must raise an error or a warning for it.
 * Each request is dated around 11/20/2026 and checked on 2026-12-03.
 */
describeProbeRound({
  name: 'round 5',
  correct: 'as-typed-r5',
  wrong: 'wrong-r5',
  knownCorrect: {
    'ifx-fax-q-space.json':
      'hcpcs-code (infliximab) reads the HCPCS from the raw text with hcpcsOf (lib/engine/applicability.ts), so "Q 5103" is "not an infliximab code"; the normalized value is Q5103 and the Ilaris pack accepts "J 0638"',
    'il-date-weekday-prefix.json':
      'parseDate (lib/parse/date.ts) does not read a weekday before the date: "Tue 11/10/2026" gets value-unreadable',
    'il-fax-code-spaced.json':
      'parseIcd10List (lib/parse/icd10.ts) splits "M04. 2" at the space into "M04." and "2": two icd10-invalid errors for what reads as M04.2',
    'il-pt-fmf-colch-max-dose.json':
      'parsePartialDate (lib/parse/date.ts) does not read "since 2015" as the year 2015 (it reads "~2019", "about 2019"): value-unreadable',
    'il-pt-fmf-one-cell.json':
      'outcomeOf (rules/cigna/ilaris/prior-therapy.ts) does not read "continues to flare monthly" after the dash as a failed step, so prior-therapy-incomplete asks for the outcome',
    'il-voice-flares-word.json':
      'parseCount/readLeadingNumber (lib/parse/number.ts) refuses every number word, so a flare count of "six" (one reading only) gets value-unreadable',
    'il-xls-npi-zero-width.json':
      'fold (lib/parse/quote.ts) folds no-break spaces and full-width digits but keeps a zero-width space pasted after the NPI: npi-invalid says "only digits" about an invisible character',
  },
  knownWrong: {},
});
