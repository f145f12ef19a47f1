/** Maps a value on [domain] to a position on [range], straight-line; values outside are kept in range. */
export interface LinearScale {
  (value: number): number;
  domain: readonly [number, number];
  range: readonly [number, number];
}

/**
 * A linear scale such as a chart's x axis. A domain of zero width (every value the same) maps
 * everything to the start of the range rather than dividing by zero.
 *
 * @example linearScale([0, 1], [10, 110])(0.5) // 60
 */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const width = d1 - d0;
  const scale = (value: number) => {
    if (width === 0) return r0;
    const clamped = Math.min(Math.max(value, Math.min(d0, d1)), Math.max(d0, d1));
    return r0 + ((clamped - d0) / width) * (r1 - r0);
  };
  return Object.assign(scale, { domain, range });
}

/** A round step (1, 2 or 5 times a power of ten) giving about `count` intervals over a span. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0) || count < 1) return 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/**
 * Axis ticks at round values from `min` to at least `max`; the last tick is the axis's end.
 *
 * @example niceTicks(0, 127, 5) // [0, 50, 100, 150]
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (max <= min) return [min, min + 1];
  const step = niceStep(max - min, count);
  const start = Math.floor(min / step) * step;
  const ticks: number[] = [];
  // Rounding keeps 0.30000000000000004 out of axis labels.
  for (let tick = start; tick < max + step * 0.999; tick += step) ticks.push(Number(tick.toPrecision(12)));
  return ticks;
}

/**
 * The ticks of a rating scale's axis: every whole point from its lowest to its highest answer, so a
 * 1–7 scale is drawn from 1 to 7 (not from 0, which nobody can answer).
 *
 * @example scaleTicks(1, 7) // [1, 2, 3, 4, 5, 6, 7]
 */
export function scaleTicks(min: number, max: number): number[] {
  return Array.from({ length: Math.max(1, Math.floor(max - min) + 1) }, (_, i) => min + i);
}
