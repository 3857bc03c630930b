// @vitest-environment node
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The content script is injected into every portal page and imports the normalizer, the
 * parsers and the path helpers; they must not pull zod (the schema library) in at run time.
 */
describe('content-script modules', () => {
  it('bundle without zod and stay small', async () => {
    const entry = ['normalize.ts', 'paths.ts', 'fields.ts', 'constants.ts']
      .map((f) => `export * from ${JSON.stringify(fileURLToPath(new URL(`./${f}`, import.meta.url)))};`)
      .join('\n');
    const result = await build({
      stdin: { contents: entry, resolveDir: fileURLToPath(new URL('.', import.meta.url)), loader: 'ts' },
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((p) => p.includes('node_modules'))).toEqual([]);
    expect(inputs.some((p) => p.endsWith('schema.ts'))).toBe(false);
    // 40,000 until the parsers read Epic's exports (problem-list "Name (HCC) [code]", "lb oz" weights,
    // "(Ref: …)" ranges, sigs, ISO offsets): 39,924 then 40,658 bytes; 41,000 until they read round 5's
    // typing (a weekday before a date, "since 2015", a tally in words, "M04. 2", "Q 5103", zero-width
    // characters): 41,439 bytes; 42,000 until they read round 7's (an induction and its maintenance
    // interval in more wordings, "350 mg = 5 mg/kg", "mg/dose", "J-1745", "early 2024", "Q1 2024", a note
    // after a stop date): 41,995 then 42,125 bytes, 41 of them saved in frequency.ts and date.ts; 42,130
    // until they read round 8's (a birth date's age after it, checked against it; a note in words after a date;
    // "Jan '25"; "8:15a", "-0500" after a time, milliseconds; "N/A", "pending" in dates and labs, "unknown"
    // answers and member IDs; punctuation or a lone "*" after a value; bullets and list numbers among
    // diagnoses; a note after an NPI; "Inject 150 mg", "(1 mL)", "= 1 vial", "ref <10", ", BMI", a date after a
    // weight in both units, a unit in the label, "J0638 x 150", "at least 6", "6 or more", "1 dose now"):
    // 43,252 bytes, about 120 saved by reading a date's age and note through one path in date.ts and reusing
    // its no-date words in yes-no.ts; 43,486 until they read round 9's (a lab result's date and other results in its
    // box, "on 11/02", "11/06/2026: 74 mg/L", "CRP 88 mg/L, ESR 64 mm/hr", and the date used when the date field is
    // empty; "milligrams per liter"; "approx. 66 kg", a height or BMI after a weight; "1 mL (150 mg)", "x 1 dose";
    // "SU"; hyphen look-alikes folded; "M04 1", "FMF-M04.1", "M04.1(TRAPS)", "M04.2/CAPS", "HIDS/MKD - M04.1"; "W0, W2,
    // W6", "maint", "loading 0/2/6", "after week 6", ", ongoing", an interval in brackets; "2025/03"; an NPI before a
    // name or a TIN; "ML1 = 1 vial"; "Retreatment"; "TBD" or "see card" for a member ID): about 1,170 bytes, of which
    // about 940 saved by building fields.ts's same-named paths from lists, one "Nothing entered." problem, one white-space
    // squash, one table of NDC unit words and named kinds of units: 43,483 bytes; 44,460 until they read round 10's (a value
    // in quotes or square brackets, after a bullet, a colon or "#"; an "N/A" diagnosis row; "M04.1*"; a description before
    // "NDC"; HL7 YYYYMMDD dates; "Nov-05-2026"; "(150 mg)" after a date; "→" and "q.4.wk" in frequencies, "once now", ", 6 mo
    // supply"; "[H]" and "A" lab flags, "(ref 0-5)" not a date, "C-Reactive Protein, Quant:"; "70 (kg)", "70 kg [154 lb]",
    // two weights on two lines, ", BSA", ", 11/18/2026" and a BMI after a weight; a drug name before a dose, "≈ 4 mg/kg",
    // "; 2 vials", "in 250 mL NS", "milligrams per kilogram", "; may increase to …"; "qty 150", "35 units of 10 mg"; "N/A –
    // note" for a member ID; "11 (Office)"; "- 150 mg SC" after a date; ", then reassess"): 44,457 bytes; 45,200 until they read round 11's (a
    // value in single quotes, guillemets, round or angle brackets, ="…" or after a spreadsheet's apostrophe; a rule, pipe, "!"
    // or "*" left after a value; "Patient's current weight KG:"; a weight only in the dose's working; a renewal's benefit in
    // words; "N/A - note" and "(approx. 16 weeks ago)" with dates, "?/2026"; an NDC broken over two lines; "Frequency:" and an
    // induction under way before "then" by its weeks, days or dates, each phase on its line; "1/month (6 total)"): 45,157
    // bytes, and 45,300 with a problem quoting such a value as typed, in its brackets (page text such as "<img …>" stays
    // text in a message); a library pulled in would add tens of kB
    expect(result.outputFiles[0]!.contents.byteLength).toBeLessThan(45_400);
  });
});
