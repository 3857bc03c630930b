import type { FieldPath } from '@/lib/form/schema';
import { RULE_FAILED } from './rule-failed';
import type { Checklist, ChecklistItem, ChecklistItemDef, Finding, Indication, RuleCategory } from './types';

/** The sections of a pre-submission audit, in the order staff work through them. */
export const CHECKLIST_SECTIONS: { id: RuleCategory; title: string }[] = [
  { id: 'patient', title: 'Patient information' },
  { id: 'diagnosis', title: 'Diagnosis' },
  { id: 'labs', title: 'Laboratory evidence' },
  { id: 'priorTherapy', title: 'Prior therapy' },
  { id: 'coding', title: 'Coding accuracy' },
  { id: 'prescriber', title: 'Prescriber requirements' },
];

/**
 * The base checklist with a drug pack's items: a pack item with a base item's id takes its
 * place (a pack may name more rules for it, or a payer's word for a field); the others follow.
 */
export function mergeChecklists(base: readonly ChecklistItemDef[], pack: readonly ChecklistItemDef[]): ChecklistItemDef[] {
  const byId = new Map(pack.map((def) => [def.id, def]));
  const baseIds = new Set(base.map((def) => def.id));
  return [...base.map((def) => byId.get(def.id) ?? def), ...pack.filter((def) => !baseIds.has(def.id))];
}

export interface ChecklistInput {
  defs: ChecklistItemDef[];
  /** whether the field at a raw path holds something */
  isFilled(path: FieldPath): boolean;
  /** sorted findings of the evaluation */
  findings: Finding[];
  /** the `rule-failed` finding of each rule that threw, by rule id */
  failed: Readonly<Record<string, Finding>>;
  indication: Indication | null;
  manualTicks: Record<string, boolean>;
}

function buildItem(def: ChecklistItemDef, input: ChecklistInput): ChecklistItem {
  const { id, label, section } = def;
  if (def.manual) {
    const status = input.manualTicks[id] === true ? 'manual-done' : 'manual-open';
    return { id, label, section, status, findings: [], field: def.fields?.[0] };
  }
  const rules = def.rules ?? [];
  const fields = def.fields ?? [];
  // Any error or warning on the item's own fields counts too (an unreadable value, say).
  const onField = (path: string) => fields.some((f) => path === f || path.startsWith(`${f}.`));
  const problems = input.findings.filter(
    (f) => f.severity !== 'info' && f.ruleId !== RULE_FAILED && (rules.includes(f.ruleId) || onField(f.field)),
  );
  for (const ruleId of rules) {
    const failure = Object.hasOwn(input.failed, ruleId) ? input.failed[ruleId] : undefined;
    if (failure) problems.push(failure);
  }
  const filled = def.fill === 'any' ? fields.some(input.isFilled) : fields.every(input.isFilled);
  const status = problems.length > 0 ? 'problem' : filled ? 'done' : 'empty';
  // A problem points at the field of its first finding, so clicking the item lands on it.
  return { id, label, section, status, findings: problems, field: problems[0]?.field ?? fields[0] };
}

/**
 * The audit checklist: derived items are done when their fields are filled and neither their
 * rules nor anything else on their fields raised an error or warning, a problem when one did,
 * empty until filled; manual items follow the ticks. Items tied to indications show once the
 * request's indication is known and is one of them (an empty form lists only what every
 * request needs).
 */
export function buildChecklist(input: ChecklistInput): Checklist {
  const { indication } = input;
  const sections: Checklist['sections'] = [];
  let done = 0;
  let total = 0;
  // Plain loops: this runs on every keystroke, and flatMap/spread cost more than the rules.
  for (const { id, title } of CHECKLIST_SECTIONS) {
    const items: ChecklistItem[] = [];
    for (const def of input.defs) {
      if (def.section !== id) continue;
      if (def.indications && (indication === null || !def.indications.includes(indication))) continue;
      const item = buildItem(def, input);
      if (item.status === 'done' || item.status === 'manual-done') done++;
      items.push(item);
    }
    total += items.length;
    if (items.length > 0) sections.push({ id, title, items });
  }
  return { sections, done, total };
}
