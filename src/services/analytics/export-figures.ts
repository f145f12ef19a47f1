import type { Actor } from '../../domain/accounts/actor';
import type { FiguresExportKind } from '../../domain/figures/export-kinds';
import type { DistributionSummary } from '../../domain/statistics';
import { AppError } from '../../domain/errors/app-error';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import { buildSiteComparison } from './compare-sites';
import type { FiguresCell, FiguresTable } from './figures-table';
import { buildContinuityDashboard, type DashboardInput } from './get-continuity-dashboard';
import { buildServiceFigures } from './get-service-figures';
import { CONTINUITY_MEASURES, type ContinuityGroupSummary } from './summarize-continuity';

const SUMMARY_COLUMNS = [
  'group',
  'group_id',
  'group_name',
  'people',
  'people_with_contacts',
  'measure',
  'n',
  'mean',
  'median',
  'q1',
  'q3',
  'min',
  'max',
];

/**
 * A dashboard's figures as a table for a spreadsheet, with the same access rules as the dashboard.
 * People appear by id only, never by name; workers, teams and sites by name. Every export is
 * audited with its kind and row count.
 */
export async function exportFigures(
  deps: ServiceDeps,
  input: DashboardInput & { kind: FiguresExportKind },
  actor: Actor,
): Promise<FiguresTable> {
  const table = await buildTable(deps, input, actor);
  await deps.uow.run((r) =>
    recordAudit(r, actor, deps.now(), {
      action: 'analytics.export',
      detail: {
        kind: table.kind,
        rows: table.rows.length,
        from: table.window.from,
        to: table.window.to,
        teamId: input.teamId ?? null,
        siteId: input.siteId ?? null,
      },
    }),
  );
  return table;
}

async function buildTable(
  deps: ServiceDeps,
  input: DashboardInput & { kind: FiguresExportKind },
  actor: Actor,
): Promise<FiguresTable> {
  switch (input.kind) {
    case 'continuity-people':
      return continuityPeople(deps, input, actor);
    case 'continuity-summary':
      return continuitySummary(deps, input, actor);
    case 'continuity-sites': {
      const comparison = await buildSiteComparison(deps, input, actor);
      const rows = comparison.bySite.flatMap((s) => summaryRows('site', s.siteId, s.siteName, s));
      return { kind: input.kind, window: comparison.window, columns: SUMMARY_COLUMNS, rows };
    }
    case 'service-teams':
      return serviceTeams(deps, input, actor);
    case 'service-workers':
      return serviceWorkers(deps, input, actor);
    default:
      throw new AppError('bad_request', `There is no export called ${String(input.kind)}.`);
  }
}

async function continuityPeople(deps: ServiceDeps, input: DashboardInput, actor: Actor): Promise<FiguresTable> {
  const { dashboard, people } = await buildContinuityDashboard(deps, input, actor);
  const teamNames = new Map(dashboard.byTeam.map((t) => [t.teamId, t.teamName]));
  // A coordinator may belong to another team than the person, so every worker's name is at hand.
  const coordinatorNames = new Map(
    (await deps.uow.run((r) => r.organisation.listWorkers())).map((w) => [w.id, w.name]),
  );
  const columns = [
    'person_id',
    'team',
    'care_coordinator',
    'contacts',
    'workers',
    'upc',
    'upc_care_coordinator',
    'coc',
    'secon',
    'mmci',
    'hhi',
    'care_coordinators',
    'care_coordinator_changes',
    'days_without_care_coordinator',
  ];
  const rows = people.map((p): FiguresCell[] => [
    p.personId,
    teamNames.get(p.teamId) ?? null,
    p.careCoordinatorId === null ? null : (coordinatorNames.get(p.careCoordinatorId) ?? null),
    p.contacts,
    p.workers,
    p.upc,
    p.upcCareCoordinator,
    p.coc,
    p.secon,
    p.mmci,
    p.hhi,
    p.careCoordinators,
    p.careCoordinatorChanges,
    p.daysWithoutCareCoordinator,
  ]);
  return { kind: 'continuity-people', window: dashboard.window, columns, rows };
}

