/**
 * Runtime constants of the form contract, kept free of zod so the content script can import
 * parsers and the normalizer without pulling the schema library into its bundle.
 * `schema.ts` builds its enums from these.
 */

export const UNITS = ['mg', 'g', 'mcg', 'mL', 'units', 'kg', 'lb', 'mg/L', 'mg/dL', 'xULN', 'mm/h', 'ng/mL'] as const;
export type Unit = (typeof UNITS)[number];

export const NDC_LAYOUTS = ['4-4-2', '5-3-2', '5-4-1', '5-4-2', '11-digit', '10-digit-ambiguous'] as const;
export type NdcLayout = (typeof NDC_LAYOUTS)[number];

/** The claim standard's units of measure (UN, ML, GR, F2, ME = milligram), and MG, which is no
 *  qualifier but what staff type: kept so a rule can reject it. */
export const NDC_QTY_UNITS = ['UN', 'ML', 'GR', 'F2', 'ME', 'MG'] as const;
export type NdcQtyUnit = (typeof NDC_QTY_UNITS)[number];

export const REQUEST_TYPES = ['new', 'continuation'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];
