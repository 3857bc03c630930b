/**
 * A portal field map: stable selectors of one portal's form, tried before the label
 * vocabulary. Paths are raw `FieldPath`s; `$1`, `$2` are filled from a RegExp test id's groups.
 */
export interface PortalFieldRule {
  testId: string | RegExp;
  path: string;
}

export interface PortalMap {
  /** reported as `TabReport.portal` when at least one field matched through this map */
  id: string;
  /** hostnames the map applies to */
  hosts: string[];
  fields: PortalFieldRule[];
}

/** How a label names a field: a pattern over the normalized label text (lower case). */
export interface VocabularyEntry {
  /** raw path; `#` stands for the next index (`diagnosis.codes.#`, `priorTherapies.#.drug`) */
  path: string;
  label: RegExp;
  /** only inside a section (legend, caption, heading) whose text matches */
  section?: RegExp;
  /** never inside a section whose text matches (the patient's phone is no prescriber's) */
  notSection?: RegExp;
  /** only for these control kinds (e.g. a "Unit" select) */
  kinds?: readonly string[];
}

/** Units a label may carry ("Patient's current weight KG", "CRP (mg/dL)"), checked in order. */
export const LABEL_UNITS: readonly (readonly [RegExp, string])[] = [
  // a dose per kilogram ("Dose (mg/kg)") is no dose in kg
  [/\bmg\s*\/\s*kg\b|\bmg per kg\b/, 'mg/kg'],
  [/\bmg\s*\/\s*dl\b/, 'mg/dL'],
  [/\bmg\s*\/\s*l\b/, 'mg/L'],
  [/\bkg\b|kilogram/, 'kg'],
  [/\blbs?\b|pound/, 'lb'],
  [/\bmg\b|milligram/, 'mg'],
];

/** Option texts of a select that holds units, not answers (NDC units of measure included:
 *  UN, ML, GR, F2, ME), alone or leading a description ("UN - Unit", "ML (milliliter)"). */
export const UNIT_OPTION =
  /^(mg|mg\/kg|g|gr|gm|mcg|ml|kg|lbs?|mg\/l|mg\/dl|un|f2|me|each|ea|units?|international units?|x ?uln|pounds?|kilograms?|milliliters?|grams?)(\s*[-–(:].*)?$/i;
