import { useCallback, useEffect, useRef, useState } from 'react';
import { emptyTherapy, initialDraft, type Draft, type DraftText, type TherapyColumn } from './draft';
import { ReviewStep } from './review';
import { pathForStep, STEPS, stepFromPath, type StepId } from './router';
import { ClinicalStep, DiagnosisStep, MedicationStep, PatientStep, ProviderStep } from './steps';

/** A fake reference number: derived locally, never from a server. */
const referenceFor = (draft: Draft) => `PA-DEMO-${(draft.cignaId.replace(/\D/g, '') || '0').slice(-6).padStart(6, '0')}`;

export function App() {
  const [draft, setDraft] = useState<Draft>(initialDraft);
  const [step, setStep] = useState<StepId>(() => stepFromPath(location.pathname) ?? 'patient');
  const [formKey, setFormKey] = useState(0);
  const [submitted, setSubmitted] = useState<string | null>(null);
  const nextTherapyKey = useRef(1);
  const heading = useRef<HTMLHeadingElement>(null);
  const navigated = useRef(false);

  useEffect(() => {
    if (stepFromPath(location.pathname) === null) history.replaceState(null, '', pathForStep(step));
    const onPop = () => setStep(stepFromPath(location.pathname) ?? 'patient');
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs once: only the first route is normalized
  }, []);

  // Move focus to the new step's heading, as accessible wizards do (not on first load).
  useEffect(() => {
    if (navigated.current) heading.current?.focus();
  }, [step]);

  const go = useCallback((to: StepId) => {
    navigated.current = true;
    history.pushState(null, '', pathForStep(to));
    setStep(to);
    scrollTo(0, 0);
  }, []);

  const set = useCallback((key: DraftText, value: string) => setDraft((d) => ({ ...d, [key]: value })), []);
  const setTherapy = useCallback(
    (index: number, column: TherapyColumn, value: string) =>
      setDraft((d) => ({ ...d, therapies: d.therapies.map((t, i) => (i === index ? { ...t, [column]: value } : t)) })),
    [],
  );
  const addTherapy = useCallback(
    () => setDraft((d) => ({ ...d, therapies: [...d.therapies, emptyTherapy(nextTherapyKey.current++)] })),
    [],
  );
  const removeTherapy = useCallback(
    (index: number) => setDraft((d) => ({ ...d, therapies: d.therapies.filter((_, i) => i !== index) })),
    [],
  );

  const index = STEPS.findIndex((s) => s.id === step);
  const current = STEPS[index] ?? STEPS[0];
  const prev = STEPS[index - 1];
  const next = STEPS[index + 1];
  const props = { draft, set };

  return (
    <div className="layout">
      <nav className="stepper" aria-label="Request steps">
        <ol>
          {STEPS.map((s, i) => (
            <li key={s.id}>
              <button
                type="button"
                data-test-id={`stepper-${s.id}`}
                aria-current={s.id === step ? 'step' : undefined}
                className={i < index ? 'done' : undefined}
                onClick={() => go(s.id)}
              >
                <span className="num">{i + 1}</span> {s.title}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <main className="content">
        <div className="toolbar">
          <h2 ref={heading} tabIndex={-1} data-test-id="step-title">
            Step {index + 1} of {STEPS.length}: {current.title}
          </h2>
          <button
            type="button"
            className="link"
            data-test-id="rerender"
            title="Test aid: remount the whole form with the same values"
            onClick={() => setFormKey((k) => k + 1)}
          >
            Re-render form
          </button>
        </div>
        <form
          key={formKey}
          data-test-id="precert-form"
          data-step={step}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (next) go(next.id);
          }}
        >
          {step === 'patient' && <PatientStep {...props} />}
          {step === 'provider' && <ProviderStep {...props} />}
          {step === 'diagnosis' && <DiagnosisStep {...props} />}
          {step === 'medication' && <MedicationStep {...props} />}
          {step === 'clinical' && <ClinicalStep {...props} setTherapy={setTherapy} addTherapy={addTherapy} removeTherapy={removeTherapy} />}
          {step === 'review' && <ReviewStep draft={draft} submitted={submitted} onSubmit={() => setSubmitted(referenceFor(draft))} />}
          <div className="nav-buttons">
            {prev ? (
              <button type="button" className="secondary" data-test-id="step-back" onClick={() => go(prev.id)}>
                Back
              </button>
            ) : (
              <span />
            )}
            {next ? (
              <button type="submit" className="primary" data-test-id="step-next">
                Next: {next.title}
              </button>
            ) : null}
          </div>
        </form>
      </main>
    </div>
  );
}
