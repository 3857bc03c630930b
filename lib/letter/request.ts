import type { PackDocs } from '@/lib/engine/pack-docs';
import { evaluateRequest, type Registry } from '@/lib/engine/registry';
import type { Settings } from '@/lib/engine/types';
import { normalizeForm } from '@/lib/form/normalize';
import { rawFromFlat } from '@/lib/form/paths';
import type { IsoDate } from '@/lib/form/schema';
import type { LetterInput } from './letter';

/**
 * The request as the side panel drafts from it: the values the tab's content script holds in
 * memory (raw path → typed text) normalized and checked as the command line checks a request
 * file, with the docs of the pack that applies (its letter template, appeal reasons, follow-up
 * cadence). Nothing here is stored: the values live as long as the panel's state.
 */
export interface LetterRequest {
  input: LetterInput;
  /** the docs of the pack the request is for; null when no pack applies */
  docs: PackDocs | null;
  /** the drug as read from the request, for a message when no pack applies */
  drugRead: string | null;
}

export async function letterRequest(
  registry: Registry,
  values: Readonly<Record<string, string>>,
  opts: { today: IsoDate; settings?: Partial<Settings> },
): Promise<LetterRequest> {
  const form = normalizeForm(rawFromFlat(values));
  const result = await evaluateRequest(registry, form, opts);
  const entry = registry.packs.find((p) => p.manifest.id === result.selection.pack?.id);
  const docs = entry ? await entry.docs() : null;
  const { findings, indication, indicationLabel, indicationCode } = result;
  return {
    input: { form, findings, indication, indicationLabel, indicationCode, today: opts.today },
    docs,
    drugRead: result.selection.read,
  };
}
