import type { ServiceFiguresResponse } from '../../../../shared/api/analytics.responses';
import { ChartStackedBars, type BarRow, type BarSeries } from '../../../ui/charts/chart-stacked-bars';
import { SimpleTable } from '../../../ui/simple-table';
import { formatCount, formatShare } from '../dashboard-format';

const SERIES: BarSeries[] = [
  { key: 'recent', label: 'Discussed in the last 12 months', tone: 'good' },
  { key: 'longer', label: 'Discussed longer ago', tone: 'warning' },
  { key: 'never', label: 'Never discussed', tone: 'light' },
];

type Team = ServiceFiguresResponse['byTeam'][number];

const medianDays = (days: number | null) => (days === null ? '–' : `${formatCount(days)} days`);

/** Risk formulations talked through with the person, by team: the gap the research found. */
export function DashboardRiskDiscussions({ byTeam }: { byTeam: readonly Team[] }) {
  const rows: BarRow[] = byTeam.map((t) => {
    const r = t.riskDiscussions;
    return {
      key: t.teamId,
      label: t.teamName,
      values: [r.discussedRecently, r.formulations - r.discussedRecently - r.neverDiscussed, r.neverDiscussed],
    };
  });
  return (
    <section aria-labelledby="risk-discussions-heading" className="card">
      <h3 id="risk-discussions-heading" className="card__title">
        Risk talked through with the person
      </h3>
      <p className="muted">
        People with a risk and safety formulation on the last day of the period, and when it was last discussed with
        them. Choosing not to discuss it is respected but is not counted as a discussion.
      </p>
      <ChartStackedBars
        caption="Share of risk formulations discussed with the person in the last 12 months, by team"
        series={SERIES}
        rows={rows}
        format={formatCount}
        asShares
      />
    </section>
  );
}

/** Each team's formulations: how many, the share discussed, never discussed, and the median days since; full width. */
export function RiskDiscussionsTable({ byTeam }: { byTeam: readonly Team[] }) {
  return (
    <SimpleTable
      caption="Risk formulations discussed with the person, by team"
      rows={byTeam}
      rowKey={(t) => t.teamId}
      emptyText="No teams in this view."
      columns={[
        { header: 'Team', cell: (t) => t.teamName },
        { header: 'Formulations', cell: (t) => formatCount(t.riskDiscussions.formulations) },
        { header: 'Discussed in 12 months', cell: (t) => formatShare(t.riskDiscussions.share) },
        { header: 'Never discussed', cell: (t) => formatCount(t.riskDiscussions.neverDiscussed) },
        {
          header: 'Days since last discussed (median)',
          cell: (t) => medianDays(t.riskDiscussions.medianDaysSinceDiscussed),
        },
      ]}
    />
  );
}
