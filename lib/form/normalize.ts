import type { Unit } from './constants';
import type { Field, PaForm, PartialDate, PriorTherapy, Quantity, RawForm, RawPriorTherapy, StopDate } from './schema';
import { diagnosisCodePath, F } from './fields';
import { isRawPath } from './paths';
import { parseCount } from '@/lib/parse/number';
import { NO_DATE, parseDate, parseDateRange, parsePartialDate, parseStopDate, type DateOptions } from '@/lib/parse/date';
import { parseFrequency } from '@/lib/parse/frequency';
import { parseHcpcs } from '@/lib/parse/hcpcs';
import { parseIcd10, parseIcd10List } from '@/lib/parse/icd10';
import { parseModifiers } from '@/lib/parse/modifiers';
import { parseNdc } from '@/lib/parse/ndc';
import { parseNdcQuantity } from '@/lib/parse/ndc-quantity';
import { parseNpi } from '@/lib/parse/npi';
import { parsePlaceOfService } from '@/lib/parse/place-of-service';
import { checkUnitAllowed, labResult, parseQuantity, parseUnit, rangeAfterResult, toKg, type QuantityOptions } from '@/lib/parse/quantity';
import { parseRequestType } from '@/lib/parse/request-type';
import { labelled } from '@/lib/parse/label';
import { fail, isNotGiven, NOT_GIVEN, requote, type Parsed } from '@/lib/parse/result';
import { parseYesNo } from '@/lib/parse/yes-no';
import { fold, quote, squash } from '@/lib/parse/quote';

export type NormalizeOptions = DateOptions;

type RawText = string | undefined;

/** A select's prompt option ("Select...", "-- choose --") means nothing was chosen. */
const PROMPT = /^(?:-+|--.*--|(?:please )?(?:select|choose)(?: (?:one|unit|an? [a-z]+))?(?:\.\.\.|…)?:?)$/i;

/** Empty, whitespace-only (invisible characters too) or prompt-only input counts as not filled in. */
const present = (raw: unknown): raw is string => typeof raw === 'string' && fold(raw) !== '' && !PROMPT.test(fold(raw));

/**
 * The raw paths of `{ path: typed text }` whose fields hold something: the fields
 * `normalizeForm(rawFromFlat(flat))` keeps, with the reference range and the date when the CRP
 * result prints them. What the content script reports as filled, for the checklist (`filledFrom` in
 * lib/engine/paths.ts answers for a field path from them).
 */
export const filledPaths = (flat: Readonly<Record<string, string>>): string[] => {
  const paths = Object.keys(flat).filter((path) => isRawPath(path) && present(flat[path]));
  const crp = flat[F.crpValue];
  if (rangeAfter(crp)) paths.push(F.crpReferenceRange);
  if (resultDate(crp)) paths.push(F.crpDate);
  return [...new Set(paths)];
};

/**
 * A field as parsed; a text that answers nothing ("N/A", "Unknown") counts as not filled in.
 * A structured value is read after a label pasted with it ("DOB: 08/22/1990"; `own` names the
 * field, see `labelled`); free text (`own` null: notes, answers, sigs) is read as typed.
 */
function fieldOf<T>(raw: RawText, parse: (s: string) => Parsed<T>, own: string | null = ''): Field<T> | undefined {
  if (!present(raw)) return undefined;
  const s = unwrap(raw);
  // a value pasted with punctuation or a lone asterisk after it ("23.", "00078-0734-61 *", "96372;", "150 mg…"), not a flag ("28 *H*")
  // or a rule, pipe or "!" a fax or a spreadsheet left after it ("150 ____", "80 mg |", "150*")
  const typed = own === null ? s : s.replace(/(?:[\s.;,!|_…]|\s\*+|(?<=\d)\*)+$/, '') || s;
  const r = own === null ? parse(typed) : labelled(parse, own)(typed);
  if (!r.ok && isNotGiven(r.problem)) return undefined;
  if (r.ok) return { raw, value: r.value };
  // a problem quotes the value as it was typed, in its quotes or brackets ("<img …>" stays page text)
  const requoted = s === raw.trim() ? r : requote(r.problem, typed, raw.trim());
  return { raw, problem: requoted.ok ? r.problem : requoted.problem };
}

