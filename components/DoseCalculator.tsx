import { useId, useState } from 'react';
import type { DoseCalculator as Calculator, WeightUnit } from '@/lib/engine/pack-docs';
import type { Indication } from '@/lib/engine/types';
import { capitalize } from '@/lib/words';
import { SourceNote } from './SourceNote';

interface Props {
  /** the pack's calculator */
  calculator: Calculator;
  /** the drug it doses, named in the heading: "Ilaris (canakinumab)" */
  drug: string;
  /** the payer of its pack, for the source note */
  payer: string;
  /** the indication detected on the page, if any */
  initialIndication: Indication | null;
}

/** Indication + weight → label dose and what to bill, recalculated as staff type. */
export function DoseCalculator({ calculator, drug, payer, initialIndication }: Props) {
  const id = useId();
  // follows the page's indication until staff pick one; an indication of another drug is no start
  const [chosen, setChosen] = useState<Indication | null>(null);
  const detected = calculator.indications.some((i) => i.id === initialIndication) ? initialIndication : null;
  const indication = chosen ?? detected ?? calculator.defaultIndication;
  const [weight, setWeight] = useState('');
  const [unit, setUnit] = useState<WeightUnit>('kg');
  const result = calculator.calculate({ indication, weight, weightUnit: unit });
  const untouched = weight.trim() === '' && !result.ok;

  return (
    <section className="tool" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Dose calculator: {drug}</h2>
      <div className="field">
        <label htmlFor={`${id}-ind`}>Indication</label>
        <select id={`${id}-ind`} value={indication} onChange={(e) => setChosen(e.currentTarget.value)}>
          {calculator.indications.map((ind) => (
            <option key={ind.id} value={ind.id}>
              {capitalize(ind.label)}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-row">
        <div>
          <label htmlFor={`${id}-w`}>Weight</label>
          <input
            id={`${id}-w`}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={weight}
            onChange={(e) => setWeight(e.currentTarget.value)}
            aria-describedby={`${id}-out`}
          />
        </div>
        <div>
          <label htmlFor={`${id}-u`}>Unit</label>
          <select id={`${id}-u`} value={unit} onChange={(e) => setUnit(e.currentTarget.value as WeightUnit)}>
            <option value="kg">kg</option>
            <option value="lb">lb</option>
          </select>
        </div>
      </div>
      <div id={`${id}-out`} className="tool-output" aria-live="polite">
        {untouched ? (
          <p className="hint">Enter the patient's weight.</p>
        ) : !result.ok ? (
          <p className="problem-text">{result.problem.message}</p>
        ) : (
          <>
            <dl className="results">
              <dt>Dose</dt>
              <dd>
                <strong>{result.value.doseMg} mg</strong> {result.value.interval}
              </dd>
              <dt>How</dt>
              <dd>
                {result.value.weightText ? `${result.value.weightText}; ` : ''}
                {result.value.basis}
                {result.value.increase ? ` (label: ${result.value.increase})` : ''}
              </dd>
              <dt>{result.value.hcpcs} units</dt>
              <dd>{result.value.units}</dd>
              <dt>Vials</dt>
              <dd>
                {result.value.vials} × {result.value.vialSizeMg} mg
              </dd>
              <dt>Discarded</dt>
              <dd>
                {result.value.discardedMg} mg, modifier {result.value.modifier}
              </dd>
              <dt>NDC line</dt>
              <dd>
                <code>{result.value.ndcLine}</code>
              </dd>
            </dl>
            <p className="advice">{result.value.modifierAdvice}</p>
            <SourceNote source={result.value.source} payer={payer} />
          </>
        )}
      </div>
    </section>
  );
}
