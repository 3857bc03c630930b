import type { IsoDate, PaForm } from '../form/schema';
import { stripBidi } from '../parse/quote';
import { buildChecklist } from './checklist';
import { compareFieldPaths } from './paths';
import { RULE_FAILED } from './rule-failed';
import { resolveSettings } from './settings';
import type {
  Evaluation,
  Finding,
  IndicationInference,
  PolicyPack,
  Rule,
  RuleContext,
  Settings,
  Severity,
} from './types';

export { RULE_FAILED };

export interface EvaluateOptions {
  today: IsoDate;
  settings?: Partial<Settings>;
  policy: PolicyPack;
  /** manual checklist items ticked by staff, by item id */
  manualTicks?: Record<string, boolean>;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Without a pack-specific inference, only an indication chosen by staff counts. */
function chosenIndication(form: PaForm): IndicationInference {
  const chosen = form.diagnosis.indication?.value ?? null;
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

/**
 * Runs a policy pack's rules on a normalized request. Pure and synchronous: the same form,
 * `today`, settings and pack give the same findings. A rule that throws is reported as one
 * `rule-failed` finding and the others still run.
 */
export function evaluate(form: PaForm, opts: EvaluateOptions): Evaluation {
  const settings = resolveSettings(opts.settings);
  const { policy } = opts;
  const inference = policy.inferIndication ? policy.inferIndication(form) : chosenIndication(form);
  const ctx: RuleContext = { today: opts.today, settings, policy, indication: inference.indication, inference };
  const disabled = new Set(settings.disabledRules);
  const findings: Finding[] = [];
  const failed = new Map<string, Finding>();

  for (const rule of policy.rules) {
    const { meta } = rule;
    if (disabled.has(meta.id)) continue;
    try {
      const drafts = rule.check(form, ctx);
      if (!Array.isArray(drafts)) throw new Error('returned no list of findings');
      const severityOverride = settings.severityOverrides[meta.id];
      for (const draft of drafts) {
        findings.push({
          ...draft,
          message: stripBidi(draft.message),
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

  findings.sort(compareFindings);
  const checklist = buildChecklist({
    defs: policy.checklist,
    form,
    findings,
    failed,
    indication: inference.indication,
    manualTicks: opts.manualTicks ?? {},
  });
  return { findings, checklist, indication: inference.indication, indicationCode: inference.code, failedRules: [...failed.keys()] };
}
