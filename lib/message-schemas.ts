import { z } from 'zod';
import type { BackgroundToPopup, ContentReport, ContentToBackground, PopupToBackground, TabReport, TabState } from './messages';

/**
 * Runtime shapes of the messages in `messages.ts`, for the background and the popup (never the
 * content script: zod stays out of its bundle). Anything that fails these is ignored, so a
 * malformed message can neither throw in a listener nor reach storage. Lengths are bounded so
 * one bad report cannot fill storage.session.
 */

const text = z.string().max(10_000);
const id = z.string().min(1).max(200);
const severity = z.enum(['error', 'warning', 'info']);
const category = z.enum(['patient', 'diagnosis', 'labs', 'priorTherapy', 'coding', 'prescriber']);

const FindingSchema = z.object({
  ruleId: id,
  severity,
  category,
  field: text,
  message: text,
  fix: z.object({ field: text, value: text, label: text }).optional(),
  source: z.object({
    title: text,
    url: text.optional(),
    confidence: z.enum(['H', 'M', 'L']),
    proxy: z.boolean().optional(),
  }),
});

const ChecklistItemSchema = z.object({
  id,
  label: text,
  section: category,
  status: z.enum(['done', 'problem', 'empty', 'manual-done', 'manual-open']),
  findings: z.array(FindingSchema).max(500),
  field: text.optional(),
});

const ChecklistSchema = z.object({
  sections: z.array(z.object({ id: category, title: text, items: z.array(ChecklistItemSchema).max(200) })).max(20),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});

const SelectionSchema = z.object({
  status: z.enum(['applies', 'none', 'unknown']),
  pack: z
    .object({
      id,
      payer: text,
      drug: z.object({
        brand: text,
        generic: text,
        aliases: z.array(text).max(20).optional(),
        hcpcs: z.array(z.string().max(10)).max(20),
        ndcProducts: z.array(z.string().max(11)).max(50),
      }),
    })
    .nullable(),
  sure: z.boolean(),
  read: text.nullable(),
  known: z.array(text).max(100),
});

export const TabReportSchema = z.object({
  portal: id,
  payer: text,
  selection: SelectionSchema,
  indication: z.string().max(40).nullable(),
  indicationLabel: text.nullable(),
  indicationCode: z.string().max(20).nullable(),
  findings: z.array(FindingSchema).max(1000),
  checklist: ChecklistSchema,
  fieldCount: z.number().int().nonnegative(),
  failedRules: z.array(id).max(500),
}) satisfies z.ZodType<TabReport>;

export const ContentReportSchema = TabReportSchema.omit({ checklist: true, failedRules: true, indicationLabel: true }).extend({
  selection: SelectionSchema.omit({ read: true, known: true }),
  checkedBy: id.nullable(),
  failed: z.record(id, FindingSchema).refine((failed) => Object.keys(failed).length <= 500, 'too many failed rules'),
  filled: z.array(text).max(500),
  drugTyped: z.object({ name: text, hcpcs: z.string().max(10).nullable(), ndc: text.nullable() }),
}) satisfies z.ZodType<ContentReport>;

const TicksSchema = z.record(id, z.boolean());

export const TabStateSchema = z.object({
  report: TabReportSchema.nullable(),
  manualTicks: TicksSchema,
}) satisfies z.ZodType<TabState>;

const tabId = z.number().int().nonnegative();

/** Raw wizard values: path → typed text; bounded like a form, not like a database. */
export const ValuesSchema = z
  .record(z.string().max(200), z.string().max(10_000))
  .refine((values) => Object.keys(values).length <= 2_000, 'too many values');

export const ContentToBackgroundSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('report'), report: ContentReportSchema }),
  z.object({ type: z.literal('new-request') }),
  z.object({ type: z.literal('save-values'), values: ValuesSchema }),
  z.object({ type: z.literal('load-values') }),
]) satisfies z.ZodType<ContentToBackground>;

export const PopupToBackgroundSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('get-state'), tabId }),
  z.object({ type: z.literal('set-manual'), tabId, itemId: id, done: z.boolean() }),
]) satisfies z.ZodType<PopupToBackground>;

export const BackgroundToPopupSchema = z.object({
  type: z.literal('state-changed'),
  tabId,
  state: TabStateSchema,
}) satisfies z.ZodType<BackgroundToPopup>;
