interface ScaleAnchor {
  value: number;
  label: string;
}

interface RatingScaleGroupProps {
  legend: string;
  hint?: string;
  name: string;
  min: number;
  max: number;
  anchors: readonly ScaleAnchor[];
  value: number | null;
  onChange: (value: number) => void;
}

/** One question on a numbered scale: a large radio button per point, each read with its anchor words. */
export function RatingScaleGroup({ legend, hint, name, min, max, anchors, value, onChange }: RatingScaleGroupProps) {
  const points = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const anchorFor = (point: number) => anchors.find((a) => a.value === point)?.label;
  return (
    <fieldset className="fieldset rating-scale">
      <legend className="fieldset__legend">{legend}</legend>
      {hint && <p className="field__hint">{hint}</p>}
      {/* One row, always: a scale that wraps onto a second line stops reading as a scale. */}
      <div className="rating-scale__points" style={{ gridTemplateColumns: `repeat(${points.length}, minmax(0, 1fr))` }}>
        {points.map((point) => {
          const anchor = anchorFor(point);
          return (
            <label className="rating-scale__point" key={point}>
              <input
                type="radio"
                className="choice__input"
                name={name}
                value={point}
                checked={value === point}
                onChange={() => onChange(point)}
              />
              <span className="rating-scale__box">
                <span className="rating-scale__number">{point}</span>
                {anchor && <span className="rating-scale__anchor">{anchor}</span>}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
