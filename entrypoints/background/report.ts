import { completeCheck } from '@/lib/engine/complete';
import { filledFrom } from '@/lib/engine/paths';
import { loadPack, manifestsOf, type Registry } from '@/lib/engine/registry';
import type { ContentReport, TabReport } from '@/lib/messages';

/**
 * The popup's report from the content script's: the audit checklist of the packs whose rules
 * ran and a drug no pack checks named in full, done here where they are shown, so the content
 * script carries neither the checklists nor the other drugs' names (lib/engine/complete.ts).
 * The checklist is built with the tab's manual ticks.
 */
export function reportCompleter(registry: Registry): (report: ContentReport, manualTicks: Record<string, boolean>) => Promise<TabReport> {
  const packs = manifestsOf(registry);
  return async (report, manualTicks) => {
    const pack = await loadPack(registry, report.checkedBy);
    const { filled, ...checked } = report;
    const isFilled = filledFrom(filled);
    return completeCheck(checked, { base: registry.base, pack, packs, others: registry.others, manualTicks, isFilled });
  };
}
