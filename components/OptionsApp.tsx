import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import type { PackDocs, PackSettingDocs } from '@/lib/engine/pack-docs';
import { packValues, settingKey, type SettingsMigration } from '@/lib/engine/settings';
import type { PackSettingDef, PolicyPack, Settings } from '@/lib/engine/types';
import { DEFAULT_SETTINGS, migrateStoredSettings, restoreDefaults, saveSettings, type SettingsItem } from '@/lib/settings';
import type { SiteAccess } from '@/lib/optional-hosts';
import { RuleSettings } from './RuleSettings';
import { SiteSettings } from './SiteSettings';

interface Props {
  /** the settings' storage item (storage.local, settings only) */
  settingsItem: SettingsItem;
  /** every pack the build knows, the base checks included */
  packs: readonly PolicyPack[];
  /** what people read about each pack; the page shows one section per entry, in this order */
  docs: readonly PackDocs[];
  /** applied to what storage holds when the page opens, so choices made before packs carry over */
  migration: SettingsMigration;
  /** where staff file: the built-in portal and the optional sites they can switch on */
  sites: { builtIn: { name: string; domain: string }; access: SiteAccess };
}

interface PackSection {
  pack: PolicyPack;
  docs: PackDocs;
  /** the settings the pack defines and its docs say how to show */
  fields: { def: PackSettingDef; field: PackSettingDocs; key: string }[];
}

/** Each docs entry with its loaded pack, matched by id; a setting shows only when the pack
 *  defines it and its docs say how to read it. */
function sectionsOf(packs: readonly PolicyPack[], docs: readonly PackDocs[]): PackSection[] {
  return docs.flatMap((d) => {
    const pack = packs.find((p) => p.manifest.id === d.manifest.id);
    if (!pack) return [];
    const fields = (d.settings ?? []).flatMap((field) => {
      const def = pack.settings?.find((s) => s.name === field.name);
      return def ? [{ def, field, key: settingKey(pack.manifest.id, def.name) }] : [];
    });
    return [{ pack, docs: d, fields }];
  });
}

/** The text each settings field shows: the value in use, the pack's default when none fits. */
function textsFor(sections: readonly PackSection[], settings: Settings): Record<string, string> {
  return Object.fromEntries(
    sections.flatMap(({ pack, fields }) => {
      const values = packValues(pack, settings);
      return fields.map(({ field, key }) => [key, field.format(values[field.name] ?? null)]);
    }),
  );
}

interface NumberFieldProps {
  label: string;
  hint: string;
  text: string;
  error: string | null;
  inputMode: 'numeric' | 'decimal';
  onText(text: string): void;
}

function NumberField({ label, hint, text, error, inputMode, onText }: NumberFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode={inputMode}
        autoComplete="off"
        value={text}
        aria-invalid={error !== null}
        aria-describedby={`${id}-hint ${id}-error`}
        onChange={(e) => onText(e.currentTarget.value)}
      />
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
      <p id={`${id}-error`} className="problem-text" role="alert">
        {error}
      </p>
    </div>
  );
}

/**
 * The options page: where staff file (the built-in portal and optional sites), then one section
 * per pack, the base checks first, each with the pack's settings and rules. Each valid change is saved at once to storage.local; open portal tabs hear it
 * through storage.onChanged and re-check the form with the new settings.
 */
export function OptionsApp({ settingsItem, packs, docs, migration, sites }: Props) {
  const sections = useMemo(() => sectionsOf(packs, docs), [packs, docs]);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string | null>>({});
  const [status, setStatus] = useState('');

  const show = useCallback(
    (next: Settings) => {
      setSettings(next);
      setTexts(textsFor(sections, next));
      setErrors({});
    },
    [sections],
  );

  useEffect(() => {
    migrateStoredSettings(settingsItem, migration).then(show, () => {
      show(DEFAULT_SETTINGS);
      setStatus('Could not read the saved settings; showing the defaults.');
    });
  }, [settingsItem, migration, show]);

  if (!settings) {
    return (
      <main className="options">
        <h1>PA Preflight settings</h1>
        <p role="status">Loading…</p>
      </main>
    );
  }

  const save = (next: Settings) => {
    setSettings(next);
    saveSettings(settingsItem, next).then(
      () => setStatus('Saved. Open portal tabs use it now.'),
      () => setStatus('Could not save the settings.'),
    );
  };

  const onText = (key: string, field: PackSettingDocs, text: string) => {
    setTexts({ ...texts, [key]: text });
    const parsed = field.parse(text);
    setErrors({ ...errors, [key]: parsed.ok ? null : parsed.problem.message });
    if (parsed.ok) save({ ...settings, values: { ...settings.values, [key]: parsed.value } });
  };

  const onRestore = () => {
    restoreDefaults(settingsItem).then(
      (defaults) => {
        show(defaults);
        setStatus('Defaults restored.');
      },
      () => setStatus('Could not restore the defaults.'),
    );
  };

  return (
    <main className="options">
      <h1>PA Preflight settings</h1>
      <p className="hint">Settings stay on this computer. PA Preflight never stores what you type into the portal here.</p>
      <SiteSettings builtIn={sites.builtIn} access={sites.access} />
      <p className="hint">Untick a check to switch it off, or change how seriously its findings are shown.</p>
      {sections.map(({ pack, docs: packDocs, fields }) => {
        const id = pack.manifest.id;
        const headingId = `pack-${id}-h`;
        return (
          <section key={id} className="pack" data-pack={id} aria-labelledby={headingId}>
            <h2 id={headingId}>{packDocs.title}</h2>
            {fields.map(({ def, field, key }) => (
              <NumberField
                key={key}
                label={field.label}
                hint={field.hint}
                text={texts[key] ?? ''}
                error={errors[key] ?? null}
                inputMode={def.integer ? 'numeric' : 'decimal'}
                onText={(text) => onText(key, field, text)}
              />
            ))}
            <RuleSettings
              packId={id}
              packHeadingId={headingId}
              rules={pack.rules.map((rule) => rule.meta)}
              descriptions={packDocs.descriptions}
              sourceUrls={packDocs.sourceUrls}
              settings={settings}
              onChange={save}
            />
          </section>
        );
      })}
      <div className="actions">
        <button type="button" onClick={onRestore}>
          Restore defaults
        </button>
        <p className="save-status" role="status">
          {status}
        </p>
      </div>
    </main>
  );
}
