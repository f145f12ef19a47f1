import type { Actor } from '../../domain/accounts/actor';
import { requireRole } from '../access/require-role';
import { recordAudit } from '../audit/record-audit';
import type { Repositories, ServiceDeps } from '../ports';
import { resolveAnalyticsScope, type ResolvedScope, type ScopeFilters } from './analytics-scope';
import { resolveWindow } from './analytics-window';
import type { AnalyticsWindow, PersonContinuityFigures } from './ports';
import { groupBy, summarizeContinuity, type ContinuityGroupSummary } from './summarize-continuity';
import { inTurn } from '../in-turn';

export interface DashboardInput extends ScopeFilters {
  from?: string;
  to?: string;
}

export interface WorkerContinuity extends ContinuityGroupSummary {
  /** The people's care coordinator on the window's last day; null for the people who had none. */
  workerId: string | null;
  workerName: string | null;
}

export interface TeamContinuity extends ContinuityGroupSummary {
  teamId: string;
  teamName: string;
}

export interface ContinuityDashboard {
  window: AnalyticsWindow;
  team: { id: string; name: string } | null;
  site: { id: string; name: string } | null;
  /** The people of the team, the site or the whole organisation. */
  overall: ContinuityGroupSummary;
  /** With a team chosen: its people grouped by their care coordinator at the window's end. */
  byWorker: WorkerContinuity[];
  /** The teams compared: those of the site, or all of them for the whole organisation. */
  byTeam: TeamContinuity[];
}

/**
 * Continuity of care for a team manager's dashboard: distributions of every index for their team,
 * per care coordinator, and for each team of their site. Administrators choose any team or site.
 * No person is named: the figures are about groups.
 */
export async function getContinuityDashboard(
  deps: ServiceDeps,
  input: DashboardInput,
  actor: Actor,
): Promise<ContinuityDashboard> {
  const { dashboard, people } = await buildContinuityDashboard(deps, input, actor);
  await deps.uow.run((r) =>
    recordAudit(r, actor, deps.now(), {
      action: 'analytics.continuity.read',
      detail: {
        teamId: dashboard.team?.id ?? null,
        siteId: dashboard.site?.id ?? null,
        from: dashboard.window.from,
        to: dashboard.window.to,
        people: people.length,
      },
    }),
  );
  return dashboard;
}

/** The dashboard and the per-person figures behind it, after the access checks; not audited (callers audit what they hand out). */
export async function buildContinuityDashboard(
  deps: ServiceDeps,
  input: DashboardInput,
  actor: Actor,
): Promise<{ dashboard: ContinuityDashboard; people: PersonContinuityFigures[] }> {
  requireRole(actor, ['team_manager', 'admin'], 'Continuity figures are for team managers and administrators.');
  const reader = deps.analytics;
  const window = resolveWindow(input, deps.now());
  const scope = await deps.uow.run((r) => resolveAnalyticsScope(r, actor, input));
  const build = async () => {
    const compared = await reader.personContinuity(window, scope.comparison);
    const people = scope.team ? compared.filter((p) => p.teamId === scope.team?.id) : compared;
    const [byWorker, byTeam] = await deps.uow.run((r) =>
      inTurn([() => workerGroups(r, scope, people), () => teamGroups(r, scope, compared)]),
    );
    const team = scope.team ? { id: scope.team.id, name: scope.team.name } : null;
    return {
      dashboard: { window, team, site: scope.site, overall: summarizeContinuity(people), byWorker, byTeam },
      people,
    };
  };
  // The whole organisation's summaries are as costly as its figures, so they are kept as long.
  return scope.team || scope.site ? build() : reader.reuse('organisation-dashboard', window, build);
}

async function workerGroups(
  r: Repositories,
  scope: ResolvedScope,
  people: PersonContinuityFigures[],
): Promise<WorkerContinuity[]> {
  if (!scope.team) return [];
  const groups = groupBy(people, (p) => p.careCoordinatorId);
  const names = new Map((await r.organisation.listWorkers({ teamId: scope.team.id })).map((w) => [w.id, w.name]));
  const rows: WorkerContinuity[] = [];
  for (const [workerId, members] of groups) {
    const name =
      workerId === null ? null : (names.get(workerId) ?? (await r.organisation.findWorker(workerId))?.name ?? null);
    rows.push({ workerId, workerName: name, ...summarizeContinuity(members) });
  }
  // Coordinators by name; the people without one last, where a manager looks for gaps.
  return rows.sort((a, b) =>
    a.workerName === null ? 1 : b.workerName === null ? -1 : a.workerName.localeCompare(b.workerName),
  );
}

async function teamGroups(
  r: Repositories,
  scope: ResolvedScope,
  people: PersonContinuityFigures[],
): Promise<TeamContinuity[]> {
  const siteId = scope.comparison.siteId;
  const teams = (await r.organisation.listTeams()).filter((team) => siteId === undefined || team.siteId === siteId);
  const groups = groupBy(people, (p) => p.teamId);
  return teams.map((team) => ({
    teamId: team.id,
    teamName: team.name,
    ...summarizeContinuity(groups.get(team.id) ?? []),
  }));
}
