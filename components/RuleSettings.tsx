import { CHECKLIST_SECTIONS } from '@/lib/engine/checklist';
import { SEVERITIES, settingKey } from '@/lib/engine/settings';
import type { RuleMeta, Settings, Severity } from '@/lib/engine/types';
import { SEVERITY_TEXT } from '@/lib/words';
import { CONFIDENCE_TEXT } from './SourceNote';

interface Props {
  /** the pack the rules belong to: their settings are stored under `<packId>/<ruleId>` */
  packId: string;
  /** the id of the pack's heading: each group's region is named with it, so two packs' groups differ */
  packHeadingId: string;
  rules: readonly RuleMeta[];
  /** one line per rule id, from the pack's docs */
  descriptions: Readonly<Record<string, string>>;
  /** web addresses of sources by source title, from the pack's docs */
  sourceUrls?: Readonly<Record<string, string>>;
  settings: Settings;
  onChange(settings: Settings): void;
}

type RowProps = Omit<Props, 'rules' | 'descriptions' | 'packHeadingId'> & { rule: RuleMeta; description: string | undefined };

function RuleRow({ packId, rule, description, sourceUrls, settings, onChange }: RowProps) {
  const { id, severity, source } = rule;
  const key = settingKey(packId, id);
  const enabled = !settings.disabledRules.includes(key);
  const override = settings.severityOverrides[key];
  const url = sourceUrls?.[source.title];
  const toggle = (on: boolean) =>
    onChange({
      ...settings,
      disabledRules: on ? settings.disabledRules.filter((r) => r !== key) : [...settings.disabledRules, key],
    });
  const setSeverity = (value: string) => {
    const severityOverrides = { ...settings.severityOverrides };
    if (value === 'default') delete severityOverrides[key];
    else severityOverrides[key] = value as Severity;
    onChange({ ...settings, severityOverrides });
  };
  // two packs may share a rule id, so element ids carry the pack too
  const descriptionId = `rule-${packId}-${id}-description`;
  return (
    <li className="rule" data-rule={id}>
      <div className="rule-controls">
        <label className="rule-toggle">
          <input
            type="checkbox"
            checked={enabled}
            onChange={(e) => toggle(e.currentTarget.checked)}
            aria-describedby={description ? descriptionId : undefined}
          />
          <code>{id}</code>
        </label>
        <label className="rule-severity">
          <span className="visually-hidden">Severity of {id}</span>
          <select value={override ?? 'default'} onChange={(e) => setSeverity(e.currentTarget.value)} disabled={!enabled}>
            <option value="default">{SEVERITY_TEXT[severity]} (default)</option>
            {SEVERITIES.filter((s) => s !== severity).map((s) => (
              <option key={s} value={s}>
                {SEVERITY_TEXT[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {description ? (
        <p id={descriptionId} className="rule-description">
          {description}
        </p>
      ) : null}
      <p className="source">
        Source:{' '}
        {url ? (
          <a href={url} target="_blank" rel="noreferrer">
            {source.title}
          </a>
        ) : (
          source.title
        )}
        ; {CONFIDENCE_TEXT[source.confidence]}
        {source.proxy ? (
          <>
            ; <strong className="proxy">proxy or estimate, not Cigna’s own text</strong>
          </>
        ) : null}
        .
      </p>
    </li>
  );
}

/** Every rule of one pack, grouped like the audit, with its description and source: switch it
 *  off or change its severity. */
export function RuleSettings({ packId, packHeadingId, rules, descriptions, ...rest }: Props) {
  return (
    <>
      {CHECKLIST_SECTIONS.map(({ id, title }) => {
        const inSection = rules.filter((rule) => rule.category === id);
        if (inSection.length === 0) return null;
        const headingId = `rules-${packId}-${id}`;
        return (
          <section key={id} className="rule-group" aria-labelledby={`${packHeadingId} ${headingId}`}>
            <h3 id={headingId}>{title}</h3>
            <ul className="rules">
              {inSection.map((rule) => (
                <RuleRow key={rule.id} packId={packId} rule={rule} description={descriptions[rule.id]} {...rest} />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
