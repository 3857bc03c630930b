import type { Finding, Indication } from '@/lib/engine/types';
import type { Field, IsoDate, PaForm, PriorTherapy, Quantity, StopDate } from '@/lib/form/schema';
import { formatStopDate, formatUsDate } from '@/lib/parse/date';
import { formatQuantity } from '@/lib/parse/quantity';
import { plural, SEVERITY_TEXT } from '@/lib/words';
import type { AppealTemplate } from './appeal';

/**
 * The letter of medical necessity, drafted from the request as read (the normalized `PaForm`)
 * and what the checks found: deterministic plain text, no network. The engine knows no drug: a
 * pack gives its `LetterTemplate` (through its docs), made of the sections below and its own
 * (the regimen with its calculation, the policy criteria for the indication).
 *
 * A fact the form lacks is written `[[to add: what is missing]]`, never invented; the errors and
 * warnings still open are listed above the letter so staff fix the form first.
 */

/** A fact the form lacks: rendered `[[to add: what]]`. */
export interface ToAdd {
  toAdd: string;
}
/** Text, or a fact to add. */
export type Piece = string | ToAdd;
/** One line of the letter: its pieces, written one after the other. */
export type LetterLine = readonly Piece[];

export const toAdd = (what: string): ToAdd => ({ toAdd: what });
export const isToAdd = (p: Piece): p is ToAdd => typeof p !== 'string';
export const TO_ADD_OPEN = '[[to add: ';
export const toAddText = (what: string): string => `${TO_ADD_OPEN}${what}]]`;

/** What a letter is drafted from: the request as read, what the checks found, and today. */
export interface LetterInput {
  form: PaForm;
  findings: readonly Finding[];
  /** the indication the checks read (`Evaluation.indication`) */
  indication: Indication | null;
  /** its display name, e.g. "Still's disease (adult-onset, AOSD)" */
  indicationLabel: string | null;
  /** the diagnosis code it came from, e.g. "M06.1" */
  indicationCode: string | null;
  /** the letter's date, ISO */
  today: IsoDate;
}

/** One section of a letter: a title and its lines; `null` leaves the section out. */
export interface LetterSection {
  id: string;
  title: string;
  lines(input: LetterInput): LetterLine[] | null;
}

/** What a pack gives to draft its letter: the drug and payer named, and the sections in order. */
export interface LetterTemplate {
  /** "Ilaris (canakinumab)" */
  drug: string;
  /** "Cigna" */
  payer: string;
  sections: readonly LetterSection[];
  /** the appeal letter after a denial: the denial reasons the pack knows (lib/letter/appeal.ts) */
  appeal?: AppealTemplate;
}

export interface RenderedSection {
  id: string;
  title: string;
  lines: string[];
}

export interface LetterDraft {
  /** errors and warnings still open, in the order the checks gave them */
  unresolved: Finding[];
  sections: RenderedSection[];
  /** every `[[to add: …]]`, in order of appearance, without repeats */
  missing: string[];
  /** the findings above the letter, then the letter: what the CLI prints */
  text: string;
  /** the letter alone, from its banner: what staff copy and download (the UI shows the findings apart) */
  letter: string;
}

// ---------- reading fields without inventing ----------

/** The text as typed, trimmed, or null when nothing was typed. */
export function typedText(field: Field<unknown> | undefined): string | null {
  const raw = field?.raw.trim() ?? '';
  return raw === '' ? null : raw;
}

/** A text field as typed, or what to add. */
export const textOr = (field: Field<string> | undefined, what: string): Piece => typedText(field) ?? toAdd(what);

/** A date as MM/DD/YYYY when it reads as one, else as typed, else what to add. */
export function dateOr(field: Field<IsoDate> | undefined, what: string): Piece {
  if (field?.value) return formatUsDate(field.value);
  return typedText(field) ?? toAdd(what);
}

