import type { Actor } from '../../domain/accounts/actor';
import { isActiveOn, isoDate } from '../../domain/care-team/membership-period';
import { AppError } from '../../domain/errors/app-error';
import { requireRole } from '../access/require-role';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';

export interface TeamOverview {
  team: { id: string; name: string; siteName: string };
  people: { id: string; name: string; careCoordinator: string | null; nextReviewDue: string | null }[];
  workers: { id: string; name: string; profession: string; caseloadSize: number; hasLeft: boolean }[];
}

/** A manager's view of their team: who is in it and how work is spread. Never clinical notes. */
export async function getTeamOverview(deps: ServiceDeps, actor: Actor): Promise<TeamOverview> {
  requireRole(actor, ['team_manager'], 'Only team managers see a team overview.');
  if (!actor.workerId) throw new AppError('forbidden', 'This manager account is not linked to a team.');
  const managerId = actor.workerId;
  // Reads that only list, and one audit insert: no transaction of their own (ADR 0018, measured).
  return deps.uow.read(async (r) => {
    const today = isoDate(deps.now());
    const manager = await r.organisation.findWorker(managerId);
    const team = manager ? await r.organisation.findTeam(manager.teamId) : null;
    if (!team) throw new AppError('forbidden', 'This manager account is not linked to a team.');
    const site = await r.organisation.findSite(team.siteId);
    const people = await r.organisation.listPeople({ teamId: team.id });
    const workers = await r.organisation.listWorkers({ teamId: team.id });
    const caseloads = await r.careTeams.teamSummary(team.id, today);
    await recordAudit(r, actor, deps.now(), {
      action: 'team.read',
      detail: { teamId: team.id, people: people.length },
    });
    return {
      team: { id: team.id, name: team.name, siteName: site?.name ?? '' },
      people: people.map((p) => {
        const summary = caseloads.people.get(p.id);
        return {
          id: p.id,
          name: p.name,
          careCoordinator: summary?.careCoordinator ?? null,
          nextReviewDue: summary?.nextReviewDue ?? null,
        };
      }),
      workers: workers.map((w) => ({
        id: w.id,
        name: w.name,
        profession: w.profession,
        caseloadSize: caseloads.caseloadSizes.get(w.id) ?? 0,
        hasLeft: w.leftOn !== null && !isActiveOn({ startsOn: '0000-01-01', endsOn: w.leftOn }, today),
      })),
    };
  });
}
