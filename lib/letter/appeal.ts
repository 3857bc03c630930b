import type { Finding } from '@/lib/engine/types';
import type { IsoDate } from '@/lib/form/schema';
import { formatUsDate } from '@/lib/parse/date';
import {
  composeLetter,
  isToAdd,
  lineText,
  toAdd,
  type LetterDraft,
  type LetterInput,
  type LetterLine,
  type LetterSection,
  type LetterTemplate,
} from './letter';

/**
 * Denial help and the appeal letter, built like the letter of medical necessity: a pack names
 * the denial reasons its payer gives, which of its letter's sections answer each, which rules
 * bear on it, and the appeal's answer in its own words. The engine knows no drug and no reason:
 * it reads the request through the pack's sections, so what a denial needs is split into what
 * the request already shows and what is missing (`[[to add: …]]`), never invented.
 */

/** A reason a payer gives for denying a request, as a pack words it. */
export interface DenialReason {
  /** stable key, e.g. "step-therapy" */
  id: string;
  /** "Insufficient step therapy" */
  label: string;
  /** what the payer's reviewer looks for, in a sentence or two */
  advice: string;
  /** ids of the letter's sections whose facts answer this denial, in the order the appeal gives them */
  sections: readonly string[] | 'all';
  /** rules whose open errors or warnings bear on it */
  rules: readonly string[] | 'all';
  /** the appeal's answer to the denial; may hold facts to add */
  argument(input: LetterInput): LetterLine[];
}

/** What a pack gives to help after a denial. */
export interface AppealTemplate {
  /** "Cigna, appeals" */
  to: string;
  reasons: readonly DenialReason[];
  /** sections every appeal carries, whatever the reason (the patient, the prescriber) */
  always: readonly string[];
}

/** What staff note from the denial letter; kept in the page's memory only. */
export interface DenialDetails {
  /** the date on the denial letter, when staff gave one that reads as a date */
  denialDate: IsoDate | null;
  /** the payer's reference number for the request or the denial, as staff typed it */
  reference: string | null;
}

export interface DenialHelp {
  reason: DenialReason;
  /** facts the request shows that answer the denial, one line each, as the letter writes them */
  present: string[];
  /** facts the request lacks, in the words of `[[to add: …]]` */
  missing: string[];
  /** the lines that lack them, as the letter writes them (`[[to add: …]]` in place), so what is
   *  there and what is missing read together */
  incomplete: string[];
  /** the errors and warnings still open on the form that bear on the denial */
  open: Finding[];
}

export const reasonOf = (template: LetterTemplate, id: string): DenialReason | null =>
  template.appeal?.reasons.find((r) => r.id === id) ?? null;

function sectionsFor(template: LetterTemplate, ids: readonly string[] | 'all'): LetterSection[] {
  if (ids === 'all') return [...template.sections];
  // in the order the reason names them; an id the template lacks is skipped
  return ids.map((id) => template.sections.find((s) => s.id === id)).filter((s): s is LetterSection => s !== undefined);
}

const isOpen = (f: Finding): boolean => f.severity === 'error' || f.severity === 'warning';

/** What a denial needs, read from the request: shown already, missing, and still open on the form. */
export function denialHelp(template: LetterTemplate, reasonId: string, input: LetterInput): DenialHelp | null {
  const reason = reasonOf(template, reasonId);
  if (!reason) return null;
  const present: string[] = [];
  const missing: string[] = [];
  const incomplete: string[] = [];
  for (const section of sectionsFor(template, reason.sections)) {
    for (const line of section.lines(input) ?? []) {
      const gaps = line.filter(isToAdd);
      if (gaps.length === 0) {
        present.push(`${section.title}: ${lineText(line)}`);
        continue;
      }
      incomplete.push(`${section.title}: ${lineText(line)}`);
      for (const gap of gaps) if (!missing.includes(gap.toAdd)) missing.push(gap.toAdd);
    }
  }
  const open = input.findings.filter((f) => isOpen(f) && (reason.rules === 'all' || reason.rules.includes(f.ruleId)));
  return { reason, present, missing, incomplete, open };
}

/** The appeal letter for a denial reason: the findings above it, the answer, then the facts that back it. */
export function draftAppeal(template: LetterTemplate, reasonId: string, input: LetterInput, details: DenialDetails): LetterDraft | null {
  const appeal = template.appeal;
  const reason = reasonOf(template, reasonId);
  if (!appeal || !reason) return null;
  const wanted = reason.sections === 'all' ? 'all' : [...appeal.always.filter((id) => id === 'patient'), ...reason.sections];
  const chosen = sectionsFor(template, wanted);
  // the prescriber (and any other section every appeal carries) comes last, once
  for (const section of sectionsFor(template, appeal.always)) if (!chosen.includes(section)) chosen.push(section);
  const reference = details.reference?.trim() ?? '';
  return composeLetter(
    {
      banner: '----- Appeal of a prior authorization denial (draft) -----',
      to: appeal.to,
      re: (patient) => `Appeal of the denial of ${template.drug} for ${patient}`,
      header: [
        ['Date of the denial: ', details.denialDate ? formatUsDate(details.denialDate) : toAdd('the date on the denial letter')],
        ['Reference number: ', reference !== '' ? reference : toAdd(`${template.payer}'s reference number for the request`)],
      ],
      opening: (patient) =>
        `I am writing to appeal ${template.payer}'s denial of coverage of ${template.drug} for my patient ${patient}. The denial gives as its reason: ${reason.label.toLowerCase()}. The facts below are those of the prior authorization request.`,
      lead: { id: 'answer', title: 'Why the denial should be reversed', lines: (i) => reason.argument(i) },
      sections: chosen,
      closing: `I ask that ${template.payer} reverse the denial and approve ${template.drug} as requested.`,
    },
    input,
  );
}