/**
 * A date known to the day, month or year, as precise as it was typed ("01/2025"), "ongoing" for a
 * stop date that says the drug is still taken, else as typed, else what to add.
 */
export function partialDateOr(field: Field<StopDate> | undefined, what: string): Piece {
  if (field?.value) return formatStopDate(field.value);
  return typedText(field) ?? toAdd(what);
}

/** A quantity with its unit when it reads as one ("4.5 mg/dL"), else as typed, else what to add. */
export function quantityOr(field: Field<Quantity> | undefined, what: string): Piece {
  if (field?.value) return formatQuantity(field.value);
  return typedText(field) ?? toAdd(what);
}

/** A count as entered ("3"), else what to add. */
export function countOr(field: Field<number> | undefined, what: string): Piece {
  if (field?.value !== undefined && Number.isFinite(field.value)) return String(field.value);
  return typedText(field) ?? toAdd(what);
}

/** "Yes" / "No" when it reads as one, else as typed, else what to add. */
export function yesNoOr(field: Field<boolean> | undefined, what: string): Piece {
  if (field?.value !== undefined) return field.value ? 'Yes' : 'No';
  return typedText(field) ?? toAdd(what);
}

/** Whether the staff typed anything in a field. */
export const entered = (field: Field<unknown> | undefined): boolean => typedText(field) !== null;

// ---------- the sections every pack may use ----------

/** Patient identification: name, date of birth, member ID. */
export const patientSection = (memberIdLabel = 'Member ID'): LetterSection => ({
  id: 'patient',
  title: 'Patient',
  lines: ({ form }) => {
    const p = form.patient;
    return [
      ['Name: ', textOr(p.name, "patient's name")],
      ['Date of birth: ', dateOr(p.dob, "patient's date of birth")],
      [`${memberIdLabel}: `, textOr(p.memberId, "patient's member ID")],
    ];
  },
});

export interface DiagnosisOptions {
  /** the ICD-10-CM description of a code the pack knows, e.g. M06.1 → "Adult-onset Still's disease" */
  describe(code: string): string | null;
}

/** Diagnosis: the indication and each ICD-10-CM code with its description. */
export const diagnosisSection = (opts: DiagnosisOptions): LetterSection => ({
  id: 'diagnosis',
  title: 'Diagnosis',
  lines: ({ form, indicationLabel }) => {
    const lines: LetterLine[] = [['Indication: ', indicationLabel ?? toAdd('the indication (the disease the drug is for)')]];
    const codes = form.diagnosis.codes.filter((c) => c.raw.trim() !== '');
    if (codes.length === 0) lines.push(['ICD-10-CM: ', toAdd('ICD-10-CM diagnosis code and its description')]);
    for (const c of codes) {
      const code = c.value?.code ?? c.raw.trim();
      const description = c.value ? opts.describe(c.value.code) : null;
      lines.push(['ICD-10-CM: ', code, ' – ', description ?? toAdd(`the description of ${code}`)]);
    }
    return lines;
  },
});

export type ActivityFact = 'flaresPast6Months' | 'flaresPast12Months' | 'hospitalization';

const ACTIVITY: Record<ActivityFact, { label: string; what: string; count: boolean }> = {
  flaresPast6Months: { label: 'Flares in the past 6 months', what: 'number of flares in the past 6 months', count: true },
  flaresPast12Months: { label: 'Flares in the past 12 months', what: 'number of flares in the past 12 months', count: true },
  hospitalization: { label: 'Hospitalized for the disease', what: 'whether the patient was hospitalized for it', count: false },
};

export interface ActivityOptions {
  /** facts the indication's criteria need (written even when missing); others are written when entered */
  required(indication: Indication | null): readonly ActivityFact[];
  /** when the criteria accept any one of the required facts (flares or a hospitalization) */
  anyOf?(indication: Indication | null): boolean;
}

