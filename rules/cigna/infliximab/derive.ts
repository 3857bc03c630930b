import type { RuleContext } from '@/lib/engine/types';
import { hcpcsOf, requestedPart } from '@/lib/engine/applicability';
import type { IsoDate, PaForm } from '@/lib/form/schema';
import { candidates11 } from '@/lib/parse/ndc';
import { formatQuantity, toKg, toMg } from '@/lib/parse/quantity';
import { isIndication, type Indication } from './indications';
import { DOSING, DRUG, INDICATIONS, PRODUCTS, type IndicationFact, type NdcFact, type Product } from './facts';

/** Values several rules derive the same way from a request. */

export { typed, typedNdc } from '@/rules/base/derive';

/** A number for a message: at most 2 decimals, no trailing zeros, never NaN. */
export function num(n: number): string {
  if (!Number.isFinite(n)) return '?';
  return String(Number(n.toFixed(2)));
}

export interface DoseMg {
  mg: number;
  /** the dose as typed, e.g. "210 mg" */
  text: string;
  /** no unit was typed or selected, so mg was assumed */
  assumedMg: boolean;
}

/** The dose in mg: mass units converted, no unit read as mg. */
export function doseMg(form: PaForm): DoseMg | null {
  const dose = form.drug.dose?.value;
  if (!dose || dose.amount <= 0) return null;
  if (dose.unit === null) return { mg: dose.amount, text: `${num(dose.amount)} mg`, assumedMg: true };
  const mg = toMg(dose);
  return mg === null ? null : { mg, text: formatQuantity(dose), assumedMg: false };
}

export interface WeightKg {
  kg: number;
  text: string;
}

/** The weight in kg: pounds converted, no unit read as kg (the fax form's field is "weight KG"). */
export function weightKg(form: PaForm): WeightKg | null {
  const w = form.patient.weight?.value;
  if (!w || w.amount <= 0) return null;
  if (w.unit === null) return { kg: w.amount, text: `${num(w.amount)} kg` };
  const kg = toKg(w);
  if (kg === null) return null;
  return { kg, text: w.unit === 'kg' ? `${num(kg)} kg` : `${formatQuantity(w)} (${num(kg)} kg)` };
}

/** The request date, or today when none was entered. */
export const requestDate = (form: PaForm, ctx: RuleContext): IsoDate => form.request.date?.value ?? ctx.today;

/** Single-dose 100 mg vials a dose needs. */
export const vialsFor = (mg: number): number => Math.ceil(mg / DRUG.vialSizeMg.value - 1e-9);

/**
 * Billing units of an infliximab code for a dose: 10 mg per unit, a part of a unit billed as the
 * next whole unit up (CMS Pub. 100-04 ch. 17 §10); float noise from unit conversions dropped first.
 */
export const billingUnitsFor = (mg: number): number => Math.ceil(Number((mg / DRUG.mgPerUnit.value).toFixed(3)));

/** A continuation (renewal, extension) request; a request without a type is taken as initial. */
export const isContinuation = (form: PaForm): boolean => form.request.type?.value === 'continuation';

/** The request's indication when it is one of this pack's. */
export const indicationOf = (ctx: Pick<RuleContext, 'indication'>): Indication | null =>
  isIndication(ctx.indication) ? ctx.indication : null;

export function indicationFacts(ctx: Pick<RuleContext, 'indication'>): IndicationFact | null {
  const id = indicationOf(ctx);
  return id ? INDICATIONS[id] : null;
}

export const dosingFor = (id: Indication) => DOSING.value[id];

// ---------- which product ----------
const products = PRODUCTS.value;

export const productById = (id: Product['id']): Product => products.find((p) => p.id === id) as Product;

/** The products an HCPCS code names (J1745: Remicade and the unbranded infliximab). */
export const productsForHcpcs = (code: string | null): Product[] => (code ? products.filter((p) => p.hcpcs === code) : []);

/** The product a drug name names by brand or suffix ("Inflectra", "infliximab-dyyb"); null for "infliximab" alone. */
export function productFromName(form: PaForm): Product | null {
  // the product requested, not one in its history ("Inflectra (switched from Remicade)")
  const raw = requestedPart(form.drug.name?.raw ?? '');
  const named = products.filter((p) => p.names?.test(raw));
  return named.length === 1 ? (named[0] ?? null) : null;
}

export interface NdcReading {
  /** the infliximab NDC it is, or null when it is none the pack knows */
  ndc: NdcFact | null;
  product: Product | null;
  /** 11-digit readings of what was typed (one, or three for unhyphenated 10 digits) */
  readings: string[];
}

/** Which infliximab NDC, if any, the typed NDC is; an unhyphenated 10-digit NDC matches any reading. */
export function readNdc(form: PaForm): NdcReading | null {
  const ndc = form.drug.ndc?.value;
  if (!ndc) return null;
  const readings = ndc.ndc11 !== null ? [ndc.ndc11] : candidates11(ndc.digits).map((c) => c.ndc11);
  for (const product of products) {
    const found = product.ndcs.find((n) => readings.includes(n.ndc11));
    if (found) return { ndc: found, product, readings };
  }
  // a package the pack does not list, of a product it knows (same labeler and product code)
  const product = products.find((p) => p.ndcs.some((n) => readings.some((r) => r.slice(0, 9) === n.ndc11.slice(0, 9)))) ?? null;
  return { ndc: null, product, readings };
}

/** The HCPCS code typed, when it is an infliximab one. */
export function infliximabHcpcs(form: PaForm): string | null {
  const code = hcpcsOf(form);
  return code && products.some((p) => p.hcpcs === code) ? code : null;
}

/**
 * The product the request is for, when its fields settle it: the NDC's product, else the
 * brand named, else the code when it names one product only. Null while they disagree or say
 * too little ("infliximab" with J1745).
 */
export function requestedProduct(form: PaForm): Product | null {
  const fromNdc = readNdc(form)?.product ?? null;
  const fromName = productFromName(form);
  const fromCode = productsForHcpcs(infliximabHcpcs(form));
  const candidates = [fromNdc, fromName, fromCode.length === 1 ? fromCode[0] : null].filter((p): p is Product => !!p);
  const first = candidates[0] ?? null;
  if (!first) return null;
  if (candidates.some((p) => p.hcpcs !== first.hcpcs)) return null;
  if (fromCode.length > 0 && !fromCode.some((p) => p.hcpcs === first.hcpcs)) return null;
  return first;
}

/** The HCPCS code the request's product is billed under, when the product is settled. */
export const expectedHcpcs = (form: PaForm): string | null => requestedProduct(form)?.hcpcs ?? null;

/** "(proxy criterion, not Cigna's own text)" said in every message whose criterion is a proxy. */
export { PROXY_NOTE } from './facts';
