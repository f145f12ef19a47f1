import type { ServiceFiguresResponse } from '../../../../shared/api/analytics.responses';
import { ChartStackedBars, type BarRow, type BarSeries } from '../../../ui/charts/chart-stacked-bars';
import { SimpleTable } from '../../../ui/simple-table';
import { formatCount, formatShare } from '../dashboard-format';

const SERIES: BarSeries[] = [
  { key: 'planned', label: 'Planned with the person', tone: 'good' },
  { key: 'unplanned', label: 'Unplanned', tone: 'warning' },
];

type Team = ServiceFiguresResponse['byTeam'][number];

/** "14 days", or a dash when nothing was planned. */
const noticeDays = (days: number | null) => (days === null ? '–' : `${formatCount(days)} days`);

/** Changes of care coordinator by team: planned with the person ahead, or not. */
export function DashboardCoordinatorChanges({ byTeam }: { byTeam: readonly Team[] }) {
  const rows: BarRow[] = byTeam.map((t) => ({
    key: t.teamId,
    label: t.teamName,
    values: [t.coordinatorChanges.planned, t.coordinatorChanges.unplanned],
  }));
  return (
    <section aria-labelledby="coordinator-changes-heading" className="card">
      <h3 id="coordinator-changes-heading" className="card__title">
        Changes of care coordinator
      </h3>
      <p className="muted">
        Changes that took effect in the period. Planned means a handover was shared with the person on an earlier day;
        notice is the days from then to the change.
      </p>
      <ChartStackedBars
        caption="Changes of care coordinator in the period, planned and unplanned, by team"
        series={SERIES}
        rows={rows}
        format={formatCount}
        totalLabel="Changes"
      />
    </section>
  );
}

/** Each team's changes: planned, unplanned, the planned share and the median notice; full width. */
export function CoordinatorChangesTable({ byTeam }: { byTeam: readonly Team[] }) {
  return (
    <SimpleTable
      caption="Changes of care coordinator and the notice people had, by team"
      rows={byTeam}
      rowKey={(t) => t.teamId}
      emptyText="No teams in this view."
      columns={[
        { header: 'Team', cell: (t) => t.teamName },
        { header: 'Planned', cell: (t) => formatCount(t.coordinatorChanges.planned) },
        { header: 'Unplanned', cell: (t) => formatCount(t.coordinatorChanges.unplanned) },
        { header: 'Planned share', cell: (t) => formatShare(t.coordinatorChanges.plannedShare) },
        { header: 'Days of notice (median)', cell: (t) => noticeDays(t.coordinatorChanges.medianDaysOfNotice) },
      ]}
    />
  );
}
