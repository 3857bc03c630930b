import type { FieldPath } from '@/lib/form/schema';
import { describeChoice, type OtherDrug } from './applicability';
import { buildChecklist, mergeChecklists } from './checklist';
import type { Checked, Checklist, PackManifest, PolicyPack, Selection } from './types';

/** What `check` reports for completing, and what completing replaces with what people read. */
type CheckFacts = 'checkedBy' | 'failed' | 'drugTyped' | 'selection';

export interface CompleteOptions {
  /** the base checks, with their checklist */
  base: PolicyPack;
  /** the drug pack loaded with its checklist; counts only when its rules ran (`checkedBy`) */
  pack: PolicyPack | null;
  /** the choice in words when the caller has it (`evaluate`); else it is described from the
   *  registered packs and the other drugs the base pack knows */
  selection?: Selection;
  packs?: readonly PackManifest[];
  others?: readonly OtherDrug[];
  /** manual checklist items ticked by staff, by item id */
  manualTicks?: Record<string, boolean>;
  /** whether the field at a raw path holds something (`isFilled`, `filledFrom`) */
  isFilled(path: FieldPath): boolean;
}

/**
 * What the checks found (the content script's report, or `check`'s result) completed with what
 * people read: the choice of pack in words (the drug read, named in full when the base pack
 * knows it), the indication's name, the audit checklist
 * of the packs that ran, the rules that threw. Done where it is shown (the background for the popup, `evaluate` for
 * the command line and tests), so the content script carries none of it.
 */
export function completeCheck<T extends Checked>(
  checked: T,
  opts: CompleteOptions,
): Omit<T, CheckFacts> & { selection: Selection; indicationLabel: string | null; checklist: Checklist; failedRules: string[] } {
  const { checkedBy, failed, drugTyped, selection: choice, ...rest } = checked;
  const { base, pack } = opts;
  const ran = pack !== null && checkedBy === pack.manifest.id;
  const checklist = buildChecklist({
    defs: ran ? mergeChecklists(base.checklist, pack.checklist) : base.checklist,
    isFilled: opts.isFilled,
    findings: checked.findings,
    failed,
    indication: checked.indication,
    manualTicks: opts.manualTicks ?? {},
  });
  const selection = opts.selection ?? describeChoice(choice, drugTyped, opts.packs ?? [], opts.others ?? []);
  const { indication } = checked;
  const indicationLabel = indication ? ((ran ? pack.indicationLabels?.[indication] : undefined) ?? indication) : null;
  return { ...rest, selection, indicationLabel, checklist, failedRules: Object.keys(failed) };
}
