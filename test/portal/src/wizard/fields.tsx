import { useId, type ReactNode } from 'react';

/**
 * Controlled inputs the way payer SPAs build them: React owns the value, ids are generated
 * (meaningless to a reader), `data-test-id` is the stable hook. Setting `.value` from outside
 * without the native setter and an `input` event does not reach React state.
 */

interface Common {
  testId: string;
  label: string;
  value: string;
  onChange(value: string): void;
  hint?: string;
  required?: boolean;
}

function Label({ htmlFor, label, required }: { htmlFor: string; label: string; required?: boolean }) {
  return (
    <label htmlFor={htmlFor}>
      {label}
      {required ? (
        <span className="req" aria-hidden="true">
          {' '}
          *
        </span>
      ) : null}
    </label>
  );
}

export function TextField(
  props: Common & { type?: 'text' | 'number'; inputMode?: 'text' | 'decimal' | 'numeric' | 'tel'; placeholder?: string },
) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="field">
      <Label htmlFor={id} label={props.label} required={props.required} />
      <input
        id={id}
        data-test-id={props.testId}
        type={props.type ?? 'text'}
        inputMode={props.inputMode}
        placeholder={props.placeholder}
        autoComplete="off"
        value={props.value}
        aria-describedby={props.hint ? hintId : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {props.hint ? (
        <p className="hint" id={hintId}>
          {props.hint}
        </p>
      ) : null}
    </div>
  );
}

export interface Option {
  value: string;
  text: string;
}

export function SelectField(props: Common & { options: Option[] }) {
  const id = useId();
  return (
    <div className="field">
      <Label htmlFor={id} label={props.label} required={props.required} />
      <select id={id} data-test-id={props.testId} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">Select…</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A number with a unit select beside it (weight, dose, CRP): two controls under one label. */
export function AmountWithUnit(
  props: Common & {
    unitTestId: string;
    unitLabel: string;
    unit: string;
    units: string[];
    onUnitChange(unit: string): void;
    type?: 'text' | 'number';
  },
) {
  const id = useId();
  return (
    <div className="field">
      <Label htmlFor={id} label={props.label} required={props.required} />
      <div className="input-group">
        <input
          id={id}
          data-test-id={props.testId}
          type={props.type ?? 'text'}
          inputMode="decimal"
          autoComplete="off"
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
        />
        <select
          data-test-id={props.unitTestId}
          aria-label={props.unitLabel}
          value={props.unit}
          onChange={(e) => props.onUnitChange(e.target.value)}
        >
          {props.units.map((u) => (
            <option key={u} value={u}>
              {u}
            </option>
          ))}
        </select>
      </div>
      {props.hint ? <p className="hint">{props.hint}</p> : null}
    </div>
  );
}

/** A question answered with radios; the question is the fieldset legend. */
export function RadioGroup(props: Common & { options: Option[] }) {
  const name = useId();
  return (
    <fieldset className="field radio-group" data-test-id={props.testId}>
      <legend>
        {props.label}
        {props.required ? (
          <span className="req" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </legend>
      {props.options.map((o) => (
        <label key={o.value} className="radio">
          <input
            type="radio"
            name={name}
            value={o.value}
            data-test-id={`${props.testId}-${o.value}`}
            checked={props.value === o.value}
            onChange={(e) => {
              if (e.target.checked) props.onChange(o.value);
            }}
          />
          {o.text}
        </label>
      ))}
    </fieldset>
  );
}

export const YES_NO: Option[] = [
  { value: 'yes', text: 'Yes' },
  { value: 'no', text: 'No' },
];

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="card">
      <h3>{title}</h3>
      <div className="grid">{children}</div>
    </section>
  );
}
