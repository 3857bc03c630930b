import { F, priorTherapyPath } from '@/lib/form/fields';
import type { PaForm, PartialDate, PriorTherapy } from '@/lib/form/schema';
import { dayOf, daysBetween } from '@/lib/parse/date';
import { fold } from '@/lib/parse/quote';
import { DRUG_CLASSES } from './facts';

/** What the prior-therapy rows say: how a tried drug went, and an earlier Ilaris dose. */

/**
 * How a row's outcome reads: `failed` when it says the drug did not work, was not tolerated or
 * is contraindicated (any of these, even next to a word of benefit: "effective but not
 * tolerated"); `worked` when it says only that the drug helped ("Effective, well tolerated",
 * "Good response"); `unclear` otherwise ("Stopped", "Completed course"); null without an outcome.
 */
export type Outcome = 'failed' | 'worked' | 'unclear';

const FAILED = new RegExp(
  [
    // did not work, or not well enough
    String.raw`\b(fail\w*|ineffective|inadequate\w*|insufficient\w*|partial\w*|suboptimal|refractory|minimal|poor(ly)?|lack of|loss of|lost)\b`,
    String.raw`\b(not|no longer|never|wasn ?t|was not|did not|didn ?t|does not|doesn ?t)\s+(\w+\s+)?(effective|work\w*|help\w*|respond\w*|improv\w*|control\w*|adequate|sufficient|tolerat\w*)`,
    String.raw`\bno\s+(\w+\s+)?(response|improvement|benefit|relief|effect|change)\b`,
    String.raw`(?<!\b(no|without|denies)\s)\b(ongoing|continued|continuing|frequent|breakthrough)\s+(flares?|attacks?|episodes?|symptoms?|pain|fevers?)\b`,
    // flares that go on ("continues to flare", "still flaring"), not a time without them ("flare-free")
    String.raw`(?<!\b(not|never|no longer)\s)\b(continu\w*|keeps?|kept|still)\s+(to\s+)?(flar(e|es|ing)|hav\w*\s+(flares?|attacks?|episodes?))\b(?![-\s]free)`,
    String.raw`\b(persist\w*|recurr\w*|worse\w*|worsen\w*)\b`,
    String.raw`\bflares?\s+(despite|on|while|continued|persisted)\b`,
    // a response that did not last, or went only part of the way
    String.raw`\b(wan(ed|ing)|wore off|temporar\w*|transient\w*)\b`,
    String.raw`(?<!\b(not|never|no longer|hasn ?t|has not|without)\s)\b(flared|relapsed)\b`,
    String.raw`\b(some|modest|mild|slight|limited|incomplete)\s+(improvement|response|benefit|relief)\b`,
    String.raw`\b(remains?|remained|still|persistently)\s+(elevated|high|raised|active|abnormal|uncontrolled)\b`,
    // not tolerated
    String.raw`(?<!\b(no|without|denies)\s)\b(intoleran\w*|side effects?|adverse|toxicit\w*|allerg\w*|reaction|bleed\w*|ulcer\w*|nausea|vomit\w*|diarrh\w*|gi upset|rash|hepatotox\w*|elevated (lfts?|liver|creatinine)|aki|cytopenia)\b`,
    String.raw`\b(stopped|discontinued|d/?c'?d)\s+(due|because|for)\b`,
    // contraindicated
    String.raw`\b(contraindicat\w*|ckd|renal (impairment|insufficiency|failure|disease)|kidney disease|cirrhosis)\b`,
  ].join('|'),
);

const WORKED =
  /\b(effective|efficacious|worked|works|helped|helpful|good|excellent|great|responded|response|respond\w*|resolved|resolution|improv\w*|controlled|remission|benefit\w*|success\w*|relief|better)\b/;