/** Disease activity: flares and hospitalizations, as entered. Left out when nothing is needed or entered. */
export const activitySection = (opts: ActivityOptions): LetterSection => ({
  id: 'activity',
  title: 'Disease activity',
  lines: ({ form, indication }) => {
    const required = opts.required(indication);
    const facts = (Object.keys(ACTIVITY) as ActivityFact[]).filter((f) => entered(form.clinical[f]));
    const anyOf = opts.anyOf?.(indication) === true;
    if (facts.length === 0 && required.length === 0) return null;
    if (facts.length === 0 && anyOf) {
      return [[toAdd(required.map((f) => ACTIVITY[f].what).join(', or '))]];
    }
    const shown = (Object.keys(ACTIVITY) as ActivityFact[]).filter((f) => facts.includes(f) || (!anyOf && required.includes(f)));
    return shown.map((f) => {
      const { label, what, count } = ACTIVITY[f];
      const field = form.clinical[f];
      const value = count ? countOr(field as Field<number> | undefined, what) : yesNoOr(field as Field<boolean> | undefined, what);
      return [`${label}: `, value];
    });
  },
});

export interface LabsOptions {
  /** whether the indication's criteria need a CRP (then it is written even when missing) */
  crpRequired(indication: Indication | null): boolean;
}

/** Objective measures: CRP with unit, date and reference range; ESR and ferritin when entered. */
export const labsSection = (opts: LabsOptions): LetterSection => ({
  id: 'labs',
  title: 'Objective measures',
  lines: ({ form, indication }) => {
    const { crp, esr, ferritin } = form.labs;
    const crpEntered = [crp.value, crp.date, crp.uln, crp.referenceRange].some(entered);
    const lines: LetterLine[] = [];
    if (crpEntered || opts.crpRequired(indication)) {
      const range: Piece =
        typedText(crp.referenceRange) ??
        (crp.uln?.value ? `upper limit of normal ${formatQuantity(crp.uln.value)}` : typedText(crp.uln)) ??
        toAdd("the lab's CRP reference range");
      const value =
        crp.value?.value && crp.value.value.unit === null ? toAdd(`the unit of the CRP result ${formatQuantity(crp.value.value)}`) : null;
      lines.push([
        'C-reactive protein (CRP): ',
        quantityOr(crp.value, 'CRP result with its unit'),
        ...(value ? [' ', value] : []),
        ' on ',
        dateOr(crp.date, 'the date the CRP was drawn'),
        ' (reference range ',
        range,
        ')',
      ]);
    }
    if (entered(esr)) lines.push(['Erythrocyte sedimentation rate (ESR): ', quantityOr(esr, 'ESR')]);
    if (entered(ferritin)) lines.push(['Ferritin: ', quantityOr(ferritin, 'ferritin')]);
    return lines.length > 0 ? lines : null;
  },
});

export type TreatmentFlag =
  'colchicineContinuing' | 'colchicineContraindicated' | 'nsaidContraindicated' | 'corticosteroidsNotCandidate' | 'urateLoweringTherapy';

const FLAGS: Record<TreatmentFlag, string> = {
  colchicineContinuing: 'Colchicine continued alongside the requested drug',
  colchicineContraindicated: 'Colchicine contraindicated or not tolerated',
  nsaidContraindicated: 'NSAIDs contraindicated or not tolerated',
  corticosteroidsNotCandidate: 'Not a candidate for corticosteroids',
  urateLoweringTherapy: 'On or starting urate-lowering therapy',
};

export interface PriorTherapyOptions {
  /** whether the indication's criteria need prior therapy (then the section is written even when empty) */
  required(indication: Indication | null): boolean;
}

