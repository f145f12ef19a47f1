interface RatingSparklineProps {
  /** Oldest first; null where the area was not rated. */
  values: (number | null)[];
  min?: number;
  max?: number;
  /** Read instead of the drawing. */
  description: string;
}

const WIDTH = 96;
const HEIGHT = 28;
const PAD = 3;

/** A small line of one area's ratings over meetings; the description carries the meaning for screen readers. */
export function RatingSparkline({ values, min = 1, max = 7, description }: RatingSparklineProps) {
  const step = values.length > 1 ? (WIDTH - 2 * PAD) / (values.length - 1) : 0;
  const y = (v: number) => PAD + ((max - v) / (max - min)) * (HEIGHT - 2 * PAD);
  const points = values.map((v, i) => (v === null ? null : { x: PAD + i * step, y: y(v) })).filter((p) => p !== null);
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
  const last = points.at(-1);
  return (
    <svg
      className="sparkline"
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={description}
    >
      <line x1={PAD} x2={WIDTH - PAD} y1={y((min + max) / 2)} y2={y((min + max) / 2)} className="sparkline__mid" />
      {points.length > 1 && <path d={path} className="sparkline__line" />}
      {last && <circle cx={last.x} cy={last.y} r={3} className="sparkline__dot" />}
    </svg>
  );
}
