import type { RuleContext } from '@/lib/engine/types';
import type { IsoDate, PaForm, Quantity, Unit } from '@/lib/form/schema';
import { isIndication, type Indication } from './indications';
import { formatQuantity, parseQuantity, toKg, toMg, toMgPerL } from '@/lib/parse/quantity';
import { candidates11 } from '@/lib/parse/ndc';
import { CRP_WINDOW } from './settings';
import { CRP, DOSING, DRUG, ILARIS_NDCS, INDICATIONS, type DoseBand, type IndicationFact, type NdcFact } from './facts';

/** Values several rules derive the same way from a request. */

/** A number for a message: at most 2 decimals, no trailing zeros, never NaN. */
export function num(n: number): string {
  if (!Number.isFinite(n)) return '?';
  return String(Number(n.toFixed(2)));
}

/** What staff typed, quoted for a message. */
export { typed, typedNdc } from '@/rules/base/derive';

export interface DoseMg {
  mg: number;
  /** the dose as typed, e.g. "280 mg" */
  text: string;
  /** no unit was typed or selected, so mg was assumed */
  assumedMg: boolean;
}

/** The dose in mg: mass units converted, no unit read as mg (the normalizer rejects other units). */
export function doseMg(form: PaForm): DoseMg | null {
  const dose = form.drug.dose?.value;
  if (!dose || dose.amount <= 0) return null;
  const text = formatQuantity(dose);
  if (dose.unit === null) return { mg: dose.amount, text: `${num(dose.amount)} mg`, assumedMg: true };
  const mg = toMg(dose);
  return mg === null ? null : { mg, text, assumedMg: false };
}

export interface WeightKg {
  kg: number;
  /** "70 kg", "154 lb (69.9 kg)" */
  text: string;
  assumedKg: boolean;
}

/** The weight in kg: pounds converted, no unit read as kg (the fax form's field is "weight KG"). */
export function weightKg(form: PaForm): WeightKg | null {
  const w = form.patient.weight?.value;
  if (!w || w.amount <= 0) return null;
  if (w.unit === null) return { kg: w.amount, text: `${num(w.amount)} kg`, assumedKg: true };
  const kg = toKg(w);
  if (kg === null) return null;
  return { kg, text: w.unit === 'kg' ? `${num(kg)} kg` : `${formatQuantity(w)} (${num(kg)} kg)`, assumedKg: false };
}

/** The request date, or today when none was entered. */
export function requestDate(form: PaForm, ctx: RuleContext): IsoDate {
  return form.request.date?.value ?? ctx.today;
}

/** Single-dose vials a dose needs. */
export const vialsFor = (mg: number): number => Math.ceil(mg / DRUG.vialSizeMg.value - 1e-9);

/**
 * Billing units of the HCPCS code for a dose: a part of a unit is billed as the next whole unit
 * up (CMS Pub. 100-04 ch. 17 §10), so 70.6 mg is 71 units of J0638. Float noise from unit
 * conversions (0.28 g = 280.00000000000006 mg) is dropped first.
 */
export const billingUnitsFor = (mg: number): number => Math.ceil(Number((mg / DRUG.hcpcs.value.mgPerUnit).toFixed(3)));

/** A continuation (renewal, extension) request; a request without a type is taken as initial. */
export const isContinuation = (form: PaForm): boolean => form.request.type?.value === 'continuation';

/** The indication's facts, or null when it is not known. */
export function indicationFacts(ctx: RuleContext): IndicationFact | null {
  const indication = indicationOf(ctx);
  return indication ? INDICATIONS[indication] : null;
}

/** The request's indication when it is one of this pack's. */
export const indicationOf = (ctx: Pick<RuleContext, 'indication'>): Indication | null =>
  isIndication(ctx.indication) ? ctx.indication : null;

/** Days before the request date a CRP may be drawn (a setting). */
export const crpWindowDays = (ctx: RuleContext): number => ctx.values.crpWindowDays ?? CRP_WINDOW.default;

/** The lab's CRP upper limit of normal from settings, in mg/L, when set. */
export const crpUlnSetting = (ctx: RuleContext): number | null => ctx.values.crpUlnMgL ?? null;

/** Whether the label dose for an indication depends on weight: a mg/kg dose or weight bands. */
export function doseDependsOnWeight(indication: Indication): boolean {
  return DOSING.value[indication].bands.some((b) => b.mgPerKg !== undefined || b.minKg !== null || b.maxKg !== null);
}

