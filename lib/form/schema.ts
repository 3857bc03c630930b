import { z } from 'zod';
import { NDC_LAYOUTS, NDC_QTY_UNITS, REQUEST_TYPES, UNITS } from './constants';

export { NDC_LAYOUTS, NDC_QTY_UNITS, REQUEST_TYPES, UNITS };

/**
 * Two shapes of one PA request:
 * - `RawForm`: what staff typed, as strings, nested by section. The DOM reader produces it
 *   (from flat paths like `drug.units` or `priorTherapies.0.drug`), and `npm run preflight`
 *   reads it from JSON.
 * - `PaForm`: the normalized request the rules read. Every field is optional (forms are filled
 *   in any order) and keeps the raw text beside the parsed value, so messages can quote it.
 */

// ---------- raw (typed) form ----------
const rawText = z.string().optional();

export const RawPriorTherapySchema = z
  .object({
    drug: rawText,
    dose: rawText,
    start: rawText,
    stop: rawText,
    duration: rawText,
    outcome: rawText,
  })
  .strict();

export const RawFormSchema = z
  .object({
    patient: z
      .object({
        name: rawText,
        memberId: rawText,
        dob: rawText,
        weight: rawText,
        /** a unit select beside the weight input ("kg" / "lb") */
        weightUnit: rawText,
      })
      .strict()
      .optional(),
    request: z
      .object({
        date: rawText,
        serviceDate: rawText,
        /** "New authorization request" / "Extension of existing authorization" */
        type: rawText,
      })
      .strict()
      .optional(),
    diagnosis: z
      .object({
        codes: z.array(z.string()).optional(),
        /** an indication chosen by staff (e.g. "Still's disease"), refines M04.1 */
        indication: rawText,
      })
      .strict()
      .optional(),
    drug: z
      .object({
        name: rawText,
        hcpcs: rawText,
        ndc: rawText,
        dose: rawText,
        doseUnit: rawText,
        units: rawText,
        ndcQuantity: rawText,
        ndcUnit: rawText,
        frequency: rawText,
        duration: rawText,
        obtainedFrom: rawText,
        placeOfService: rawText,
        adminCpt: rawText,
        modifiers: rawText,
      })
      .strict()
      .optional(),
    labs: z
      .object({
        crpValue: rawText,
        crpUnit: rawText,
        crpDate: rawText,
        /** the lab's upper limit of normal, e.g. "5 mg/L" */
        crpUln: rawText,
        /** the printed reference range, e.g. "0-5 mg/L" or "<0.5 mg/dL" */
        crpReferenceRange: rawText,
        esr: rawText,
        ferritin: rawText,
      })
      .strict()
      .optional(),
    priorTherapies: z.array(RawPriorTherapySchema).optional(),
    prescriber: z
      .object({
        name: rawText,
        npi: rawText,
        specialty: rawText,
        phone: rawText,
        fax: rawText,
      })
      .strict()
      .optional(),
    clinical: z
      .object({
        flaresPast6Months: rawText,
        flaresPast12Months: rawText,
        hospitalization: rawText,
        colchicineContinuing: rawText,
        colchicineContraindicated: rawText,
        nsaidContraindicated: rawText,
        corticosteroidsNotCandidate: rawText,
        urateLoweringTherapy: rawText,
        lastDoseDate: rawText,
        benefitDocumented: rawText,
      })
      .strict()
      .optional(),
  })
  .strict();

export type RawForm = z.infer<typeof RawFormSchema>;
export type RawPriorTherapy = z.infer<typeof RawPriorTherapySchema>;

// ---------- parsed values ----------
export const ProblemSchema = z.object({ code: z.string(), message: z.string() });

export const UnitSchema = z.enum(UNITS);
export type Unit = z.infer<typeof UnitSchema>;

/** A number with the unit it was typed in (null when no unit was typed or selected). */
export const QuantitySchema = z.object({ amount: z.number().finite(), unit: UnitSchema.nullable() });
export type Quantity = z.infer<typeof QuantitySchema>;

/** A calendar date, ISO `YYYY-MM-DD` (no time zone: PA dates are calendar days). */
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export type IsoDate = z.infer<typeof IsoDateSchema>;

/**
 * A date typed to the day, or only to the month or the year, as prior-therapy tables hold them
 * ("Dates of therapy": "01/2025", "2019"): the first and the last day it may mean, so no rule
 * reads "01/2025" as January 1. A day's first and last are the same.
 */
export const PartialDateSchema = z.object({
  precision: z.enum(['day', 'month', 'year']),
  first: IsoDateSchema,
  last: IsoDateSchema,
});
export type PartialDate = z.infer<typeof PartialDateSchema>;

/**
 * A prior therapy's stop date: a date as precise as typed, or `ongoing` when the row says the
 * patient still takes the drug ("present", "ongoing", "current", "to date"): an open end, which
 * a reader measures to the request date.
 */
export const StopDateSchema = z.union([PartialDateSchema, z.literal('ongoing')]);
export type StopDate = z.infer<typeof StopDateSchema>;

export const NdcSchema = z.object({
  /** the 11 digits in 5-4-2 order without hyphens, e.g. `00078073461`; null when a 10-digit
   *  NDC was typed without hyphens and its layout cannot be known from the digits alone */
  ndc11: z
    .string()
    .regex(/^\d{11}$/)
    .nullable(),
  /** 5-4-2 with hyphens, e.g. `00078-0734-61`, or null as above */
  hyphenated: z.string().nullable(),
  /** the layout as typed */
  layout: z.enum(NDC_LAYOUTS),
  /** the digits as typed, hyphens removed */
  digits: z.string(),
});
export type Ndc = z.infer<typeof NdcSchema>;

