import type { Actor } from '../../domain/accounts/actor';
import { requireRole } from '../access/require-role';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import { resolveAnalyticsScope } from './analytics-scope';
import { resolveWindow } from './analytics-window';
import type { DashboardInput } from './get-continuity-dashboard';
import type { AnalyticsWindow, WorkerContactTime } from './ports';
import { groupBy } from './summarize-continuity';
import { summarizeServiceFigures, type ServiceFiguresGroup } from './summarize-service-figures';

export interface TeamServiceFigures extends ServiceFiguresGroup {
  teamId: string;
  teamName: string;
}

export interface WorkerServiceFigures extends WorkerContactTime {
  coordinatedPeople: number;
}

export interface ServiceFigures {
  window: AnalyticsWindow;
  team: { id: string; name: string } | null;
  site: { id: string; name: string } | null;
  overall: ServiceFiguresGroup;
  byTeam: TeamServiceFigures[];
  /** With a team chosen: each of its workers' caseload and contact time. */
  byWorker: WorkerServiceFigures[];
}

/**
 * Reviews held in time, contact time against admin time, caseload sizes and contacts that went
 * beyond routine, for a team compared with the other teams of its site. Administrative work
 * eating the time staff have for people was a main finding about care coordination (Simpson et
 * al., BMC Psychiatry 2016), so the time split is shown next to the reviews it buys. Safety plans
 * updated in the last 12 months show whether the plans people carry are kept alive, and risk
 * formulations discussed with the person in the last 12 months show the gap the same research found.
 * Changes of care coordinator are split into planned (a handover shared with the person ahead) and
 * unplanned, with the days of notice people had (ADR 0045).
 */
export async function getServiceFigures(
  deps: ServiceDeps,
  input: DashboardInput,
  actor: Actor,
): Promise<ServiceFigures> {
  const figures = await buildServiceFigures(deps, input, actor);
  await deps.uow.run((r) =>
    recordAudit(r, actor, deps.now(), {
      action: 'analytics.service.read',
      detail: {
        teamId: figures.team?.id ?? null,
        siteId: figures.site?.id ?? null,
        from: figures.window.from,
        to: figures.window.to,
      },
    }),
  );
  return figures;
}

/** The figures after the access checks; not audited (callers audit what they hand out). */
export async function buildServiceFigures(
  deps: ServiceDeps,
  input: DashboardInput,
  actor: Actor,
): Promise<ServiceFigures> {
  requireRole(actor, ['team_manager', 'admin'], 'Service figures are for team managers and administrators.');
  const reader = deps.analytics;
  const window = resolveWindow(input, deps.now());
  const scope = await deps.uow.run((r) => resolveAnalyticsScope(r, actor, input));
  // Side by side: the reader queries the pool, not one transaction, so each has a connection of its own.
  const [teamCounts, caseloads, workerTime, safetyPlans, formulations, changes] = await Promise.all([
    reader.teamServiceCounts(window, scope.comparison),
    reader.caseloadSizes(window, scope.comparison),
    scope.team ? reader.workerContactTime(window, scope.focus) : Promise.resolve([]),
    reader.teamSafetyPlanCounts(window, scope.comparison),
    reader.formulationDiscussions(window, scope.comparison),
    reader.coordinatorChanges(window, scope.comparison),
  ]);
  const safetyPlansByTeam = groupBy(safetyPlans, (s) => s.teamId);
  const formulationsByTeam = groupBy(formulations, (f) => f.teamId);
  const changesByTeam = groupBy(changes, (c) => c.teamId);
  const partsOf = (teamIds: readonly string[]) => ({
    safetyPlans: teamIds.flatMap((id) => safetyPlansByTeam.get(id) ?? []),
    formulations: teamIds.flatMap((id) => formulationsByTeam.get(id) ?? []),
    coordinatorChanges: teamIds.flatMap((id) => changesByTeam.get(id) ?? []),
    day: window.to,
  });
  const focusTeams = scope.team ? teamCounts.filter((t) => t.teamId === scope.team?.id) : teamCounts;
  const caseloadsByTeam = groupBy(caseloads, (c) => c.teamId);
  const coordinated = new Map(caseloads.map((c) => [c.workerId, c.coordinatedPeople]));
  const names = new Map((await deps.uow.run((r) => r.organisation.listTeams())).map((t) => [t.id, t.name]));
  return {
    window,
    team: scope.team ? { id: scope.team.id, name: scope.team.name } : null,
    site: scope.site,
    overall: summarizeServiceFigures(
      focusTeams,
      focusTeams.flatMap((t) => caseloadsByTeam.get(t.teamId) ?? []),
      partsOf(focusTeams.map((t) => t.teamId)),
    ),
    byTeam: teamCounts
      .map((t) => ({
        teamId: t.teamId,
        teamName: names.get(t.teamId) ?? '',
        ...summarizeServiceFigures([t], caseloadsByTeam.get(t.teamId) ?? [], partsOf([t.teamId])),
      }))
      .sort((a, b) => a.teamName.localeCompare(b.teamName)),
    byWorker: workerTime.map((w) => ({ ...w, coordinatedPeople: coordinated.get(w.workerId) ?? 0 })),
  };
}
