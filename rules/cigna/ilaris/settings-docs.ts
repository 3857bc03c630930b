import type { PackSettingDocs } from '@/lib/engine/pack-docs';
import { parseCount } from '@/lib/parse/number';
import { parseQuantity, toMgPerL } from '@/lib/parse/quantity';
import { fail, ok, type Parsed } from '@/lib/parse/result';
import { CRP_ULN, CRP_WINDOW } from './settings';

/** The options page's "CRP window" input: a whole number of days within the limits. */
export function parseCrpWindow(text: string): Parsed<number> {
  const days = parseCount(text, ['days', 'day', 'd']);
  if (!days.ok) return days;
  const { min, max } = CRP_WINDOW;
  if (days.value < min || days.value > max) {
    return fail('settings.window-range', `Enter a number of days from ${min} to ${max}.`);
  }
  return days;
}

/**
 * The options page's "CRP upper limit of normal" input, in mg/L: empty means "use the form's
 * reference range"; a value in mg/dL is converted (0.5 mg/dL = 5 mg/L).
 */
export function parseCrpUln(text: string): Parsed<number | null> {
  if (text.trim() === '') return ok(null);
  const quantity = parseQuantity(text, { units: ['mg/L', 'mg/dL'], what: 'the upper limit of normal' });
  if (!quantity.ok) return quantity;
  const mgL = quantity.value.unit === null ? quantity.value.amount : toMgPerL(quantity.value);
  if (mgL === null || mgL <= 0 || mgL > CRP_ULN.max) {
    return fail('settings.uln-range', `Enter the lab's upper limit in mg/L, more than 0 and at most ${CRP_ULN.max}.`);
  }
  return ok(mgL);
}

/** How the options page shows the pack's settings. */
export const ILARIS_SETTINGS_DOCS: readonly PackSettingDocs[] = [
  {
    name: CRP_WINDOW.name,
    label: 'CRP window (days)',
    hint: `How recent the CRP must be, counted back from the request date: ${CRP_WINDOW.min}–${CRP_WINDOW.max} days. Cigna's patient guides say 3 months (low confidence), hence ${CRP_WINDOW.default} by default.`,
    parse: parseCrpWindow,
    format: (value) => (value === null ? '' : String(value)),
  },
  {
    name: CRP_ULN.name,
    label: "Your lab's CRP upper limit of normal (mg/L)",
    hint: 'Used for the “2× upper limit of normal” test when the form gives no reference range. Leave empty if it differs by lab; mg/dL values are converted (0.5 mg/dL = 5 mg/L).',
    parse: parseCrpUln,
    format: (value) => (value === null ? '' : String(value)),
  },
];