function therapyLine(t: PriorTherapy, n: number): LetterLine {
  const name = typedText(t.drug);
  const which = name ?? `prior therapy ${n}`;
  const duration = typedText(t.duration);
  const end: Piece[] = entered(t.stop)
    ? [partialDateOr(t.stop, `stop date of ${which}`), duration ? ` (${duration})` : '']
    : [duration ?? toAdd(`stop date or duration of ${which}`)];
  return [
    `${n}. `,
    name ?? toAdd(`the drug of prior therapy ${n}`),
    ', ',
    textOr(t.dose, `dose of ${which}`),
    ', from ',
    partialDateOr(t.start, `start date of ${which}`),
    ' to ',
    ...end,
    '; outcome: ',
    textOr(t.outcome, `outcome of ${which} (why it was stopped or is not enough)`),
  ];
}

/** Prior therapies, each with dose, dates and outcome, and the treatment facts entered. */
export const priorTherapySection = (opts: PriorTherapyOptions): LetterSection => ({
  id: 'priorTherapy',
  title: 'Prior therapy',
  lines: ({ form, indication }) => {
    const lines: LetterLine[] = form.priorTherapies.map((t, i) => therapyLine(t, i + 1));
    for (const flag of Object.keys(FLAGS) as TreatmentFlag[]) {
      const field = form.clinical[flag];
      if (entered(field)) lines.push([`${FLAGS[flag]}: `, yesNoOr(field, FLAGS[flag].toLowerCase())]);
    }
    if (lines.length > 0) return lines;
    return opts.required(indication) ? [[toAdd('each prior therapy: drug, dose, start and stop dates, and why it stopped')]] : null;
  },
});

/** A criterion of the payer's policy for an indication, and where the request shows it is met. */
export interface LetterCriterion {
  /** the criterion in the policy's words, e.g. "CRP of at least 10 mg/L or 2× the upper limit of normal" */
  text: string;
  /** rules whose open errors or warnings mean the request does not yet show it */
  rules: readonly string[];
  /** what on the request shows it, e.g. ["CRP 45 mg/L on 10/01/2026"] */
  evidence?(input: LetterInput): LetterLine;
}

/** The payer's criteria for the indication; a criterion a finding still questions is written as to add. */
export const criteriaSection = (
  criteriaFor: (input: LetterInput) => readonly LetterCriterion[] | null,
  title = 'Policy criteria met',
): LetterSection => ({
  id: 'criteria',
  title,
  lines: (input) => {
    const criteria = criteriaFor(input);
    if (criteria === null) return [[toAdd('the indication, to state the policy criteria it meets')]];
    return criteria.map((c) => {
      const open = input.findings.filter((f) => (f.severity === 'error' || f.severity === 'warning') && c.rules.includes(f.ruleId));
      if (open.length > 0) {
        const ids = [...new Set(open.map((f) => f.ruleId))].join(', ');
        return ['- ', toAdd(`evidence that the request meets "${c.text}" (open: ${ids})`)];
      }
      const evidence = c.evidence?.(input) ?? [];
      return ['- ', c.text, ...(evidence.length > 0 ? [': ', ...evidence] : [])];
    });
  },
});

/** The monitoring plan: always a fill-in for the prescriber. */
export const monitoringSection = (prompt = 'monitoring plan: how response and safety will be followed, and how often'): LetterSection => ({
  id: 'monitoring',
  title: 'Monitoring plan',
  lines: () => [[toAdd(prompt)]],
});

/** The prescriber: name, specialty, NPI and contact. */
export const prescriberSection = (): LetterSection => ({
  id: 'prescriber',
  title: 'Prescriber',
  lines: ({ form }) => {
    const p = form.prescriber;
    const contact: Piece[] = [];
    if (entered(p.phone)) contact.push(`phone ${typedText(p.phone)}`);
    if (entered(p.fax)) contact.push(`${contact.length > 0 ? ', ' : ''}fax ${typedText(p.fax)}`);
    return [
      ['Name: ', textOr(p.name, "prescriber's name")],
      ['Specialty: ', textOr(p.specialty, "prescriber's specialty")],
      ['NPI: ', textOr(p.npi, "prescriber's NPI")],
      ['Contact: ', ...(contact.length > 0 ? contact : [toAdd("prescriber's phone or fax")])],
    ];
  },
});