export const Icd10Schema = z.object({
  /** canonical, upper case, with the dot after the 3-character category: `M06.1`, `M08.20` */
  code: z.string(),
  /** the 3-character category, `M06` */
  category: z.string(),
  /** contains the placeholder/ wildcard `X` in a position that is not a real code (e.g. `M08.2X`) */
  placeholder: z.boolean(),
});
export type Icd10 = z.infer<typeof Icd10Schema>;

export const FrequencySchema = z.object({
  /** interval between doses in days (every 4 weeks = 28); null for a single dose */
  everyDays: z.number().positive().nullable(),
  once: z.boolean(),
  /** the schedule typed starts with induction doses ("0, 2, 6 weeks then every 8 weeks"):
   *  `everyDays` is the maintenance interval after them */
  induction: z.literal(true).optional(),
});
export type Frequency = z.infer<typeof FrequencySchema>;

/** The NDC quantity on a claim line, e.g. `ML2`; `MG` is parsed so a rule can reject it. */
export const NdcQuantitySchema = z.object({ unit: z.enum(NDC_QTY_UNITS), quantity: z.number().positive() });
export type NdcQuantity = z.infer<typeof NdcQuantitySchema>;

// ---------- normalized form ----------
/** A field as typed plus, when it parsed, its value; or the parse problem. */
export const field = <T extends z.ZodType>(value: T) =>
  z.object({ raw: z.string(), value: value.optional(), problem: ProblemSchema.optional() });
export type Field<T> = { raw: string; value?: T; problem?: { code: string; message: string } };

const text = field(z.string());
const date = field(IsoDateSchema);
const quantity = field(QuantitySchema);
const count = field(z.number().int().nonnegative());
const yesNo = field(z.boolean());

export const PriorTherapySchema = z.object({
  /** the row's index in the raw form (`priorTherapies.N.*`); blank rows are dropped, so the
   *  array position may differ from it */
  index: z.number().int().nonnegative().optional(),
  drug: text.optional(),
  dose: text.optional(),
  start: field(PartialDateSchema).optional(),
  stop: field(StopDateSchema).optional(),
  duration: text.optional(),
  outcome: text.optional(),
});
export type PriorTherapy = z.infer<typeof PriorTherapySchema>;

export const PaFormSchema = z.object({
  patient: z.object({
    name: text.optional(),
    memberId: text.optional(),
    dob: date.optional(),
    /** amount with unit kg or lb as typed; rules convert */
    weight: quantity.optional(),
  }),
  request: z.object({
    date: date.optional(),
    serviceDate: date.optional(),
    type: field(z.enum(REQUEST_TYPES)).optional(),
  }),
  diagnosis: z.object({
    /** one entry per code; a raw input holding a list ("M06.1, M04.1") yields several, each
     *  with `path` naming the raw input it came from (`diagnosis.codes.0`) and `description`
     *  the words typed beside the code ("M04.1 TRAPS" → "TRAPS") */
    codes: z.array(field(Icd10Schema).extend({ path: z.string().optional(), description: z.string().optional() })),
    /** the indication chosen or typed, as text: the pack that applies reads it */
    indication: text.optional(),
  }),
  drug: z.object({
    name: text.optional(),
    hcpcs: text.optional(),
    ndc: field(NdcSchema).optional(),
    dose: quantity.optional(),
    units: field(z.number().nonnegative()).optional(),
    ndcQuantity: field(NdcQuantitySchema).optional(),
    frequency: field(FrequencySchema).optional(),
    duration: text.optional(),
    obtainedFrom: text.optional(),
    /** two-digit CMS place-of-service code, e.g. "11" */
    placeOfService: text.optional(),
    adminCpt: text.optional(),
    /** upper-case modifiers, e.g. ["JW"] */
    modifiers: field(z.array(z.string())).optional(),
  }),
  labs: z.object({
    crp: z.object({
      value: quantity.optional(),
      date: date.optional(),
      uln: quantity.optional(),
      referenceRange: text.optional(),
    }),
    esr: quantity.optional(),
    ferritin: quantity.optional(),
  }),
  priorTherapies: z.array(PriorTherapySchema),
  prescriber: z.object({
    name: text.optional(),
    npi: text.optional(),
    specialty: text.optional(),
    phone: text.optional(),
    fax: text.optional(),
  }),
  clinical: z.object({
    flaresPast6Months: count.optional(),
    flaresPast12Months: count.optional(),
    hospitalization: yesNo.optional(),
    colchicineContinuing: yesNo.optional(),
    colchicineContraindicated: yesNo.optional(),
    nsaidContraindicated: yesNo.optional(),
    corticosteroidsNotCandidate: yesNo.optional(),
    urateLoweringTherapy: yesNo.optional(),
    lastDoseDate: date.optional(),
    benefitDocumented: yesNo.optional(),
  }),
});
export type PaForm = z.infer<typeof PaFormSchema>;

/**
 * Where a finding belongs: the dotted path of the raw field it is about, the same path the DOM
 * reader uses for the input, e.g. `drug.units`, `labs.crpDate`, `diagnosis.codes.0`,
 * `priorTherapies.1.outcome`. Paths name RAW fields (so `labs.crpValue`, not `labs.crp.value`).
 */
export type FieldPath = string;
