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
  knownCorrect: {},
  knownWrong: {},
});
