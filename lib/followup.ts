import type { RuleSource } from './engine/types';
import type { IsoDate } from './form/schema';
import { addDays, daysBetween, formatUsDate, isIsoDate } from './parse/date';

/**
 * Follow-up after a PA request is submitted: the payer's cadence (supplied by its packs under
 * rules/) laid out on the calendar from the submission date, the step that comes next, and an
 * RFC 5545 calendar file with one all-day reminder per step.
 *
 * Privacy: the API takes no patient field at all. The drug and payer names and the portal's
 * reference number reach the output only when the caller sets `include.drug` / `include.reference`;
 * otherwise every text is the generic "PA request follow-up".
 */

/** One step of a payer's cadence. */
export interface CadenceStep {
  /** stable key, part of the calendar UID: lowercase letters, digits and hyphens */
  id: string;
  /** days after the submission date */
  afterDays: number;
  /** short wording for the calendar title; `{payer}` and `{drug}` are filled in (see `include`) */
  title: string;
  /** what to do, in a sentence or two; same placeholders */
  detail: string;
}

export interface FollowUpCadence {
  steps: readonly CadenceStep[];
  source: RuleSource;
}

export interface FollowUpInclude {
  /** name the drug and the payer in the reminder text */
  drug?: boolean;
  /** show the portal's reference number in the reminder text */
  reference?: boolean;
}

export interface FollowUpInput {
  /** the day the request was submitted */
  submitted: IsoDate;
  /** the portal's reference number, as staff noted it */
  reference?: string;
  drug: string;
  payer: string;
  cadence: FollowUpCadence;
  include?: FollowUpInclude;
}

export interface PlannedStep {
  id: string;
  date: IsoDate;
  afterDays: number;
  title: string;
  detail: string;
  /** the calendar event's title */
  summary: string;
  /** the calendar event's body */
  description: string;
}

export interface FollowUpPlan {
  submitted: IsoDate;
  /** "PA request follow-up", or "Ilaris PA request follow-up (Cigna)" when the drug is included */
  heading: string;
  /** the reference number, only when included */
  reference: string | null;
  /** in date order */
  steps: PlannedStep[];
  source: RuleSource;
}

export const GENERIC_HEADING = 'PA request follow-up';

const STEP_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Control characters, other than tab and line breaks, have no place in the text. */
// eslint-disable-next-line no-control-regex -- these characters are what the pattern removes
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

const clean = (s: string): string => s.replace(CONTROL, '').trim();

function fill(text: string, drug: string, payer: string): string {
  return text.replace(/\{(payer|drug)\}/g, (_, key: string) => (key === 'payer' ? payer : drug));
}

/**
 * The cadence laid out from the submission date. Null when the submission date is not a real
 * date, a step's offset is not a whole number of days ≥ 0, or step ids are malformed or repeated
 * (callers pass a pack's cadence, so this only guards against misuse).
 */
export function planFollowUp(input: FollowUpInput): FollowUpPlan | null {
  if (!isIsoDate(input.submitted)) return null;
  const withDrug = input.include?.drug === true;
  const drug = clean(input.drug);
  const payer = clean(input.payer);
  const named = withDrug && drug !== '' && payer !== '';
  const drugWord = named ? drug : 'the drug';
  const payerWord = named ? payer : 'the payer';
  const heading = named ? `${drug} ${GENERIC_HEADING} (${payer})` : GENERIC_HEADING;
  const ref = input.include?.reference === true ? clean(input.reference ?? '') : '';
  const reference = ref === '' ? null : ref;

  const ids = new Set<string>();
  const steps: PlannedStep[] = [];
  for (const step of input.cadence.steps) {
    if (!STEP_ID.test(step.id) || ids.has(step.id)) return null;
    ids.add(step.id);
    if (!Number.isSafeInteger(step.afterDays) || step.afterDays < 0) return null;
    const date = addDays(input.submitted, step.afterDays);
    if (date === null) return null;
    const title = clean(fill(step.title, drugWord, payerWord));
    const detail = clean(fill(step.detail, drugWord, payerWord));
    const lines = [detail, `Submitted ${formatUsDate(input.submitted)}.`];
    if (reference !== null) lines.push(`Portal reference: ${reference}`);
    steps.push({
      id: step.id,
      date,
      afterDays: step.afterDays,
      title,
      detail,
      summary: `${heading}: ${title}`,
      description: lines.join('\n'),
    });
  }
  steps.sort((a, b) => a.afterDays - b.afterDays);
  return { submitted: input.submitted, heading, reference, steps, source: input.cadence.source };
}

