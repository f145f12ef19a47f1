import {
  CONTINUITY_MEASURE_LABELS,
  CONTINUITY_MEASURES,
  type ContinuityDashboardResponse,
  type ContinuityMeasure,
  type SiteComparisonResponse,
} from '../../../../shared/api/analytics.responses';
import { largestMaximum } from '../../../ui/charts/chart-box-plot-geometry';
import { ChartBoxPlot, type BoxPlotRow } from '../../../ui/charts/chart-box-plot';
import { formatMeasureValue, isIndexMeasure } from '../dashboard-format';
import { TestInWords } from './test-in-words';

interface DashboardContinuityProps {
  dashboard: ContinuityDashboardResponse;
  /** Absent while the site comparison loads or when it failed. */
  sites?: SiteComparisonResponse;
}

/** The groups a measure is shown for: the focus, its care coordinators, the teams it is compared with, and the sites. */
export function boxPlotRowsFor(
  measure: ContinuityMeasure,
  dashboard: ContinuityDashboardResponse,
  sites?: SiteComparisonResponse,
): BoxPlotRow[] {
  const focus = dashboard.team?.name ?? dashboard.site?.name ?? 'Whole organisation';
  const rows: BoxPlotRow[] = [
    { key: 'overall', label: 'Everyone', group: focus, distribution: dashboard.overall.measures[measure] },
  ];
  for (const worker of dashboard.byWorker) {
    rows.push({
      key: `worker-${worker.workerId ?? 'none'}`,
      label: worker.workerName ?? 'No care coordinator',
      group: 'By care coordinator',
      distribution: worker.measures[measure],
    });
  }
  const teamsGroup = dashboard.site ? `Teams at ${dashboard.site.name}` : 'Teams';
  for (const team of dashboard.byTeam)
    rows.push({
      key: `team-${team.teamId}`,
      label: team.teamName,
      group: teamsGroup,
      distribution: team.measures[measure],
    });
  for (const site of sites?.bySite ?? [])
    rows.push({
      key: `site-${site.siteId}`,
      label: site.siteName,
      group: 'Sites',
      distribution: site.measures[measure],
    });
  return rows;
}

/** One box plot per continuity measure, with what it means and whether the sites differ. */
export function DashboardContinuity({ dashboard, sites }: DashboardContinuityProps) {
  return (
    <ul className="dashboard-measures">
      {CONTINUITY_MEASURES.map((measure) => {
        const { label, meaning } = CONTINUITY_MEASURE_LABELS[measure];
        const rows = boxPlotRowsFor(measure, dashboard, sites);
        const axisMax = isIndexMeasure(measure) ? 1 : largestMaximum(rows.map((row) => row.distribution));
        const headingId = `measure-${measure}`;
        return (
          <li key={measure} className="card dashboard-measure">
            <section aria-labelledby={headingId}>
              <h3 id={headingId} className="card__title">
                {label}
              </h3>
              <p className="muted">{meaning}</p>
              <ChartBoxPlot
                caption={`${label}, spread across people in each group`}
                rows={rows}
                axisMax={axisMax}
                format={(value) => formatMeasureValue(measure, value)}
              />
              {sites && <TestInWords className="dashboard-measure__test" test={sites.tests[measure]} />}
            </section>
          </li>
        );
      })}
    </ul>
  );
}