function outcomeIn(text: string): Outcome {
  const s = fold(text).toLowerCase().replace(/[’`]/g, "'").replace(/'/g, ' ');
  if (FAILED.test(s)) return 'failed';
  return WORKED.test(s) ? 'worked' : 'unclear';
}

/**
 * What a drug cell says after the drug's name, when one cell holds the whole row ("colchicine
 * 0.6 mg BID x 6 months, failed", or a paragraph: "Naproxen 500 mg BID 02/2026-03/2026 (AKI)"):
 * its dose ("0.6 mg"), a duration ("x 6 months", not "every 2 weeks") or dates (a year: "since
 * 2023", "02/2026"), and the outcome, read only after a comma, semicolon, dash or opening
 * parenthesis, so that the drug's name is no outcome; a note on what the drug was for
 * ("colchicine (for recurrent pericarditis)") is none.
 */
const DOSE_IN_CELL = /\d\s?(mg|mcg|g|ml|units?)\b/i;
const DURATION_IN_CELL = /(?<!\b(every|q)\s?)\b\d+(\.\d+)?\s?(days?|weeks?|wks?|months?|mos?|years?|yrs?)\b|\b(19|20)\d\d\b/i;
const OUTCOME_IN_CELL = /[,;]\s*|\s[-–—]\s|\((?!for\b)/;

export const drugCellHas = (row: PriorTherapy, what: 'dose' | 'duration'): boolean =>
  row.drug !== undefined && (what === 'dose' ? DOSE_IN_CELL : DURATION_IN_CELL).test(row.drug.raw);

export function outcomeOf(row: PriorTherapy): Outcome | null {
  const raw = row.outcome?.raw;
  if (raw !== undefined && raw.trim() !== '') return outcomeIn(raw);
  const [, ...after] = (row.drug?.raw ?? '').split(OUTCOME_IN_CELL);
  const said = after.length > 0 ? outcomeIn(after.join(' ')) : 'unclear';
  return said === 'unclear' ? null : said;
}

/** The rows naming a drug of a class. */
export const rowsOf = (form: PaForm, cls: RegExp): PriorTherapy[] =>
  form.priorTherapies.filter((row) => row.drug !== undefined && cls.test(row.drug.raw));

/** Where a row's cell is, by the row's own number. */
export const cellOf = (form: PaForm, row: PriorTherapy, column: 'drug' | 'outcome' | 'start' | 'stop'): string =>
  priorTherapyPath(row.index ?? form.priorTherapies.indexOf(row), column);

export interface LastDose {
  /** the day, or the month or year when a prior-therapy row says only that; for a course still
   *  taken, its start (the last dose is no earlier), null when the row has none */
  date: PartialDate | null;
  /** the field it was read from */
  path: string;
  /** the field, for quoting what was typed */
  field: { raw: string };
  /** a prior-therapy row says Ilaris is still taken ("ongoing", "present"): the last dose may be
   *  as late as the request itself */
  ongoing: boolean;
}

/**
 * The last Ilaris dose: the last-dose date when entered, else the latest stop (or start) date of
 * a prior-therapy row naming Ilaris or canakinumab. Rows are compared by the first day their
 * dates may mean: the last dose was no earlier than the latest of those. A row whose stop says
 * Ilaris is still taken is later than any dated one: its last dose is not known.
 */
export function lastIlarisDose(form: PaForm): LastDose | null {
  const entered = form.clinical.lastDoseDate;
  if (entered?.value) return { date: dayOf(entered.value), path: F.lastDoseDate, field: entered, ongoing: false };
  let last: LastDose | null = null;
  for (const row of rowsOf(form, DRUG_CLASSES.ilaris)) {
    const stop = row.stop?.value;
    if (stop === 'ongoing') {
      if (row.stop && !last?.ongoing) {
        last = { date: row.start?.value ?? null, path: cellOf(form, row, 'stop'), field: row.stop, ongoing: true };
      }
      continue;
    }
    if (last?.ongoing) continue;
    const [field, date, column] = stop ? [row.stop, stop, 'stop' as const] : [row.start, row.start?.value, 'start' as const];
    if (!field || !date) continue;
    if (!last?.date || (daysBetween(last.date.first, date.first) ?? 0) > 0) {
      last = { date, path: cellOf(form, row, column), field, ongoing: false };
    }
  }
  return last;
}

export interface EarlierIlaris {
  /** a benefit from it is documented: the yes/no answer, else an Ilaris row whose outcome says it worked */
  benefit: boolean;
}

/** An earlier Ilaris course: a last-dose date or a prior-therapy row naming it; null when there is none. */
export function earlierIlaris(form: PaForm): EarlierIlaris | null {
  const rows = rowsOf(form, DRUG_CLASSES.ilaris);
  if (!form.clinical.lastDoseDate?.value && rows.length === 0) return null;
  const answer = form.clinical.benefitDocumented?.value;
  const benefit = answer ?? rows.some((row) => outcomeOf(row) === 'worked');
  return { benefit };
}

/**
 * The gout retreatment path (criteria template, proxy): an earlier Ilaris dose with a benefit
 * and a new flare (the request itself). The ≥12-week gap is checked by gout-retreatment-interval.
 */
export const isGoutRetreatment = (form: PaForm): boolean => earlierIlaris(form)?.benefit === true;
