import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { F, priorTherapyPath, type PriorTherapyColumn } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { typed } from '@/rules/cigna/ilaris/derive';
import { CLASS_ONLY, SOURCES } from '@/rules/cigna/ilaris/facts';
import { drugCellHas, outcomeOf } from '@/rules/cigna/ilaris/prior-therapy';

export const meta: RuleMeta = {
  id: 'prior-therapy-incomplete',
  severity: 'warning',
  category: 'priorTherapy',
  fields: [F.priorTherapies],
  source: { ...SOURCES.cignaForms, title: 'Cigna prior-therapy tables: drug name/dose, dates of therapy, outcome' },
};

export function check(form: PaForm, _ctx: RuleContext): FindingDraft[] {
  return form.priorTherapies.flatMap((row, i): FindingDraft[] => {
    const n = row.index ?? i;
    const missing: [PriorTherapyColumn, string][] = [];
    const classOnly = row.drug !== undefined && CLASS_ONLY.test(row.drug.raw);
    if (!row.drug) missing.push(['drug', 'the drug']);
    else if (classOnly) missing.push(['drug', 'the drug by name (not only its class)']);
    // one cell may hold the whole row: "colchicine 0.6 mg BID x 6 months, failed"
    if (!row.dose && !drugCellHas(row, 'dose')) missing.push(['dose', 'the dose']);
    // a stop that says the drug is still taken ("ongoing") dates nothing without a start
    const stopDated = row.stop !== undefined && row.stop.value !== 'ongoing';
    if (!row.start && !row.duration && !drugCellHas(row, 'duration')) {
      if (!row.stop) missing.push(['start', 'the dates or duration']);
      else if (!stopDated) missing.push(['start', 'the start date or duration']);
    }
    if (!row.outcome && outcomeOf(row) === null) missing.push(['outcome', 'the outcome (failed, not tolerated, contraindicated...)']);
    const first = missing[0];
    if (!first) return [];
    const what = row.drug ? typed(row.drug) : 'without a drug';
    const list = missing.map(([, label]) => label);
    const needs = list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}` : list[0];
    return [
      {
        field: priorTherapyPath(n, first[0]),
        message: `Prior therapy row ${n + 1} (${what}) needs ${needs}: a reviewer checks each tried drug by name, dose, dates and outcome.`,
      },
    ];
  });
}