export interface NextStep {
  step: PlannedStep;
  /** 0 when the step falls today */
  daysUntil: number;
}

/**
 * The first step on or after `today` (a step is still "next" on its own day). Before the
 * submission date that is the first step; after the last step, null. Null also for a date that
 * is not real.
 */
export function nextFollowUp(plan: FollowUpPlan, today: IsoDate): NextStep | null {
  for (const step of plan.steps) {
    const days = daysBetween(today, step.date);
    if (days === null) return null;
    if (days >= 0) return { step, daysUntil: days };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// RFC 5545 calendar

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, and line breaks as `\n`. */
export function escapeText(s: string): string {
  return s
    .replace(CONTROL, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** The inverse of `escapeText`. */
export function unescapeText(s: string): string {
  return s.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

const utf8Length = (s: string): number => new TextEncoder().encode(s).length;

/**
 * Folds a content line so no line exceeds 75 octets (RFC 5545 §3.1): a continuation begins with
 * one space, which counts. Never splits a UTF-8 character (nor a surrogate pair).
 */
export function foldLine(line: string, limit = 75): string[] {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Length(ch);
    if (octets + size > limit) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out;
}

/** Undoes folding: a line break followed by one space or tab is removed (RFC 5545 §3.1). */
export function unfold(text: string): string {
  return text.replace(/\r\n[ \t]/g, '');
}

const compactDate = (iso: IsoDate): string => iso.replace(/-/g, '');

function utcStamp(d: Date): string {
  // toISOString throws a RangeError for an invalid Date: a caller's bug, not a user's
  return d
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

export interface IcsOptions {
  /** the DTSTAMP of every event (when the file was made); passed in so output is deterministic */
  dtstamp: Date;
  /** a reminder at this hour (local) on the day of each step; null for none. Default 9. */
  alarmHour?: number | null;
}

export const ICS_PRODID = '-//PA Preflight//Follow-up//EN';

/**
 * The plan as an iCalendar file: one all-day event per step (DTSTART;VALUE=DATE, DTEND the next
 * day), CRLF line endings, lines folded at 75 octets. UIDs are stable: the submission date and the
 * step, so downloading again updates the same events instead of duplicating them.
 */
export function followUpIcs(plan: FollowUpPlan, opts: IcsOptions): string {
  const stamp = utcStamp(opts.dtstamp);
  const alarmHour = opts.alarmHour === undefined ? 9 : opts.alarmHour;
  const lines: string[] = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${ICS_PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const step of plan.steps) {
    const end = addDays(step.date, 1);
    if (end === null) continue;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${compactDate(plan.submitted)}-${step.id}-d${step.afterDays}@pa-preflight`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compactDate(step.date)}`,
      `DTEND;VALUE=DATE:${compactDate(end)}`,
      `SUMMARY:${escapeText(step.summary)}`,
      `DESCRIPTION:${escapeText(step.description)}`,
      'TRANSP:TRANSPARENT',
    );
    if (alarmHour !== null && Number.isInteger(alarmHour) && alarmHour >= 0 && alarmHour <= 23) {
      lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `TRIGGER:PT${alarmHour}H`, `DESCRIPTION:${escapeText(step.summary)}`, 'END:VALARM');
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.flatMap((l) => foldLine(l)).join('\r\n') + '\r\n';
}
