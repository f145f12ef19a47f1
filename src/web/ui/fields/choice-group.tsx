import { useId } from 'react';

interface ChoiceGroupProps<T extends string> {
  legend: string;
  name: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: T | null;
  onChange: (value: T) => void;
  error?: string;
}

/** A radio group drawn as a row of buttons: one tap to choose, arrow keys to move. */
export function ChoiceGroup<T extends string>({
  legend,
  name,
  options,
  labels,
  value,
  onChange,
  error,
}: ChoiceGroupProps<T>) {
  const errorId = useId();
  return (
    <fieldset className={`fieldset ${error ? 'field--error' : ''}`} aria-describedby={error ? errorId : undefined}>
      <legend className="fieldset__legend">{legend}</legend>
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
      <div className="choices">
        {options.map((option) => (
          <label className="choice" key={option}>
            <input
              type="radio"
              className="choice__input"
              name={name}
              value={option}
              checked={value === option}
              onChange={() => onChange(option)}
            />
            <span className="choice__label">{labels[option]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
