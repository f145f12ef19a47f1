import { charactersThatFit, labelLines } from './chart-label-lines';
import { linearScale, niceTicks } from './chart-scale';
import { CHART_LINE_HEIGHT as LINE, ChartText } from './chart-text';
import { useChartWidth } from './chart-width';
import { ChartTable } from './chart-table';

export interface BarSeries {
  key: string;
  label: string;
  tone: 'primary' | 'good' | 'warning' | 'danger' | 'light';
}

export interface BarRow {
  key: string;
  label: string;
  /** One value per series, in the series' order. */
  values: readonly number[];
}

interface ChartStackedBarsProps {
  caption: string;
  series: readonly BarSeries[];
  rows: readonly BarRow[];
  format: (value: number) => string;
  /** Each bar as shares of its own total (100%), for groups of different sizes. */
  asShares?: boolean;
  /** Header of the table's total column. */
  totalLabel?: string;
}

const PAD = 12;
const BAR = 20;
const GAP = 12;
const AXIS = 30;

const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${Math.round((part / whole) * 100)}%`);

/** Horizontal stacked bars, one per team or worker, with a visible key and the same figures in a table. */
export function ChartStackedBars({
  caption,
  series,
  rows,
  format,
  asShares = false,
  totalLabel = 'Total',
}: ChartStackedBarsProps) {
  const { ref, width } = useChartWidth<HTMLDivElement>();
  const totals = rows.map((row) => row.values.reduce((sum, v) => sum + v, 0));
  const ticks = asShares ? [0, 0.25, 0.5, 0.75, 1] : niceTicks(0, Math.max(...totals, 1), width < 420 ? 3 : 5);
  const x = linearScale([0, ticks.at(-1) ?? 1], [PAD, width - PAD]);
  const placed: { row: BarRow; lines: string[]; y: number; total: number }[] = [];
  let bottom = 4;
  rows.forEach((row, i) => {
    const lines = labelLines(row.label, charactersThatFit(width - 2 * PAD));
    placed.push({ row, lines, y: bottom, total: totals[i] ?? 0 });
    bottom += lines.length * LINE + 2 + BAR + GAP;
  });
  const plotHeight = bottom;
  const height = plotHeight + AXIS;
  return (
    <figure className="chart">
      <figcaption className="chart__caption">{caption}</figcaption>
      <ul className="chart__legend">
        {series.map((s) => (
          <li key={s.key}>
            <span className={`chart__swatch chart__fill--${s.tone}`} aria-hidden="true" /> {s.label}
          </li>
        ))}
      </ul>
      <div ref={ref} className="chart__canvas">
        <svg
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          aria-hidden="true"
          focusable="false"
          className="chart__svg"
        >
          {ticks.map((tick) => (
            <line key={tick} x1={x(tick)} x2={x(tick)} y1={0} y2={plotHeight} className="chart__grid" />
          ))}
          {placed.map(({ row, lines, y, total }) => {
            const labelHeight = lines.length * LINE + 2;
            let start = 0;
            return (
              <g key={row.key}>
                <ChartText lines={lines} y={y} className="chart__label" />
                {total === 0 && (
                  <text x={PAD} y={y + labelHeight + 15} className="chart__none">
                    None
                  </text>
                )}
                {row.values.map((value, j) => {
                  const part = asShares ? (total === 0 ? 0 : value / total) : value;
                  const x0 = x(start);
                  start += part;
                  const tone = series[j]?.tone ?? 'primary';
                  return part > 0 ? (
                    <rect
                      key={series[j]?.key ?? j}
                      x={x0}
                      y={y + labelHeight}
                      width={Math.max(x(start) - x0, 1)}
                      height={BAR}
                      className={`chart__fill--${tone} chart__bar`}
                    />
                  ) : null;
                })}
              </g>
            );
          })}
          <line x1={PAD} x2={width - PAD} y1={plotHeight} y2={plotHeight} className="chart__axis" />
          {ticks.map((tick, i) => (
            <text
              key={tick}
              x={x(tick)}
              y={plotHeight + 20}
              className="chart__tick"
              textAnchor={i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle'}
            >
              {asShares ? `${Math.round(tick * 100)}%` : format(tick)}
            </text>
          ))}
        </svg>
      </div>
      <ChartTable caption={caption}>
        <thead>
          <tr>
            <th scope="col">Group</th>
            {series.map((s) => (
              <th scope="col" key={s.key}>
                {s.label}
              </th>
            ))}
            <th scope="col">{totalLabel}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={row.key}>
              <th scope="row" className="stacked-table__title">
                {row.label}
              </th>
              {row.values.map((value, j) => (
                <td key={series[j]?.key ?? j} data-label={series[j]?.label}>
                  {format(value)} <span className="muted">({percent(value, totals[i] ?? 0)})</span>
                </td>
              ))}
              <td data-label={totalLabel}>{format(totals[i] ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </ChartTable>
    </figure>
  );
}