async function continuitySummary(deps: ServiceDeps, input: DashboardInput, actor: Actor): Promise<FiguresTable> {
  const { dashboard } = await buildContinuityDashboard(deps, input, actor);
  const overallName = dashboard.team?.name ?? dashboard.site?.name ?? 'Whole organisation';
  const rows = [
    ...summaryRows('overall', dashboard.team?.id ?? dashboard.site?.id ?? null, overallName, dashboard.overall),
    ...dashboard.byWorker.flatMap((w) =>
      summaryRows('care_coordinator', w.workerId, w.workerName ?? 'No care coordinator', w),
    ),
    ...dashboard.byTeam.flatMap((t) => summaryRows('team', t.teamId, t.teamName, t)),
  ];
  return { kind: 'continuity-summary', window: dashboard.window, columns: SUMMARY_COLUMNS, rows };
}

/** One row per measure, in long form, which charts and statistics packages read most easily. */
function summaryRows(group: string, id: string | null, name: string, summary: ContinuityGroupSummary): FiguresCell[][] {
  return CONTINUITY_MEASURES.map((measure) => {
    const d: DistributionSummary = summary.measures[measure];
    return [
      group,
      id,
      name,
      summary.people,
      summary.peopleWithContacts,
      measure,
      d.n,
      d.mean,
      d.median,
      d.q1,
      d.q3,
      d.min,
      d.max,
    ];
  });
}

async function serviceTeams(deps: ServiceDeps, input: DashboardInput, actor: Actor): Promise<FiguresTable> {
  const figures = await buildServiceFigures(deps, input, actor);
  const columns = [
    'team_id',
    'team',
    'reviews_due',
    'reviews_held_in_time',
    'reviews_held_late',
    'reviews_overdue',
    'share_held_in_time',
    'contacts',
    'contact_minutes',
    'admin_minutes',
    'admin_share',
    'beyond_routine_contacts',
    'beyond_routine_share',
    'coordinators',
    'caseload_mean',
    'caseload_median',
    'caseload_q1',
    'caseload_q3',
    'caseload_min',
    'caseload_max',
    'people',
    'safety_plans_updated_12_months',
    'safety_plans_updated_share',
    'risk_formulations',
    'risk_formulations_discussed_12_months',
    'risk_formulations_never_discussed',
    'risk_formulations_discussed_share',
    'risk_median_days_since_discussed',
    'coordinator_changes_planned',
    'coordinator_changes_unplanned',
    'coordinator_changes_planned_share',
    'coordinator_changes_median_days_notice',
  ];
  const rows = figures.byTeam.map((t): FiguresCell[] => [
    t.teamId,
    t.teamName,
    t.reviews.due,
    t.reviews.heldInTime,
    t.reviews.heldLate,
    t.reviews.overdue,
    t.reviews.shareHeldInTime,
    t.time.contacts,
    t.time.contactMinutes,
    t.time.adminMinutes,
    t.time.adminShare,
    t.beyondRoutine.contacts,
    t.beyondRoutine.share,
    t.caseloads.n,
    t.caseloads.mean,
    t.caseloads.median,
    t.caseloads.q1,
    t.caseloads.q3,
    t.caseloads.min,
    t.caseloads.max,
    t.safetyPlans.people,
    t.safetyPlans.updated,
    t.safetyPlans.share,
    t.riskDiscussions.formulations,
    t.riskDiscussions.discussedRecently,
    t.riskDiscussions.neverDiscussed,
    t.riskDiscussions.share,
    t.riskDiscussions.medianDaysSinceDiscussed,
    t.coordinatorChanges.planned,
    t.coordinatorChanges.unplanned,
    t.coordinatorChanges.plannedShare,
    t.coordinatorChanges.medianDaysOfNotice,
  ]);
  return { kind: 'service-teams', window: figures.window, columns, rows };
}

async function serviceWorkers(deps: ServiceDeps, input: DashboardInput, actor: Actor): Promise<FiguresTable> {
  const figures = await buildServiceFigures(deps, input, actor);
  if (!figures.team)
    throw new AppError('bad_request', 'Choose a team: worker figures are exported one team at a time.', {
      field: 'teamId',
    });
  const columns = [
    'worker_id',
    'worker',
    'coordinated_people',
    'contacts',
    'contact_minutes',
    'admin_minutes',
    'beyond_routine_contacts',
  ];
  const rows = figures.byWorker.map((w): FiguresCell[] => [
    w.workerId,
    w.workerName,
    w.coordinatedPeople,
    w.contacts,
    w.contactMinutes,
    w.adminMinutes,
    w.beyondRoutineContacts,
  ]);
  return { kind: 'service-workers', window: figures.window, columns, rows };
}
