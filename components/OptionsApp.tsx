import { useEffect, useId, useState } from 'react';
import type { RuleMeta, Settings } from '../lib/engine/types';
import {
  CRP_WINDOW_LIMITS,
  DEFAULT_SETTINGS,
  loadSettings,
  parseCrpUln,
  parseCrpWindow,
  restoreDefaults,
  saveSettings,
  type SettingsArea,
} from '../lib/settings';
import { RuleSettings } from './RuleSettings';

interface Props {
  /** storage.local (settings only) */
  area: SettingsArea;
  rules: readonly RuleMeta[];
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

const ulnText = (settings: Settings) => (settings.crpUlnMgL === null ? '' : String(settings.crpUlnMgL));

/**
 * The options page. Each valid change is saved at once to storage.local; open portal tabs hear
 * it through storage.onChanged and re-check the form with the new settings.
 */
export function OptionsApp({ area, rules }: Props) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [windowText, setWindowText] = useState('');
  const [ulnInput, setUlnInput] = useState('');
  const [windowError, setWindowError] = useState<string | null>(null);
  const [ulnError, setUlnError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  const show = (next: Settings) => {
    setSettings(next);
    setWindowText(String(next.crpWindowDays));
    setUlnInput(ulnText(next));
    setWindowError(null);
    setUlnError(null);
  };

  useEffect(() => {
    loadSettings(area).then(show, () => {
      show(DEFAULT_SETTINGS);
      setStatus('Could not read the saved settings; showing the defaults.');
    });
  }, [area]);

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
    saveSettings(area, next).then(
      () => setStatus('Saved. Open portal tabs use it now.'),
      () => setStatus('Could not save the settings.'),
    );
  };

  const onWindow = (text: string) => {
    setWindowText(text);
    const days = parseCrpWindow(text);
    setWindowError(days.ok ? null : days.problem.message);
    if (days.ok) save({ ...settings, crpWindowDays: days.value });
  };

  const onUln = (text: string) => {
    setUlnInput(text);
    const uln = parseCrpUln(text);
    setUlnError(uln.ok ? null : uln.problem.message);
    if (uln.ok) save({ ...settings, crpUlnMgL: uln.value });
  };

  const onRestore = () => {
    restoreDefaults(area).then(
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
      <p className="hint">
        Settings stay on this computer. PA Preflight never stores what you type into the portal here.
      </p>
      <section aria-labelledby="labs-h">
        <h2 id="labs-h">CRP window and upper limit</h2>
        <NumberField
          label="CRP window (days)"
          hint={`How recent the CRP must be, counted back from the request date: ${CRP_WINDOW_LIMITS.min}–${CRP_WINDOW_LIMITS.max} days. Cigna's patient guides say 3 months (low confidence), hence 90 by default.`}
          text={windowText}
          error={windowError}
          inputMode="numeric"
          onText={onWindow}
        />
        <NumberField
          label="Your lab's CRP upper limit of normal (mg/L)"
          hint="Used for the “2× upper limit of normal” test when the form gives no reference range. Leave empty if it differs by lab; mg/dL values are converted (0.5 mg/dL = 5 mg/L)."
          text={ulnInput}
          error={ulnError}
          inputMode="decimal"
          onText={onUln}
        />
      </section>
      <section aria-labelledby="rules-h">
        <h2 id="rules-h">Checks</h2>
        <p className="hint">Untick a check to switch it off, or change how seriously its findings are shown.</p>
        <RuleSettings rules={rules} settings={settings} onChange={save} />
      </section>
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
