import { useId } from 'react';

const QUICK_DURATIONS = [15, 30, 45, 60] as const;

interface DurationFieldProps {
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/** How long a contact lasted: one tap for the usual lengths, or type any number of minutes. */
export function DurationField({ value, onChange, error }: DurationFieldProps) {
  const inputId = useId();
  const errorId = useId();
  return (
    <fieldset className={`fieldset ${error ? 'field--error' : ''}`}>
      <legend className="fieldset__legend">How long</legend>
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
      <div className="duration">
        <div className="duration__quick">
          {QUICK_DURATIONS.map((minutes) => (
            <button
              key={minutes}
              type="button"
              className="choice-button"
              aria-pressed={value === String(minutes)}
              onClick={() => onChange(String(minutes))}
            >
              {minutes} min
            </button>
          ))}
        </div>
        <div className="duration__custom">
          <label htmlFor={inputId}>Minutes</label>
          <input
            id={inputId}
            className="input input--short"
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            value={value}
            onChange={(event) => onChange(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
          />
        </div>
      </div>
    </fieldset>
  );
}