// ---------- rendering ----------

const pieceText = (p: Piece): string => (isToAdd(p) ? toAddText(p.toAdd) : p);

export const lineText = (line: LetterLine): string => line.map(pieceText).join('');

export function findingsBlock(unresolved: readonly Finding[]): string[] {
  if (unresolved.length === 0) return ['Form check: no open errors or warnings.'];
  const count = (s: string) => unresolved.filter((f) => f.severity === s).length;
  return [
    `Fix the form first: ${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')} still open.`,
    ...unresolved.map((f) => `- ${SEVERITY_TEXT[f.severity]} (${f.ruleId}, ${f.field}): ${f.message}`),
  ];
}

/** How a kind of letter opens and closes around a template's sections (`composeLetter`). */
export interface LetterFrame {
  /** the line that starts the letter below the findings, e.g. "----- Letter of medical necessity (draft) -----" */
  banner: string;
  /** "Cigna, prior authorization review" */
  to: string;
  /** the subject, given the patient's name as written */
  re(patient: string): string;
  /** lines after the subject (a denial's date and reference) */
  header?: readonly LetterLine[];
  /** the opening paragraph, given the patient's name as written */
  opening(patient: string): string;
  /** lines of the letter's own before the sections (the answer to a denial) */
  lead?: LetterSection;
  sections: readonly LetterSection[];
  /** a paragraph before the signature */
  closing?: string;
}

/** The findings block, then a letter in `frame` drafted from `input`: what every letter shares. */
export function composeLetter(frame: LetterFrame, input: LetterInput): LetterDraft {
  const unresolved = input.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
  const missing: string[] = [];
  const note = (line: LetterLine) => {
    for (const p of line) if (isToAdd(p) && !missing.includes(p.toAdd)) missing.push(p.toAdd);
  };
  const { form } = input;
  const patient: LetterLine = [textOr(form.patient.name, "patient's name")];
  const signer: LetterLine = [textOr(form.prescriber.name, "prescriber's name")];
  const specialty = typedText(form.prescriber.specialty);
  const header = frame.header ?? [];
  const sections: RenderedSection[] = [];
  for (const section of [...(frame.lead ? [frame.lead] : []), ...frame.sections]) {
    const lines = section.lines(input);
    if (lines === null) continue;
    lines.forEach(note);
    sections.push({ id: section.id, title: section.title, lines: lines.map(lineText) });
  }
  [...header, patient, signer].forEach(note);
  const name = lineText(patient);
  const letter = [
    frame.banner,
    '',
    `Date: ${formatUsDate(input.today)}`,
    `To: ${frame.to}`,
    `Re: ${frame.re(name)}`,
    ...header.map(lineText),
    '',
    'To whom it may concern:',
    '',
    frame.opening(name),
    ...sections.flatMap((s) => ['', s.title.toUpperCase(), ...s.lines]),
    ...(frame.closing ? ['', frame.closing] : []),
    '',
    'Sincerely,',
    '',
    lineText(signer) + (specialty ? `, ${specialty}` : ''),
  ].join('\n');
  const text = [...findingsBlock(unresolved), '', letter].join('\n');
  return { unresolved, sections, missing, text, letter };
}

/** The letter of medical necessity for a request, by a pack's template. */
export function draftLetter(template: LetterTemplate, input: LetterInput): LetterDraft {
  return composeLetter(
    {
      banner: '----- Letter of medical necessity (draft) -----',
      to: `${template.payer}, prior authorization review`,
      re: (patient) => `${template.drug} for ${patient}`,
      opening: (patient) =>
        `I am writing to request coverage of ${template.drug} for my patient ${patient}. The facts below are those of the prior authorization request.`,
      sections: template.sections,
    },
    input,
  );
}