/** The label's dose band for a weight. */
export function doseBand(ctx: Pick<RuleContext, 'indication'>, kg: number | null): DoseBand | null {
  const indication = indicationOf(ctx);
  if (!indication) return null;
  const { bands } = DOSING.value[indication];
  return (
    bands.find((b) => {
      if (b.minKg === null && b.maxKg === null) return true;
      if (kg === null) return false;
      const aboveMin = b.minKg === null || kg > b.minKg || (b.minInclusive === true && kg === b.minKg);
      const belowMax = b.maxKg === null || kg <= b.maxKg;
      return aboveMin && belowMax;
    }) ?? null
  );
}

export interface CrpReading {
  /** the CRP in mg/L */
  mgL: number;
  text: string;
}

/** The CRP in mg/L; null without a value or with a unit that does not convert (no unit, × ULN). */
export function crpMgL(form: PaForm): CrpReading | null {
  const q = form.labs.crp.value?.value;
  if (!q) return null;
  const mgL = toMgPerL(q);
  if (mgL === null) return null;
  return { mgL, text: q.unit === 'mg/dL' ? `${formatQuantity(q)} (${num(mgL)} mg/L)` : formatQuantity(q) };
}

export interface Uln {
  mgL: number;
  /** the unit the lab reports in, when the request shows it */
  unit: Unit | null;
  /** where it came from, for the message */
  from: 'uln' | 'range' | 'settings';
}

/** The lab's upper limit of normal: the ULN field, else the reference range, else settings. */
export function crpUln(form: PaForm, ctx: RuleContext): Uln | null {
  const { crp } = form.labs;
  const fromUln = crp.uln?.value;
  const fromRange = crp.referenceRange?.value ? ulnFromRange(crp.referenceRange.value, crp.value?.value?.unit ?? null) : null;
  for (const [q, from] of [
    [fromUln, 'uln'],
    [fromRange, 'range'],
  ] as const) {
    const mgL = q ? toMgPerL(q) : null;
    if (q && mgL !== null && mgL > 0) return { mgL, unit: q.unit, from };
  }
  const crpUlnMgL = crpUlnSetting(ctx);
  return crpUlnMgL !== null ? { mgL: crpUlnMgL, unit: null, from: 'settings' } : null;
}

/** The unit a lab's ULN or reference range is printed in, even when its number did not read. */
export function crpReportUnit(form: PaForm): Unit | null {
  const { crp } = form.labs;
  const printed = crp.referenceRange?.value ? (ulnFromRange(crp.referenceRange.value, null)?.unit ?? null) : null;
  return printed ?? crp.uln?.value?.unit ?? null;
}

/** Whether the indication needs CRP evidence (FMF, TRAPS, HIDS, Still's). */
export const needsCrp = (ctx: RuleContext): boolean => indicationFacts(ctx)?.crpRequired?.value === true;

/** "(proxy criterion, not Cigna's own text)": said in every message whose threshold is a proxy. */
export const PROXY_NOTE = "(proxy criterion, not Cigna's own text)";

/** CRP threshold phrase for messages, from facts. */
export const crpThresholdText = (): string =>
  `${num(CRP.thresholdMgL.value)} mg/L or ${num(CRP.ulnMultiple.value)}× the lab's upper limit of normal`;

/**
 * The upper limit of a printed reference range ("0-5 mg/L", "<0.5 mg/dL", "0.0 to 0.9"):
 * the part after the last range mark, read by the quantity parser. Without a unit it takes
 * the result's unit (range and result come off one report).
 */
export function ulnFromRange(text: string, resultUnit: Unit | null): Quantity | null {
  const upper =
    text
      .split(/<=?|≤|\bto\b|\bup to\b|[-–—]/i)
      .pop()
      ?.trim() ?? '';
  const parsed = parseQuantity(upper, { units: ['mg/L', 'mg/dL'] });
  if (!parsed.ok || parsed.value.amount <= 0) return null;
  const unit = parsed.value.unit ?? (resultUnit === 'mg/L' || resultUnit === 'mg/dL' ? resultUnit : null);
  return { amount: parsed.value.amount, unit };
}

export interface NdcReading {
  /** the Ilaris product it names, or null when it names none */
  product: NdcFact | null;
  /** 11-digit readings of what was typed (one, or three for unhyphenated 10 digits) */
  readings: string[];
}

/** Which Ilaris NDC, if any, the typed NDC is; an unhyphenated 10-digit NDC matches any reading. */
export function readNdc(form: PaForm): NdcReading | null {
  const ndc = form.drug.ndc?.value;
  if (!ndc) return null;
  const readings = ndc.ndc11 !== null ? [ndc.ndc11] : candidates11(ndc.digits).map((c) => c.ndc11);
  const product = ILARIS_NDCS.find((p) => readings.includes(p.ndc11)) ?? null;
  return { product, readings };
}

/** The verified Ilaris NDC, the one to suggest. */
export const verifiedNdc = (): NdcFact => ILARIS_NDCS.find((p) => p.verified) ?? (ILARIS_NDCS[0] as NdcFact);
