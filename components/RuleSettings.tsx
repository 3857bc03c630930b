import { CHECKLIST_SECTIONS } from '../lib/engine/checklist';
import { SEVERITIES } from '../lib/engine/settings';
import type { RuleMeta, Settings, Severity } from '../lib/engine/types';
import { SEVERITY_TEXT } from '../lib/words';
import { CONFIDENCE_TEXT } from './SourceNote';

interface Props {
  rules: readonly RuleMeta[];
  settings: Settings;
  onChange(settings: Settings): void;
}

function RuleRow({ rule, settings, onChange }: { rule: RuleMeta } & Omit<Props, 'rules'>) {
  const { id, severity, description, source } = rule;
  const enabled = !settings.disabledRules.includes(id);
  const override = settings.severityOverrides[id];
  const toggle = (on: boolean) =>
    onChange({
      ...settings,
      disabledRules: on ? settings.disabledRules.filter((r) => r !== id) : [...settings.disabledRules, id],
    });
  const setSeverity = (value: string) => {
    const severityOverrides = { ...settings.severityOverrides };
    if (value === 'default') delete severityOverrides[id];
    else severityOverrides[id] = value as Severity;
    onChange({ ...settings, severityOverrides });
  };
  const descriptionId = `rule-${id}-description`;
  return (
    <li className="rule" data-rule={id}>
      <div className="rule-controls">
        <label className="rule-toggle">
          <input
            type="checkbox"
            checked={enabled}
            onChange={(e) => toggle(e.currentTarget.checked)}
            aria-describedby={descriptionId}
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
      <p id={descriptionId} className="rule-description">
        {description}
      </p>
      <p className="source">
        Source:{' '}
        {source.url ? (
          <a href={source.url} target="_blank" rel="noreferrer">
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

/** Every rule of the pack, grouped like the audit, with its description and source: switch it off
 *  or change its severity. */
export function RuleSettings({ rules, settings, onChange }: Props) {
  return (
    <>
      {CHECKLIST_SECTIONS.map(({ id, title }) => {
        const inSection = rules.filter((rule) => rule.category === id);
        if (inSection.length === 0) return null;
        return (
          <section key={id} className="rule-group" aria-labelledby={`rules-${id}`}>
            <h3 id={`rules-${id}`}>{title}</h3>
            <ul className="rules">
              {inSection.map((rule) => (
                <RuleRow key={rule.id} rule={rule} settings={settings} onChange={onChange} />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
