import type { ServiceFiguresResponse } from '../../../../shared/api/analytics.responses';
import { largestMaximum } from '../../../ui/charts/chart-box-plot-geometry';
import { ChartBoxPlot } from '../../../ui/charts/chart-box-plot';
import { ChartStackedBars, type BarRow, type BarSeries } from '../../../ui/charts/chart-stacked-bars';
import { formatCount, formatShare } from '../dashboard-format';
import { SimpleTable } from '../../../ui/simple-table';
import { DashboardRiskDiscussions, RiskDiscussionsTable } from './dashboard-risk-discussions';
import { CoordinatorChangesTable, DashboardCoordinatorChanges } from './dashboard-coordinator-changes';

const hours = (minutes: number) => `${Math.round(minutes / 60).toLocaleString('en-GB')} h`;

const REVIEW_SERIES: BarSeries[] = [
  { key: 'in-time', label: 'Held in time', tone: 'good' },
  { key: 'late', label: 'Held late', tone: 'warning' },
  { key: 'overdue', label: 'Overdue, not held', tone: 'danger' },
];
const TIME_SERIES: BarSeries[] = [
  { key: 'contact', label: 'Time with people', tone: 'primary' },
  { key: 'admin', label: 'Admin time', tone: 'warning' },
];
const SAFETY_PLAN_SERIES: BarSeries[] = [
  { key: 'updated', label: 'Updated in the last 12 months', tone: 'good' },
  { key: 'not', label: 'Not updated, or none', tone: 'light' },
];
const BEYOND_SERIES: BarSeries[] = [
  { key: 'beyond', label: 'Went beyond routine', tone: 'good' },
  { key: 'routine', label: 'Routine', tone: 'light' },
];

