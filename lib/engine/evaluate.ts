import type { IsoDate, PaForm } from '@/lib/form/schema';
import { F } from '@/lib/form/fields';
import { parseNdc } from '@/lib/parse/ndc';
import { stripBidi } from '@/lib/parse/quote';
import { DRUG_IDENTITY_FIELDS, ndcProductsOf, typedDrug } from './applicability';
import { completeCheck } from './complete';
import { compareFieldPaths, isFilled } from './paths';
import { RULE_FAILED } from './rule-failed';
import { packValues, resolveSettings, settingKey } from './settings';
import type {
  Checked,
  Choice,
  Evaluation,
  Finding,
  FindingDraft,
  IndicationInference,
  PackChecks,
  PolicyPack,
  Rule,
  RuleContext,
  Selection,
  Settings,
  Severity,
} from './types';

export { RULE_FAILED };

export interface CheckOptions {
  today: IsoDate;
  settings?: Partial<Settings>;
  /** the checks that hold for every drug */
  base: PackChecks;
  /** the registry's choice for this request */
  selection: Choice;
  /** the drug pack the selection names, loaded; null when none applies */
  pack: PackChecks | null;
}

export interface EvaluateOptions extends CheckOptions {
  /** the choice in words (`selectFor`) */
  selection: Selection;
  base: PolicyPack;
  pack: PolicyPack | null;
  /** manual checklist items ticked by staff, by item id */
  manualTicks?: Record<string, boolean>;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const NO_INDICATION: IndicationInference = { indication: null, code: null, basis: 'none', alternatives: [] };

/** Without a pack-specific inference, only an indication chosen by staff counts, as typed. */
function chosenIndication(form: PaForm): IndicationInference {
  const chosen = form.diagnosis.indication?.value?.trim() || null;
  return { indication: chosen, code: null, basis: chosen ? 'chosen' : 'none', alternatives: [] };
}

function ruleFailed(rule: Rule, error: unknown): Finding {
  const reason = error instanceof Error && error.message ? `: ${error.message}` : '';
  return {
    ruleId: RULE_FAILED,
    severity: 'warning',
    category: rule.meta.category,
    field: rule.meta.fields[0] ?? 'patient.name',
    message: `Check "${rule.meta.id}" could not run${reason}. Check this field by hand; the other checks still ran.`,
    source: { title: 'PA Preflight engine', confidence: 'H' },
  };
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    compareFieldPaths(a.field, b.field) ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

/** A fix that keeps the NDC product typed (a 10-digit NDC written in 5-4-2) keeps the drug. */
function keepsDrug(form: PaForm, fix: NonNullable<FindingDraft['fix']>): boolean {
  if (!DRUG_IDENTITY_FIELDS.includes(fix.field)) return true;
  if (fix.field !== F.ndc) return false;
  const typed = ndcProductsOf(form);
  const fixed = parseNdc(fix.value);
  return typed.length === 1 && fixed.ok && fixed.value.ndc11 !== null && fixed.value.ndc11.startsWith(typed[0] ?? '-');
}

const UNSURE_NOTE = ' The drug fields name different drugs: check which drug this request is for.';

/**
 * Runs the base checks, and the drug pack's rules when one applies, on a normalized request.
 * Pure and synchronous: the same form, `today`, settings and packs give the same findings. A
 * rule that throws is reported as one `rule-failed` finding and the others still run. A fix on
 * a drug identity field (name, HCPCS, NDC product) survives only when the pack is sure the
 * request is for its drug. What the content script runs; `evaluate` adds the checklist.
 */
export function check(form: PaForm, opts: CheckOptions): Checked {
  const settings = resolveSettings(opts.settings);
  const { base, selection } = opts;
  const pack = selection.status === 'applies' ? opts.pack : null;
  const inference = pack ? (pack.inferIndication?.(form) ?? chosenIndication(form)) : NO_INDICATION;
  const disabled = new Set(settings.disabledRules);
  const findings: Finding[] = [];
  const failed = new Map<string, Finding>();

  const run = (policy: PackChecks): void => {
    const ctx: RuleContext = {
      today: opts.today,
      values: packValues(policy, settings),
      policy,
      drugPack: pack,
      indication: inference.indication,
      inference,
      conflicts: selection.conflicts ?? [],
    };
    const packId = policy.manifest.id;
    for (const rule of policy.rules) {
      const { meta } = rule;
      const key = settingKey(packId, meta.id);
      if (disabled.has(key)) continue;
      try {
        const drafts = rule.check(form, ctx);
        if (!Array.isArray(drafts)) throw new Error('returned no list of findings');
        const severityOverride = settings.severityOverrides[key];
        for (const draft of drafts) {
          const { fix, ...rest } = draft;
          const kept = fix && (selection.sure || keepsDrug(form, fix)) ? fix : undefined;
          findings.push({
            ...rest,
            ...(kept ? { fix: kept } : {}),
            message: stripBidi(fix && !kept && pack ? draft.message + UNSURE_NOTE : draft.message),
            ruleId: meta.id,
            severity: severityOverride ?? draft.severity ?? meta.severity,
            category: draft.category ?? meta.category,
            source: meta.source,
          });
        }
      } catch (error) {
        const finding = ruleFailed(rule, error);
        failed.set(meta.id, finding);
        findings.push(finding);
      }
    }
  };

  run(base);
  if (pack) run(pack);
  const yielding = new Set([...base.rules, ...(pack?.rules ?? [])].filter((r) => r.meta.yields).map((r) => r.meta.id));
  const kept = yielding.size
    ? findings.filter((f) => !yielding.has(f.ruleId) || !findings.some((o) => o.field === f.field && !yielding.has(o.ruleId)))
    : findings;

  kept.sort(compareFindings);
  return {
    findings: kept,
    selection,
    indication: inference.indication,
    indicationCode: inference.code,
    checkedBy: pack ? pack.manifest.id : null,
    failed: Object.fromEntries(failed),
    drugTyped: typedDrug(form),
  };
}

/** `check`, completed with what people read (the checklist of the packs that ran, the
 *  indication's name): for the command line and tests; the popup's comes from the background. */
export const evaluate = (form: PaForm, opts: EvaluateOptions): Evaluation =>
  completeCheck(check(form, opts), { ...opts, isFilled: (path) => isFilled(form, path) });
