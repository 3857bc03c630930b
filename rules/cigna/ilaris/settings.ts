import type { PackSettingDef } from '@/lib/engine/types';

/**
 * The numbers users may change for this pack. Cigna's patient guides ask for a CRP "within 3
 * months" (domain sheet, L), hence 90 days by default; a lab's upper limit of normal differs
 * by lab, so it is unset until the user gives one.
 */
export const CRP_WINDOW = { name: 'crpWindowDays', default: 90, min: 1, max: 730, integer: true } as const;
/** A lab's CRP upper limit of normal is a few mg/L; anything above 100 is a unit mix-up. */
export const CRP_ULN = { name: 'crpUlnMgL', default: null, min: 0.01, max: 100 } as const;

export const ILARIS_SETTINGS: readonly PackSettingDef[] = [CRP_WINDOW, CRP_ULN];
