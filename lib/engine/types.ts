import type { FieldPath, IsoDate, PaForm } from '@/lib/form/schema';

/** A pack's indication id, e.g. "AOSD"; each pack defines its own list. */
export type Indication = string;

export type Severity = 'error' | 'warning' | 'info';
/** H = primary source or several agreeing; M = one good secondary source or proxy; L = marketing text only. */
export type Confidence = 'H' | 'M' | 'L';

export interface RuleSource {
  /** short citation shown to users, e.g. "FDA label (DailyMed)" */
  title: string;
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
  /** raw field paths it reads (prefixes allowed: `priorTherapies`) */
  fields: FieldPath[];
  source: RuleSource;
  /** a generic check ("this value cannot be read") whose finding on a field gives way to another
   *  rule's finding on the same field, which says more (and may carry the fix) */
  yields?: boolean;
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

/**
 * What a user can change on the options page, for every pack at once. Keys are
 * `<pack>/<rule>` for rules and `<pack>/<name>` for a pack's values (`cigna-ilaris/crpWindowDays`),
 * so two packs may use the same rule id.
 */
export interface Settings {
  disabledRules: string[];
  severityOverrides: Record<string, Severity>;
  values: Record<string, number | null>;
}

/** A number a pack lets users change (a window in days, a lab limit); `null` means "not set". */
export interface PackSettingDef {
  /** unique in the pack, e.g. `crpWindowDays` */
  name: string;
  default: number | null;
  min: number;
  max: number;
  /** whole numbers only */
  integer?: boolean;
}

export interface RuleContext {
  /** today, ISO date; the request date falls back to it */
  today: IsoDate;
  /** the pack's settings values, defaults applied, by name */
  values: Readonly<Record<string, number | null>>;
  /** the pack whose rule runs (the base checks see the drug pack that applies, or none) */
  policy: PackChecks;
  /** the drug pack that applies to the request, when one does */
  drugPack: PackChecks | null;
  /** derived once per evaluation: the indication from the chosen one or the ICD-10 codes */
  indication: Indication | null;
  /** how the indication was found (code, alternatives), for rules that report ambiguity */
  inference: IndicationInference;
  /** drug fields naming a pack's drug the request is not for (`Choice.conflicts`) */
  conflicts: readonly IdentityConflict[];
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
  /** why the indication staff chose or typed could not be read, when it could not */
  problem?: string;
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
  /** which drug the request is for, as far as the packs can tell */
  selection: Selection;
  indication: Indication | null;
  /** the indication's display name from the pack that applies, e.g. "Still's disease (adult-onset, AOSD)" */
  indicationLabel: string | null;
  /** the diagnosis code the indication came from, e.g. "M06.1" */
  indicationCode: string | null;
  /** rules that threw (also present as `rule-failed` findings) */
  failedRules: string[];
}

/**
 * What the checks found: what the content script computes and reports. What people read of it
 * (the checklist, the indication's name, the choice of pack in words) is added where it is
 * shown: the background for the popup, `evaluate` for the command line and tests
 * (lib/engine/complete.ts).
 */
export interface Checked extends Omit<Evaluation, 'checklist' | 'failedRules' | 'indicationLabel' | 'selection'> {
  /** the drug pack whose rules ran, by id; null when the base checks ran alone */
  checkedBy: string | null;
  /** each rule that threw, by id, with its `rule-failed` finding (also among the findings) */
  failed: Record<string, Finding>;
  /** the registry's choice, before it is put in words (`Selection`) */
  selection: Choice;
  /** the drug fields typed, to name the drug for people */
  drugTyped: TypedDrug;
}

/** The drug fields as typed, by which a drug that no pack checks is named for people. */
export interface TypedDrug {
  /** the drug name as typed, trimmed ('' when empty) */
  name: string;
  /** the first HCPCS-shaped code typed, upper case */
  hcpcs: string | null;
  /** the NDC, 5-4-2 when it reads as one, else as typed */
  ndc: string | null;
}

/** How a drug is recognised on a request: its names, its HCPCS codes, its NDC products. */
export interface DrugIdentity {
  /** brand name, e.g. "Ilaris" */
  brand: string;
  /** generic name, e.g. "canakinumab" */
  generic: string;
  /** other names staff type (former brand names, abbreviations), lower case */
  aliases?: readonly string[];
  /** names of other products that share the generic name (a subcutaneous form with its own
   *  code and label), lower case: a name with one of them is another drug's request */
  otherProducts?: readonly string[];
  /** generic names this drug shares with another product (Zymfentra is infliximab-dyyb, as is
   *  Inflectra), lower case: they name this drug unless a readable NDC names a product it does
   *  not know, and never make its pack sure on their own */
  sharedNames?: readonly string[];
  /** HCPCS codes that name this drug (not the unclassified ones), e.g. ["J0638"] */
  hcpcs: readonly string[];
  /** NDC products: labeler and product code, the first 9 digits of the 11-digit NDC */
  ndcProducts: readonly string[];
  /** the products sold under the drug (a reference product and its biosimilars), so a request
   *  is headed with the one it names ("Inflectra (infliximab-dyyb)"), not the drug's brand */
  products?: readonly DrugProduct[];
}

/** One product of a drug: how it is named for people, and the fields that name it on a request. */
export interface DrugProduct {
  /** "Inflectra (infliximab-dyyb)" */
  title: string;
  /** lower-case words that name it in a drug name ("inflectra", "dyyb") */
  names: readonly string[];
  hcpcs: readonly string[];
  /** NDC products, the first 9 digits of the 11-digit NDC */
  ndcProducts: readonly string[];
}

/** What the registry needs before a pack's rules are loaded: who it is and which drug it is for. */
export interface PackManifest {
  /** stable, kebab-case, `<payer>-<drug>`, e.g. `cigna-ilaris`; prefixes its settings keys */
  id: string;
  payer: string;
  drug: DrugIdentity;
}

/**
 * Whether a pack applies to a request. `sure` when a drug field names the pack's drug and no
 * other drug field names another drug: only then may a fix change a drug identity field.
 */
export type Applicability = { status: 'applies'; sure: boolean } | { status: 'does-not-apply' } | { status: 'unknown' };

/** The registry's answer for a request: the pack that applies, or what drug was read instead. */
export interface Selection extends Choice {
  /** the drug as read from the request ("Humira (adalimumab)", "HCPCS J0135"), null when empty */
  read: string | null;
  /** the drugs the registered packs check, e.g. ["Ilaris (canakinumab)"] */
  known: string[];
}

/** Which pack applies to a request, as the content script decides it (`Selection` puts it in words). */
export interface Choice {
  status: 'applies' | 'none' | 'unknown';
  /** the pack that applies */
  pack: PackManifest | null;
  sure: boolean;
  /** drug fields naming a pack's drug on a request that is not for it (a Humira request with Ilaris's NDC) */
  conflicts?: IdentityConflict[];
}

/** A drug identity field that names a pack's drug, on a request another field says is for another drug. */
export interface IdentityConflict {
  /** the raw path of the field (drug.hcpcs, drug.ndc) */
  field: string;
  /** the drug it names, "Ilaris (canakinumab)" */
  drug: string;
}

/**
 * A pack's checks: what runs where the request is typed (the content script loads a drug
 * pack's checks only, without its checklist).
 */
export interface PackChecks {
  manifest: PackManifest;
  rules: Rule[];
  /** numbers users may change, read by rules through `ctx.values` */
  settings?: readonly PackSettingDef[];
  /** derives the indication from the chosen one and the diagnosis codes; without it the engine
   *  uses the chosen indication's text as is */
  inferIndication?(form: PaForm): IndicationInference;
  /** the drug's NDCs, 11 digits: the base NDC check reads an unhyphenated 10-digit NDC as one of them */
  ndcs?: readonly string[];
  /** known billable ICD-10-CM codes under a header the pack cares about (`M08.2` → M08.20, ...) */
  leavesUnder?(code: string): string[];
}

/**
 * A payer × drug policy pack: the single source of truth for its rules and checklist. The base
 * checks that hold for every drug are a pack too, one whose manifest names no drug.
 */
export interface PolicyPack extends PackChecks {
  checklist: ChecklistItemDef[];
  /** display names of indications, e.g. AOSD → "Still's disease (adult-onset, AOSD)" */
  indicationLabels?: Readonly<Record<Indication, string>>;
}
