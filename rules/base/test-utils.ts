import { evaluate } from '@/lib/engine/evaluate';
import type { Finding, Rule, Selection } from '@/lib/engine/types';
import { normalizeForm } from '@/lib/form/normalize';
import type { RawForm } from '@/lib/form/schema';
import { cignaIlarisPack } from '@/rules/cigna/ilaris';
import { ILARIS_SELECTED, TODAY } from '@/rules/cigna/ilaris/test-utils';
import { basePack } from './index';

export { TODAY };

const NO_PACK: Selection = { status: 'unknown', pack: null, sure: false, read: null, known: [] };

export interface BaseRunOptions {
  today?: string;
  /** run as if the request were for Ilaris, so the check can use what that pack knows */
  forIlaris?: boolean;
}

/** The findings of one base check on a raw form, with no drug pack applying unless asked. */
export function runBaseRule(rule: Rule, raw: RawForm, opts: BaseRunOptions = {}): Finding[] {
  return evaluate(normalizeForm(raw), {
    today: opts.today ?? TODAY,
    base: { ...basePack, rules: [rule] },
    pack: opts.forIlaris ? { ...cignaIlarisPack, rules: [] } : null,
    selection: opts.forIlaris ? ILARIS_SELECTED : NO_PACK,
  }).findings;
}
