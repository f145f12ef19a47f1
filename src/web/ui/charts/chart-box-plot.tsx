import type { DistributionDto } from '../../../shared/api/analytics.responses';
import { boxPlotGeometry } from './chart-box-plot-geometry';
import { ChartTable } from './chart-table';
import { charactersThatFit, labelLines } from './chart-label-lines';
import { linearScale, niceTicks, scaleTicks } from './chart-scale';
import { CHART_LINE_HEIGHT as LINE, ChartText } from './chart-text';
import { useChartWidth } from './chart-width';

export interface BoxPlotRow {
  key: string;
  label: string;
  /** Rows with the same group are drawn together under its name. */
  group: string;
  distribution: DistributionDto;
}

interface ChartBoxPlotProps {
  /** Shown above the chart and used as the table's caption. */
  caption: string;
  rows: readonly BoxPlotRow[];
  /** The axis runs from 0 to this value (rounded up to a tick). */
  axisMax: number;
  /** For a rating scale: the axis runs from this lowest answer to `axisMax`, a tick at every point. */
  axisMin?: number;
  format: (value: number) => string;
  /** What the values count, for the table's headers ("people"). */
  countLabel?: string;
}

const PAD = 12;
const BOX = 18;
const GAP = 12;
const AXIS = 30;

/**
 * Horizontal box plots, one per group of people: whiskers from lowest to highest, the box over the
 * middle half, a thick line at the median and a ring at the mean. Skewed, bounded indices are
 * better read as distributions than as means. The drawing is hidden from screen readers; the same
 * figures follow in a table.
 */
export function ChartBoxPlot({ caption, rows, axisMax, axisMin, format, countLabel = 'People' }: ChartBoxPlotProps) {
  const { ref, width } = useChartWidth<HTMLDivElement>();
  const ticks = axisMin === undefined ? niceTicks(0, axisMax, width < 420 ? 4 : 6) : scaleTicks(axisMin, axisMax);
  const x = linearScale([ticks[0] ?? 0, ticks.at(-1) ?? axisMax], [PAD, width - PAD]);
  const layout = layoutRows(rows, width - 2 * PAD);
  const height = layout.height + AXIS;
  return (
    <figure className="chart">
      <figcaption className="chart__caption">{caption}</figcaption>
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
            <line key={tick} x1={x(tick)} x2={x(tick)} y1={0} y2={layout.height} className="chart__grid" />
          ))}
          {layout.groups.map((group) => (
            <ChartText key={`g-${group.name}`} lines={group.lines} y={group.y} className="chart__group" />
          ))}
          {layout.rows.map(({ row, lines, y }) => (
            <BoxPlotRowDrawing key={row.key} row={row} lines={lines} y={y} x={x} />
          ))}
          <line x1={PAD} x2={width - PAD} y1={layout.height} y2={layout.height} className="chart__axis" />
          {ticks.map((tick, i) => (
            <text
              key={tick}
              x={x(tick)}
              y={layout.height + 20}
              className="chart__tick"
              textAnchor={i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle'}
            >
              {format(tick)}
            </text>
          ))}
        </svg>
      </div>
      <p className="chart__key small muted">
        Box: the middle half of {countLabel.toLowerCase()}. Thick line: median. Whiskers: lowest to highest. Ring: mean.
      </p>
      <BoxPlotTable caption={caption} rows={rows} format={format} countLabel={countLabel} />
    </figure>
  );
}

function BoxPlotRowDrawing({
  row,
  lines,
  y,
  x,
}: {
  row: BoxPlotRow;
  lines: string[];
  y: number;
  x: ReturnType<typeof linearScale>;
}) {
  const box = boxPlotGeometry(row.distribution, x);
  const labelHeight = lines.length * LINE + 2;
  const mid = y + labelHeight + BOX / 2;
  return (
    <g>
      <ChartText lines={lines} y={y} className="chart__label" />
      {box ? (
        <>
          <line x1={box.whiskerStart} x2={box.whiskerEnd} y1={mid} y2={mid} className="chart__whisker" />
          <line x1={box.whiskerStart} x2={box.whiskerStart} y1={mid - 5} y2={mid + 5} className="chart__whisker" />
          <line x1={box.whiskerEnd} x2={box.whiskerEnd} y1={mid - 5} y2={mid + 5} className="chart__whisker" />
          <rect
            x={box.boxStart}
            y={y + labelHeight}
            width={Math.max(box.boxWidth, 1)}
            height={BOX}
            className="chart__box"
          />
          <line
            x1={box.median}
            x2={box.median}
            y1={y + labelHeight - 2}
            y2={y + labelHeight + BOX + 2}
            className="chart__median"
          />
          {box.mean !== null && <circle cx={box.mean} cy={mid} r={4} className="chart__mean" />}
        </>
      ) : (
        <text x={x.range[0]} y={mid + 5} className="chart__none">
          No figures
        </text>
      )}
    </g>
  );
}

function layoutRows(rows: readonly BoxPlotRow[], width: number) {
  const groups: { name: string; lines: string[]; y: number }[] = [];
  const placed: { row: BoxPlotRow; lines: string[]; y: number }[] = [];
  let y = 4;
  let current: string | null = null;
  for (const row of rows) {
    if (row.group !== current) {
      current = row.group;
      // Group names are in capitals, so fewer fit on a line.
      const lines = labelLines(row.group, charactersThatFit(width, 9.5));
      groups.push({ name: row.group, lines, y });
      y += lines.length * LINE + 8;
    }
    const lines = labelLines(row.label, charactersThatFit(width));
    placed.push({ row, lines, y });
    y += lines.length * LINE + 2 + BOX + GAP;
  }
  return { groups, rows: placed, height: y };
}

function BoxPlotTable({
  caption,
  rows,
  format,
  countLabel,
}: Omit<ChartBoxPlotProps, 'axisMax'> & { countLabel: string }) {
  const value = (v: number | null) => (v === null ? '–' : format(v));
  return (
    <ChartTable caption={caption}>
      <thead>
        <tr>
          <th scope="col">Group</th>
          <th scope="col">{countLabel}</th>
          <th scope="col">Median</th>
          <th scope="col">Middle half</th>
          <th scope="col">Lowest to highest</th>
          <th scope="col">Mean</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const d = row.distribution;
          return (
            <tr key={row.key}>
              <th scope="row" className="stacked-table__title">
                {row.label} <span className="muted">({row.group})</span>
              </th>
              <td data-label={countLabel}>{d.n.toLocaleString('en-GB')}</td>
              <td data-label="Median">{value(d.median)}</td>
              <td data-label="Middle half">
                {d.q1 === null || d.q3 === null ? '–' : `${format(d.q1)} to ${format(d.q3)}`}
              </td>
              <td data-label="Lowest to highest">
                {d.min === null || d.max === null ? '–' : `${format(d.min)} to ${format(d.max)}`}
              </td>
              <td data-label="Mean">{value(d.mean)}</td>
            </tr>
          );
        })}
      </tbody>
    </ChartTable>
  );
}