/** Reviews held in time, time with people against admin time, caseloads and contacts beyond routine. */
export function DashboardService({ figures }: { figures: ServiceFiguresResponse }) {
  const { overall, byTeam, byWorker } = figures;
  const reviewRows: BarRow[] = byTeam.map((t) => ({
    key: t.teamId,
    label: t.teamName,
    values: [t.reviews.heldInTime, t.reviews.heldLate, t.reviews.overdue],
  }));
  const timeRows: BarRow[] = byTeam.map((t) => ({
    key: t.teamId,
    label: t.teamName,
    values: [t.time.contactMinutes, t.time.adminMinutes],
  }));
  const workerTimeRows: BarRow[] = byWorker.map((w) => ({
    key: w.workerId,
    label: w.workerName,
    values: [w.contactMinutes, w.adminMinutes],
  }));
  const beyondRows: BarRow[] = byTeam.map((t) => ({
    key: t.teamId,
    label: t.teamName,
    values: [t.beyondRoutine.contacts, t.time.contacts - t.beyondRoutine.contacts],
  }));
  const safetyPlanRows: BarRow[] = byTeam.map((t) => ({
    key: t.teamId,
    label: t.teamName,
    values: [t.safetyPlans.updated, t.safetyPlans.people - t.safetyPlans.updated],
  }));
  const caseloadRows = byTeam.map((t) => ({
    key: t.teamId,
    label: t.teamName,
    group: 'Teams',
    distribution: t.caseloads,
  }));
  const stats = [
    {
      value: formatShare(overall.reviews.shareHeldInTime),
      label: `of ${formatCount(overall.reviews.due)} reviews due were held in time`,
    },
    { value: formatShare(overall.time.adminShare), label: 'of recorded time went on admin' },
    {
      value: overall.caseloads.median === null ? '–' : formatCount(overall.caseloads.median),
      label: 'people per care coordinator (median)',
    },
    {
      value: formatShare(overall.beyondRoutine.share),
      label: `of ${formatCount(overall.time.contacts)} contacts went beyond routine`,
    },
    {
      value: formatShare(overall.safetyPlans.share),
      label: `of ${formatCount(overall.safetyPlans.people)} people have a safety plan updated in the last 12 months`,
    },
    {
      value: formatShare(overall.riskDiscussions.share),
      label: `of ${formatCount(overall.riskDiscussions.formulations)} risk formulations were discussed with the person in the last 12 months`,
    },
    {
      value:
        overall.riskDiscussions.medianDaysSinceDiscussed === null
          ? '–'
          : formatCount(overall.riskDiscussions.medianDaysSinceDiscussed),
      label: 'days since a formulation was last discussed with the person (median)',
    },
    {
      value: formatShare(overall.coordinatorChanges.plannedShare),
      label: `of ${formatCount(overall.coordinatorChanges.planned + overall.coordinatorChanges.unplanned)} changes of care coordinator were planned with the person`,
    },
    {
      value:
        overall.coordinatorChanges.medianDaysOfNotice === null
          ? '–'
          : formatCount(overall.coordinatorChanges.medianDaysOfNotice),
      label: 'days of notice the person had before a planned change (median)',
    },
  ];
  return (
    <>
      <ul className="stat-grid">
        {stats.map((stat) => (
          <li className="stat" key={stat.label}>
            <span className="stat__number">{stat.value}</span> <span className="stat__label">{stat.label}</span>
          </li>
        ))}
      </ul>
      <div className="dashboard-service">
        <section aria-labelledby="reviews-heading" className="card">
          <h3 id="reviews-heading" className="card__title">
            Reviews held in time
          </h3>
          <ChartStackedBars
            caption="Reviews due in the period, by team"
            series={REVIEW_SERIES}
            rows={reviewRows}
            format={formatCount}
          />
        </section>
        <section aria-labelledby="time-heading" className="card">
          <h3 id="time-heading" className="card__title">
            Time with people and admin time
          </h3>
          <ChartStackedBars
            caption="Share of recorded time, by team"
            series={TIME_SERIES}
            rows={timeRows}
            format={hours}
            asShares
          />
          {workerTimeRows.length > 0 && (
            <ChartStackedBars
              caption="Share of recorded time, by worker"
              series={TIME_SERIES}
              rows={workerTimeRows}
              format={hours}
              asShares
            />
          )}
        </section>
        <section aria-labelledby="caseloads-heading" className="card">
          <h3 id="caseloads-heading" className="card__title">
            Caseload sizes
          </h3>
          <p className="muted">People each care coordinator coordinates on the last day of the period.</p>
          <ChartBoxPlot
            caption="People per care coordinator, by team"
            rows={caseloadRows}
            axisMax={largestMaximum(caseloadRows.map((row) => row.distribution))}
            format={formatCount}
            countLabel="Care coordinators"
          />
        </section>
        <section aria-labelledby="beyond-heading" className="card">
          <h3 id="beyond-heading" className="card__title">
            Going beyond routine
          </h3>
          <p className="muted">Contacts where a worker did more than the routine asked, as they recorded it.</p>
          <ChartStackedBars
            caption="Share of contacts that went beyond routine, by team"
            series={BEYOND_SERIES}
            rows={beyondRows}
            format={formatCount}
            asShares
          />
        </section>
        <section aria-labelledby="safety-plans-heading" className="card">
          <h3 id="safety-plans-heading" className="card__title">
            Safety plans kept up to date
          </h3>
          <p className="muted">
            People with the service on the last day of the period whose safety plan was written or changed in the 12
            months before it.
          </p>
          <ChartStackedBars
            caption="Share of people with a safety plan updated in the last 12 months, by team"
            series={SAFETY_PLAN_SERIES}
            rows={safetyPlanRows}
            format={formatCount}
            asShares
          />
        </section>
        <DashboardRiskDiscussions byTeam={byTeam} />
        <DashboardCoordinatorChanges byTeam={byTeam} />
      </div>
      <RiskDiscussionsTable byTeam={byTeam} />
      <CoordinatorChangesTable byTeam={byTeam} />
      {byWorker.length > 0 && (
        <SimpleTable
          caption={`Each worker of ${figures.team?.name ?? 'the team'}`}
          rows={byWorker}
          rowKey={(w) => w.workerId}
          emptyText="No workers in this team."
          columns={[
            { header: 'Worker', cell: (w) => w.workerName },
            { header: 'Care coordinator for', cell: (w) => `${formatCount(w.coordinatedPeople)} people` },
            { header: 'Contacts', cell: (w) => formatCount(w.contacts) },
            { header: 'Time with people', cell: (w) => hours(w.contactMinutes) },
            { header: 'Admin time', cell: (w) => hours(w.adminMinutes) },
            { header: 'Beyond routine', cell: (w) => formatCount(w.beyondRoutineContacts) },
          ]}
        />
      )}
    </>
  );
}
