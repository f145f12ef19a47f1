import type { QuestionnaireTrendDto } from '../../../../shared/api/questionnaires.responses';
import { ChartTable } from '../../../ui/charts/chart-table';
import { formatDate } from '../../../ui/format/format-date';

const WIDTH = 320;
const HEIGHT = 160;
const PAD = { left: 34, right: 12, top: 10, bottom: 28 };

/**
 * A score over time on its full range (0 to its maximum), so that a small change looks small; the
 * trend in words is the chart's accessible name, and the figures are also a table.
 */
export function ScoreTrendChart({ trend }: { trend: QuestionnaireTrendDto }) {
  const { points, max } = trend;
  const innerWidth = WIDTH - PAD.left - PAD.right;
  const innerHeight = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (points.length > 1 ? (i / (points.length - 1)) * innerWidth : innerWidth / 2);
  const y = (value: number) => PAD.top + (1 - value / max) * innerHeight;
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  const ticks = [0, max / 2, max];
  return (
    <figure className="score-trend">
      <svg className="score-trend__chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={trend.inWords}>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} className="score-trend__grid" />
            <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end" className="score-trend__label">
              {tick}
            </text>
          </g>
        ))}
        {points.length > 1 && <path d={path} className="score-trend__line" />}
        {points.map((p, i) => (
          <circle key={p.responseId} cx={x(i)} cy={y(p.value)} r={4} className="score-trend__dot" />
        ))}
        {points.length > 0 && (
          <>
            <text
              x={x(0)}
              y={HEIGHT - 8}
              textAnchor={points.length > 1 ? 'start' : 'middle'}
              className="score-trend__label"
            >
              {formatDate(points[0]!.completedOn)}
            </text>
            {points.length > 1 && (
              <text x={x(points.length - 1)} y={HEIGHT - 8} textAnchor="end" className="score-trend__label">
                {formatDate(points.at(-1)!.completedOn)}
              </text>
            )}
          </>
        )}
      </svg>
      <ChartTable caption={`${trend.title}: ${trend.scoreLabel}, each time`}>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">{trend.scoreLabel}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.responseId}>
              <th scope="row" className="stacked-table__title">
                {formatDate(p.completedOn)}
              </th>
              <td data-label={trend.scoreLabel}>
                {p.value} of {max}
              </td>
            </tr>
          ))}
        </tbody>
      </ChartTable>
    </figure>
  );
}