/** A value pasted after a bullet, a colon, a spreadsheet's text apostrophe or the portal's date placeholder ("• 150 mg", ": 150 mg",
 *  "'1234567893", "MM/DD/YYYY 03/17/1980"), in quotes (German low ones too: "„150 mg“"), guillemets, a spreadsheet's ="…", or
 *  brackets of any kind ("“150 mg”", "‘150 mg’", "«M04.1»", "[00078-0734-61]", "(1765432103)", "<00078-0734-61>") or after a
 *  number sign ("#150"): the value. */
const unwrap = (raw: string): string =>
  raw
    .trim()
    .replace(/^(?:[•·▪◦‣:]|'(?=\w)|[md]{2}(\W)[md]{2}\1y{2,4}(?=\s*\d))\s*/i, '')
    .replace(/^(?:=?["“”‘’«„‚]([^"“”‘’«»„‚]*)["“”‘’»]|[[(<]([^[\]()<>]*)[\])>]|#\s*(\d.*))$/s, '$1$2$3');

const tidyText = (s: string): Parsed<string> => ({ ok: true, value: squash(s) });
/** A code, taken from the front of a dropdown text like "J0638 - Injection, canakinumab". */
const leadingCode =
  (pattern: RegExp) =>
  (s: string): Parsed<string> => {
    const t = s.trim().toUpperCase();
    return { ok: true, value: pattern.exec(t)?.[0] ?? t.replace(/\s+/g, '') };
  };
const cptCode = leadingCode(/^\d{4}[\dA-Z](?![A-Z\d])/);
const text = (raw: RawText) => fieldOf(raw, tidyText, null);

/** The reference range printed after a lab result ("12.3 mg/L (Ref: <5.0)", "28 mg/L [0.0-5.0]"), as if typed in its own field. */
const rangeAfter = (raw: RawText) => text(present(raw) ? (rangeAfterResult(raw) ?? undefined) : undefined);

/** The date a lab result gives beside it ("24 mg/L on 11/02/2026"), when it is a whole date. */
const resultDate = (raw: RawText): Field<string> | undefined => {
  const { date = '', day } = labResult(raw ?? '');
  return day ? { raw: date, value: day } : undefined;
};

/** An NDC quantity typed as a bare number beside a unit-of-measure control ("2" + "UN - Unit")
 *  reads as "2 UN"; a unit typed in the quantity itself stands. */
const withUnitOfMeasure = (quantity: RawText, unit: RawText): RawText => {
  const code = present(unit) ? /^\s*([A-Za-z][A-Za-z0-9]*)/.exec(unit)?.[1] : undefined;
  return present(quantity) && code && /^\s*[\d.,]+\s*$/.test(quantity) ? `${quantity.trim()} ${code}` : quantity;
};

/**
 * A number typed in one input with its unit typed beside it or chosen in a select. A unit
 * typed in the value wins; when the select says otherwise the field keeps that value and
 * carries a problem, so the disagreement is shown rather than silently resolved.
 */
function quantityField(
  valueRaw: RawText,
  unitRaw: RawText,
  opts: QuantityOptions,
  fallbackUnit: Unit | null = null,
): Field<Quantity> | undefined {
  const read = (s: RawText) => fieldOf(s, (t) => parseQuantity(t, opts), opts.what);
  // a unit in the value's label ("CRP (mg/L): 24", "Wt (kg): 70") reads as a unit chosen beside it
  // or after it ("Patient's current weight KG: 68", as Cigna's fax form labels it)
  const inLabel = /^[a-z][^:(]*?(?:\(([^)]+)\)|\b(kg|lbs?))\s*:/i.exec(valueRaw ?? '')?.find((g, i) => i && g);
  if (!present(unitRaw) && inLabel && parseUnit(inLabel)) unitRaw = inLabel;
  const typed = read(valueRaw);
  // blank, or "N/A", "not done" (no result given): undefined; unreadable: its problem
  if (!typed?.value) return typed;
  const { raw, value: q } = typed;
  const bad = (code: string, message: string): Field<Quantity> => ({ raw, problem: { code, message } });
  let selected: Unit | null = null;
  if (present(unitRaw)) {
    selected = parseUnit(unitRaw);
    const perKg = !selected && !q.unit && /^\s*mg\s*\/\s*kg\b/i.test(unitRaw) && read(`${raw} mg/kg`)?.problem;
    if (perKg) return { raw, problem: perKg };
    if (!selected) return bad('quantity.unit-select-unknown', `The unit ${quote(unitRaw)} is not one we know.`);
    const wrong = checkUnitAllowed(selected, opts);
    if (wrong && !q.unit) return bad('quantity.unit-wrong-kind', `${quote(raw)}: ${wrong}`);
  }
  if (q.unit && selected && q.unit !== selected) {
    return {
      raw,
      value: q,
      problem: {
        code: 'quantity.unit-conflict',
        message: `${quote(raw)} says ${q.unit} but the unit chosen beside it is ${selected}; make them agree.`,
      },
    };
  }
  return { raw, value: { amount: q.amount, unit: q.unit ?? selected ?? fallbackUnit } };
}

/**
 * A dose written per kilogram ("4 mg/kg", "4 mg/kg (max 300 mg)", "2" with "mg/kg" chosen)
 * on a request that gives the weight: the total it comes to, in mg, capped where the text
 * says so, as a reviewer would work it out. Without a weight in kg or lb it stays a problem
 * asking for the total.
 */
function doseField(valueRaw: RawText, unitRaw: RawText, weight: Field<Quantity> | undefined): Field<Quantity> | undefined {
  const field = quantityField(valueRaw, unitRaw, DOSE);
  const kg = weight?.value ? toKg(weight.value) : null;
  if (field?.problem?.code !== 'quantity.per-kg' || kg === null) return field;
  const typed = `${valueRaw ?? ''} ${present(unitRaw) ? unitRaw : ''}`;
  const perKg = Number(/(\d+(?:\.\d+)?)\s*(?:mg\s*\/\s*kg|$|\s)/i.exec(typed.trim())?.[1]);
  const max = /\bmax(?:imum)?\.?\s*(?:of\s*)?(\d+(?:\.\d+)?)\s*mg\b/i.exec(typed)?.[1];
  if (!Number.isFinite(perKg) || perKg <= 0) return field;
  const total = Math.round(Math.min(perKg * kg, max ? Number(max) : Infinity) * 10) / 10;
  return { raw: field.raw, value: { amount: total, unit: 'mg' } };
}

const FLARE_WORDS = ['flare', 'flares', 'episode', 'episodes', 'attack', 'attacks', 'times', 'x'];
/** A sentence that answers yes to "on or starting urate-lowering therapy?" ("Allopurinol 300 mg daily"). */
const ON_URATE_LOWERING =
  /\b(?:allopurinol|zyloprim|febuxostat|uloric|probenecid|lesinurad|pegloticase|krystexxa|taking|started|starting|continu\w*|currently on)\b/;
/** A date of service or a member ID not known yet or not typed: "Upon approval", "ASAP", "TBD", "see card", "on file". */
const WHEN_APPROVED =
  /^\s*(?:upon approval|once approved|when approved|after approval|pending(?: approval)?|asap|tbd|to be determined|see .*|on file)\.?\s*$/i;
/** A sentence that answers yes to "hospitalized for a flare?" ("Hospitalized 06/2026 for flare"). */
const HOSPITALIZED = /\b(?:hospitali[sz](?:ed|ation)|admitted|admission|inpatient)\b/;
/** The question "not a candidate for corticosteroids?" in its own words, which answer yes ("Not a candidate - diabetes"). */
const NOT_A_CANDIDATE = /^(?:(?:pt|patient) (?:is )?)?not an? (?:\w+ )?candidate\b/;
/** A renewal's note that says what the benefit was ("Fewer flares", "Responding well - complete remission"), not one that
 *  says it was lost or small ("loss of response", "non-responder", "minimal improvement", "worse"). */
const BENEFIT =
  /^(?![^]*\b(?:los[st]|worse\w*|non|minimal|poor\w*|partial\w*)\b)[^]*\b(?:fewer|improv\w*|respond\w*|remission|resolved|normali[sz]ed)\b/;
const DOSE: QuantityOptions = { units: ['mg', 'g', 'mcg'], what: 'the dose' };
const WEIGHT: QuantityOptions = { units: ['kg', 'lb'], what: 'the weight' };
const CRP: QuantityOptions = { units: ['mg/L', 'mg/dL', 'xULN'], what: 'the CRP result' };
const CRP_ULN: QuantityOptions = { units: ['mg/L', 'mg/dL'], what: 'the CRP upper limit of normal' };
const ESR: QuantityOptions = { units: ['mm/h'], what: 'the ESR' };
const FERRITIN: QuantityOptions = { units: ['ng/mL'], what: 'ferritin' };

/** Sets only the keys whose value is defined, so absent fields are absent, not `undefined`. */
function defined<T extends object>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T;
}

export function emptyPaForm(): PaForm {
  return {
    patient: {},
    request: {},
    diagnosis: { codes: [] },
    drug: {},
    labs: { crp: {} },
    priorTherapies: [],
    prescriber: {},
    clinical: {},
  };
}

interface TherapyDates {
  start(raw: RawText): Field<PartialDate> | undefined;
  stop(raw: RawText): Field<StopDate> | undefined;
  range(raw: string): { start: PartialDate; stop: StopDate } | null;
}

/**
 * A row's start and stop. Both typed in the start cell ("01/2024 - 09/2024") read as a range
 * when the stop cell is blank (its own text wins when it is not).
 */
function therapyDates(row: RawPriorTherapy, dates: TherapyDates): Pick<PriorTherapy, 'start' | 'stop'> {
  const start = dates.start(row.start);
  const stop = dates.stop(row.stop);
  // both dates in one box: the start's, or the therapy's dates with no start or stop box (a date
  // range picker, "Dates of therapy: 01/2025 - 06/2025")
  const both = start?.problem && !stop ? start.raw : !start && !stop && row.duration;
  const range = both && dates.range(both);
  if (!both || !range) return { start, stop };
  return { start: { raw: both, value: range.start }, stop: { raw: both, value: range.stop } };
}

/**
 * A prior therapy's row; its dates may be known only to the month or year ("Dates of therapy"),
 * and its stop may say the drug is still taken ("present", "ongoing").
 */
function priorTherapy(row: RawPriorTherapy, index: number, dates: TherapyDates): PriorTherapy | null {
  const parsed = defined({
    drug: text(row.drug),
    dose: text(row.dose),
    ...therapyDates(row, dates),
    duration: text(row.duration),
    outcome: text(row.outcome),
  });
  return Object.keys(parsed).length === 0 ? null : { index, ...parsed };
}

/**
 * Parses every field of what staff typed into the request the rules read. Never throws: a
 * field that does not parse keeps its raw text and a problem.
 */
export function normalizeForm(raw: RawForm, opts: NormalizeOptions = {}): PaForm {
  const { patient = {}, request = {}, diagnosis = {}, drug = {}, labs = {}, prescriber = {}, clinical = {} } = raw;
  const date = (r: RawText, own?: string) => fieldOf(r, (s) => parseDate(s, opts), own);
  // a birth date can't be after the request: "03/04/27" is 1927 (see DateOptions.past)
  const requestDay = date(request.date)?.value;
  const dob = fieldOf(patient.dob, (s) => parseDate(s, { ...opts, past: true, today: opts.today ?? requestDay }), 'dob');
  const dates: TherapyDates = {
    start: (r) => fieldOf(r, (s) => parsePartialDate(s, opts)),
    stop: (r) => fieldOf(r, (s) => parseStopDate(s, opts)),
    range: (r) => parseDateRange(r, opts),
  };
  const yesNo = (r: RawText, affirms?: RegExp, restates?: RegExp) => fieldOf(r, (s) => parseYesNo(s, affirms, restates), null);
  const flares = (r: RawText, months: number) => fieldOf(r, (s) => parseCount(s, FLARE_WORDS, months));

  const codes: PaForm['diagnosis']['codes'] = [];
  (Array.isArray(diagnosis.codes) ? diagnosis.codes : []).forEach((codeRaw, i) => {
    // an empty row typed "N/A" is no code
    if (!present(codeRaw) || NO_DATE.test(fold(codeRaw))) return;
    const path = diagnosisCodePath(i);
    const typed = unwrap(codeRaw);
    const pieces = parseIcd10List(typed);
    if (pieces.length === 0) pieces.push({ raw: typed, result: parseIcd10(typed) });
    for (const { raw: pieceRaw, result: read, description } of pieces) {
      // a code in brackets is quoted as typed
      const result = read.ok || typed === codeRaw.trim() ? read : requote(read.problem, typed, codeRaw.trim());
      const described = description ? { description } : {};
      codes.push(
        result.ok
          ? { raw: pieceRaw, value: result.value, path, ...described }
          : { raw: pieceRaw, problem: result.problem, path, ...described },
      );
    }
  });

  const crpUlnUnit = present(labs.crpUnit) ? parseUnit(labs.crpUnit) : null;
  const priorTherapies = (Array.isArray(raw.priorTherapies) ? raw.priorTherapies : [])
    .map((row, i) => (row && typeof row === 'object' ? priorTherapy(row, i, dates) : null))
    .filter((row): row is PriorTherapy => row !== null);

  // a weight given only in the dose's working ("2 mg/kg x 30 kg = 60 mg", "280 mg (4 mg/kg @ 70 kg)")
  const weight =
    quantityField(patient.weight, patient.weightUnit, WEIGHT) ??
    quantityField(
      /(?<![\d.]|[-–<>≤≥]\s*|(?:over|under|than|to)\s+)\d+(?:\.\d+)? ?kg\b/i.exec(present(patient.weight) ? '' : (drug.dose ?? ''))?.[0],
      undefined,
      WEIGHT,
    );
  return {
    patient: defined({
      name: text(patient.name),
      // "N/A", "none", "unknown", "pending", "TBD", "see card": no ID given, which member-id-missing reports
      memberId: fieldOf(
        patient.memberId,
        (s) => (NO_DATE.test(s.split(/\s+[-–—(]/)[0] ?? s) || WHEN_APPROVED.test(s) ? fail(`id.${NOT_GIVEN}`, '') : tidyText(s)),
        'member',
      ),
      dob,
      weight,
    }),
    request: defined({
      date: date(request.date),
      serviceDate: fieldOf(request.serviceDate, (s) =>
        WHEN_APPROVED.test(s) ? fail(`date.${NOT_GIVEN}`, `${quote(s)} gives no date yet.`) : parseDate(s, opts),
      ),
      type: fieldOf(request.type, parseRequestType, null),
    }),
    diagnosis: defined({ codes, indication: text(diagnosis.indication) }),
    drug: defined({
      name: text(drug.name),
      hcpcs: fieldOf(drug.hcpcs, parseHcpcs, 'hcpcs'),
      ndc: fieldOf(drug.ndc, parseNdc, 'ndc'),
      dose: doseField(drug.dose, drug.doseUnit, weight),
      // as a claim line puts it: "J0638 x 150" (the code is the HCPCS field's to check)
      units: fieldOf(drug.units, (s) => parseCount(s.replace(/^(?:[a-z]\d{4}\s*[x×*]|qty\.?)\s*/i, '')), 'units'),
      ndcQuantity: fieldOf(withUnitOfMeasure(drug.ndcQuantity, drug.ndcUnit), parseNdcQuantity, 'units'),
      frequency: fieldOf(drug.frequency, parseFrequency, null),
      duration: text(drug.duration),
      obtainedFrom: text(drug.obtainedFrom),
      placeOfService: fieldOf(drug.placeOfService, parsePlaceOfService),
      adminCpt: fieldOf(drug.adminCpt, cptCode),
      modifiers: fieldOf(drug.modifiers, parseModifiers),
    }),
    labs: defined({
      crp: defined({
        value: quantityField(labs.crpValue, labs.crpUnit, CRP),
        // or the date written with the result ("24 mg/L on 11/02/2026")
        date: date(labs.crpDate, 'crp') ?? resultDate(labs.crpValue),
        // The ULN printed without a unit is read in the result's unit: both come off one report.
        uln: quantityField(labs.crpUln, undefined, CRP_ULN, crpUlnUnit === 'xULN' ? null : crpUlnUnit),
        // the range printed with the result serves when its own field is empty
        referenceRange: text(labs.crpReferenceRange) ?? rangeAfter(labs.crpValue),
      }),
      esr: quantityField(labs.esr, undefined, ESR),
      ferritin: quantityField(labs.ferritin, undefined, FERRITIN),
    }),
    priorTherapies,
    prescriber: defined({
      name: text(prescriber.name),
      npi: fieldOf(prescriber.npi, parseNpi, 'npi'),
      specialty: text(prescriber.specialty),
      phone: text(prescriber.phone),
      fax: text(prescriber.fax),
    }),
    clinical: defined({
      flaresPast6Months: flares(clinical.flaresPast6Months, 6),
      flaresPast12Months: flares(clinical.flaresPast12Months, 12),
      hospitalization: yesNo(clinical.hospitalization, HOSPITALIZED),
      colchicineContinuing: yesNo(clinical.colchicineContinuing),
      colchicineContraindicated: yesNo(clinical.colchicineContraindicated),
      nsaidContraindicated: yesNo(clinical.nsaidContraindicated),
      corticosteroidsNotCandidate: yesNo(clinical.corticosteroidsNotCandidate, undefined, NOT_A_CANDIDATE),
      urateLoweringTherapy: yesNo(clinical.urateLoweringTherapy, ON_URATE_LOWERING),
      lastDoseDate: date(clinical.lastDoseDate),
      benefitDocumented: yesNo(clinical.benefitDocumented, BENEFIT),
    }),
  };
}
