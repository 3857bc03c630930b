import type { FieldPath, Indication, IsoDate, PaForm } from '../form/schema';

export type Severity = 'error' | 'warning' | 'info';
/** H = primary source or several agreeing; M = one good secondary source or proxy; L = marketing text only. */
export type Confidence = 'H' | 'M' | 'L';

export interface RuleSource {
  /** short citation shown to users, e.g. "FDA label (DailyMed)" */
  title: string;
  url?: string;
  confidence: Confidence;
  /** true when the threshold is a proxy / guess without Cigna's own text; shown in the UI */
  proxy?: boolean;
}

export type RuleCategory = 'patient' | 'diagnosis' | 'labs' | 'priorTherapy' | 'coding' | 'prescriber';

export interface RuleMeta {
  /** stable, public, kebab-case, e.g. `units-equal-mg` */
  id: string;
  severity: Severity;
  category: RuleCategory;
  /** one line for the README catalog and the options page */
  description: string;
  /** raw field paths it reads (prefixes allowed: `priorTherapies`) */
  fields: FieldPath[];
  source: RuleSource;
}

/** A machine-applicable fix: set the raw field at `field` to `value`, as a user would type it. */
export interface Fix {
  field: FieldPath;
  value: string;
  /** button text, e.g. "Set to 280" */
  label: string;
}

/** What a rule's check returns; the engine adds rule id, severity, source. */
export interface FindingDraft {
  field: FieldPath;
  message: string;
  fix?: Fix;
  /** overrides meta.severity for this finding (e.g. an unverified NDC is a warning, not an error) */
  severity?: Severity;
  /** overrides meta.category, for rules that check fields of every section */
  category?: RuleCategory;
}

export interface Finding extends FindingDraft {
  ruleId: string;
  severity: Severity;
  category: RuleCategory;
  source: RuleSource;
}

export interface Settings {
  /** CRP must be collected within this many days before the request date (default 90) */
  crpWindowDays: number;
  /** the lab's CRP upper limit of normal in mg/L, when the form does not give one */
  crpUlnMgL: number | null;
  disabledRules: string[];
  severityOverrides: Record<string, Severity>;
}

export interface RuleContext {
  /** today, ISO date; the request date falls back to it */
  today: IsoDate;
  settings: Settings;
  policy: PolicyPack;
  /** derived once per evaluation: the indication from the chosen one or the ICD-10 codes */
  indication: Indication | null;
  /** how the indication was found (code, alternatives), for rules that report ambiguity */
  inference: IndicationInference;
}

/** The indication a request is for, and how it was found. */
export interface IndicationInference {
  indication: Indication | null;
  /** the diagnosis code it came from, e.g. "M06.1"; null when chosen without a matching code */
  code: string | null;
  /** 'chosen' by staff, read from a diagnosis 'code', or 'none' */
  basis: 'chosen' | 'code' | 'none';
  /** other indications the entered codes could mean (several codes, or M04.1 read as FMF) */
  alternatives: Indication[];
}

export interface Rule {
  meta: RuleMeta;
  check(form: PaForm, ctx: RuleContext): FindingDraft[];
}

export type ChecklistStatus = 'done' | 'problem' | 'empty' | 'manual-done' | 'manual-open';

export interface ChecklistItemDef {
  id: string;
  label: string;
  section: RuleCategory;
  /** derived item: raw fields that must be filled, and the rules whose findings make it a problem */
  fields?: FieldPath[];
  rules?: string[];
  /** 'all' (default): every field must be filled; 'any': one of them is enough */
  fill?: 'all' | 'any';
  /** manual item: ticked by staff */
  manual?: boolean;
  /** only for some indications */
  indications?: Indication[];
}

export interface ChecklistItem {
  id: string;
  label: string;
  section: RuleCategory;
  status: ChecklistStatus;
  /** findings (errors/warnings) that make it a problem, for the popup */
  findings: Finding[];
  /** the first field to focus when the item is clicked */
  field?: FieldPath;
}

export interface Checklist {
  sections: { id: RuleCategory; title: string; items: ChecklistItem[] }[];
  done: number;
  total: number;
}

export interface Evaluation {
  findings: Finding[];
  checklist: Checklist;
  indication: Indication | null;
  /** the diagnosis code the indication came from, e.g. "M06.1" */
  indicationCode: string | null;
  /** rules that threw (also present as `rule-failed` findings) */
  failedRules: string[];
}

/** A payer × drug policy pack: the single source of truth for its facts, rules and checklist. */
export interface PolicyPack {
  id: string;
  payer: string;
  drug: string;
  /** everything a rule or message needs to quote: vial size, caps, NDCs, codes, ... */
  facts: Record<string, unknown>;
  rules: Rule[];
  checklist: ChecklistItemDef[];
  /** derives the indication from the chosen one and the diagnosis codes; without it the engine
   *  uses the chosen indication only */
  inferIndication?(form: PaForm): IndicationInference;
  /** display names of indications, e.g. AOSD → "Still's disease (adult-onset, AOSD)" */
  indicationLabels?: Partial<Record<Indication, string>>;
}
